import { dayNumber, isoOfDay, type WorkingCalendar } from '../calendar/calendar.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { TakenStep } from './engine.ts';
import { DomainError } from '../errors.ts';
import type { DeadlineDef, ProcedureDef } from './types.ts';
import { receivedOn } from './delivery.ts';

export type DeadlineState = 'running' | 'paused' | 'overdue' | 'met' | 'met-late' | 'unknown';

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
  /** extensions taken, and how many the procedure allows */
  extensions: number;
  maxExtensions: number;
  /** days not counted (检测、检验、鉴定 …), in the limit's unit; a pause still open counts to today */
  pausedDays: number;
  state: DeadlineState;
}

/** The end of `days` of `unit` after `start`, without moving a natural end off a rest day; null when a year on the way is not loaded. */
function rawEnd(calendar: WorkingCalendar, start: string, days: number, unit: 'working' | 'natural'): string | null {
  if (unit === 'natural') return isoOfDay(dayNumber(start) + days);
  return calendar.tryDueDate(start, { days, unit });
}

/** Days of `unit` in (from, to]; null when a year on the way is not loaded. */
function daysBetween(calendar: WorkingCalendar, from: string, to: string, unit: 'working' | 'natural'): number | null {
  if (to <= from) return 0;
  if (unit === 'natural') return dayNumber(to) - dayNumber(from);
  try {
    return calendar.workingDaysBetween(from, to);
  } catch {
    return null;
  }
}

/**
 * Each running time limit of a case, with its unit (§85) and due date from the working-day
 * calendar. A deadline starts at the last `from` step (at the party's receipt of what it served,
 * with `fromDelivery`) and stops at the first `until` step after it. Paused time is not counted;
 * each extension counts from the original end; a natural period ending on a rest day ends on the
 * next working day once, at the final end (民法典 §203, 行政处罚法 §85).
 */
export function computeDeadlines(
  def: ProcedureDef,
  c: { steps: readonly TakenStep[]; rulePack: RulePack },
  calendar: WorkingCalendar,
  today: string,
): DeadlineStatus[] {
  const out: DeadlineStatus[] = [];
  for (const d of def.deadlines) {
    const s = deadlineOf(d, c, calendar, today);
    if (s) out.push(s);
  }
  return out;
}

/** One deadline of a case; null before its clock starts. */
export function deadlineOf(
  d: DeadlineDef,
  c: { steps: readonly TakenStep[]; rulePack: RulePack },
  calendar: WorkingCalendar,
  today: string,
): DeadlineStatus | null {
  const startIdx = c.steps.findLastIndex((s) => s.code === d.from);
  if (startIdx < 0) return null;
  const start = c.steps[startIdx]!;
  const after = c.steps.slice(startIdx + 1);
  const limit = c.rulePack.limits[d.limit];
  let startOn: string | null = start.on;
  if (d.fromInput && typeof start.inputs[d.fromInput] === 'string') startOn = start.inputs[d.fromInput] as string;
  if (d.fromDelivery) startOn = receivedOn(start.inputs, c.rulePack);
  if (startOn === null) return null;
  // A clock started by an entered date may already be stopped by the step that entered it (立案 on time).
  const stopper = d.until.includes(d.from) && d.fromInput ? start : after.find((s) => d.until.includes(s.code));
  const extensions = d.extendBy ? after.filter((s) => s.code === d.extendBy!.step && (!stopper || s !== stopper)) : [];
  const maxExtensions = d.extendBy ? (d.extendBy.times ?? 1) : 0;
  // paused time: each pause from its `from` step to the next `until` step (or today while it lasts)
  let pausedDays = 0;
  let paused = false;
  let unknown = false;
  if (d.pausedBy) {
    // pauses do not overlap: a second 送检 while one is out does not count the days twice
    let pausedFrom: string | null = null;
    const close = (to: string) => {
      const n = daysBetween(calendar, pausedFrom!, to, limit.unit);
      if (n === null) unknown = true;
      else pausedDays += n;
      pausedFrom = null;
    };
    for (const x of stopper ? after.slice(0, after.indexOf(stopper)) : after) {
      if (x.code === d.pausedBy.from && pausedFrom === null) pausedFrom = x.on;
      else if (x.code === d.pausedBy.until && pausedFrom !== null) close(x.on);
    }
    if (pausedFrom !== null) {
      paused = !stopper;
      close(stopper ? stopper.on : today);
    }
  }
  let end = unknown ? null : rawEnd(calendar, startOn, limit.days + pausedDays, limit.unit);
  let natural = limit.unit === 'natural' && limit.rollOver !== false;
  for (const _ of extensions.slice(0, maxExtensions)) {
    const ext = c.rulePack.limits[d.extendBy!.limit];
    if (end) end = rawEnd(calendar, end, ext.days, ext.unit);
    natural ||= ext.unit === 'natural' && ext.rollOver !== false;
  }
  // the one roll-over, at the final end
  const dueOn = end && natural ? nextWorkingDay(calendar, end) : end;
  let state: DeadlineState;
  if (dueOn === null) state = 'unknown';
  else if (stopper) state = stopper.on <= dueOn ? 'met' : 'met-late';
  else if (paused) state = 'paused';
  else state = today > dueOn ? 'overdue' : 'running';
  return {
    code: d.code,
    name: limit.name,
    basis: limit.basis,
    days: limit.days,
    unit: limit.unit,
    startedOn: startOn,
    dueOn,
    metOn: stopper?.on ?? null,
    extended: extensions.length > 0,
    extensions: extensions.length,
    maxExtensions,
    pausedDays,
    state,
  };
}

