import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { PNG } from 'pngjs';
import { demoSealPng } from '../apps/server/src/demo/demo-seal.ts';
import { launchWorkbench, look, signIn, workbenchContext } from './workbench-kit.ts';
import type { PortalBrowser } from './portal-kit.ts';

/**
 * Issue 20 item 6: the agency's administrator sees the seal image its documents carry and uploads,
 * replaces or removes it on the agency's page; a refusal (not a transparent PNG) says why.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('agency-seal');
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
