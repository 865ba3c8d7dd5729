import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { demoSealPng } from '../apps/server/src/demo/demo-seal.ts';
import { launchWorkbench, look, signIn, toast, workbenchContext } from './workbench-kit.ts';
import type { PortalBrowser } from './portal-kit.ts';

/**
 * The agency's document settings in the workbench (issue 20), on one server and one browser:
 * - item 6: the 系统管理员 sees the seal image its documents carry and uploads, replaces or removes
 *   it on the agency's page; a refusal (not a transparent PNG) says why;
 * - item 3: 文书设置 — the 缴款方式, 复议机关 and court its 决定书 state, changed with a reason and
 *   listed.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('agency-documents');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('印章图片 on the agency page (issue 20 item 6)', () => {
  it('the 系统管理员 uploads the seal, sees it at 42 mm with its history; an opaque image is refused with the reason', async () => {
    const page = await (await workbenchContext(kit, h)).newPage();
    await signIn(page, base, 'scjg.admin');
    await page.goto(`${base}/workbench/admin/agencies?id=${h.agency('scjg')}`);
    const card = page.getByTestId('agency-seal');
    await card.getByText('未配置印章图片').waitFor();
    await look(kit, page, 'agency-seal-none');

    // an opaque picture (white background) is refused: the message names what is wrong
    const white = new PNG({ width: 300, height: 300 });
    white.data.fill(255);
    const opaque = PNG.sync.write(white);
    await card.locator('input[type=file]').setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: opaque });
    await card.getByRole('button', { name: '上传' }).click();
    await card.getByText('印章图片须为透明背景（四角应为透明），请上传政务电子印章系统导出的透明 PNG').waitFor();
    await look(kit, page, 'agency-seal-refused', { axe: false });

    await card
      .locator('input[type=file]')
      .setInputFiles({ name: '印章.png', mimeType: 'image/png', buffer: demoSealPng('馆陶县市场监督管理局') });
    await card.getByLabel('变更说明').fill('政务电子印章系统 2026 年第 3 号');
    await card.getByRole('button', { name: '上传' }).click();
    await card.getByRole('img', { name: '本机关印章' }).waitFor();
    expect(await card.innerText()).toContain('600×600 像素');
    expect(await card.innerText()).toContain('政务电子印章系统 2026 年第 3 号');
    expect(await card.innerText()).toContain('郭鹏');
    const box = await card.getByRole('img', { name: '本机关印章' }).boundingBox();
    expect(Math.round(box!.width)).toBe(Math.round((42 / 25.4) * 96));
    await look(kit, page, 'agency-seal-set');
  });
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
