import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * R-X-5: an agency's staff see their agency and its subordinate agencies; a 司法局 sees every
 * agency in its region (its region and all regions below).
 */
export async function visibleAgencies(db: Kysely<Database>, agencyId: string): Promise<Set<string>> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE me AS (SELECT id, kind, region_code FROM agencies WHERE id = ${agencyId}),
    sub_regions AS (
      SELECT code FROM regions WHERE code = (SELECT region_code FROM me WHERE kind = 'justice')
      UNION ALL
      SELECT r.code FROM regions r JOIN sub_regions s ON r.parent_code = s.code
    ),
    sub_agencies AS (
      SELECT id FROM agencies WHERE id = ${agencyId}
      UNION ALL
      SELECT a.id FROM agencies a JOIN sub_agencies s ON a.parent_id = s.id
    )
    SELECT id FROM sub_agencies
    UNION
    SELECT a.id FROM agencies a WHERE a.region_code IN (SELECT code FROM sub_regions)
  `.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}
