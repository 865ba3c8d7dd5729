import type { Transaction } from 'kysely';
import { canonicalJson, eventHashOfText, type EventBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
import type { CaseLogEntry } from './case-log.entries.ts';

export type { CaseLogData, CaseLogEntry, EntryKind, RecordKind, StepData } from './case-log.entries.ts';

/**
 * The case log (全过程记录, R-REC-2): the ONLY writer of `case_events` and of the chain head kept on
 * the case row (`last_event_seq`, `last_event_hash`). Every entry is appended in the transaction of
 * the change it records, its hash chained to the previous entry of the case, and the case row's
 * head and version advanced with it — so `version` counts the entries and equals `last_event_seq`.
 * Callers lock or version-guard the case row; this unit never decides whether an act is allowed.
 */

/** Where a case's chain stands: the last entry's sequence number and hash (GENESIS_HASH at 0). */
export interface ChainHead {
  caseId: string;
  agencyId: string;
  seq: number;
  hash: Buffer;
}

/** Columns of the case row that change with the entry (a step's new state and deadline, the archive lock). */
export interface CaseChange {
  state?: string;
  terminal?: boolean;
  nextDueOn?: string | null;
  archivedAt?: Date;
}

export interface Sealed {
  seq: number;
  body: EventBody;
  /** the body's canonical JSON text, stored beside the columns for in-database verification */
  text: string;
  hash: Buffer;
}

/** The entry's body, its canonical text and its hash chained to `head`: what is stored and what verification recomputes. */
export function sealEntry(head: Pick<ChainHead, 'caseId' | 'seq' | 'hash'>, e: CaseLogEntry): Sealed {
  const body: EventBody = {
    caseId: head.caseId,
    seq: head.seq + 1,
    kind: e.kind,
    step: e.transition?.step ?? null,
    fromState: e.transition?.from ?? null,
    toState: e.transition?.to ?? null,
    actorId: e.actorId,
    at: e.at.toISOString(),
    inputs: e.data,
  };
  const text = canonicalJson(body);
  return { seq: body.seq, body, text, hash: eventHashOfText(text, head.hash) };
}

/**
 * Appends `e` after `head` and advances the case row to it, inside the caller's transaction, in
 * which the case row must be locked (or just inserted) so that appends to one case queue up.
 */
export async function appendEntry(
  tx: Transaction<Database>,
  head: ChainHead,
  e: CaseLogEntry,
  change: CaseChange = {},
): Promise<{ seq: number; hash: Buffer }> {
  const s = sealEntry(head, e);
  await tx
    .insertInto('case_events')
    .values({
      agency_id: head.agencyId,
      case_id: head.caseId,
      seq: s.seq,
      kind: e.kind,
      step: s.body.step,
      from_state: s.body.fromState,
      to_state: s.body.toState,
      actor_id: e.actorId,
      at: e.at,
      inputs: JSON.stringify(e.data),
      prev_hash: head.hash,
      hash: s.hash,
      body: s.text,
    })
    .execute();
  const updated = await tx
    .updateTable('cases')
    .set((eb) => ({
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.terminal !== undefined ? { terminal: change.terminal } : {}),
      ...(change.nextDueOn !== undefined ? { next_due_on: change.nextDueOn } : {}),
      ...(change.archivedAt !== undefined ? { archived_at: change.archivedAt } : {}),
      version: eb('version', '+', 1),
      last_event_seq: s.seq,
      last_event_hash: s.hash,
      updated_at: e.at,
    }))
    .where('id', '=', head.caseId)
    .where('last_event_hash', '=', head.hash)
    .executeTakeFirst();
  // the head was read under the caller's lock: anything else is a bug, not a race to retry
  if (updated.numUpdatedRows !== 1n) throw new Error(`case ${head.caseId}: the chain moved under a locked append`);
  return { seq: s.seq, hash: s.hash };
}

/**
 * The hot path (every step over HTTP): the case update and its entry in ONE statement (so one
 * transaction, no lock held while the rules ran), guarded by the version read before the decision
 * and by the head itself. False when someone else changed the case meanwhile: the caller decides
 * again on the new state. Prepared once per connection.
 */
export async function appendEntryGuarded(
  pool: SqlPool,
  head: ChainHead,
  expectedVersion: number,
  e: CaseLogEntry,
  change: Required<Pick<CaseChange, 'state' | 'terminal' | 'nextDueOn'>> & Pick<CaseChange, 'archivedAt'>,
): Promise<boolean> {
  const s = sealEntry(head, e);
  const r = await pool.query({
    name: 'case_log_append_guarded',
    text: `WITH upd AS (
        UPDATE cases SET state = $3, terminal = $4, next_due_on = $5::date, version = version + 1,
               last_event_seq = $6, last_event_hash = $7, updated_at = $8,
               archived_at = coalesce($16::timestamptz, archived_at)
         WHERE id = $1 AND version = $2 AND last_event_hash = $13
        RETURNING id, agency_id)
      INSERT INTO case_events (agency_id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash, body)
      SELECT agency_id, id, $6, $15, $9, $10, $3, $11, $8, $12::jsonb, $13, $7, $14 FROM upd`,
    values: [
      head.caseId,
      expectedVersion,
      change.state,
      change.terminal,
      change.nextDueOn,
      s.seq,
      s.hash,
      e.at,
      s.body.step,
      s.body.fromState,
      e.actorId,
      JSON.stringify(e.data),
      head.hash,
      s.text,
      e.kind,
      change.archivedAt ?? null,
    ],
  });
  return r.rowCount === 1;
}

/** The body of a stored entry, from its columns: what verification recomputes the hash over. */
export function eventBodyOfRow(row: {
  case_id: string;
  seq: number;
  kind: string;
  step: string | null;
  from_state: string | null;
  to_state: string | null;
  actor_id: string;
  at: Date;
  inputs: unknown;
}): EventBody {
  return {
    caseId: row.case_id,
    seq: row.seq,
    kind: row.kind,
    step: row.step,
    fromState: row.from_state,
    toState: row.to_state,
    actorId: row.actor_id,
    at: row.at.toISOString(),
    inputs: row.inputs,
  };
}
