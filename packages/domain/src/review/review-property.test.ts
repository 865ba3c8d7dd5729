import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { decideStep, type ActorView, type CaseView, type Inputs, type TakenStep } from '../procedures/engine.ts';
import { getProcedure } from '../procedures/registry.ts';
import { calendar, makeCase, officer, recordTimes } from '../procedures/test-factories.ts';
import type { ProcedureDef, Role } from '../procedures/types.ts';
import { DEFAULT_REVIEW_CATALOG, assertCatalog, evaluateCatalog, type CaseFlag, type ReviewCatalog, type Sanction } from './catalog.ts';
import { REVIEW_POINTS, checkOpinion, type ReviewOpinionInput } from './checklist.ts';
import { catalogFacts, diffProposals, normaliseProposal, proposalHash, type DecisionProposal } from './proposal.ts';
import {
  assertCanDisagree,
  assertCanDiscuss,
  assertDiscussionOutcome,
  assertResubmissionChanged,
  assertCanGiveOpinion,
  assertCanPropose,
  assertCanSubmit,
  assertDecisionAllowed,
  assertReviewer,
  roundStatusOf,
  type ClearanceBasis,
  type DecisionGate,
  type DiscussionOutcome,
  type ReviewState,
  type ReviewerFacts,
} from './review-process.ts';

/**
 * R-REV-2, R-REV-3 (重大执法决定法制审核) as a property: thousands of random sequences of review acts
 * and decisions, by random people, against the real guards of review-process.ts and the real
 * procedure engine.
 *
 * The "model system" below mirrors what the server does with each act (apps/server/src/modules/
 * review/review.service.ts, review.opinion.ts, review.collective.ts, review.state.ts and the
 * decision path of cases/case.service.ts): it asks the real assert* functions, the real
 * normaliseProposal / evaluateCatalog / proposalHash / checkOpinion, and the real engine
 * (decideStep) for the review steps the server takes and for the decision itself, with ctx.gate
 * wired to assertDecisionAllowed as case.service wires it. Only when all of these allow the act
 * does the model record its effects, exactly as the server's transaction would; an act refused
 * with a DomainError leaves the model untouched (each act builds a new model; the state handed to
 * the real functions is deep-frozen, so they cannot change it either).
 *
 * After every sequence an independent oracle, working from the model's own event log (not from
 * clearanceFor / reviewPhase, which are under test), checks that
 *  (1) a decision exists only on the exact final proposal version, with exactly its `decision`
 *      content, after a clearance of that version: an agreeing review opinion on a round submitted
 *      for it, a 集体讨论 deciding as proposed, or — only when the catalog, judged independently
 *      here, does not require review — the proposal itself (basis 'not-required'); and no 集体讨论
 *      sent that version back for revision after the clearance;
 *  (2) no person holds two of the roles handler (承办人: case officers, proposers, submitters),
 *      reviewer (anyone who gave an opinion) and approver (who made the decision; also the chair
 *      of a 集体讨论 whose clearance the decision rests on); and no reviewer took any non-review
 *      step of the case.
 *
 * Procedure / catalog choice: each sequence runs either
 *  - 行政处罚一般程序 (penalty-general), where the DEFAULT_REVIEW_CATALOG's mandatory rule makes review
 *    always required; the case starts 已告知 (notified, fine 5000, party waived) or 已听证 (heard,
 *    hearing held by a non-investigator who may be a reviewer), so the engine's own review steps
 *    (submit-review, review-pass/-return, revise-proposal, collective-*) and its guards (e.g. no
 *    heavier fine than notified) take part; or
 *  - 行政许可 (license) under the unchanged DEFAULT_REVIEW_CATALOG, where review is required only
 *    when a rule fires (涉案金额 ≥ 100 000, 吊销/责令停产停业 etc., a hearing held, a flag), so
 *    'not-required' clearances occur. (The domain forbids dropping the mandatory rule, so no
 *    catalog variant is needed; only settings.maxRounds varies, checked by assertCatalog.)
 *
 * People: three officers, two reviewers of the 法制科 (one with 法律职业资格, one without whose
 * earlier reviews are 0 or 4 per sequence), two heads, a head who is also a reviewer, an officer who
 * is also a reviewer, and — beyond the brief's pool, so that 'approver-not-handler' can happen — an
 * officer who is also a head (执法大队长). Two or three of the officer-role people are the case's
 * officers.
 */

// ---------------------------------------------------------------------------------------------
// people

interface User extends ActorView {
  inLegalUnit: boolean;
  reviewerQualified: boolean;
  legalQualification: boolean;
  /** opinions given in other cases before this one */
  earlierReviews: number;
}

function user(userId: string, name: string, roles: Role[], review?: { legalQualification: boolean; earlierReviews: number }): User {
  return {
    userId,
    name,
    roles,
    inLegalUnit: review !== undefined,
    reviewerQualified: review !== undefined,
    legalQualification: review?.legalQualification ?? false,
    earlierReviews: review?.earlierReviews ?? 0,
  };
}

const USERS = {
  o1: user('o1', '李明', ['officer']),
  o2: user('o2', '王芳', ['officer']),
  o3: user('o3', '孙浩', ['officer']),
  r1: user('r1', '陈静', ['reviewer'], { legalQualification: true, earlierReviews: 0 }),
  /** no 法律职业资格: may review only after earlier reviews (set per sequence) */
  r2: user('r2', '赵敏', ['reviewer'], { legalQualification: false, earlierReviews: 0 }),
  h1: user('h1', '张建国', ['head']),
  h2: user('h2', '刘洋', ['head']),
  hr: user('hr', '何志远', ['head', 'reviewer'], { legalQualification: true, earlierReviews: 2 }),
  or: user('or', '周婷', ['officer', 'reviewer'], { legalQualification: true, earlierReviews: 1 }),
  oh: user('oh', '吴刚', ['officer', 'head']),
} as const satisfies Record<string, User>;
type UserId = keyof typeof USERS;
const ALL_USERS = Object.keys(USERS) as UserId[];
const OFFICER_SIDE: UserId[] = ['o1', 'o2', 'o3', 'or', 'oh'];
const REVIEWER_SIDE: UserId[] = ['r1', 'r2', 'hr', 'or'];
const HEAD_SIDE: UserId[] = ['h1', 'h2', 'hr', 'oh'];

