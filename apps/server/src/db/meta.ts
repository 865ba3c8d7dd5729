import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** The installation's own facts (table `meta`, owned by the db layer): whether the demo was loaded, and a liveness read. */

/** Reads one row of `meta`: the database answers and has been migrated (the health check). */
export async function checkDatabaseReadable(db: Kysely<Database>): Promise<void> {
  await db.selectFrom('meta').select('key').limit(1).execute();
}

/** Whether the demo county has been loaded into this database. */
export async function demoLoaded(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('meta').select('key').where('key', '=', 'demo').executeTakeFirst()) !== undefined;
}

/** Records that the demo county was loaded, and when (kept from the first load). */
export async function markDemoLoaded(db: Kysely<Database>, at: Date): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key: 'demo', value: JSON.stringify({ loadedAt: at.toISOString() }) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
