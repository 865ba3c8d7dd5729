import type { Kysely } from 'kysely';
import { COMPLAINT_KIND_NAMES, type ComplaintDueFact } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { userNamesSubquery } from '../people/people.queries.ts';

/** Unanswered complaints whose answer limit is on or before `until` (R-X-4), for the alert sweep; heads are added by the sweep. */
export async function complaintsDueBy(db: Kysely<Database>, until: string): Promise<Omit<ComplaintDueFact, 'heads'>[]> {
  const rows = await db
    .selectFrom('complaints as c')
    .leftJoin(userNamesSubquery(db).as('h'), 'h.id', 'c.handler_id')
    .select(['c.id', 'c.agency_id', 'c.kind', 'c.received_on', 'c.due_on', 'c.handler_id', 'h.display_name'])
    .where('c.state', '<>', 'answered')
    .where('c.due_on', '<=', until)
    .execute();
  return rows.map((r) => ({
    complaintId: r.id,
    agencyId: r.agency_id,
    kindName: COMPLAINT_KIND_NAMES[r.kind],
    receivedOn: r.received_on,
    dueOn: r.due_on!,
    handler: r.handler_id ? { id: r.handler_id, name: r.display_name ?? '承办人' } : null,
  }));
}
