import type { Kysely } from 'kysely';
import { TileNodeSource, TILE_WIDTH, type NodeSource } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

const MISSING = Symbol('missing tile');
const FULL_TILE_CACHE = 8192; // 8192 × 8 KiB = 64 MiB at most

/**
 * Reads the ledger's tiles. Full tiles never change, so they are cached for the life of the
 * process (bounded, least recently used first out); the last, growing tile of each level is read
 * fresh. Proof code is synchronous, so `withTree` runs it, collects the tiles it lacked, fetches
 * them in one query and runs it again — a handful of rounds at most, one per tree level.
 */
export class TileStore {
  private readonly full = new Map<string, Buffer>();

  constructor(private readonly db: Kysely<Database>) {}

  private remember(key: string, data: Buffer): void {
    this.full.delete(key);
    this.full.set(key, data);
    if (this.full.size > FULL_TILE_CACHE) this.full.delete(this.full.keys().next().value as string);
  }

  async withTree<T>(agencyId: string, size: number, fn: (src: NodeSource) => T, overlay?: Map<string, Buffer>, db: Kysely<Database> = this.db): Promise<T> {
    const local = new Map<string, Buffer>(overlay);
    for (let round = 0; round < 64; round++) {
      const missing: { level: number; idx: number }[] = [];
      const src = new TileNodeSource(size, (level, idx, width) => {
        const key = `${agencyId}/${level}/${idx}`;
        const data = local.get(`${level}/${idx}`) ?? this.full.get(key);
        if (data && data.length >= width * 32) return data.subarray(0, width * 32);
        missing.push({ level, idx });
        throw MISSING;
      });
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
        if (r.width === TILE_WIDTH) this.remember(`${agencyId}/${r.level}/${r.idx}`, r.data);
      }
    }
    throw new Error('账本瓦片读取未收敛');
  }

  /** One tile's bytes as stored (the widest it has grown to), or null. */
  async tile(agencyId: string, level: number, idx: number): Promise<{ width: number; data: Buffer } | null> {
    const cached = this.full.get(`${agencyId}/${level}/${idx}`);
    if (cached) return { width: TILE_WIDTH, data: cached };
    const row = await this.db.selectFrom('ledger_tiles').select(['width', 'data']).where('agency_id', '=', agencyId).where('level', '=', level).where('idx', '=', idx).executeTakeFirst();
    if (row && row.width === TILE_WIDTH) this.remember(`${agencyId}/${level}/${idx}`, row.data);
    return row ?? null;
  }
}
