import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { sweepPublications } from './publication.service.ts';
import { CalendarService } from '../calendar/calendar.service.ts';

/**
 * A decision taken in late December, before next year's holidays are imported: the decision is
 * committed, so the officer is told it was taken — not a 422 for a publication record whose
 * deadline (in working days) runs into the unknown year. The sweep creates the record once the
 * year is there (R-PUB-3).
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-12-21T02:00:00Z' });
});
afterAll(async () => h?.close());

const YEAR_2027 = JSON.stringify({
  year: 2027,
  source: '国办发明电〔2026〕测试号',
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  workdays: [],
});

describe('the decision answers as it committed, whatever the publication hook meets after it', () => {
  it('R-PUB-3: a decision whose publication deadline runs into a year not yet imported is taken (200); the sweep publishes it after the import', async () => {
    const id = await readyPenaltyCase(h);
    h.clock.set('2026-12-28T02:00:00Z');
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    const decided = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}`)).json().state.code).toBe('decided');
    const records = async () =>
      Number((await h.tdb.pool.query('SELECT count(*) AS n FROM publications WHERE case_id = $1', [id])).rows[0].n);
    expect(await records()).toBe(0);
    const admin = await h.token('sfj.admin');
    const imported = await h.request(admin, 'POST', '/api/v1/calendar/years', { text: YEAR_2027 });
    expect(imported.statusCode, imported.body).toBe(201);
    const calendar = new CalendarService(h.tdb.db);
    await calendar.load();
    await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => calendar.current() });
    expect(await records()).toBe(1);
  });
});
