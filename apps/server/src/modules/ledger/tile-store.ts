import type { Kysely } from 'kysely';
import { TileNodeSource, TILE_WIDTH, type ExpandedTile, type NodeSource } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

const MISSING = Symbol('missing tile');
const FULL_TILE_CACHE = 8192; // 8192 tiles × 8 KiB = 64 MiB at most

/**
 * Reads the ledger's tiles. Full tiles never change, so they are cached for the life of the
 * process (bounded, least recently used first out); the last, growing tile of each level is read
 * fresh. Proof code is synchronous, so `withTree` runs it, collects the tiles it lacked, fetches
 * them in one query and runs it again — a handful of rounds at most, one per tree level.
 */
/** A Map that forgets its oldest entries beyond a bound. */
class BoundedMap<V> extends Map<string, V> {
  constructor(private readonly bound: number) {
    super();
  }
  override set(key: string, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.bound) this.delete(this.keys().next().value as string);
    return this;
  }
}

export class TileStore {
  private readonly full = new Map<string, Buffer>();
  /** expanded tiles per agency, for proofs from committed state only (not inside a sequencing transaction) */
  private readonly expanded = new Map<string, BoundedMap<ExpandedTile>>();

  constructor(private readonly db: Kysely<Database>) {}

  private remember(key: string, data: Buffer): void {
    this.full.delete(key);
    this.full.set(key, data);
    if (this.full.size > FULL_TILE_CACHE) this.full.delete(this.full.keys().next().value as string);
  }

  async withTree<T>(
    agencyId: string,
    size: number,
    fn: (src: NodeSource) => T,
    overlay?: Map<string, Buffer>,
    db: Kysely<Database> = this.db,
  ): Promise<T> {
    const local = new Map<string, Buffer>(overlay);
    const committed = !overlay && db === this.db;
    let memo = committed ? this.expanded.get(agencyId) : undefined;
    if (committed && !memo) this.expanded.set(agencyId, (memo = new BoundedMap<ExpandedTile>(FULL_TILE_CACHE)));
    for (let round = 0; round < 64; round++) {
      const missing: { level: number; idx: number }[] = [];
      const src = new TileNodeSource(
        size,
        (level, idx, width) => {
          const key = `${agencyId}/${level}/${idx}`;
          const own = local.get(`${level}/${idx}`);
          const data = own && own.length >= width * 32 ? own : this.full.get(key);
          if (data && data.length >= width * 32) return data.subarray(0, width * 32);
          missing.push({ level, idx });
          throw MISSING;
        },
        memo,
      );
      try {
        return fn(src);
      } catch (e) {
        if (e !== MISSING) throw e;
      }
      const rows = await db
        .selectFrom('ledger_tiles')
        .select(['level', 'idx', 'width', 'data'])
        .where('agency_id', '=', agencyId)
        .where((eb) => eb.or(missing.map((m) => eb.and([eb('level', '=', m.level), eb('idx', '=', m.idx)]))))
        .execute();
      if (rows.length === 0) throw new Error(`账本瓦片缺失：${missing.map((m) => `${m.level}/${m.idx}`).join(', ')}`);
      for (const r of rows) {
        local.set(`${r.level}/${r.idx}`, r.data);
        // the tree only grows, so the first W hashes of a tile never change: a partial tile is
        // remembered too, and used for any width up to the one read
        const key = `${agencyId}/${r.level}/${r.idx}`;
        if (r.data.length > (this.full.get(key)?.length ?? 0)) this.remember(key, r.data);
      }
    }
    throw new Error('账本瓦片读取未收敛');
  }

  /** One tile's bytes as stored (the widest it has grown to), or null. */
  async tile(agencyId: string, level: number, idx: number): Promise<{ width: number; data: Buffer } | null> {
    const cached = this.full.get(`${agencyId}/${level}/${idx}`);
    if (cached && cached.length === TILE_WIDTH * 32) return { width: TILE_WIDTH, data: cached };
    const row = await this.db
      .selectFrom('ledger_tiles')
      .select(['width', 'data'])
      .where('agency_id', '=', agencyId)
      .where('level', '=', level)
      .where('idx', '=', idx)
      .executeTakeFirst();
    if (row && row.data.length > (cached?.length ?? 0)) this.remember(`${agencyId}/${level}/${idx}`, row.data);
    return row ?? null;
  }
}
