import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaDay, chinaDayStart } from './china-time.ts';

describe('China time (UTC+8) for legal days', () => {
  it('legal dates and wall-clock times are Beijing’s, whatever the server’s zone', () => {
    expect(chinaDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(chinaDateTime(new Date('2026-09-01T02:05:00Z'))).toEqual({ date: '2026-09-01', time: '10:05:00' });
    expect(chinaDateTime(new Date('2026-09-01T16:00:00.999Z'))).toEqual({ date: '2026-09-02', time: '00:00:00' });
  });

  it('a China date begins at 16:00 UTC the day before, and ends on the next one’s start', () => {
    expect(chinaDayStart('2026-09-01').toISOString()).toBe('2026-08-31T16:00:00.000Z');
    expect(chinaDate(chinaDayStart('2026-09-01'))).toBe('2026-09-01');
    expect(chinaDate(new Date(chinaDayStart('2026-09-02').getTime() - 1))).toBe('2026-09-01');
    expect(chinaDayStart('2026-09-01').getTime()).toBe(new Date('2026-09-01T00:00:00+08:00').getTime());
  });

  it('a date shown to people is the Beijing date of an instant, and a legal day stays itself (issue 18 item 11)', () => {
    expect(chinaDay('2026-11-05T17:30:00Z')).toBe('2026-11-06');
    expect(chinaDay('2026-11-05T17:30:00.000Z')).toBe('2026-11-06');
    expect(chinaDay(new Date('2026-11-05T17:30:00Z'))).toBe('2026-11-06');
    expect(chinaDay('2026-11-05T15:59:59.999Z')).toBe('2026-11-05');
    expect(chinaDay('2026-11-06T01:30:00+08:00')).toBe('2026-11-06');
    expect(chinaDay('2026-11-05')).toBe('2026-11-05');
    expect(chinaDay('2026-11-05 17:30')).toBeNull();
    expect(chinaDay('')).toBeNull();
    expect(chinaDay(null)).toBeNull();
    expect(chinaDay(new Date(Number.NaN))).toBeNull();
  });
});
