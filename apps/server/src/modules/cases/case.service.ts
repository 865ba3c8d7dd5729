import type { Expression, Kysely, Transaction } from 'kysely';
import {
  requirementFor,
  assertCaseFileComplete,
  DomainError,
  RULE_PACKS,
  chinaDate,
  computeDeadlines,
  decideStep,
  findRulePack,
  getProcedure,
  isTerminal,
  type CaseView,
  type Role,
  type CaseFileCheckItem,
  type DecisionProposal,
  type MediaKind,
  type StepDef,
  type DeadlineStatus,
  type Inputs,
  type OfficerView,
  type ProcedureDef,
  type RulePack,
  type TakenStep,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { appendEntry, appendEntryGuarded, type CaseChange, type CaseLogEntry, type StepData } from './case-log.ts';
import { onlyRenderedSince } from './case.reads.ts';
import { agencyRecordingList, mediaForStep } from './recording-rules.ts';
import {
  loadCaseOfficers,
  readCaseForStep,
  readCaseForStepLocked,
  readCaseForStepVia,
  readSteps,
  stepsOfEvents,
  type SqlPool,
  type StepRow,
} from './case.repository.ts';
import { regionPath } from '../org/org.queries.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

export interface CaseDeps {
  db: Kysely<Database>;
  /** the same database's pool, for the prepared statements of the hot path */
  pool: SqlPool;
  clock: Clock;
  calendar: () => WorkingCalendar;
  /** R-PUB-3: told when a step that is a 执法决定 to publish was taken (creates its publication record) */
  onPublishingStep?: ((caseId: string) => Promise<void>) | undefined;
  /**
   * R-REV-2: the legal-review gate of a decision step for this case and actor (the review module's
   * decisionGate, handed in by app.ts). Required: without it no gated step can be decided.
   */
  decisionGate: DecisionGateSource;
  /** R-REC-6: the case file checked against the agency's 案卷标准 before archiving (casefile's caseFileStatus). */
  caseFileStatus: (db: Kysely<Database>, caseId: string) => Promise<{ items: CaseFileCheckItem[] }>;
  /** R-REC-3: the media bound to a step of the case and recorded after `after` (evidence's mediaOfStepRecordedAfter). */
  stepMedia: StepMediaSource;
}

/** The review record's answer for one decision: the engine's gate callback, the pass the entry carries, the cleared proposal. */
export interface DecisionGate {
  check: (step: StepDef, inputs: Inputs) => void;
  passed: () => { clearanceId: string; proposalVersion: number; proposalSha256: string } | null;
  proposed: () => DecisionProposal | undefined;
}

export type DecisionGateSource = (
  db: Kysely<Database>,
  caseId: string,
  agencyId: string,
  actor: { userId: string; name: string; roles: readonly Role[] },
) => Promise<DecisionGate>;

export type StepMediaSource = (db: Kysely<Database>, caseId: string, step: string, after: Expression<Date>) => Promise<MediaKind[]>;

/** Steps taken so far on a case (for other modules, which may not read this module's tables). */
export function caseSteps(db: Kysely<Database>, caseId: string) {
  return readSteps(db, caseId);
}

/** A case's officers, its steps and its region's path up to the root: what the pre-checks read. */
export async function caseFacts(db: Kysely<Database>, caseId: string, regionCode: string) {
  const [steps, officers, path] = await Promise.all([readSteps(db, caseId), loadCaseOfficers(db, caseId), regionPath(db, regionCode)]);
  return { steps, officers, regionPath: path };
}

export function procedureOrThrow(code: string): ProcedureDef {
  const def = getProcedure(code);
  if (!def) throw new DomainError('VALIDATION_FAILED', `未知的执法程序「${code}」`, { procedure: code });
  return def;
}

export function packOrThrow(id: string): RulePack {
  const pack = findRulePack(RULE_PACKS, id);
  if (!pack) throw new Error(`rule pack ${id} is missing from this build`);
  return pack;
}

export function actorView(actor: Actor) {
  return { userId: actor.userId, name: actor.name, roles: actor.roles, party: actor.party !== undefined };
}

/** The earliest due date among running deadlines: what the overdue lists sort and filter on. */
export function nextDue(deadlines: readonly DeadlineStatus[]): string | null {
  let min: string | null = null;
  for (const d of deadlines) if ((d.state === 'running' || d.state === 'overdue') && d.dueOn && (!min || d.dueOn < min)) min = d.dueOn;
  return min;
}

export interface TakeStepInput {
  step: string;
  inputs: Inputs;
  /** optimistic concurrency: the version the person was looking at */
  expectedVersion?: number | undefined;
}

/**
 * Takes one step of a case's procedure. Everything is checked server-side by the engine (role,
 * officers' certificates, inputs, order, guards); the new state, the recomputed deadlines and the
 * event entry are written by one statement guarded by the version that was read (optimistic
 * concurrency: two round trips, no lock held while the rules run). If another step landed in
 * between, the case is read again and the decision taken again on the new state.
 */
export async function takeStep(
  deps: CaseDeps,
  actor: Actor,
  caseId: string,
  input: TakeStepInput,
): Promise<{ version: number; state: string }> {
  const visible = agenciesFor(actor, 'case.read');
  for (let attempt = 0; attempt < 8; attempt++) {
    const now = deps.clock.now();
    const today = chinaDate(now);
    const row = await readCaseForStep(deps.pool, caseId, visible);
    authorize(actor, 'case.step', { agencyId: row?.agency_id });
    if (!row) throw new DomainError('NOT_FOUND', '案件不存在');
    // the version the person decided on: entries since that record only a document's files (made after
    // its filing, in the background) change nothing they saw, so they do not make the form stale
    if (
      input.expectedVersion !== undefined &&
      input.expectedVersion !== row.version &&
      (input.expectedVersion > row.version || !(await onlyRenderedSince(deps.db, caseId, input.expectedVersion)))
    ) {
      throw new DomainError('CONFLICT', '案件已被他人更新，请刷新后重试', { version: row.version });
    }
    const def = procedureOrThrow(row.procedure_code);
    const caseView = await caseViewOf(deps, row);
    const requirement = requirementFor(await agencyRecordingList(deps.db, row.agency_id), def.code, input.step);
    const recording = { requirement, media: requirement ? await mediaForStep(deps.stepMedia, deps.db, caseId, input.step) : [] };
    // R-REV-2: a decision step asks the legal-review record first; with no inputs it takes the cleared proposal's
    const gated = def.steps.find((s) => s.code === input.step)?.gate === 'legal-review';
    const gate = gated ? await deps.decisionGate(deps.db, caseId, row.agency_id, actorView(actor)) : null;
    const proposed = gate?.proposed();
    const raw = gate && Object.keys(input.inputs).length === 0 && proposed?.step === input.step ? proposed.decision : input.inputs;
    const { decision, change } = decide(def, caseView, actor, input.step, raw, {
      today,
      now: now.toISOString(),
      calendar: deps.calendar(),
      recording,
      ...(gate ? { gate: gate.check } : {}),
    });
    const pass = gate?.passed();
    // the party acting online is named in the entry (the actor is the agency's party channel)
    const online = actor.party
      ? { onlineParty: { partyId: actor.party.partyId, name: actor.party.name, accessId: actor.party.accessId } }
      : {};
    // R-REC-6: archiving locks the case, so its file must meet the agency's 案卷标准 first
    const archiving = decision.step.code === 'archive';
    if (archiving) assertCaseFileComplete((await deps.caseFileStatus(deps.db, caseId)).items);
    const written = await appendEntryGuarded(
      deps.pool,
      { caseId, agencyId: row.agency_id, seq: row.last_event_seq, hash: row.last_event_hash },
      row.version,
      stepEntry(actor, now, decision, { ...decision.inputs, ...(pass ? { review: pass } : {}), ...online }),
      { ...change, ...(archiving ? { archivedAt: now } : {}) },
    );
    if (written) {
      if (decision.step.publish) await deps.onPublishingStep?.(caseId);
      return { version: row.version + 1, state: decision.to };
    }
    // someone's entry landed in between: read again (the check above refuses it unless it only recorded files)
  }
  throw new DomainError('CONFLICT', '案件正被频繁更新，请稍后重试');
}

/** The case as the engine sees it (domain CaseView), from the row read for a step. */
export async function caseViewOf(deps: Pick<CaseDeps, 'db'>, row: StepRow): Promise<CaseView> {
  const officers: OfficerView[] = row.officers.map((o) => ({ userId: o.userId, name: o.name, certificate: o.cert }));
  return {
    procedure: row.procedure_code,
    state: row.state,
    partyKind: row.party_kind,
    field: row.field,
    regionPath: await regionPathCached(deps, deps.db, row.region_code),
    officers,
    steps: stepsOfEvents(row.steps),
    rulePack: packOrThrow(row.rule_pack_id),
  };
}

/** The engine's view of a case the actor may see, for another module's check against the procedure (who may issue a document, and when). */
export async function engineViewOf(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<{ procedure: ProcedureDef; view: CaseView } | undefined> {
  const row = await readCaseForStepVia(db, caseId, agenciesFor(actor, 'case.read'));
  if (!row) return undefined;
  return { procedure: procedureOrThrow(row.procedure_code), view: await caseViewOf({ db }, row) };
}

/** Regions do not change while the server runs: each database's ancestor chains are cached. */
const pathCaches = new WeakMap<object, Map<string, string[]>>();
export async function regionPathCached(deps: Pick<CaseDeps, 'db'>, tx: Parameters<typeof regionPath>[0], code: string): Promise<string[]> {
  let cache = pathCaches.get(deps.db);
  if (!cache) pathCaches.set(deps.db, (cache = new Map()));
  const hit = cache.get(code);
  if (hit) return hit;
  const path = await regionPath(tx, code);
  if (cache.size > 10_000) cache.clear();
  cache.set(code, path);
  return path;
}

/**
 * A step taken by the legal-review module (提交审核, 审核意见, 集体讨论) inside its own transaction,
 * so the review record and the case's state change commit together. The case row is locked.
 */
export async function takeStepInTx(
  tx: Transaction<Database>,
  deps: Pick<CaseDeps, 'db' | 'clock' | 'calendar'>,
  actor: Actor,
  caseId: string,
  stepCode: string,
  rawInputs: Inputs,
): Promise<{ seq: number; state: string }> {
  const now = deps.clock.now();
  // the caller has passed the access rule of its own act (review.act for a decision after 法制审核)
  const row = await readCaseForStepLocked(tx, caseId, agenciesFor(actor, 'case.read'));
  if (!row) throw new DomainError('NOT_FOUND', '案件不存在');
  const def = procedureOrThrow(row.procedure_code);
  const { decision, change } = decide(def, await caseViewOf(deps, row), actor, stepCode, rawInputs, {
    today: chinaDate(now),
    now: now.toISOString(),
    calendar: deps.calendar(),
    viaReview: true,
  });
  const { seq } = await appendEntry(
    tx,
    { caseId, agencyId: row.agency_id, seq: row.last_event_seq, hash: row.last_event_hash },
    stepEntry(actor, now, decision, decision.inputs),
    change,
  );
  return { seq, state: decision.to };
}

type StepDecision = ReturnType<typeof decideStep>;

/**
 * The engine's decision on one step (R-X-1: role, certificates, inputs, order, guards) and what it
 * changes on the case row: the new state and the earliest deadline after it. One place for both
 * ways a step is taken (over HTTP, and by legal review inside its own transaction).
 */
function decide(
  def: ProcedureDef,
  caseView: CaseView,
  actor: Actor,
  stepCode: string,
  raw: Inputs,
  ctx: Parameters<typeof decideStep>[5],
): { decision: StepDecision; change: Required<Pick<CaseChange, 'state' | 'terminal' | 'nextDueOn'>> } {
  const decision = decideStep(def, caseView, actorView(actor), stepCode, raw, ctx);
  const taken: TakenStep = { code: decision.step.code, on: ctx.today, actorId: actor.userId, inputs: decision.inputs };
  const deadlines = computeDeadlines(def, { steps: [...caseView.steps, taken], rulePack: caseView.rulePack }, ctx.calendar, ctx.today);
  return { decision, change: { state: decision.to, terminal: isTerminal(def, decision.to), nextDueOn: nextDue(deadlines) } };
}

function stepEntry(actor: Actor, at: Date, decision: StepDecision, data: StepData): CaseLogEntry {
  return {
    kind: 'case.step',
    actorId: actor.userId,
    at,
    transition: { step: decision.step.code, from: decision.from, to: decision.to },
    data,
  };
}