// ---------------------------------------------------------------------------------------------
// scenario and acts

type ProcedureCode = 'penalty-general' | 'license';

interface Scenario {
  procedure: ProcedureCode;
  /** the case's officers (承办人), two or three of OFFICER_SIDE */
  officers: UserId[];
  partyKind: 'person' | 'org';
  /** a hearing was held; the host is picked from those allowed to hold it */
  hearing: boolean;
  hostPick: number;
  maxRounds: number;
  r2EarlierReviews: number;
  /** the agency's catalog names a provision letting 集体讨论 decide against a failed review (null: the national law) */
  overrideBasis: string | null;
}

interface ProposalSpec {
  /** which content: the fine (penalty-general) or grant/deny and its wording (license) */
  pick: 0 | 1 | 2 | 3;
  caseAmount: number | null;
  severe: boolean;
  flag: CaseFlag | null;
  discretion: boolean;
  /** names a step that is not a decision: normaliseProposal refuses it */
  invalidStep: boolean;
}

type DecisionContent = 'as-proposed' | 'empty' | 'whitespace' | 'altered' | 'other-step';

type Act =
  | { kind: 'propose'; by: UserId; spec: ProposalSpec }
  | { kind: 'submit'; by: UserId }
  | { kind: 'opinion'; by: UserId; conclusion: 'agree' | 'problems' | 'inconsistent'; stale: boolean }
  | { kind: 'disagree'; by: UserId }
  | { kind: 'discuss'; by: UserId; outcome: DiscussionOutcome; participants: number; agree: number }
  | { kind: 'decide'; by: UserId; content: DecisionContent };

const TODAY = '2026-08-20';
const SETUP_DAY = '2026-08-03';
const NOTIFIED_FINE = 5000;

// ---------------------------------------------------------------------------------------------
// the model system

/** What happened, in order: the oracle judges from this, not from ReviewState. */
type LogEvent =
  | {
      e: 'proposal';
      seq: number;
      version: number;
      by: UserId;
      content: DecisionProposal;
      required: boolean;
      expectRequired: boolean;
      collective: boolean;
      expectCollective: boolean;
    }
  | { e: 'submitted'; seq: number; round: number; version: number; by: UserId }
  | { e: 'withdrawn'; seq: number; round: number }
  | { e: 'opinion'; seq: number; round: number; by: UserId; agree: boolean }
  | { e: 'disagreed'; seq: number; round: number; by: UserId }
  | { e: 'discussion'; seq: number; version: number; by: UserId; outcome: DiscussionOutcome }
  | { e: 'decision'; seq: number; by: UserId; step: string; inputs: Inputs; gate: DecisionGate };

