import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** What other modules ask of the 双随机 records: the draw acts' leaf hashes, for `sanxiang verify` (leaf source 'draw'). */
export function drawEventHashesSubquery(db: Kysely<Database>) {
  return db.selectFrom('draw_events').select(['id', 'hash']);
}
