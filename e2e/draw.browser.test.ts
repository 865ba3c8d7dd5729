import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { penaltyCaseBody } from '../apps/server/src/test/filing.ts';
import { loadDemoLists } from '../apps/server/src/demo/demo-lists.ts';
import { commitDemoPlan, drawDemoPlan } from '../apps/server/src/demo/demo-draws.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, pickDate, signIn, workbenchContext } from './workbench-kit.ts';

/**
 * 双随机、一公开 in chromium at 1280 px (R-X-2, R-PUB-6): the 名录库 with an import refused row by
 * row, a new plan committed and waiting for its seed, the demo's drawn plan with its cases, and the
 * portal page that shows the plan, commitment, seed and result and says how to verify — each screen
 * checked by axe-core and kept as a screenshot in test-artifacts/workbench/.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let drawnPlan = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  const committed = await commitDemoPlan(h.demoStore(), h.clock, () => cal.current(), h.org);
  // enforcement goes on after the commitment: its entries carry the ledger past the seed's size
  const token = await h.token('scjg.liming');
  for (let i = 0; i < 5; i++)
    expect((await h.request(token, 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-11-16'))).statusCode).toBe(201);
  await drawDemoPlan(h.demoStore(), h.clock, () => cal.current(), h.org, committed);
  drawnPlan = committed.planId;
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-draw');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

async function badSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(['统一社会信用代码', '名称', '对象类别', '地址']);
  ws.addRow(['92130433MA0000001X', '代码有误的商店', '食品销售经营者', '']);
  ws.addRow(['', '没有代码的商店', '食品销售经营者', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('双随机 screens in chromium', () => {
  it('R-X-2: the 名录库 list, and an import with wrong rows refused with each row named', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'scjg.liming');
    await page.goto(`${base}/workbench/draws/rosters`);
    await page.getByRole('heading', { level: 1, name: '双随机名录库' }).waitFor();
    await page.getByRole('cell', { name: '馆陶县便民超市' }).first().waitFor();
    await look(kit, page, 'draw-rosters-targets');
    await page.getByRole('tab', { name: '执法检查人员名录库' }).click();
    await page.getByRole('cell', { name: '13043301000101' }).waitFor();
    // each certificate as the draw reads it: 赵强's is suspended, 刘洋's expired on 2026-06-30
    expect(await page.getByRole('cell', { name: '暂扣' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: '过期' }).count()).toBe(1);
    await look(kit, page, 'draw-rosters-inspectors');
    await page.getByRole('tab', { name: '检查对象名录库' }).click();
    await page.getByRole('button', { name: '从电子表格导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: '检查对象.xlsx', mimeType: 'application/octet-stream', buffer: await badSheet() });
    await dialog.getByLabel('更新说明').fill('补充新登记的商店');
    await dialog.getByRole('button', { name: '导入' }).click();
    await dialog.getByRole('alert').filter({ hasText: '未导入任何一行' }).waitFor();
    expect(await dialog.getByRole('cell', { name: '第 2 行' }).count()).toBe(1);
    expect(await dialog.getByRole('cell', { name: '第 3 行' }).count()).toBe(1);
    expect(await dialog.innerText()).toContain('校验不通过');
    await look(kit, page, 'draw-rosters-import-errors');
    await dialog.getByRole('button', { name: '取消' }).click();
    // nothing was imported
    expect(
      (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/agencies/${h.agency('scjg')}/rosters/targets`)).json().version,
    ).toBe(1);
  });

  it('R-X-2: a new plan is committed and then waits for its seed; the drawn plan shows its inspections', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'scjg.liming');
    await page.getByRole('menuitem', { name: '双随机抽查' }).click();
    await page.getByRole('heading', { level: 1, name: '双随机抽查' }).waitFor();
    await page.getByRole('link', { name: '食品销售者落实进货查验记录制度情况检查' }).first().waitFor();
    await look(kit, page, 'draw-plans');

    await page.getByRole('button', { name: '新建抽查方案' }).click();
    const drawer = page.getByRole('dialog');
    await choose(page, '抽查事项（随机抽查事项清单）', /130433-SJ-SJ-01/, drawer);
    await choose(page, '抽取范围', '对象类别：食品销售经营者', drawer);
    await drawer.getByRole('radio', { name: '按户数' }).check();
    await drawer.getByLabel('抽取户数').fill('3');
    const range = drawer.getByLabel('抽查期间');
    await range.click();
    await range.fill('2026-11-16');
    await range.press('Tab');
    await page.keyboard.type('2026-12-31');
    await page.keyboard.press('Enter');
    await pickDate(page, '计划检查日期', '2026-11-26', drawer);
    await look(kit, page, 'draw-plan-new');
    await drawer.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('heading', { level: 1, name: /抽查方案：/ }).waitFor();
    await page.getByText('已制定，未公布承诺').waitFor();
    await look(kit, page, 'draw-plan-planned');

    await page.getByRole('button', { name: '公布承诺' }).click();
    await page.getByRole('button', { name: '公布', exact: true }).click();
    await page.getByText('已公布承诺，等待种子').waitFor();
    await page.getByRole('button', { name: '执行抽取' }).click();
    await page.getByRole('alert').filter({ hasText: '种子尚未产生' }).waitFor();
    await look(kit, page, 'draw-plan-waiting');

    await page.goto(`${base}/workbench/draws/${drawnPlan}`);
    await page.getByText('已抽取').first().waitFor();
    const rows = page.locator('.ant-table-tbody tr');
    expect(await rows.count()).toBe(5); // 20 % of 24 food shops
    await look(kit, page, 'draw-plan-drawn');
    // a case 李明 was drawn for: he opens it as one of its officers
    await rows.filter({ hasText: '李明' }).first().getByRole('link').click();
    await page.waitForURL(/\/workbench\/cases\//);
    await page.getByText('双随机抽取：').first().waitFor();
    await look(kit, page, 'draw-case', { axe: false });
  }, 240_000);

  it('R-PUB-6: the portal page shows plan, commitment, seed and result, and how to verify', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/draws/${drawnPlan}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('双随机抽查：食品销售者落实进货查验记录制度情况检查');
    for (const h2 of ['抽查方案', '抽取前公布的承诺', '种子', '抽取结果', '如何核验'])
      expect(await page.getByRole('heading', { level: 2, name: h2, exact: true }).count()).toBe(1);
    expect(await page.getByRole('table').getByRole('row').count()).toBe(6);
    expect(await page.locator('body').innerText()).toContain('npx sanxiang draw verify');
    await kit.checkAccessibility(page, 'portal-draw');
    await kit.shot(page, 'portal-draw');
    await page.getByRole('link', { name: '双随机抽查' }).click();
    await page.getByRole('heading', { level: 1, name: '双随机抽查' }).waitFor();
    await kit.checkAccessibility(page, 'portal-draws');
    await kit.shot(page, 'portal-draws');
  });
});