interface Model {
  sc: Scenario;
  def: ProcedureDef;
  catalog: ReviewCatalog;
  /** the engine's view: state and every step taken, setup (立案, 调查, 告知, 听证 …) included */
  caseView: CaseView;
  review: ReviewState;
  /** proposal content by version (index version - 1), as case_proposals holds it */
  contents: readonly DecisionProposal[];
  /** materials hash by round (index round - 1), as review_rounds holds it */
  materials: readonly string[];
  /** opinions given in this case, by person (for earlierReviews) */
  opinionsBy: Readonly<Partial<Record<UserId, number>>>;
  /** the case's record sequence: orders clearances and discussions */
  seq: number;
  log: readonly LogEvent[];
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/** Freezes what the real functions are handed; the shared rule pack is left alone. */
function freezeCase(c: CaseView): CaseView {
  deepFreeze(c.steps);
  deepFreeze(c.officers);
  deepFreeze(c.regionPath);
  return Object.freeze(c);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hasStep(def: ProcedureDef, code: string, state: string): boolean {
  return def.steps.some((s) => s.code === code && s.from.includes(state));
}

function viaReviewSteps(def: ProcedureDef): Set<string> {
  return new Set(def.steps.filter((s) => s.via === 'legal-review').map((s) => s.code));
}

function hearingHeld(steps: readonly TakenStep[]): boolean {
  return steps.some((s) => s.code === 'hold-hearing' || s.code === 'hearing');
}

/** A step through the real engine, as the review module (viaReview) or the setup takes it. */
function engineStep(def: ProcedureDef, c: CaseView, who: User, code: string, inputs: Inputs, today: string, viaReview: boolean): CaseView {
  const d = decideStep(def, c, who, code, inputs, { today, calendar, ...(viaReview ? { viaReview: true } : {}) });
  return freezeCase({ ...c, state: d.to, steps: [...c.steps, { code, on: today, actorId: who.userId, inputs: d.inputs }] });
}

function hearingHost(sc: Scenario): UserId {
  // 听证 is held by officer- or reviewer-role people; in 一般程序 not by an investigator (the case officers)
  const allowed = ALL_USERS.filter(
    (u) => USERS[u].roles.some((r) => r === 'officer' || r === 'reviewer') && (sc.procedure === 'license' || !sc.officers.includes(u)),
  );
  return allowed[sc.hostPick % allowed.length]!;
}

/** The case as it stands when the handler first proposes: built through the real engine. */
function setup(sc: Scenario): Model {
  const def = getProcedure(sc.procedure)!;
  const catalog = assertCatalog({ ...DEFAULT_REVIEW_CATALOG, settings: { ...DEFAULT_REVIEW_CATALOG.settings, maxRounds: sc.maxRounds } });
  const lead = USERS[sc.officers[0]!];
  let c = freezeCase(
    makeCase(def, {
      partyKind: sc.partyKind,
      officers: sc.officers.map((id) => officer(id, USERS[id].name)),
      steps: [{ code: 'open', on: SETUP_DAY, actorId: lead.userId, inputs: {} }],
    }),
  );
  const take = (who: User, code: string, inputs: Inputs) => {
    c = engineStep(def, c, who, code, inputs, SETUP_DAY, false);
  };
  if (sc.procedure === 'penalty-general') {
    take(lead, 'inspect', { officers: sc.officers, place: '超市', ...recordTimes(SETUP_DAY), findings: '销售过期食品' });
    take(lead, 'conclude-investigation', {
      facts: '销售过期食品',
      evidence: '现场笔录',
      violatedProvision: '食品安全法第三十四条',
      legalBasis: '食品安全法',
      proposal: 'penalty',
    });
    take(lead, 'notify', { proposedPenalty: `罚款 ${NOTIFIED_FINE} 元`, proposedFine: NOTIFIED_FINE, hearingRight: true });
    if (sc.hearing) {
      take(lead, 'request-hearing', { requestedOn: '2026-08-04' });
      take(lead, 'notify-hearing', { hearingOn: '2026-08-20', place: '听证室', host: USERS[hearingHost(sc)].name });
      take(USERS[hearingHost(sc)], 'hold-hearing', { ...recordTimes(SETUP_DAY, '14:00', '15:30'), record: '听证记录', opinion: '维持' });
    } else {
      take(lead, 'waive', { statement: '当事人放弃陈述申辩和听证' });
    }
  } else {
    take(lead, 'accept', { acceptedOn: SETUP_DAY });
    if (sc.hearing) take(USERS[hearingHost(sc)], 'hearing', { ...recordTimes(SETUP_DAY, '14:00', '15:30'), record: '听证记录' });
    take(lead, 'examine', { opinion: '符合法定条件' });
  }
  const review: ReviewState = deepFreeze({
    officerIds: [...sc.officers],
    proposals: [],
    rounds: [],
    discussions: [],
    clearances: [],
    decided: false,
    maxRounds: catalog.settings.maxRounds,
    overrideBasis: sc.overrideBasis,
  });
  return { sc, def, catalog, caseView: c, review, contents: [], materials: [], opinionsBy: {}, seq: c.steps.length, log: [] };
}

// --- proposals --------------------------------------------------------------------------------

const GRANT_SCOPES = ['预包装食品销售', '预包装食品销售（含冷藏冷冻食品）'];
const DENY_REASONS = ['经营场所不符合要求', '申请材料不真实'];

function penaltyDecision(fine: number): Record<string, unknown> {
  return {
    decisionType: 'penalty',
    facts: '销售过期食品',
    violatedProvision: '食品安全法第三十四条',
    legalBasis: '食品安全法第一百二十四条',
    penalty: `罚款 ${fine} 元`,
    fineAmount: fine,
  };
}

function licenseDecision(pick: number): { step: string; decision: Record<string, unknown> } {
  return pick < 2
    ? { step: 'grant', decision: { licenceNumber: 'JY11304330001', scope: GRANT_SCOPES[pick]! } }
    : { step: 'deny', decision: { reason: DENY_REASONS[pick - 2]! } };
}

const FINES = [3000, 4000, 5000, 6000] as const;

/** The raw proposal as the handler's form would send it. */
function proposalRaw(procedure: ProcedureCode, s: ProposalSpec): Record<string, unknown> {
  const sanctions: Sanction[] = s.severe ? ['责令停产停业'] : [];
  const base = {
    caseAmount: s.caseAmount,
    flags: s.flag ? { [s.flag]: true } : {},
    discretion: s.discretion ? { violation: null, grade: '一般处罚', baseAmount: null, reasoning: '按裁量基准一般处罚' } : null,
  };
  if (procedure === 'penalty-general') {
    return {
      step: s.invalidStep ? 'notify' : 'decide',
      decision: penaltyDecision(FINES[s.pick]),
      sanctions: ['警告', ...sanctions],
      ...base,
    };
  }
  const d = licenseDecision(s.pick);
  return {
    step: s.invalidStep ? 'examine' : d.step,
    decision: d.decision,
    sanctions: d.step === 'deny' ? ['不予许可', ...sanctions] : sanctions,
    ...base,
  };
}

/**
 * The oracle's own reading of DEFAULT_REVIEW_CATALOG for what the generator produces: 一般程序
 * always; 许可 only when 涉案金额 ≥ 100 000, a severe sanction, a flag, or a hearing was held.
 */
function expectRequired(sc: Scenario, s: ProposalSpec): boolean {
  if (sc.procedure === 'penalty-general') return true;
  return sc.hearing || (s.caseAmount !== null && s.caseAmount >= 100000) || s.severe || s.flag !== null;
}

/** …and for 集体讨论 (行政处罚法 §57 二款): the rules it marks so, a severe sanction or 情节复杂. */
function expectCollective(s: ProposalSpec): boolean {
  return s.severe || s.flag === 'complex';
}

// --- acts -------------------------------------------------------------------------------------

function invalid(message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message);
}

/** review.service propose() */
function propose(m: Model, u: User, spec: ProposalSpec): Model {
  const state = m.review;
  assertCanPropose(state, u);
  const proposal = deepFreeze(normaliseProposal(m.def, proposalRaw(m.sc.procedure, spec)));
  const evaluation = evaluateCatalog(
    m.catalog,
    catalogFacts(m.def, proposal, { partyKind: m.sc.partyKind, hearingHeld: hearingHeld(m.caseView.steps) }),
  );
  const hashHex = proposalHash(proposal).toString('hex');
  const previous = m.contents.at(-1);
  if (previous && diffProposals(m.def, previous, proposal).length === 0) throw invalid('拟作出的决定与上一版相同，无需修改');
  const version = (state.proposals.at(-1)?.version ?? 0) + 1;
  const wasPending = state.rounds.at(-1)?.status === 'pending';
  let seq = m.seq + 1;
  const eventSeq = seq;
  let caseView = m.caseView;
  if (hasStep(m.def, 'revise-proposal', caseView.state)) {
    caseView = engineStep(
      m.def,
      caseView,
      u,
      'revise-proposal',
      { proposalVersion: String(version), changes: '修改拟作出的决定' },
      TODAY,
      true,
    );
    seq++;
  }
  const log: LogEvent[] = [...m.log];
  const rounds = state.rounds.map((r) => {
    if (wasPending && r.status === 'pending') {
      log.push({ e: 'withdrawn', seq: eventSeq, round: r.round });
      return { ...r, status: 'withdrawn' as const };
    }
    return r;
  });
  log.push({
    e: 'proposal',
    seq: eventSeq,
    version,
    by: u.userId as UserId,
    content: proposal,
    required: evaluation.required,
    expectRequired: expectRequired(m.sc, spec),
    collective: evaluation.collectiveRequired === true,
    expectCollective: expectCollective(spec),
  });
  const review: ReviewState = deepFreeze({
    ...state,
    proposals: [
      ...state.proposals,
      { version, hashHex, required: evaluation.required, collectiveRequired: evaluation.collectiveRequired === true, createdBy: u.userId },
    ],
    rounds,
    clearances: evaluation.required
      ? state.clearances
      : [...state.clearances, { id: `c${eventSeq}`, proposalVersion: version, hashHex, basis: 'not-required' as const, seq: eventSeq }],
  });
  return { ...m, caseView, review, contents: [...m.contents, proposal], seq, log };
}

/** review.service submitForReview() (the materials are complete: that check is the server's own) */
function submit(m: Model, u: User): Model {
  const state = m.review;
  const p = assertCanSubmit(state, u);
  const content = m.contents[p.version - 1]!;
  const round = (state.rounds.at(-1)?.round ?? 0) + 1;
  // the materials are the proposal and what the case record holds: unchanged unless a step was taken since
  const materialsSha256 = sha256(`materials/${p.version}/${p.hashHex}/${m.caseView.steps.length}`);
  assertResubmissionChanged(state, materialsSha256);
  let seq = m.seq + 1;
  const eventSeq = seq;
  let caseView = m.caseView;
  if (hasStep(m.def, 'submit-review', caseView.state)) {
    const fine = content.decision['fineAmount'];
    caseView = engineStep(
      m.def,
      caseView,
      u,
      'submit-review',
      {
        round: String(round),
        proposalVersion: String(p.version),
        materialsSha256,
        proposedDecision: `${content.step}：${canonicalJson(content.decision)}`,
        ...(typeof fine === 'number' ? { proposedFine: fine } : {}),
      },
      TODAY,
      true,
    );
    seq++;
  }
  const review: ReviewState = deepFreeze({
    ...state,
    rounds: [
      ...state.rounds,
      {
        round,
        proposalVersion: p.version,
        submittedBy: u.userId,
        status: 'pending' as const,
        reviewerId: null,
        disagreed: false,
        materialsHash: materialsSha256,
      },
    ],
  });
  return {
    ...m,
    caseView,
    review,
    materials: [...m.materials, materialsSha256],
    seq,
    log: [...m.log, { e: 'submitted', seq: eventSeq, round, version: p.version, by: u.userId as UserId }],
  };
}

function opinionInput(conclusion: 'agree' | 'problems' | 'inconsistent'): ReviewOpinionInput {
  const problem = conclusion !== 'agree';
  return {
    answers: REVIEW_POINTS.map((p) =>
      problem && p.code === 'facts'
        ? { point: p.code, result: 'problem' as const, comment: '事实不清' }
        : { point: p.code, result: 'pass' as const, comment: '' },
    ),
    // 'inconsistent': 同意 although a point has a problem; checkOpinion refuses it
    conclusion: conclusion === 'problems' ? 'problems' : 'agree',
    opinion: conclusion === 'problems' ? '事实不清，退回补正。' : '同意。',
  };
}

/** review.opinion reviewerFacts(): earlier opinions in any case; any non-review act in this case. */
function reviewerFacts(m: Model, u: User): ReviewerFacts {
  const via = viaReviewSteps(m.def);
  const earlier = (u.userId === 'r2' ? m.sc.r2EarlierReviews : u.earlierReviews) + (m.opinionsBy[u.userId as UserId] ?? 0);
  return {
    userId: u.userId,
    name: u.name,
    roles: u.roles,
    inLegalUnit: u.inLegalUnit,
    reviewerQualified: u.reviewerQualified,
    legalQualification: u.legalQualification,
    earlierReviews: earlier,
    actedInCase: m.caseView.steps.some((s) => s.actorId === u.userId && !via.has(s.code)),
  };
}

/** review.opinion giveOpinion() */
function giveOpinion(m: Model, u: User, conclusion: 'agree' | 'problems' | 'inconsistent', stale: boolean): Model {
  const state = m.review;
  const last = assertCanGiveOpinion(state);
  const expected = m.materials[last.round - 1]!;
  // a stale opinion was written on the previous round's materials (or on nothing this case holds)
  const given = stale ? (m.materials[last.round - 2] ?? 'cd'.repeat(32)) : expected;
  if (given !== expected) throw new DomainError('REVIEW_STALE', '审核意见所针对的送审材料不是本轮送审的版本，请重新打开送审材料');
  assertReviewer(state, reviewerFacts(m, u));
  const opinion = checkOpinion(opinionInput(conclusion));
  const agree = opinion.conclusion === 'agree';
  let seq = m.seq + 1;
  const eventSeq = seq;
  let caseView = m.caseView;
  const stepCode = agree ? 'review-pass' : 'review-return';
  if (hasStep(m.def, stepCode, caseView.state)) {
    caseView = engineStep(
      m.def,
      caseView,
      u,
      stepCode,
      agree ? { round: String(last.round), opinion: opinion.opinion } : { round: String(last.round), problems: opinion.opinion },
      TODAY,
      true,
    );
    seq++;
  }
  const p = state.proposals.find((x) => x.version === last.proposalVersion)!;
  const review: ReviewState = deepFreeze({
    ...state,
    rounds: state.rounds.map((r) =>
      r.round === last.round ? { ...r, status: roundStatusOf(opinion.conclusion), reviewerId: u.userId } : r,
    ),
    clearances: agree
      ? [
          ...state.clearances,
          { id: `c${eventSeq}`, proposalVersion: p.version, hashHex: p.hashHex, basis: 'review-passed' as const, seq: eventSeq },
        ]
      : state.clearances,
  });
  const by = u.userId as UserId;
  return {
    ...m,
    caseView,
    review,
    opinionsBy: { ...m.opinionsBy, [by]: (m.opinionsBy[by] ?? 0) + 1 },
    seq,
    log: [...m.log, { e: 'opinion', seq: eventSeq, round: last.round, by, agree }],
  };
}

/** review.service disagree() */
function disagree(m: Model, u: User): Model {
  const state = m.review;
  const last = assertCanDisagree(state, u);
  const seq = m.seq + 1;
  const review: ReviewState = deepFreeze({
    ...state,
    rounds: state.rounds.map((r) => (r.round === last.round ? { ...r, disagreed: true } : r)),
  });
  return { ...m, review, seq, log: [...m.log, { e: 'disagreed', seq, round: last.round, by: u.userId as UserId }] };
}

/** review.collective holdDiscussion() */
function discuss(m: Model, u: User, outcome: DiscussionOutcome, participants: number, agreeVotes: number): Model {
  const state = m.review;
  const p = assertCanDiscuss(state, u);
  assertDiscussionOutcome(state, outcome);
  if (participants < 3) throw invalid('集体讨论应有不少于 3 名参加人员');
  if (outcome === 'decide-as-proposed' && agreeVotes * 2 <= participants) {
    throw new DomainError('REVIEW_STATE', `同意按拟作出的决定作出的不足半数（${agreeVotes}/${participants}），不能据此作出决定`);
  }
  let seq = m.seq + 1;
  const eventSeq = seq;
  let caseView = m.caseView;
  const stepCode = outcome === 'decide-as-proposed' ? 'collective-discussion' : outcome === 'revise' ? 'collective-return' : null;
  if (stepCode && hasStep(m.def, stepCode, caseView.state)) {
    caseView = engineStep(
      m.def,
      caseView,
      u,
      stepCode,
      { participants: '局长、副局长、法制科科长', conclusion: outcome === 'decide-as-proposed' ? '按拟作出的决定作出' : '退回修改' },
      TODAY,
      true,
    );
    seq++;
  }
  const review: ReviewState = deepFreeze({
    ...state,
    discussions: [
      ...state.discussions,
      { proposalVersion: p.version, outcome, recordedBy: u.userId, seq: eventSeq, afterRound: state.rounds.at(-1)?.round ?? null },
    ],
    clearances:
      outcome === 'decide-as-proposed'
        ? [
            ...state.clearances,
            { id: `c${eventSeq}`, proposalVersion: p.version, hashHex: p.hashHex, basis: 'collective' as const, seq: eventSeq },
          ]
        : state.clearances,
  });
  return {
    ...m,
    caseView,
    review,
    seq,
    log: [...m.log, { e: 'discussion', seq: eventSeq, version: p.version, by: u.userId as UserId, outcome }],
  };
}

function padText(decision: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(decision).map(([k, v]) => [k, typeof v === 'string' ? `  ${v}\n` : v]));
}

