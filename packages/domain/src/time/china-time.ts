/** Legal dates are China dates (UTC+8, no daylight saving): a step at 2026-01-01 01:00 Beijing is on 2026-01-01. */
const OFFSET_MS = 8 * 3600 * 1000;

export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaYear(instant: Date): number {
  return Number(chinaDate(instant).slice(0, 4));
}

/** Beijing wall-clock date and time of an instant: 2026-09-01T02:05:00Z → { date: '2026-09-01', time: '10:05:00' }. */
export function chinaDateTime(instant: Date): { date: string; time: string } {
  const s = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return { date: s.slice(0, 10), time: s.slice(11, 19) };
}

/** The instant a China date begins: 2026-09-01 → 2026-08-31T16:00:00.000Z. */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The China date a person should read for a value that is either already a legal day
 * ('2026-11-06', kept as it is) or an instant (a Date or an ISO string with its zone: its Beijing
 * date, never the UTC one — 2026-11-05T17:30:00Z is 2026-11-06). Anything else: null.
 */
export function chinaDay(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : chinaDate(value);
  const s = value.trim();
  if (BARE_DATE.test(s)) return s;
  if (!INSTANT.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : chinaDate(new Date(t));
}

const LOCAL_MOMENT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A moment a person entered (a 笔录's start, a 送达's arrival) as Beijing wall-clock time,
 * YYYY-MM-DDTHH:mm: '2026-08-20T09:30' is read as China time; with a zone ('…Z', '…+08:00') it is
 * converted to China time. Null when it is not a real moment (2026-02-30T10:00, 24:00).
 */
export function chinaMoment(value: string): string | null {
  const m = LOCAL_MOMENT.exec(value.trim());
  if (!m) return null;
  const [, date, hh, mm, ss, zone] = m;
  const local = `${date}T${hh}:${mm}:${ss ?? '00'}`;
  const t = Date.parse(`${local}${zone ?? '+08:00'}`);
  if (Number.isNaN(t)) return null;
  // Date.parse rolls 2026-02-30 over to March: a moment must read back as entered
  if (!zone && new Date(t + OFFSET_MS).toISOString().slice(0, 19) !== local) return null;
  return new Date(t + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a China moment (YYYY-MM-DDTHH:mm, Beijing time). */
export function chinaMomentInstant(moment: string): Date {
  return new Date(Date.parse(`${moment}:00+08:00`));
}
