import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { COMPANY_A } from '../apps/server/src/demo/demo-cases.ts';
import { notifiedCase } from '../apps/server/src/test/party.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * 当事人专区 in a real browser (issue 5 point 9): sign in with the code on the 告知书, state a
 * defence, ask for a hearing, consent to electronic delivery and download the notice — with the
 * keyboard-free forms a party without JavaScript gets, on a phone and a desktop, checked by axe-core.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-30T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary-party');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('当事人专区 in chromium', () => {
  it('signs in, states a defence, asks for a hearing, consents to e-delivery and downloads the notice (phone; the pages carry no script)', async () => {
    const c = await notifiedCase(h, COMPANY_A, true);
    const ctx = await kit.context({ viewport: { width: 390, height: 844 }, isMobile: true, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '当事人专区' }).click();
    await page.waitForURL(`${base}/party`);
    await kit.checkAccessibility(page, 'party-sign-in');
    await kit.shot(page, 'party-sign-in');

    await page.getByLabel('案件编号').fill(c.number);
    await page.getByLabel('访问码').fill('WRONG-CODE-00');
    await page.getByRole('button', { name: '登录' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('案件编号或访问码不正确');
    await kit.checkAccessibility(page, 'party-sign-in-error');

    await page.getByLabel('访问码').fill(c.code.toLowerCase());
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/party/case`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('当事人专区');
    await kit.checkAccessibility(page, 'party-case');
    await kit.shot(page, 'party-case');

    await page.getByLabel('陈述、申辩意见').fill('过期酸奶系供货商配送延误所致，我方已全部下架，请求从轻处罚。');
    await page.getByRole('button', { name: '提交陈述、申辩意见' }).click();
    await page.waitForURL(/done=statement/);
    expect(await page.getByRole('status').innerText()).toContain('您的陈述、申辩意见已提交');

    await page.getByLabel(/我要求就本案举行听证/).check();
    await page.getByRole('button', { name: '申请听证' }).click();
    await page.waitForURL(/done=hearing/);
    expect(await page.locator('body').innerText()).toContain('您已于 2026年9月30日 申请听证');
    expect(await page.locator('body').innerText()).toContain('您已申请听证，可以在听证会上进行申辩和质证');

    await page.getByLabel(/接收提醒的手机号码或电子邮箱/).fill('13931000000');
    await page.getByLabel('我同意采用电子送达方式接收本案文书').check();
    await page.getByRole('button', { name: '同意电子送达' }).click();
    await page.waitForURL(/done=consent/);
    await kit.checkAccessibility(page, 'party-case-after');
    await kit.shot(page, 'party-case-after');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF 下载：行政处罚告知书' }).click(),
    ]);
    expect(download.suggestedFilename()).toContain('行政处罚告知书');

    const steps = (
      await h.tdb.db
        .selectFrom('case_events')
        .select('step')
        .where('case_id', '=', c.id)
        .where('kind', '=', 'case.step')
        .orderBy('seq')
        .execute()
    ).map((e) => e.step);
    expect(steps.slice(-3)).toEqual(['party-defence', 'request-hearing', 'consent-e-delivery']);
  });

  it('reads well on a desktop too', async () => {
    const c = await notifiedCase(h, COMPANY_A, false);
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/party`);
    await page.getByLabel('案件编号').fill(c.number);
    await page.getByLabel('访问码').fill(c.code);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForLoadState();
    expect(page.url(), await page.locator('main').innerText()).toBe(`${base}/party/case`);
    expect(await page.locator('body').innerText()).toContain('告知书未告知听证权利');
    await kit.checkAccessibility(page, 'party-case-desktop');
    await kit.shot(page, 'party-case-desktop');
  });
});
