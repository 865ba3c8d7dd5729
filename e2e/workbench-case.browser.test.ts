import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { COMPANY_A } from '../apps/server/src/demo/demo-cases.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, pickDate, pickMoment, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 执法工作台, one 一般程序 case from 立案 to publication through the UI only (issue 15): the officer
 * opens it and investigates, notifies and records the waiver; proposes and submits for review; the
 * reviewer returns it with a point; the officer revises and resubmits; the reviewer passes the
 * second round, seeing what changed; the head decides on the form pre-filled from the cleared
 * proposal; the officer serves the 决定书; the publisher publishes; the portal's search finds it.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-workbench-case');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

const pages: [string, Page][] = [];
async function as(username: string): Promise<Page> {
  const ctx = await workbenchContext(kit, h);
  const page = await ctx.newPage();
  pages.push([username, page]);
  await signIn(page, base, username);
  return page;
}

/** Takes an available step on the case page with its generated form. */
async function step(page: Page, name: string, fill: (drawer: ReturnType<Page['locator']>) => Promise<void>) {
  await page
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  const drawer = page.getByRole('dialog', { name: `办理：${name}` });
  await drawer.getByText('办理前须满足').waitFor();
  await fill(drawer);
  await drawer.getByRole('button', { name: `办理「${name}」` }).click();
  await toast(page, `已办理「${name}」`);
  await drawer.waitFor({ state: 'detached' });
}

