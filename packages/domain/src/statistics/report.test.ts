import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar } from '../calendar/index.ts';
import { computeReport, periodOf, reportDeadlines, type StatisticsFacts } from './report.ts';

const facts: StatisticsFacts = {
  opened: [
    { kind: '行政处罚', on: '2025-02-01' },
    { kind: '行政处罚', on: '2025-05-01' },
    { kind: '行政检查', on: '2025-11-30' },
    { kind: '行政处罚', on: '2024-12-31' },
  ],
  decisions: [
    { kind: '行政处罚', result: '给予行政处罚', fine: 5000, confiscation: 300, on: '2025-03-01' },
    { kind: '行政处罚', result: '给予行政处罚', fine: 200, confiscation: 0, on: '2025-06-30' },
    { kind: '行政处罚', result: '不予行政处罚', fine: 0, confiscation: 0, on: '2025-07-01' },
    { kind: '行政检查', result: '责令整改', fine: 0, confiscation: 0, on: '2025-12-01' },
    { kind: '行政处罚', result: '给予行政处罚', fine: 9999, confiscation: 0, on: '2026-01-01' },
  ],
  hearings: { requested: ['2025-04-01', '2024-01-01'], held: ['2025-04-20'] },
  reviews: {
    submitted: ['2025-02-20', '2025-06-01', '2025-06-10'],
    returned: ['2025-06-05'],
    passed: ['2025-02-25', '2025-06-20'],
    passedFirstTime: ['2025-02-25'],
    collective: [],
    overrides: [],
  },
  publications: [
    {
      decidedOn: '2025-03-01',
      dueOn: '2025-03-10',
      publishedOn: '2025-03-05',
      state: 'published',
      corrected: ['2025-04-01'],
      withdrawn: [],
    },
    {
      decidedOn: '2025-06-30',
      dueOn: '2025-07-09',
      publishedOn: '2025-07-15',
      state: 'published',
      corrected: [],
      withdrawn: ['2025-08-01'],
    },
    { decidedOn: '2025-12-01', dueOn: '2025-12-29', publishedOn: null, state: 'pending', corrected: [], withdrawn: [] },
  ],
};

describe('R-PUB-7 statistics', () => {
  it('R-PUB-7: a year counts by kind and result, fines, hearings, reviews and publications (on time, late, overdue)', () => {
    const r = computeReport(facts, 2025, null, '2026-01-05');
    expect(r.totals).toEqual({ opened: 3, decided: 4, fines: 5200, confiscations: 300 });
    expect(r.kinds).toEqual([
      { kind: '行政处罚', opened: 2, decided: 3, results: { 给予行政处罚: 2, 不予行政处罚: 1 } },
      { kind: '行政检查', opened: 1, decided: 1, results: { 责令整改: 1 } },
    ]);
    expect(r.hearings).toEqual({ requested: 1, held: 1 });
    expect(r.reviews).toMatchObject({ submitted: 3, passed: 2, passedFirstTime: 1, returned: 1 });
    expect(r.publications).toEqual({ due: 3, onTime: 1, late: 1, overdue: 1, corrected: 1, withdrawn: 1, rate: 66.7 });
    expect(r.quarters.map((q) => q.decided)).toEqual([1, 1, 1, 1]);
  });
  it('R-PUB-7: quarters, and a pending publication not yet due is not overdue', () => {
    expect(periodOf(2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodOf(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    const q4 = computeReport(facts, 2025, 4, '2025-12-15');
    expect(q4.totals.decided).toBe(1);
    expect(q4.publications.overdue).toBe(0);
    expect(q4.quarters).toEqual([]);
    expect(() => periodOf(2025, 5)).toThrow();
  });
  it('R-PUB-7: reported by Jan 10 and published by Jan 31, moved to a working day', () => {
    const cal = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
    // 2026-01-10 is a Saturday, 2026-01-31 a Saturday
    expect(reportDeadlines(2025, cal)).toEqual({ reportBy: '2026-01-12', publishBy: '2026-02-02', calendarKnown: true });
    // 2027's holidays not yet announced: the plain dates
    expect(reportDeadlines(2026, cal)).toEqual({ reportBy: '2027-01-10', publishBy: '2027-01-31', calendarKnown: false });
  });
});
