import { sql, type Kysely } from 'kysely';
import {
  CERTIFICATE_CHANGE_NAMES,
  DomainError,
  TRAINING_HOURS_PER_YEAR,
  applyInspection,
  checkRenewal,
  checkTrainingRecord,
  chinaDate,
  daysToExpiry,
  nearExpiry,
  trainingShortfall,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { unitNamesSubquery } from '../org/org.queries.ts';
import { presentCertificate, recordCertificateEvent, type PeopleDeps } from './people.service.ts';

/**
 * 执法资格管理 (R-X-1): 换证延期, 年检 and 岗位培训 of an agency's officers, with the record of every act
 * (date, reason, who). 暂扣/恢复/吊销 are people.service.ts#setCertificateStatus.
 */

async function certificateForChange(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.user_id', 'c.valid_from', 'c.valid_to', 'c.status', 'c.restrictions', 'u.agency_id'])
    .where('c.id', '=', id)
    .forUpdate('c')
    .executeTakeFirst();
}

/** 换证延期: the certificate's new end (after the present one), with the reason. */
export async function renewCertificate(
  deps: PeopleDeps,
  actor: Actor | null,
  certificateId: string,
  r: { validTo: string; reason: string },
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const c = await certificateForChange(tx, certificateId);
    if (!c) throw new DomainError('NOT_FOUND', '执法证不存在');
    if (actor) authorize(actor, 'people.manage', { agencyId: c.agency_id, noun: '执法证' });
    if (c.status === 'revoked') throw new DomainError('CONFLICT', '已吊销的执法证不能换证延期');
    checkRenewal({ validFrom: c.valid_from, validTo: c.valid_to, restrictions: c.restrictions }, r.validTo);
    if (!r.reason.trim()) throw new DomainError('VALIDATION_FAILED', '换证延期须说明理由');
    await tx.updateTable('certificates').set({ valid_to: r.validTo, updated_at: deps.clock.now() }).where('id', '=', c.id).execute();
    await recordCertificateEvent(tx, {
      certificateId: c.id,
      kind: 'renew',
      effectiveOn: chinaDate(deps.clock.now()),
      reason: r.reason.trim(),
      details: { previousValidTo: c.valid_to, validTo: r.validTo },
      actorId: actor?.userId ?? null,
      at: deps.clock.now(),
    });
  });
}

/** The hours of 岗位培训 a user has recorded in a year. */
export async function trainingHours(db: Kysely<Database>, userId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('training_records')
    .select(sql<number>`coalesce(sum(hours), 0)::float8`.as('hours'))
    .where('user_id', '=', userId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return row.hours;
}

/**
 * 年检 of `year`, applying from `on` (default today): a pass needs the year's 40 学时 of training; a
 * failure stops the holder from acting from that day until a later 年检 passes.
 */
export async function recordInspection(
  deps: PeopleDeps,
  actor: Actor | null,
  certificateId: string,
  i: { year: number; passed: boolean; on?: string | undefined; reason: string },
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const c = await certificateForChange(tx, certificateId);
    if (!c) throw new DomainError('NOT_FOUND', '执法证不存在');
    if (actor) authorize(actor, 'people.manage', { agencyId: c.agency_id, noun: '执法证' });
    const today = chinaDate(deps.clock.now());
    const on = i.on ?? today;
    if (on < today) throw new DomainError('VALIDATION_FAILED', `年检结论的生效日期不能早于今天（${today}）`);
    const hours = await trainingHours(tx, c.user_id, i.year);
    const restrictions = applyInspection(c.restrictions, { year: i.year, passed: i.passed, on, reason: i.reason, trainingHours: hours });
    await tx
      .updateTable('certificates')
      .set({ restrictions: JSON.stringify(restrictions), updated_at: deps.clock.now() })
      .where('id', '=', c.id)
      .execute();
    await recordCertificateEvent(tx, {
      certificateId: c.id,
      kind: 'inspection',
      effectiveOn: on,
      reason: i.reason.trim() || (i.passed ? '年检合格' : ''),
      details: { year: i.year, passed: i.passed, trainingHours: hours },
      actorId: actor?.userId ?? null,
      at: deps.clock.now(),
    });
  });
}

