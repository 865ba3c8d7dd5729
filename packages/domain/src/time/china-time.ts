/** Legal dates are China dates (UTC+8, no daylight saving): a step at 2026-01-01 01:00 Beijing is on 2026-01-01. */
const OFFSET_MS = 8 * 3600 * 1000;

export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaYear(instant: Date): number {
  return Number(chinaDate(instant).slice(0, 4));
}
