import { sql, type Kysely } from 'kysely';

/**
 * Search orderings (R-PUB-8): the live decisions of one kind, and of one agency, in exactly the
 * order search pages walk (decided_on DESC, id DESC), so that a search filtered by kind or agency
 * reads its range from the head and stops when it has enough, instead of sorting the whole range
 * (the agency ordering had id ascending, which that order cannot use).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX public_decisions_kind_date ON public_decisions(kind, decided_on DESC, id DESC) WHERE status IN ('published', 'corrected');
    DROP INDEX public_decisions_agency;
    CREATE INDEX public_decisions_agency ON public_decisions(agency_credit_code, decided_on DESC, id DESC);
  `.execute(db);
}
