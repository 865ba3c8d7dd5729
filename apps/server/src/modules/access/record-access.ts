import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { accessReason, logAccess, type AccessDeps } from './access.service.ts';
import { caseHeader, isCaseOfficer } from '../cases/case.reads.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** The `reason` every record view and download takes (R-REC-7), declared with the case's schemas. */
export { ReasonQuery } from '../cases/case.schemas.ts';

/** The case if the actor may see it (R-X-5, otherwise 404), and whether the actor is one of its officers. */
export async function caseForAccess(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<{ id: string; agency_id: string; assigned: boolean }> {
  const c = await caseHeader(db, caseId);
  authorize(actor, 'case.read', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  return { id: c.id, agency_id: c.agency_id, assigned: await isCaseOfficer(db, caseId, actor.userId) };
}

/**
 * Opens a record of a case for the actor: scope first (404 outside it), then the reason, then
 * the access entry — so nothing is shown that was not logged (R-REC-7).
 */
export async function openCaseRecord(
  deps: AccessDeps,
  actor: Actor,
  caseId: string,
  rawReason: string | undefined,
  access: { action: 'view' | 'download' | 'export'; targetKind: string; targetId?: string },
): Promise<{ id: string; agency_id: string; assigned: boolean }> {
  const c = await caseForAccess(deps.db, actor, caseId);
  const reason = accessReason(rawReason, { assignedOfficer: c.assigned });
  await logAccess(deps, actor, {
    agencyId: c.agency_id,
    action: access.action,
    targetKind: access.targetKind,
    targetId: access.targetId ?? c.id,
    caseId: c.id,
    reason,
  });
  return c;
}
