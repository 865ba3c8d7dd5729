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
