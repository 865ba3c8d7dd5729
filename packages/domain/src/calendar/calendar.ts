import { DomainError } from '../errors.ts';

/**
 * The official working-day calendar (法定节假日 and 调休 make-up working days) that every legal
 * time limit counts with (R-PUB-3, 行政处罚法 §85). A year that is not loaded is never guessed.
 */
export type IsoDate = string;
export type DayUnit = 'working' | 'natural';
export interface TimeLimit {
  days: number;
  unit: DayUnit;
  /**
   * false: a natural-day period ending on a rest day still ends that day — for limits counted in
   * hours by their law (行政强制法 §19: 二十四小时内), which no holiday extends
   */
  rollOver?: false;
}
export interface CalendarDay {
  date: IsoDate;
  name: string;
}
export interface CalendarYear {
  year: number;
  /** the notice it comes from, e.g. 国办发明电〔2024〕12号 */
  source: string;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC) of an ISO date; refuses malformed or impossible dates. */
export function dayNumber(d: IsoDate): number {
  const m = ISO.exec(d);
  if (!m) throw new DomainError('VALIDATION_FAILED', `日期格式应为 YYYY-MM-DD：${d}`, { date: d });
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(t);
  if (back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) {
    throw new DomainError('VALIDATION_FAILED', `不是有效日期：${d}`, { date: d });
  }
  return t / DAY_MS;
}

export function isoOfDay(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
function weekday(n: number): number {
  return (n + 4) % 7; // 1970-01-01 was a Thursday
}

interface YearTable {
  /** day number of Jan 1 */
  start: number;
  /** 1 = working day, index = day of year */
  working: Uint8Array;
  source: string;
}

export class WorkingCalendar {
  private readonly years = new Map<number, YearTable>();
  private readonly data = new Map<number, CalendarYear>();
  private readonly labels = new Map<number, { holiday?: string; makeUpWorkday?: string }>();

  constructor(years: readonly CalendarYear[]) {
    for (const y of years) this.data.set(y.year, y);
    this.build();
  }

  private build(): void {
    // Weekend/weekday first, then every year's notice (a notice may name days just outside its year).
    for (const y of this.data.keys()) {
      const start = dayNumber(`${y}-01-01`);
      const end = dayNumber(`${y + 1}-01-01`);
      const working = new Uint8Array(end - start);
      for (let i = 0; i < working.length; i++) {
        const wd = weekday(start + i);
        working[i] = wd === 0 || wd === 6 ? 0 : 1;
      }
      this.years.set(y, { start, working, source: this.data.get(y)!.source });
    }
    for (const y of this.data.values()) {
      for (const h of y.holidays) this.mark(h.date, 0, { holiday: h.name });
      for (const w of y.workdays) this.mark(w.date, 1, { makeUpWorkday: w.name });
    }
  }

  private mark(date: IsoDate, working: 0 | 1, label: { holiday?: string; makeUpWorkday?: string }): void {
    const n = dayNumber(date);
    this.labels.set(n, label);
    const t = this.years.get(Number(date.slice(0, 4)));
    if (t) t.working[n - t.start] = working;
  }

  knownYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  yearData(year: number): CalendarYear | undefined {
    return this.data.get(year);
  }

  private table(year: number): YearTable {
    const t = this.years.get(year);
    if (!t) {
      const known = this.knownYears();
      throw new DomainError(
        'CALENDAR_YEAR_UNKNOWN',
        `尚未载入 ${year} 年的节假日安排（已载入：${known.length ? `${known[0]}–${known[known.length - 1]}` : '无'}），无法按工作日计算，请由管理员导入国务院办公厅当年的放假通知`,
        { year },
      );
    }
    return t;
  }

  private workingByNumber(n: number): boolean {
    const w = this.workingOrNull(n);
    if (w === null) this.table(new Date(n * DAY_MS).getUTCFullYear()); // throws CALENDAR_YEAR_UNKNOWN
    return w === true;
  }

  /** null when the day's year is not loaded (no exception on the hot path). */
  private workingOrNull(n: number): boolean | null {
    const year = new Date(n * DAY_MS).getUTCFullYear();
    const t = this.years.get(year);
    return t ? t.working[n - t.start] === 1 : null;
  }

  /** Like dueDate, but null instead of an error when a year on the way is not loaded. */
  tryDueDate(start: IsoDate, limit: TimeLimit): IsoDate | null {
    let day = dayNumber(start);
    if (limit.days === 0) return start;
    if (limit.unit === 'working') {
      let left = limit.days;
      while (left > 0) {
        day++;
        const w = this.workingOrNull(day);
        if (w === null) return null;
        if (w) left--;
      }
    } else {
      day += limit.days;
      if (limit.rollOver === false) return this.workingOrNull(day) === null ? null : isoOfDay(day);
      for (;;) {
        const w = this.workingOrNull(day);
        if (w === null) return null;
        if (w) break;
        day++;
      }
    }
    return isoOfDay(day);
  }

  isWorkingDay(d: IsoDate): boolean {
    return this.workingByNumber(dayNumber(d));
  }

  dayInfo(d: IsoDate): { date: IsoDate; working: boolean; holiday?: string; makeUpWorkday?: string } {
    const n = dayNumber(d);
    const working = this.workingByNumber(n);
    const label = this.labels.get(n);
    return {
      date: d,
      working,
      ...(label?.holiday && !working ? { holiday: label.holiday } : {}),
      ...(label?.makeUpWorkday && working ? { makeUpWorkday: label.makeUpWorkday } : {}),
    };
  }

  /** The n-th working day after `start` (the start day itself is not counted). */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) throw new DomainError('VALIDATION_FAILED', '工作日天数应为非负整数', { n });
    let day = dayNumber(start);
    if (n === 0) return start;
    let left = n;
    while (left > 0) {
      day++;
      if (this.workingByNumber(day)) left--;
    }
    return isoOfDay(day);
  }

  /** start + n days; a period ending on a rest day ends on the next working day (民法典 §203). */
  addNaturalDays(start: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) throw new DomainError('VALIDATION_FAILED', '天数应为非负整数', { n });
    let day = dayNumber(start) + n;
    if (n === 0) return start;
    while (!this.workingByNumber(day)) day++;
    return isoOfDay(day);
  }

  dueDate(start: IsoDate, limit: TimeLimit): IsoDate {
    if (limit.unit === 'working') return this.addWorkingDays(start, limit.days);
    return limit.rollOver === false ? isoOfDay(dayNumber(start) + limit.days) : this.addNaturalDays(start, limit.days);
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b < a) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let d = a + 1; d <= b; d++) if (this.workingByNumber(d)) count++;
    return count;
  }

  /** In December, a reminder that next year's State Council notice has not been loaded. */
  nextYearMissingWarning(today: IsoDate): string | null {
    const year = Number(today.slice(0, 4));
    if (today.slice(5, 7) !== '12' || this.hasYear(year + 1)) return null;
    return `尚未载入 ${year + 1} 年的节假日安排：国务院办公厅发布放假通知后，请及时导入，否则 ${year + 1} 年的期限无法计算`;
  }

  withYear(y: CalendarYear): WorkingCalendar {
    const all = [...this.data.values()].filter((x) => x.year !== y.year);
    return new WorkingCalendar([...all, y]);
  }
}
