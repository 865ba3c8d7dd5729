import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_STANDARD } from '@sanxiang/domain';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { demoScenarios, runScenario } from '../apps/server/src/demo/demo-cases.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { logLength } from '../apps/server/src/modules/ledger/ledger.queries.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { launchWorkbench, look, signIn, workbenchContext } from './workbench-kit.ts';

/**
 * 案卷评查 in chromium at 1280 px (R-REC-8): the 司法局's round with its drawn files, the scoring
 * screen — 调阅 reason first (R-REC-7), then the form generated from the standard, a deduction
 * without a finding refused at its field, the score saved — the agency head's results with the
 * findings and the 整改说明, and the portal page of the draw. Each screen checked by axe-core and
 * kept as a screenshot in test-artifacts/workbench/.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let roundId = '';
let sfj = '';
const files: { caseId: string; number: string }[] = [];

const as = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => h.request(await h.token(u), method, url, body);
const view = (caseId: string) => as('sfj.jiandu', 'GET', `/api/v1/cases/${caseId}?reason=${encodeURIComponent('案卷评查')}`);

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  for (const s of demoScenarios((k) => h.user(k), '2026-11-16')) await runScenario(h.demoStore(), () => cal.current(), h.org, s);
  h.clock.set(new Date('2026-11-16T02:00:00Z'));
  sfj = h.agency('sfj');
  const rounds = `/api/v1/agencies/${sfj}/evaluation-rounds`;
  const created = await as('sfj.jiandu', 'POST', rounds, {
    title: '2026 年第三季度行政处罚案卷评查',
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    agencyIds: [h.agency('scjg'), h.agency('zhzf')],
    sample: { kind: 'ratio', percent: 100 },
  });
  expect(created.statusCode, created.body).toBe(201);
  roundId = created.json().id;
  expect((await as('sfj.jiandu', 'POST', `${rounds}/${roundId}/commit`)).statusCode).toBe(200);
  const row = await h.tdb.db
    .selectFrom('evaluation_rounds')
    .select(['ledger_agency_id', 'commitment'])
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow();
  const size = (row.commitment as { seedSource: { treeSize: number } }).seedSource.treeSize;
  const anyCase = (await h.tdb.db.selectFrom('cases').select('id').where('agency_id', '=', row.ledger_agency_id!).executeTakeFirstOrThrow())
    .id;
  while ((await logLength(h.tdb.db, row.ledger_agency_id!)) < size) expect((await view(anyCase)).statusCode).toBe(200);
  await h.ledger.sequence(row.ledger_agency_id!);
  await h.ledger.sign(row.ledger_agency_id!);
  const drawn = await as('sfj.jiandu', 'POST', `${rounds}/${roundId}/draw`);
  expect(drawn.statusCode, drawn.body).toBe(200);
  for (const a of drawn.json().agencies) files.push(...a.caseFiles);
  expect(files.length).toBeGreaterThan(1);
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-evaluation');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('案卷评查 screens in chromium', () => {
  it('R-REC-8, R-REC-7: the round, 调阅 before scoring, the form from the standard, a deduction without a finding refused', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'sfj.jiandu');
    await page.getByRole('menuitem', { name: '案卷评查' }).click();
    await page.getByRole('heading', { level: 1, name: '案卷评查' }).waitFor();
    await page.getByRole('link', { name: '2026 年第三季度行政处罚案卷评查' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 年第三季度行政处罚案卷评查' }).waitFor();
    await page.getByText('未评分').first().waitFor();
    expect(await page.getByText('未评分').count()).toBe(files.length);
    await look(kit, page, 'evaluation-round-drawn');

    await page.getByRole('link', { name: '评分', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: /调阅执法记录/ }).waitFor();
    await look(kit, page, 'evaluation-score-reason');
    const reason = page.getByLabel('调阅事由');
    await reason.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '案卷评查' }).click();
    await page.getByRole('button', { name: '确认调阅' }).click();
    await page.getByText('已记入调阅记录').waitFor();
    // one group per part of the standard, one row per item
    for (const g of ['完整性与规范性', '时效', '法律依据与程序', '裁量', '文书']) await page.getByText(new RegExp(`^${g}（`)).waitFor();
    expect(await page.getByRole('spinbutton').count()).toBe(DEFAULT_EVALUATION_STANDARD.items.length);
    await page.getByText('总分 100 / 100').waitFor();
    await look(kit, page, 'evaluation-score-form');

    const d1 = page.getByRole('spinbutton', { name: '处罚种类和幅度符合裁量基准 得分' });
    await d1.fill('6');
    await page.getByText('总分 96 / 100').waitFor();
    await page.getByRole('button', { name: '保存评分' }).click();
    await page.getByText('扣了分，须写明问题描述').waitFor();
    await look(kit, page, 'evaluation-score-refused');
    // the access was logged with its reason, and nothing was scored
    const scored = await h.tdb.db.selectFrom('evaluation_scores').select('case_id').execute();
    expect(scored).toEqual([]);
    const textareas = page.getByPlaceholder('写明扣分的事实和依据');
    await textareas.first().fill('罚款 8000 元超出裁量基准“一般情节”3000–5000 元的幅度，审批表未说明从重理由');
    await page.getByRole('button', { name: '保存评分' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 年第三季度行政处罚案卷评查' }).waitFor();
    await page.getByText('96 分').first().waitFor();
    await look(kit, page, 'evaluation-round-scored');
  }, 240_000);

  it('R-REC-8: the agency head sees its own results and findings, and writes the 整改说明', async () => {
    // the other files scored (after 调阅) and the round returned, through the API
    for (const f of files.slice(1)) {
      expect((await view(f.caseId)).statusCode).toBe(200);
      const items = DEFAULT_EVALUATION_STANDARD.items.map((i) =>
        i.code === 'T3'
          ? { code: i.code, points: 2, finding: '决定书于作出后第十日送达，超过七日' }
          : { code: i.code, points: i.points, finding: '' },
      );
      expect(
        (await as('sfj.jiandu', 'PUT', `/api/v1/agencies/${sfj}/evaluation-rounds/${roundId}/scores/${f.caseId}`, { items, comment: '' }))
          .statusCode,
      ).toBe(200);
    }
    expect((await as('sfj.jiandu', 'POST', `/api/v1/agencies/${sfj}/evaluation-rounds/${roundId}/return`)).statusCode).toBe(200);

    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'scjg.juzhang');
    await page.getByRole('menuitem', { name: '案卷评查结果' }).click();
    await page.getByRole('heading', { level: 1, name: '案卷评查结果' }).waitFor();
    await page.getByText('2026 年第三季度行政处罚案卷评查').waitFor();
    const body = await page.locator('main').innerText();
    // only its own files
    const own = await h.tdb.db.selectFrom('cases').select('number').where('agency_id', '=', h.agency('scjg')).execute();
    const ownNumbers = new Set(own.map((c) => c.number));
    for (const f of files) expect(body.includes(f.number)).toBe(ownNumbers.has(f.number));
    await look(kit, page, 'evaluation-results-agency');
    await page.getByLabel('整改说明').fill('已组织全体执法人员学习送达规定，建立送达期限提醒。');
    await page.getByRole('button', { name: '提交整改说明' }).click();
    await page.getByText(/整改说明（张建国/).waitFor();
    await look(kit, page, 'evaluation-results-replied');

    await page.goto(`${base}/workbench/supervision`);
    // the column is at the table's right end: scrolled into view for the screenshot
    await page.locator('[data-figure="evaluation-latest"]').first().scrollIntoViewIfNeeded();
    expect(await page.locator('[data-figure="evaluation-latest"]').first().innerText()).toMatch(/96\.5 分/);
    await look(kit, page, 'evaluation-dashboard-head');
  }, 240_000);

  it('R-REC-8: the portal page shows the list, commitment, seed and the drawn 案号, and how to verify', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/evaluations/${roundId}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('案卷评查：2026 年第三季度行政处罚案卷评查');
    for (const h2 of ['评查方案', '抽取结果', '抽取前公布的承诺', '种子', '如何核验'])
      expect(await page.getByRole('heading', { level: 2, name: h2, exact: true }).count()).toBe(1);
    const text = await page.locator('body').innerText();
    for (const f of files) expect(text).toContain(f.number);
    expect(text).toContain('npx sanxiang draw verify');
    await kit.checkAccessibility(page, 'portal-evaluation');
    await kit.shot(page, 'portal-evaluation');
  });

  it('R-REC-8: the 评查标准 in force; a version with crossed grade thresholds is refused and nothing saved', async () => {
    const page = await (await workbenchContext(kit, h, 1280)).newPage();
    await signIn(page, base, 'sfj.admin');
    await page.goto(`${base}/workbench/evaluation/standard`);
    await page.getByRole('heading', { level: 1, name: '案卷评查标准' }).waitFor();
    await page.getByRole('cell', { name: '处罚种类和幅度符合裁量基准' }).waitFor();
    await look(kit, page, 'evaluation-standard');
    await page.getByRole('button', { name: '修订标准' }).click();
    await page.getByLabel('优秀').fill('120');
    await page.getByLabel('修订说明').fill('提高优秀分数线');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByRole('alert').filter({ hasText: '等次分数线须满足' }).waitFor();
    await look(kit, page, 'evaluation-standard-refused');
    expect(await h.tdb.db.selectFrom('evaluation_standards').select('version').execute()).toEqual([]);
  }, 120_000);
});