/** What the head enters as the decision, for each kind of attempt. */
function decisionAttempt(m: Model, content: DecisionContent): { step: string; inputs: Inputs } {
  const latest = m.contents.at(-1);
  const proposed =
    latest ?? (m.sc.procedure === 'penalty-general' ? { step: 'decide', decision: penaltyDecision(4000) } : licenseDecision(0));
  switch (content) {
    case 'as-proposed':
      return { step: proposed.step, inputs: { ...proposed.decision } };
    case 'empty':
      return { step: proposed.step, inputs: {} };
    case 'whitespace':
      // the same content as entered by a person: the engine normalises it before the gate compares
      return { step: proposed.step, inputs: padText(proposed.decision) };
    case 'altered': {
      if (m.sc.procedure === 'penalty-general') {
        const fine = typeof proposed.decision['fineAmount'] === 'number' ? proposed.decision['fineAmount'] : 4000;
        return { step: proposed.step, inputs: { ...proposed.decision, fineAmount: fine - 1000 } };
      }
      return proposed.step === 'grant'
        ? { step: 'grant', inputs: { ...proposed.decision, scope: '全部食品经营项目' } }
        : { step: 'deny', inputs: { reason: '其他理由' } };
    }
    case 'other-step': {
      if (m.sc.procedure === 'penalty-general') {
        return {
          step: 'decide',
          inputs: { decisionType: 'no-penalty', facts: '销售过期食品', legalBasis: '行政处罚法第三十三条', penalty: '不予行政处罚' },
        };
      }
      const other = proposed.step === 'grant' ? licenseDecision(2) : licenseDecision(0);
      return { step: other.step, inputs: { ...other.decision } };
    }
  }
}

