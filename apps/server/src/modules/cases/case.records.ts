import type { Transaction } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { appendCaseEvent } from '../ledger/event-log.ts';

/**
 * Appends a record entry that is not a procedure step (evidence bound, document issued, case
 * archived) to the case's event chain, inside the caller's transaction, so the record and its
 * entry commit together (R-REC-2). The case row is locked, so concurrent appends queue up.
 */
export interface CaseRecordInput {
  caseId: string;
  /** agencies the actor may see (R-X-5) */
  visibleAgencyIds: readonly string[];
  actorId: string;
  actorAgencyId: string;
  kind: 'case.evidence' | 'case.document' | 'case.archived' | `review.${'proposal' | 'submitted' | 'opinion' | 'disagreed' | 'collective' | 'advice'}`;
  at: Date;
  inputs: Record<string, unknown>;
  /** archived cases accept nothing more, except the archive entry itself */
  allowArchived?: boolean;
}

export async function appendCaseRecord(tx: Transaction<Database>, r: CaseRecordInput): Promise<{ seq: number; agencyId: string; number: string }> {
  const c = await tx
    .selectFrom('cases')
    .select(['id', 'agency_id', 'number', 'last_event_seq', 'last_event_hash', 'archived_at'])
    .where('id', '=', r.caseId)
    .where('agency_id', 'in', r.visibleAgencyIds.length ? [...r.visibleAgencyIds] : ['00000000-0000-0000-0000-000000000000'])
    .forUpdate()
    .executeTakeFirst();
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  if (c.agency_id !== r.actorAgencyId) throw new DomainError('FORBIDDEN_ROLE', '只有本案办案机关的人员可以记录本案');
  if (c.archived_at && !r.allowArchived) throw new DomainError('CASE_ARCHIVED', `案件 ${c.number} 已归档，案卷已锁定`);
  const { seq, hash } = await appendCaseEvent(tx, {
    agencyId: c.agency_id,
    caseId: c.id,
    prevSeq: c.last_event_seq,
    prevHash: c.last_event_hash,
    kind: r.kind,
    step: null,
    fromState: null,
    toState: null,
    actorId: r.actorId,
    at: r.at,
    inputs: r.inputs,
  });
  await tx
    .updateTable('cases')
    .set((eb) => ({ version: eb('version', '+', 1), last_event_seq: seq, last_event_hash: hash, updated_at: r.at }))
    .where('id', '=', c.id)
    .execute();
  return { seq, agencyId: c.agency_id, number: c.number };
}
