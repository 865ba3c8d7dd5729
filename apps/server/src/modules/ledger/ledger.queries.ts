import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { agencyIdentitiesSubquery } from '../org/org.queries.ts';

/**
 * What other modules ask of the transparency logs (the leaves, queue, tiles, checkpoints and
 * cosignatures of each agency's log). The ledger module owns these tables (db/owners.ts); these
 * are its answers for the case-file export and for `sanxiang verify`, which rebuilds each log
 * from its leaves without trusting the ledger's own code.
 */

type Db = Kysely<Database>;

/** The tables whose rows become leaves, by the leaf's source name. */
export type LeafSource = 'case_event' | 'access' | 'publication' | 'draw' | 'evaluation' | 'complaint';

/** The agencies that have a log, in id order. */
export async function agenciesWithLog(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('ledger_logs').select('agency_id').orderBy('agency_id').execute();
  return rows.map((r) => r.agency_id);
}

/** Each agency log's head (origin, size, root), for joining it to the agency that keeps it. */
export function logHeadsSubquery(db: Db) {
  return db.selectFrom('ledger_logs').select(['agency_id', 'origin', 'size', 'root']);
}

/** The leaf index of each sequenced entry of a source (source_id → idx), for joining entries to their place in the log. */
export function leafIndexesOfSourceSubquery(db: Db, source: LeafSource) {
  return db.selectFrom('ledger_leaves').select(['source_id', 'idx']).where('source', '=', source);
}

/** The agency's leaves (index, source, source id, leaf hash), for one-statement checks against the entries they stand for. */
export function agencyLeavesSubquery(db: Db, agencyId: string) {
  return db.selectFrom('ledger_leaves').select(['idx', 'source', 'source_id', 'leaf_hash']).where('agency_id', '=', agencyId);
}

/**
 * A page of the agency's leaf hashes from index `from` on, at most `limit`, as one byte string
 * (one value to decode instead of thousands of rows), with the count and first and last index read.
 */
export async function leafHashPage(db: Db, agencyId: string, from: number, limit: number) {
  const page = await sql<{ n: number; first: number | null; last: number | null; hashes: Buffer | null }>`
    SELECT count(*)::int AS n, min(idx) AS first, max(idx) AS last, string_agg(leaf_hash, ''::bytea ORDER BY idx) AS hashes
      FROM (SELECT idx, leaf_hash FROM ledger_leaves WHERE agency_id = ${agencyId} AND idx >= ${from} ORDER BY idx LIMIT ${limit}) p`.execute(
    db,
  );
  return page.rows[0]!;
}

/** The tiles stored for the agency's log (what verifiers download). */
export async function storedTilesOfAgency(db: Db, agencyId: string) {
  return db.selectFrom('ledger_tiles').select(['level', 'idx', 'width', 'data']).where('agency_id', '=', agencyId).execute();
}

/** Every checkpoint signed for the agency's log, smallest tree first. */
export async function checkpointsOfAgency(db: Db, agencyId: string) {
  return db
    .selectFrom('ledger_checkpoints')
    .select(['size', 'root', 'note', 'signed_at'])
    .where('agency_id', '=', agencyId)
    .orderBy('size')
    .execute();
}

/** Every witness cosignature of the agency's checkpoints: the tree size, the witness and its signature line. */
export async function cosignaturesOfAgency(db: Db, agencyId: string) {
  return db.selectFrom('ledger_cosignatures').select(['size', 'witness', 'line']).where('agency_id', '=', agencyId).execute();
}

/**
 * A condition true when the entry of `source` whose id is the column `idColumn` of the outer query
 * is neither sequenced as a leaf nor queued for sequencing (it was slipped past the ledger).
 */
export function notInLedger(source: LeafSource, idColumn: string) {
  const id = sql.ref(idColumn);
  return sql<boolean>`NOT EXISTS (SELECT 1 FROM ledger_leaves l WHERE l.source = ${source} AND l.source_id = ${id})
       AND NOT EXISTS (SELECT 1 FROM ledger_pending p WHERE p.source = ${source} AND p.source_id = ${id})`;
}

/**
 * How many entries the agency's log holds or will hold: the sequenced size plus the entries queued
 * (in this transaction too, when `db` is one). A tree size beyond it has a root nobody knows yet.
 */
export async function logLength(db: Db, agencyId: string): Promise<number> {
  const r = await sql<{ n: string }>`
    SELECT coalesce((SELECT size FROM ledger_logs WHERE agency_id = ${agencyId}), 0)
         + (SELECT count(*) FROM ledger_pending WHERE agency_id = ${agencyId}) AS n`.execute(db);
  return Number(r.rows[0]!.n);
}

/** The log's sequenced size and the newest signed checkpoint (null when none was signed). */
export async function logHeadAndCheckpoint(db: Db, agencyId: string) {
  const log = await db.selectFrom('ledger_logs').select(['origin', 'size']).where('agency_id', '=', agencyId).executeTakeFirst();
  const cp = await db
    .selectFrom('ledger_checkpoints')
    .select(['size', 'root', 'note'])
    .where('agency_id', '=', agencyId)
    .orderBy('size', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { origin: log?.origin ?? null, size: log?.size ?? 0, checkpoint: cp ?? null };
}

/** The leaf index of one entry of a source, or null while it waits to be sequenced. */
export async function leafIndexOf(db: Db, source: LeafSource, sourceId: number): Promise<number | null> {
  const r = await db
    .selectFrom('ledger_leaves')
    .select('idx')
    .where('source', '=', source)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return r ? Number(r.idx) : null;
}

/**
 * Each agency's newest checkpoint (one primary-key read per log), newest signature first, with the
 * number of witnesses that cosigned it: what the portal's home page shows of the ledger.
 */
export async function newestCheckpoints(
  db: Db,
): Promise<{ agency: { name: string; creditCode: string }; size: number; signedAt: Date; cosigned: number }[]> {
  const rows = await db
    .selectFrom('ledger_logs as l')
    .innerJoin(agencyIdentitiesSubquery(db).as('a'), 'a.id', 'l.agency_id')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('ledger_checkpoints as k')
          .select(['k.size', 'k.signed_at'])
          .whereRef('k.agency_id', '=', 'l.agency_id')
          .orderBy('k.size', 'desc')
          .limit(1)
          .as('c'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'a.name',
      'a.credit_code',
      'c.size',
      'c.signed_at',
      eb
        .selectFrom('ledger_cosignatures as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.agency_id', '=', 'l.agency_id')
        .whereRef('s.size', '=', 'c.size')
        .as('cosigned'),
    ])
    .orderBy('c.signed_at', 'desc')
    .execute();
  return rows.map((r) => ({
    agency: { name: r.name, creditCode: r.credit_code },
    size: Number(r.size),
    signedAt: r.signed_at,
    cosigned: Number(r.cosigned ?? 0),
  }));
}
