import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ReviewFigures {
  pending: number;
  /** pending rounds past their due date (R-REV-7) */
  overdue: number;
  /** closed rounds, and those closed with 存在问题 (returned) */
  closed: number;
  returned: number;
}

/** 法制审核 figures per agency (执法监督). */
export async function reviewFigures(
  db: Kysely<Database>,
  agencyIds: readonly string[],
  today: string,
): Promise<Map<string, ReviewFigures>> {
  const out = new Map<string, ReviewFigures>();
  for (const id of agencyIds) out.set(id, { pending: 0, overdue: 0, closed: 0, returned: 0 });
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
    });
  return out;
}
