import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../apps/server/src/demo/demo-org.ts';
import { COMPANY_A, demoScenarios, runScenario } from '../apps/server/src/demo/demo-cases.ts';
import { companyProfileScenarios } from '../apps/server/src/demo/demo-non-penalty-scenarios.ts';
import { publishDemoDecisions } from '../apps/server/src/demo/demo-publications.ts';
import { loadDemoLists } from '../apps/server/src/demo/demo-lists.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * Every public page of the portal (issue 22) in chromium at a phone's 390 px and a desktop's 1280 px:
 * axe-core finds nothing serious, no page is wider than its viewport, the footer carries the
 * configured 主办单位, 网站标识码 and 备案号; the demo company's profile lists its decisions of two
 * agencies; the decision's 双公示 table reads label over value on a phone; the ledger speaks China
 * time and explains its note; a decision prints cleanly. Screenshots: test-artifacts/portal/pages-*.
 */
const scjg = DEMO_AGENCIES.find((a) => a.key === 'scjg')!;
const zhzf = DEMO_AGENCIES.find((a) => a.key === 'zhzf')!;
const SITE = {
  sponsor: '馆陶县人民政府',
  operator: '馆陶县司法局',
  siteCode: '1304330001',
  icp: '冀ICP备20260001号-1',
  psb: '冀公网安备13043302000123号',
  phone: '0310-7721234',
  email: 'gs@guantao.example.gov.cn',
  address: '河北省邯郸市馆陶县陶山街 1 号',
};
const PUBLIC_URL = 'https://gs.guantao.example.gov.cn';

let h: Harness;
let base = '';
let kit: PortalBrowser;
let penaltyUrl = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-12-07T02:00:00Z', site: SITE, publicUrl: PUBLIC_URL });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  const o = (k: string) => h.user(k);
  // the demo's decisions about 惠民超市 (市场监管局 and 综合执法局) and a 扣押 about a person
  const scenarios = [
    ...demoScenarios(o, '2026-11-16').filter(
      (s) => (s.party === COMPANY_A && s.procedure === 'penalty-general' && s.steps.length > 10) || s.procedure === 'coercion-seizure',
    ),
    ...companyProfileScenarios(o),
  ];
  for (const s of scenarios) await runScenario(h.demoStore(), () => cal.current(), h.org, s);
  await publishDemoDecisions(h.demoStore(), h.clock, () => cal.current(), h.org);
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  // 市场监管局's 2025 统计年报, reported and published (late), so that the report page with its charts is among the pages
  for (const act of ['report', 'publication']) {
    const r = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/agencies/${h.agency('scjg')}/statistics/2025/${act}`);
    expect(r.statusCode, r.body).toBe(200);
  }
  await h.ledger.checkpointAll();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary-pages');
  const profile = (await h.app.inject({ url: `/api/v1/public/parties/${COMPANY_A.creditCode}` })).json();
  penaltyUrl = profile.decisions.find(
    (d: { kind: string; agency: { name: string } }) => d.kind === '行政处罚' && d.agency.name === scjg.name,
  ).url;
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

const WIDTHS = [390, 1280] as const;

async function open(width: number, javaScriptEnabled = true): Promise<Page> {
  const phone = width < 600;
  const context = await kit.context({
    viewport: { width, height: phone ? 844 : 900 },
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    javaScriptEnabled,
  });
  return context.newPage();
}

describe('every portal page at 390 px and 1280 px', () => {
  const pages = () =>
    [
      ['home', '/'],
      ['search', `/search?q=${encodeURIComponent('惠民超市')}`],
      ['decision', penaltyUrl],
      ['party', `/parties/${COMPANY_A.creditCode}`],
      ['agency', `/agencies/${scjg.creditCode}`],
      ['lists', `/agencies/${scjg.creditCode}/lists`],
      ['list-matters', `/agencies/${scjg.creditCode}/lists/matters`],
      ['list-guides', `/agencies/${scjg.creditCode}/lists/guides`],
      ['statistics', `/agencies/${scjg.creditCode}/statistics`],
      ['statistics-2025', `/agencies/${scjg.creditCode}/statistics/2025`],
      ['officers', '/officers'],
      ['officer', '/officers/13043301000101'],
      ['ledger', '/ledger'],
      ['party-area', '/party'],
      ['sitemap', '/sitemap'],
      ['contact', '/contact'],
      ['accessibility', '/accessibility'],
      ['open-data', '/open-data'],
    ] as const;

  for (const width of WIDTHS)
    it(`no page is wider than ${width} px; axe finds nothing serious; the footer comes from configuration`, async () => {
      const page = await open(width);
      for (const [name, url] of pages()) {
        const res = await page.goto(`${base}${url}`);
        expect(res?.status(), name).toBe(200);
        expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} at ${width}`).toBeLessThanOrEqual(width);
        const footer = await page.getByRole('contentinfo').innerText();
        for (const text of [
          `主办单位：${SITE.sponsor}`,
          `承办单位：${SITE.operator}`,
          `网站标识码：${SITE.siteCode}`,
          SITE.icp,
          SITE.psb,
          '网站地图',
        ])
          expect(footer, `${name} footer`).toContain(text);
        // developers' links live on 开放数据, not in the public footer
        expect(await page.getByRole('contentinfo').locator('a[href="/api/openapi.json"], a[href="/health"]').count(), name).toBe(0);
        await kit.checkAccessibility(page, `pages-${name}-${width}`);
        await kit.shot(page, `pages-${name}-${width}`);
      }
    });
});

