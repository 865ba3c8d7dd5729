import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { launchWorkbench, look, signIn, toast, workbenchContext } from './workbench-kit.ts';
import type { PortalBrowser } from './portal-kit.ts';

/**
 * 文书设置 in the workbench (issue 20, item 3): the agency's system administrator sees the 缴款方式,
 * 复议机关 and court its 决定书 state, changes them with a reason, and the change is listed.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('document-settings');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('文书设置 page', () => {
  it('shows the settings in force and saves a new version with its reason', async () => {
    const page = await (await workbenchContext(kit, h)).newPage();
    await signIn(page, base, 'scjg.admin');
    await page.goto(`${base}/workbench/admin/document-settings`);
    await page.getByRole('heading', { level: 1, name: '文书设置' }).waitFor();
    expect(await page.getByLabel('户名').inputValue()).toBe('馆陶县财政局非税收入汇缴专户');
    expect(await page.getByText('留空则为：馆陶县人民政府').count()).toBe(1);
    await look(kit, page, 'document-settings');
    // no reason, no save
    await page.getByLabel('行政诉讼管辖法院').fill('馆陶县人民法院');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText('请写明修改理由').waitFor();
    await page.getByLabel('修改理由').fill('明确管辖法院全称');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await toast(page, '文书设置已保存');
    await page.getByText('现行第 2 版').waitFor();
    expect(await page.getByRole('row').filter({ hasText: '明确管辖法院全称' }).count()).toBe(1);
    await look(kit, page, 'document-settings-saved');
  });
});
