import { randomUUID } from 'node:crypto';
import {
  DomainError,
  assertCanDiscuss,
  assertDiscussionOutcome,
  chinaDate,
  citeProvision,
  handlerIds,
  reviewerIds,
  type DiscussionOutcome,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { takeStepInTx } from '../cases/case.service.ts';
import { fileDocument, prepareDocument } from '../documents/document.service.ts';
import { scheduleRender } from '../documents/document.render.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { hasStep, recordReviewEvent, reviewCase, rulePackOf, type ReviewDeps } from './review.context.ts';
import { proposalSummary } from './review.service.ts';

export interface DiscussionInput {
  heldOn: string;
  participants: { name: string; post: string; opinion: string; vote: 'agree' | 'disagree' | 'abstain'; userId?: string | undefined }[];
  recorder: string;
  conclusion: string;
  outcome: DiscussionOutcome;
}

/** 集体讨论 that decided as proposed against a review that found problems: whose opinion it set aside, who chaired. */
export interface DiscussionOverride {
  opinionId: string;
  round: number;
  reviewerId: string;
  reviewerName: string;
  chairId: string;
  chairName: string;
  proposalVersion: number;
  /** the provision of the agency's catalog that allowed deciding against the failed review */
  basis?: string;
}

/**
 * 集体讨论 (R-REV-6, 行政处罚法 §57): after a disagreement, after the round limit, or for a complex
 * case already reviewed. Participants, each opinion and vote, the conclusion and the outcome are
 * recorded and filed; deciding as proposed against a review that found problems is an override,
 * recorded with whose opinion it set aside and who chaired.
 */
export async function holdDiscussion(deps: ReviewDeps, actor: Actor, caseId: string, input: DiscussionInput) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.act');
  const state = c.review.state;
  const p = assertCanDiscuss(state, actor);
  // §58: after a review that did not pass, no decision as proposed — unless a provision allows it (an override)
  const { override: overriding } = assertDiscussionOutcome(state, input.outcome);
  if (input.participants.length < 3) throw new DomainError('VALIDATION_FAILED', '集体讨论应有不少于 3 名参加人员');
  for (const x of input.participants) {
    if (!x.name.trim() || !x.post.trim() || !x.opinion.trim())
      throw new DomainError('VALIDATION_FAILED', '每名参加人员须写明姓名、职务和意见');
  }
  const conclusion = input.conclusion.trim();
  if (!conclusion) throw new DomainError('VALIDATION_FAILED', '讨论结论不能为空');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.heldOn)) throw new DomainError('VALIDATION_FAILED', '讨论日期应为 YYYY-MM-DD');
  const now = deps.clock.now();
  if (input.heldOn > chinaDate(now)) throw new DomainError('VALIDATION_FAILED', '讨论日期不能晚于今天');
  const votes = { agree: 0, disagree: 0, abstain: 0 };
  for (const x of input.participants) votes[x.vote]++;
  if (input.outcome === 'decide-as-proposed' && votes.agree * 2 <= input.participants.length) {
    throw new DomainError(
      'REVIEW_STATE',
      `同意按拟作出的决定作出的不足半数（${votes.agree}/${input.participants.length}），不能据此作出决定`,
      { votes },
    );
  }
  // the review this discussion departs from: the latest opinion that found problems in this version
  const problems = await deps.db
    .selectFrom('review_opinions as o')
    .innerJoin('review_rounds as r', 'r.id', 'o.round_id')
    .innerJoin(userNamesSubquery(deps.db).as('u'), 'u.id', 'o.reviewer_id')
    .select(['o.id', 'o.opinion', 'o.conclusion', 'r.round', 'r.id as round_id', 'u.id as reviewer_id', 'u.display_name'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.round', 'desc')
    .limit(1)
    .executeTakeFirst();
  const override: DiscussionOverride | null = overriding
    ? {
        opinionId: problems!.id,
        round: problems!.round,
        reviewerId: problems!.reviewer_id,
        reviewerName: problems!.display_name,
        chairId: actor.userId,
        chairName: actor.name,
        proposalVersion: p.version,
        basis: state.overrideBasis ?? '',
      }
    : null;
  const overrideText = override
    ? `集体讨论依据${override.basis}，未采纳法制审核人员${override.reviewerName}第 ${override.round} 轮「存在问题」的意见，由${actor.name}主持决定按第 ${p.version} 版拟作出的决定作出。`
    : null;
  const lastRound = state.rounds.at(-1);
  const reason = lastRound?.disagreed
    ? '承办人对法制审核意见有异议'
    : lastRound?.status === 'problems'
      ? `法制审核退回已达 ${state.maxRounds} 轮`
      : `案件情节复杂或者有重大违法行为（${citeProvision(rulePackOf(c), 'penalty.collectiveDiscussion')}）`;
  const doc = await prepareDocument(deps, c.agencyId, caseId, 'collective-discussion-record', {
    discussion: {
      heldOn: input.heldOn,
      chair: actor.name,
      recorder: input.recorder.trim() || actor.name,
      proposalVersion: p.version,
      proposedDecision: proposalSummary(c, c.review.latest!),
      reviewOpinion: problems ? `${problems.conclusion === 'agree' ? '同意' : '存在问题'}：${problems.opinion}` : null,
      reason,
      participants: input.participants.map((x) => ({ name: x.name.trim(), post: x.post.trim(), opinion: x.opinion.trim(), vote: x.vote })),
      votes,
      conclusion,
      override: overrideText,
    },
  });
  const result = await deps.db.transaction().execute(async (tx) => {
    const seq = await recordReviewEvent(tx, actor, c, 'review.collective', now, {
      proposalVersion: p.version,
      heldOn: input.heldOn,
      participants: input.participants,
      votes,
      conclusion,
      outcome: input.outcome,
      override,
      documentId: doc.id,
    });
    // a further review round changes no state: the case stays with the handler until the resubmission
    const stepCode =
      input.outcome === 'decide-as-proposed' ? 'collective-discussion' : input.outcome === 'revise' ? 'collective-return' : null;
    if (stepCode && hasStep(c.def, stepCode, c.state)) {
      await takeStepInTx(tx, deps, actor, caseId, stepCode, {
        participants: input.participants.map((x) => `${x.name}（${x.post}）`).join('、'),
        conclusion,
      });
    }
    const id = randomUUID();
    await tx
      .insertInto('collective_discussions')
      .values({
        id,
        case_id: caseId,
        proposal_version: p.version,
        round_id: lastRound
          ? (
              await tx
                .selectFrom('review_rounds')
                .select('id')
                .where('case_id', '=', caseId)
                .where('round', '=', lastRound.round)
                .executeTakeFirstOrThrow()
            ).id
          : null,
        held_on: input.heldOn,
        participants: JSON.stringify(input.participants),
        conclusion,
        outcome: input.outcome,
        votes: JSON.stringify(votes),
        overrides: override ? JSON.stringify(override) : null,
        recorded_by: actor.userId,
        document_id: doc.id,
        event_seq: seq,
        at: now,
      })
      .execute();
    if (input.outcome === 'decide-as-proposed') {
      await tx
        .insertInto('review_clearances')
        .values({
          id: randomUUID(),
          case_id: caseId,
          proposal_version: p.version,
          proposal_hash: Buffer.from(p.hashHex, 'hex'),
          basis: 'collective',
          opinion_id: null,
          discussion_id: id,
          handler_ids: handlerIds(state),
          reviewer_ids: reviewerIds(state),
          event_seq: seq,
          created_at: now,
        })
        .execute();
    }
    const filed = await fileDocument(tx, deps, actor, caseId, doc);
    return { id, proposalVersion: p.version, outcome: input.outcome, votes, override, document: filed };
  });
  void scheduleRender(deps, doc.id).catch(() => {});
  return result;
}
