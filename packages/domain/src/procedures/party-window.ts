import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { LimitKey, RulePack } from '../rules/rule-pack.ts';
import type { TakenStep } from './case-view.ts';
import type { ProcedureDef, StepDef } from './types.ts';
import { hearingRightGrounds, sanctionsOf } from './sanctions.ts';
import { noticeReceipt } from './delivery.ts';

/**
 * The party's window to 陈述、申辩 and ask for a hearing (行政处罚法 §44, §45, §64(1), counted in
 * working days by §85): opened by a notice step, lasting a limit of the case's rule pack.
 */
export interface PartyWindowDef {
  /** the step whose taking opens the window (the 告知) */
  opens: string;
  limit: LimitKey;
  /** the step that records the notice's 送达: the window runs from the party's receipt */
  delivery?: string;
}

function windowGuard(step: StepDef): PartyWindowDef | null {
  if (!step.partyMay) return null;
  for (const g of step.guards ?? [])
    if (g.type === 'withinWindow') return { opens: g.step, limit: g.limit, ...(g.delivery ? { delivery: g.delivery } : {}) };
  return null;
}

/**
 * Read from the procedure itself — the `withinWindow` guard of the steps the party may take —
 * so the window shown to the party is exactly the one the engine enforces. Null when the
 * procedure gives the party no such window.
 */
export function partyWindowOf(def: ProcedureDef): PartyWindowDef | null {
  for (const s of def.steps) {
    const w = windowGuard(s);
    if (w) return w;
  }
  return null;
}

/** The notice that opened the window last (its inputs say what was notified), if any. */
export function partyWindowNotice(def: ProcedureDef, steps: readonly TakenStep[]): TakenStep | undefined {
  const w = partyWindowOf(def);
  return w ? steps.findLast((s) => s.code === w.opens) : undefined;
}

export interface PartyWindowState {
  /** the day the party received the notice (its 送达); null while it has not been served */
  receivedOn: string | null;
  /** the last day of the window; null while the notice has not been served (the window has not begun) */
  until: string | null;
  open: boolean;
  /** working days left, today included while it is a working day within the window; null before 送达 */
  workingDaysLeft: number | null;
}

/** The window of a case on `today`; null before the notice, or while the calendar lacks a year on the way. */
export function partyWindowState(
  def: ProcedureDef,
  steps: readonly TakenStep[],
  pack: RulePack,
  calendar: WorkingCalendar,
  today: string,
): PartyWindowState | null {
  const w = partyWindowOf(def);
  const notice = partyWindowNotice(def, steps);
  if (!w || !notice) return null;
  const from = w.delivery ? (noticeReceipt(steps, w.opens, w.delivery, pack)?.receivedOn ?? null) : notice.on;
  if (from === null) return { receivedOn: null, until: null, open: true, workingDaysLeft: null };
  const until = calendar.tryDueDate(from, pack.limits[w.limit]);
  if (!until) return null;
  const open = today <= until;
  // before the receipt (公告 period still running) the whole window lies ahead
  const counted = today < from ? from : today;
  return {
    receivedOn: from,
    until,
    open,
    workingDaysLeft: Math.max(
      0,
      calendar.workingDaysBetween(counted, until) + (calendar.isWorkingDay(counted) && open && today >= from ? 1 : 0),
    ),
  };
}

/** Whether the case's state is one in which the party may act within the window (a window-guarded party step starts from it). */
export function partyWindowActsIn(def: ProcedureDef, state: string): boolean {
  return def.steps.some((s) => windowGuard(s) !== null && s.from.includes(state));
}

/**
 * Whether the party may ask for a hearing on the last notice (行政处罚法 §63, §64): the notice told
 * of the right, or its penalty gives it by law (pack thresholds by party kind). Read from the
 * procedure's own `hearingRightGiven` guard, so the party area answers as the engine does.
 */
export function partyHearingRight(def: ProcedureDef, steps: readonly TakenStep[], partyKind: 'person' | 'org', pack: RulePack): boolean {
  for (const s of def.steps) {
    for (const g of s.guards ?? []) {
      if (g.type !== 'hearingRightGiven') continue;
      const notice = steps.findLast((x) => x.code === g.notice.step);
      if (!notice) return false;
      return (
        notice.inputs[g.notice.input] === true ||
        hearingRightGrounds(sanctionsOf(notice.inputs, g.notice.fields), partyKind, pack).length > 0
      );
    }
  }
  return false;
}

/** The steps taken since the last notice that opened the window: what the party did on THAT notice (a new one opens a new window). */
export function stepsSinceNotice(def: ProcedureDef, steps: readonly TakenStep[]): readonly TakenStep[] {
  const w = partyWindowOf(def);
  if (!w) return steps;
  const at = steps.findLastIndex((s) => s.code === w.opens);
  return at < 0 ? steps : steps.slice(at + 1);
}
