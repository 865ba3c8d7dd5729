import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_STANDARD, chinaDate, drawEvaluationSample, type EvaluationInput } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { logLength } from '../ledger/ledger.queries.ts';
import { verifyEvaluationRecord, type EvaluationRecordFile } from '../../cli/draw-command.ts';
import { verifyStore } from '../verify/verify-store.ts';
import { sql } from 'kysely';

/**
 * 案卷评查 (R-REC-8) over HTTP on the demo county's record: the 司法局 names a period, agencies and a
 * sample size; the list of files they archived in the period is committed before the seed exists
 * (as a 双随机 draw, R-X-2); the sample is drawn on the ledger root; its supervisors score each drawn
 * file item by item after reading it through 调阅 (R-REC-7); the results go back to each agency,
 * which sees only its own and replies; its figures show the result; anyone re-derives the sample.
 */
let h: Harness;
let sfj = '';
let roundId = '';
let record: EvaluationRecordFile;
const BIN = path.resolve(import.meta.dirname, '../../../bin/sanxiang.mjs');
const tmp = mkdtempSync(path.join(tmpdir(), 'sx-eval-'));
const PERIOD = { periodFrom: '2026-07-01', periodTo: '2026-09-30' };

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  for (const s of demoScenarios((k) => h.user(k), '2026-11-16')) await runScenario(h.demoStore(), () => cal.current(), h.org, s);
  h.clock.set(new Date('2026-11-16T02:00:00Z'));
  sfj = h.agency('sfj');
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await h?.close();
});

