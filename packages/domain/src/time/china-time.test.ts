import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaDayStart } from './china-time.ts';

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
});
