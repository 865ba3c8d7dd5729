import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { demoScenarios } from '../../demo/demo-scenarios.ts';
import { runScenario } from '../../demo/demo-cases.ts';
import { foldPending } from './analysis.queries.ts';

/**
 * 统计分析 (R-X-3) and the annual report drawn from it (R-PUB-7), on a small crafted set taken
 * through the real services:
 * - 市场监管局: 未明码标价案 (简易程序, 馆陶镇, opened and fined 100 元 on Mon 2026-09-14, 10 时, then
 *   delivered, paid, filed, closed and archived); 销售过期食品案 (简易程序, 房寨镇, opened and fined
 *   200 元 on Mon 2026-08-10); 销售过期食品案 (一般程序, 馆陶镇, opened 2026-09-25, submitted to legal
 *   review and returned with problems, 2026-09-28);
 * - 综合行政执法局: 未明码标价案 as 城市管理, fined 100 元 on Mon 2026-09-14.
 */
let h: Harness;
let city: string;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
  const simple = demoScenarios((k) => h.user(k), '2026-09-25').find((s) => s.procedure === 'penalty-simple')!;
  await runScenario(h.demoStore(), () => calendar, h.org, simple);
  const upToDecision = simple.steps.slice(0, simple.steps.findIndex((x) => x.step === 'decide-on-spot') + 1);
  const august = JSON.parse(
    JSON.stringify({ ...simple, steps: upToDecision, title: '销售过期食品案', region: '130433101', openedOn: '2026-08-10' })
      .replaceAll('2026-09-14', '2026-08-10')
      .replaceAll('"proposedFine":100', '"proposedFine":200')
      .replaceAll('"fineAmount":100', '"fineAmount":200')
      .replaceAll('罚款 100 元', '罚款 200 元'),
  ) as typeof simple;
  await runScenario(h.demoStore(), () => calendar, h.org, august);
  const swapped = JSON.stringify({ ...simple, steps: upToDecision })
    .replaceAll(h.user('scjg.o1'), h.user('zhzf.o1'))
    .replaceAll(h.user('scjg.o2'), h.user('zhzf.o2'))
    .replaceAll('"scjg.', '"zhzf.');
  city = await runScenario(h.demoStore(), () => calendar, h.org, {
    ...(JSON.parse(swapped) as typeof simple),
    agency: 'zhzf',
    field: '城市管理',
  });
  const id = await readyPenaltyCase(h);
  h.clock.set('2026-09-28T02:00:00Z');
  expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', id, 'problems')).statusCode).toBe(201);
  h.clock.set('2026-12-01T02:00:00Z');
});
afterAll(async () => h?.close());

const get = async (username: string, url: string) => h.request(await h.token(username), 'GET', url);
const pick = (rows: { label: string }[], label: string) => rows.find((r) => r.label === label);
const m = (opened: number, decided: number, fines: number, reviews = 0, returns = 0) => ({
  opened,
  decided,
  fines,
  confiscations: 0,
  reviews,
  returns,
});

