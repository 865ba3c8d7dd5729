import { sql, type Kysely } from 'kysely';
import {
  ALERT_RULE_NAMES,
  CERTIFICATE_WARNING_DAYS,
  DEFAULT_ALERT_SETTINGS,
  chinaDate,
  deriveAlerts,
  PROCEDURES,
  type AlertSettings,
  type AlertSpec,
  type AlertPerson,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import { casesDueBy, caseNumbers, lastActedOn, stepsTakenSince } from '../cases/case.alert-facts.ts';
import { soonUntil } from '../cases/case.worklist.ts';
import { certificatesEndingBy, peopleByRole } from '../people/people.alert-facts.ts';
import { syncCertificateStatus } from '../people/people.service.ts';
import { publicationsDueBy } from '../publications/publication.alert-facts.ts';
import { creditRepairsDueBy } from '../credit-repair/credit-repair.alert-facts.ts';
import { returnsByUnit, reviewsOverdue } from '../review/review.alert-facts.ts';
import { correctedDecisions } from '../outcomes/outcome.service.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import { complaintsDueBy } from '../complaints/complaint.alert-facts.ts';

/**
 * 执法监督预警 (R-X-3, R-REC-8): reads the record, asks the domain which alerts it calls for today
 * (domain supervision/alerts.ts), opens those not yet open and closes, with the time, those whose
 * condition has ended. Each opening and closing goes to the agency's webhook through the outbox
 * (alert.webhook.ts). Run every minute, and at once after the changes only alerts follow (app.ts; alert.scheduler.ts).
 */
export interface AlertDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
}

const DAY = 86_400_000;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

async function gather(deps: AlertDeps, today: string) {
  const { db } = deps;
  let until: string;
  try {
    until = soonUntil(today, deps.calendar());
  } catch {
    until = today;
  }
  // one read after the other, on one connection at a time: the sweep runs beside the requests and must not
  // take a dozen of the pool's connections at once (issue 20 item 7)
  const cases = await casesDueBy(db, until);
  // the 信用修复 applications to decide count among the publisher's deadlines
  const publications = [...(await publicationsDueBy(db, until)), ...(await creditRepairsDueBy(db, until))];
  const reviews = await reviewsOverdue(db, today);
  const units = await returnsByUnit(db);
  const outcomes = await correctedDecisions(db);
  const complaints = await complaintsDueBy(db, until);
  const heads = await peopleByRole(db, 'head');
  const admins = await peopleByRole(db, 'admin');
  const publishers = await peopleByRole(db, 'publisher');
  const reviewers = await peopleByRole(db, 'reviewer');
  const settingsRows = await db
    .selectFrom('alert_settings')
    .select(['agency_id', sql<number>`return_rate::float8`.as('return_rate'), 'min_reviews'])
    .execute();
  const refusalRows = await db
    .selectFrom('step_refusals')
    .select([
      'case_id',
      'agency_id',
      'step',
      sql<number>`count(*)::int`.as('attempts'),
      sql<Date>`max(at)`.as('last_at'),
      sql<string[]>`array_agg(DISTINCT actor_id)`.as('actors'),
    ])
    .where('code', '=', 'RECORDING_MISSING')
    .groupBy(['case_id', 'agency_id', 'step'])
    .execute();
  const certs = await certificatesEndingBy(db, today, addDays(today, CERTIFICATE_WARNING_DAYS));
  const taken = await stepsTakenSince(
    db,
    refusalRows.map((r) => ({ caseId: r.case_id, step: r.step, after: new Date(r.last_at) })),
  );
  const acted = await lastActedOn(
    db,
    certs.map((c) => c.userId),
    new Date(Date.parse(`${today}T00:00:00+08:00`) - CERTIFICATE_WARNING_DAYS * DAY),
  );
  const numbers = await caseNumbers(db, [...new Set([...publications, ...reviews, ...outcomes].map((x) => x.caseId))]);
  const actorNames = new Map<string, string>();
  for (const list of [heads, admins, publishers, reviewers])
    for (const ps of list.values()) for (const p of ps) actorNames.set(p.id, p.name);
  const settings = new Map<string, AlertSettings>(
    settingsRows.map((s) => [s.agency_id, { returnRate: s.return_rate, minReviews: s.min_reviews }]),
  );
  const of = (m: Map<string, AlertPerson[]>, agencyId: string) => m.get(agencyId) ?? [];
  return deriveAlerts({
    today,
    soonUntil: until,
    cases: cases.map((c) => ({ ...c, reviewers: of(reviewers, c.agencyId), heads: of(heads, c.agencyId) })),
    publications: publications.map((p) => ({ ...p, caseNumber: numbers.get(p.caseId) ?? '', publishers: of(publishers, p.agencyId) })),
    reviews: reviews.map((r) => ({ ...r, caseNumber: numbers.get(r.caseId) ?? '', reviewers: of(reviewers, r.agencyId) })),
    units: units.map((u) => ({ ...u, heads: of(heads, u.agencyId) })),
    outcomes: outcomes.map((o) => ({ ...o, caseNumber: numbers.get(o.caseId) ?? '', heads: of(heads, o.agencyId) })),
    refusals: refusalRows.flatMap((r) => {
      const t = taken.get(`${r.case_id}:${r.step}`);
      if (!t) return [];
      return [
        {
          caseId: r.case_id,
          agencyId: r.agency_id,
          caseNumber: t.number,
          step: r.step,
          stepName: PROCEDURES.find((p) => p.code === t.procedure)?.steps.find((s) => s.code === r.step)?.name ?? r.step,
          attempts: r.attempts,
          lastAt: chinaDate(new Date(r.last_at)),
          attemptedBy: r.actors.map((id) => ({ id, name: t.officers.find((o) => o.id === id)?.name ?? actorNames.get(id) ?? '执法人员' })),
          takenSince: t.takenSince,
          caseClosed: t.closed,
          officers: t.officers,
        },
      ];
    }),
    certificates: certs.map((c) => ({ ...c, lastActedOn: acted.get(c.userId) ?? null, admins: of(admins, c.agencyId) })),
    complaints: complaints.map((c) => ({ ...c, heads: of(heads, c.agencyId) })),
    settings: (agencyId) => settings.get(agencyId) ?? DEFAULT_ALERT_SETTINGS,
  });
}

