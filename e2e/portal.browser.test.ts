import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../apps/server/src/demo/demo-org.ts';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * The public portal in a real browser (Debian's chromium through playwright-core): what a reader
 * sees, with and without JavaScript, on a desktop and a phone, and what axe-core finds.
 * Screenshots and axe reports go to test-artifacts/portal/ (git-ignored).
 */
const scjg = DEMO_AGENCIES.find((a) => a.key === 'scjg')!;

let h: Harness;
let base = '';
let kit: PortalBrowser;
const context = (opts?: Parameters<PortalBrowser['context']>[0]) => kit.context(opts);
const shot = (page: Page, name: string) => kit.shot(page, name);
const checkAccessibility = (page: Page, name: string) => kit.checkAccessibility(page, name);

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary');
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('portal in chromium', () => {
  it('home page → agency page: headings, landmarks, links; no serious axe violations', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe('首页 · 行政执法公示平台');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('行政执法公示平台');
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
    expect(await page.getByRole('searchbox', { name: '关键词' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: '执法证号' }).count()).toBe(1);
    expect(await page.getByRole('contentinfo').getByRole('link', { name: '开放数据' }).count()).toBe(1);
    await checkAccessibility(page, 'home');
    await shot(page, 'home');

    await page.getByRole('link', { name: scjg.name, exact: true }).click();
    await page.waitForURL(`${base}/agencies/${scjg.creditCode}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(scjg.name);
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['姓名', '状态', '执法证号', '执法类别', '执法区域']);
    const zhao = table.getByRole('row').filter({ hasText: '赵强' });
    expect(await zhao.innerText()).toMatch(/赵强\s+暂扣\s+13043301000103\s+市场监管\s+馆陶县/);
    expect(await table.getByRole('row').filter({ hasText: '刘洋' }).innerText()).toContain('已过期');
    expect(await page.getByText(scjg.address).count()).toBe(1);
    await checkAccessibility(page, 'agency');
    await shot(page, 'agency');
  });

  it('a valid officer: status 有效, unit, 执法类别, 执法区域, and a QR code that renders', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/officers/13043301000101`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('执法人员核验：李明');
    expect(await page.getByRole('status').innerText()).toContain('有效');
    expect(await page.getByRole('alert').count()).toBe(0);
    const facts = await page.locator('main dl').first().innerText();
    for (const text of ['13043301000101', scjg.name, '综合执法大队', '市场监管', '馆陶县', '2028-12-31']) expect(facts).toContain(text);
    const qr = page.getByRole('img', { name: /核验二维码/ });
    await qr.waitFor();
    expect(
      await page.evaluate(`(() => { const img = document.querySelector('.qr img'); return img.complete && img.naturalWidth > 0; })()`),
    ).toBe(true);
    await checkAccessibility(page, 'officer-valid');
    await shot(page, 'officer-valid');
  });

  it('a suspended officer is shown prominently as 暂扣', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/officers/13043301000103`);
    const alert = page.getByRole('alert');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('执法证状态：暂扣');
    expect(await alert.innerText()).toContain('不得从事行政执法活动');
    // the warning comes right after the heading, before the details
    expect(await page.locator('main h1 + .alert').count()).toBe(1);
    await checkAccessibility(page, 'officer-suspended');
    await shot(page, 'officer-suspended');
  });

  it('works without JavaScript: skip link, the lookup form, an unknown number', async () => {
    const page = await (await context({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe('跳到主要内容');
    await page.getByRole('textbox', { name: '执法证号' }).fill('13043301000103');
    await page.getByRole('button', { name: '核验' }).click();
    await page.waitForURL(`${base}/officers/13043301000103`);
    expect(await page.getByRole('alert').innerText()).toContain('暂扣');
    await shot(page, 'nojs-officer-suspended');

    await page.getByRole('textbox', { name: '执法证号' }).fill('99999999');
    await page.getByRole('button', { name: '核验' }).click();
    await page.waitForURL(`${base}/officers/99999999`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('未找到执法证');
    expect(await page.getByRole('textbox', { name: '执法证号' }).inputValue()).toBe('99999999');
    await shot(page, 'nojs-officer-unknown');
  });

  it('fits a phone (375×667): no sideways scrolling, no serious axe violations', async () => {
    const page = await (
      await context({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    ).newPage();
    for (const [name, url] of [
      ['phone-home', '/'],
      ['phone-agency', `/agencies/${scjg.creditCode}`],
      ['phone-officer-expired', '/officers/13043301000104'],
    ] as const) {
      await page.goto(`${base}${url}`);
      expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(375);
      // the status column stays in view without scrolling the table sideways
      if (name === 'phone-agency')
        expect(
          await page.evaluate(
            `[...document.querySelectorAll('td')].find((td) => td.textContent === '已过期').getBoundingClientRect().right`,
          ),
        ).toBeLessThanOrEqual(375);
      await checkAccessibility(page, name);
      await shot(page, name);
    }
    expect(await page.getByRole('alert').innerText()).toContain('已过期');
  });
});
