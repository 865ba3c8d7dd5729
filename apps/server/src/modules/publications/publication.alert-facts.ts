import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** What the 执法监督预警 asks of publications: decisions still to publish (R-PUB-3) or take down (R-PUB-5) by a day. */
export async function publicationsDueBy(db: Kysely<Database>, until: string) {
  const pending = await db
    .selectFrom('publications')
    .select(['id', 'agency_id', 'case_id', 'doc_number', 'due_on'])
    .where('state', '=', 'pending')
    .where('due_on', '<=', until)
    .limit(5000)
    .execute();
  const takedowns = await db
    .selectFrom('publications')
    .select(['id', 'agency_id', 'case_id', 'doc_number', 'withdrawal_due_on'])
    .where('state', '=', 'withdrawal-pending')
    .where('withdrawal_due_on', '<=', until)
    .limit(5000)
    .execute();
  return [
    ...pending.map((p) => ({
      publicationId: p.id,
      agencyId: p.agency_id,
      caseId: p.case_id,
      docNumber: p.doc_number,
      act: 'publish' as const,
      dueOn: p.due_on,
    })),
    ...takedowns.map((p) => ({
      publicationId: p.id,
      agencyId: p.agency_id,
      caseId: p.case_id,
      docNumber: p.doc_number,
      act: 'withdraw' as const,
      dueOn: p.withdrawal_due_on!,
    })),
  ];
}
