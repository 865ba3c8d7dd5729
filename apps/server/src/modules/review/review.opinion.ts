import { randomUUID } from 'node:crypto';
import {
  CONCLUSION_NAMES,
  DomainError,
  REVIEW_POINTS,
  assertCanGiveOpinion,
  assertReviewer,
  chinaDate,
  checkOpinion,
  handlerIds,
  reviewerIds,
  type Finding,
  type FiredRule,
  type ReviewOpinionInput,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { reviewerQualificationsSubquery, userNamesSubquery } from '../people/people.queries.ts';
import { takeStepInTx } from '../cases/case.service.ts';
import { handledCase } from '../cases/case.reads.ts';
import { fileDocument, prepareDocument } from '../documents/document.service.ts';
import { scheduleRender } from '../documents/document.render.ts';
import { hasStep, recordReviewEvent, reviewCase, type ReviewCase, type ReviewDeps } from './review.context.ts';
import { proposalSummary } from './review.service.ts';
import { REVIEW_DOCUMENT_KINDS } from './review.kinds.ts';
import { agencyLine, regionPath, unitNamesSubquery } from '../org/org.queries.ts';

/** What R-REV-3 and 行政处罚法 §58 look at about a would-be reviewer. */
/** 文书 the review files itself: filing them is not handling the case. */

async function reviewerFacts(deps: ReviewDeps, actor: Actor, c: ReviewCase) {
  const u = await deps.db
    .selectFrom(reviewerQualificationsSubquery(deps.db).as('u'))
    .leftJoin(unitNamesSubquery(deps.db).as('n'), 'n.id', 'u.unit_id')
    .select(['u.agency_id', 'u.reviewer_qualified', 'u.legal_qualification', 'n.kind as unit_kind'])
    .where('u.id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const line = await agencyLine(deps.db, c.agencyId);
  const earlier = await deps.db
    .selectFrom('review_opinions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('reviewer_id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  // the review's own acts (its steps and the 意见书 / 集体讨论记录 it files) are not handling the case
  // A procedure may have no review steps of its own (查封扣押, 行政许可): `not in ()` is no SQL, so the
  // list always carries '' — no step has that code, and step-less entries are matched by `is null`.
  const acted = await handledCase(deps.db, c.id, actor.userId, {
    steps: [...c.def.steps.filter((s) => s.via === 'legal-review').map((s) => s.code), ''],
    documentKinds: REVIEW_DOCUMENT_KINDS,
  });
  return {
    userId: actor.userId,
    name: actor.name,
    roles: actor.roles,
    inLegalUnit: u.unit_kind === 'legal' && line.includes(u.agency_id),
    reviewerQualified: u.reviewer_qualified,
    legalQualification: u.legal_qualification,
    earlierReviews: Number(earlier.n),
    actedInCase: acted,
  };
}

async function currentRound(deps: ReviewDeps, caseId: string, round: number) {
  return deps.db
    .selectFrom('review_rounds as r')
    .innerJoin(userNamesSubquery(deps.db).as('u'), 'u.id', 'r.submitted_by')
    .select([
      'r.id',
      'r.round',
      'r.proposal_version',
      'r.materials_hash',
      'r.prechecks',
      'r.submitted_at',
      'u.display_name as submitted_by_name',
    ])
    .where('r.case_id', '=', caseId)
    .where('r.round', '=', round)
    .executeTakeFirstOrThrow();
}

export interface OpinionInput extends ReviewOpinionInput {
  /** the SHA-256 of the materials the reviewer read: the opinion is tied to that exact version */
  materialsSha256: string;
}

/**
 * 法制审核意见 (R-REV-3, -5): a qualified reviewer of the 法制审核机构 who did not handle the case
 * answers every checklist point on the exact submitted materials; 同意 clears that version for
 * the decision, 存在问题 returns it. The 法制审核意见书 is generated, sealed and filed with it.
 */
export async function giveOpinion(deps: ReviewDeps, actor: Actor, caseId: string, input: OpinionInput) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.opinion');
  const state = c.review.state;
  const last = assertCanGiveOpinion(state);
  const round = await currentRound(deps, caseId, last.round);
  if (input.materialsSha256 !== round.materials_hash.toString('hex')) {
    throw new DomainError('REVIEW_STALE', '审核意见所针对的送审材料不是本轮送审的版本，请重新打开送审材料', {
      materialsSha256: round.materials_hash.toString('hex'),
    });
  }
  assertReviewer(state, await reviewerFacts(deps, actor, c));
  const opinion = checkOpinion(input);
  const advice = await deps.db
    .selectFrom('review_advice as a')
    .innerJoin('legal_advisers as l', 'l.id', 'a.adviser_id')
    .select(['l.name', 'a.opinion'])
    .where('a.round_id', '=', round.id)
    .where('a.opinion', 'is not', null)
    .execute();
  const proposalRow = await deps.db
    .selectFrom('case_proposals')
    .select(['evaluation'])
    .where('case_id', '=', caseId)
    .where('version', '=', round.proposal_version)
    .executeTakeFirstOrThrow();
  const now = deps.clock.now();
  const today = chinaDate(now);
  const doc = await prepareDocument(deps, c.agencyId, caseId, 'legal-review-opinion', {
    review: {
      round: round.round,
      submittedBy: round.submitted_by_name,
      submittedOn: chinaDate(round.submitted_at),
      materialsSha256: input.materialsSha256,
      catalogRules: (proposalRow.evaluation as { fired: FiredRule[] }).fired.map((f) => f.name),
      proposedDecision: proposalSummary(c, c.review.latest!),
      answers: opinion.answers.map((a) => ({
        name: REVIEW_POINTS.find((p) => p.code === a.point)!.name,
        result: a.result,
        comment: a.comment,
      })),
      findings: (round.prechecks as Finding[]).map((f) => ({ ok: f.ok, message: f.message })),
      advice: advice.map((a) => ({ name: a.name, opinion: a.opinion ?? '' })),
      conclusion: opinion.conclusion,
      opinion: opinion.opinion,
      reviewerName: actor.name,
      reviewedOn: today,
    },
  });
  const agree = opinion.conclusion === 'agree';
  const result = await deps.db.transaction().execute(async (tx) => {
    const seq = await recordReviewEvent(tx, actor, c, 'review.opinion', now, {
      round: round.round,
      proposalVersion: round.proposal_version,
      materialsSha256: input.materialsSha256,
      answers: opinion.answers,
      conclusion: opinion.conclusion,
      opinion: opinion.opinion,
      documentId: doc.id,
    });
    const stepCode = agree ? 'review-pass' : 'review-return';
    if (hasStep(c.def, stepCode, c.state)) {
      await takeStepInTx(
        tx,
        deps,
        actor,
        caseId,
        stepCode,
        agree ? { round: String(round.round), opinion: opinion.opinion } : { round: String(round.round), problems: opinion.opinion },
      );
    }
    const opinionId = randomUUID();
    await tx
      .insertInto('review_opinions')
      .values({
        id: opinionId,
        round_id: round.id,
        case_id: caseId,
        reviewer_id: actor.userId,
        materials_hash: round.materials_hash,
        answers: JSON.stringify(opinion.answers),
        conclusion: opinion.conclusion,
        opinion: opinion.opinion,
        document_id: doc.id,
        event_seq: seq,
        at: now,
      })
      .execute();
    await tx
      .updateTable('review_rounds')
      .set({ status: agree ? 'agreed' : 'problems', reviewer_id: actor.userId, closed_at: now })
      .where('id', '=', round.id)
      .execute();
    if (agree) {
      const p = state.proposals.find((x) => x.version === round.proposal_version)!;
      await tx
        .insertInto('review_clearances')
        .values({
          id: randomUUID(),
          case_id: caseId,
          proposal_version: p.version,
          proposal_hash: Buffer.from(p.hashHex, 'hex'),
          basis: 'review-passed',
          opinion_id: opinionId,
          discussion_id: null,
          handler_ids: handlerIds(state),
          reviewer_ids: [...new Set([...reviewerIds(state), actor.userId])],
          event_seq: seq,
          created_at: now,
        })
        .execute();
    }
    // the document is the agency's, filed in its case even when the reviewer sits in a superior agency
    const filed = await fileDocument(tx, deps, { ...actor, agencyId: c.agencyId }, caseId, doc);
    return {
      id: opinionId,
      round: round.round,
      conclusion: opinion.conclusion,
      conclusionName: CONCLUSION_NAMES[opinion.conclusion],
      document: filed,
    };
  });
  void scheduleRender(deps, doc.id).catch(() => {});
  return result;
}

/** 法律顾问、公职律师 invited to a round (R-REV-9): by the reviewer or a head, from the region's pool. */
export async function inviteAdviser(deps: ReviewDeps, actor: Actor, caseId: string, adviserId: string) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.invite-adviser');
  const last = assertCanGiveOpinion(c.review.state);
  const round = await currentRound(deps, caseId, last.round);
  const path = await regionPath(deps.db, c.regionCode);
  const adviser = await deps.db
    .selectFrom('legal_advisers')
    .selectAll()
    .where('id', '=', adviserId)
    .where('active', '=', true)
    .where('region_code', 'in', path)
    .executeTakeFirst();
  if (!adviser) throw new DomainError('NOT_FOUND', '法律顾问、公职律师库中没有此人，或其不在本地区');
  const exists = await deps.db
    .selectFrom('review_advice')
    .select('id')
    .where('round_id', '=', round.id)
    .where('adviser_id', '=', adviserId)
    .executeTakeFirst();
  if (exists) throw new DomainError('CONFLICT', `已邀请${adviser.name}参与本轮审核`);
  const now = deps.clock.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    await recordReviewEvent(tx, actor, c, 'review.advice', now, {
      round: round.round,
      adviser: { id: adviser.id, name: adviser.name, kind: adviser.kind, organisation: adviser.organisation },
      invited: true,
    });
    await tx
      .insertInto('review_advice')
      .values({
        id,
        round_id: round.id,
        case_id: caseId,
        adviser_id: adviserId,
        invited_by: actor.userId,
        invited_at: now,
        opinion: null,
        recorded_by: null,
        recorded_at: null,
      })
      .execute();
  });
  return {
    id,
    round: round.round,
    adviser: { id: adviser.id, name: adviser.name, kind: adviser.kind, organisation: adviser.organisation },
  };
}

