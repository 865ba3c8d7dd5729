import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import type { Role } from '../procedures/types.ts';
import type { ReviewConclusion } from './checklist.ts';

/**
 * The legal-review process of one case (R-REV-2, -3, -6, -8), as a pure state over what was
 * recorded: proposal versions, review rounds, collective discussions and clearances. The server
 * loads this state and asks these functions before every act; the database refuses a decision
 * without a clearance as a second line (migration 0004).
 */

export interface ProposalVersion {
  version: number;
  hashHex: string;
  /** the catalog required review for this version */
  required: boolean;
  /** the catalog marks it 情节复杂或者重大违法行为: the heads' 集体讨论 decides, after the review passed (行政处罚法 §57 二款) */
  collectiveRequired?: boolean;
  createdBy: string;
}

export type RoundStatus = 'pending' | 'agreed' | 'problems' | 'withdrawn';

export interface ReviewRound {
  round: number;
  proposalVersion: number;
  submittedBy: string;
  status: RoundStatus;
  reviewerId: string | null;
  /** the handler disagreed with this round's problems and asked for 集体讨论 */
  disagreed: boolean;
  /** SHA-256 of the frozen 送审材料 (hex); absent in states built without it */
  materialsHash?: string;
}

/**
 * What a 集体讨论 concludes: decide as proposed; send back for revision; or, after a review that
 * did not pass, send the same proposal to a further review round (行政处罚法 §58: a decision needs
 * a passed review, so a discussion cannot itself stand in for one unless a local provision allows).
 */
export type DiscussionOutcome = 'decide-as-proposed' | 'revise' | 'further-review';

export interface Discussion {
  proposalVersion: number;
  outcome: DiscussionOutcome;
  recordedBy: string;
  /** the case entry that recorded it: orders discussions and clearances */
  seq: number;
  /** the review round it followed (null: none); absent in states built before it was known */
  afterRound?: number | null;
}

export type ClearanceBasis = 'not-required' | 'review-passed' | 'collective';
export const CLEARANCE_BASIS_NAMES: Record<ClearanceBasis, string> = {
  'not-required': '目录清单未要求法制审核',
  'review-passed': '法制审核通过',
  collective: '集体讨论决定',
};

export interface Clearance {
  id: string;
  proposalVersion: number;
  hashHex: string;
  basis: ClearanceBasis;
  /** the case entry that created it */
  seq: number;
}

export interface ReviewState {
  /** the case's officers (承办人) */
  officerIds: readonly string[];
  proposals: readonly ProposalVersion[];
  rounds: readonly ReviewRound[];
  discussions: readonly Discussion[];
  clearances: readonly Clearance[];
  /** the latest proposal was decided (its decision step was taken) */
  decided: boolean;
  /**
   * Decisions taken so far and the proposal version each was made on. A case may make more than one
   * reviewed decision (查封扣押: the approval, later the 处理决定): each has its own proposals, review
   * rounds and clearance, and what came before the last decision no longer counts (round limit).
   * Absent in states built before it was known: one decision per case.
   */
  decisions?: readonly { step: string; proposalVersion: number }[];
  maxRounds: number;
  /** the provision that lets a 集体讨论 decide against a failed review (the agency's catalog settings); unset: never */
  overrideBasis?: string | null;
}

export type ReviewPhase =
  | 'no-proposal'
  /** the latest version needs review and has not been submitted */
  | 'to-submit'
  | 'in-review'
  /** returned with problems: the handler revises, or disagrees */
  | 'returned'
  /** disagreement or too many rounds: 集体讨论 decides */
  | 'collective'
  /** the latest version may be decided */
  | 'cleared'
  | 'decided';

export const PHASE_NAMES: Record<ReviewPhase, string> = {
  'no-proposal': '尚未提出拟作出的决定',
  'to-submit': '待提交法制审核',
  'in-review': '法制审核中',
  returned: '审核退回，待修改',
  collective: '待集体讨论',
  cleared: '可以作出决定',
  decided: '已作出决定',
};

export function latestProposal(s: ReviewState): ProposalVersion | undefined {
  return s.proposals.at(-1);
}

/**
 * The clearance that lets `p` be decided: the latest one for that exact version, unless a 集体讨论
 * sent that version back for revision after it.
 */
