import { sql, type Kysely } from 'kysely';
import { ALERT_RULE_NAMES, DomainError, type AlertRule } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import { caseAgency } from '../cases/case.alert-facts.ts';
import { caseNumbers } from '../cases/case.alert-facts.ts';

/**
 * What people see of the alerts (R-X-3): agency heads and administrators their agency's (and its
 * subordinate agencies'), the 司法局's supervisors their region's (the access rule `alert.read`);
 * everyone the alerts that name them as the ones to act. Unread counts feed the workbench's bell.
 */
export interface AlertReadDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface AlertQuery {
  status?: 'open' | 'closed' | 'all' | undefined;
  rule?: string | undefined;
  agencyId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function visible(deps: AlertReadDeps, actor: Actor, agencyId?: string) {
  if (agencyId) {
    authorize(actor, 'alert.read', { agencyId });
    return deps.db.selectFrom('alerts as a').where('a.agency_id', '=', agencyId);
  }
  const agencies = agenciesFor(actor, 'alert.read');
  return deps.db
    .selectFrom('alerts as a')
    .where((eb) =>
      eb.or([...(agencies.length ? [eb('a.agency_id', 'in', agencies)] : []), eb(eb.val(actor.userId), '=', eb.fn.any('a.assignees'))]),
    );
}

export async function listAlerts(deps: AlertReadDeps, actor: Actor, q: AlertQuery) {
  let base = visible(deps, actor, q.agencyId);
  const status = q.status ?? 'open';
  if (status === 'open') base = base.where('a.closed_at', 'is', null);
  if (status === 'closed') base = base.where('a.closed_at', 'is not', null);
  if (q.rule) base = base.where('a.rule', '=', q.rule as AlertRule);
  const limit = Math.min(q.limit ?? 50, 200);
  const [rows, total, unread] = await Promise.all([
    base
      .leftJoin(agencyNamesSubquery(deps.db).as('g'), 'g.id', 'a.agency_id')
      .selectAll('a')
      .select('g.name as agency_name')
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('alert_reads as r')
              .select('r.alert_id')
              .whereRef('r.alert_id', '=', 'a.id')
              .where('r.user_id', '=', actor.userId),
          )
          .as('read'),
      )
      .orderBy(sql`a.closed_at IS NULL`, 'desc')
      .orderBy(sql`CASE a.level WHEN 'red' THEN 0 ELSE 1 END`)
      .orderBy('a.opened_at', 'desc')
      .orderBy('a.id')
      .limit(limit)
      .offset(q.offset ?? 0)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    unreadCount(deps, actor, q.agencyId),
  ]);
  const numbers = await caseNumbers(deps.db, [...new Set(rows.flatMap((r) => (r.case_id ? [r.case_id] : [])))]);
  return {
    total: Number(total.n),
    unread,
    items: rows.map((a) => ({
      id: a.id,
      rule: a.rule,
      ruleName: ALERT_RULE_NAMES[a.rule],
      level: a.level,
      title: a.title,
      detail: a.detail,
      agency: { id: a.agency_id, name: a.agency_name ?? '' },
      caseId: a.case_id,
      caseNumber: a.case_id ? (numbers.get(a.case_id) ?? null) : null,
      userId: a.user_id,
      assigneeText: a.assignee_names,
      mine: a.assignees.includes(actor.userId),
      dueOn: a.due_on,
      openedAt: a.opened_at.toISOString(),
      closedAt: a.closed_at?.toISOString() ?? null,
      read: a.read === true,
    })),
  };
}

/** Open alerts the actor sees and has not read: the bell's number. */
export async function unreadCount(deps: AlertReadDeps, actor: Actor, agencyId?: string): Promise<number> {
  const row = await visible(deps, actor, agencyId)
    .where('a.closed_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('alert_reads as r').select('r.alert_id').whereRef('r.alert_id', '=', 'a.id').where('r.user_id', '=', actor.userId),
        ),
      ),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks alerts read for the actor (those given, or all it sees that are open). */
export async function markRead(deps: AlertReadDeps, actor: Actor, ids: readonly string[] | 'all'): Promise<number> {
  let q = visible(deps, actor).select('a.id');
  q = ids === 'all' ? q.where('a.closed_at', 'is', null) : ids.length ? q.where('a.id', 'in', [...ids]) : q.where(sql<boolean>`false`);
  const found = await q.execute();
  if (found.length === 0) return 0;
  await deps.db
    .insertInto('alert_reads')
    .values(found.map((a) => ({ alert_id: a.id, user_id: actor.userId, read_at: deps.clock.now() })))
    .onConflict((oc) => oc.columns(['alert_id', 'user_id']).doNothing())
    .execute();
  return found.length;
}

