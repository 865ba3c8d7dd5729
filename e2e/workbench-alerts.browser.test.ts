import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { loadDemoQualifications } from '../apps/server/src/demo/demo-qualifications.ts';
import { COMPANY_A, demoScenarios, runScenario } from '../apps/server/src/demo/demo-cases.ts';
import { recordTimes } from '../apps/server/src/test/record-times.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { choose, launchWorkbench, look, signIn, workbenchContext } from './workbench-kit.ts';

/** 执法资格 and 执法监督预警 (issue 21) in chromium at 1280 px, each screen checked by axe-core. */
let h: Harness;
let kit: PortalBrowser;
let base: string;
let decidedId: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-12-07T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  // an open case whose 现场检查 is refused for want of its photos, and a 复议 that 撤销 a decision
  const liming = await h.token('scjg.liming');
  const opened = await h.request(liming, 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'inspection', clueOn: '2026-12-04', summary: '检查发现过期食品。' },
  });
  const id = opened.json().id as string;
  await h.request(liming, 'POST', `/api/v1/cases/${id}/steps`, {
    step: 'inspect',
    inputs: {
      officers: [h.user('scjg.o1'), h.user('scjg.o2')],
      place: '惠民超市',
      ...recordTimes(h.clock.now()),
      findings: '发现过期酸奶 12 盒。',
    },
  });
  // 复议/诉讼 act on a decision: a decided case of the demo's scenarios
  const scenario = demoScenarios((k) => h.user(k), '2026-12-07').find((s) => s.title === '销售过期食品案')!;
  decidedId = await runScenario(h.demoStore(), () => cal.current(), h.org, scenario);
  await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${decidedId}/outcomes`, {
    channel: 'litigation',
    body: '馆陶县人民法院',
    decidedOn: '2026-12-04',
    result: 'confirmed-illegal',
    document: '（2026）冀0433行初15号',
  });
  await loadDemoQualifications({ db: h.tdb.db, clock: h.clock, calendar: () => cal.current() }, h.org);
  await h.alertsSettled();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-workbench-alerts-1280');
}, 300_000);
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('R-X-1 and R-X-3 screens at 1280 px', () => {
  it('the administrator sees officers’ certificates, training and 年检, and a 年检 short of 40 学时 is refused at the form', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'scjg.admin');
    await page.getByRole('menuitem', { name: '执法资格' }).click();
    await page.getByRole('heading', { level: 1, name: '执法资格' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '程刚' });
    await expect.poll(() => row.innerText()).toContain('临期 · 剩 20 日');
    await expect.poll(() => page.getByRole('row').filter({ hasText: '赵强' }).innerText()).toContain('暂扣');
    await look(kit, page, 'qualifications-1280');
    await page.getByRole('button', { name: '年检：王芳' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: '登记年检结论' }).click();
    await expect.poll(() => drawer.innerText()).toContain('年度培训 28 学时，不足 40 学时，不能通过年检');
    await look(kit, page, 'qualification-inspection-refused-1280');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '记录：程刚' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('核发');
    await look(kit, page, 'qualification-history-1280');
  }, 180_000);

  it('alerts: the head sees the agency’s with who must act, the bell counts the unread, the 司法局 sees its region', async () => {
    const head = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(head, base, 'scjg.juzhang');
    const bell = head.getByRole('link', { name: /执法监督预警：\d+ 条未读/ });
    await bell.waitFor();
    await bell.click();
    await head.getByRole('heading', { level: 1, name: '执法监督预警' }).waitFor();
    const body = () => head.locator('main').innerText();
    await expect.poll(body).toContain('的决定经行政诉讼被确认违法');
    await expect.poll(body).toContain('须处理：机关负责人 张建国');
    await expect.poll(body).toMatch(/「现场检查」缺少音像记录被拒绝 \d 次/);
    await expect.poll(body).toContain('程刚 的执法证 20 日后到期');
    await look(kit, head, 'alerts-head-1280');
    await head.getByRole('button', { name: '全部标为已读' }).click();
    await head.getByRole('link', { name: '执法监督预警：没有未读' }).waitFor();
    // the case's 复议诉讼 tab: the outcome, and the 整改 that ends the alert
    await head.goto(`${base}/workbench/cases/${decidedId}?tab=outcomes`);
    // not an officer of the case: the head states the 调阅 reason first (R-REC-7)
    await choose(head, '调阅事由', /./);
    await head.getByRole('button', { name: '确认调阅' }).click();
    // the demo's 复议 撤销 went to the same decided case: two outcomes, the first one's 整改 is registered
    await head.getByRole('button', { name: '登记整改' }).first().click();
    await head.getByLabel('整改情况').fill('已重新调查，承办人员已约谈。');
    await head.getByRole('button', { name: /^登\s?记$/ }).click();
    await expect.poll(() => head.locator('main').innerText()).toContain('已重新调查，承办人员已约谈。');
    await look(kit, head, 'case-outcomes-1280');

    const sfj = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(sfj, base, 'sfj.jiandu');
    await sfj.getByRole('menuitem', { name: '监督预警' }).click();
    await sfj.getByRole('heading', { level: 1, name: '执法监督预警' }).waitFor();
    await expect.poll(() => sfj.locator('main').innerText()).toContain('馆陶县市场监督管理局');
    await look(kit, sfj, 'alerts-supervisor-1280');

    const officer = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(officer, base, 'scjg.liming');
    await officer.goto(`${base}/workbench/alerts`);
    await officer.getByRole('heading', { level: 1, name: '执法监督预警' }).waitFor();
    await expect.poll(() => officer.locator('main').innerText()).toContain('指派给我');
    expect(await officer.locator('main').innerText()).not.toContain('被确认违法');
    await look(kit, officer, 'alerts-officer-1280');
  }, 180_000);
});
