import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** What the 执法监督预警 asks of 信用修复: applications still to decide by a day (信用修复管理办法: 十五个工作日). */
export async function creditRepairsDueBy(db: Kysely<Database>, until: string) {
  const rows = await db
    .selectFrom('credit_repair_applications')
    .select(['publication_id', 'agency_id', 'case_id', 'doc_number', 'number', 'due_on'])
    .where('state', '=', 'pending')
    .where('due_on', '<=', until)
    .limit(5000)
    .execute();
  return rows.map((r) => ({
    publicationId: r.publication_id,
    agencyId: r.agency_id,
    caseId: r.case_id,
    docNumber: r.doc_number,
    act: 'repair' as const,
    application: r.number,
    dueOn: r.due_on,
  }));
}
