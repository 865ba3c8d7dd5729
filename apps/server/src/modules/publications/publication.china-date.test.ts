import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';

/**
 * Issue 18 item 11: every date a person reads is the Beijing date. A decision taken at
 * 2026-11-05T17:30Z is taken on 2026-11-06 (01:30 Beijing time): its record, its 双公示 items, the
 * portal's decision page (决定日期 and the 公示 history), the search results and a later act's
 * banner all say 2026-11-06, never the UTC 2026-11-05.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

describe('R-PUB-3 dates people see are China dates (issue 18 item 11)', () => {
  let pubId: string;
  let url: string;

  it('a decision at 2026-11-05T17:30Z (2026-11-06 01:30 Beijing) is decided and published on 2026-11-06', async () => {
    const caseId = await readyPenaltyCase(h, { notifiedFine: 5000 });
    h.clock.set('2026-11-05T17:30:00Z');
    expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
    const d = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
    expect(d.statusCode, d.body).toBe(200);
    expect((await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' })).statusCode).toBe(201);
    const list = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json();
    pubId = list.items.find((i: { caseId: string }) => i.caseId === caseId).id;
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ decidedOn: '2026-11-06', publishedOn: '2026-11-06' });
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    expect(pub.decided_on).toBe('2026-11-06');
    expect(pub.fields).toMatchObject({ CF_JDRQ: '2026-11-06' });
    url = `/decisions/${encodeURIComponent(pub.agency_credit_code)}/${encodeURIComponent(pub.doc_number)}`;
  });

  it('the portal decision page shows 决定日期 2026-11-06 and 公示 on 2026-11-06', async () => {
    const page = await h.request(null, 'GET', url);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('<dt>决定日期</dt><dd>2026-11-06</dd>');
    expect(page.body).toMatch(/<li><time datetime="2026-11-05T17:30:00\.000Z">2026-11-06<\/time> 公示/);
    expect(page.body).not.toMatch(/>[^<]*2026-11-05/);
  });

  it('search results show the decision date 2026-11-06', async () => {
    const res = await h.request(null, 'GET', `/search?q=${encodeURIComponent('过期食品')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('决定日期 <time datetime="2026-11-06">2026-11-06</time>');
    expect(res.body).not.toMatch(/>[^<]*2026-11-05/);
  });

  it('a correction made at 2026-11-09T16:10Z reads 更正 on 2026-11-10 on the page', async () => {
    h.clock.set('2026-11-09T16:10:00Z');
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/corrections`, {
      reason: '违法行为类型表述不准确',
      foundOn: '2026-11-10',
      fieldCorrections: { CF_WFXW: '销售超过保质期的食品' },
    });
    expect(r.statusCode, r.body).toBe(200);
    const page = await h.request(null, 'GET', url);
    expect(page.body).toContain('本决定的公示信息已于 2026-11-10 更正');
    expect(page.body).toMatch(/>2026-11-10<\/time> 更正/);
    // the UTC day is only in the machine-readable datetime attribute, never in the text people read
    expect(page.body).not.toMatch(/>[^<]*2026-11-09/);
  });
});