/** cases/case.service takeStep() for a decision step, with review.state decisionGate() as ctx.gate */
function decide(m: Model, u: User, content: DecisionContent): Model {
  const latest = m.contents.at(-1);
  const attempt = decisionAttempt(m, content);
  const raw = Object.keys(attempt.inputs).length === 0 && latest?.step === attempt.step ? latest.decision : attempt.inputs;
  let pass: DecisionGate | null = null;
  const d = decideStep(m.def, m.caseView, u, attempt.step, raw, {
    today: TODAY,
    calendar,
    gate: (step, inputs) => {
      pass = assertDecisionAllowed(m.review, u, { step: step.code, inputs }, latest, step.name);
    },
  });
  const gate = pass as DecisionGate | null;
  // a decision step that did not pass the gate is a failure of the engine itself
  if (!gate) throw new Error(`decision step ${attempt.step} was taken without passing the legal-review gate`);
  const seq = m.seq + 1;
  const caseView = freezeCase({
    ...m.caseView,
    state: d.to,
    steps: [...m.caseView.steps, { code: attempt.step, on: TODAY, actorId: u.userId, inputs: d.inputs }],
  });
  return {
    ...m,
    caseView,
    review: deepFreeze({ ...m.review, decided: true }),
    seq,
    log: [...m.log, { e: 'decision', seq, by: u.userId as UserId, step: attempt.step, inputs: d.inputs, gate }],
  };
}

