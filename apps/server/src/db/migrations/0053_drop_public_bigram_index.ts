import { sql, type Kysely } from 'kysely';

/**
 * Search reads its own table since migration 0052 (`search_entries`, with its own GIN index on
 * bigrams and filter tokens): the bigram index on the portal's read model is no longer read, and
 * only cost every publication a GIN update (435 MB at 1,000,000 records).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS public_decisions_bigrams`.execute(db);
}