const as = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => h.request(await h.token(u), method, url, body);
const rounds = () => `/api/v1/agencies/${sfj}/evaluation-rounds`;
const roundCount = async () =>
  Number(
    (
      await h.tdb.db
        .selectFrom('evaluation_rounds')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const scoreCount = async () =>
  Number(
    (
      await h.tdb.db
        .selectFrom('evaluation_scores')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const fullMarks = () => DEFAULT_EVALUATION_STANDARD.items.map((i) => ({ code: i.code, points: i.points, finding: '' }));
const view = (caseId: string) =>
  as('sfj.jiandu', 'GET', `/api/v1/cases/${caseId}?reason=${encodeURIComponent('案卷评查：调阅抽中的案卷')}`);

/** The archived files of the demo's agencies in the period, from the case table itself. */
async function archivedInPeriod(agencyKey: string) {
  const rows = await h.tdb.db
    .selectFrom('cases')
    .select(['id', 'number', 'archived_at'])
    .where('agency_id', '=', h.agency(agencyKey))
    .execute();
  return rows.filter((r) => r.archived_at && chinaDate(r.archived_at) >= PERIOD.periodFrom && chinaDate(r.archived_at) <= PERIOD.periodTo);
}

describe('R-REC-8 案卷评查', () => {
  it('R-REC-8: the default 评查标准 is in force until the 司法局 saves a version; a wrong one is refused with its paths', async () => {
    const std = (await as('sfj.jiandu', 'GET', `/api/v1/agencies/${sfj}/evaluation-standard`)).json();
    expect(std).toMatchObject({ version: 0, maxTotal: 100 });
    expect(std.standard.items.map((i: { group: string }) => i.group)).toContain('discretion');
    const bad = await as('sfj.admin', 'PUT', `/api/v1/agencies/${sfj}/evaluation-standard`, {
      standard: { items: [{ ...DEFAULT_EVALUATION_STANDARD.items[0], points: 0.3 }], grades: { excellent: 90, good: 80, pass: 60 } },
      note: '测试',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('0.5 分');
    expect((await as('sfj.jiandu', 'GET', `/api/v1/agencies/${sfj}/evaluation-standard`)).json().version).toBe(0);
    const bySupervisor = await as('sfj.jiandu', 'PUT', `/api/v1/agencies/${sfj}/evaluation-standard`, {
      standard: DEFAULT_EVALUATION_STANDARD,
      note: '测试',
    });
    expect(bySupervisor.statusCode).toBe(403);
    expect(bySupervisor.json().error.message).toBe('只有司法行政部门的系统管理员可以修订案卷评查标准');
  });

  it('R-REC-8: bad rounds answer 4xx with a Chinese message and create nothing', async () => {
    const ok = {
      title: '2026 年第三季度行政处罚案卷评查',
      ...PERIOD,
      agencyIds: [h.agency('scjg'), h.agency('zhzf')],
      sample: { kind: 'count', count: 1 },
    };
    const cases: [string, unknown, number, string][] = [
      ['sfj.jiandu', { ...ok, periodTo: '2026-11-30' }, 400, '评查期间须已结束'],
      ['sfj.jiandu', { ...ok, periodFrom: '2026-10-01' }, 400, '开始日期不能晚于结束日期'],
      ['sfj.jiandu', { ...ok, agencyIds: [sfj] }, 400, '本辖区的执法机关'],
      ['sfj.jiandu', { ...ok, agencyIds: [h.agency('scjg'), h.agency('scjg')] }, 400, '重复'],
      ['sfj.jiandu', { ...ok, sample: { kind: 'ratio', percent: 12.345 } }, 400, '最多两位小数'],
      ['sfj.jiandu', { ...ok, title: '   ' }, 400, '评查名称'],
    ];
    for (const [user, body, status, text] of cases) {
      const res = await as(user, 'POST', rounds(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.message).toContain(text);
    }
    // an agency's head cannot see the 司法局's rounds at all
    const head = await as('scjg.juzhang', 'POST', rounds(), ok);
    expect(head.statusCode).toBe(404);
    expect(errorCode(head)).toBe('NOT_FOUND');
    expect(await roundCount()).toBe(0);
  });

  it('R-REC-8: the list of archived files is committed before the seed exists; the draw waits for it', async () => {
    const created = await as('sfj.jiandu', 'POST', rounds(), {
      title: '2026 年第三季度行政处罚案卷评查',
      ...PERIOD,
      agencyIds: [h.agency('scjg'), h.agency('zhzf')],
      sample: { kind: 'count', count: 1 },
    });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().id;
    expect(created.json()).toMatchObject({ state: 'planned', standard: { version: 0, maxTotal: 100 } });
    const committed = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/commit`);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ state: 'committed', seed: null });
    const again = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/commit`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已公布承诺');
    const early = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/draw`);
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('DRAW_SEED_PENDING');

    // the published list is exactly each agency's files archived in the period: no open case, no other period
    const pub = (await h.request(null, 'GET', `/api/v1/public/evaluations/${roundId}`)).json() as EvaluationRecordFile;
    expect(pub).toMatchObject({ state: 'committed', seed: null, result: null });
    for (const key of ['scjg', 'zhzf']) {
      const a = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency(key)).executeTakeFirstOrThrow())
        .credit_code;
      const listed = pub.input.agencies
        .find((x) => x.agency === a)!
        .caseFiles.map((f) => f.id)
        .sort();
      expect(listed).toEqual((await archivedInPeriod(key)).map((r) => r.id).sort());
    }
    expect(pub.input.agencies.flatMap((a) => a.caseFiles).length).toBeGreaterThan(1);

    // the seed's ledger grows with the agency's own work (here: the 司法局's 调阅 of its cases)
    const row = await h.tdb.db
      .selectFrom('evaluation_rounds')
      .select(['ledger_agency_id', 'commitment'])
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    const size = (row.commitment as { seedSource: { treeSize: number } }).seedSource.treeSize;
    const anyCase = (
      await h.tdb.db.selectFrom('cases').select('id').where('agency_id', '=', row.ledger_agency_id!).executeTakeFirstOrThrow()
    ).id;
    while ((await logLength(h.tdb.db, row.ledger_agency_id!)) < size) expect((await view(anyCase)).statusCode).toBe(200);
    await h.ledger.sequence(row.ledger_agency_id!);
    await h.ledger.sign(row.ledger_agency_id!);
    const drawn = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/draw`);
    expect(drawn.statusCode, drawn.body).toBe(200);
    const d = drawn.json();
    expect(d.state).toBe('drawn');
    expect(d.seed).toMatch(/^[0-9a-f]{64}$/);
    // count 1 per agency, from its own archived files only
    for (const a of d.agencies) {
      const own = (await archivedInPeriod(a.id === h.agency('scjg') ? 'scjg' : 'zhzf')).map((r) => r.id);
      expect(a.caseFiles.length).toBe(Math.min(1, own.length));
      for (const f of a.caseFiles) expect(own).toContain(f.caseId);
    }
    record = (await h.request(null, 'GET', `/api/v1/public/evaluations/${roundId}`)).json();
    expect(drawEvaluationSample(record.input as EvaluationInput, record.seed!)).toEqual(record.result);
  });

  it('R-REC-8, R-REC-7: a drawn file is scored only after 调阅; bad scores change nothing; the last score stands', async () => {
    const r = (await as('sfj.jiandu', 'GET', `${rounds()}/${roundId}`)).json();
    const files = r.agencies.flatMap((a: { caseFiles: { caseId: string }[] }) => a.caseFiles) as { caseId: string; number: string }[];
    expect(files.length).toBeGreaterThan(0);
    const first = files[0]!;
    const url = `${rounds()}/${roundId}/scores/${first.caseId}`;
    const unread = await as('sfj.jiandu', 'PUT', url, { items: fullMarks(), comment: '' });
    expect(unread.statusCode).toBe(409);
    expect(unread.json().error.message).toContain('须先调阅');
    expect((await view(first.caseId)).statusCode).toBe(200);
    const silent = fullMarks().map((i) => (i.code === 'D1' ? { ...i, points: 6 } : i));
    const noFinding = await as('sfj.jiandu', 'PUT', url, { items: silent, comment: '' });
    expect(noFinding.statusCode).toBe(400);
    expect(noFinding.json().error.message).toContain('须写明问题描述');
    const over = await as('sfj.jiandu', 'PUT', url, {
      items: fullMarks().map((i) => (i.code === 'T1' ? { ...i, points: 5.5 } : i)),
      comment: '',
    });
    expect(over.statusCode).toBe(400);
    const notDrawn = await as('sfj.jiandu', 'PUT', `${rounds()}/${roundId}/scores/00000000-0000-4000-8000-000000000000`, {
      items: fullMarks(),
      comment: '',
    });
    expect(notDrawn.statusCode).toBe(404);
    expect(await scoreCount()).toBe(0);
    const early = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/return`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('未评分');

    const first100 = await as('sfj.jiandu', 'PUT', url, { items: fullMarks(), comment: '' });
    expect(first100.statusCode, first100.body).toBe(200);
    expect(await scoreCount()).toBe(1);
    const findings = fullMarks().map((i) =>
      i.code === 'D1'
        ? { ...i, points: 4, finding: '罚款数额超出裁量基准幅度，未说明理由' }
        : i.code === 'T3'
          ? { ...i, points: 3, finding: '决定书送达超过七日' }
          : i,
    );
    const scored = await as('sfj.jiandu', 'PUT', url, { items: findings, comment: '证据充分，裁量说理不足' });
    expect(scored.statusCode, scored.body).toBe(200);
    const s = scored
      .json()
      .agencies.flatMap((a: { caseFiles: { caseId: string; score: unknown }[] }) => a.caseFiles)
      .find((f: { caseId: string }) => f.caseId === first.caseId).score;
    // scored again before the return: the last score stands, still one row
    expect(s).toMatchObject({ total: 92, grade: 'excellent', gradeName: '优秀', scoredBy: '周文涛' });
    expect(await scoreCount()).toBe(1);
    for (const f of files.slice(1)) {
      expect((await view(f.caseId)).statusCode).toBe(200);
      const res = await as('sfj.jiandu', 'PUT', `${rounds()}/${roundId}/scores/${f.caseId}`, {
        items: fullMarks().map((i) => (i.code === 'C1' ? { ...i, points: 0, finding: '调查取证仅一名执法人员' } : i)),
        comment: '',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const returned = await as('sfj.jiandu', 'POST', `${rounds()}/${roundId}/return`);
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().state).toBe('returned');
    const late = await as('sfj.jiandu', 'PUT', url, { items: fullMarks(), comment: '' });
    expect(late.statusCode).toBe(409);
  });

  it("R-REC-8, R-X-5: each agency sees its own results and findings, never another's, and replies", async () => {
    const scjg = h.agency('scjg');
    const zhzf = h.agency('zhzf');
    const mine = await as('scjg.juzhang', 'GET', `/api/v1/agencies/${scjg}/evaluation-results`);
    expect(mine.statusCode).toBe(200);
    const [res] = mine.json();
    expect(res.roundId).toBe(roundId);
    expect(res.caseFiles.length).toBe(1);
    const ownCases = (await h.tdb.db.selectFrom('cases').select('id').where('agency_id', '=', scjg).execute()).map((c) => c.id);
    expect(ownCases).toContain(res.caseFiles[0].caseId);
    expect(JSON.stringify(res)).not.toContain('馆陶县综合行政执法局');
    // another agency's results do not exist for it
    const other = await as('scjg.juzhang', 'GET', `/api/v1/agencies/${zhzf}/evaluation-results`);
    expect(other.statusCode).toBe(404);
    const officer = await as('scjg.liming', 'GET', `/api/v1/agencies/${scjg}/evaluation-results`);
    expect(officer.statusCode).toBe(403);
    // the round itself stays with the 司法局
    expect((await as('scjg.juzhang', 'GET', `${rounds()}/${roundId}`)).statusCode).toBe(404);

    const empty = await as('scjg.juzhang', 'PUT', `/api/v1/agencies/${scjg}/evaluation-results/${roundId}/reply`, { reply: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('请填写整改说明');
    const foreign = await as('zhzf.juzhang', 'PUT', `/api/v1/agencies/${scjg}/evaluation-results/${roundId}/reply`, { reply: '冒名' });
    expect(foreign.statusCode).toBe(404);
    const replied = await as('scjg.juzhang', 'PUT', `/api/v1/agencies/${scjg}/evaluation-results/${roundId}/reply`, {
      reply: '已组织办案人员学习裁量基准，对该案重新说明裁量理由。',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()[0].reply).toMatchObject({ text: '已组织办案人员学习裁量基准，对该案重新说明裁量理由。', by: '张建国' });
    const sfjView = (await as('sfj.jiandu', 'GET', `${rounds()}/${roundId}`)).json();
    expect(sfjView.agencies.find((a: { id: string }) => a.id === scjg).reply.text).toContain('裁量基准');
  });

  it("R-REC-8, R-X-3: the result shows in the agencies' figures, for the 司法局 and for the agency's head", async () => {
    const scjg = h.agency('scjg');
    const sup = (await as('sfj.jiandu', 'GET', '/api/v1/supervision/overview')).json();
    const row = sup.agencies.find((a: { agency: { id: string } }) => a.agency.id === scjg);
    expect(row.evaluation).toMatchObject({
      rounds: 1,
      latest: { roundId, mean: 92, gradeName: '优秀', files: 1, failed: 0, replied: true },
    });
    const head = (await as('scjg.juzhang', 'GET', '/api/v1/supervision/overview')).json();
    expect(head.agencies.find((a: { agency: { id: string } }) => a.agency.id === scjg).evaluation.latest.mean).toBe(92);
    expect(head.agencies.every((a: { agency: { name: string } }) => a.agency.name !== '馆陶县综合行政执法局')).toBe(true);
  });

  it('R-REC-8: the public record has 案号s and no party data, and `sanxiang draw verify` re-derives the sample', async () => {
    const parties = await h.tdb.db.selectFrom('parties').select('name').execute();
    const text = JSON.stringify(record);
    for (const p of parties) expect(text).not.toContain(p.name);
    expect(verifyEvaluationRecord(record).problems).toEqual([]);
    const dropped = structuredClone(record);
    dropped.input.agencies[0]!.caseFiles.pop();
    expect(verifyEvaluationRecord(dropped).problems.join()).toContain('承诺中的');
    const reseeded = structuredClone(record);
    reseeded.seed = 'ab'.repeat(32);
    expect(verifyEvaluationRecord(reseeded).problems.join()).toContain('一致性证明不成立');

    const file = path.join(tmp, 'evaluation.json');
    writeFileSync(file, JSON.stringify(record));
    const out = await promisify(execFile)(process.execPath, [BIN, 'draw', 'verify', file], { encoding: 'utf8', timeout: 120_000 });
    expect(out.stdout).toContain('核验通过：案卷名单与承诺一致');
    expect(out.stdout).toContain('包含证明成立');
    const drawnNumber = record.result!.agencies.flatMap((a) => a.caseFiles)[0]!.number;
    expect(out.stdout).toContain(drawnNumber);

    // from the URL: the log's keys are read from the same site, for the ledger that holds the commitment
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const viaUrl = await promisify(execFile)(process.execPath, [BIN, 'draw', 'verify', `${address}/api/v1/public/evaluations/${roundId}`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(viaUrl.stdout).toContain('核验通过：案卷名单与承诺一致');
    expect(viaUrl.stdout).not.toContain('公钥取自记录本身');

    const page = await h.request(null, 'GET', `/evaluations/${roundId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(drawnNumber);
    expect(page.body).toContain(record.commitmentHash);
    expect(page.body).toContain('npx sanxiang draw verify');
    expect(page.body).not.toContain('优秀');
  });

  it('R-REC-4, R-REC-8: `sanxiang verify` checks the round acts in the ledger; an act changed behind the triggers is found', async () => {
    await h.ledger.checkpointAll();
    const run = () => verifyStore({ db: h.tdb.db, keys: h.keys, blobs: h.blobs, witnessPrefix: 'sanxiang.local/witness' });
    expect((await run()).problems).toEqual([]);
    const ev = await h.tdb.db.selectFrom('evaluation_events').select(['id', 'body']).orderBy('id').executeTakeFirstOrThrow();
    await sql`ALTER TABLE evaluation_events DISABLE TRIGGER USER`.execute(h.tdb.db);
    try {
      await sql`UPDATE evaluation_events SET body = ${ev.body.replace('"committed"', '"drawn"')} WHERE id = ${ev.id}`.execute(h.tdb.db);
    } finally {
      await sql`ALTER TABLE evaluation_events ENABLE TRIGGER USER`.execute(h.tdb.db);
    }
    const problems = (await run()).problems.map((p) => p.message).join('\n');
    expect(problems).toContain(`与 evaluation_events.id=${ev.id} 的哈希不符`);
  }, 300_000);
});