function apply(m: Model, a: Act): Model {
  const u = USERS[a.by];
  switch (a.kind) {
    case 'propose':
      return propose(m, u, a.spec);
    case 'submit':
      return submit(m, u);
    case 'opinion':
      return giveOpinion(m, u, a.conclusion, a.stale);
    case 'disagree':
      return disagree(m, u);
    case 'discuss':
      return discuss(m, u, a.outcome, a.participants, a.agree);
    case 'decide':
      return decide(m, u, a.content);
  }
}

// ---------------------------------------------------------------------------------------------
// the oracle

interface Verdict {
  decided: boolean;
  basis?: ClearanceBasis;
}

function checkInvariants(m: Model): Verdict {
  const log = m.log;
  const proposals = log.filter((x) => x.e === 'proposal');
  const submissions = log.filter((x) => x.e === 'submitted');
  const opinions = log.filter((x) => x.e === 'opinion');
  const discussions = log.filter((x) => x.e === 'discussion');
  const decisions = log.filter((x) => x.e === 'decision');

  // the catalog judged every version as the oracle does
  for (const p of proposals) {
    expect(p.required, `proposal v${p.version} required`).toBe(p.expectRequired);
    expect(p.collective, `proposal v${p.version} marked for 集体讨论`).toBe(p.expectCollective);
  }
  // 行政处罚法 §58: a 集体讨论 decides as proposed against the last review of that version only where a provision allows it
  for (const x of discussions) {
    if (x.outcome !== 'decide-as-proposed') continue;
    const last = opinions
      .filter((o) => o.seq < x.seq && submissions.find((sub) => sub.round === o.round)?.version === x.version)
      .sort((a, b) => b.seq - a.seq)[0];
    if (last && !last.agree)
      expect(m.sc.overrideBasis, `集体讨论 (record ${x.seq}) decided against a failed review without a provision`).not.toBeNull();
  }

  // R-REV-3 for every case, decided or not: handlers and reviewers are disjoint; a reviewer took no other step
  const handlers = new Set<string>([...m.sc.officers, ...proposals.map((p) => p.by), ...submissions.map((s) => s.by)]);
  const reviewers = new Set<string>(opinions.map((o) => o.by));
  const via = viaReviewSteps(m.def);
  const decisionSteps = new Set(m.def.steps.filter((s) => s.gate === 'legal-review').map((s) => s.code));
  const otherActors = new Set(m.caseView.steps.filter((s) => !via.has(s.code) && !decisionSteps.has(s.code)).map((s) => s.actorId));
  for (const r of reviewers) {
    expect(handlers.has(r), `reviewer ${r} is also a handler`).toBe(false);
    expect(otherActors.has(r), `reviewer ${r} also took a non-review step of the case`).toBe(false);
  }

  expect(decisions.length).toBeLessThanOrEqual(1);
  expect(m.review.decided).toBe(decisions.length === 1);
  const d = decisions[0];
  if (!d) return { decided: false };

  // (1) the exact final version, with exactly its content
  const final = proposals.at(-1);
  expect(final, 'a decision without any proposal').toBeDefined();
  if (!final) return { decided: true };
  expect(final.seq).toBeLessThan(d.seq);
  expect(d.step).toBe(final.content.step);
  expect(canonicalJson(d.inputs)).toBe(canonicalJson(final.content.decision));
  const clearing: { seq: number; basis: ClearanceBasis; chair?: UserId }[] = [];
  if (!final.expectRequired) clearing.push({ seq: final.seq, basis: 'not-required' });
  for (const o of opinions) {
    const s = submissions.find((x) => x.round === o.round)!;
    const withdrawnBefore = log.some((x) => x.e === 'withdrawn' && x.round === o.round && x.seq < o.seq);
    if (o.agree && s.version === final.version && s.seq > final.seq && o.seq > s.seq && o.seq < d.seq && !withdrawnBefore) {
      clearing.push({ seq: o.seq, basis: 'review-passed' });
    }
  }
  for (const x of discussions) {
    if (x.outcome === 'decide-as-proposed' && x.version === final.version && x.seq > final.seq && x.seq < d.seq)
      clearing.push({ seq: x.seq, basis: 'collective', chair: x.by });
  }
  expect(clearing.length, `decision on v${final.version} without a clearance of it`).toBeGreaterThan(0);
  const cleared = clearing.sort((a, b) => b.seq - a.seq)[0]!;
  const revisedAfter = discussions.some(
    (x) => x.outcome === 'revise' && x.version === final.version && x.seq > cleared.seq && x.seq < d.seq,
  );
  expect(revisedAfter, `v${final.version} was sent back for revision after its clearance`).toBe(false);
  // what the gate let through is that clearance of that version
  expect(d.gate.proposal.version).toBe(final.version);
  expect(d.gate.proposal.hashHex).toBe(proposalHash(final.content).toString('hex'));
  expect(d.gate.clearance.proposalVersion).toBe(final.version);
  expect(d.gate.clearance.hashHex).toBe(d.gate.proposal.hashHex);
  expect(d.gate.clearance.basis).toBe(cleared.basis);
  // §57 二款: a version marked for 集体讨论 is decided on the heads' discussion, not the review alone
  if (final.expectCollective) expect(cleared.basis, `v${final.version} needs 集体讨论`).toBe('collective');

  // (2) the approver is neither handler nor reviewer, and is a head
  expect(USERS[d.by].roles).toContain('head');
  expect(handlers.has(d.by), `approver ${d.by} is a handler`).toBe(false);
  expect(reviewers.has(d.by), `approver ${d.by} is a reviewer`).toBe(false);
  if (cleared.chair) {
    expect(handlers.has(cleared.chair), `chair ${cleared.chair} is a handler`).toBe(false);
    expect(reviewers.has(cleared.chair), `chair ${cleared.chair} is a reviewer`).toBe(false);
  }
  return { decided: true, basis: cleared.basis };
}

