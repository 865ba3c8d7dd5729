import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { agenciesInScopeOf } from '../modules/org/org.queries.ts';

/**
 * R-X-5: an agency's staff see their agency and its subordinate agencies; a 司法局 sees every
 * agency in its region (its region and all regions below).
 */
export async function visibleAgencies(db: Kysely<Database>, agencyId: string): Promise<Set<string>> {
  return agenciesInScopeOf(db, agencyId);
}
