import { sql, type Transaction } from 'kysely';
import { canonicalJson, eventHashOfText, type EventBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
import type { CaseLogEntry } from './case-log.entries.ts';
import { StatementGroups, perPool } from './statement-groups.ts';

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
  // the case row and the entry in one statement (the row advanced, then the entry inserted from it):
  // half the round trips of a separate update and insert, inside the caller's transaction
  const r = await sql`
    WITH upd AS (
      UPDATE cases SET
             state = coalesce(${change.state ?? null}::text, state),
             terminal = coalesce(${change.terminal ?? null}::boolean, terminal),
             next_due_on = CASE WHEN ${change.nextDueOn !== undefined} THEN ${change.nextDueOn ?? null}::date ELSE next_due_on END,
             archived_at = coalesce(${change.archivedAt ?? null}::timestamptz, archived_at),
             version = version + 1, last_event_seq = ${s.seq}, last_event_hash = ${s.hash}, updated_at = ${e.at}
       WHERE id = ${head.caseId} AND last_event_hash = ${head.hash}
      RETURNING id)
    INSERT INTO case_events (agency_id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash, body)
    SELECT ${head.agencyId}, upd.id, ${s.seq}, ${e.kind}, ${s.body.step}, ${s.body.fromState}, ${s.body.toState}, ${e.actorId},
           ${e.at}, ${JSON.stringify(e.data)}::jsonb, ${head.hash}, ${s.hash}, ${s.text}
      FROM upd`.execute(tx);
  // the head was read under the caller's lock: anything else is a bug, not a race to retry
  if (r.numAffectedRows !== 1n) throw new Error(`case ${head.caseId}: the chain moved under a locked append`);
  return { seq: s.seq, hash: s.hash };
}

/** What one guarded append asks: the head it chains to, the version it was decided on, the sealed entry and the case change. */
interface GuardedAppend {
  head: ChainHead;
  expectedVersion: number;
  e: CaseLogEntry;
  s: Sealed;
  change: Required<Pick<CaseChange, 'state' | 'terminal' | 'nextDueOn'>> & Pick<CaseChange, 'archivedAt'>;
}

/**
 * The hot path (every step over HTTP): the case update and its entry in ONE statement (so one
 * transaction, no lock held while the rules ran), guarded by the version read before the decision
 * and by the head itself. False when someone else changed the case meanwhile: the caller decides
 * again on the new state. Prepared once per connection.
 *
 * Appends that arrive while others are being written go out together, as one statement and one
 * commit (statement-groups.ts): each row keeps its own guard, chain and triggers, and each caller
 * learns whether its own row was written.
 */
export async function appendEntryGuarded(
  pool: SqlPool,
  head: ChainHead,
  expectedVersion: number,
  e: CaseLogEntry,
  change: Required<Pick<CaseChange, 'state' | 'terminal' | 'nextDueOn'>> & Pick<CaseChange, 'archivedAt'>,
): Promise<boolean> {
  return appendGroups(pool).call({ head, expectedVersion, e, s: sealEntry(head, e), change });
}

/** Two groups at the database at once (one executes while the other commits), up to 64 appends each. */
const appendGroups = perPool(
  (pool: SqlPool) =>
    new StatementGroups<GuardedAppend, boolean>({
      one: (a) => appendOne(pool, a),
      group: async (as) => {
        const written = await appendGroup(pool, as);
        return as.map((_, i) => written.has(i));
      },
      inFlight: 2,
      max: 64,
    }),
);

async function appendOne(pool: SqlPool, { head, expectedVersion, e, s, change }: GuardedAppend): Promise<boolean> {
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

/**
 * Several guarded appends in one statement: the same update and insert per row, each row guarded by
 * its own version and head (two appends after the same head of one case: one is written, the other
 * is not). Answers the positions of the appends that were written.
 */
async function appendGroup(pool: SqlPool, group: GuardedAppend[]): Promise<Set<number>> {
  const col = <T>(f: (a: GuardedAppend, i: number) => T) => group.map(f);
  const r = await pool.query({
    name: 'case_log_append_group',
    text: `WITH input AS (
        SELECT * FROM unnest($1::int[], $2::uuid[], $3::int[], $4::text[], $5::bool[], $6::date[], $7::int[], $8::bytea[],
                             $9::timestamptz[], $10::text[], $11::text[], $12::uuid[], $13::jsonb[], $14::bytea[], $15::text[],
                             $16::text[], $17::timestamptz[])
          AS i(pos, case_id, version, state, terminal, next_due_on, seq, hash, at, step, from_state, actor_id, inputs, prev_hash,
               body, kind, archived_at)),
      upd AS (
        UPDATE cases c SET state = i.state, terminal = i.terminal, next_due_on = i.next_due_on, version = c.version + 1,
               last_event_seq = i.seq, last_event_hash = i.hash, updated_at = i.at,
               archived_at = coalesce(i.archived_at, c.archived_at)
          FROM input i
         WHERE c.id = i.case_id AND c.version = i.version AND c.last_event_hash = i.prev_hash
        RETURNING c.id, c.agency_id, i.pos),
      ins AS (
        INSERT INTO case_events (agency_id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash, body)
        SELECT u.agency_id, u.id, i.seq, i.kind, i.step, i.from_state, i.state, i.actor_id, i.at, i.inputs, i.prev_hash, i.hash, i.body
          FROM upd u JOIN input i ON i.pos = u.pos
        RETURNING case_id)
      SELECT pos FROM upd`,
    values: [
      col((_, i) => i),
      col((a) => a.head.caseId),
      col((a) => a.expectedVersion),
      col((a) => a.change.state),
      col((a) => a.change.terminal),
      col((a) => a.change.nextDueOn),
      col((a) => a.s.seq),
      col((a) => a.s.hash),
      col((a) => a.e.at),
      col((a) => a.s.body.step),
      col((a) => a.s.body.fromState),
      col((a) => a.e.actorId),
      col((a) => JSON.stringify(a.e.data)),
      col((a) => a.head.hash),
      col((a) => a.s.text),
      col((a) => a.e.kind),
      col((a) => a.change.archivedAt ?? null),
    ],
  });
  return new Set(r.rows.map((row: { pos: number }) => row.pos));
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