export function clearanceFor(s: ReviewState, p: ProposalVersion | undefined): Clearance | undefined {
  if (!p) return undefined;
  const c = s.clearances
    // a case marked for 集体讨论 (§57 二款) is cleared by the discussion, not by the review alone
    .filter((x) => x.proposalVersion === p.version && x.hashHex === p.hashHex && (!p.collectiveRequired || x.basis === 'collective'))
    .sort((a, b) => b.seq - a.seq)[0];
  if (!c) return undefined;
  const revisedAfter = s.discussions.some((d) => d.proposalVersion === p.version && d.outcome === 'revise' && d.seq > c.seq);
  return revisedAfter ? undefined : c;
}

/** The last proposal version a decision was made on (0: none): later versions are the next decision's. */
export function lastDecidedVersion(s: ReviewState): number {
  return Math.max(0, ...(s.decisions ?? []).map((d) => d.proposalVersion));
}

/** How many rounds of the decision under way ended with problems (any of its versions): the count the round limit looks at. */
export function problemRounds(s: ReviewState): number {
  const since = lastDecidedVersion(s);
  return s.rounds.filter((r) => r.status === 'problems' && r.proposalVersion > since).length;
}

export function reviewPhase(s: ReviewState): ReviewPhase {
  if (s.decided) return 'decided';
  const p = latestProposal(s);
  if (!p) return 'no-proposal';
  if (clearanceFor(s, p)) return 'cleared';
  const last = s.rounds.at(-1);
  if (last?.status === 'pending') return 'in-review';
  const lastDiscussion = s.discussions.at(-1);
  if (lastDiscussion?.proposalVersion === p.version && lastDiscussion.outcome === 'revise') return 'returned';
  // reviewed (or passed) and marked for 集体讨论: the heads decide next (§57 二款)
  if (p.collectiveRequired && s.clearances.some((x) => x.proposalVersion === p.version && x.hashHex === p.hashHex)) return 'collective';
  if (last?.status === 'problems') {
    const discussedSince =
      lastDiscussion !== undefined &&
      (lastDiscussion.afterRound !== undefined
        ? lastDiscussion.afterRound === last.round
        : lastDiscussion.proposalVersion >= last.proposalVersion);
    if (!discussedSince && (last.disagreed || problemRounds(s) >= s.maxRounds)) return 'collective';
    // the discussion sent this very proposal to a further review round
    if (discussedSince && lastDiscussion.outcome === 'further-review' && lastDiscussion.proposalVersion === p.version) return 'to-submit';
    if (last.proposalVersion === p.version) return 'returned';
  }
  return 'to-submit';
}

/**
 * What a 集体讨论 may conclude (行政处罚法 §57, §58). After a review that did not pass, deciding as
 * proposed would be a decision without a passed review: refused, unless the agency's catalog names a
 * provision that allows it — then it is an override, recorded and reported to the 司法局. A further
 * review round is for a proposal whose review did not pass.
 */
export function assertDiscussionOutcome(s: ReviewState, outcome: DiscussionOutcome): { override: boolean } {
  const p = latestProposal(s);
  const last = s.rounds.at(-1);
  const failed = !!p && last?.status === 'problems' && last.proposalVersion === p.version;
  if (outcome === 'further-review' && !failed)
    throw new DomainError('REVIEW_STATE', '只有法制审核未通过的拟作出决定，集体讨论才能提请再次法制审核', { outcome });
  if (outcome === 'decide-as-proposed' && failed) {
    if (!s.overrideBasis)
      throw new DomainError(
        'REVIEW_STATE',
        '法制审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条）；集体讨论可以决定退回修改，或者提请再次法制审核',
        { outcome, round: last!.round },
      );
    return { override: true };
  }
  return { override: false };
}

/** 承办人: the case officers and anyone who proposed or submitted (R-REV-3). */
export function handlerIds(s: ReviewState): string[] {
  return [...new Set([...s.officerIds, ...s.proposals.map((p) => p.createdBy), ...s.rounds.map((r) => r.submittedBy)])];
}

export function reviewerIds(s: ReviewState): string[] {
  return [...new Set(s.rounds.flatMap((r) => (r.reviewerId ? [r.reviewerId] : [])))];
}

function stateError(s: ReviewState, what: string): DomainError {
  const phase = reviewPhase(s);
  return new DomainError('REVIEW_STATE', `法制审核处于「${PHASE_NAMES[phase]}」，不能${what}`, { phase });
}

function separation(rule: string, message: string): DomainError {
  return new DomainError('SEPARATION_OF_DUTIES', message, { rule });
}

