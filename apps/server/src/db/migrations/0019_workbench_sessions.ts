import { sql, type Kysely } from 'kysely';

/**
 * Sessions of the staff workbench (执法工作台): a browser session ends after a period without use
 * (idle_expires_at, pushed forward as the person works) as well as at its absolute end. API
 * clients that sign in for a token keep sessions without an idle end (NULL).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sessions ADD COLUMN idle_expires_at timestamptz`.execute(db);
}