/** `d` itself when it is a working day, else the next one; null when its year is not loaded. */
function nextWorkingDay(calendar: WorkingCalendar, d: string): string | null {
  let n = dayNumber(d);
  for (;;) {
    const iso = isoOfDay(n);
    if (!calendar.hasYear(Number(iso.slice(0, 4)))) return null;
    if (calendar.isWorkingDay(iso)) return iso;
    n++;
  }
}

/**
 * An extension step (a deadline's `extendBy`) is taken only while its deadline runs — before the
 * end, not after it has passed — and no more often than the procedure allows (行政强制法 §25:
 * 延长期限 once, decided before expiry; 行政许可法 §42; 市场监管 rules §18, §64).
 */
export function checkExtension(
  def: ProcedureDef,
  c: { steps: readonly TakenStep[]; rulePack: RulePack },
  stepCode: string,
  calendar: WorkingCalendar,
  today: string,
): void {
  for (const d of def.deadlines) {
    if (d.extendBy?.step !== stepCode) continue;
    const s = deadlineOf(d, c, calendar, today);
    const name = c.rulePack.limits[d.limit].name;
    if (!s) throw new DomainError('EXTENSION_NOT_ALLOWED', `${name}尚未开始计算，无需延长`, { deadline: d.code });
    if (s.metOn) throw new DomainError('EXTENSION_NOT_ALLOWED', `${name}已于 ${s.metOn} 结束，无需延长`, { deadline: d.code });
    if (s.extensions >= s.maxExtensions)
      throw new DomainError(
        'EXTENSION_NOT_ALLOWED',
        `${name}已延长 ${s.extensions} 次，不能再次延长（${c.rulePack.limits[d.extendBy.limit].basis}）`,
        { deadline: d.code, extensions: s.extensions, max: s.maxExtensions },
      );
    if (s.dueOn === null)
      throw new DomainError('CALENDAR_YEAR_UNKNOWN', `${name}的届满日所在年度的节假日安排尚未载入，无法判断能否延长`, { deadline: d.code });
    if (today > s.dueOn)
      throw new DomainError('EXTENSION_NOT_ALLOWED', `${name}已于 ${s.dueOn} 届满，届满后不能再批准延长（须在期限届满前决定）`, {
        deadline: d.code,
        dueOn: s.dueOn,
      });
  }
}
