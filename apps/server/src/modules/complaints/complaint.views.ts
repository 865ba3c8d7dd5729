import { sql, type Kysely } from 'kysely';
import {
  COMPLAINT_EVENT_NAMES,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_PUBLIC_STATE_NAMES,
  DomainError,
  chinaDate,
  complaintPublicState,
  normaliseComplaintCode,
  type ComplaintEventKind,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesFor, authorize, decide } from '../../http/policy/authorize.ts';
import { agencyIdentitiesSubquery, agencyKindsSubquery, agencyNamesSubquery } from '../org/org.queries.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { reserveSignInAttempt, settleSignInAttempt, waitText } from '../auth/sign-in-throttle.ts';
import { complaintCodeHash } from './complaint.service.ts';

/** What staff and complainants read of complaints (R-X-4); the complainant's data only on the detail, behind the access log. */
type Db = Kysely<Database>;

export interface ComplaintReadDeps {
  db: Db;
  clock: Clock;
  calendar: () => WorkingCalendar;
}

export type DueState = 'overdue' | 'soon' | 'normal';

function dueStateOf(dueOn: string | null, answered: boolean, today: string, calendar: WorkingCalendar): DueState | null {
  if (!dueOn || answered) return null;
  if (dueOn < today) return 'overdue';
  const soon = calendar.tryDueDate(today, { days: 3, unit: 'working' }) ?? today;
  return dueOn <= soon ? 'soon' : 'normal';
}

const excerpt = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

export interface ComplaintListQuery {
  agencyId?: string | undefined;
  state?: 'open' | 'answered' | 'all' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The list of the complaints the actor may see (own agency; a 司法局 its region), most urgent first, with figures per agency. */
export async function listComplaints(deps: ComplaintReadDeps, actor: Actor, q: ComplaintListQuery) {
  let agencies = agenciesFor(actor, 'complaint.read');
  if (q.agencyId) {
    authorize(actor, 'complaint.read', { agencyId: q.agencyId });
    agencies = [q.agencyId];
  }
  const today = chinaDate(deps.clock.now());
  const calendar = deps.calendar();
  const state = q.state ?? 'open';
  const limit = Math.min(q.limit ?? 50, 200);
  const offset = q.offset ?? 0;
  const base = deps.db
    .selectFrom('complaints as c')
    .where('c.agency_id', 'in', agencies.length ? agencies : ['00000000-0000-0000-0000-000000000000']);
  const filtered =
    state === 'open' ? base.where('c.state', '<>', 'answered') : state === 'answered' ? base.where('c.state', '=', 'answered') : base;
  const rows = await filtered
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .leftJoin(userNamesSubquery(deps.db).as('h'), 'h.id', 'c.handler_id')
    .select([
      'c.id',
      'c.agency_id',
      'a.name as agency_name',
      'c.kind',
      'c.subject_ref',
      'c.facts',
      'c.state',
      'c.transferred',
      'c.received_on',
      'c.due_on',
      'c.answered_at',
      'h.display_name as handler_name',
      'c.handler_id',
    ])
    .orderBy(sql`c.state = 'answered'`)
    .orderBy('c.due_on', 'asc')
    .orderBy('c.received_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await filtered.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const figures = await deps.db
    .selectFrom('complaints as c')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .where('c.agency_id', 'in', agencies.length ? agencies : ['00000000-0000-0000-0000-000000000000'])
    .select([
      'c.agency_id',
      'a.name as agency_name',
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) FILTER (WHERE c.state <> 'answered')::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE c.state <> 'answered' AND c.due_on < ${today})::int`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE c.state = 'answered')::int`.as('answered'),
      sql<number>`count(*) FILTER (WHERE c.state = 'answered' AND (c.due_on IS NULL OR (c.answered_at AT TIME ZONE 'Asia/Shanghai')::date > c.due_on))::int`.as(
        'answered_late',
      ),
    ])
    .groupBy(['c.agency_id', 'a.name'])
    .orderBy('a.name')
    .execute();
  return {
    today,
    total: total.n,
    items: rows.map((r) => {
      const answered = r.state === 'answered';
      const ps = complaintPublicState(r.state, r.transferred);
      return {
        id: r.id,
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        kind: r.kind,
        kindName: COMPLAINT_KIND_NAMES[r.kind],
        subjectRef: r.subject_ref,
        summary: excerpt(r.facts),
        state: r.state,
        stateName: COMPLAINT_PUBLIC_STATE_NAMES[ps],
        transferred: r.transferred,
        receivedOn: r.received_on,
        dueOn: r.due_on,
        dueState: dueStateOf(r.due_on, answered, today, calendar),
        answeredOn: r.answered_at ? chinaDate(r.answered_at) : null,
        handlerId: r.handler_id,
        handlerName: r.handler_name,
        mine: r.handler_id === actor.userId && !answered,
      };
    }),
    figures: figures.map((f) => ({
      agencyId: f.agency_id,
      agencyName: f.agency_name,
      total: f.total,
      open: f.open,
      overdue: f.overdue,
      answered: f.answered,
      answeredLate: f.answered_late,
    })),
  };
}

