import { sql, type Kysely } from 'kysely';
import {
  CERTIFICATE_STATUS_NAMES,
  DomainError,
  applyStatusChange,
  chinaDate,
  effectiveStatus,
  restrictionOn,
  type CertificateRestriction,
  type Role,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { hashPassword, passwordProblems } from './password.ts';
import { agencyById, isUnitOf, regionNames, unitNamesSubquery } from '../org/org.queries.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

export interface PeopleDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** called after a change that must end cached sessions of a user */
  onUserChanged?: (userId: string) => void;
  /**
   * How a new account's password is hashed (default: scrypt with a fresh salt). The demo loader
   * hashes its one published demo password once for all its accounts: 24 scrypt hashes (32 MiB,
   * ~0.15 s each) were the largest single cost of the first start.
   */
  hashPassword?: (password: string) => Promise<string>;
}

/** What changing an account needs besides: ending a disabled user's sessions (the auth module's, handed in by app.ts). */
export interface UserAdminDeps extends PeopleDeps {
  endSessions: (userId: string) => Promise<void>;
}

export const ROLES: readonly Role[] = ['officer', 'reviewer', 'head', 'publisher', 'supervisor', 'admin'];

/** People are managed by an administrator of the agency or of one above it (people.manage); the CLI (no actor) may do anything. */
function requireManager(actor: Actor | null, agencyId: string, noun: string): void {
  if (actor) authorize(actor, 'people.manage', { agencyId, noun });
}

export interface NewUser {
  agencyId: string;
  unitId?: string | null | undefined;
  username: string;
  displayName: string;
  post?: string | undefined;
  roles: Role[];
  password: string;
  legalQualification?: boolean | undefined;
  reviewerQualified?: boolean | undefined;
}

/** `actor` null means the CLI or the demo loader, which act as the installation's operator. */
export async function createUser(deps: PeopleDeps, actor: Actor | null, u: NewUser): Promise<string> {
  requireManager(actor, u.agencyId, '机关');
  const problems = passwordProblems(u.password);
  if (!/^[a-zA-Z0-9_.-]{3,40}$/.test(u.username)) problems.push('用户名为 3–40 位字母、数字、点、下划线或连字符');
  if (!u.displayName.trim()) problems.push('姓名不能为空');
  if (u.roles.length === 0) problems.push('至少需要一个角色');
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  if (!(await agencyById(deps.db, u.agencyId))) throw new DomainError('NOT_FOUND', '机关不存在');
  if (u.unitId) {
    if (!(await isUnitOf(deps.db, u.agencyId, u.unitId))) throw new DomainError('VALIDATION_FAILED', '所属机构不属于该机关');
  }
  const taken = await deps.db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
  if (taken) throw new DomainError('CONFLICT', `用户名「${u.username}」已被使用`);
  const row = await deps.db
    .insertInto('users')
    .values({
      agency_id: u.agencyId,
      unit_id: u.unitId ?? null,
      username: u.username,
      display_name: u.displayName.trim(),
      post: u.post ?? '',
      roles: u.roles,
      password_hash: await (deps.hashPassword ?? hashPassword)(u.password),
      legal_qualification: u.legalQualification ?? false,
      reviewer_qualified: u.reviewerQualified ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface UserPatch {
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
  unitId?: string | null | undefined;
  post?: string | undefined;
}

export async function updateUser(deps: UserAdminDeps, actor: Actor, userId: string, patch: UserPatch): Promise<void> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('id', '=', userId)
    .where('kind', '=', 'staff')
    .executeTakeFirst();
  if (!user) throw new DomainError('NOT_FOUND', '人员不存在');
  requireManager(actor, user.agency_id, '人员');
  if (patch.roles && patch.roles.length === 0) throw new DomainError('VALIDATION_FAILED', '至少需要一个角色');
  if (patch.disabled && userId === actor.userId) throw new DomainError('VALIDATION_FAILED', '不能停用自己的账号');
  if (patch.unitId) {
    if (!(await isUnitOf(deps.db, user.agency_id, patch.unitId))) throw new DomainError('VALIDATION_FAILED', '所属机构不属于该机关');
  }
  const set: Record<string, unknown> = {};
  if (patch.roles) set['roles'] = patch.roles;
  if (patch.disabled !== undefined) set['disabled'] = patch.disabled;
  if (patch.unitId !== undefined) set['unit_id'] = patch.unitId;
  if (patch.post !== undefined) set['post'] = patch.post;
  if (Object.keys(set).length === 0) return;
  await deps.db.updateTable('users').set(set).where('id', '=', userId).execute();
  if (patch.disabled) await deps.endSessions(userId);
  deps.onUserChanged?.(userId);
}

export interface NewCertificate {
  number: string;
  fields: string[];
  regions: string[];
  validFrom: string;
  validTo: string;
  issuedBy?: string | undefined;
}

/** 执法证 (R-X-1): number unique; regions must exist; validity ordered. */
export async function issueCertificate(deps: PeopleDeps, actor: Actor | null, userId: string, c: NewCertificate): Promise<string> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'agency_id', 'roles'])
    .where('id', '=', userId)
    .where('kind', '=', 'staff')
    .executeTakeFirst();
  if (!user) throw new DomainError('NOT_FOUND', '人员不存在');
  requireManager(actor, user.agency_id, '人员');
  const problems: string[] = [];
  if (!/^[0-9A-Za-z-]{6,30}$/.test(c.number)) problems.push('执法证号为 6–30 位字母、数字或连字符');
  if (c.fields.length === 0) problems.push('执法类别不能为空');
  if (c.regions.length === 0) problems.push('执法区域不能为空');
  if (c.validFrom > c.validTo) problems.push('有效期起始日不能晚于截止日');
  if (c.regions.length > 0) {
    const found = await regionNames(deps.db, c.regions);
    const missing = c.regions.filter((r) => !found.has(r));
    if (missing.length) problems.push(`行政区划代码不存在：${missing.join('、')}`);
  }
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  const dup = await deps.db.selectFrom('certificates').select('id').where('number', '=', c.number).executeTakeFirst();
  if (dup) throw new DomainError('CONFLICT', `执法证号「${c.number}」已存在`);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('certificates')
      .values({
        user_id: userId,
        number: c.number,
        fields: c.fields,
        regions: c.regions,
        valid_from: c.validFrom,
        valid_to: c.validTo,
        status: 'valid',
        issued_by: c.issuedBy ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCertificateEvent(tx, {
      certificateId: row.id,
      kind: 'issue',
      effectiveOn: c.validFrom,
      reason: c.issuedBy ? `发证机关：${c.issuedBy}` : '',
      details: { validFrom: c.validFrom, validTo: c.validTo, fields: c.fields, regions: c.regions },
      actorId: actor?.userId ?? null,
      at: deps.clock.now(),
    });
    return row.id;
  });
}

