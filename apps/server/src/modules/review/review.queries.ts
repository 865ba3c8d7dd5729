import {
  CLEARANCE_BASIS_NAMES,
  CONCLUSION_NAMES,
  DomainError,
  PHASE_NAMES,
  chinaDate,
  clearanceFor,
  diffProposals,
  latestProposal,
  reviewPhase,
  type CatalogEvaluation,
  type DecisionProposal,
  type Finding,
  type PointAnswer,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { userNames, userNamesSubquery } from '../people/people.queries.ts';
import { caseSummaries, takenSteps } from '../cases/case.reads.ts';
import { reviewCase, type ReviewDeps } from './review.context.ts';
import type { DiscussionInput, DiscussionOverride } from './review.collective.ts';
import type { GatePass } from './review.state.ts';
import type { DiscretionVerdict, ReviewMaterials, StoredProposal } from './review.service.ts';
import { agenciesFor } from '../../http/policy/authorize.ts';

/**
 * The review record of a case (R-REV-8): every proposal version, round, opinion, adviser,
 * discussion, clearance and the decision, with who did each and on which exact version; and the
 * responsibility trace read from it.
 */
export async function caseReview(deps: ReviewDeps, actor: Actor, caseId: string) {
  const c = await reviewCase(deps.db, actor, caseId);
  const today = chinaDate(deps.clock.now());
  const [proposals, rounds, opinions, advice, discussions, clearances, decision] = await Promise.all([
    deps.db.selectFrom('case_proposals').selectAll().where('case_id', '=', caseId).orderBy('version').execute(),
    deps.db.selectFrom('review_rounds').selectAll().where('case_id', '=', caseId).orderBy('round').execute(),
    deps.db.selectFrom('review_opinions').selectAll().where('case_id', '=', caseId).execute(),
    deps.db
      .selectFrom('review_advice as a')
      .innerJoin('legal_advisers as l', 'l.id', 'a.adviser_id')
      .select(['a.id', 'a.round_id', 'a.opinion', 'a.invited_at', 'a.recorded_at', 'l.name', 'l.kind', 'l.organisation'])
      .where('a.case_id', '=', caseId)
      .execute(),
    deps.db.selectFrom('collective_discussions').selectAll().where('case_id', '=', caseId).orderBy('event_seq').execute(),
    deps.db.selectFrom('review_clearances').selectAll().where('case_id', '=', caseId).orderBy('event_seq').execute(),
    deps.db
      .selectFrom(takenSteps(deps.db, { caseId }).as('e'))
      .innerJoin('decision_steps as d', (j) => j.onRef('d.step_code', '=', 'e.step').on('d.procedure_code', '=', c.def.code))
      .select(['e.seq', 'e.step', 'e.actor_id', 'e.at', 'e.inputs'])
      .executeTakeFirst(),
  ]);
  const userIds = [
    ...new Set([
      ...proposals.map((p) => p.created_by),
      ...rounds.flatMap((r) => [r.submitted_by, ...(r.reviewer_id ? [r.reviewer_id] : [])]),
      ...discussions.map((d) => d.recorded_by),
      ...(decision ? [decision.actor_id] : []),
    ]),
  ];
  const users = await userNames(deps.db, userIds);
  const who = (id: string | null) => (id ? { id, name: users.get(id) ?? id } : null);
  const state = c.review.state;
  const latest = latestProposal(state);
  const phase = reviewPhase(state);
  const clearance = clearanceFor(state, latest);
  const versions = proposals.map((p, i) => ({
    version: p.version,
    proposalSha256: p.proposal_hash.toString('hex'),
    proposal: p.proposal as StoredProposal,
    catalogVersion: p.catalog_version,
    evaluation: p.evaluation as CatalogEvaluation,
    discretion: p.discretion as DiscretionVerdict | null,
    changes: i === 0 ? [] : diffProposals(c.def, proposals[i - 1]!.proposal as DecisionProposal, p.proposal as DecisionProposal),
    by: who(p.created_by),
    at: p.created_at.toISOString(),
  }));
  const roundViews = rounds.map((r) => {
    const o = opinions.find((x) => x.round_id === r.id);
    return {
      round: r.round,
      proposalVersion: r.proposal_version,
      materialsSha256: r.materials_hash.toString('hex'),
      materials: r.materials as ReviewMaterials,
      prechecks: r.prechecks as Finding[],
      submittedBy: who(r.submitted_by),
      submittedAt: r.submitted_at.toISOString(),
      dueOn: r.due_on,
      overdue: r.status === 'pending' && r.due_on !== null && today > r.due_on,
      remind: r.status === 'pending' && r.remind_on !== null && today >= r.remind_on && !(r.due_on !== null && today > r.due_on),
      status: r.status,
      disagreed: r.disagreed,
      disagreement: r.disagreement,
      advisers: advice
        .filter((a) => a.round_id === r.id)
        .map((a) => ({ id: a.id, name: a.name, kind: a.kind, organisation: a.organisation, opinion: a.opinion })),
      opinion: o
        ? {
            id: o.id,
            reviewer: who(o.reviewer_id),
            materialsSha256: o.materials_hash.toString('hex'),
            answers: o.answers as PointAnswer[],
            conclusion: o.conclusion,
            conclusionName: CONCLUSION_NAMES[o.conclusion],
            opinion: o.opinion,
            documentId: o.document_id,
            at: o.at.toISOString(),
          }
        : null,
    };
  });
  const discussionViews = discussions.map((d) => ({
    id: d.id,
    proposalVersion: d.proposal_version,
    heldOn: d.held_on,
    chair: who(d.recorded_by),
    participants: d.participants as DiscussionInput['participants'],
    votes: d.votes as { agree: number; disagree: number; abstain: number },
    conclusion: d.conclusion,
    outcome: d.outcome,
    override: d.overrides as DiscussionOverride | null,
    documentId: d.document_id,
    at: d.at.toISOString(),
  }));
  const decisionView = decision
    ? {
        step: decision.step!,
        stepName: c.def.steps.find((s) => s.code === decision.step)?.name ?? decision.step!,
        by: who(decision.actor_id),
        at: decision.at.toISOString(),
        eventSeq: decision.seq,
        review: (decision.inputs as { review?: GatePass }).review ?? null,
      }
    : null;
  return {
    caseId,
    caseNumber: c.number,
    phase,
    phaseName: PHASE_NAMES[phase],
    catalogVersion: c.catalogVersion,
    settings: c.catalog.settings,
    required: latest?.required ?? null,
    clearance: clearance
      ? {
          id: clearance.id,
          basis: clearance.basis,
          basisName: CLEARANCE_BASIS_NAMES[clearance.basis],
          proposalVersion: clearance.proposalVersion,
        }
      : null,
    proposals: versions,
    rounds: roundViews,
    discussions: discussionViews,
    clearances: clearances.map((x) => ({ id: x.id, proposalVersion: x.proposal_version, basis: x.basis, at: x.created_at.toISOString() })),
    decision: decisionView,
    trace: traceOf(versions, roundViews, discussionViews, decisionView),
  };
}

type Versions = { version: number; proposalSha256: string; by: { id: string; name: string } | null; at: string; evaluation: unknown }[];

/** R-REV-8: who submitted which version, who reviewed it with which opinion, who decided, every override. */
type Who = { id: string; name: string } | null;
interface TraceRound {
  round: number;
  proposalVersion: number;
  materialsSha256: string;
  submittedBy: Who;
  submittedAt: string;
  status: string;
  disagreed: boolean;
  disagreement: string | null;
  opinion: { at: string; reviewer: Who; conclusionName: string; opinion: string } | null;
}
interface TraceDiscussion {
  at: string;
  chair: Who;
  proposalVersion: number;
  outcome: string;
  conclusion: string;
  override: unknown;
}
interface TraceDecision {
  at: string;
  by: Who;
  stepName: string;
  eventSeq: number;
  review: unknown;
}

function traceOf(
  versions: Versions,
  rounds: readonly TraceRound[],
  discussions: readonly TraceDiscussion[],
  decision: TraceDecision | null,
) {
  const out: { at: string; act: string; who: { id: string; name: string } | null; proposalVersion: number; detail: string }[] = [];
  for (const v of versions) {
    const e = v.evaluation as { required: boolean; fired: { name: string }[] };
    out.push({
      at: v.at,
      act: '提出拟作出的决定',
      who: v.by,
      proposalVersion: v.version,
      detail: `第 ${v.version} 版（${v.proposalSha256.slice(0, 16)}…）；${e.required ? `须法制审核：${e.fired.map((f) => f.name).join('、')}` : '目录清单未要求法制审核'}`,
    });
  }
  for (const r of rounds) {
    out.push({
      at: r.submittedAt,
      act: '提交法制审核',
      who: r.submittedBy,
      proposalVersion: r.proposalVersion,
      detail: `第 ${r.round} 轮，送审材料 ${r.materialsSha256.slice(0, 16)}…`,
    });
    if (r.opinion)
      out.push({
        at: r.opinion.at,
        act: '出具审核意见',
        who: r.opinion.reviewer,
        proposalVersion: r.proposalVersion,
        detail: `第 ${r.round} 轮：${r.opinion.conclusionName}。${r.opinion.opinion}`,
      });
    if (r.status === 'withdrawn')
      out.push({
        at: r.submittedAt,
        act: '撤回送审',
        who: r.submittedBy,
        proposalVersion: r.proposalVersion,
        detail: `第 ${r.round} 轮因修改拟作出的决定而撤回`,
      });
    if (r.disagreed)
      out.push({
        at: r.opinion?.at ?? r.submittedAt,
        act: '提请集体讨论',
        who: r.submittedBy,
        proposalVersion: r.proposalVersion,
        detail: r.disagreement ?? '',
      });
  }
  for (const d of discussions) {
    const o = d.override as { reviewerName: string; round: number } | null;
    out.push({
      at: d.at,
      act: o ? '集体讨论（未采纳审核意见）' : '集体讨论',
      who: d.chair,
      proposalVersion: d.proposalVersion,
      detail: `${d.outcome === 'decide-as-proposed' ? '按拟作出的决定作出' : d.outcome === 'further-review' ? '提请再次法制审核' : '退回修改'}；${d.conclusion}${o ? `；未采纳${o.reviewerName}第 ${o.round} 轮审核意见` : ''}`,
    });
  }
  if (decision) {
    const r = decision.review as { proposalVersion?: number } | null;
    out.push({
      at: decision.at,
      act: `作出决定（${decision.stepName}）`,
      who: decision.by,
      proposalVersion: r?.proposalVersion ?? 0,
      detail: `记录第 ${decision.eventSeq} 条`,
    });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** Two versions side by side: what changed in the proposal and in the materials (R-REV-6). */
export async function compareRounds(deps: ReviewDeps, actor: Actor, caseId: string, from: number, to: number) {
  const c = await reviewCase(deps.db, actor, caseId);
  const rows = await deps.db
    .selectFrom('review_rounds')
    .select(['round', 'proposal_version', 'materials'])
    .where('case_id', '=', caseId)
    .where('round', 'in', [from, to])
    .execute();
  const a = rows.find((r) => r.round === from);
  const b = rows.find((r) => r.round === to);
  if (!a || !b) throw new DomainError('NOT_FOUND', '没有这一轮审核');
  const ma = a.materials as Record<string, unknown> & { proposal: { content: DecisionProposal } };
  const mb = b.materials as Record<string, unknown> & { proposal: { content: DecisionProposal } };
  const materialChanges = ['summary', 'facts', 'legalBasis', 'evidence', 'discretion', 'hearing', 'handlerOpinion']
    .filter((k) => JSON.stringify(ma[k] ?? null) !== JSON.stringify(mb[k] ?? null))
    .map((k) => ({ field: k, before: ma[k] ?? null, after: mb[k] ?? null }));
  return {
    from: { round: from, proposalVersion: a.proposal_version },
    to: { round: to, proposalVersion: b.proposal_version },
    proposalChanges: diffProposals(c.def, ma.proposal.content, mb.proposal.content),
    materialChanges,
  };
}

/** The review queue: rounds in the actor's scope with due dates, reminders and overdue flags (R-REV-7). */
export async function reviewQueue(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  actor: Actor,
  q: { status?: 'pending' | 'closed' | undefined; overdue?: boolean | undefined },
) {
  const today = chinaDate(deps.clock.now());
  let query = deps.db
    .selectFrom('review_rounds as r')
    .innerJoin(caseSummaries(deps.db).as('c'), 'c.id', 'r.case_id')
    .innerJoin(userNamesSubquery(deps.db).as('s'), 's.id', 'r.submitted_by')
    .leftJoin(userNamesSubquery(deps.db).as('v'), 'v.id', 'r.reviewer_id')
    .select([
      'r.case_id',
      'c.number',
      'c.title',
      'r.round',
      'r.proposal_version',
      'r.status',
      'r.due_on',
      'r.remind_on',
      'r.submitted_at',
      's.display_name as submitted_by',
      'v.display_name as reviewer',
      'r.closed_at',
      'r.disagreed',
    ])
    // R-REV-6: a disagreement waits for 集体讨论 until one is recorded after it
    .select((eb) =>
      eb
        .and([
          eb('r.disagreed', '=', true),
          eb.not(
            eb.exists(
              eb
                .selectFrom('collective_discussions as d')
                .select('d.id')
                .whereRef('d.case_id', '=', 'r.case_id')
                .whereRef('d.at', '>=', 'r.closed_at'),
            ),
          ),
        ])
        .as('awaiting_discussion'),
    )
    .where('r.agency_id', 'in', agenciesFor(actor, 'case.read'))
    .orderBy('r.due_on')
    .orderBy('r.submitted_at')
    .limit(500);
  query = q.status === 'closed' ? query.where('r.status', '<>', 'pending') : query.where('r.status', '=', 'pending');
  if (q.overdue) query = query.where('r.due_on', '<', today);
  const rows = await query.execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    caseNumber: r.number,
    title: r.title,
    round: r.round,
    proposalVersion: r.proposal_version,
    status: r.status,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at.toISOString(),
    dueOn: r.due_on,
    overdue: r.status === 'pending' && r.due_on !== null && today > r.due_on,
    remind: r.status === 'pending' && r.remind_on !== null && today >= r.remind_on && !(r.due_on !== null && today > r.due_on),
    reviewer: r.reviewer,
    closedAt: r.closed_at?.toISOString() ?? null,
    disagreed: r.disagreed,
    awaitingDiscussion: r.awaiting_discussion === true,
  }));
}
