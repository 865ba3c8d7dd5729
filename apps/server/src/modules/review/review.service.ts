import { createHash, randomUUID } from 'node:crypto';
import {
  proposalInWords,
  DomainError,
  assertCanDisagree,
  assertCanPropose,
  assertCanSubmit,
  decisionAhead,
  assertResubmissionChanged,
  canonicalJson,
  catalogFacts,
  chinaDate,
  diffProposals,
  evaluateCatalog,
  handlerIds,
  normaliseProposal,
  precheck,
  proposalHash,
  reviewPhase,
  type DecisionProposal,
  type DiscretionVerdictCore,
  type Finding,
  type ProcedureDef,
  sanctionsOf,
  sanctionsText,
  type SanctionItem,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { agencyById } from '../org/org.queries.ts';
import { fileDocument, prepareDocument } from '../documents/document.service.ts';
import { scheduleRender } from '../documents/document.render.ts';
import { caseFacts, caseSteps, takeStepInTx } from '../cases/case.service.ts';
import { evidenceEntries } from '../cases/case.reads.ts';
import { REVIEW_DOCUMENT_KINDS } from './review.kinds.ts';
import { caseViewOf, hasStep, recordReviewEvent, reviewCase, type ReviewCase, type ReviewDeps } from './review.context.ts';

/** 类案: one of the agency's decided cases like this one (the discretion module finds them). */
export interface SimilarDecision {
  caseId: string;
  caseNumber: string;
  title: string;
  decidedOn: string;
  violation: string | null;
  grade: string | null;
  fineAmount: number | null;
  penalty: string;
  facts: string;
  similarity: number;
  sameViolation: boolean;
}

/** A discretion benchmark's verdict on a proposal (R-REV-10), when the agency has one for the violation: the benchmarks' version, the verdict and the 类案. */
export type DiscretionVerdict = DiscretionVerdictCore & { version: number; similar: SimilarDecision[] };

export type DiscretionCheck = (agencyId: string, p: DecisionProposal, caseId?: string) => Promise<DiscretionVerdict | null>;

export interface ProposeDeps extends ReviewDeps {
  discretion?: DiscretionCheck;
}

function hearingHeld(steps: readonly { code: string }[]): boolean {
  return steps.some((s) => s.code === 'hold-hearing' || s.code === 'hearing');
}

/** A short text of what is proposed, for the step entries and the 意见书. */
export function proposalSummary(c: ReviewCase, p: DecisionProposal): string {
  // in sentences, as the 决定书 will read (the 法制审核意见书 and 集体讨论记录 print it)
  return proposalInWords(
    c.def.steps.find((s) => s.code === p.step),
    p.step,
    p.decision,
  ).slice(0, 20000);
}

/**
 * 提出（修改）拟作出的决定 (R-REV-1, R-REV-2): the handler states the decision exactly as it would
 * be made; the catalog is evaluated and the rules that fired are kept with the version. A version
 * that needs no review is cleared at once; a new version after submission or clearance withdraws
 * the pending round and sends the case back to review.
 */
export async function propose(deps: ProposeDeps, actor: Actor, caseId: string, raw: Record<string, unknown>) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.act');
  const { state } = c.review;
  const proposal = normaliseProposal(c.def, raw);
  const step = c.def.steps.find((s) => s.code === proposal.step)!;
  assertCanPropose(state, actor, { step: step.code, name: step.name, ahead: decisionAhead(c.def, c.state, step.code) });
  const steps = await caseSteps(deps.db, caseId);
  const evaluation = evaluateCatalog(c.catalog, catalogFacts(c.def, proposal, { partyKind: c.partyKind, hearingHeld: hearingHeld(steps) }));
  const discretion = deps.discretion ? await deps.discretion(c.agencyId, proposal, caseId) : null;
  const hash = proposalHash(proposal);
  const previous = c.review.latest;
  const changes = previous ? diffProposals(c.def, previous, proposal) : [];
  if (previous && changes.length === 0) throw new DomainError('VALIDATION_FAILED', '拟作出的决定与上一版相同，无需修改');
  const version = (state.proposals.at(-1)?.version ?? 0) + 1;
  const now = deps.clock.now();
  const wasPending = state.rounds.at(-1)?.status === 'pending';
  return deps.db.transaction().execute(async (tx) => {
    const seq = await recordReviewEvent(tx, actor, c, 'review.proposal', now, {
      version,
      proposal,
      proposalSha256: hash.toString('hex'),
      catalogVersion: c.catalogVersion,
      evaluation,
      discretion,
      changes,
    });
    if (wasPending) {
      await tx
        .updateTable('review_rounds')
        .set({ status: 'withdrawn', closed_at: now })
        .where('case_id', '=', caseId)
        .where('status', '=', 'pending')
        .execute();
    }
    if (hasStep(c.def, 'revise-proposal', c.state)) {
      await takeStepInTx(tx, deps, actor, caseId, 'revise-proposal', {
        proposalVersion: String(version),
        changes: changes.map((ch) => ch.label).join('、') || '修改拟作出的决定',
      });
    }
    await tx
      .insertInto('case_proposals')
      .values({
        case_id: caseId,
        version,
        proposal: JSON.stringify(proposal),
        proposal_hash: hash,
        catalog_version: c.catalogVersion,
        evaluation: JSON.stringify(evaluation),
        discretion: discretion ? JSON.stringify(discretion) : null,
        event_seq: seq,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    if (!evaluation.required) {
      await tx
        .insertInto('review_clearances')
        .values({
          id: randomUUID(),
          case_id: caseId,
          proposal_version: version,
          proposal_hash: hash,
          basis: 'not-required',
          opinion_id: null,
          discussion_id: null,
          handler_ids: [...new Set([...handlerIds(state), actor.userId])],
          reviewer_ids: [],
          event_seq: seq,
          created_at: now,
        })
        .execute();
    }
    return { version, proposalSha256: hash.toString('hex'), catalogVersion: c.catalogVersion, evaluation, discretion, changes };
  });
}

export interface SubmissionInput {
  /** 案件基本情况 */
  summary: string;
  /** 违法事实 / 认定的事实 */
  facts: string;
  /** 法律依据 */
  legalBasis: string;
  /** 证据: entries of the case's record (evidence, documents) with what each proves; default all */
  evidence?: { eventSeq: number; proves?: string }[] | undefined;
  /** 裁量说明 */
  discretionReasoning?: string | undefined;
  /** 听证材料, when a hearing was held (default: the hearing's own record) */
  hearingRecord?: string | undefined;
  /** 承办人意见 */
  handlerOpinion?: string | undefined;
}

/** A step input's value as the engine keeps it (engine.ts#normaliseValue): text, dates and choices as strings, money as numbers, yes/no as booleans, officers as user ids. */
export type InputValue = string | number | boolean | string[];

/** A proposal as normalised and stored: its decision holds the decision step's inputs as the engine normalised them. */
export type StoredProposal = DecisionProposal & { decision: Record<string, InputValue> };

/** 送审材料: what the reviewer reads, frozen and hashed at submission (R-REV-4). */
export interface ReviewMaterials {
  case: { number: string; title: string; party: string };
  summary: string;
  facts: string;
  legalBasis: string;
  evidence: EvidenceRef[];
  proposal: { version: number; sha256: string; content: StoredProposal };
  discretion: { reasoning: string; benchmark: DiscretionVerdict | null };
  /** 听证笔录和听证报告, when a hearing was held */
  hearing: string | null;
  handlerOpinion: string;
}

interface EvidenceRef {
  eventSeq: number;
  kind: string;
  title: string;
  entrySha256: string;
  proves: string;
}

async function evidenceRefs(
  deps: ReviewDeps,
  def: ProcedureDef,
  caseId: string,
  wanted: SubmissionInput['evidence'],
): Promise<{ refs: EvidenceRef[]; unknown: number[] }> {
  // 证据 (行政处罚法 §46): 音像记录 and 文书 bound to the case, and the steps whose own record is
  // evidence (现场笔录, 询问笔录, 听证笔录 …), each by its ledger entry.
  const evidenceSteps = new Map(def.steps.filter((s) => s.evidence).map((s) => [s.code, s]));
  const rows = (await evidenceEntries(deps.db, caseId, [...evidenceSteps.keys()])).filter(
    (r) =>
      (r.kind !== 'case.step' || evidenceSteps.has(r.step ?? '')) &&
      // the review's own papers (法制审核送审表, 法制审核意见书, 集体讨论记录) are no evidence of the facts
      (r.kind !== 'case.document' || !REVIEW_DOCUMENT_KINDS.includes(String((r.inputs as { kind?: unknown }).kind))),
  );
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  const picks = wanted ?? rows.map((r) => ({ eventSeq: r.seq, proves: undefined }));
  const refs: EvidenceRef[] = [];
  const unknown: number[] = [];
  for (const w of picks) {
    const r = bySeq.get(w.eventSeq);
    if (!r) {
      unknown.push(w.eventSeq);
      continue;
    }
    const i = r.inputs as Record<string, unknown>;
    const step = r.kind === 'case.step' ? evidenceSteps.get(r.step ?? '') : undefined;
    const text = (k: string) => (typeof i[k] === 'string' ? (i[k] as string) : '');
    refs.push({
      eventSeq: r.seq,
      kind: step ? step.evidence! : r.kind === 'case.evidence' ? '音像记录' : '执法文书',
      title: step
        ? [step.name, text('place') || text('person')].filter(Boolean).join('：')
        : String(r.kind === 'case.evidence' ? i['filename'] : i['title']),
      entrySha256: r.hash.toString('hex'),
      proves: (w.proves ?? (text('provesWhat') || text('findings') || text('summary') || text('items'))).trim(),
    });
  }
  return { refs, unknown };
}

export function materialsHash(materials: unknown): Buffer {
  return createHash('sha256').update('sanxiang/review-materials/v1\n').update(canonicalJson(materials)).digest();
}

/**
 * 提交法制审核 (R-REV-4): the 送审材料 are checked for completeness, frozen and hashed; the system's
 * pre-checks are run and kept with them; the round gets its due date in working days.
 */
export async function submitForReview(deps: ProposeDeps, actor: Actor, caseId: string, input: SubmissionInput) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.act');
  const p = assertCanSubmit(c.review.state, actor);
  const proposal = c.review.latest!;
  const { steps, officers, regionPath: path } = await caseFacts(deps.db, caseId, c.regionCode);
  const { refs, unknown } = await evidenceRefs(deps, c.def, caseId, input.evidence);
  const held = hearingHeld(steps);
  const hearing = held
    ? input.hearingRecord?.trim() || String(steps.findLast((s) => s.code === 'hold-hearing')?.inputs['record'] ?? '')
    : null;
  const discretion = deps.discretion ? await deps.discretion(c.agencyId, proposal, caseId) : null;
  const reasoning = (input.discretionReasoning ?? proposal.discretion?.reasoning ?? '').trim();
  const missing: string[] = [];
  if (!input.summary?.trim()) missing.push('案件基本情况');
  if (!input.facts?.trim()) missing.push('违法事实');
  if (!input.legalBasis?.trim()) missing.push('法律依据');
  if (refs.length === 0) missing.push('证据清单');
  if (unknown.length) missing.push(`证据（本案记录中没有第 ${unknown.join('、')} 条）`);
  if (held && !hearing) missing.push('听证笔录和听证报告');
  if (proposal.sanctions.includes('罚款') && !reasoning) missing.push('裁量说明');
  if (discretion?.reasonRequired && !reasoning) missing.push('超出裁量基准的书面理由');
  if (missing.length) {
    throw new DomainError('REVIEW_MATERIALS_INCOMPLETE', `送审材料不完整：${missing.join('、')}`, { missing });
  }
  const materials: ReviewMaterials = {
    case: { number: c.number, title: c.title, party: c.partyName },
    summary: input.summary.trim(),
    facts: input.facts.trim(),
    legalBasis: input.legalBasis.trim(),
    evidence: refs,
    // normaliseProposal passed the decision through the engine's normaliseInputs
    proposal: { version: p.version, sha256: p.hashHex, content: proposal as StoredProposal },
    discretion: { reasoning, benchmark: discretion },
    hearing,
    handlerOpinion: input.handlerOpinion?.trim() ?? '',
  };
  const hash = materialsHash(materials);
  // a returned proposal goes back only with something changed (the proposal or these materials)
  assertResubmissionChanged(c.review.state, hash.toString('hex'));
  const now = deps.clock.now();
  const today = chinaDate(now);
  const calendar = deps.calendar();
  const agency = await agencyById(deps.db, c.agencyId);
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  const findings: Finding[] = precheck({
    def: c.def,
    case: caseViewOf(c, officers, steps, path),
    proposal,
    calendar,
    today,
    party: { name: c.partyName, address: c.partyAddress },
    agency: { name: agency.name, holdsKind: agency.procedure_kinds.includes(c.def.kind), holdsField: agency.fields.includes(c.field) },
    evidenceCount: refs.length,
    discretion: discretion ? { inRange: discretion.inRange, message: discretion.message, reasonGiven: reasoning !== '' } : null,
  });
  const { reviewDays, remindDays } = c.catalog.settings;
  const dueOn = calendar.tryDueDate(today, { days: reviewDays, unit: 'working' });
  const remindOn = calendar.tryDueDate(today, { days: reviewDays - remindDays, unit: 'working' });
  const round = (c.review.state.rounds.at(-1)?.round ?? 0) + 1;
  // the 法制审核送审表 (R-REV-1, R-REC-2) records the submission: filled with the step's inputs before the
  // transaction (rendering takes time) and filed in it, with the step
  const submitting = hasStep(c.def, 'submit-review', c.state);
  const submitInputs = submitting ? submitStepInputs(c, proposal, round, p.version, hash.toString('hex')) : null;
  const submission = submitInputs
    ? await prepareDocument(
        deps,
        c.agencyId,
        caseId,
        'legal-review-submission',
        {},
        { code: 'submit-review', name: '提交法制审核', on: today, at: now.toISOString(), actorName: actor.name, inputs: submitInputs },
      )
    : null;
  const result = await deps.db.transaction().execute(async (tx) => {
    await recordReviewEvent(tx, actor, c, 'review.submitted', now, {
      round,
      proposalVersion: p.version,
      materialsSha256: hash.toString('hex'),
      materials,
      findings,
      dueOn,
    });
    if (submitInputs) {
      await takeStepInTx(tx, deps, actor, caseId, 'submit-review', submitInputs);
      await fileDocument(tx, deps, { ...actor, agencyId: c.agencyId }, caseId, submission!);
    }
    const id = randomUUID();
    await tx
      .insertInto('review_rounds')
      .values({
        id,
        case_id: caseId,
        agency_id: c.agencyId,
        round,
        proposal_version: p.version,
        materials: JSON.stringify(materials),
        materials_hash: hash,
        prechecks: JSON.stringify(findings),
        submitted_by: actor.userId,
        submitted_at: now,
        due_on: dueOn,
        remind_on: remindOn,
        status: 'pending',
        reviewer_id: null,
        disagreement: null,
        closed_at: null,
      })
      .execute();
    return { id, round, proposalVersion: p.version, materialsSha256: hash.toString('hex'), dueOn, findings };
  });
  if (submission) void scheduleRender(deps, submission.id).catch(() => {});
  return result;
}

/** The inputs of the 提交法制审核 step: the round, the proposal and its sanctions, the materials' hash. */
function submitStepInputs(
  c: Awaited<ReturnType<typeof reviewCase>>,
  proposal: Parameters<typeof proposalSummary>[1],
  round: number,
  version: number,
  materialsSha256: string,
): Record<string, unknown> {
  const fine = proposal.decision['fineAmount'];
  // every sanction goes to the step, so that the engine compares them all with the 告知书 (§45 二款)
  const sanctions = sanctionsOf(proposal.decision, { sanctions: 'sanctions', fine: 'fineAmount', confiscation: 'confiscation' });
  const submitStep = c.def.steps.find((s) => s.code === 'submit-review');
  return {
    round: String(round),
    proposalVersion: String(version),
    materialsSha256,
    proposedDecision: proposalSummary(c, proposal),
    ...(typeof fine === 'number' ? { proposedFine: fine } : {}),
    ...(sanctions.length && submitStep?.inputs.some((i) => i.name === 'proposedSanctions') ? { proposedSanctions: sanctions } : {}),
  };
}

/** The handler disagrees with the returned problems: 集体讨论 decides (R-REV-6). */
export async function disagree(deps: ReviewDeps, actor: Actor, caseId: string, reason: string) {
  const c = await reviewCase(deps.db, actor, caseId, 'review.act');
  const last = assertCanDisagree(c.review.state, actor);
  const text = reason.trim();
  if (!text || text.length > 5000) throw new DomainError('VALIDATION_FAILED', '异议理由不能为空且不超过 5000 字');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await recordReviewEvent(tx, actor, c, 'review.disagreed', now, { round: last.round, reason: text });
    await tx
      .updateTable('review_rounds')
      .set({ disagreed: true, disagreement: text })
      .where('case_id', '=', caseId)
      .where('round', '=', last.round)
      .execute();
  });
  return {
    round: last.round,
    phase: reviewPhase({
      ...c.review.state,
      rounds: c.review.state.rounds.map((r) => (r.round === last.round ? { ...r, disagreed: true } : r)),
    }),
  };
}
