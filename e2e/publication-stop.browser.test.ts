import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../apps/server/src/test/review.ts';
import { publishedCitySeizure } from '../apps/server/src/test/decisions.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { launchWorkbench, look, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 信用修复后提前停止公示 in the workbench (R-PUB-5, 《市场监督管理行政处罚信息公示规定》§14): the 公示管理员
 * opens the drawer on a published 食品 penalty (罚款 and 没收违法所得: the three-year record of §13), sees
 * what the platform checks, confirms the two conditions it cannot see, and is refused with every unmet
 * condition listed in the drawer; once the party has paid and a year has passed, the stop goes through.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let caseId = '';
let pubId = '';

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-publication-stop');
  caseId = await readyPenaltyCase(h, { notifiedConfiscation: 300 });
  h.clock.set('2026-09-28T02:00:00Z');
  const decision = {
    decisionType: 'penalty',
    facts: '销售过期食品。',
    violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    penalty: '罚款 5000 元，没收违法所得 300 元',
    fineAmount: 5000,
    confiscation: 300,
  };
  expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000, { decision }))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
  const decided = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
  expect(decided.statusCode, decided.body).toBe(200);
  await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
  const items = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json().items as { id: string; caseId: string }[];
  pubId = items.find((i) => i.caseId === caseId)!.id;
  const published = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
  expect(published.json().publicUntil).toBe('2029-09-28');
  h.clock.set('2026-09-29T02:00:00Z');
  const delivered = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'deliver',
    inputs: { deliveredOn: '2026-09-29', method: 'direct', recipient: '钱立新' },
  });
  expect(delivered.statusCode, delivered.body).toBe(200);
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