/** 岗位培训 record: hours of a course completed on a day (the year is the day's). */
export async function recordTraining(
  deps: PeopleDeps,
  actor: Actor | null,
  userId: string,
  t: { hours: number; course: string; completedOn: string },
): Promise<string> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('id', '=', userId)
    .where('kind', '=', 'staff')
    .executeTakeFirst();
  if (!user) throw new DomainError('NOT_FOUND', '人员不存在');
  if (actor) authorize(actor, 'people.manage', { agencyId: user.agency_id, noun: '人员' });
  const year = Number(t.completedOn.slice(0, 4));
  checkTrainingRecord({ ...t, year });
  if (t.completedOn > chinaDate(deps.clock.now())) throw new DomainError('VALIDATION_FAILED', '完成日期不能晚于今天');
  const row = await deps.db
    .insertInto('training_records')
    .values({
      user_id: userId,
      year,
      hours: t.hours,
      course: t.course.trim(),
      completed_on: t.completedOn,
      recorded_by: actor?.userId ?? null,
      created_at: deps.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listTraining(deps: PeopleDeps, actor: Actor, userId: string, year: number) {
  const user = await deps.db.selectFrom('users').select('agency_id').where('id', '=', userId).executeTakeFirst();
  authorize(actor, 'user.read', { agencyId: user?.agency_id });
  if (!user) throw new DomainError('NOT_FOUND', '人员不存在');
  const rows = await deps.db
    .selectFrom('training_records as t')
    .leftJoin('users as r', 'r.id', 't.recorded_by')
    .select([
      't.id',
      't.course',
      't.completed_on',
      sql<number>`t.hours::float8`.as('hours'),
      'r.display_name as recorded_by',
      't.created_at',
    ])
    .where('t.user_id', '=', userId)
    .where('t.year', '=', year)
    .orderBy('t.completed_on')
    .orderBy('t.created_at')
    .execute();
  const total = rows.reduce((a, r) => a + r.hours, 0);
  return {
    year,
    required: TRAINING_HOURS_PER_YEAR,
    total,
    shortfall: trainingShortfall(total),
    records: rows.map((r) => ({
      id: r.id,
      course: r.course,
      completedOn: r.completed_on,
      hours: r.hours,
      recordedBy: r.recorded_by ?? '系统',
      recordedAt: r.created_at.toISOString(),
    })),
  };
}

/** Every act on a certificate, oldest first, with who did it. */
export async function certificateHistory(deps: PeopleDeps, actor: Actor, certificateId: string) {
  const c = await deps.db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'u.agency_id'])
    .where('c.id', '=', certificateId)
    .executeTakeFirst();
  authorize(actor, 'certificate.read', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '执法证不存在');
  const rows = await deps.db
    .selectFrom('certificate_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.effective_on', 'e.reason', 'e.details', 'e.created_at', 'a.display_name as actor'])
    .where('e.certificate_id', '=', certificateId)
    .orderBy('e.id')
    .execute();
  return rows.map((e) => ({
    id: String(e.id),
    kind: e.kind,
    kindName: CERTIFICATE_CHANGE_NAMES[e.kind],
    effectiveOn: e.effective_on,
    reason: e.reason,
    details: e.details,
    actor: e.actor ?? '系统',
    recordedAt: e.created_at.toISOString(),
  }));
}

/**
 * 执法资格一览: each officer (holder of the role 执法人员 or of a certificate) of the agencies in view
 * with the certificate in force, the year's training hours and 年检 of the year before.
 */
export async function qualificationOverview(
  deps: PeopleDeps,
  actor: Actor,
  q: { agencyId?: string | undefined; year?: number | undefined },
) {
  if (q.agencyId) authorize(actor, 'user.read', { agencyId: q.agencyId });
  const today = chinaDate(deps.clock.now());
  const year = q.year ?? Number(today.slice(0, 4));
  let users = deps.db
    .selectFrom('users as u')
    .leftJoin(unitNamesSubquery(deps.db).as('un'), 'un.id', 'u.unit_id')
    .select(['u.id', 'u.display_name', 'u.agency_id', 'u.post', 'un.name as unit_name', 'u.roles'])
    .where('u.agency_id', 'in', agenciesFor(actor, 'user.read'))
    .where('u.kind', '=', 'staff')
    .where('u.disabled', '=', false)
    .where((eb) =>
      eb.or([
        eb(eb.val('officer'), '=', eb.fn.any('u.roles')),
        eb.exists(eb.selectFrom('certificates as c').select('c.id').whereRef('c.user_id', '=', 'u.id')),
      ]),
    );
  if (q.agencyId) users = users.where('u.agency_id', '=', q.agencyId);
  const rows = await users.orderBy('u.display_name').execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { year, required: TRAINING_HOURS_PER_YEAR, today, officers: [] };
  const [certs, hours, inspections] = await Promise.all([
    deps.db.selectFrom('certificates').selectAll().where('user_id', 'in', ids).orderBy('valid_to', 'desc').execute(),
    deps.db
      .selectFrom('training_records')
      .select(['user_id', 'year', sql<number>`sum(hours)::float8`.as('hours')])
      .where('user_id', 'in', ids)
      .where('year', 'in', [year, year - 1])
      .groupBy(['user_id', 'year'])
      .execute(),
    deps.db
      .selectFrom('certificate_events as e')
      .innerJoin('certificates as c', 'c.id', 'e.certificate_id')
      .select(['c.user_id', 'e.effective_on', 'e.details', 'e.reason'])
      .where('c.user_id', 'in', ids)
      .where('e.kind', '=', 'inspection')
      .orderBy('e.id')
      .execute(),
  ]);
  const hoursOf = (id: string, y: number) => hours.find((h) => h.user_id === id && h.year === y)?.hours ?? 0;
  return {
    year,
    required: TRAINING_HOURS_PER_YEAR,
    today,
    officers: rows.map((u) => {
      const mine = certs.filter((c) => c.user_id === u.id);
      // the certificate in force: a valid one if any, else the one that ended last (people.queries.ts)
      const current = mine.find((c) => c.status === 'valid') ?? mine[0] ?? null;
      const presented = current ? presentCertificate(current, today) : null;
      const inspection = inspections.filter((i) => i.user_id === u.id && Number(i.details['year']) === year - 1).at(-1) ?? null;
      const trained = hoursOf(u.id, year);
      return {
        userId: u.id,
        name: u.display_name,
        agencyId: u.agency_id,
        post: u.post,
        unit: u.unit_name,
        certificate: presented
          ? {
              ...presented,
              daysToExpiry: daysToExpiry(presented, today),
              nearExpiry: presented.status === 'valid' && nearExpiry(presented, today),
            }
          : null,
        trainingHours: trained,
        trainingHoursLastYear: hoursOf(u.id, year - 1),
        trainingShort: trained < TRAINING_HOURS_PER_YEAR,
        lastYearInspection: inspection
          ? { on: inspection.effective_on, passed: inspection.details['passed'] === true, reason: inspection.reason }
          : null,
      };
    }),
  };
}
