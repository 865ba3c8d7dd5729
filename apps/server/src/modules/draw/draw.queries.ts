import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the 双随机 records: each draw act's leaf hash for `sanxiang verify`
 * (leaf source 'draw'), recomputed by the database from the act's stored text —
 * SHA-256(0x00 ‖ "sanxiang/draw/v1\n" ‖ text), domain `drawEventLeafHash` — so a text changed behind
 * the append-only trigger no longer matches its leaf.
 */
export function drawEventHashesSubquery(db: Kysely<Database>) {
  return db
    .selectFrom('draw_events')
    .select(['id', sql<Buffer>`sha256('\\x00'::bytea || convert_to(${'sanxiang/draw/v1\n'} || body, 'UTF8'))`.as('hash')]);
}