// ---------------------------------------------------------------------------------------------
// generators

/** Mostly someone who might plausibly act, sometimes anyone at all. */
const byOneOf = (plausible: UserId[]): fc.Arbitrary<UserId> =>
  fc.oneof({ arbitrary: fc.constantFrom(...plausible), weight: 5 }, { arbitrary: fc.constantFrom(...ALL_USERS), weight: 1 });

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  procedure: fc.constantFrom<ProcedureCode>('penalty-general', 'license'),
  officers: fc.shuffledSubarray(OFFICER_SIDE, { minLength: 2, maxLength: 3 }),
  partyKind: fc.constantFrom<'person' | 'org'>('person', 'org'),
  hearing: fc.boolean(),
  hostPick: fc.nat({ max: 20 }),
  maxRounds: fc.constantFrom(1, 2, 2, 3),
  r2EarlierReviews: fc.constantFrom(0, 4),
  overrideBasis: fc.constantFrom<string | null>(null, null, '《河北省行政执法监督条例》第二十条'),
});

const specArb: fc.Arbitrary<ProposalSpec> = fc.record({
  pick: fc.constantFrom<ProposalSpec['pick']>(0, 1, 2, 3),
  caseAmount: fc.constantFrom(null, 20000, 20000, 150000),
  severe: fc.constantFrom(false, false, false, true),
  flag: fc.constantFrom<CaseFlag | null>(null, null, null, 'complex', 'publicInterest'),
  discretion: fc.boolean(),
  invalidStep: fc.constantFrom(false, false, false, false, false, false, false, true),
});

/** Acts of one case: proposing and submitting mostly by its own officers, but anyone may try anything. */
function actArbs(sc: Scenario) {
  const handlerSide = byOneOf([...sc.officers, ...sc.officers, ...OFFICER_SIDE]);
  const propose: fc.Arbitrary<Act> = fc.record({ kind: fc.constant('propose' as const), by: handlerSide, spec: specArb });
  const submit: fc.Arbitrary<Act> = fc.record({ kind: fc.constant('submit' as const), by: handlerSide });
  const opinion: fc.Arbitrary<Act> = fc.record({
    kind: fc.constant('opinion' as const),
    by: byOneOf(REVIEWER_SIDE),
    conclusion: fc.constantFrom<'agree' | 'problems' | 'inconsistent'>('agree', 'agree', 'agree', 'problems', 'problems', 'inconsistent'),
    stale: fc.constantFrom(false, false, false, false, true),
  });
  const disagree: fc.Arbitrary<Act> = fc.record({ kind: fc.constant('disagree' as const), by: handlerSide });
  const discuss: fc.Arbitrary<Act> = fc
    .record({
      kind: fc.constant('discuss' as const),
      by: byOneOf(HEAD_SIDE),
      outcome: fc.constantFrom<DiscussionOutcome>('decide-as-proposed', 'decide-as-proposed', 'revise', 'further-review'),
      participants: fc.constantFrom(2, 3, 3, 5),
      agreeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ agreeShare, ...x }): Act => ({ ...x, agree: Math.round(agreeShare * x.participants) }));
  const decide: fc.Arbitrary<Act> = fc.record({
    kind: fc.constant('decide' as const),
    by: byOneOf(HEAD_SIDE),
    content: fc.constantFrom<DecisionContent>('as-proposed', 'as-proposed', 'empty', 'whitespace', 'altered', 'other-step'),
  });
  const any = fc.oneof(propose, submit, opinion, disagree, discuss, decide);
  // for the 集体讨论 runs: a review that finds problems, a discussion that means to decide as proposed
  const returning: fc.Arbitrary<Act> = fc.record({
    kind: fc.constant('opinion' as const),
    by: byOneOf(REVIEWER_SIDE),
    conclusion: fc.constantFrom<'agree' | 'problems' | 'inconsistent'>('problems', 'problems', 'problems', 'agree'),
    stale: fc.constantFrom(false, false, false, false, true),
  });
  const proceeding: fc.Arbitrary<Act> = fc.record({
    kind: fc.constant('discuss' as const),
    by: byOneOf(HEAD_SIDE),
    outcome: fc.constantFrom<DiscussionOutcome>(
      'decide-as-proposed',
      'decide-as-proposed',
      'decide-as-proposed',
      'revise',
      'further-review',
    ),
    participants: fc.constantFrom(3, 5),
    agree: fc.constantFrom(1, 2, 3, 3),
  });
  return { propose, submit, opinion, disagree, discuss, decide, any, returning, proceeding };
}

