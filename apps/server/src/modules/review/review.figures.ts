import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ReviewFigures {
  pending: number;
  /** pending rounds past their due date (R-REV-7) */
  overdue: number;
  /** closed rounds, and those closed with 存在问题 (returned) */
  closed: number;
  returned: number;
  /** 集体讨论 that decided against a failed review (only where a provision allows it): reported to the 司法局 */
  overrides: number;
}

/** 法制审核 figures per agency (执法监督). */
export async function reviewFigures(
  db: Kysely<Database>,
  agencyIds: readonly string[],
  today: string,
): Promise<Map<string, ReviewFigures>> {
  const out = new Map<string, ReviewFigures>();
  for (const id of agencyIds) out.set(id, { pending: 0, overdue: 0, closed: 0, returned: 0, overrides: 0 });
  if (!agencyIds.length) return out;
  const rows = await db
    .selectFrom('review_rounds')
    .select([
      'agency_id',
      sql<string>`count(*) FILTER (WHERE status = 'pending')`.as('pending'),
      sql<string>`count(*) FILTER (WHERE status = 'pending' AND due_on < ${today}::date)`.as('overdue'),
      sql<string>`count(*) FILTER (WHERE status IN ('agreed', 'problems'))`.as('closed'),
      sql<string>`count(*) FILTER (WHERE status = 'problems')`.as('returned'),
    ])
    .where('agency_id', 'in', [...agencyIds])
    .groupBy('agency_id')
    .execute();
  for (const r of rows)
    out.set(r.agency_id, {
      pending: Number(r.pending),
      overdue: Number(r.overdue),
      closed: Number(r.closed),
      returned: Number(r.returned),
      overrides: 0,
    });
  // an override always follows a round that found problems: the round names the agency
  const overrides = await db
    .selectFrom('collective_discussions as d')
    .innerJoin('review_rounds as r', 'r.id', 'd.round_id')
    .select(['r.agency_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('d.overrides', 'is not', null)
    .where('r.agency_id', 'in', [...agencyIds])
    .groupBy('r.agency_id')
    .execute();
  for (const r of overrides) out.get(r.agency_id)!.overrides = Number(r.n);
  return out;
}
