import { sql, type Kysely } from 'kysely';
import { COMPLAINT_KIND_NAMES, type ComplaintKind } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the 投诉举报 records: each act's leaf hash for `sanxiang verify` (leaf
 * source 'complaint'), recomputed by the database from the act's stored text —
 * SHA-256(0x00 ‖ "sanxiang/complaint/v1\n" ‖ text), domain `complaintEventLeafHash`; the unanswered
 * complaints for the alerts (complaint.alert-facts) and a person's 待办.
 */
export function complaintEventHashesSubquery(db: Kysely<Database>) {
  return db
    .selectFrom('complaint_events')
    .select(['id', sql<Buffer>`sha256('\\x00'::bytea || convert_to(${'sanxiang/complaint/v1\n'} || body, 'UTF8'))`.as('hash')]);
}

/** The unanswered complaints a person must act on: those assigned to them, and (for a head) those of the agency not yet assigned. */
export async function complaintsWaitingOn(db: Kysely<Database>, actor: { userId: string; agencyId: string; roles: readonly string[] }) {
  const rows = await db
    .selectFrom('complaints')
    .select(['id', 'kind', 'subject_ref', 'facts', 'state', 'handler_id', 'received_on', 'due_on'])
    .where('state', '<>', 'answered')
    .where((eb) =>
      eb.or([
        eb('handler_id', '=', actor.userId),
        ...(actor.roles.includes('head') ? [eb.and([eb('agency_id', '=', actor.agencyId), eb('state', '=', 'received')])] : []),
      ]),
    )
    .orderBy('due_on')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kindName: COMPLAINT_KIND_NAMES[r.kind as ComplaintKind],
    subjectRef: r.subject_ref,
    summary: r.facts.length > 40 ? `${r.facts.slice(0, 40)}…` : r.facts,
    assigned: r.state === 'assigned',
    receivedOn: r.received_on,
    dueOn: r.due_on,
  }));
}
