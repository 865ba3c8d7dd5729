import { sql, type Kysely } from 'kysely';

/**
 * Search over published decisions (R-PUB-8): the normalised searchable text and its distinct
 * character bigrams in a GIN index (only live decisions are searchable: a partial index), plus the
 * orderings that keyset paging walks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE public_decisions ADD COLUMN search_text text NOT NULL DEFAULT '';
    ALTER TABLE public_decisions ADD COLUMN bigrams text[] NOT NULL DEFAULT '{}';
    -- the planner needs the frequencies of many bigrams to choose between the index and a date-ordered scan
    ALTER TABLE public_decisions ALTER COLUMN bigrams SET STATISTICS 1000;
    CREATE INDEX public_decisions_bigrams ON public_decisions USING gin (bigrams) WHERE status IN ('published', 'corrected');
    CREATE INDEX public_decisions_live_date ON public_decisions(decided_on DESC, id DESC) WHERE status IN ('published', 'corrected');
    CREATE INDEX public_decisions_party_credit ON public_decisions(party_credit_code) WHERE party_credit_code IS NOT NULL;
    CREATE INDEX public_decisions_doc_number ON public_decisions(doc_number);
  `.execute(db);
}
