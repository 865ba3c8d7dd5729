import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { loadDemoLists } from '../../demo/demo-lists.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { XLSX_TYPE } from './lists.xlsx.ts';

/**
 * 事前公开 lists (R-PUB-1): kept as versions by the agency, imported from and exported to .xlsx
 * with row-level errors, the 20-working-day rule tracked for the agency and the 司法局, and
 * published on the portal with their history — alongside the lists generated from the product's
 * own rules (流程图, 裁量基准, 法制审核目录, 音像记录事项清单).
 */
let h: Harness;
let credit = '';
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  credit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow())
    .credit_code;
});
afterAll(async () => h?.close());

const as = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>) =>
  h.request(await h.token(u), method, url, body, headers);
const listUrl = (list: string) => `/api/v1/agencies/${h.agency('scjg')}/lists/${list}`;

async function sheet(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('R-PUB-1 事前公开 lists', () => {
  it("R-PUB-1: versions with notes; only the agency's administrator or head may publish; bad rows → 422 naming row and column, nothing saved", async () => {
    const v1 = (await as('scjg.admin', 'GET', listUrl('matters'))).json();
    expect(v1).toMatchObject({ version: 1, note: '首次公布' });
    expect(v1.rows).toHaveLength(5);
    expect((await as('scjg.liming', 'PUT', listUrl('matters'), { rows: v1.rows, note: '试图修改' })).statusCode).toBe(403);
    expect((await as('zhzf.admin', 'PUT', listUrl('matters'), { rows: v1.rows, note: '试图修改' })).statusCode).toBe(404);
    const bad = await as('scjg.admin', 'PUT', listUrl('matters'), {
      rows: [...v1.rows, { ...v1.rows[0], code: 'X-1', kind: '行政命令', basis: '' }],
      note: '增加事项',
    });
    expect(bad.statusCode).toBe(422);
    expect(errorCode(bad)).toBe('LIST_INVALID');
    expect(bad.json().error.details.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [6, '事项类别'],
      [6, '执法依据'],
    ]);
    expect((await as('scjg.admin', 'GET', listUrl('matters'))).json().version).toBe(1);
  });

  it('R-PUB-1: export → import gives the same list; an imported sheet with errors names the spreadsheet rows', async () => {
    const exported = await h.request(null, 'GET', `/agencies/${credit}/lists/matters.xlsx`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe(XLSX_TYPE);
    const back = await as(
      'scjg.admin',
      'POST',
      `${listUrl('matters')}/import?note=${encodeURIComponent('按电子表格重新公布')}`,
      exported.rawPayload,
      { 'content-type': XLSX_TYPE },
    );
    expect(back.statusCode, back.body).toBe(200);
    const v1 = (await as('scjg.admin', 'GET', `${listUrl('matters')}`)).json();
    expect(v1.version).toBe(2);
    expect(v1.history[0]).toMatchObject({ version: 2, added: [], removed: [], changed: [] });
    const header = ['事项编码', '事项名称', '事项类别', '执法依据', '承办机构', '办理时限', '收费'];
    const wrong = await sheet([
      header,
      ['A-1', '事项一', '行政处罚', '依据', '大队', '九十日', ''],
      ['A-2', '', '行政许可', '依据', '科室', '十日', ''],
      ['A-1', '事项三', '行政强制', '依据', '大队', '三十日', ''],
    ]);
    const r = await as('scjg.admin', 'POST', `${listUrl('matters')}/import?note=${encodeURIComponent('导入')}`, wrong, {
      'content-type': XLSX_TYPE,
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.details.problems.map((p: { row: number; message: string }) => p.message)).toEqual([
      '第 3 行「事项名称」不能为空',
      '第 4 行与第 2 行重复（A-1）',
    ]);
    const noHeader = await sheet([
      ['编号', '名称'],
      ['1', '2'],
    ]);
    const nh = await as('scjg.admin', 'POST', `${listUrl('matters')}/import?note=${encodeURIComponent('导入')}`, noHeader, {
      'content-type': XLSX_TYPE,
    });
    expect(nh.json().error.message).toContain('第 1 行（表头）缺少列：事项编码');
    const notXlsx = await as(
      'scjg.admin',
      'POST',
      `${listUrl('matters')}/import?note=${encodeURIComponent('导入')}`,
      Buffer.from('not a spreadsheet'),
      { 'content-type': XLSX_TYPE },
    );
    expect(notXlsx.statusCode).toBe(422);
  });

  it('R-PUB-1: a change of law is tracked for 20 working days (across 国庆) and shown overdue to the agency and the 司法局 until a version reflects it', async () => {
    const c = await as('scjg.admin', 'POST', `${listUrl('matters')}/changes`, {
      reason: '《食品安全法实施条例》修订',
      changedOn: '2026-09-25',
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().dueOn).toBe('2026-10-29'); // 20 working days after 中秋 (9/25): 国庆 10/1–10/7 off, 10/10 worked
    h.clock.set('2026-11-02T02:00:00Z');
    for (const u of ['scjg.admin', 'sfj.jiandu']) {
      const pending = (await as(u, 'GET', '/api/v1/list-changes?overdue=true')).json();
      expect(pending.map((p: { reason: string; overdue: boolean }) => [p.reason, p.overdue])).toContainEqual([
        '《食品安全法实施条例》修订',
        true,
      ]);
    }
    const v = (await as('scjg.admin', 'GET', listUrl('matters'))).json();
    const put = await as('scjg.admin', 'PUT', listUrl('matters'), {
      rows: v.rows.map((r: Record<string, string>, i: number) =>
        i === 0 ? { ...r, basis: `${r.basis}；《食品安全法实施条例》第六十七条` } : r,
      ),
      note: '依实施条例修订更新依据',
      changedOn: '2026-09-25',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ version: 3, changedOn: '2026-09-25', dueOn: '2026-10-29', late: true });
    expect(put.json().history[0].changed).toEqual(['130433-SJ-CF-0001']);
    expect((await as('sfj.jiandu', 'GET', '/api/v1/list-changes?overdue=true')).json()).toEqual([]);
    await expect(sql`UPDATE agency_lists SET late = false`.execute(h.tdb.db)).rejects.toThrow();
  });

  it('R-PUB-1: the portal shows every 事前 list with version, history and downloads, and the lists generated from the rules', async () => {
    const index = await h.request(null, 'GET', `/agencies/${credit}/lists`);
    expect(index.statusCode).toBe(200);
    for (const t of [
      '行政执法事项清单（权责清单）',
      '随机抽查事项清单',
      '服务指南',
      '救济渠道与投诉举报',
      '执法流程图',
      '行政处罚裁量基准',
      '重大执法决定法制审核目录清单',
      '音像记录事项清单',
      'officers.xlsx',
    ])
      expect(index.body).toContain(t);
    const page = await h.request(null, 'GET', `/agencies/${credit}/lists/matters`);
    for (const t of ['第 3 版', '逾期更新', '下载电子表格', '历史版本', '对经营超过保质期食品的行政处罚']) expect(page.body).toContain(t);
    const old = await h.request(null, 'GET', `/agencies/${credit}/lists/matters/versions/1`);
    expect(old.body).toContain('这是历史版本（第 1 版）');
    for (const p of ['flowcharts', 'discretion', 'review-catalog', 'recording', 'guides', 'remedies', 'inspections']) {
      const r = await h.request(null, 'GET', `/agencies/${credit}/lists/${p}`);
      expect(r.statusCode, p).toBe(200);
      expect(r.body).not.toMatch(/<script/i);
    }
    expect((await h.request(null, 'GET', `/agencies/${credit}/lists/flowcharts`)).body).toContain('flowchart.svg');
    expect((await h.request(null, 'GET', `/agencies/${credit}/lists/recording`)).body).toContain('全程音像记录');
    const officers = await h.request(null, 'GET', `/agencies/${credit}/officers.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(officers.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('姓名');
    expect(ws.rowCount).toBeGreaterThan(3);
    // a 派出机构 without its own list shows its parent's
    const child = (
      await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjgs')).executeTakeFirstOrThrow()
    ).credit_code;
    expect((await h.request(null, 'GET', `/agencies/${child}/lists/matters`)).body).toContain('本机关沿用上级机关公布的清单');
  });
});