/** The webhook message of an alert's opening or closing (alert.webhook.ts signs and delivers it). */
function message(event: 'opened' | 'closed', a: AlertSpec & { id: string; openedAt: Date; closedAt: Date | null }, agencyName: string) {
  return JSON.stringify({
    event: `alert.${event}`,
    alert: {
      id: a.id,
      rule: a.rule,
      ruleName: ALERT_RULE_NAMES[a.rule],
      level: a.level,
      title: a.title,
      detail: a.detail,
      agency: { id: a.agencyId, name: agencyName },
      caseId: a.caseId,
      userId: a.userId,
      assignees: a.assignees.map((p) => p.name),
      assigneeText: a.assigneeText,
      dueOn: a.dueOn,
      openedAt: a.openedAt.toISOString(),
      closedAt: a.closedAt?.toISOString() ?? null,
    },
  });
}

export interface SweepResult {
  opened: number;
  closed: number;
  open: number;
}

/** One pass: the alerts the record calls for now, reconciled with those open. Sweeps run one at a time. */
export async function sweepAlerts(deps: AlertDeps): Promise<SweepResult> {
  const now = deps.clock.now();
  // 暂扣/吊销 recorded for a day that has come: the certificate in force is ranked by it
  await syncCertificateStatus(deps.db, chinaDate(now));
  const specs = await gather(deps, chinaDate(now));
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('sanxiang.alerts.sweep'))`.execute(tx);
    const open = await tx.selectFrom('alerts').selectAll().where('closed_at', 'is', null).execute();
    const byKey = new Map(open.map((a) => [`${a.rule}|${a.subject}`, a]));
    const hooks = await tx.selectFrom('alert_settings').select(['agency_id', 'webhook_url']).where('webhook_url', 'is not', null).execute();
    const hookOf = new Map(hooks.map((h) => [h.agency_id, h.webhook_url!]));
    const names = new Map(
      (await tx.selectFrom(agencyNamesSubquery(tx).as('a')).select(['a.id', 'a.name']).execute()).map((a) => [a.id, a.name]),
    );
    const result: SweepResult = { opened: 0, closed: 0, open: specs.length };
    const enqueue = async (event: 'opened' | 'closed', a: AlertSpec & { id: string; openedAt: Date; closedAt: Date | null }) => {
      const url = hookOf.get(a.agencyId);
      if (!url) return;
      await tx
        .insertInto('alert_deliveries')
        .values({
          alert_id: a.id,
          agency_id: a.agencyId,
          event,
          url,
          body: message(event, a, names.get(a.agencyId) ?? ''),
          next_at: now,
          created_at: now,
        })
        .execute();
    };
    const wanted = new Set<string>();
    for (const s of specs) {
      const key = `${s.rule}|${s.subject}`;
      if (wanted.has(key)) continue;
      wanted.add(key);
      const existing = byKey.get(key);
      const values = {
        level: s.level,
        title: s.title,
        detail: s.detail,
        assignees: s.assignees.map((p) => p.id),
        assignee_names: s.assigneeText,
        due_on: s.dueOn,
      };
      if (existing) {
        if (
          existing.title !== s.title ||
          existing.detail !== s.detail ||
          existing.level !== s.level ||
          existing.assignee_names !== s.assigneeText
        ) {
          await tx
            .updateTable('alerts')
            .set({ ...values, updated_at: now })
            .where('id', '=', existing.id)
            .execute();
        }
        continue;
      }
      const row = await tx
        .insertInto('alerts')
        .values({
          agency_id: s.agencyId,
          rule: s.rule,
          subject: s.subject,
          case_id: s.caseId,
          user_id: s.userId,
          unit_id: s.unitId,
          ...values,
          opened_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      result.opened++;
      await enqueue('opened', { ...s, id: row.id, openedAt: now, closedAt: null });
    }
    for (const a of open) {
      if (wanted.has(`${a.rule}|${a.subject}`)) continue;
      await tx.updateTable('alerts').set({ closed_at: now, updated_at: now }).where('id', '=', a.id).execute();
      result.closed++;
      await enqueue('closed', {
        id: a.id,
        rule: a.rule,
        subject: a.subject,
        agencyId: a.agency_id,
        caseId: a.case_id,
        userId: a.user_id,
        unitId: a.unit_id,
        level: a.level,
        title: a.title,
        detail: a.detail,
        // the names are in assigneeText; the message of a closing lists no one to act
        assignees: [],
        assigneeText: a.assignee_names,
        dueOn: a.due_on,
        openedAt: a.opened_at,
        closedAt: now,
      });
    }
    return result;
  });
}
