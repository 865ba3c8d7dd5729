import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../apps/server/src/test/review.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * 事后公开 in a real browser (R-PUB-3, R-PUB-8): a decision taken through the product is published
 * by the 公示管理员, then a citizen finds it from the home page's search box, reads its page (with
 * the redacted full text), on a desktop, on a phone and without JavaScript; after it is withdrawn
 * the page says so. axe-core checks each page.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let docNumber = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary-decisions');
  const id = await readyPenaltyCase(h);
  h.clock.set('2026-09-28T02:00:00Z');
  await propose(h, 'scjg.liming', id, penaltyProposal(5000));
  await submit(h, 'scjg.liming', id);
  await opinion(h, 'scjg.chenjing', id, 'agree');
  const decide = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} });
  expect(decide.statusCode, decide.body).toBe(200);
  await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
  const pub = (await h.request(await h.token('scjg.gongshi'), 'GET', '/api/v1/publications')).json().items[0];
  const done = await h.request(await h.token('scjg.gongshi'), 'POST', `/api/v1/publications/${pub.id}/publish`, {});
  expect(done.statusCode, done.body).toBe(200);
  docNumber = pub.docNumber;
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('published decisions in chromium', () => {
  it('R-PUB-8: search from the home page, open the decision, read its fields and full text', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/`);
    await page.getByRole('searchbox', { name: '关键词' }).fill('过期食品');
    await page.getByRole('button', { name: '检索' }).first().click();
    await page.waitForURL(/\/search\?q=/);
    expect(await page.getByRole('heading', { level: 2, name: /检索结果（共 1 条）/ }).count()).toBe(1);
    expect(await page.locator('mark').first().innerText()).toBe('过期食品');
    await kit.checkAccessibility(page, 'search-results');
    await kit.shot(page, 'search-results');

    await page.locator('ol.hits a').first().click();
    await page.waitForURL(/\/decisions\//);
    expect(decodeURIComponent(page.url())).toContain(docNumber);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('销售过期食品案');
    const fields = await page.getByRole('table').innerText();
    for (const text of ['行政相对人名称', '行政处罚决定书文号', docNumber, '处罚机关', '馆陶县市场监督管理局'])
      expect(fields).toContain(text);
    expect(await page.getByRole('heading', { name: '决定书全文' }).count()).toBe(1);
    await kit.checkAccessibility(page, 'decision');
    await kit.shot(page, 'decision');
  });

  it('R-PUB-8: on a phone and without JavaScript: the search form works, filters are links, the page fits', async () => {
    const phone = await (await kit.context({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await phone.goto(`${base}/search?q=${encodeURIComponent('过期')}`);
    expect((await phone.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(375);
    await kit.checkAccessibility(phone, 'search-phone');
    await phone.locator('ol.hits a').first().click();
    await phone.waitForURL(/\/decisions\//);
    await kit.checkAccessibility(phone, 'decision-phone');
    await kit.shot(phone, 'decision-phone');

    const page = await (await kit.context({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await page.goto(`${base}/search`);
    await page.getByRole('textbox', { name: '文书号' }).fill(docNumber);
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(/docNumber=/);
    expect(await page.locator('ol.hits li').count()).toBe(1);
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(375);
    await kit.shot(page, 'search-phone-nojs');
    await page.locator('ol.hits a').first().click();
    await page.waitForURL(/\/decisions\//);
    await kit.shot(page, 'decision-phone-nojs');
  });

  it('R-PUB-5: after a withdrawal the page stays, says it was withdrawn and why, and shows no text', async () => {
    const pub = (await h.request(await h.token('scjg.gongshi'), 'GET', '/api/v1/publications')).json().items[0];
    const w = await h.request(await h.token('scjg.gongshi'), 'POST', `/api/v1/publications/${pub.id}/withdrawal`, {
      ground: 'revoked',
      groundOn: '2026-09-28',
      reason: '行政复议机关撤销该处罚决定',
    });
    expect(w.statusCode, w.body).toBe(200);
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/decisions/${pub.agency.creditCode}/${encodeURIComponent(docNumber)}`);
    const status = page.getByRole('status');
    expect(await status.innerText()).toContain('本决定已撤下');
    expect(await status.innerText()).toContain('行政复议机关撤销该处罚决定');
    expect(await page.getByRole('heading', { name: '决定书全文' }).count()).toBe(0);
    await kit.checkAccessibility(page, 'decision-withdrawn');
    await kit.shot(page, 'decision-withdrawn');
  });
});
