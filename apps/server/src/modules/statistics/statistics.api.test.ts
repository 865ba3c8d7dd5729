import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';

/**
 * 行政执法统计年报 (R-PUB-7) from the product's own records: a 2026 case decided after a passed
 * review and published on time gives exact figures; the head reports the year to the 司法局 by
 * Jan 10 and publishes it (late, after Jan 31); the 司法局 sees who reported and who is overdue;
 * the portal shows the published report with charts.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  // 罚款 and 没收违法所得 both notified (行政处罚法 §44): the decision may not add a sanction the 告知书 did not name
  const id = await readyPenaltyCase(h, { notifiedConfiscation: 300 });
  h.clock.set('2026-09-28T02:00:00Z');
  await propose(
    h,
    'scjg.liming',
    id,
    penaltyProposal(5000, {
      decision: {
        decisionType: 'penalty',
        facts: '销售过期食品。',
        violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
        penalty: '罚款 5000 元，没收违法所得 300 元',
        fineAmount: 5000,
        confiscation: 300,
      },
    }),
  );
  await submit(h, 'scjg.liming', id);
  await opinion(h, 'scjg.chenjing', id, 'agree');
  expect(
    (await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} })).statusCode,
  ).toBe(200);
  await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
  const pub = (await h.request(await h.token('scjg.gongshi'), 'GET', '/api/v1/publications')).json().items[0];
  expect((await h.request(await h.token('scjg.gongshi'), 'POST', `/api/v1/publications/${pub.id}/publish`, {})).statusCode).toBe(200);
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string) => h.request(await h.token(username), method, url);

describe('R-PUB-7 statistics from the records', () => {
  it("R-PUB-7: the year's figures by kind and result, fines, reviews and publications, exactly", async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    const r = await as('scjg.juzhang', 'GET', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026`);
    expect(r.statusCode, r.body).toBe(200);
    const f = r.json().figures;
    expect(f.kinds).toEqual([{ kind: '行政处罚', opened: 1, decided: 1, results: { 给予行政处罚: 1 } }]);
    expect(f.totals).toEqual({ opened: 1, decided: 1, fines: 5000, confiscations: 300 });
    expect(f.reviews).toMatchObject({ submitted: 1, passed: 1, passedFirstTime: 1, returned: 0, collective: 0 });
    expect(f.publications).toMatchObject({ due: 1, onTime: 1, late: 0, overdue: 0, rate: 100 });
    expect(f.quarters.map((q: { decided: number }) => q.decided)).toEqual([0, 0, 1, 0]);
    const q3 = await as('scjg.juzhang', 'GET', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/quarters/3`);
    expect(q3.json().totals.decided).toBe(1);
    expect((await as('scjg.juzhang', 'GET', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/quarters/2`)).json().totals.decided).toBe(
      0,
    );
    // another agency's figures are not visible; a year not begun is refused
    expect((await as('zhzf.admin', 'GET', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026`)).statusCode).toBe(404);
    const future = await as('scjg.juzhang', 'GET', `/api/v1/agencies/${h.agency('scjg')}/statistics/2027`);
    expect(future.statusCode).toBe(400);
    expect(errorCode(future)).toBe('VALIDATION_FAILED');
  });

  it('R-PUB-7: a year is reported only when it is over, by the head; reported by Jan 10 is on time, published after Jan 31 is late', async () => {
    const early = await as('scjg.juzhang', 'POST', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/report`);
    expect(early.statusCode).toBe(400);
    h.clock.set('2027-01-08T02:00:00Z');
    expect((await as('scjg.liming', 'POST', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/report`)).statusCode).toBe(403);
    const rep = await as('scjg.juzhang', 'POST', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/report`);
    expect(rep.statusCode, rep.body).toBe(200);
    expect(rep.json().reported).toMatchObject({ late: false, dueOn: '2027-01-10', by: '张建国' });
    h.clock.set('2027-02-03T02:00:00Z');
    const pub = await as('scjg.juzhang', 'POST', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/publication`);
    expect(pub.json().published).toMatchObject({ late: true, dueOn: '2027-01-31' });
    await expect(sql`UPDATE statistics_reports SET late = false`.execute(h.tdb.db)).rejects.toThrow();
  });

  it('R-PUB-7: the 司法局 sees which agencies reported and published, who is overdue, and the regional sum', async () => {
    const s = await as('sfj.jiandu', 'GET', '/api/v1/statistics/2026/status');
    expect(s.statusCode, s.body).toBe(200);
    const byName = new Map(s.json().agencies.map((a: { agency: { name: string } }) => [a.agency.name, a]));
    expect(byName.get('馆陶县市场监督管理局')).toMatchObject({
      reported: { late: false },
      published: { late: true },
      reportOverdue: false,
      publishOverdue: false,
      totals: { decided: 1, fines: 5000 },
    });
    expect(byName.get('馆陶县综合行政执法局')).toMatchObject({ reported: null, reportOverdue: true, publishOverdue: true });
    expect(s.json().region).toMatchObject({ decided: 1, fines: 5000 });
  });

  it('R-PUB-7: the portal shows the published report with charts that carry their figures as text', async () => {
    const credit = (
      await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow()
    ).credit_code;
    const index = await h.request(null, 'GET', `/agencies/${credit}/statistics`);
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('2026 年度行政执法统计年报');
    const page = await h.request(null, 'GET', `/agencies/${credit}/statistics/2026`);
    expect(page.statusCode).toBe(200);
    for (const text of ['<svg role="img"', '<title id="c-kinds-t">', '行政处罚 1', '罚款</dt><dd>5,000 元', '公示率 100%', '第 3 季度'])
      expect(page.body).toContain(text);
    expect(page.body).not.toMatch(/<script/i);
    expect((await h.request(null, 'GET', `/agencies/${credit}/statistics/2025`)).statusCode).toBe(404);
  });
});
