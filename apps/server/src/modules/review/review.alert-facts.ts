import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { reviewerQualificationsSubquery, userNamesSubquery } from '../people/people.queries.ts';
import { unitNamesSubquery } from '../org/org.queries.ts';

/** What the 执法监督预警 asks of legal review: rounds past their due day (R-REV-7), and returns per handling unit (R-REV-6). */

export async function reviewsOverdue(db: Kysely<Database>, today: string) {
  const rows = await db
    .selectFrom('review_rounds as r')
    .leftJoin(userNamesSubquery(db).as('v'), 'v.id', 'r.reviewer_id')
    .select(['r.case_id', 'r.agency_id', 'r.round', 'r.due_on', 'r.reviewer_id', 'v.display_name as reviewer'])
    .where('r.status', '=', 'pending')
    .where('r.due_on', '<', today)
    .limit(5000)
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    agencyId: r.agency_id,
    round: r.round,
    dueOn: r.due_on!,
    reviewer: r.reviewer_id ? { id: r.reviewer_id, name: r.reviewer ?? '' } : null,
  }));
}

/** Closed rounds and those returned with 存在问题, by the unit of the officer who submitted them. */
export async function returnsByUnit(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('review_rounds as r')
    .innerJoin(reviewerQualificationsSubquery(db).as('s'), 's.id', 'r.submitted_by')
    .innerJoin(unitNamesSubquery(db).as('un'), 'un.id', 's.unit_id')
    .select([
      'r.agency_id',
      's.unit_id',
      'un.name as unit_name',
      sql<string>`count(*) FILTER (WHERE r.status IN ('agreed', 'problems'))`.as('closed'),
      sql<string>`count(*) FILTER (WHERE r.status = 'problems')`.as('returned'),
    ])
    .groupBy(['r.agency_id', 's.unit_id', 'un.name'])
    .execute();
  return rows.map((r) => ({
    agencyId: r.agency_id,
    unitId: r.unit_id!,
    unitName: r.unit_name,
    closed: Number(r.closed),
    returned: Number(r.returned),
  }));
}
