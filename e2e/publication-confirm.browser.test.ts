import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../apps/server/src/test/review.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { launchWorkbench, look, quiet, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 请确认 in the workbench (R-PUB-4): on a 决定书 where the engine is unsure of a name (巩立新 speaks,
 * no role word names him), the 公示管理员 sees the span marked 请确认 in the text and in the list of
 * 隐去之处, the publish button waits with 「尚有 N 处待确认」; he decides 公开 (with a reason), undoes it,
 * decides 确认隐去 (its default reason), the button enables and he publishes. On a second record he
 * publishes the name.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
const NAME = '巩立新';
const FACTS = '经查，巩立新称该批货物系其代为保管。当事人销售过期食品。';

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

/** A decided penalty whose 决定书 (issued) states FACTS; its pending publication's id. */
async function pendingWithUncertainName(): Promise<string> {
  h.clock.set('2026-09-25T02:00:00Z');
  const caseId = await readyPenaltyCase(h);
  h.clock.set('2026-09-28T02:00:00Z');
  const decision = {
    decisionType: 'penalty',
    facts: FACTS,
    violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    penalty: '罚款 5000 元',
    fineAmount: 5000,
  };
  expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000, { decision }))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
  const decided = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
  expect(decided.statusCode, decided.body).toBe(200);
  const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
  expect(doc.statusCode, doc.body).toBe(201);
  const items = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json().items as { id: string; caseId: string }[];
  return items.find((i) => i.caseId === caseId)!.id;
}

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-publication-confirm');
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

async function openPublication(pubId: string, shot: string): Promise<Page> {
  const page = await (await workbenchContext(kit, h)).newPage();
  onTestFailed(async () => void (await kit.shot(page, `failed-${shot}`).catch(() => undefined)));
  await signIn(page, base, 'scjg.gongshi');
  await page.goto(`${base}/workbench/publications/${pubId}`);
  await page.getByTestId('original-text').waitFor();
  return page;
}

/** Opens the decision for the name from the 请确认 card, writes the reason (or keeps the default) and confirms. */
async function decideFromCard(page: Page, action: '确认隐去' | '公开', reason?: string): Promise<void> {
  const row = page.getByRole('listitem', { name: `请确认：${NAME}` });
  await row.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action === '公开' ? `公开「${NAME}」` : `确认隐去「${NAME}」` });
  await dialog.waitFor();
  const input = dialog.getByLabel(action === '公开' ? '公开理由' : '隐去理由');
  if (reason !== undefined) await input.fill(reason);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await quiet(page);
}

