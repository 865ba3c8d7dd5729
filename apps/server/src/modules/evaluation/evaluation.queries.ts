import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the 案卷评查 records: each round act's leaf hash for `sanxiang verify`
 * (leaf source 'evaluation'), recomputed by the database from the act's stored text —
 * SHA-256(0x00 ‖ "sanxiang/evaluation/v1\n" ‖ text), domain `evaluationEventLeafHash`.
 */
export function evaluationEventHashesSubquery(db: Kysely<Database>) {
  return db
    .selectFrom('evaluation_events')
    .select(['id', sql<Buffer>`sha256('\\x00'::bytea || convert_to(${'sanxiang/evaluation/v1\n'} || body, 'UTF8'))`.as('hash')]);
}