/** One act on a certificate, in the act's transaction (R-X-1: date, reason, who). */
export async function recordCertificateEvent(
  db: Kysely<Database>,
  e: {
    certificateId: string;
    kind: 'issue' | 'renew' | 'suspend' | 'reinstate' | 'revoke' | 'inspection';
    effectiveOn: string;
    reason: string;
    details?: Record<string, unknown>;
    actorId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('certificate_events')
    .values({
      certificate_id: e.certificateId,
      kind: e.kind,
      effective_on: e.effectiveOn,
      reason: e.reason,
      details: JSON.stringify(e.details ?? {}),
      actor_id: e.actorId,
      created_at: e.at,
    })
    .execute();
}

/** `actor` null means the CLI or the demo loader, as for issueCertificate. */
export async function setCertificateStatus(
  deps: PeopleDeps,
  actor: Actor | null,
  certificateId: string,
  change: { status: 'valid' | 'suspended' | 'revoked'; reason: string; effectiveOn?: string | undefined },
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const cert = await tx
      .selectFrom('certificates as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.status', 'c.restrictions', 'u.agency_id'])
      .where('c.id', '=', certificateId)
      .forUpdate('c')
      .executeTakeFirst();
    if (!cert) throw new DomainError('NOT_FOUND', '执法证不存在');
    requireManager(actor, cert.agency_id, '执法证');
    if (cert.status === 'revoked') throw new DomainError('CONFLICT', '已吊销的执法证不能再变更状态');
    if (!change.reason.trim()) throw new DomainError('VALIDATION_FAILED', '变更执法证状态须说明理由');
    const today = chinaDate(deps.clock.now());
    const on = change.effectiveOn ?? today;
    // a change applies from its day on; recorded later, it would rewrite what officers were allowed to do
    if (on < today) throw new DomainError('VALIDATION_FAILED', `生效日期不能早于今天（${today}）`);
    const kind = change.status === 'suspended' ? 'suspend' : change.status === 'revoked' ? 'revoke' : 'reinstate';
    // a certificate suspended before dated restrictions existed (status column only) is reinstated by the column
    const legacySuspension =
      kind === 'reinstate' && cert.status === 'suspended' && !cert.restrictions.some((r) => r.kind === 'suspended' && r.to == null);
    const restrictions: CertificateRestriction[] = legacySuspension
      ? cert.restrictions
      : applyStatusChange(cert.restrictions, { kind, on, reason: change.reason });
    // in force today: the status column follows (it ranks the certificate in force, people.queries.ts);
    // a change for a later day reaches it on that day (syncCertificateStatus)
    const columnNow = on <= today ? { status: change.status } : legacySuspension ? { status: 'valid' as const } : {};
    await tx
      .updateTable('certificates')
      .set({
        ...columnNow,
        restrictions: JSON.stringify(restrictions),
        status_reason: change.reason.trim(),
        updated_at: deps.clock.now(),
      })
      .where('id', '=', certificateId)
      .execute();
    await recordCertificateEvent(tx, {
      certificateId,
      kind,
      effectiveOn: on,
      reason: change.reason.trim(),
      actorId: actor?.userId ?? null,
      at: deps.clock.now(),
    });
  });
}

