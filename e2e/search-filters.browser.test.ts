import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../apps/server/src/demo/demo-org.ts';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { decisionKey, upsertPublicDecision } from '../apps/server/src/modules/publications/public-decision.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * Issue 22 point 5 (R-PUB-8) in chromium: the portal's search page with its filters — 法律依据 (law
 * and article), 违法行为类型, fine range, 地区 — on a phone (390 px) and a desktop (1280 px); the page
 * carries no script (its CSP forbids every one), so the form is sent by the browser alone; each hit shows why it matched (依据 with the law and article marked, the fine); a bad
 * amount range is answered in Chinese beside the form. axe-core on each screen. Screenshots in
 * test-artifacts/portal/search-filters-*.png.
 */
const scjg = DEMO_AGENCIES.find((a) => a.key === 'scjg')!;
let h: Harness;
let base = '';
let kit: PortalBrowser;

const DECISIONS = [
  {
    party: '馆陶县惠民超市有限公司',
    basis: '《中华人民共和国食品安全法》第一百二十四条第一款',
    fine: 50_000,
    violation: '销售超过保质期的食品',
  },
  { party: '馆陶县永安食品厂', basis: '《中华人民共和国食品安全法》第一百二十五条', fine: 8000, violation: '生产经营标签不符合规定的食品' },
  { party: '馆陶县康泰药房', basis: '《中华人民共和国药品管理法》第一百二十六条', fine: 30_000, violation: '未按规定储存药品' },
  { party: '馆陶县鑫源广告有限公司', basis: '《中华人民共和国广告法》第五十五条', fine: 200_000, violation: '发布虚假广告' },
];

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  let n = 0;
  for (const d of DECISIONS) {
    const docNumber = `馆市监罚〔2026〕${++n}号`;
    await upsertPublicDecision(
      h.tdb.db,
      {
        id: randomUUID(),
        key: decisionKey(scjg.creditCode, docNumber),
        source: 'local',
        agency: { id: null, name: scjg.name, creditCode: scjg.creditCode, regionCode: '130433' },
        kind: '行政处罚',
        docNumber,
        title: `${d.party}${d.violation}案 行政处罚决定`,
        partyName: d.party,
        partyCreditCode: null,
        violation: d.violation,
        facts: `执法人员现场检查发现，当事人${d.violation}。`,
        conclusion: `罚款人民币${d.fine}元`,
        fineAmount: d.fine,
        decidedOn: `2026-0${n}-15`,
        publishedAt: new Date(`2026-0${n}-18T00:00:00Z`),
        publicUntil: null,
        status: 'published',
        statusReason: null,
        statusAt: null,
        version: 1,
        history: [{ version: 1, act: '公示', on: `2026-0${n}-18T00:00:00.000Z`, reason: null }],
        fieldSet: 'penalty',
        fields: { CF_WSH: docNumber, CF_XDR_MC: d.party, CF_WFXW: d.violation, CF_YJ: d.basis },
        body: null,
      },
      new Date('2026-11-01T00:00:00Z'),
    );
  }
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-search-filters');
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

/** No script on the page (before axe-core is let in): it works without JavaScript. */
const scriptFree = async (page: Page) => expect(await page.evaluate('document.scripts.length')).toBe(0);
/** No horizontal scroll: the page fits the viewport's width. */
const fits = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

describe('issue 22 point 5: the search page with filters in chromium (R-PUB-8)', () => {
  for (const width of [390, 1280])
    it(`${width} px, no script: filled in and sent, the hits by 法律依据 and amount, each saying why`, async () => {
      const page = await (await kit.context({ viewport: { width, height: 900 } })).newPage();
      await page.goto(`${base}/search`);
      await scriptFree(page);
      await page.getByLabel('法律依据（法律法规名称）').fill('食品安全法');
      await page.getByLabel('条', { exact: true }).fill('124');
      await page.getByLabel('罚款金额不低于（元）').fill('10000');
      await page.getByLabel('地区（执法机关所在地）').selectOption({ label: '\u3000\u3000馆陶县' });
      await fits(page);
      await kit.checkAccessibility(page, `search-filters-form-${width}`);
      await kit.shot(page, `search-filters-form-${width}`);
      await page.getByRole('button', { name: '检索' }).click();
      await page.waitForURL(/\/search\?/);
      await scriptFree(page);
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toMatchObject({ law: '食品安全法', article: '124', fineMin: '10000', region: '130433' });
      expect(await page.getByRole('heading', { level: 2, name: /检索结果/ }).innerText()).toBe('检索结果（共 1 条）');
      const hits = page.locator('li.hit');
      expect(await hits.count()).toBe(1);
      const hit = hits.first();
      expect(await hit.getByRole('heading', { level: 3 }).innerText()).toContain('馆陶县惠民超市有限公司');
      expect(await hit.locator('p.basis').innerText()).toBe('依据：《中华人民共和国食品安全法》第一百二十四条第一款');
      expect(await hit.locator('p.basis mark').allInnerTexts()).toEqual(['食品安全法', '第一百二十四条']);
      expect(await hit.getByText('罚款金额：').innerText()).toBe('罚款金额：5 万元');
      // the filters stay filled in for the next search
      expect(await page.getByLabel('法律依据（法律法规名称）').inputValue()).toBe('食品安全法');
      expect(await page.getByLabel('地区（执法机关所在地）').inputValue()).toBe('130433');
      await fits(page);
      await kit.checkAccessibility(page, `search-filters-results-${width}`);
      await kit.shot(page, `search-filters-results-${width}`);

      // an amount range upside down: the form again, with the reason in Chinese and the field marked
      await page.goto(`${base}/search?law=${encodeURIComponent('食品安全法')}&fineMin=50000&fineMax=100`);
      expect(await page.getByRole('alert').innerText()).toBe('罚款金额的下限不能大于上限');
      expect(await page.getByLabel('罚款金额不低于（元）').getAttribute('aria-invalid')).toBe('true');
      await fits(page);
      await kit.checkAccessibility(page, `search-filters-error-${width}`);
      await kit.shot(page, `search-filters-error-${width}`);
    });

  it('1280 px: a violation type from the facet narrows the hits, the type marked in each', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/search?fineMax=100000`);
    expect(await page.locator('li.hit').count()).toBe(3);
    await page.getByText(/按类别、机关、违法行为类型、年份筛选/).click();
    await page.getByRole('region', { name: '违法行为类型' }).getByRole('link', { name: '未按规定储存药品' }).click();
    await page.waitForURL(/violation=/);
    expect(await page.locator('li.hit').count()).toBe(1);
    expect(await page.locator('li.hit mark').allInnerTexts()).toContain('未按规定储存药品');
    expect(await page.locator('li.hit p.basis').innerText()).toBe('依据：《中华人民共和国药品管理法》第一百二十六条');
    await kit.checkAccessibility(page, 'search-filters-violation-1280');
    await kit.shot(page, 'search-filters-violation-1280');
  });
});