describe('R-X-3 统计分析: figures by agency, unit, kind, violation, place and time', () => {
  it('R-X-3: the 司法局 sees its region: exact counts and sums by every breakdown, month series and weekday × hour', async () => {
    const r = await get('sfj.jiandu', '/api/v1/analysis?from=2026-01&to=2026-12');
    expect(r.statusCode, r.body).toBe(200);
    const f = r.json();
    expect(f.totals).toEqual(m(4, 3, 400, 1, 1));
    expect(f.returnRate).toBe(100);
    expect(f.byAgency.map((a: { label: string }) => a.label)).toEqual(['馆陶县市场监督管理局', '馆陶县综合行政执法局']);
    expect(pick(f.byAgency, '馆陶县市场监督管理局')).toMatchObject(m(3, 2, 300, 1, 1));
    expect(pick(f.byAgency, '馆陶县综合行政执法局')).toMatchObject(m(1, 1, 100));
    expect(f.byKind).toEqual([{ key: '行政处罚', label: '行政处罚', ...m(4, 3, 400, 1, 1) }]);
    expect(pick(f.byField, '市场监管')).toMatchObject(m(3, 2, 300, 1, 1));
    expect(pick(f.byField, '城市管理')).toMatchObject(m(1, 1, 100));
    expect(pick(f.byViolation, '销售过期食品案')).toMatchObject(m(2, 1, 200, 1, 1));
    expect(pick(f.byViolation, '未明码标价案')).toMatchObject(m(2, 2, 200));
    expect(pick(f.byRegion, '馆陶镇')).toMatchObject(m(3, 2, 200, 1, 1));
    expect(pick(f.byRegion, '房寨镇')).toMatchObject(m(1, 1, 200));
    // every unit row belongs to its agency; the units add up to the totals
    const unitSum = f.byUnit.reduce((n: number, u: { opened: number }) => n + u.opened, 0);
    expect(unitSum).toBe(4);
    expect(f.months).toHaveLength(12);
    expect(f.months[7]).toMatchObject({ key: '2026-08', label: '2026年8月', ...m(1, 1, 200) });
    expect(f.months[8]).toMatchObject({ key: '2026-09', ...m(3, 2, 200, 1, 1) });
    expect(f.months[0]).toMatchObject(m(0, 0, 0));
    // trend: the same span before (2025) had nothing
    expect(f.previous).toEqual({ from: '2025-01', to: '2025-12' });
    expect(f.previousTotals).toEqual(m(0, 0, 0));
    expect(f.change.opened).toBeNull();
    // the city case's three entries (立案, 当场告知, 当场决定), Monday 10 时 Beijing time
    const c = (await get('sfj.jiandu', `/api/v1/analysis?from=2026-09&to=2026-09&agencyId=${h.agency('zhzf')}`)).json();
    expect(c.weekdayHours).toEqual([{ weekday: 1, hour: 10, steps: 3 }]);
    expect(c.totals).toEqual(m(1, 1, 100));
    // September against August: 3 opened against 1 (+200 %)
    const sep = (await get('sfj.jiandu', '/api/v1/analysis?from=2026-09&to=2026-09')).json();
    expect(sep.previous).toEqual({ from: '2026-08', to: '2026-08' });
    expect(sep.change).toMatchObject({ opened: 200, decided: 100, fines: 0 });
  });

  it('R-X-3: the figures are the same once the queue is folded into the monthly summary', async () => {
    const before = (await get('sfj.jiandu', '/api/v1/analysis?from=2026-01&to=2026-12')).json();
    expect(await foldPending(h.tdb.db)).toBeGreaterThan(0);
    expect(
      Number(
        (
          await h.tdb.db
            .selectFrom('analysis_pending')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
    const after = (await get('sfj.jiandu', '/api/v1/analysis?from=2026-01&to=2026-12')).json();
    expect(after).toEqual(before);
  });

  it('R-X-3, R-X-5: an agency head sees only his agency; another agency answers 404; filters by kind', async () => {
    const own = await get('scjg.juzhang', '/api/v1/analysis?from=2026-01&to=2026-12');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().totals).toEqual(m(3, 2, 300, 1, 1));
    expect(own.json().byAgency.map((a: { label: string }) => a.label)).toEqual(['馆陶县市场监督管理局']);
    expect(JSON.stringify(own.json())).not.toContain('城市管理');
    const other = await get('scjg.juzhang', `/api/v1/analysis?from=2026-01&to=2026-12&agencyId=${h.agency('zhzf')}`);
    expect(other.statusCode).toBe(404);
    expect(errorCode(other)).toBe('NOT_FOUND');
    const otherXlsx = await get('scjg.juzhang', `/api/v1/analysis/export?figure=all&agencyId=${h.agency('zhzf')}`);
    expect(otherXlsx.statusCode).toBe(404);
    // an officer is no supervisor
    expect((await get('scjg.liming', '/api/v1/analysis')).statusCode).toBe(403);
    const inspections = (await get('sfj.jiandu', '/api/v1/analysis?from=2026-01&to=2026-12&kind=行政检查')).json();
    expect(inspections.totals).toEqual(m(0, 0, 0));
    expect(inspections.byAgency).toEqual([]);
  });

  it('R-X-3: a bad period or kind is refused with a Chinese message and a code', async () => {
    for (const q of ['from=2026-13&to=2026-12', 'from=2026-09&to=2026-01', 'from=2010-01&to=2026-12', 'kind=行政诉讼', 'from=abc']) {
      const r = await get('sfj.jiandu', `/api/v1/analysis?${q}`);
      expect(r.statusCode, q).toBe(400);
      expect(r.json().error.message, q).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(errorCode(await get('sfj.jiandu', '/api/v1/analysis?from=2026-09&to=2026-01'))).toBe('VALIDATION_FAILED');
  });

  it('R-X-3: each figure exports as .xlsx with the numbers of the API', async () => {
    const api = (await get('sfj.jiandu', '/api/v1/analysis?from=2026-01&to=2026-12')).json();
    const one = await get('sfj.jiandu', '/api/v1/analysis/export?from=2026-01&to=2026-12&figure=agency');
    expect(one.statusCode, one.body).toBe(200);
    expect(one.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(one.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('按执法机关');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '执法机关',
      '立案（件）',
      '作出决定（件）',
      '罚款（元）',
      '没收违法所得（元）',
      '提交法制审核（次）',
      '审核退回（次）',
    ]);
    const rows = [2, 3].map((i) => (ws.getRow(i).values as unknown[]).slice(1));
    expect(rows).toEqual(
      api.byAgency.map(
        (a: { label: string; opened: number; decided: number; fines: number; confiscations: number; reviews: number; returns: number }) => [
          a.label,
          a.opened,
          a.decided,
          a.fines,
          a.confiscations,
          a.reviews,
          a.returns,
        ],
      ),
    );
    const all = await get('sfj.jiandu', '/api/v1/analysis/export?from=2026-01&to=2026-12&figure=all');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(all.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual([
      '按执法机关',
      '按承办机构',
      '按执法行为类别',
      '按执法类别',
      '按案由（违法行为）',
      '按案件发生地',
      '按月',
      '按星期和时段',
    ]);
    const months = wb2.getWorksheet('按月')!;
    expect((months.getRow(10).values as unknown[]).slice(1, 5)).toEqual(['2026年9月', 3, 2, 200]);
    const hours = wb2.getWorksheet('按星期和时段')!;
    // row 12 is 10:00–11:00; column 2 is Monday
    expect(hours.getRow(12).getCell(1).value).toBe('10:00–11:00');
    expect(hours.getRow(12).getCell(2).value).toBe(
      api.weekdayHours.find((x: { weekday: number; hour: number }) => x.weekday === 1 && x.hour === 10).steps,
    );
  });
});

describe('R-PUB-7 the annual report is drawn from the same query set', () => {
  it('R-PUB-7, R-X-3: the report carries the year’s breakdowns, equal to the 统计分析 of that agency and year, and its totals agree', async () => {
    const r = await get('scjg.juzhang', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026`);
    expect(r.statusCode, r.body).toBe(200);
    const { figures, analysis } = r.json();
    const a = (await get('scjg.juzhang', `/api/v1/analysis?from=2026-01&to=2026-12&agencyId=${h.agency('scjg')}`)).json();
    expect(analysis).toEqual(a);
    expect({ opened: analysis.totals.opened, decided: analysis.totals.decided, fines: analysis.totals.fines }).toEqual({
      opened: figures.totals.opened,
      decided: figures.totals.decided,
      fines: figures.totals.fines,
    });
    expect(figures.totals).toMatchObject({ opened: 3, decided: 2, fines: 300 });
    const x = await get('scjg.juzhang', `/api/v1/agencies/${h.agency('scjg')}/statistics/2026/export`);
    expect(x.statusCode, x.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('2026年度统计总表');
    const summary = wb.getWorksheet('2026年度统计总表')!;
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual(['立案（受理）件数', 3]);
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual(['罚款金额（元）', 300]);
    const violations = wb.getWorksheet('按案由（违法行为）')!;
    const names = [2, 3].map((i) => violations.getRow(i).getCell(1).value);
    expect(names.sort()).toEqual(['未明码标价案', '销售过期食品案']);
    // another agency's report is not there for this head
    expect((await get('scjg.juzhang', `/api/v1/agencies/${h.agency('zhzf')}/statistics/2026/export`)).statusCode).toBe(404);
    expect(city).toBeTruthy();
  });
});