export async function alertSettings(deps: AlertReadDeps, actor: Actor, agencyId: string) {
  authorize(actor, 'alert.read', { agencyId });
  const s = await deps.db
    .selectFrom('alert_settings')
    .select([sql<number>`return_rate::float8`.as('return_rate'), 'min_reviews', 'webhook_url', 'webhook_secret', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return {
    agencyId,
    returnRate: s?.return_rate ?? 0.3,
    minReviews: s?.min_reviews ?? 5,
    webhookUrl: s?.webhook_url ?? null,
    hasSecret: Boolean(s?.webhook_secret),
    updatedAt: s?.updated_at.toISOString() ?? null,
  };
}

export interface SettingsPatch {
  returnRate: number;
  minReviews: number;
  webhookUrl: string | null;
  webhookSecret?: string | undefined;
}

export async function updateAlertSettings(deps: AlertReadDeps, actor: Actor, agencyId: string, p: SettingsPatch): Promise<void> {
  authorize(actor, 'alert.settings', { agencyId });
  const problems: string[] = [];
  if (p.webhookUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(p.webhookUrl);
    } catch {
      problems.push('推送地址不是有效的网址');
    }
    if (url && url.protocol !== 'https:' && url.protocol !== 'http:') problems.push('推送地址须为 http 或 https 网址');
  }
  const current = await deps.db.selectFrom('alert_settings').select('webhook_secret').where('agency_id', '=', agencyId).executeTakeFirst();
  const secret = p.webhookSecret ?? current?.webhook_secret ?? null;
  if (p.webhookUrl !== null && !secret) problems.push('设置推送地址须同时设置签名密钥（至少 16 位）');
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  const values = {
    return_rate: p.returnRate,
    min_reviews: p.minReviews,
    webhook_url: p.webhookUrl,
    webhook_secret: secret,
    updated_by: actor.userId,
    updated_at: deps.clock.now(),
  };
  await deps.db
    .insertInto('alert_settings')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}

/** The webhook's deliveries of an agency, newest first, with every attempt. */
export async function listDeliveries(deps: AlertReadDeps, actor: Actor, agencyId: string) {
  authorize(actor, 'alert.read', { agencyId });
  const rows = await deps.db
    .selectFrom('alert_deliveries as d')
    .innerJoin('alerts as a', 'a.id', 'd.alert_id')
    .select(['d.id', 'd.event', 'd.url', 'd.attempts', 'd.next_at', 'd.delivered_at', 'd.dead', 'd.created_at', 'a.title'])
    .select(
      sql<
        { at: string; status: number | null; error: string | null }[]
      >`(SELECT coalesce(json_agg(json_build_object('at', t.at, 'status', t.status, 'error', t.error) ORDER BY t.id), '[]'::json)
          FROM alert_delivery_attempts t WHERE t.delivery_id = d.id)`.as('tries'),
    )
    .where('d.agency_id', '=', agencyId)
    .orderBy('d.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((d) => ({
    id: String(d.id),
    event: d.event,
    title: d.title,
    url: d.url,
    attempts: d.attempts,
    state: d.delivered_at ? ('delivered' as const) : d.dead ? ('failed' as const) : ('pending' as const),
    nextAt: d.delivered_at || d.dead ? null : d.next_at.toISOString(),
    deliveredAt: d.delivered_at?.toISOString() ?? null,
    createdAt: d.created_at.toISOString(),
    tries: d.tries.map((t) => ({ at: new Date(t.at).toISOString(), status: t.status, error: t.error })),
  }));
}

/** A refused attempt to act (R-REC-3 音像记录 missing, R-X-1 certificate): recorded so that it can be counted. */
export async function recordRefusal(
  db: Kysely<Database>,
  r: { caseId: string; actorId: string; step: string; code: string; message: string; at: Date },
): Promise<void> {
  const c = await caseAgency(db, r.caseId);
  if (!c) return;
  await db
    .insertInto('step_refusals')
    .values({
      case_id: r.caseId,
      agency_id: c.agency_id,
      step: r.step,
      actor_id: r.actorId,
      code: r.code,
      message: r.message.slice(0, 1000),
      at: r.at,
    })
    .execute();
}