/** The adviser's written opinion, entered by the reviewer (advisers have no accounts). */
export async function recordAdvice(deps: ReviewDeps, actor: Actor, caseId: string, adviceId: string, opinion: string) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.adviser-opinion');
  const text = opinion.trim();
  if (!text || text.length > 20000) throw new DomainError('VALIDATION_FAILED', '意见不能为空且不超过 20000 字');
  const a = await deps.db
    .selectFrom('review_advice as a')
    .innerJoin('review_rounds as r', 'r.id', 'a.round_id')
    .innerJoin('legal_advisers as l', 'l.id', 'a.adviser_id')
    .select(['a.id', 'a.opinion', 'r.status', 'r.round', 'l.name'])
    .where('a.id', '=', adviceId)
    .where('a.case_id', '=', caseId)
    .executeTakeFirst();
  if (!a) throw new DomainError('NOT_FOUND', '没有这条邀请记录');
  if (a.status !== 'pending') throw new DomainError('REVIEW_STATE', '本轮审核已结束，不能再录入意见');
  if (a.opinion !== null) throw new DomainError('CONFLICT', '已录入该法律顾问的意见');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await recordReviewEvent(tx, actor, c, 'review.advice', now, { round: a.round, adviceId, adviser: a.name, opinion: text });
    await tx
      .updateTable('review_advice')
      .set({ opinion: text, recorded_by: actor.userId, recorded_at: now })
      .where('id', '=', adviceId)
      .execute();
  });
  return { id: adviceId, round: a.round, adviser: a.name, opinion: text };
}
