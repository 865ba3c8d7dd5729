import { sql, type Kysely } from 'kysely';

/**
 * Each case event keeps the canonical JSON text its hash was computed over (R-REC-4), so that
 * `sanxiang verify` can recompute a million hashes inside the database — SHA-256 of the text, and
 * the text compared with the columns the product reads — instead of shipping every row out.
 * Entries written before this migration have no text and are checked the old way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE case_events ADD COLUMN body text`.execute(db);
}
