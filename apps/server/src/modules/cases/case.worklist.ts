import { sql } from 'kysely';
import { PROCEDURES, chinaDate, stateName, statesWaitingOn, waitingOn, type WorkingCalendar } from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { procedureOrThrow, type CaseDeps } from './case.service.ts';

/** 逾期 before today; 临期 within the next 3 working days (WORKBENCH.md); otherwise 正常. */
export type DueState = 'overdue' | 'soon' | 'normal';

export function dueStateOf(dueOn: string | null, today: string, calendar: WorkingCalendar): DueState | null {
  if (!dueOn) return null;
  if (dueOn < today) return 'overdue';
  const soon = calendar.tryDueDate(today, { days: 3, unit: 'working' });
  return soon === null || dueOn <= soon ? 'soon' : 'normal';
}

const CAP = 300;

/**
 * The open cases a person works on, with what each waits for (待办): the officer's own cases
 * (assigned to them), and for a head the cases of the agency that wait for the head's approval.
 * "Waits for" comes from the procedure definitions (domain/procedures/waiting.ts).
 */
export async function caseWorklist(deps: CaseDeps, actor: Actor) {
  const today = chinaDate(deps.clock.now());
  const calendar = deps.calendar();
  const base = () =>
    deps.db
      .selectFrom('cases as c')
      .innerJoin('parties as p', 'p.id', 'c.party_id')
      .select(['c.id', 'c.number', 'c.title', 'c.procedure_code', 'c.state', 'c.next_due_on', 'c.updated_at', 'c.agency_id', 'p.name as party_name'])
      .where('c.terminal', '=', false)
      .orderBy('c.next_due_on', sql`asc nulls last`)
      .orderBy('c.updated_at', 'desc')
      .limit(CAP);
  const assigned = actor.roles.includes('officer')
    ? await base()
        .innerJoin('case_officers as co', 'co.case_id', 'c.id')
        .where('co.user_id', '=', actor.userId)
        .where('c.agency_id', '=', actor.agencyId)
        .execute()
    : [];
  const headStates = statesWaitingOn(PROCEDURES, 'head');
  const approvals =
    actor.roles.includes('head') && headStates.length
      ? await base()
          .where('c.agency_id', '=', actor.agencyId)
          .where(sql<boolean>`(c.procedure_code, c.state) IN (${sql.join(headStates.map((s) => sql`(${s.procedure}, ${s.state})`))})`)
          .execute()
      : [];
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
  return { today, assigned: assigned.map((r) => item(r, 'officer')), approvals: approvals.map((r) => item(r, 'head')) };
}