describe('R-PUB-4 请确认 in the workbench', () => {
  it('R-PUB-4 请确认: the publisher sees the uncertain name, the publish button waits; 公开 then undo, 确认隐去 with the default reason, publish', async () => {
    const pubId = await pendingWithUncertainName();
    const page = await openPublication(pubId, 'confirm-hide');
    const publish = page.getByRole('button', { name: '审核通过并公示' });
    // shown distinctly in the text and the list, the button disabled with the count
    const asked = page.getByTestId('original-text').locator('mark.confirm');
    await asked.first().waitFor();
    expect(await asked.first().innerText()).toBe(NAME);
    expect(await page.getByTestId('published-text').locator('mark.confirm').first().innerText()).toBe('巩某某');
    const pending = page.getByRole('status').filter({ hasText: /尚有 \d+ 处待确认/ });
    await pending.waitFor();
    const count = Number((await pending.innerText()).match(/尚有 (\d+) 处/)![1]);
    expect(count).toBeGreaterThanOrEqual(2); // the full text and the 数据项 with the facts
    expect(await publish.isDisabled()).toBe(true);
    const card = page.locator('.confirm-card');
    expect(await card.innerText()).toContain('决定书全文');
    const row = page.locator('.ant-table-row.row-confirm').first();
    expect(await row.innerText()).toContain(NAME);
    expect(await row.innerText()).toContain('请确认');
    await look(kit, page, 'publisher-confirm-asked-1280');

    // 公开 needs a reason
    await page
      .getByRole('listitem', { name: `请确认：${NAME}` })
      .getByRole('button', { name: '公开' })
      .click();
    const dialog = page.getByRole('dialog', { name: `公开「${NAME}」` });
    // the form mounted and the modal's opening animation ended (a click during it lands nowhere on a loaded machine)
    await dialog.getByLabel('公开理由').waitFor();
    await opened(dialog);
    await dialog.getByRole('button', { name: '公开', exact: true }).click();
    await dialog.getByText('请写明公开的理由').waitFor();
    await look(kit, page, 'publisher-confirm-publish-dialog-1280');
    await dialog.getByLabel('公开理由').fill('系单位字号，非自然人姓名');
    await dialog.getByRole('button', { name: '公开', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await quiet(page);
    // decided: the name shows in the published text, the button enables
    await expect.poll(async () => page.getByTestId('published-text').innerText()).toContain(`经查，${NAME}称`);
    await card.getByText('已确认公开：系单位字号，非自然人姓名').waitFor();
    expect(await pending.count()).toBe(0);
    await expect.poll(async () => publish.isDisabled()).toBe(false);
    await look(kit, page, 'publisher-confirm-published-decision-1280');

    // undone before publishing: asked again
    await card.getByRole('button', { name: '撤销决定' }).click();
    await quiet(page);
    await pending.waitFor();
    await expect.poll(async () => publish.isDisabled()).toBe(true);
    expect(await page.getByTestId('published-text').innerText()).not.toContain(NAME);

    // 确认隐去 with its default reason
    await page
      .getByRole('listitem', { name: `请确认：${NAME}` })
      .getByRole('button', { name: '确认隐去' })
      .click();
    const hide = page.getByRole('dialog', { name: `确认隐去「${NAME}」` });
    expect(await hide.getByLabel('隐去理由').inputValue()).toBe('确认为个人信息');
    await opened(hide);
    await hide.getByRole('button', { name: '确认隐去', exact: true }).click();
    await hide.waitFor({ state: 'hidden' });
    await quiet(page);
    await card.getByText('已确认隐去：确认为个人信息').waitFor();
    await expect.poll(async () => publish.isDisabled()).toBe(false);
    expect(await page.getByTestId('original-text').locator('mark.confirm').count()).toBe(0);
    expect(await page.getByTestId('original-text').locator('mark.decided-hide').first().innerText()).toBe(NAME);
    await look(kit, page, 'publisher-confirm-decided-1280');

    await publish.click();
    await toast(page, '已公示');
    const record = (await as('scjg.gongshi', 'GET', `/api/v1/publications/${pubId}`)).json();
    expect(record.state).toBe('published');
    const v = record.versions[0];
    expect(v.publishedText).toContain('经查，巩某某称');
    expect(v.marks.body).toEqual([expect.objectContaining({ confirm: 'hide', reason: '确认为个人信息' })]);
    expect(Object.values(v.marks.fields).flat()).toEqual(
      expect.arrayContaining([expect.objectContaining({ confirm: 'hide', reason: '确认为个人信息' })]),
    );
    // recorded as the signed-in publisher's act
    expect(v.approvedBy).not.toBe('系统（自动公示）');
    expect(record.events.at(-1)).toMatchObject({ kind: 'published', by: expect.any(String), details: { marks: { body: v.marks.body } } });
  }, 180_000);

  it('R-PUB-4 请确认: 公开 with a reason publishes the name as written', async () => {
    const pubId = await pendingWithUncertainName();
    const page = await openPublication(pubId, 'confirm-publish');
    await page.getByRole('listitem', { name: `请确认：${NAME}` }).waitFor();
    await decideFromCard(page, '公开', '系单位字号，非自然人姓名');
    const publish = page.getByRole('button', { name: '审核通过并公示' });
    await expect.poll(async () => publish.isDisabled()).toBe(false);
    await publish.click();
    await toast(page, '已公示');
    const v = (await as('scjg.gongshi', 'GET', `/api/v1/publications/${pubId}`)).json().versions[0];
    expect(v.publishedText).toContain(`经查，${NAME}称`);
    expect(v.marks.body).toEqual([expect.objectContaining({ confirm: 'publish', reason: '系单位字号，非自然人姓名' })]);
  }, 180_000);
});

/** Waits until an antd modal has finished its opening animation (its zoom-appear classes are gone). */
async function opened(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(async () => (await dialog.getAttribute('class')) ?? '').not.toMatch(/zoom-(?:appear|enter)/);
}
