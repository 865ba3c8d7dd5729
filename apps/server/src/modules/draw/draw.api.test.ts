import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, creditCodeCheckChar, runDraw, type DrawInput } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { penaltyCaseBody } from '../../test/filing.ts';
import { attachMedia } from '../../test/evidence.ts';
import { recordTimes } from '../../test/record-times.ts';
import { loadDemoLists } from '../../demo/demo-lists.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { XLSX_TYPE } from '../lists/lists.xlsx.ts';
import { logLength } from '../ledger/ledger.queries.ts';
import { verifyDrawRecord, type DrawRecordFile } from '../../cli/draw-command.ts';
import { drawEventHashesSubquery } from './draw.queries.ts';
import { sql } from 'kysely';

/**
 * 双随机、一公开 (R-X-2, R-PUB-6) over HTTP: the 名录库 imported from .xlsx with row errors (nothing
 * saved when a row is wrong), a plan, the commitment published before the seed exists, the draw
 * once the ledger reaches the committed size, the 行政检查 cases opened with the draw in their log,
 * and the published record re-derived by `sanxiang draw verify` in a fresh process.
 */
let h: Harness;
let agency = '';
const BIN = path.resolve(import.meta.dirname, '../../../bin/sanxiang.mjs');
const tmp = mkdtempSync(path.join(tmpdir(), 'sx-draw-'));
const credit = (n: number) => {
  const first = `92130433MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first);
};
const TARGETS = Array.from({ length: 12 }, (_, i) => ({
  code: credit(i + 1),
  name: `馆陶县第${i + 1}食品店`,
  category: i < 10 ? '食品销售经营者' : '药品零售企业',
  address: `馆陶县陶山街 ${i + 1} 号`,
}));

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  agency = h.agency('scjg');
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await h?.close();
});

const as = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>) =>
  h.request(await h.token(u), method, url, body, headers);
const roster = (r: string) => `/api/v1/agencies/${agency}/rosters/${r}`;

async function sheet(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录库');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const importSheet = (r: string, bytes: Buffer, note = '导入') =>
  as('scjg.admin', 'POST', `${roster(r)}/import?note=${encodeURIComponent(note)}`, bytes, { 'content-type': XLSX_TYPE });

async function officerNames() {
  const rows = await h.tdb.db
    .selectFrom('users')
    .innerJoin('certificates', 'certificates.user_id', 'users.id')
    .select(['users.display_name', 'certificates.number'])
    .where('users.agency_id', '=', agency)
    .orderBy('certificates.number')
    .execute();
  return rows;
}

/** Writes case entries until the agency's ledger holds `size` entries, then sequences and signs it. */
async function growLedgerTo(size: number) {
  while ((await logLength(h.tdb.db, agency)) < size) {
    const res = await as('scjg.liming', 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-11-16'));
    expect(res.statusCode, res.body).toBe(201);
  }
  await h.ledger.sequence(agency);
  await h.ledger.sign(agency);
}

describe('R-X-2 双随机 名录库', () => {
  it('R-X-2: a sheet with wrong rows names row, column and reason in Chinese, and nothing is imported', async () => {
    const bad = await sheet([
      ['统一社会信用代码', '名称', '对象类别', '地址'],
      [TARGETS[0]!.code, TARGETS[0]!.name, TARGETS[0]!.category, ''],
      [TARGETS[1]!.code.slice(0, 17) + (TARGETS[1]!.code[17] === '0' ? '1' : '0'), '坏代码店', '食品销售经营者', ''],
      [TARGETS[2]!.code, '', '食品销售经营者', ''],
      [TARGETS[0]!.code, '重复店', '食品销售经营者', ''],
    ]);
    const res = await importSheet('targets', bad);
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('ROSTER_INVALID');
    const problems = res.json().error.details.problems as { row: number; column: string; message: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '名称'],
      [5, '统一社会信用代码'],
    ]);
    expect(problems[0]!.message).toContain('第 3 行');
    expect(problems[0]!.message).toContain('校验不通过');
    expect(res.json().error.message).toContain('未导入任何一行');
    expect((await as('scjg.admin', 'GET', roster('targets'))).json().version).toBe(0);
    // a header that is not the roster's is named too
    const header = await importSheet('targets', await sheet([['代码', '名称']]));
    expect(header.statusCode).toBe(422);
    expect(header.json().error.details.problems[0].message).toContain('缺少列：统一社会信用代码');
  });

  it('R-X-2: the rosters import from .xlsx and export back the same; inspectors must hold this agency’s certificates', async () => {
    const ok = await importSheet(
      'targets',
      await sheet([['统一社会信用代码', '名称', '对象类别', '地址'], ...TARGETS.map((t) => [t.code, t.name, t.category, t.address])]),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 1, name: '检查对象名录库' });
    const exported = await as('scjg.admin', 'GET', `${roster('targets')}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const again = await importSheet('targets', exported.rawPayload, '原样导回');
    expect(again.json().rows).toEqual(ok.json().rows);

    const officers = await officerNames();
    const wrongName = await importSheet(
      'inspectors',
      await sheet([
        ['执法证号', '姓名', '备注'],
        [officers[0]!.number, '不是他', ''],
        ['13043302000101', '综合执法局的人', ''],
      ]),
    );
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json().error.details.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, '姓名'],
      [3, '执法证号'],
    ]);
    // every officer of the 局, the suspended and the expired included: the draw itself leaves them out
    const put = await as('scjg.admin', 'PUT', roster('inspectors'), {
      rows: officers.map((o) => ({ certificate: o.number, name: o.display_name })),
      note: '全体执法人员',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().rows).toHaveLength(5);
    // another agency's staff cannot see this agency's rosters at all
    expect((await as('zhzf.admin', 'PUT', roster('inspectors'), { rows: [], note: 'x' })).statusCode).toBe(404);
  });
});