export function presentCertificate(
  c: {
    id: string;
    number: string;
    fields: string[];
    regions: string[];
    valid_from: string;
    valid_to: string;
    status: 'valid' | 'suspended' | 'revoked';
    status_reason: string;
    restrictions: CertificateRestriction[];
  },
  today: string,
) {
  const view = {
    number: c.number,
    fields: c.fields,
    regions: c.regions,
    validFrom: c.valid_from,
    validTo: c.valid_to,
    status: c.status,
    restrictions: c.restrictions,
  };
  const status = effectiveStatus(view, today);
  const inForce = restrictionOn(view, today);
  // the next change already recorded but not yet in force (e.g. 暂扣 from next Monday)
  const planned = c.restrictions.filter((r) => r.from > today).sort((a, b) => a.from.localeCompare(b.from))[0] ?? null;
  return {
    id: c.id,
    number: c.number,
    fields: c.fields,
    regions: c.regions,
    validFrom: c.valid_from,
    validTo: c.valid_to,
    status,
    statusName: CERTIFICATE_STATUS_NAMES[status],
    statusReason: inForce && inForce.kind === status ? inForce.reason : status === c.status ? c.status_reason : '',
    statusSince: inForce && inForce.kind === status ? inForce.from : null,
    planned: planned
      ? { status: planned.kind, statusName: CERTIFICATE_STATUS_NAMES[planned.kind], from: planned.from, reason: planned.reason }
      : null,
  };
}

export async function listUsers(deps: PeopleDeps, actor: Actor, agencyId?: string) {
  if (agencyId) authorize(actor, 'agency.read', { agencyId });
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('users as u')
    .leftJoin(unitNamesSubquery(deps.db).as('un'), 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.post',
      'u.roles',
      'u.agency_id',
      'u.unit_id',
      'un.name as unit_name',
      'u.disabled',
      'u.legal_qualification',
      'u.reviewer_qualified',
    ])
    .where('u.agency_id', 'in', agenciesFor(actor, 'user.read'))
    .where('u.kind', '=', 'staff');
  if (agencyId) q = q.where('u.agency_id', '=', agencyId);
  const users = await q.orderBy('u.agency_id').orderBy('u.username').execute();
  const certs = users.length
    ? await deps.db
        .selectFrom('certificates')
        .selectAll()
        .where(
          'user_id',
          'in',
          users.map((u) => u.id),
        )
        .orderBy('valid_to', 'desc')
        .execute()
    : [];
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    post: u.post,
    roles: u.roles,
    agencyId: u.agency_id,
    unit: u.unit_id ? { id: u.unit_id, name: u.unit_name ?? '' } : null,
    disabled: u.disabled,
    legalQualification: u.legal_qualification,
    reviewerQualified: u.reviewer_qualified,
    certificates: certs.filter((c) => c.user_id === u.id).map((c) => presentCertificate(c, today)),
  }));
}

export async function getUser(deps: PeopleDeps, actor: Actor, id: string) {
  const owner = await deps.db.selectFrom('users').select('agency_id').where('id', '=', id).executeTakeFirst();
  authorize(actor, 'user.read', { agencyId: owner?.agency_id });
  if (!owner) throw new DomainError('NOT_FOUND', '人员不存在');
  const all = await listUsers(deps, actor, owner.agency_id);
  const user = all.find((u) => u.id === id);
  if (!user) throw new DomainError('NOT_FOUND', '人员不存在');
  return user;
}

export async function getCertificate(deps: PeopleDeps, actor: Actor, id: string) {
  const c = await deps.db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .selectAll('c')
    .select(['u.agency_id', 'u.display_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  authorize(actor, 'certificate.read', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '执法证不存在');
  return { ...presentCertificate(c, chinaDate(deps.clock.now())), userId: c.user_id, holder: c.display_name };
}

/**
 * The status column of certificates whose dated 暂扣/吊销/恢复 has come into force since it was recorded
 * (the column ranks the certificate in force; the engine reads the dated restrictions themselves).
 */
export async function syncCertificateStatus(db: Kysely<Database>, today: string): Promise<number> {
  const rows = await db
    .selectFrom('certificates')
    .select(['id', 'status', 'restrictions'])
    .where(sql<boolean>`restrictions <> '[]'::jsonb`)
    .execute();
  let changed = 0;
  for (const r of rows) {
    const inForce = restrictionOn({ restrictions: r.restrictions }, today);
    const want = inForce?.kind === 'revoked' ? 'revoked' : inForce?.kind === 'suspended' ? 'suspended' : 'valid';
    if (want === r.status) continue;
    await db.updateTable('certificates').set({ status: want }).where('id', '=', r.id).where('status', '=', r.status).execute();
    changed++;
  }
  return changed;
}
