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
