import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { runDemoCases } from '../apps/server/src/test/demo-cases.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, signIn, workbenchContext } from './workbench-kit.ts';

/** 统计分析 (R-X-3) in chromium at 1280 px over the demo county's cases, checked by axe-core. */
let h: Harness;
let kit: PortalBrowser;
let base: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-12-07T02:00:00Z' });
  await runDemoCases(h);
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-workbench-analysis-1280');
}, 300_000);
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('R-X-3 统计分析 at 1280 px', () => {
  it('R-X-3: the 司法局 sees the region by agency, unit, kind, 案由, place, month and weekday × hour, filters by kind, and exports', async () => {
    const api = (await h.request(await h.token('sfj.jiandu'), 'GET', '/api/v1/analysis?from=2026-01&to=2026-12')).json();
    expect(api.totals.opened).toBeGreaterThan(0);
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'sfj.jiandu');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.getByRole('heading', { level: 1, name: '统计分析' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('按执法机关');
    const text = await page.locator('main').innerText();
    for (const t of [
      '按月趋势',
      '按承办机构',
      '按执法行为类别',
      '按案由（违法行为',
      '按案件发生地',
      '按星期和时段',
      '与上期（2025年1月至2025年12月）比较',
    ])
      expect(text).toContain(t);
    // the table under the agency chart shows the API's figures
    const top = api.byAgency[0];
    const row = page.getByRole('row').filter({ hasText: top.label }).first();
    await expect.poll(() => row.innerText()).toContain(String(top.opened));
    await look(kit, page, 'analysis-region-1280');
    // filter by kind: the URL carries it, the figures follow the API's
    await choose(page, '按执法行为类别筛选', '行政许可');
    await expect.poll(() => page.url()).toContain('kind=');
    const licences = (
      await h.request(await h.token('sfj.jiandu'), 'GET', `/api/v1/analysis?from=2026-01&to=2026-12&kind=${encodeURIComponent('行政许可')}`)
    ).json();
    await expect.poll(async () => page.locator('.ant-statistic').first().innerText()).toContain(String(licences.totals.opened));
    await look(kit, page, 'analysis-licences-1280');
    // the export button's spreadsheet
    const href = await page.getByRole('link', { name: /全部导出/ }).getAttribute('href');
    const res = await page.request.get(`${base}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('spreadsheetml');
  }, 180_000);

  it('R-X-3, R-X-5: an agency head sees his agency (and the 所 under it) only', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'scjg.juzhang');
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.getByRole('heading', { level: 1, name: '统计分析' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('按执法机关');
    const text = await page.locator('main').innerText();
    expect(text).toContain('馆陶县市场监督管理局');
    expect(text).not.toContain('综合行政执法局');
    await look(kit, page, 'analysis-head-1280');
  }, 180_000);
});
