import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the access log (调阅记录). The access module owns `access_events`
 * (db/owners.ts); these are its answers for `sanxiang verify`.
 */

type Db = Kysely<Database>;

/** Up to `limit` access entries after id `afterId`, in id order (the whole log read in batches). */
export async function accessEntriesAfter(db: Db, afterId: number, limit: number) {
  return db.selectFrom('access_events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

/** The hash of each access entry by id, for one-statement checks of the ledger leaves that stand for them. */
export function accessEntryHashesSubquery(db: Db) {
  return db.selectFrom('access_events').select(['id', 'hash']);
}

/**
 * When the user last opened the case's record (调阅, R-REC-7) since `since`, or null: 案卷评查 scores
 * only a file its reviewer has read through the access path, reason stated and logged (R-REC-8).
 */
export async function lastCaseViewBy(db: Db, userId: string, caseId: string, since: Date): Promise<{ at: Date; reason: string } | null> {
  const r = await db
    .selectFrom('access_events')
    .select(['at', 'reason'])
    .where('case_id', '=', caseId)
    .where('actor_id', '=', userId)
    .where('action', '=', 'view')
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ?? null;
}
