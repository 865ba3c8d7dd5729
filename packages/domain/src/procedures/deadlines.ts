import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { TakenStep } from './engine.ts';
import type { ProcedureDef } from './types.ts';

export type DeadlineState = 'running' | 'overdue' | 'met' | 'met-late' | 'unknown';

export interface DeadlineStatus {
  code: string;
  name: string;
  basis: string;
  days: number;
  unit: 'working' | 'natural';
  startedOn: string;
  /** null when the calendar for the due year is not loaded (never guessed) */
  dueOn: string | null;
  metOn: string | null;
  extended: boolean;
  state: DeadlineState;
}

/**
 * Each running time limit of a case, with its unit (§85) and due date from the working-day
 * calendar. A deadline starts at the first `from` step and stops at the first `until` step after it.
 */
export function computeDeadlines(
  def: ProcedureDef,
  c: { steps: readonly TakenStep[]; rulePack: RulePack },
  calendar: WorkingCalendar,
  today: string,
): DeadlineStatus[] {
  const out: DeadlineStatus[] = [];
  for (const d of def.deadlines) {
    const startIdx = c.steps.findLastIndex((s) => s.code === d.from);
    if (startIdx < 0) continue;
    const start = c.steps[startIdx]!;
    const met = c.steps.slice(startIdx + 1).find((s) => d.until.includes(s.code));
    const limit = c.rulePack.limits[d.limit];
    const entered = d.fromInput ? start.inputs[d.fromInput] : undefined;
    const startOn = typeof entered === 'string' ? entered : start.on;
    // A clock started by an entered date may already be stopped by the step that entered it (立案 on time).
    const stopper = d.until.includes(d.from) && d.fromInput ? start : met;
    const ext = d.extendBy ? c.steps.slice(startIdx + 1).find((s) => s.code === d.extendBy!.step) : undefined;
    // A due date in a year whose holiday notice is not loaded stays unknown: never guessed.
    let dueOn = calendar.tryDueDate(startOn, limit);
    if (dueOn && ext && d.extendBy) dueOn = calendar.tryDueDate(dueOn, c.rulePack.limits[d.extendBy.limit]);
    let state: DeadlineState;
    if (dueOn === null) state = 'unknown';
    else if (stopper) state = stopper.on <= dueOn ? 'met' : 'met-late';
    else state = today > dueOn ? 'overdue' : 'running';
    out.push({
      code: d.code,
      name: limit.name,
      basis: limit.basis,
      days: limit.days,
      unit: limit.unit,
      startedOn: startOn,
      dueOn,
      metOn: stopper?.on ?? null,
      extended: ext !== undefined,
      state,
    });
  }
  return out;
}
