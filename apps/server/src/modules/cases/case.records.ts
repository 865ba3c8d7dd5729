import type { Transaction } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize, type Action } from '../../http/policy/authorize.ts';
import { appendEntry, type CaseLogData, type RecordKind } from './case-log.ts';

/**
 * What other modules call to enter a record that is not a procedure step (evidence bound, document
 * issued, a review act) in the case's log, inside their own transaction, so the record and its
 * entry commit together (R-REC-2). The case row is locked, so concurrent appends queue up.
 */
export interface CaseRecordInput<K extends RecordKind> {
  caseId: string;
  actor: Pick<Actor, 'userId' | 'roles' | 'agencyId' | 'agencyKind' | 'visibleAgencyIds'>;
  /** the access rule (http/policy/rules.ts) the actor must pass on the case's agency */
  action: Extract<Action, 'case.record' | 'review.opinion' | 'party.access.void'>;
  kind: K;
  at: Date;
  data: CaseLogData[K];
}

export async function appendCaseRecord<K extends RecordKind>(
  tx: Transaction<Database>,
  r: CaseRecordInput<K>,
): Promise<{ seq: number; agencyId: string; number: string }> {
  const c = await tx
    .selectFrom('cases')
    .select(['id', 'agency_id', 'number', 'last_event_seq', 'last_event_hash', 'archived_at'])
    .where('id', '=', r.caseId)
    .forUpdate()
    .executeTakeFirst();
  authorize(r.actor, r.action, { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  // archived cases accept nothing more (R-REC-6: the 案卷 is locked)
  if (c.archived_at) throw new DomainError('CASE_ARCHIVED', `案件 ${c.number} 已归档，案卷已锁定`);
  const { seq } = await appendEntry(
    tx,
    { caseId: c.id, agencyId: c.agency_id, seq: c.last_event_seq, hash: c.last_event_hash },
    // the mapped entry type cannot see that `kind` and `data` agree for a generic K
    { kind: r.kind, data: r.data, actorId: r.actor.userId, at: r.at } as Parameters<typeof appendEntry>[2],
  );
  return { seq, agencyId: c.agency_id, number: c.number };
}

/**
 * Enters the files of a filed document (case.document.rendered) in the case's log: done by the
 * platform after the filing committed, so no one's access is checked again (the issuer's was when
 * the document was filed), and allowed on an archived case: the entry adds no content — the
 * document, its number and its sealed hash were filed before — only the digests of the PDF and
 * Word made from it. `claim` writes the caller's own row for the entry about to be appended (its
 * sequence number given) and answers false when the row was there already (another process
 * recorded the files): then nothing is appended and null is returned.
 */
export async function appendRenderedRecord(
  tx: Transaction<Database>,
  r: { caseId: string; actorId: string; at: Date; data: CaseLogData['case.document.rendered'] },
  claim: (seq: number) => Promise<boolean>,
): Promise<{ seq: number } | null> {
  const c = await tx
    .selectFrom('cases')
    .select(['id', 'agency_id', 'last_event_seq', 'last_event_hash'])
    .where('id', '=', r.caseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // the case row is locked: a second renderer of the same document waits here and then finds the first's row
  if (!(await claim(c.last_event_seq + 1))) return null;
  const { seq } = await appendEntry(
    tx,
    { caseId: c.id, agencyId: c.agency_id, seq: c.last_event_seq, hash: c.last_event_hash },
    { kind: 'case.document.rendered', data: r.data, actorId: r.actorId, at: r.at },
  );
  return { seq };
}
