import { sql, type RawBuilder } from 'kysely';
import { PROCEDURES, chinaDate, stateName, statesWaitingOn, waitingOn, type WorkingCalendar } from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { procedureOrThrow, type CaseDeps } from './case.service.ts';

/** 逾期 before today; 临期 within the next 3 working days (WORKBENCH.md); otherwise 正常. */
export type DueState = 'overdue' | 'soon' | 'normal';

/** The last day that is still 临期: three working days from today (today itself when the calendar lacks the days). */
export function soonUntil(today: string, calendar: WorkingCalendar): string {
  return calendar.tryDueDate(today, { days: 3, unit: 'working' }) ?? today;
}

export function dueStateOf(dueOn: string | null, today: string, calendar: WorkingCalendar): DueState | null {
  if (!dueOn) return null;
  if (dueOn < today) return 'overdue';
  return dueOn <= soonUntil(today, calendar) ? 'soon' : 'normal';
}

/**
 * Whether a case is in one of the (procedure, state) pairs, as one hashed lookup of
 * "procedure/state" in an array (PostgreSQL hashes `= ANY` over a constant array) rather than a
 * row-value IN list that is compared pair by pair for every row and every count.
 */
function statesIn(states: { procedure: string; state: string }[]): RawBuilder<boolean> {
  if (!states.length) return sql<boolean>`false`;
  return sql<boolean>`(c.procedure_code || '/' || c.state) = ANY(${states.map((s) => `${s.procedure}/${s.state}`)}::text[])`;
}

export interface CaseCounts {
  /** open cases of the list */
  total: number;
  /** of which wait for this person */
  mine: number;
  overdue: number;
  soon: number;
}

type Db = CaseDeps['db'];

/**
 * One list of 待办 in one pass: `agency`'s open cases (the officer's own when `officer` is given;
 * `where` narrows them), the counts as window aggregates over all of them, the rows the most urgent
 * `limit` — those for which `turn` holds (waiting for this person) first; `turn` null means every
 * case of the list waits for this person (the head's approvals).
 */
export function worklistQuery(
  db: Db,
  o: {
    agencyId: string;
    officer?: string;
    where?: RawBuilder<boolean>;
    turn: RawBuilder<boolean> | null;
    today: string;
    soon: string;
    limit: number;
  },
) {
  let q = db.selectFrom('cases as c').where('c.terminal', '=', false).where('c.agency_id', '=', o.agencyId);
  if (o.officer) q = q.innerJoin('case_officers as co', 'co.case_id', 'c.id').where('co.user_id', '=', o.officer);
  if (o.where) q = q.where(o.where);
  const mine = o.turn ?? sql<boolean>`true`;
  let r = q
    .innerJoin('parties as p', 'p.id', 'c.party_id')
    .select(['c.id', 'c.number', 'c.title', 'c.procedure_code', 'c.state', 'c.next_due_on', 'c.updated_at', 'p.name as party_name'])
    .select([
      sql<string>`count(*) OVER ()`.as('total'),
      sql<string>`count(*) FILTER (WHERE ${mine}) OVER ()`.as('mine_count'),
      sql<string>`count(*) FILTER (WHERE ${mine} AND c.next_due_on < ${o.today}::date) OVER ()`.as('overdue'),
      sql<string>`count(*) FILTER (WHERE ${mine} AND c.next_due_on >= ${o.today}::date AND c.next_due_on <= ${o.soon}::date) OVER ()`.as(
        'soon',
      ),
    ]);
  // a constant cannot be an ORDER BY key
  if (o.turn) r = r.orderBy(sql`${o.turn}`, 'desc');
  return (
    r
      .orderBy('c.next_due_on', (ob) => ob.asc().nullsLast())
      .orderBy('c.updated_at', 'desc')
      // a total order: cases alike in both (the same due date, written in the same instant) come in the same order for everyone, every time
      .orderBy('c.id')
      .limit(o.limit)
  );
}

/** What waits for officers, and for heads, as (procedure, state) lookups. */
export const OFFICER_TURN = statesIn(statesWaitingOn(PROCEDURES, 'officer'));
export const HEAD_TURN = statesIn(statesWaitingOn(PROCEDURES, 'head'));

/**
 * The open cases a person works on, with what each waits for (待办): the officer's own cases
 * (assigned to them), and for a head the cases of the agency that wait for the head's approval.
 * "Waits for" comes from the procedure definitions (domain/procedures/waiting.ts). The counts are
 * over all of them; the items are the most urgent `limit` (those waiting for this person first).
 */
export async function caseWorklist(deps: CaseDeps, actor: Actor, limit = 50) {
  const today = chinaDate(deps.clock.now());
  const calendar = deps.calendar();
  const soon = soonUntil(today, calendar);
  const toCounts = (r: { total: string; mine_count: string; overdue: string; soon: string } | undefined): CaseCounts => ({
    total: Number(r?.total ?? 0),
    mine: Number(r?.mine_count ?? 0),
    overdue: Number(r?.overdue ?? 0),
    soon: Number(r?.soon ?? 0),
  });
  const isOfficer = actor.roles.includes('officer');
  const isHead = actor.roles.includes('head');
  const list = { agencyId: actor.agencyId, today, soon, limit };
  const [assigned, approvals] = await Promise.all([
    isOfficer ? worklistQuery(deps.db, { ...list, officer: actor.userId, turn: OFFICER_TURN }).execute() : [],
    isHead ? worklistQuery(deps.db, { ...list, where: HEAD_TURN, turn: null }).execute() : [],
  ]);
  const item = (r: (typeof assigned)[number], as: 'officer' | 'head') => {
    const def = procedureOrThrow(r.procedure_code);
    const w = waitingOn(def, r.state);
    return {
      caseId: r.id,
      number: r.number,
      title: r.title,
      partyName: r.party_name,
      procedure: { code: def.code, name: def.name },
      state: { code: r.state, name: stateName(def, r.state) },
      waitingFor: w ? { role: w.role, label: w.label, steps: w.steps.map((s) => ({ code: s.code, name: s.name })) } : null,
      mine: w?.role === as,
      nextDueOn: r.next_due_on,
      dueState: dueStateOf(r.next_due_on, today, calendar),
      updatedAt: r.updated_at.toISOString(),
    };
  };
  return {
    today,
    assigned: assigned.map((r) => item(r, 'officer')),
    assignedCounts: toCounts(assigned[0]),
    approvals: approvals.map((r) => item(r, 'head')),
    approvalCounts: toCounts(approvals[0]),
  };
}
