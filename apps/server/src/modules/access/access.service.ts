import type { Kysely } from 'kysely';
import { DomainError, accessHash, type AccessBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { caseSummaries } from '../cases/case.reads.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

/**
 * 调阅监督 (R-REC-7): every view and download of a record, by anyone, is logged with who, when
 * and why; the log is append-only and each entry is also a leaf of the agency's ledger (the
 * insert trigger queues it), so an access cannot be removed from the record unseen.
 */
export interface AccessDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface AccessInput {
  agencyId: string;
  action: AccessBody['action'];
  targetKind: string;
  targetId: string;
  caseId: string | null;
  reason: string;
}

/** The officers assigned to a case act on it by that assignment; that is their stated reason. */
export const ASSIGNED_REASON = '承办本案';

/**
 * The reason an access is made. Anyone but the case's own officers must state one (調阅事由):
 * 2 to 200 characters.
 */
export function accessReason(raw: string | undefined, opts: { assignedOfficer: boolean }): string {
  const r = (raw ?? '').trim();
  if (!r) {
    if (opts.assignedOfficer) return ASSIGNED_REASON;
    throw new DomainError('ACCESS_REASON_REQUIRED', '调阅执法记录须说明事由（参数 reason，如「执法监督检查」）');
  }
  if (r.length < 2 || r.length > 200) throw new DomainError('ACCESS_REASON_REQUIRED', '调阅事由应为 2–200 个字');
  return r;
}

export async function logAccess(deps: AccessDeps, actor: Actor, a: AccessInput, db: Kysely<Database> = deps.db): Promise<void> {
  const at = deps.clock.now();
  const body: AccessBody = {
    type: 'access',
    agencyId: a.agencyId,
    actorId: actor.userId,
    actorAgencyId: actor.agencyId,
    at: at.toISOString(),
    action: a.action,
    targetKind: a.targetKind,
    targetId: a.targetId,
    caseId: a.caseId,
    reason: a.reason,
  };
  await db
    .insertInto('access_events')
    .values({
      agency_id: a.agencyId,
      actor_id: actor.userId,
      actor_agency_id: actor.agencyId,
      at,
      action: a.action,
      target_kind: a.targetKind,
      target_id: a.targetId,
      case_id: a.caseId,
      reason: a.reason,
      hash: accessHash(body),
    })
    .execute();
}

export function accessBodyOfRow(r: {
  agency_id: string;
  actor_id: string;
  actor_agency_id: string;
  at: Date;
  action: AccessBody['action'];
  target_kind: string;
  target_id: string;
  case_id: string | null;
  reason: string;
}): AccessBody {
  return {
    type: 'access',
    agencyId: r.agency_id,
    actorId: r.actor_id,
    actorAgencyId: r.actor_agency_id,
    at: r.at.toISOString(),
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    caseId: r.case_id,
    reason: r.reason,
  };
}

export interface AccessLogFilter {
  caseId?: string | undefined;
  agencyId?: string | undefined;
  limit?: number | undefined;
}

/** The access log in the actor's scope, newest first, with names. Reading it is supervision, not a record view. */
export async function listAccess(deps: AccessDeps, actor: Actor, f: AccessLogFilter) {
  authorize(actor, 'access-log.read');
  const visible = agenciesFor(actor, 'access-log.read');
  let q = deps.db
    .selectFrom('access_events as e')
    .innerJoin(userNamesSubquery(deps.db).as('u'), 'u.id', 'e.actor_id')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'e.actor_agency_id')
    .leftJoin(caseSummaries(deps.db).as('c'), 'c.id', 'e.case_id')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.target_kind',
      'e.target_id',
      'e.case_id',
      'e.reason',
      'u.display_name',
      'a.name as agency_name',
      'c.number',
    ])
    .where('e.agency_id', 'in', visible)
    .orderBy('e.id', 'desc')
    .limit(Math.min(f.limit ?? 100, 500));
  if (f.caseId) q = q.where('e.case_id', '=', f.caseId);
  if (f.agencyId) q = q.where('e.agency_id', '=', f.agencyId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    caseId: r.case_id,
    caseNumber: r.number,
    reason: r.reason,
    actorName: r.display_name,
    actorAgency: r.agency_name,
  }));
}
