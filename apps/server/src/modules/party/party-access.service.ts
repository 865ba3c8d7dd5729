import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { appendCaseRecord } from '../cases/case.records.ts';
import { caseHeader } from '../cases/case.reads.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { documentRegistrationsSubquery } from '../documents/document.queries.ts';
import { userNamesSubquery } from '../people/people.queries.ts';

/**
 * The 当事人专区 access codes of a case as staff see them (never the code itself: only its hash is
 * kept), and voiding one — an explicit act with a reason, entered in the case's log, that ends the
 * sessions opened with it (issue 17, vulnerability 3).
 */
export interface AccessCodeView {
  id: string;
  documentId: string;
  documentTitle: string;
  issuedAt: string;
  issuedBy: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
  /** party sessions opened with the code that have not ended */
  openSessions: number;
}

export async function accessCodesOfCase(db: Kysely<Database>, caseId: string, now: Date): Promise<AccessCodeView[]> {
  const rows = await db
    .selectFrom('party_access as pa')
    .innerJoin(documentRegistrationsSubquery(db).as('d'), 'd.id', 'pa.document_id')
    .innerJoin(userNamesSubquery(db).as('i'), 'i.id', 'pa.issued_by')
    .leftJoin(userNamesSubquery(db).as('v'), 'v.id', 'pa.voided_by')
    .select((eb) => [
      'pa.id',
      'pa.document_id',
      'd.title',
      'pa.issued_at',
      'i.display_name as issued_by',
      'pa.voided_at',
      'v.display_name as voided_by',
      'pa.void_reason',
      eb
        .selectFrom('party_sessions as s')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('s.access_id', '=', 'pa.id')
        .where('s.expires_at', '>', now)
        .as('open_sessions'),
    ])
    .where('pa.case_id', '=', caseId)
    .orderBy('pa.issued_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    documentTitle: r.title,
    issuedAt: r.issued_at.toISOString(),
    issuedBy: r.issued_by,
    voidedAt: r.voided_at?.toISOString() ?? null,
    voidedBy: r.voided_by ?? null,
    voidReason: r.void_reason,
    openSessions: Number(r.open_sessions ?? 0),
  }));
}

/** Voids one code of the case: recorded in the case's log with the reason; its sessions end. */
export async function voidAccessCode(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  input: { caseId: string; accessId: string; reason: string },
): Promise<AccessCodeView> {
  const reason = input.reason.trim();
  if (reason.length < 2) throw new DomainError('VALIDATION_FAILED', '请说明作废访问码的理由', { field: 'reason' });
  // 404 outside the agencies the actor may see, 403 for a role that may not void
  const c = await caseHeader(deps.db, input.caseId);
  authorize(actor, 'party.access.void', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const code = await tx
      .selectFrom('party_access')
      .select(['id', 'document_id', 'voided_at'])
      .where('id', '=', input.accessId)
      .where('case_id', '=', input.caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!code) throw new DomainError('NOT_FOUND', '访问码不存在');
    if (code.voided_at) throw new DomainError('CONFLICT', '该访问码已作废');
    // the entry in the case's log (refused for an archived case: its 案卷 is locked) commits with the voiding
    await appendCaseRecord(tx, {
      caseId: input.caseId,
      actor,
      action: 'party.access.void',
      kind: 'party.access-voided',
      at: now,
      data: { accessId: code.id, documentId: code.document_id, reason },
    });
    await tx
      .updateTable('party_access')
      .set({ voided_at: now, voided_by: actor.userId, void_reason: reason })
      .where('id', '=', code.id)
      .execute();
    await tx.deleteFrom('party_sessions').where('access_id', '=', code.id).execute();
  });
  const view = (await accessCodesOfCase(deps.db, input.caseId, now)).find((c) => c.id === input.accessId);
  if (!view) throw new DomainError('NOT_FOUND', '访问码不存在');
  return view;
}