export interface Person {
  userId: string;
  name: string;
  roles: readonly Role[];
}

/** Proposing and submitting are the handler's (承办人) acts. */
export function assertHandler(s: ReviewState, actor: Person, what: string): void {
  if (!s.officerIds.includes(actor.userId)) {
    throw new DomainError('FORBIDDEN_ROLE', `${what}须由本案承办执法人员办理，${actor.name}不是本案承办人`);
  }
}

/**
 * `next`: the decision step proposed, and whether the case can still reach it. After a decision, a
 * proposal for ANOTHER decision the case has ahead (查封扣押: the 处理决定 after the approval) starts
 * that decision's own review; the decision already made is not proposed again.
 */
export function assertCanPropose(s: ReviewState, actor: Person, next?: { step: string; name: string; ahead: boolean }): void {
  assertHandler(s, actor, '提出拟作出的决定');
  if (next && s.decisions?.some((d) => d.step === next.step))
    throw new DomainError('REVIEW_STATE', `本案已作出「${next.name}」，不能再就此提出拟作出的决定`, { step: next.step });
  if (next && !next.ahead)
    throw new DomainError('REVIEW_STATE', `本案当前已不能办理「${next.name}」，不能就此提出拟作出的决定`, { step: next.step });
  if (s.decided && !(next && s.decisions)) throw stateError(s, '再修改拟作出的决定');
  if (reviewPhase(s) === 'collective') throw stateError(s, '修改拟作出的决定（须先经集体讨论）');
}

export function assertCanSubmit(s: ReviewState, actor: Person): ProposalVersion {
  assertHandler(s, actor, '提交法制审核');
  const phase = reviewPhase(s);
  const p = latestProposal(s);
  if (!p || (phase !== 'to-submit' && phase !== 'returned')) throw stateError(s, '提交法制审核');
  if (!p.required) throw new DomainError('REVIEW_STATE', '按法制审核目录清单，本决定无须法制审核');
  return p;
}

/**
 * A returned proposal goes back to review when something the reviewer saw has changed: the proposal
 * (a new version) or the 送审材料 — e.g. the 复核 of the party's statement the reviewer asked for is
 * now on record. Unchanged, it is refused: revise it, or ask for 集体讨论.
 */
export function assertResubmissionChanged(s: ReviewState, materialsHashHex: string): void {
  if (reviewPhase(s) !== 'returned') return;
  const p = latestProposal(s)!;
  const returned = s.rounds.filter((r) => r.proposalVersion === p.version && r.status === 'problems').at(-1);
  if (returned?.materialsHash === undefined || returned.materialsHash === materialsHashHex)
    throw new DomainError('REVIEW_STATE', '退回的拟作出决定和送审材料均未修改：须修改或补充后再提交法制审核，或者提请集体讨论', {
      phase: 'returned',
      round: returned?.round,
    });
}

export interface ReviewerFacts extends Person {
  /** belongs to a unit of kind 'legal' (法制审核机构) of the case's agency */
  inLegalUnit: boolean;
  reviewerQualified: boolean;
  /** 法律职业资格 */
  legalQualification: boolean;
  /** opinions this person has given before, in any case */
  earlierReviews: number;
  /** took any step of this case (other than review acts) */
  actedInCase: boolean;
}

/** R-REV-3, 行政处罚法 §58: who may review this case. Refusals name the rule. */
export function assertReviewer(s: ReviewState, r: ReviewerFacts): void {
  if (!r.roles.includes('reviewer')) throw separation('reviewer-role', `${r.name}不是法制审核人员，不能出具法制审核意见`);
  if (!r.inLegalUnit) throw separation('legal-unit', `${r.name}不属于本机关的法制审核机构，不能出具法制审核意见（办、审分离）`);
  if (!r.reviewerQualified) throw separation('reviewer-qualification', `${r.name}未取得法制审核人员资格`);
  if (handlerIds(s).includes(r.userId) || r.actedInCase) {
    throw separation('reviewer-not-handler', `${r.name}承办或参与办理了本案，不能审核本案（办、审分离）`);
  }
  if (s.discussions.some((d) => d.recordedBy === r.userId)) {
    throw separation('reviewer-not-approver', `${r.name}主持了本案的集体讨论，不能再审核本案（审、定分离）`);
  }
  if (r.earlierReviews === 0 && !r.legalQualification) {
    throw separation(
      'first-review-legal-qualification',
      `${r.name}初次从事法制审核，须取得法律职业资格（《中华人民共和国行政处罚法》第五十八条第二款）`,
    );
  }
}

