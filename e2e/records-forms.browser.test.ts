import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { COMPANY_A } from '../apps/server/src/demo/demo-cases.ts';
import { approveFiling } from '../apps/server/src/test/filing.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, pickMoment, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 执法工作台 (issue 20 item 4): the forms generated from the step definitions ask for what the 笔录 and
 * the 送达回证 must state — the 询问's real start and end (date and time), place, the person's details,
 * the recorder; the 送达's fields for the method chosen, and only those.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let caseId = '';
let page: Page;

beforeAll(async () => {
  // 2026-11-02 10:00 Beijing
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-records-forms');
  const t = await h.token('scjg.liming');
  const opened = await h.request(t, 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'inspection', clueOn: '2026-10-30', summary: '检查发现过期食品。' },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json().id;
  await approveFiling(h, caseId);
  const ctx = await workbenchContext(kit, h);
  page = await ctx.newPage();
  await signIn(page, base, 'scjg.liming');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

/** Opens the drawer of an available step on the case page. */
async function open(name: string): Promise<Locator> {
  await page.goto(`${base}/workbench/cases/${caseId}`);
  await page
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  const drawer = page.getByRole('dialog', { name: `办理：${name}` });
  await drawer.getByText('办理前须满足').waitFor();
  return drawer;
}

/** Types a moment into an antd DatePicker with time, as a person types it, and confirms it. */

describe('执法工作台: 笔录 and 送达 forms ask for the truth', () => {
  it('询问: the real start and end, the place and the person questioned, sent in China time', async () => {
    onTestFailed(async () => kit.shot(page, 'failed-records-forms').catch(() => undefined));
    const d = await open('询问');
    await d.getByRole('checkbox', { name: /李明/ }).check();
    await d.getByRole('checkbox', { name: /王芳/ }).check();
    await d.getByLabel('被询问人', { exact: true }).fill('钱立新');
    await d.getByLabel('身份证件号码', { exact: true }).fill('130433198001011234');
    await d.getByLabel('与本案关系（当事人、法定代表人、员工、证人等）').fill('当事人的法定代表人');
    await d.getByLabel('询问地点', { exact: true }).fill('馆陶县市场监督管理局二楼询问室');
    await pickMoment(d, '询问开始时间', '2026-11-02 08:30');
    await pickMoment(d, '询问结束时间', '2026-11-02 09:15');
    await d.getByLabel('记录人', { exact: true }).fill('王芳');
    await d.getByLabel('询问内容摘要').fill('问：酸奶从何处购进？答：从邯郸某商贸公司购进。');
    await look(kit, page, 'records-inquire-form-1280');
    await d.getByRole('button', { name: '办理「询问」' }).click();
    await toast(page, '已办理「询问」');
    const events = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/events`)).json().events as {
      step: string | null;
      inputs: Record<string, unknown>;
    }[];
    const inquiry = events.find((e) => e.step === 'inquire')!;
    expect(inquiry.inputs).toMatchObject({
      startedAt: '2026-11-02T08:30',
      endedAt: '2026-11-02T09:15',
      place: '馆陶县市场监督管理局二楼询问室',
    });
  });

  it('送达: each method shows its own fields, required; 电子送达 shows no street address', async () => {
    for (const [s, inputs] of [
      [
        'conclude-investigation',
        {
          facts: '销售过期酸奶。',
          evidence: '询问笔录',
          violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
          legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
          proposal: 'penalty',
        },
      ],
      ['notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
    ] as const) {
      const r = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${caseId}/steps`, { step: s, inputs });
      expect(r.statusCode, r.body).toBe(200);
    }
    const d = await open('送达告知书');
    await choose(page, '送达方式', '邮寄送达', d);
    await expect.poll(() => d.getByLabel('邮件号码（挂号信或者特快专递）').count()).toBe(1);
    expect(await d.getByLabel('电子送达地址（电子邮箱或者手机号码）').count()).toBe(0);
    expect(await d.getByLabel('见证人（姓名及所在基层组织或者单位）').count()).toBe(0);
    await look(kit, page, 'records-deliver-mail-form-1280');
    await choose(page, '送达方式', '电子送达（经当事人同意）', d);
    await expect.poll(() => d.getByLabel('电子送达地址（电子邮箱或者手机号码）').count()).toBe(1);
    expect(await d.getByLabel('邮件号码（挂号信或者特快专递）').count()).toBe(0);
    await look(kit, page, 'records-deliver-electronic-form-1280');
    await choose(page, '送达方式', '留置送达', d);
    await expect.poll(() => d.getByLabel('见证人（姓名及所在基层组织或者单位）').count()).toBe(1);
    // required for this method: the form asks before sending
    await d.getByRole('button', { name: '办理「送达告知书」' }).click();
    await d.getByText('请填写「见证人（姓名及所在基层组织或者单位）」').waitFor();
    await look(kit, page, 'records-deliver-left-form-1280');
  });
});
