import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import {
  REVOKED_DECISION,
  REVOKED_NOTIFY,
  WIRE_DECISION,
  WIRE_NOTIFY,
  publishedPenalty,
  type PublishedPenalty,
} from '../apps/server/src/test/credit-repair.ts';
import { PortalBrowser } from './portal-kit.ts';
import { look, signIn, workbenchContext } from './workbench-kit.ts';

/**
 * 信用修复 online in chromium (issue 22 point 2): the party signs in to the 当事人专区 on a phone,
 * sees that its decision may be repaired and why, applies with its evidence and the 守信承诺书; the
 * 公示管理员 decides in the workbench and the publication ends early; the party's profile says 已修复.
 * A 吊销 is refused on the page with the rule and article. The party's pages are checked by axe-core
 * at 390 and 1280 px, the workbench's decision page at 1280 px.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let wire: PublishedPenalty;
let revoked: PublishedPenalty;

beforeAll(async () => {
  h = await createHarness({ now: '2026-03-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary-credit-repair');
  wire = await publishedPenalty(h, {
    title: '销售不合格电线电缆案',
    decision: WIRE_DECISION,
    sanctions: ['罚款', '没收违法所得'],
    notify: WIRE_NOTIFY,
  });
  revoked = await publishedPenalty(h, {
    title: '以不合格产品冒充合格产品案',
    decision: REVOKED_DECISION,
    sanctions: ['罚款', '没收违法所得', '吊销许可证件'],
    notify: REVOKED_NOTIFY,
    collective: true,
  });
  // six months and more after publication
  h.clock.set('2026-09-14T02:00:00Z');
}, 180_000);

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

async function partySignIn(page: Page, c: PublishedPenalty): Promise<void> {
  await page.goto(`${base}/party`);
  await page.getByLabel('案件编号').fill(c.number);
  await page.getByLabel('访问码').fill(c.code);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${base}/party/case`);
}

describe('issue 22 point 2: 信用修复 in chromium', () => {
  let number = '';
  it('R-PUB-5 信用修复: on a phone the party sees it may apply and why, and applies with its evidence and the 守信承诺书 (no script on the page)', async () => {
    const ctx = await kit.context({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
    const page = await ctx.newPage();
    onTestFailed(async () => void (await kit.shot(page, 'failed-credit-repair-party').catch(() => undefined)));
    await partySignIn(page, wire);
    await page.getByRole('link', { name: '查看是否可以申请信用修复' }).click();
    await page.waitForURL(`${base}/party/credit-repair`);
    expect(await page.locator('main').innerText()).toContain('可以申请信用修复');
    await kit.checkAccessibility(page, 'credit-repair-list-390');
    await kit.shot(page, 'credit-repair-list-390');

    await page.getByRole('link', { name: /^申请信用修复/ }).click();
    await page.getByRole('heading', { level: 1, name: '申请信用修复' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('十五个工作日内作出决定');
    await kit.checkAccessibility(page, 'credit-repair-apply-390');
    await kit.shot(page, 'credit-repair-apply-390');
    // the browser's own checks stop a form without its required fields; the server's refusal is the test's subject
    await page.getByLabel('法定代表人（负责人）').check();
    await page.getByLabel('申请人姓名').fill('钱');
    await page.getByLabel('申请理由').fill('已缴清罚没款 5300 元，不合格电线电缆已全部召回销毁。');
    await page.getByLabel('我已阅读并接受上述守信承诺书').check();
    await page.getByRole('button', { name: '提交信用修复申请' }).click();
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('请填写申请人姓名（至少 2 字）');
    expect(await page.getByLabel('申请人姓名').getAttribute('aria-invalid')).toBe('true');
    await kit.checkAccessibility(page, 'credit-repair-apply-error-390');
    await kit.shot(page, 'credit-repair-apply-error-390');

    await page.getByLabel('申请人姓名').fill('钱立新');
    await page.getByLabel(/证明材料/).setInputFiles({
      name: '缴款凭证.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% 缴款凭证\n%%EOF\n'),
    });
    await page.getByLabel('我已阅读并接受上述守信承诺书').check();
    await page.getByRole('button', { name: '提交信用修复申请' }).click();
    await page.waitForURL(/\/party\/credit-repair\?done=/);
    const status = await page.getByRole('status').innerText();
    expect(status).toMatch(/申请编号 XF2026-\d{5}/);
    number = /XF2026-\d{5}/.exec(status)![0];
    expect(await page.locator('main').innerText()).toContain('待决定');
    await kit.checkAccessibility(page, 'credit-repair-submitted-390');
    await kit.shot(page, 'credit-repair-submitted-390');
    await ctx.close();
  }, 120_000);

  it('R-PUB-5 信用修复: the 公示管理员 decides in the workbench — 准予 ends the publication early; the party and its profile see 已修复', async () => {
    const ctx = await workbenchContext(kit, h);
    const page = await ctx.newPage();
    onTestFailed(async () => void (await kit.shot(page, 'failed-credit-repair-workbench').catch(() => undefined)));
    await signIn(page, base, 'scjg.gongshi');
    await page.getByRole('menuitem', { name: '信用修复申请' }).click();
    await page.getByRole('heading', { level: 1, name: '信用修复申请' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    expect(await row.innerText()).toContain('钱立新');
    await look(kit, page, 'credit-repair-workbench-list-1280');
    await row.getByRole('link', { name: number }).click();
    await page.getByText('申请理由与证明材料').waitFor();
    expect(await page.locator('main').innerText()).toContain('缴款凭证.pdf');
    await look(kit, page, 'credit-repair-workbench-decision-1280');
    await page.getByRole('checkbox', { name: /已核实当事人已经主动消除危害后果和不良影响/ }).check();
    await page.getByRole('checkbox', { name: /已核实当事人未在经营异常名录和严重违法失信名单中/ }).check();
    await page.getByLabel('决定理由').fill('当事人已履行处罚决定，已消除不良影响，未列入经营异常名录和严重违法失信名单。');
    await page.getByRole('button', { name: '准予并停止公示' }).click();
    await page.getByText('准予信用修复，已停止公示').first().waitFor();
    await look(kit, page, 'credit-repair-workbench-granted-1280');
    await ctx.close();
    expect((await h.request(await h.token('scjg.gongshi'), 'GET', `/api/v1/publications/${wire.pubId}`)).json().state).toBe('stopped');

    const phone = await (await kit.context({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })).newPage();
    await partySignIn(phone, wire);
    await phone.goto(`${base}/party/credit-repair`);
    expect(await phone.locator('main').innerText()).toContain('准予信用修复，已停止公示');
    const credit = (
      await h.tdb.db.selectFrom('public_decisions').select('party_credit_code').where('id', '=', wire.pubId).executeTakeFirstOrThrow()
    ).party_credit_code!;
    await phone.goto(`${base}/parties/${credit}`);
    const text = await phone.locator('main').innerText();
    expect(text).toContain('已修复');
    expect(text).toContain(`信用修复申请${number}准予`);
    await kit.checkAccessibility(phone, 'credit-repair-profile-390');
    await kit.shot(phone, 'credit-repair-profile-390');
  }, 120_000);

  it('R-PUB-5 信用修复: on a desktop a 吊销 is refused with the rule and its article, and no form is offered', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await partySignIn(page, revoked);
    await page.goto(`${base}/party/credit-repair`);
    const list = await page.locator('main').innerText();
    expect(list).toContain('受到吊销许可证件行政处罚的，不得提前停止公示');
    expect(list).toContain('《市场监督管理行政处罚信息公示规定》第十四条第三款');
    await kit.checkAccessibility(page, 'credit-repair-refused-1280');
    await kit.shot(page, 'credit-repair-refused-1280');
    await page.goto(`${base}/party/credit-repair/${revoked.pubId}`);
    expect(await page.getByRole('button', { name: '提交信用修复申请' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('不能申请信用修复');
    await kit.checkAccessibility(page, 'credit-repair-apply-refused-1280');
    await kit.shot(page, 'credit-repair-apply-refused-1280');
    // the repaired one reads well on a desktop too (another browser: one party per session)
    const desk = await (await kit.context({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await partySignIn(desk, wire);
    await desk.goto(`${base}/party/credit-repair`);
    await kit.checkAccessibility(desk, 'credit-repair-list-1280');
    await kit.shot(desk, 'credit-repair-list-1280');
  }, 120_000);
});