export function assertCanGiveOpinion(s: ReviewState): ReviewRound {
  const last = s.rounds.at(-1);
  if (!last || last.status !== 'pending') throw stateError(s, '出具审核意见');
  return last;
}

/** The handler disagrees with the returned problems: the case goes to 集体讨论 (R-REV-6). */
export function assertCanDisagree(s: ReviewState, actor: Person): ReviewRound {
  assertHandler(s, actor, '提请集体讨论');
  const last = s.rounds.at(-1);
  if (reviewPhase(s) !== 'returned' || !last || last.status !== 'problems' || last.proposalVersion !== latestProposal(s)!.version)
    throw stateError(s, '对审核意见提出异议');
  if (last.disagreed) throw new DomainError('REVIEW_STATE', '已就本轮审核意见提请集体讨论', { round: last.round });
  return last;
}

/** R-REV-3: the approving head is neither handler nor reviewer of the case. */
export function assertApprover(s: ReviewState, actor: Person, what: string): void {
  if (!actor.roles.includes('head')) throw new DomainError('FORBIDDEN_ROLE', `${what}须由机关负责人作出`);
  if (handlerIds(s).includes(actor.userId))
    throw separation('approver-not-handler', `${actor.name}是本案承办人，不能${what}（办、定分离）`);
  if (reviewerIds(s).includes(actor.userId))
    throw separation('approver-not-reviewer', `${actor.name}审核了本案，不能${what}（审、定分离）`);
}

export function assertCanDiscuss(s: ReviewState, actor: Person): ProposalVersion {
  const phase = reviewPhase(s);
  // 集体讨论 follows a disagreement or the round limit; a head may also call one on a cleared
  // version (行政处罚法 §57: 情节复杂或者重大违法行为).
  if (phase !== 'collective' && phase !== 'cleared') throw stateError(s, '进行集体讨论');
  assertApprover(s, actor, '主持集体讨论');
  return latestProposal(s)!;
}

export interface DecisionGate {
  clearance: Clearance;
  proposal: ProposalVersion;
}

/**
 * R-REV-2: the decision is made only on the latest version, cleared (review passed, no review
 * required, or 集体讨论), with exactly the proposed content, by a head who neither handled nor
 * reviewed the case.
 */
export function assertDecisionAllowed(
  s: ReviewState,
  actor: Person,
  decision: { step: string; inputs: Record<string, unknown> },
  proposed: { step: string; decision: Record<string, unknown> } | undefined,
  stepName: string,
): DecisionGate {
  const p = latestProposal(s);
  // the latest proposal was another decision's, already made: this decision needs its own
  if (!p || !proposed || s.decided) {
    throw new DomainError('REVIEW_REQUIRED', `作出「${stepName}」前，须由承办人提出拟作出的决定并按目录清单完成法制审核`, {
      phase: reviewPhase(s),
    });
  }
  const clearance = clearanceFor(s, p);
  if (!clearance) {
    const phase = reviewPhase(s);
    throw new DomainError('REVIEW_REQUIRED', `未经法制审核或者审核未通过的，不得作出决定（当前：${PHASE_NAMES[phase]}）`, {
      phase,
      proposalVersion: p.version,
    });
  }
  if (proposed.step !== decision.step || canonicalJson(proposed.decision) !== canonicalJson(decision.inputs)) {
    const changed = Object.keys({ ...proposed.decision, ...decision.inputs }).filter(
      (k) => canonicalJson(proposed.decision[k] ?? null) !== canonicalJson(decision.inputs[k] ?? null),
    );
    throw new DomainError('REVIEW_STALE', `决定内容与经审核的拟作出决定（第 ${p.version} 版）不一致，须由承办人修改后重新送审`, {
      proposalVersion: p.version,
      changed: proposed.step !== decision.step ? ['step', ...changed] : changed,
    });
  }
  assertApprover(s, actor, `作出「${stepName}」`);
  return { clearance, proposal: p };
}

/** Review opinions from reviewers count toward who reviewed; the conclusion moves the round. */
export function roundStatusOf(conclusion: ReviewConclusion): RoundStatus {
  return conclusion === 'agree' ? 'agreed' : 'problems';
}
