import type { Kysely } from 'kysely';
import { DomainError, OUTCOME_CHANNEL_NAMES, OUTCOME_RESULT_NAMES, chinaDate } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { caseAgency, caseDecidedOn } from '../cases/case.alert-facts.ts';
import { userNamesSubquery } from '../people/people.queries.ts';

/**
 * 行政复议 and 行政诉讼 outcomes on a case's decision (R-X-3: corrected decisions are a weak link the
 * 司法局 follows), and the agency's 整改 after a correction. Told to the alerts after each change.
 */
export interface OutcomeDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** after a change: the alerts re-read the record */
  onChange?: (() => void) | undefined;
}

export interface NewOutcome {
  channel: 'reconsideration' | 'litigation';
  body: string;
  decidedOn: string;
  result: 'upheld' | 'revoked' | 'changed' | 'confirmed-illegal';
  document: string;
  note?: string | undefined;
}

async function caseInScope(deps: OutcomeDeps, actor: Actor, caseId: string, act: 'case.read' | 'case.outcome') {
  const c = await caseAgency(deps.db, caseId);
  authorize(actor, act, { agencyId: c?.agency_id, noun: '案件' });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  return c;
}

export async function recordOutcome(deps: OutcomeDeps, actor: Actor, caseId: string, o: NewOutcome): Promise<string> {
  const c = await caseInScope(deps, actor, caseId, 'case.outcome');
  if (o.decidedOn > chinaDate(deps.clock.now())) throw new DomainError('VALIDATION_FAILED', '作出日期不能晚于今天');
  // 复议 and 诉讼 are against a decision (行政复议法 §11, 行政诉讼法 §12): none yet, nothing to record
  const decidedOn = await caseDecidedOn(deps.db, caseId, c.procedure_code);
  if (!decidedOn) throw new DomainError('CASE_NOT_DECIDED', '本案尚未作出执法决定，不能登记行政复议、行政诉讼结果');
  if (o.decidedOn < decidedOn)
    throw new DomainError('VALIDATION_FAILED', `复议、诉讼结果的作出日期（${o.decidedOn}）不能早于本案决定日期（${decidedOn}）`);
  const row = await deps.db
    .insertInto('case_outcomes')
    .values({
      case_id: caseId,
      agency_id: c.agency_id,
      channel: o.channel,
      body: o.body.trim(),
      decided_on: o.decidedOn,
      result: o.result,
      document: o.document.trim(),
      note: o.note?.trim() ?? '',
      recorded_by: actor.userId,
      created_at: deps.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  deps.onChange?.();
  return row.id;
}

/** 整改情况 after a decision was corrected: once per outcome; it ends the alert. */
export async function recordRectification(deps: OutcomeDeps, actor: Actor, caseId: string, outcomeId: string, note: string): Promise<void> {
  await caseInScope(deps, actor, caseId, 'case.outcome');
  const o = await deps.db
    .selectFrom('case_outcomes')
    .select(['id', 'result', 'rectified_at'])
    .where('id', '=', outcomeId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!o) throw new DomainError('NOT_FOUND', '复议、诉讼结果不存在');
  if (o.result === 'upheld') throw new DomainError('CONFLICT', '决定被维持，无需整改');
  if (o.rectified_at) throw new DomainError('CONFLICT', '已登记整改情况');
  await deps.db
    .updateTable('case_outcomes')
    .set({ rectification: note.trim(), rectified_by: actor.userId, rectified_at: deps.clock.now() })
    .where('id', '=', outcomeId)
    .where('rectified_at', 'is', null)
    .execute();
  deps.onChange?.();
}

export async function listOutcomes(deps: OutcomeDeps, actor: Actor, caseId: string) {
  await caseInScope(deps, actor, caseId, 'case.read');
  const rows = await deps.db
    .selectFrom('case_outcomes as o')
    .innerJoin(userNamesSubquery(deps.db).as('r'), 'r.id', 'o.recorded_by')
    .leftJoin(userNamesSubquery(deps.db).as('f'), 'f.id', 'o.rectified_by')
    .selectAll('o')
    .select(['r.display_name as recorder', 'f.display_name as rectifier'])
    .where('o.case_id', '=', caseId)
    .orderBy('o.decided_on')
    .orderBy('o.created_at')
    .execute();
  return rows.map((o) => ({
    id: o.id,
    caseId: o.case_id,
    channel: o.channel,
    channelName: OUTCOME_CHANNEL_NAMES[o.channel],
    body: o.body,
    decidedOn: o.decided_on,
    result: o.result,
    resultName: OUTCOME_RESULT_NAMES[o.result],
    document: o.document,
    note: o.note,
    recordedBy: o.recorder,
    recordedAt: o.created_at.toISOString(),
    rectification: o.rectified_at ? { note: o.rectification ?? '', by: o.rectifier ?? '', at: o.rectified_at.toISOString() } : null,
  }));
}

/** What the alerts read: every outcome that changed a decision, with its case and whether 整改 is recorded. */
export async function correctedDecisions(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('case_outcomes')
    .select(['id', 'case_id', 'agency_id', 'channel', 'body', 'decided_on', 'result', 'document', 'rectified_at'])
    .where('result', '<>', 'upheld')
    .where('rectified_at', 'is', null)
    .execute();
  return rows.map((o) => ({
    outcomeId: o.id,
    caseId: o.case_id,
    agencyId: o.agency_id,
    channel: o.channel,
    body: o.body,
    decidedOn: o.decided_on,
    result: o.result,
    document: o.document,
    rectified: o.rectified_at !== null,
  }));
}