describe('执法工作台: a 一般程序 case end to end in chromium', () => {
  it('goes from 立案 through a returned review round and a passed second round to the decision, delivery and publication, and is found by the portal search', async () => {
    onTestFailed(async () => {
      for (const [who, page] of pages) await kit.shot(page, `failed-${who}`).catch(() => undefined);
    });
    // ── 执法人员 李明: 新建案件 ──────────────────────────────────────────────
    const officer = await as('scjg.liming');
    await look(kit, officer, 'officer-home-1280');
    await officer.getByRole('link', { name: '新建案件' }).first().click();
    await officer.getByRole('heading', { level: 1, name: '新建案件' }).waitFor();
    await officer.getByRole('radio', { name: /行政处罚一般程序/ }).check();
    await officer.getByLabel('案由').fill('销售过期食品案');
    await officer.getByLabel('名称').fill(COMPANY_A.name);
    // the 统一社会信用代码 is checked as it is typed, by the rules' own check
    await officer.getByLabel('统一社会信用代码').fill('91130433MA0A1B2C3X');
    await officer.getByText('统一社会信用代码校验码不正确，请核对').waitFor();
    await officer.getByLabel('统一社会信用代码').fill(COMPANY_A.creditCode!);
    await expect.poll(() => officer.getByText('统一社会信用代码校验码不正确，请核对').count()).toBe(0);
    // officers whose certificates do not cover the case are shown greyed, with the reason
    await expect.poll(() => officer.getByRole('checkbox', { name: /赵强/ }).isDisabled()).toBe(true);
    expect(await officer.getByText(/不能承办：执法证（13043301000103）状态为「暂扣」/).count()).toBe(1);
    await officer.getByRole('checkbox', { name: /李明/ }).check();
    await officer.getByRole('checkbox', { name: /王芳/ }).check();
    await officer.getByRole('radio', { name: '监督检查发现' }).check();
    await pickDate(officer, '发现线索日期', '2026-10-30');
    await officer.getByLabel('案情摘要').fill('日常检查发现当事人货架上摆放超过保质期的酸奶 12 盒。');
    await look(kit, officer, 'officer-new-case-1280');
    await officer.getByRole('button', { name: '立案申请', exact: true }).click();
    await officer.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}$/);
    const caseId = officer.url().split('/').pop()!;
    await officer.getByText('全过程记录完整').waitFor();

    // ── 机关负责人 张建国: 批准立案 in the system (市场监管程序规定 §20) ──────────
    const head = await as('scjg.juzhang');
    await head.getByRole('menuitem', { name: '待我审批' }).click();
    await head
      .getByText(/待负责人审批：批准立案/)
      .first()
      .waitFor();
    await look(kit, head, 'head-filing-approvals-1280');
    await head.getByRole('link', { name: '办理', exact: true }).first().click();
    await step(head, '批准立案', async (d) => {
      await d.getByLabel('批准意见').fill('经核查，符合立案条件，同意立案。');
    });
    await officer.reload();

    // ── 调查取证、调查终结、告知 ────────────────────────────────────────────
    await step(officer, '询问', async (d) => {
      await d.getByRole('checkbox', { name: /李明/ }).check();
      await d.getByRole('checkbox', { name: /王芳/ }).check();
      await d.getByLabel('被询问人').fill('钱立新（法定代表人）');
      // the real start and end of the interview, that morning (the clock is 10:00 Beijing): required (R-REC-2)
      await pickMoment(d, '询问开始时间', '2026-11-02 08:30');
      await pickMoment(d, '询问结束时间', '2026-11-02 09:15');
      await d.getByLabel('询问内容摘要').fill('当事人承认未及时下架过期食品，共购进 24 盒，已售出 12 盒。');
    });
    await step(officer, '调查终结', async (d) => {
      await d.getByLabel('违法事实').fill('当事人销售超过保质期的酸奶 12 盒，货值 96 元，违法所得 48 元。');
      await d.getByLabel('证据清单').fill('询问笔录、进货单据');
      await d.getByRole('radio', { name: '给予行政处罚' }).check();
      // a penalty proposed: the provision broken is required beside the penalty provision (行政处罚法 §59(三))
      await d.getByLabel('违反的规定').fill('《中华人民共和国食品安全法》第三十四条第（十）项');
      await d.getByLabel('法律依据').fill('《中华人民共和国食品安全法》第一百二十四条第一款');
    });
    await step(officer, '行政处罚告知', async (d) => {
      await d.getByLabel('拟作出的行政处罚').fill('没收违法所得 48 元，罚款 5000 元');
      await d.getByLabel('拟罚款金额（元）').fill('5000');
      // the kinds as structure: the decision may impose nothing the notice did not name (行政处罚法 §44, §45)
      await d.getByRole('button', { name: '添加处罚种类' }).click();
      await d.getByLabel('罚款金额（元）', { exact: true }).fill('5000');
      await d.getByRole('button', { name: '添加处罚种类' }).click();
      await choose(officer, '第 2 项处罚种类', '没收违法所得', d);
      await d.getByLabel('违法所得金额（元）', { exact: true }).fill('48');
      await d.getByRole('radio', { name: '是' }).check();
    });
    // the step's document is offered next: 行政处罚告知书, sealed, with the party's access code shown once
    await officer.getByText('上一环节须制作「行政处罚告知书」').waitFor();
    await officer.getByRole('button', { name: '制作文书' }).click();
    // the code is shown once, in its own dialog (the 文书 tab also lists the case's codes under the same title)
    await officer.getByRole('dialog', { name: '当事人专区访问码' }).waitFor();
    await officer.getByRole('button', { name: '已记下' }).click();
    // the notice in the documents (the codes' card names it too)
    await officer.getByRole('cell', { name: '行政处罚告知书' }).first().waitFor();
    await officer.getByRole('tab', { name: '办案记录' }).click();
    // the window runs from the party's receipt of the 告知书 (行政处罚法 §44, §64)
    await step(officer, '送达告知书', async (d) => {
      await pickDate(officer, '送达日期', '2026-11-02', d);
      await choose(officer, '送达方式', '直接送达', d);
      await d.getByLabel('受送达人').fill('钱立新（法定代表人）');
    });
    await step(officer, '放弃陈述申辩和听证', async (d) => {
      await d.getByLabel('当事人放弃声明').fill('当事人书面声明放弃陈述、申辩和听证的权利。');
    });
    await look(kit, officer, 'officer-case-1280');
    // the 告知's 处罚种类 read in words in the history, as the 告知书 writes them
    await officer.getByRole('tab', { name: '办案记录' }).click();
    await officer.getByText('罚款 5,000 元；没收违法所得 48 元').first().waitFor();
    expect(await officer.locator('body').innerText()).not.toContain('[object Object]');

    // ── 法制审核: propose and submit ────────────────────────────────────────
    await officer.getByRole('tab', { name: '法制审核' }).click();
    await officer.getByRole('button', { name: '提出拟作出的决定' }).click();
    const propose = officer.getByRole('dialog').last();
    await propose.getByRole('radio', { name: '给予行政处罚' }).check();
    await propose.getByLabel('违法事实').fill('当事人销售超过保质期的酸奶 12 盒，货值 96 元，违法所得 48 元。');
    await propose.getByLabel('违反的规定').fill('《中华人民共和国食品安全法》第三十四条第（十）项');
    await propose.getByLabel('处罚依据').fill('《中华人民共和国食品安全法》第一百二十四条第一款');
    await propose.getByLabel('处罚内容').fill('没收违法所得 48 元，罚款 5000 元');
    await propose.getByLabel('罚款金额（元）').fill('5000');
    await propose.getByLabel('没收违法所得（元）').fill('48');
    await propose.getByRole('checkbox', { name: '罚款', exact: true }).check();
    await propose.getByRole('checkbox', { name: '没收违法所得', exact: true }).check();
    await choose(officer, '违法行为（裁量基准）', /经营超过保质期的食品（货值金额不足一万元）/, propose);
    await propose.getByText('本机关类案').waitFor();
    await choose(officer, '裁量阶次', '一般处罚', propose);
    await propose.getByLabel('裁量说明').fill('货值金额不足一万元，无从轻、从重情节，按一般处罚。');
    await look(kit, officer, 'officer-proposal-1280');
    await propose.getByRole('button', { name: '提出拟作出的决定' }).click();
    await toast(officer, '已保存拟作出的决定');
    await officer.getByRole('button', { name: '提交法制审核' }).click();
    const submitDrawer = officer.getByRole('dialog').last();
    await submitDrawer.getByLabel('违法事实').waitFor();
    await submitDrawer.getByRole('button', { name: '提交法制审核' }).click();
    await toast(officer, '已提交法制审核');

    // ── 法制审核人员 陈静: round 1 returned ─────────────────────────────────
    const reviewer = await as('scjg.chenjing');
    await reviewer.getByRole('link', { name: /法制审核（第 1 轮/ }).click();
    await reviewer.getByText('审核意见（第 1 轮）').waitFor();
    await look(kit, reviewer, 'reviewer-round-1-1280');
    await reviewer.getByRole('radiogroup', { name: '证据合法充分' }).getByText('有问题').click();
    await reviewer.getByLabel('证据合法充分存在的问题').fill('缺少现场检查笔录和进货单据的证明，请补充。');
    await reviewer.getByLabel('审核意见').fill('证据不够充分，退回补充。');
    await reviewer.getByRole('button', { name: '出具审核意见' }).click();
    await toast(reviewer, '已出具审核意见：存在问题，退回承办人');

    // ── 执法人员: sees the reviewer's point, revises, resubmits ────────────
    await officer.reload();
    await officer.getByRole('tab', { name: '法制审核' }).click();
    await officer.getByText('第 1 轮审核退回：请按审核意见修改').waitFor();
    expect(await officer.getByText('缺少现场检查笔录和进货单据的证明，请补充。').count()).toBeGreaterThan(0);
    await look(kit, officer, 'officer-review-returned-1280');
    await officer.getByRole('button', { name: '修改拟作出的决定' }).click();
    const revise = officer.getByRole('dialog').last();
    await revise.getByLabel('处罚内容').fill('没收违法所得 48 元，罚款 4000 元');
    await revise.getByLabel('罚款金额（元）').fill('4000');
    await revise.getByLabel('裁量说明').fill('货值金额不足一万元；当事人如实陈述、积极配合，按一般处罚幅度内较低数额。');
    await revise.getByRole('button', { name: '保存为新版本' }).click();
    await toast(officer, '已保存拟作出的决定');
    await officer.getByRole('button', { name: '重新提交法制审核' }).click();
    const resubmit = officer.getByRole('dialog').last();
    await resubmit.getByLabel('承办人意见').fill('已补充说明证据，按审核意见修改罚款数额。');
    await resubmit.getByRole('button', { name: '提交法制审核' }).click();
    await toast(officer, '已提交法制审核');

    // ── 法制审核人员: round 2 passed, seeing what changed ──────────────────
    await reviewer.goto(`${base}/workbench/reviews`);
    await reviewer.getByRole('link', { name: /销售过期食品案/ }).click();
    await reviewer.getByText('审核意见（第 2 轮）').waitFor();
    await reviewer.getByRole('tab', { name: '与第 1 轮比较' }).click();
    await reviewer.getByText('拟作出的决定 · 罚款金额（元）').waitFor();
    await look(kit, reviewer, 'reviewer-round-2-diff-1280');
    await reviewer.getByLabel('审核意见').fill('主体合法，事实清楚，证据确凿，程序合法，适用依据正确，裁量适当。同意。');
    await reviewer.getByRole('button', { name: '出具审核意见' }).click();
    await toast(reviewer, '已出具审核意见：同意');

    // ── 机关负责人 张建国: decides on the cleared proposal ─────────────────
    await head.bringToFront();
    await head.getByRole('menuitem', { name: '待我审批' }).click();
    await head.getByText('待负责人审批：作出处罚决定').waitFor();
    await head.locator('.ant-table-row-expand-icon').first().click();
    await head.getByText(/审核意见：同意/).waitFor();
    await look(kit, head, 'head-approvals-1280');
    await head.getByRole('link', { name: '办理', exact: true }).first().click();
    await head.getByRole('button', { name: '作出处罚决定' }).click();
    const decide = head.getByRole('dialog').last();
    await expect.poll(() => decide.getByLabel('处罚内容').inputValue()).toBe('没收违法所得 48 元，罚款 4000 元');
    await decide.getByRole('button', { name: '办理「作出处罚决定」' }).click();
    await toast(head, '已办理「作出处罚决定」');
    await head.getByRole('button', { name: '制作文书' }).click();
    await head.getByRole('cell', { name: '行政处罚决定书' }).waitFor();
    await head
      .getByRole('row', { name: /行政处罚决定书/ })
      .getByRole('button', { name: /预览/ })
      .click();
    await head.getByRole('img', { name: /行政处罚决定书 第 1 页/ }).waitFor({ timeout: 30_000 });
    await look(kit, head, 'head-decision-preview-1280');
    await head.keyboard.press('Escape');

    // ── 执法人员: 送达 ─────────────────────────────────────────────────────
    await officer.goto(`${base}/workbench/cases/${caseId}`);
    await step(officer, '送达', async (d) => {
      await pickDate(officer, '送达日期', '2026-11-02', d);
      await choose(officer, '送达方式', '直接送达', d);
      await d.getByLabel('受送达人').fill('钱立新');
    });

    // ── 公示管理员 孙丽: publishes ─────────────────────────────────────────
    const publisher = await as('scjg.gongshi');
    await publisher
      .getByRole('link', { name: /待公示：/ })
      .first()
      .click();
    await publisher.getByText('公示文本', { exact: true }).waitFor();
    await look(kit, publisher, 'publisher-preview-1280');
    await publisher.getByRole('button', { name: '审核通过并公示' }).click();
    await toast(publisher, '已公示');
    // the decision is published under its 决定书's own 文号 (issue 20 item 2), not the 案号
    const documents = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/documents`)).json() as {
      kind: string;
      number: string | null;
    }[];
    const number = documents.findLast((d) => d.kind === 'penalty-decision')!.number!;
    expect(number).toMatch(/^馆市监处罚〔2026〕\d+号$/);

    // ── 公示平台: the portal's search finds it ─────────────────────────────
    const citizen = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await citizen.goto(`${base}/search?q=${encodeURIComponent('销售过期食品')}`);
    expect(await citizen.locator('main').innerText()).toContain(number);

    const events = (
      await h.tdb.db.selectFrom('case_events').select(['kind', 'step']).where('case_id', '=', caseId).orderBy('seq').execute()
    ).map((e) => e.step ?? e.kind);
    expect(events).toEqual(
      expect.arrayContaining([
        'open',
        'inquire',
        'conclude-investigation',
        'notify',
        'waive',
        'submit-review',
        'review-return',
        'review-pass',
        'decide',
        'deliver',
      ]),
    );
  }, 300_000);
});
