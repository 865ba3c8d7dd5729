import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface PublicationFigures {
  pending: number;
  /** not yet published and past the legal period (R-PUB-3) */
  overdue: number;
  published: number;
  /** published, but after the legal period */
  publishedLate: number;
  /** withdrawals registered and not done in time */
  withdrawalOverdue: number;
}

/** 公示 figures per agency (执法监督). */
export async function publicationFigures(
  db: Kysely<Database>,
  agencyIds: readonly string[],
  today: string,
): Promise<Map<string, PublicationFigures>> {
  const out = new Map<string, PublicationFigures>();
  for (const id of agencyIds) out.set(id, { pending: 0, overdue: 0, published: 0, publishedLate: 0, withdrawalOverdue: 0 });
  if (!agencyIds.length) return out;
  const rows = await db
    .selectFrom('publications')
    .select([
      'agency_id',
      sql<string>`count(*) FILTER (WHERE state = 'pending')`.as('pending'),
      sql<string>`count(*) FILTER (WHERE state = 'pending' AND due_on < ${today}::date)`.as('overdue'),
      sql<string>`count(*) FILTER (WHERE published_on IS NOT NULL)`.as('published'),
      sql<string>`count(*) FILTER (WHERE published_on > due_on)`.as('late'),
      sql<string>`count(*) FILTER (WHERE state = 'withdrawal-pending' AND withdrawal_due_on < ${today}::date)`.as('wd'),
    ])
    .where('agency_id', 'in', [...agencyIds])
    .groupBy('agency_id')
    .execute();
  for (const r of rows) {
    out.set(r.agency_id, {
      pending: Number(r.pending),
      overdue: Number(r.overdue),
      published: Number(r.published),
      publishedLate: Number(r.late),
      withdrawalOverdue: Number(r.wd),
    });
  }
  return out;
}
