import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { CalendarService } from './calendar.service.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-12-03T02:00:00Z' });
});
afterAll(async () => h?.close());

const YEAR_2027 = JSON.stringify({
  year: 2027,
  source: '国办发明电〔2026〕测试号',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { from: '2027-02-06', to: '2027-02-12', name: '春节' },
  ],
  workdays: [{ date: '2027-02-13', name: '春节调休' }],
});

describe('working-day calendar over the API (R-PUB-3)', () => {
  it('7 working days from 2025-01-24 is 2025-02-10', async () => {
    const r = await h.request(null, 'GET', '/api/v1/calendar/due-date?start=2025-01-24&days=7&unit=working');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().due).toBe('2025-02-10');
  });

  it('warns in December that next year is missing, refuses to guess, and accepts an import by the 司法局', async () => {
    const before = (await h.request(null, 'GET', '/api/v1/calendar')).json();
    expect(before.warning).toContain('2027');
    const refused = await h.request(null, 'GET', '/api/v1/calendar/due-date?start=2026-12-28&days=7&unit=working');
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('CALENDAR_YEAR_UNKNOWN');

    const byAgencyAdmin = await h.request(await h.token('scjg.admin'), 'POST', '/api/v1/calendar/years', { text: YEAR_2027 });
    expect(byAgencyAdmin.statusCode).toBe(403);
    const bad = await h.request(await h.token('sfj.admin'), 'POST', '/api/v1/calendar/years', { text: '{"year": 2027}' });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('CALENDAR_IMPORT_INVALID');
    const ok = await h.request(await h.token('sfj.admin'), 'POST', '/api/v1/calendar/years', { text: YEAR_2027 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ year: 2027, holidays: 8, workdays: 1 });

    const after = (await h.request(null, 'GET', '/api/v1/calendar')).json();
    expect(after.warning).toBeNull();
    expect(after.years.find((y: { year: number }) => y.year === 2027).origin).toBe('imported');
    const due = await h.request(null, 'GET', '/api/v1/calendar/due-date?start=2027-02-05&days=1&unit=working');
    expect(due.json().due).toBe('2027-02-13');
    const day = (await h.request(null, 'GET', '/api/v1/calendar/days/2027-02-08')).json();
    expect(day).toMatchObject({ working: false, holiday: '春节' });
  });

  it('validates query parameters', async () => {
    const r = await h.request(null, 'GET', '/api/v1/calendar/due-date?start=2025-13-01&days=7');
    expect(r.statusCode).toBe(400);
    const n = await h.request(null, 'GET', '/api/v1/calendar/due-date?start=2025-01-01&days=-1');
    expect(n.statusCode).toBe(400);
  });
});

describe('several instances on one database (issue 17, scale-out)', () => {
  it("a year imported through one instance reaches another's calendar when it refreshes (every minute in the background)", async () => {
    const a = new CalendarService(h.tdb.db);
    const b = new CalendarService(h.tdb.db);
    await a.load();
    await b.load();
    expect(await b.refresh()).toBe(false); // nothing changed: nothing read again
    await a.importYear(
      null,
      JSON.stringify({ year: 2031, source: '国办发明电〔2030〕测试号', holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [] }),
    );
    expect(b.years().map((y) => y.year)).not.toContain(2031);
    expect(await b.refresh()).toBe(true);
    expect(b.years().find((y) => y.year === 2031)).toEqual({ year: 2031, source: '国办发明电〔2030〕测试号', origin: 'imported' });
    expect(b.current().isWorkingDay('2031-01-01')).toBe(false);
    expect(await b.refresh()).toBe(false);
  });
});