describe('R-X-2 / R-PUB-6 the draw', () => {
  let planId = '';
  let record: DrawRecordFile;

  it('R-X-2: 回避 pairs name listed inspectors and targets; a plan too small to staff after 回避 is refused at commitment', async () => {
    const officers = await officerNames();
    const badPair = await as('scjg.admin', 'PUT', roster('conflicts'), {
      rows: [{ certificate: '99999999', target: TARGETS[0]!.code, reason: '近亲属' }],
      note: '回避',
    });
    expect(badPair.statusCode).toBe(422);
    expect(badPair.json().error.details.problems[0].message).toContain('不在执法检查人员名录库中');
    // 李明 (…101) and 王芳 (…102) are linked to the first shop: with …103 suspended and …104 expired, only …105 remains for it
    const tight = await as('scjg.admin', 'PUT', roster('conflicts'), {
      rows: [
        { certificate: officers[0]!.number, target: TARGETS[0]!.code, reason: '近亲属', note: '配偶经营' },
        { certificate: officers[1]!.number, target: TARGETS[0]!.code, reason: '曾在该对象任职' },
      ],
      note: '回避申报',
    });
    expect(tight.statusCode, tight.body).toBe(200);
    const plan = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans`, {
      itemCode: '130433-SJ-SJ-01',
      field: '市场监管',
      targetCategory: '食品销售经营者',
      sample: { kind: 'ratio', percent: 30 },
      inspectorsPerTarget: 2,
      periodFrom: '2026-11-16',
      periodTo: '2026-12-31',
      plannedOn: '2026-11-25',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().id;
    const refused = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/commit`);
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('DRAW_INFEASIBLE');
    expect(refused.json().error.message).toContain('馆陶县第1食品店');
    expect(refused.json().error.message).toContain('只有 1 名');
    // one pair is withdrawn: the shop keeps …102 and …105
    const fixed = await as('scjg.admin', 'PUT', roster('conflicts'), {
      rows: [{ certificate: officers[0]!.number, target: TARGETS[0]!.code, reason: '近亲属', note: '配偶经营' }],
      note: '回避申报（更正）',
    });
    expect(fixed.statusCode).toBe(200);
  });

  it('R-X-2: the commitment is published before the seed exists; the draw waits for it', async () => {
    const before = await logLength(h.tdb.db, agency);
    const c = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/commit`);
    expect(c.statusCode, c.body).toBe(200);
    const plan = c.json();
    expect(plan.state).toBe('committed');
    expect(plan.commitmentHash).toMatch(/^[0-9a-f]{64}$/);
    // the seed's tree is past every entry known at commitment, the commitment's own and 3 more
    expect(plan.seedTreeSize).toBe(before + 4);
    expect(plan.counts).toEqual({ targets: 12, inspectors: 5 });
    expect((await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/commit`)).statusCode).toBe(409);

    const early = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/draw`);
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('DRAW_SEED_PENDING');
    expect(early.json().error.message).toContain(`${plan.seedTreeSize} 条`);

    // published now: the commitment, no seed, no result
    const pub = await h.request(null, 'GET', `/api/v1/public/draws/${planId}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ state: 'committed', seed: null, result: null, commitmentHash: plan.commitmentHash });
    const page = await h.request(null, 'GET', `/draws/${planId}`);
    expect(page.body).toContain('种子尚未产生');
    expect(page.body).toContain(plan.commitmentHash);
    // 回避 reasons are never published: only the pairs
    expect(pub.body).not.toContain('配偶经营');
    expect(pub.body).not.toContain('近亲属');
    // only an officer runs the draw (it opens the inspections)
    expect((await as('scjg.admin', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/draw`)).statusCode).toBe(403);
  });

  it('R-X-2: once the ledger passes the committed size, the draw runs on its root, honours 回避 and certificates, and opens 行政检查 cases', async () => {
    const plan = (await as('scjg.liming', 'GET', `/api/v1/agencies/${agency}/draw-plans/${planId}`)).json();
    await growLedgerTo(plan.seedTreeSize);
    const d = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/draw`);
    expect(d.statusCode, d.body).toBe(200);
    const drawn = d.json();
    expect(drawn.state).toBe('drawn');
    expect(drawn.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(drawn.targets).toHaveLength(3); // 30 % of 10 food shops
    const officers = await officerNames();
    const excluded = new Set([officers[2]!.number, officers[3]!.number]); // suspended, expired
    for (const t of drawn.targets) {
      expect(TARGETS.slice(0, 10).map((x) => x.code)).toContain(t.code);
      expect(t.inspectors).toHaveLength(2);
      for (const i of t.inspectors) expect(excluded.has(i.certificate)).toBe(false);
      if (t.code === TARGETS[0]!.code)
        expect(t.inspectors.map((i: { certificate: string }) => i.certificate)).not.toContain(officers[0]!.number);
      expect(t.caseNumber).toMatch(/检/);
      expect(t.caseState).toBe('preparing');
    }

    // the case log records the draw
    const caseId = drawn.targets[0].caseId;
    const events = await as('scjg.liming', 'GET', `/api/v1/cases/${caseId}/events?reason=${encodeURIComponent('核对双随机抽取')}`);
    expect(events.statusCode, events.body).toBe(200);
    const entry = (events.json().events as { kind: string }[]).find((e: { kind: string }) => e.kind === 'case.drawn');
    expect(entry).toBeTruthy();
    expect(JSON.stringify(entry)).toContain(drawn.commitmentHash);
    const opened = (events.json().events as { kind: string }[]).find((e: { kind: string }) => e.kind === 'case.opened');
    expect(JSON.stringify(opened)).toContain('random');

    // drawing again changes nothing and opens no second case
    const again = await as('scjg.liming', 'POST', `/api/v1/agencies/${agency}/draw-plans/${planId}/draw`);
    expect(again.json().targets).toEqual(drawn.targets);
    const n = await h.tdb.db
      .selectFrom('draw_cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);

    record = (await h.request(null, 'GET', `/api/v1/public/draws/${planId}`)).json();
    expect(record.seed).toBe(drawn.seed);
    // the same lists and seed give the same result here too
    expect(runDraw(record.input as DrawInput, record.seed!)).toEqual(record.result);
  });

  it('R-X-2: `sanxiang draw verify` re-derives the published draw in a fresh process, from a file and from the URL', async () => {
    const file = path.join(tmp, 'draw.json');
    writeFileSync(file, JSON.stringify(record));
    const run = promisify(execFile);
    const out = await run(process.execPath, [BIN, 'draw', 'verify', file], { encoding: 'utf8', timeout: 120_000 });
    expect(out.stdout).toContain('核验通过');
    expect(out.stdout).toContain('一致性证明成立');
    expect(out.stdout).toContain('包含证明成立');
    expect(out.stdout).toContain(record.result!.targets[0]!.name);

    const address = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const viaUrl = await run(process.execPath, [BIN, 'draw', 'verify', `${address}/api/v1/public/draws/${planId}`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(viaUrl.stdout).toContain('核验通过');
    expect(viaUrl.stdout).not.toContain('公钥取自记录本身');
  });

  it('R-X-2: a tampered list, result or seed fails verification', async () => {
    const dropped = structuredClone(record);
    dropped.input.targets = dropped.input.targets.filter((t) => t.code !== record.result!.targets[0]!.code);
    expect(verifyDrawRecord(dropped).problems.join()).toContain('名录库或方案被改动');

    const swapped = structuredClone(record);
    swapped.result!.targets[0]!.inspectors = [...swapped.result!.targets[0]!.inspectors].reverse();
    expect(verifyDrawRecord(swapped).problems.join()).toContain('与公布结果不符');

    const reseeded = structuredClone(record);
    reseeded.seed = 'ab'.repeat(32);
    const p = verifyDrawRecord(reseeded).problems.join();
    expect(p).toContain('一致性证明不成立');

    const file = path.join(tmp, 'tampered.json');
    writeFileSync(file, JSON.stringify(dropped));
    const r = await promisify(execFile)(process.execPath, [BIN, 'draw', 'verify', file], { encoding: 'utf8', timeout: 120_000 }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stdout: string }).stdout).toContain('核验未通过');
  });

  it('R-PUB-6: an inspection concluded is due on the portal within 20 working days of the conclusion (冀政办字〔2019〕31号（六）)', async () => {
    const first = record.result!.targets[0]!;
    const caseId = (
      await h.tdb.db
        .selectFrom('draw_cases')
        .select('case_id')
        .where('plan_id', '=', planId)
        .where('target_code', '=', first.code)
        .executeTakeFirstOrThrow()
    ).case_id;
    const people = await h.tdb.db
      .selectFrom('users')
      .innerJoin('certificates', 'certificates.user_id', 'users.id')
      .select(['users.id', 'users.username', 'certificates.number'])
      .where('certificates.number', 'in', first.inspectors)
      .execute();
    const lead = people.find((p) => p.number === first.inspectors[0])!;
    const token = await h.token(lead.username);
    const key = [...h.org.users.entries()].find(([, id]) => id === lead.id)![0];
    await attachMedia(h, key, caseId, 'inspect');
    const inspect = await h.request(token, 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'inspect',
      inputs: { ...recordTimes(h.clock.now()), officers: people.map((p) => p.id), place: first.name, findings: '进货查验记录齐全。' },
    });
    expect(inspect.statusCode, inspect.body).toBe(200);
    const conclude = await h.request(token, 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'conclude',
      inputs: { result: 'ok', conclusion: '未发现问题。' },
    });
    expect(conclude.statusCode, conclude.body).toBe(200);
    const cal = new CalendarService(h.tdb.db);
    await cal.load();
    const due = cal.current().addWorkingDays(chinaDate(h.clock.now()), 20);
    const page = await h.request(null, 'GET', `/draws/${planId}`);
    expect(page.body).toContain('已作出结论，待公示');
    expect(page.body).toContain(`应于 ${due} 前公示（工作日）`);
  });

  it('R-PUB-6: the portal page shows the plan, commitment, seed, result with the cases, and how to verify', async () => {
    const page = await h.request(null, 'GET', `/draws/${planId}`);
    expect(page.statusCode).toBe(200);
    for (const s of [
      '抽查方案',
      '抽取前公布的承诺',
      record.commitmentHash,
      record.seed!,
      '抽取结果',
      '如何核验',
      'npx sanxiang draw verify',
      '尚未作出检查结论',
    ])
      expect(page.body).toContain(s);
    for (const t of record.result!.targets) expect(page.body).toContain(t.name);
    const credit = record.agency.creditCode;
    const index = await h.request(null, 'GET', `/agencies/${credit}/draws`);
    expect(index.body).toContain('食品销售者落实进货查验记录制度情况检查');
    // reached from the agency's own page
    expect((await h.request(null, 'GET', `/agencies/${credit}`)).body).toContain(`/agencies/${credit}/draws`);
  });
});

describe('R-REC-4 the draw acts in the ledger', () => {
  it('R-REC-4: `sanxiang verify` recomputes each draw act’s leaf hash from its text, so a changed text is found', async () => {
    const db = h.tdb.db;
    const stored = await db.selectFrom('draw_events').select(['id', 'hash']).orderBy('id').execute();
    const recomputed = await drawEventHashesSubquery(db).orderBy('id').execute();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(recomputed.map((r) => Buffer.from(r.hash).toString('hex'))).toEqual(stored.map((r) => Buffer.from(r.hash).toString('hex')));
    // behind the append-only trigger, as a DBA could: the text changes, the stored hash does not
    await sql`ALTER TABLE draw_events DISABLE TRIGGER draw_events_append_only`.execute(db);
    await sql`UPDATE draw_events SET body = replace(body, '"committed"', '"drawn"') WHERE id = ${stored[0]!.id}`.execute(db);
    await sql`ALTER TABLE draw_events ENABLE TRIGGER draw_events_append_only`.execute(db);
    const after = await drawEventHashesSubquery(db).where('id', '=', stored[0]!.id).executeTakeFirstOrThrow();
    expect(Buffer.from(after.hash).equals(Buffer.from(stored[0]!.hash))).toBe(false);
  });
});