/** The reason a complaint's personal data is read: the handling agency's staff handle it; anyone else states why. */
function complaintReason(actor: Actor, agencyId: string, raw: string | undefined): string {
  if (actor.agencyId === agencyId && !(raw ?? '').trim()) return '办理本机关受理的投诉举报';
  return accessReason(raw, { assignedOfficer: false });
}

/** One complaint with the complainant's data and files: in scope (404 otherwise), then logged in the access log, then shown. */
export async function getComplaint(deps: ComplaintReadDeps, actor: Actor, id: string, rawReason: string | undefined) {
  const c = await deps.db
    .selectFrom('complaints as c')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .innerJoin(agencyNamesSubquery(deps.db).as('fa'), 'fa.id', 'c.filed_agency_id')
    .leftJoin(userNamesSubquery(deps.db).as('h'), 'h.id', 'c.handler_id')
    .leftJoin(userNamesSubquery(deps.db).as('ab'), 'ab.id', 'c.answered_by')
    .selectAll('c')
    .select([
      'a.name as agency_name',
      'fa.name as filed_agency_name',
      'h.display_name as handler_name',
      'ab.display_name as answered_by_name',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  authorize(actor, 'complaint.read', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '投诉举报不存在');
  const reason = complaintReason(actor, c.agency_id, rawReason);
  await logAccess(deps, actor, { agencyId: c.agency_id, action: 'view', targetKind: 'complaint', targetId: c.id, caseId: null, reason });
  const attachments = await deps.db
    .selectFrom('complaint_attachments')
    .select(['seq', 'filename', 'media_type', 'size', 'sha256'])
    .where('complaint_id', '=', id)
    .orderBy('seq')
    .execute();
  const events = await deps.db
    .selectFrom('complaint_events as e')
    .leftJoin(userNamesSubquery(deps.db).as('u'), 'u.id', 'e.actor_id')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'e.agency_id')
    .select(['e.id', 'e.kind', 'e.at', 'e.body', 'u.display_name', 'a.name as agency_name'])
    .where('e.complaint_id', '=', id)
    .orderBy('e.id')
    .execute();
  const transferTargets = await deps.db
    .selectFrom(agencyIdentitiesSubquery(deps.db).as('a'))
    .innerJoin(agencyKindsSubquery(deps.db).as('k'), 'k.id', 'a.id')
    .select(['a.id', 'a.name'])
    .where('k.kind', '=', 'enforcement')
    .where('a.id', '<>', c.agency_id)
    .orderBy('a.name')
    .execute();
  const today = chinaDate(deps.clock.now());
  const answered = c.state === 'answered';
  const ps = complaintPublicState(c.state, c.transferred);
  const may = (act: 'complaint.assign' | 'complaint.answer') => !answered && decide(actor, act, { agencyId: c.agency_id }) === null;
  return {
    id: c.id,
    agencyId: c.agency_id,
    agencyName: c.agency_name,
    filedAgencyName: c.filed_agency_name,
    kind: c.kind,
    kindName: COMPLAINT_KIND_NAMES[c.kind],
    subjectRef: c.subject_ref,
    facts: c.facts,
    request: c.request,
    name: c.name,
    phone: c.phone,
    state: c.state,
    stateName: COMPLAINT_PUBLIC_STATE_NAMES[ps],
    transferred: c.transferred,
    receivedOn: c.received_on,
    receivedAt: c.received_at.toISOString(),
    dueOn: c.due_on,
    dueState: dueStateOf(c.due_on, answered, today, deps.calendar()),
    handlerId: c.handler_id,
    handlerName: c.handler_name,
    answer: c.answer,
    answeredAt: c.answered_at?.toISOString() ?? null,
    answeredByName: c.answered_by_name,
    contentSha256: c.content_sha256,
    attachments: attachments.map((a) => ({
      seq: a.seq,
      filename: a.filename,
      mediaType: a.media_type,
      size: Number(a.size),
      sha256: a.sha256,
    })),
    events: events.map((e) => {
      const body = JSON.parse(e.body) as { details?: Record<string, unknown> };
      const kind = e.kind as ComplaintEventKind;
      return {
        seq: Number(e.id),
        kind,
        name: COMPLAINT_EVENT_NAMES[kind] ?? e.kind,
        at: e.at.toISOString(),
        actorName: e.display_name ?? (kind === 'received' ? '网上提交' : null),
        agencyName: e.agency_name,
        note: typeof body.details?.['note'] === 'string' ? body.details['note'] : null,
      };
    }),
    can: {
      assign: may('complaint.assign'),
      transfer: may('complaint.assign'),
      answer: may('complaint.answer') && (actor.roles.includes('head') || c.handler_id === actor.userId),
    },
    transferTargets: transferTargets.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** An attachment of a complaint for download: same scope and access entry as the detail. */
export async function complaintAttachment(deps: ComplaintReadDeps, actor: Actor, id: string, seq: number, rawReason: string | undefined) {
  const c = await deps.db.selectFrom('complaints').select(['id', 'agency_id']).where('id', '=', id).executeTakeFirst();
  authorize(actor, 'complaint.read', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '投诉举报不存在');
  const a = await deps.db
    .selectFrom('complaint_attachments')
    .select(['filename', 'media_type', 'sha256'])
    .where('complaint_id', '=', id)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!a) throw new DomainError('NOT_FOUND', '附件不存在');
  const reason = complaintReason(actor, c.agency_id, rawReason);
  return {
    ...a,
    log: () =>
      logAccess(deps, actor, {
        agencyId: c.agency_id,
        action: 'download',
        targetKind: 'complaint-attachment',
        targetId: `${id}/${seq}`,
        caseId: null,
        reason,
      }),
  };
}

/**
 * 投诉举报查询: what the holder of the code may read — kind, agencies, dates, state, the answer.
 * Never the name, telephone, text or files (a code seen by someone else must not give them away).
 * Wrong codes are slowed per address like sign-in attempts.
 */
export async function lookupComplaint(deps: Pick<ComplaintReadDeps, 'db' | 'clock'>, rawCode: string, ip: string) {
  const now = deps.clock.now();
  const attempt = await reserveSignInAttempt(deps.db, now, { key: `complaint:${ip}`, ip, device: null });
  if ('retryAfterSeconds' in attempt) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('RATE_LIMITED', `查询码错误次数过多，请 ${waitText(wait)}后再试`, { retryAfterSeconds: wait });
  }
  const code = normaliseComplaintCode(rawCode);
  const c = code
    ? await deps.db
        .selectFrom('complaints as c')
        .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
        .innerJoin(agencyNamesSubquery(deps.db).as('fa'), 'fa.id', 'c.filed_agency_id')
        .select([
          'c.kind',
          'c.subject_ref',
          'c.state',
          'c.transferred',
          'c.received_on',
          'c.due_on',
          'c.answer',
          'c.answered_at',
          'a.name as agency_name',
          'fa.name as filed_agency_name',
        ])
        .where('c.code_sha256', '=', complaintCodeHash(code))
        .executeTakeFirst()
    : undefined;
  await settleSignInAttempt(deps.db, attempt.id, !!c);
  if (!c) throw new DomainError('NOT_FOUND', '没有与该查询码对应的投诉举报，请核对后重新输入（查询码共 16 位，不区分大小写）');
  const ps = complaintPublicState(c.state, c.transferred);
  return {
    kindName: COMPLAINT_KIND_NAMES[c.kind],
    subjectRef: c.subject_ref,
    state: ps,
    stateName: COMPLAINT_PUBLIC_STATE_NAMES[ps],
    agencyName: c.agency_name,
    filedAgencyName: c.filed_agency_name,
    transferred: c.transferred,
    receivedOn: c.received_on,
    dueOn: c.due_on,
    answer: c.answer,
    answeredOn: c.answered_at ? chinaDate(c.answered_at) : null,
  };
}

export type PublicComplaintStatus = Awaited<ReturnType<typeof lookupComplaint>>;

/** Enforcement agencies a complaint may be filed with (public columns only), for the portal's form. */
export async function complaintAgencies(db: Db) {
  return db
    .selectFrom(agencyIdentitiesSubquery(db).as('a'))
    .innerJoin(agencyKindsSubquery(db).as('k'), 'k.id', 'a.id')
    .select(['a.id', 'a.name', 'a.credit_code'])
    .where('k.kind', '=', 'enforcement')
    .orderBy('a.name')
    .execute();
}
