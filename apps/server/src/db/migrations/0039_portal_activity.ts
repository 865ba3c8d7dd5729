import { sql, type Kysely } from 'kysely';

/**
 * The home page's reads (issue 22 point 4): the newest publications in the order they went out,
 * and this year's public decisions counted by kind and summed by fine from the index alone
 * (an index-only scan of the year's range, no heap reads for a visible page).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX public_decisions_published ON public_decisions(published_at DESC) WHERE status IN ('published', 'corrected');
    CREATE INDEX public_decisions_year ON public_decisions(decided_on) INCLUDE (kind, fine_amount) WHERE status IN ('published', 'corrected');
  `.execute(db);
}
