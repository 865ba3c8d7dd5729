import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.ts';
import { BUILTIN_CALENDAR_YEARS } from './holidays-data.ts';
import { parseCalendarImport } from './import.ts';

const cal = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);

describe('R-PUB-3 working-day calendar', () => {
  it('R-PUB-3: 7 working days from 2025-01-24 is 2025-02-10 (春节, 调休 1/26 and 2/8)', () => {
    expect(cal.addWorkingDays('2025-01-24', 7)).toBe('2025-02-10');
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
  });

  it('knows the 2024–2026 make-up working days and the holidays beside them', () => {
    const makeUp = [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ];
    for (const d of makeUp) expect(cal.isWorkingDay(d), d).toBe(true);
    const off = [
      '2024-02-12',
      '2024-10-07',
      '2025-01-28',
      '2025-02-04',
      '2025-05-05',
      '2025-06-02',
      '2025-10-08',
      '2026-01-02',
      '2026-02-16',
      '2026-02-23',
      '2026-04-06',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-07',
    ];
    for (const d of off) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.dayInfo('2026-02-14')).toEqual({ date: '2026-02-14', working: true, makeUpWorkday: '春节调休' });
    expect(cal.dayInfo('2026-02-18')).toEqual({ date: '2026-02-18', working: false, holiday: '春节' });
    expect(cal.dayInfo('2026-03-07')).toEqual({ date: '2026-03-07', working: false });
  });

  it('every make-up working day of every built-in year falls on a Saturday or Sunday', () => {
    for (const y of BUILTIN_CALENDAR_YEARS) {
      expect(y.source.length, String(y.year)).toBeGreaterThan(5);
      for (const w of y.workdays) expect([0, 6], `${y.year} ${w.date}`).toContain(new Date(`${w.date}T00:00:00Z`).getUTCDay());
    }
    expect(cal.knownYears()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('2026 春节: the working day after 2026-02-13 is the make-up Saturday 2026-02-14; then 2/24', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10'); // 国庆 10/1–10/7; 10/8, 10/9 work, 10/10 is the make-up Saturday
  });

  it('2020 春节 was extended to 2/2 and its 2/1 make-up day cancelled', () => {
    expect(cal.isWorkingDay('2020-02-01')).toBe(false);
    expect(cal.isWorkingDay('2020-02-02')).toBe(false);
    expect(cal.isWorkingDay('2020-02-03')).toBe(true);
    expect(cal.isWorkingDay('2020-01-19')).toBe(true);
  });

  it('natural days: a period ending on a rest day ends on the next working day (民法典 §203)', () => {
    expect(cal.addNaturalDays('2026-09-16', 15)).toBe('2026-10-08'); // 10/1 is 国庆 → 10/8
    expect(cal.addNaturalDays('2026-03-02', 15)).toBe('2026-03-17');
    expect(cal.addNaturalDays('2026-03-06', 15)).toBe('2026-03-23'); // 3/21 Saturday → Monday
    expect(cal.dueDate('2026-08-03', { days: 90, unit: 'natural' })).toBe('2026-11-02');
    expect(cal.dueDate('2026-08-03', { days: 7, unit: 'working' })).toBe('2026-08-12');
  });

  it('crosses year boundaries and refuses an unknown year rather than guess', () => {
    expect(cal.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
    expect(() => cal.addWorkingDays('2026-12-28', 7)).toThrow(/2027/);
    expect(() => cal.isWorkingDay('2018-06-01')).toThrow(/2018/);
    try {
      cal.isWorkingDay('2027-01-05');
    } catch (e) {
      expect((e as { code: string }).code).toBe('CALENDAR_YEAR_UNKNOWN');
    }
    expect(cal.tryDueDate('2026-12-28', { days: 7, unit: 'working' })).toBeNull();
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow('不是有效日期');
  });

  it('warns in December when next year is missing', () => {
    expect(cal.nextYearMissingWarning('2026-11-30')).toBeNull();
    expect(cal.nextYearMissingWarning('2026-12-01')).toContain('2027');
    expect(cal.nextYearMissingWarning('2025-12-15')).toBeNull();
  });

  it('property: addWorkingDays then workingDaysBetween gives n back, and lands on a working day', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.UTC(2019, 0, 1);
    for (let i = 0; i < 3000; i++) {
      const d = new Date(start + Math.floor(rnd() * 2500) * 86_400_000).toISOString().slice(0, 10);
      const n = 1 + Math.floor(rnd() * 60);
      const due = cal.addWorkingDays(d, n);
      expect(cal.workingDaysBetween(d, due)).toBe(n);
      expect(cal.isWorkingDay(due)).toBe(true);
    }
  });
});

describe('importing a year', () => {
  it('accepts JSON with ranges and CSV with Chinese kinds, and the year then counts', () => {
    const json = parseCalendarImport(
      JSON.stringify({
        year: 2027,
        source: '国办发明电〔2026〕X号',
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { from: '2027-02-06', to: '2027-02-12', name: '春节' },
        ],
        workdays: [{ date: '2027-02-13', name: '春节调休' }],
      }),
    );
    expect(json.holidays).toHaveLength(8);
    const csv = parseCalendarImport(
      '\uFEFFyear,2027\nsource,国办发明电〔2026〕X号\ndate,kind,name\n2027-01-01,放假,元旦\n2027-02-13,上班,春节调休\n',
    );
    expect(csv).toMatchObject({ year: 2027, workdays: [{ date: '2027-02-13', name: '春节调休' }] });
    const withYear = cal.withYear(json);
    expect(withYear.addWorkingDays('2027-02-05', 1)).toBe('2027-02-13');
    expect(withYear.nextYearMissingWarning('2026-12-05')).toBeNull();
    expect(cal.hasYear(2027)).toBe(false);
  });

  it('reports every problem at once, with lines', () => {
    const text =
      '# year=2027\n2027-02-30,holiday,春节\n2027-03-03,workday,调休\n2027-01-01,holiday,元旦\n2027-01-01,workday,元旦\n2028-06-01,holiday,x\n2027-05-01,rest,劳动节\n';
    try {
      parseCalendarImport(text);
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; details: { problems: { line?: number; message: string }[] } };
      expect(err.code).toBe('CALENDAR_IMPORT_INVALID');
      const msgs = err.details.problems.map((p) => `${p.line ?? '-'}:${p.message}`);
      expect(msgs).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^-:缺少来源/),
          expect.stringMatching(/^2:日期无效/),
          expect.stringMatching(/^3:.*不能作为调休上班日/),
          expect.stringMatching(/^5:.*不能既放假又上班/),
          expect.stringMatching(/^6:.*不在 2027 年前后 31 天内/),
          expect.stringMatching(/^7:类型「rest」/),
        ]),
      );
    }
    expect(() => parseCalendarImport('{"year": 1999, "source": "x", "holidays": []}')).toThrow(
      /2000–2100.*没有任何放假日期|没有任何放假日期.*2000–2100|2000–2100/,
    );
    expect(() => parseCalendarImport('{not json')).toThrow('不是有效的 JSON');
  });
});
