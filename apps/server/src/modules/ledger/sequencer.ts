import { sql, type Kysely } from 'kysely';
import { EMPTY_ROOT, TILE_HEIGHT, TILE_WIDTH, appendTiles, rootOf } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { TileStore } from './tile-store.ts';
import { agencyCreditCode } from '../org/org.queries.ts';

export interface SequenceResult {
  appended: number;
  size: number;
  root: Buffer;
}

/** The log of an agency; its origin names it in checkpoints: `<prefix>/<统一社会信用代码>`. */
export async function ensureLog(db: Kysely<Database>, agencyId: string, originPrefix: string, clock: Clock): Promise<{ origin: string }> {
  const origin = `${originPrefix}/${await agencyCreditCode(db, agencyId)}`;
  await db
    .insertInto('ledger_logs')
    .values({ agency_id: agencyId, origin, size: 0, root: Buffer.from(EMPTY_ROOT), updated_at: clock.now() })
    // no conflict target: the row has two unique keys (agency, origin), and two instances creating it at
    // once collide on either — a target of one key alone let the other raise a unique violation (409)
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await db.selectFrom('ledger_logs').select('origin').where('agency_id', '=', agencyId).executeTakeFirstOrThrow();
  return { origin: row.origin };
}

/**
 * Gives the queued entries of one agency their leaf indexes, in one transaction: the log row is
 * locked (so two sequencers never interleave), up to `max` queued entries are taken in queue
 * order, appended as leaves, the changed tiles written and the new size and root stored.
 * Entries whose transaction has not committed yet are not visible and wait for the next round,
 * so the order of leaves is the order in which entries became durable.
 */
export async function sequenceAgency(
  db: Kysely<Database>,
  tiles: TileStore,
  agencyId: string,
  clock: Clock,
  max = 50_000,
): Promise<SequenceResult> {
  return db.transaction().execute(async (tx) => {
    const log = await tx
      .selectFrom('ledger_logs')
      .select(['size', 'root'])
      .where('agency_id', '=', agencyId)
      .forUpdate()
      .executeTakeFirst();
    if (!log) throw new Error(`agency ${agencyId} has no ledger`);
    const taken = await sql<{ id: number; leaf_hash: Buffer; source: string; source_id: number }>`
      DELETE FROM ledger_pending WHERE id IN (
        SELECT id FROM ledger_pending WHERE agency_id = ${agencyId} ORDER BY id LIMIT ${max}
      ) RETURNING id, leaf_hash, source, source_id`.execute(tx);
    const entries = taken.rows.sort((a, b) => a.id - b.id);
    if (entries.length === 0) return { appended: 0, size: log.size, root: log.root };

    const oldSize = log.size;
    const newSize = oldSize + entries.length;
    await sql`
      INSERT INTO ledger_leaves (agency_id, idx, leaf_hash, source, source_id)
      SELECT ${agencyId}::uuid, ${oldSize}::bigint + o - 1, h, s, i
      FROM unnest(${entries.map((e) => e.leaf_hash)}::bytea[], ${entries.map((e) => e.source)}::text[], ${entries.map((e) => e.source_id)}::bigint[])
        WITH ORDINALITY AS t(h, s, i, o)`.execute(tx);

    const partialKeys: { level: number; idx: number }[] = [];
    for (let level = 0; ; level++) {
      const count = Math.floor(oldSize / 2 ** (TILE_HEIGHT * level));
      if (count === 0) break;
      if (count % TILE_WIDTH) partialKeys.push({ level, idx: Math.floor(count / TILE_WIDTH) });
    }
    const partials = new Map<number, Buffer>();
    if (partialKeys.length) {
      const rows = await tx
        .selectFrom('ledger_tiles')
        .select(['level', 'idx', 'data'])
        .where('agency_id', '=', agencyId)
        .where((eb) => eb.or(partialKeys.map((k) => eb.and([eb('level', '=', k.level), eb('idx', '=', k.idx)]))))
        .execute();
      for (const r of rows) partials.set(r.level, r.data);
    }
    const writes = appendTiles(
      oldSize,
      (level) => partials.get(level) ?? null,
      entries.map((e) => e.leaf_hash),
    );
    await sql`
      INSERT INTO ledger_tiles (agency_id, level, idx, width, data)
      SELECT ${agencyId}::uuid, l, x, w, d
      FROM unnest(${writes.map((w) => w.level)}::smallint[], ${writes.map((w) => w.index)}::bigint[], ${writes.map((w) => w.width)}::smallint[], ${writes.map((w) => w.data)}::bytea[]) AS t(l, x, w, d)
      ON CONFLICT (agency_id, level, idx) DO UPDATE SET width = EXCLUDED.width, data = EXCLUDED.data
      WHERE ledger_tiles.width < EXCLUDED.width`.execute(tx);

    const overlay = new Map(writes.map((w) => [`${w.level}/${w.index}`, w.data]));
    const root = Buffer.from(await tiles.withTree(agencyId, newSize, (src) => rootOf(src, newSize), overlay, tx));
    await tx.updateTable('ledger_logs').set({ size: newSize, root, updated_at: clock.now() }).where('agency_id', '=', agencyId).execute();
    return { appended: entries.length, size: newSize, root };
  });
}

/** Agencies with queued entries. */
export async function agenciesWithPending(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ agency_id: string }>`SELECT DISTINCT agency_id FROM ledger_pending`.execute(db);
  return rows.rows.map((r) => r.agency_id);
}
