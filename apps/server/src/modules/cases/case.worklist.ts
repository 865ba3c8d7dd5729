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

/** (procedure, state) pairs as an SQL row-value list. */
function statesIn(states: { procedure: string; state: string }[]): RawBuilder<boolean> {
  if (!states.length) return sql<boolean>`false`;
  return sql<boolean>`(c.procedure_code, c.state) IN (${sql.join(states.map((s) => sql`(${s.procedure}, ${s.state})`))})`;
}

export interface CaseCounts {
  /** open cases of the list */
  total: number;
  /** of which wait for this person */
  mine: number;
  overdue: number;
  soon: number;
}

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
  const officerTurn = statesIn(statesWaitingOn(PROCEDURES, 'officer'));
  const headTurn = statesIn(statesWaitingOn(PROCEDURES, 'head'));
  const base = () =>
    deps.db
      .selectFrom('cases as c')
      .where('c.terminal', '=', false)
      .where('c.agency_id', '=', actor.agencyId);
  const counts = (mine: RawBuilder<boolean>) =>
    [
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) FILTER (WHERE ${mine})`.as('mine'),
      sql<string>`count(*) FILTER (WHERE ${mine} AND c.next_due_on < ${today}::date)`.as('overdue'),
      sql<string>`count(*) FILTER (WHERE ${mine} AND c.next_due_on >= ${today}::date AND c.next_due_on <= ${soon}::date)`.as('soon'),
    ] as const;
  const page = (q: ReturnType<typeof base>, mine: RawBuilder<boolean> | null) => {
    let r = q
      .innerJoin('parties as p', 'p.id', 'c.party_id')
      .select(['c.id', 'c.number', 'c.title', 'c.procedure_code', 'c.state', 'c.next_due_on', 'c.updated_at', 'p.name as party_name']);
    // those waiting for this person first (a constant cannot be an ORDER BY key: the head's list is all theirs)
    if (mine) r = r.orderBy(sql`${mine}`, 'desc');
    return r
      .orderBy(sql`c.next_due_on asc nulls last`)
      .orderBy('c.updated_at', 'desc')
      .limit(limit)
      .execute();
  };
  const toCounts = (r: { total: string; mine: string; overdue: string; soon: string } | undefined): CaseCounts => ({
    total: Number(r?.total ?? 0),
    mine: Number(r?.mine ?? 0),
    overdue: Number(r?.overdue ?? 0),
    soon: Number(r?.soon ?? 0),
  });
  const isOfficer = actor.roles.includes('officer');
  const isHead = actor.roles.includes('head');
  const mine = () => base().innerJoin('case_officers as co', 'co.case_id', 'c.id').where('co.user_id', '=', actor.userId);
  const [assignedCounts, assigned, approvalCounts, approvals] = await Promise.all([
    isOfficer ? mine().select(counts(officerTurn)).executeTakeFirst() : undefined,
    isOfficer ? page(mine(), officerTurn) : [],
    isHead ? base().where(headTurn).select(counts(sql<boolean>`true`)).executeTakeFirst() : undefined,
    isHead ? page(base().where(headTurn), null) : [],
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
    assignedCounts: toCounts(assignedCounts),
    approvals: approvals.map((r) => item(r, 'head')),
    approvalCounts: toCounts(approvalCounts),
  };
}
