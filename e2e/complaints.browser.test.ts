import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 投诉举报 in chromium (R-X-4): a citizen files a complaint with a photo on the portal from a phone
 * (no script needed), keeps the tracking code; the head assigns it in the workbench, the officer
 * finds it in 待办 and answers; the citizen looks it up with the code and reads the answer — and the
 * 司法局 sees its region's complaints with figures. Screens at 390 and 1280 px, each checked by axe-core.
 */
let h: Harness;
let base = '';
let portal: PortalBrowser;
let wb: PortalBrowser;
let code = '';

// the smallest valid PNG (1×1)
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const ANSWER = '经核查，执法人员当日出示了执法证件；扣押物品已补开清单并当面送达，特此答复。';

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  portal = await PortalBrowser.launch('axe-summary-complaints');
  wb = await launchWorkbench('axe-summary-complaints-workbench');
});
afterAll(async () => {
  await portal?.close();
  await wb?.close();
  await h?.close();
});

describe('R-X-4 the complaint flow in chromium, from the portal to the answer and back', () => {
  it('a citizen files a complaint with a photo on a phone and is shown the tracking code once', async () => {
    const ctx = await portal.context({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '投诉举报' }).click();
    await page.waitForURL(`${base}/complaints`);
    await page.getByRole('heading', { level: 1, name: '投诉举报' }).waitFor();
    // a first try without the facts: refused at the field, what was typed kept
    await page.getByLabel('被投诉举报的执法机关').selectOption({ label: '馆陶县市场监督管理局' });
    await page.getByLabel('姓名或者名称').fill('王秀英');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByLabel('您的请求').fill('请依法调查并答复。');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('#form-error').innerText()).toContain('请写明事实和理由');
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13912345678');
    await portal.checkAccessibility(page, 'complaint-form-error-390');
    await portal.shot(page, 'complaint-form-error-390');

    await page.getByLabel('涉及的决定书文号或者案件编号（可不填）').fill('馆市监罚〔2026〕3号');
    await page.getByLabel('事实和理由').fill('2026年11月10日两名执法人员在我店检查时未出示执法证件，当场扣押了十箱饮料，没有开具清单。');
    await page.getByLabel('证明材料（可不传）').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await portal.checkAccessibility(page, 'complaint-form-390');
    await portal.shot(page, 'complaint-form-390');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('heading', { level: 1, name: '您的投诉已提交' }).waitFor();
    code = (await page.locator('#code').innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.getByRole('status').innerText()).toContain('将于 2026年12月7日 前（工作日）答复');
    await portal.checkAccessibility(page, 'complaint-filed-390');
    await portal.shot(page, 'complaint-filed-390');
  });

  it('the head assigns it; the officer finds it in 待办, opens the photo and answers', async () => {
    const head = await (await workbenchContext(wb, h, 1280)).newPage();
    await signIn(head, base, 'scjg.juzhang');
    // unassigned complaints wait on the head
    await head.getByRole('link', { name: /指派承办人或答复/ }).waitFor();
    expect(await head.getByText(/投诉：2026年11月10日/).count()).toBe(1);
    await head.getByRole('menuitem', { name: '投诉举报' }).click();
    await head.getByRole('heading', { level: 1, name: '投诉举报' }).waitFor();
    await head.getByRole('cell', { name: '未指派' }).waitFor();
    await look(wb, head, 'complaints-list-head-1280');
    await head.getByRole('link', { name: /2026年11月10日两名执法人员/ }).click();
    await head.getByText('王秀英').waitFor();
    await head.getByRole('link', { name: '现场照片.png' }).waitFor();
    await look(wb, head, 'complaint-page-head-1280');
    await choose(head, '承办人', /李明/);
    await head.getByRole('button', { name: '指派', exact: true }).click();
    await toast(head, '已指派承办人');

    const officer = await (await workbenchContext(wb, h, 1280)).newPage();
    await signIn(officer, base, 'scjg.liming');
    await officer.getByRole('link', { name: '答复投诉（涉及 馆市监罚〔2026〕3号）' }).click();
    await officer.getByText('王秀英').waitFor();
    const photo = await officer.request.get(
      await officer
        .getByRole('link', { name: '现场照片.png' })
        .getAttribute('href')
        .then((u) => `${base}${u}`),
    );
    expect(photo.status()).toBe(200);
    expect(Buffer.from(await photo.body()).equals(PNG)).toBe(true);
    await officer.getByLabel('答复内容').fill(ANSWER);
    await look(wb, officer, 'complaint-answer-officer-1280');
    await officer.getByRole('button', { name: '答复', exact: true }).click();
    await toast(officer, '已答复');
    await officer.getByText(ANSWER).first().waitFor();
    await look(wb, officer, 'complaint-answered-1280');
  });

  it('the 司法局 sees the region’s complaints with each agency’s figures, read only', async () => {
    const page = await (await workbenchContext(wb, h, 1280)).newPage();
    await signIn(page, base, 'sfj.jiandu');
    await page.getByRole('menuitem', { name: '投诉举报' }).click();
    await page.getByRole('heading', { level: 1, name: '投诉举报' }).waitFor();
    await page.getByText('各机关办理情况').waitFor();
    await page.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await page.waitForURL(/state=all/);
    await page.getByRole('link', { name: /2026年11月10日两名执法人员/ }).click();
    await page.getByLabel('调阅事由').fill('投诉举报办理监督');
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByText('王秀英').waitFor();
    expect(await page.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    await look(wb, page, 'complaint-page-justice-1280');
    await page.getByRole('link', { name: '投诉举报' }).first().click();
    await page.getByText('各机关办理情况').waitFor();
    await look(wb, page, 'complaints-list-justice-1280');
  });

  it('the citizen looks up the code and reads the answer, on a phone and a desktop; no personal data shown', async () => {
    for (const width of [390, 1280]) {
      const ctx = await portal.context({ viewport: { width, height: 900 }, isMobile: width < 500 });
      const page = await ctx.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('contentinfo').getByRole('link', { name: '投诉举报查询' }).click();
      await page.getByLabel('查询码').fill(code.toLowerCase());
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByRole('heading', { level: 2, name: '答复' }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain('已答复');
      expect(text).toContain(ANSWER);
      expect(text).toContain('馆陶县市场监督管理局');
      for (const secret of ['王秀英', '13912345678', '十箱饮料', '现场照片']) expect(text).not.toContain(secret);
      await portal.checkAccessibility(page, `complaint-track-${width}`);
      await portal.shot(page, `complaint-track-${width}`);
    }
  });
});