/** The publisher signed in at the harness's now (a session idle for months has ended), on the publication's page, the drawer open. */
async function openStopDrawer(shot: string): Promise<{ page: Page; drawer: Locator }> {
  const page = await (await workbenchContext(kit, h)).newPage();
  onTestFailed(async () => void (await kit.shot(page, `failed-${shot}`).catch(() => undefined)));
  await signIn(page, base, 'scjg.gongshi');
  await page.goto(`${base}/workbench/publications/${pubId}`);
  await page.getByRole('button', { name: '信用修复后停止公示' }).click();
  const drawer = page.getByRole('dialog', { name: '信用修复后提前停止公示' });
  await drawer.getByText('平台根据案件记录核对').waitFor();
  // the drawer has slid and grown to its full width (its motion may start a frame after it appears)
  await expect.poll(async () => (await drawer.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(520);
  return { page, drawer };
}

async function fillAndConfirm(drawer: Locator): Promise<void> {
  await drawer.getByRole('checkbox', { name: /已核实当事人已经主动消除危害后果和不良社会影响/ }).check();
  await drawer.getByRole('checkbox', { name: /已核实当事人未被列入经营异常名录或严重违法失信名单/ }).check();
  await drawer.getByLabel('信用修复决定文号').fill('馆市监信修〔2027〕1号');
  await drawer.getByLabel('理由').fill('当事人已完成信用修复，申请提前停止公示。');
}

describe('R-PUB-5 提前停止公示 in the workbench (市场监管公示规定 §14)', () => {
  it('行政处罚法 §48, 国办发〔2018〕118号 name no early stop: a 城市管理 publication offers no 信用修复后停止公示; a 市场监管 行政处罚 does', async () => {
    // a 扣押 of the 综合执法局 (城市管理, the national default), published by its 公示管理员
    const { pubId: cityPub } = await publishedCitySeizure(h);

    const page = await (await workbenchContext(kit, h)).newPage();
    onTestFailed(async () => void (await kit.shot(page, 'failed-stop-not-offered').catch(() => undefined)));
    await signIn(page, base, 'zhzf.gongshi');
    await page.goto(`${base}/workbench/publications/${cityPub}`);
    // the publisher's other acts are there; the stop is not
    await page.getByRole('button', { name: '撤下', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '信用修复后停止公示' }).count()).toBe(0);
    await look(kit, page, 'publisher-stop-not-offered-1280');
    // the 市场监管 行政处罚 of this file offers it, naming §14
    const market = await (await workbenchContext(kit, h)).newPage();
    await signIn(market, base, 'scjg.gongshi');
    await market.goto(`${base}/workbench/publications/${pubId}`);
    const stop = market.getByRole('button', { name: '信用修复后停止公示' });
    await stop.waitFor();
    expect(await stop.getAttribute('title')).toBe('依据《市场监督管理行政处罚信息公示规定》第十四条');
  }, 120_000);

  it('市场监管公示规定 §14: the drawer lists what the platform checks, needs both confirmations, and lists every unmet condition of a refusal', async () => {
    // six months public, but 食品 needs a year (信用修复管理办法 §6), and nothing is paid yet
    h.clock.set('2027-04-01T02:00:00Z');
    const { page, drawer } = await openStopDrawer('stop-refused');
    await look(kit, page, 'publisher-stop-open-1280');
    const checks = await drawer.locator('.ant-list-item').allInnerTexts();
    expect(checks).toHaveLength(4);
    expect(checks.join('\n')).toMatch(/已满六个月（食品、药品、特种设备领域满一年）[\s\S]*第十四条第二款/);
    expect(checks.join('\n')).toMatch(/自觉履行[\s\S]*第十四条第一款第一项/);
    expect(checks.join('\n')).toMatch(/同一类违法行为[\s\S]*第十四条第一款第三项/);
    expect(checks.join('\n')).toMatch(/吊销营业执照[\s\S]*第十四条第三款/);
    // the two conditions the platform cannot see must be confirmed before anything is sent
    await drawer.getByRole('button', { name: '停止公示' }).click();
    await drawer.getByText('须核实后勾选：当事人已经主动消除危害后果和不良社会影响').waitFor();
    await drawer.getByText('须核实后勾选：当事人未被列入经营异常名录或严重违法失信名单').waitFor();

    await fillAndConfirm(drawer);
    await drawer.getByRole('button', { name: '停止公示' }).click();
    const refusal = drawer.getByRole('alert').filter({ hasText: '不符合提前停止公示的条件' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('2 项未满足');
    const unmet = await refusal.getByRole('listitem').allInnerTexts();
    expect(unmet).toHaveLength(2);
    expect(unmet[0]).toMatch(/^公示时间：食品领域行政处罚信息须公示满一年方可提前停止公示（自2026-09-28起，2027-09-28起可以停止）/);
    expect(unmet[0]).toContain('信用修复管理办法》第六条');
    expect(unmet[1]).toMatch(/^自觉履行：案件记录中没有当事人自觉履行行政处罚决定中规定义务的执行记录/);
    // the checklist marks the two it failed and the two it met
    expect(await drawer.getByLabel('未满足', { exact: true }).count()).toBe(2);
    expect(await drawer.getByLabel('已满足', { exact: true }).count()).toBe(2);
    await look(kit, page, 'publisher-stop-refused-1280');
    expect((await as('scjg.gongshi', 'GET', `/api/v1/publications/${pubId}`)).json().state).toBe('published');
  }, 120_000);

  it('市场监管公示规定 §14: once paid of its own accord and a year public, the confirmed stop ends the publication', async () => {
    h.clock.set('2027-04-02T02:00:00Z');
    const paid = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'execute',
      inputs: { performance: 'paid', paidAmount: 5300 },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    h.clock.set('2027-09-28T02:00:00Z');
    const { page, drawer } = await openStopDrawer('stop-done');
    await fillAndConfirm(drawer);
    await look(kit, page, 'publisher-stop-drawer-1280');
    await drawer.getByRole('button', { name: '停止公示' }).click();
    await toast(page, '已停止公示');
    await page.locator('.ant-tag').filter({ hasText: '已提前停止公示' }).waitFor();
    const record = (await as('scjg.gongshi', 'GET', `/api/v1/publications/${pubId}`)).json();
    expect(record.state).toBe('stopped');
    expect(record.events.at(-1)).toMatchObject({
      kind: 'stopped',
      details: {
        repairDecision: '馆市监信修〔2027〕1号',
        conditions: { performance: 'paid', confirmed: { harmRemoved: true, notListed: true } },
      },
    });
  }, 120_000);
});