describe('the party profile (issue 22 point 1)', () => {
  it('R-PUB-8: the demo company lists its 行政处罚 and 行政许可 of two agencies with 公示期 and state; the decision and search link to it', async () => {
    const page = await open(1280);
    await page.goto(`${base}/search?q=${encodeURIComponent('惠民超市')}`);
    await page
      .getByRole('link', { name: new RegExp(`^${COMPANY_A.name}（${COMPANY_A.creditCode}）的全部公示信息$`) })
      .first()
      .click();
    await page.waitForURL(`${base}/parties/${COMPANY_A.creditCode}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(COMPANY_A.name);
    const penalties = page.getByRole('table', { name: /^行政处罚/ });
    const licenses = page.getByRole('table', { name: /^行政许可/ });
    expect(await penalties.getByRole('row').count()).toBe(3); // header + 2
    expect(await licenses.getByRole('row').count()).toBe(2);
    const penaltyText = await penalties.innerText();
    expect(penaltyText).toContain(scjg.name);
    expect(penaltyText).toContain(zhzf.name);
    // the 综合执法局's 简易程序 fine was published for 3 months from 2026-08: over by 2026-12-07
    expect(await penalties.getByRole('row').filter({ hasText: zhzf.name }).innerText()).toMatch(
      /已届满[\s\S]*公示期已于 2026-11-\d\d 届满/,
    );
    expect(await penalties.getByRole('row').filter({ hasText: scjg.name }).innerText()).toMatch(
      /2026-07-\d\d 至 2029-07-\d\d[\s\S]*公示中/,
    );
    expect(await licenses.innerText()).toContain('公示中');
    expect(await page.locator('main dl').innerText()).toContain('涉及 2 个执法机关');

    await page.goto(`${base}${penaltyUrl}`);
    await page.getByRole('link', { name: COMPANY_A.name, exact: true }).click();
    await page.waitForURL(`${base}/parties/${COMPANY_A.creditCode}`);
  });

  it('R-PUB-8: its JSON has the same decisions, an ETag and Cache-Control; bad and unknown codes answer in Chinese', async () => {
    const res = await h.app.inject({ url: `/api/v1/public/parties/${COMPANY_A.creditCode}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(
      body.decisions
        .map((d: { agency: { name: string }; kind: string; stateName: string }) => `${d.agency.name} ${d.kind} ${d.stateName}`)
        .sort(),
    ).toEqual([`${scjg.name} 行政处罚 公示中`, `${scjg.name} 行政许可 公示中`, `${zhzf.name} 行政处罚 已届满`].sort());
    expect(body.counts).toEqual({ public: 2, ended: 1, withdrawn: 0, repaired: 0 });
    const again = await h.app.inject({
      url: `/api/v1/public/parties/${COMPANY_A.creditCode}`,
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const bad = await h.app.inject({ url: '/api/v1/public/parties/91130433MA0A1B2C3X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('不是有效的统一社会信用代码');
    const none = await h.app.inject({ url: `/api/v1/public/parties/${scjg.creditCode}` });
    expect(none.statusCode).toBe(404);
    const page = await h.app.inject({ url: '/parties/130433198506121234' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('自然人的身份证号码不公示');
  });
});

describe('phones and print (issue 22 point 6)', () => {
  it('the 双公示 table reads label over value at 390 px', async () => {
    const page = await open(390);
    await page.goto(`${base}${penaltyUrl}`);
    const row = page.getByRole('table', { name: '“双公示”数据项' }).getByRole('row').filter({ hasText: '违法行为类型' });
    const th = (await row.locator('th').boundingBox())!;
    const td = (await row.locator('td').boundingBox())!;
    expect(td.y).toBeGreaterThanOrEqual(th.y + th.height - 1);
    expect(td.width).toBeGreaterThan(300);
  });

  it('the ledger shows China time and explains the signed note before showing it', async () => {
    const page = await open(1280);
    await page.goto(`${base}/ledger`);
    const section = page.getByRole('region', { name: scjg.name });
    const text = await section.innerText();
    expect(text).toMatch(/签发时间\s+2026-12-07 10:0\d:\d\d（北京时间）/);
    expect(text).not.toContain('UTC');
    expect(text.indexOf('这份检查点的意思是')).toBeLessThan(text.indexOf('签名原文'));
    expect(text.indexOf('签名原文')).toBeLessThan(text.indexOf('— '));
  });

  it('a decision prints cleanly: no navigation or footer links, black on white, the addresses of its links', async () => {
    const page = await open(1280);
    await page.goto(`${base}${penaltyUrl}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').getByRole('link', { name: '网站地图' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').innerText()).toContain(SITE.icp);
    expect(await page.evaluate('getComputedStyle(document.querySelector("header")).backgroundColor')).toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate('getComputedStyle(document.querySelector("main a")).color')).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate('getComputedStyle(document.querySelector("a[data-url]"), "::after").content')).toContain(
      `${PUBLIC_URL}/parties/${COMPANY_A.creditCode}`,
    );
    expect(await page.locator('.print-only').innerText()).toContain(`本页网址：${PUBLIC_URL}/decisions/`);
    await kit.shot(page, 'pages-decision-print');
    await page.pdf({ path: path.join(kit.dir, 'pages-decision-print.pdf'), format: 'A4', printBackground: true });
  });
});

describe('a withdrawn decision on the profile', () => {
  it('R-PUB-5: after the 处罚 is withdrawn (3 working days) the profile lists it as 已撤下 with the date and the reason', async () => {
    const as = async (user: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
      h.request(await h.token(user), method, url, body);
    const list = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json().items as { id: string; kind: string; state: string }[];
    const penalty = list.find((p) => p.kind === '行政处罚' && p.state === 'published')!;
    const w = await as('scjg.gongshi', 'POST', `/api/v1/publications/${penalty.id}/withdrawal`, {
      ground: 'revoked',
      groundOn: '2026-12-04',
      reason: '行政复议机关撤销该处罚决定',
    });
    expect(w.statusCode, w.body).toBe(200);
    const page = await open(390);
    await page.goto(`${base}/parties/${COMPANY_A.creditCode}`);
    const row = page
      .getByRole('table', { name: /^行政处罚/ })
      .getByRole('row')
      .filter({ hasText: scjg.name });
    expect(await row.innerText()).toMatch(/已撤下[\s\S]*2026-12-07 撤下：[\s\S]*行政复议机关撤销该处罚决定/);
    expect(await page.locator('main dl').innerText()).toContain('公示中 1 项，已届满 1 项，已撤下 1 项');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await kit.checkAccessibility(page, 'pages-party-withdrawn-390');
    await kit.shot(page, 'pages-party-withdrawn-390');
  });
});