/**
 * A sequence is made of chunks: single acts of any kind, or short runs in the order a case usually
 * takes (propose → submit → opinion, problems → disagree → 集体讨论 → decide …), each act still by a
 * random person with random content. Purely uniform acts almost never get as far as a decision.
 */
function actsArb(sc: Scenario): fc.Arbitrary<Act[]> {
  const a = actArbs(sc);
  const chunk: fc.Arbitrary<Act[]> = fc.oneof(
    { weight: 4, arbitrary: a.any.map((x) => [x]) },
    { weight: 3, arbitrary: fc.tuple(a.propose, a.submit, a.opinion) },
    { weight: 2, arbitrary: fc.tuple(a.submit, a.opinion, a.decide) },
    { weight: 1, arbitrary: fc.tuple(a.propose, a.decide) },
    { weight: 2, arbitrary: fc.tuple(a.opinion, a.disagree, a.discuss, a.decide) },
    { weight: 1, arbitrary: fc.tuple(a.discuss, a.decide) },
    { weight: 2, arbitrary: fc.tuple(a.submit, a.returning, a.disagree, a.proceeding, a.decide) },
  );
  return fc.array(chunk, { minLength: 1, maxLength: 12, size: 'max' }).map((chunks) => chunks.flat().slice(0, 25));
}

const runArb = scenarioArb.chain((sc) => fc.tuple(fc.constant(sc), actsArb(sc)));

// ---------------------------------------------------------------------------------------------

const NUM_RUNS = 5000;

describe('R-REV-2, R-REV-3 重大执法决定法制审核: random action sequences against the real review guards and engine', () => {
  it('R-REV-2, R-REV-3: thousands of random action sequences never yield a decision without a passed review of its exact final version, nor one person in two roles', () => {
    const stats = {
      sequences: 0,
      acts: 0,
      accepted: {} as Record<string, number>,
      refused: {} as Record<string, number>,
      separation: {} as Record<string, number>,
      decidedSequences: 0,
      byBasis: {} as Record<string, number>,
      byProcedure: {} as Record<string, number>,
      /** 集体讨论 chairs refused as reviewers of the same case (审、定分离) */
      chairRefusedAsReviewer: 0,
    };
    const bump = (o: Record<string, number>, k: string) => {
      o[k] = (o[k] ?? 0) + 1;
    };
    const started = performance.now();

    fc.assert(
      fc.property(runArb, ([sc, acts]) => {
        let m = setup(sc);
        for (const a of acts) {
          stats.acts++;
          try {
            m = apply(m, a);
            bump(stats.accepted, a.kind);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            // refused: `m` is kept as it was (each act builds a new model; the old one is frozen)
            bump(stats.refused, `${a.kind}:${e.code}`);
            if (e.code === 'SEPARATION_OF_DUTIES') bump(stats.separation, `${a.kind}:${String(e.details?.['rule'])}`);
            if (e.details?.['rule'] === 'reviewer-not-approver') stats.chairRefusedAsReviewer++;
          }
        }
        const v = checkInvariants(m);
        stats.sequences++;
        const reviewers = new Set(m.log.flatMap((x) => (x.e === 'opinion' ? [x.by] : [])));
        // 审、定分离 in either order: nobody both chairs a 集体讨论 of the case and reviews it
        expect(m.log.some((x) => x.e === 'discussion' && reviewers.has(x.by))).toBe(false);
        if (v.decided) {
          stats.decidedSequences++;
          bump(stats.byBasis, v.basis ?? 'none');
          bump(stats.byProcedure, sc.procedure);
        }
      }),
      { numRuns: NUM_RUNS },
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `R-REV-2/3 property: ${stats.sequences} sequences, ${stats.acts} acts in ${seconds} s; decided ${stats.decidedSequences} ` +
        `${JSON.stringify(stats.byBasis)} ${JSON.stringify(stats.byProcedure)}; 集体讨论 chairs refused as reviewers: ${stats.chairRefusedAsReviewer}\naccepted ${JSON.stringify(stats.accepted)}\nrefused ${JSON.stringify(stats.refused)}\nseparation ${JSON.stringify(stats.separation)}`,
    );

    // not vacuous: decisions on every kind of clearance, and the refusals that matter, did happen
    expect(stats.sequences).toBe(NUM_RUNS);
    expect(stats.decidedSequences).toBeGreaterThan(NUM_RUNS / 20);
    for (const basis of ['review-passed', 'collective', 'not-required'] as const)
      expect(stats.byBasis[basis] ?? 0, basis).toBeGreaterThan(0);
    for (const key of [
      'decide:REVIEW_REQUIRED',
      'decide:REVIEW_STALE',
      'decide:SEPARATION_OF_DUTIES',
      'decide:FORBIDDEN_ROLE',
      'opinion:REVIEW_STALE',
      'opinion:SEPARATION_OF_DUTIES',
      'opinion:VALIDATION_FAILED',
      'submit:REVIEW_STATE',
      'propose:FORBIDDEN_ROLE',
      'propose:VALIDATION_FAILED',
      'discuss:SEPARATION_OF_DUTIES',
      'discuss:REVIEW_STATE',
      'disagree:REVIEW_STATE',
    ]) {
      expect(stats.refused[key] ?? 0, key).toBeGreaterThan(0);
    }
    for (const rule of [
      'decide:approver-not-reviewer',
      'decide:approver-not-handler',
      'opinion:reviewer-role',
      'opinion:reviewer-not-handler',
      'opinion:first-review-legal-qualification',
    ]) {
      expect(stats.separation[rule] ?? 0, rule).toBeGreaterThan(0);
    }
  });
});
