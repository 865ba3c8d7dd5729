import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { redact } from '@sanxiang/domain';
import { DEMO_PASSWORD, creditCode } from '../demo/demo-org.ts';

/**
 * The `sanxiang` command as a person runs it. DB-backed commands run against the embedded
 * PostgreSQL in a temporary data folder, or — in the external run — against a fresh database on
 * the machine's server.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/sanxiang.mjs');
let dir: string;
let tdb: TestDatabase | null = null;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-cli-'));
  chmodSync(dir, 0o755);
  env = { ...process.env, SANXIANG_DATA: path.join(dir, 'data') };
  delete env['DATABASE_URL'];
  if (process.env['DATABASE_URL']) {
    tdb = await createTestDatabase(2);
    env['DATABASE_URL'] = tdb.url;
  }
});
afterAll(async () => {
  await tdb?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Every invocation starts Node with tsx and often the embedded PostgreSQL; on a machine whose
// transform cache is cold, a test that runs a dozen of them needs minutes, not the default 60 s.
const SLOW = 240_000;

describe('sanxiang CLI', () => {
  it(
    'calendar add-workdays prints the ISO date (R-PUB-3)',
    () => {
      const noDb = { SANXIANG_DATA: path.join(dir, 'nothing-here'), DATABASE_URL: '' };
      const r = run(['calendar', 'add-workdays', '2025-01-24', '7'], noDb);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toBe('2025-02-10\n');
      expect(run(['calendar', 'add-workdays', '2026-02-13', '1'], noDb).out).toBe('2026-02-14\n');
      expect(run(['calendar', 'due-date', '2026-09-30', '15', '--unit', 'natural'], noDb).out).toBe('2026-10-15\n');
    },
    SLOW,
  );

  it(
    'works as `npx sanxiang` from the repository root',
    () => {
      const root = path.resolve(import.meta.dirname, '../../../..');
      const r = spawnSync('npx', ['--no-install', 'sanxiang', 'calendar', 'add-workdays', '2026-02-13', '2'], {
        cwd: root,
        env: { ...env, SANXIANG_DATA: path.join(dir, 'nothing-here'), DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('2026-02-24\n');
    },
    SLOW,
  );

  it(
    'bad input gets a Chinese message and a non-zero exit',
    () => {
      const noDb = { SANXIANG_DATA: path.join(dir, 'nothing-here'), DATABASE_URL: '' };
      const bad = run(['calendar', 'add-workdays', '2025-02-30', '7'], noDb);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('日期应为');
      const unknownYear = run(['calendar', 'add-workdays', '2030-01-02', '3'], noDb);
      expect(unknownYear.code).toBe(1);
      expect(unknownYear.err).toContain('2030');
      const unknown = run(['frobnicate'], noDb);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('未知命令');
      expect(run(['help'], noDb).out).toContain('用法：sanxiang');
      // a misconfigured or unreachable blob store stops the start with the reason, not a stack trace
      const misconfigured = run(['serve', '--port', '0'], { ...noDb, SANXIANG_BLOBS: 's3', SANXIANG_S3_ENDPOINT: 'minio:9000' });
      expect(misconfigured.code).toBe(1);
      expect(misconfigured.err).toContain('文件存储配置有误');
      expect(misconfigured.err).toContain('须设置 SANXIANG_S3_BUCKET');
      expect(misconfigured.err).toContain('SANXIANG_S3_ENDPOINT 应为 http:// 或 https:// 开头');
      expect(misconfigured.err).not.toMatch(/\n\s+at /);
      const s3 = {
        SANXIANG_BLOBS: 's3',
        SANXIANG_S3_BUCKET: 'evidence',
        SANXIANG_S3_ENDPOINT: 'http://127.0.0.1:1',
        SANXIANG_S3_ACCESS_KEY_ID: 'k',
        SANXIANG_S3_SECRET_ACCESS_KEY: 's',
      };
      const unreachable = run(['verify'], { ...noDb, ...s3 });
      expect(unreachable.code).toBe(1);
      expect(unreachable.err).toContain('错误：无法使用文件存储 s3://evidence/（http://127.0.0.1:1）：无法连接');
      expect(unreachable.err).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'redact prints the published text of a decision read on stdin; --report says what went and why (R-PUB-4)',
    () => {
      const noDb = { SANXIANG_DATA: path.join(dir, 'nothing-here'), DATABASE_URL: '' };
      const decision = [
        '馆陶县市场监督管理局',
        '行政处罚决定书',
        '馆市监处罚〔2025〕12号',
        '',
        '当事人：张建国，男，1985年3月5日出生，公民身份号码：130433198503051219，住址：河北省邯郸市馆陶县馆陶镇幸福街18号，联系电话：13803101234。',
        '',
        '2025年1月9日，本局接到举报人刘海燕举报。执法人员李明（执法证号：13043301001）、王芳（执法证号：13043301002）现场检查，证人周志刚证实当事人驾驶冀D58612号货车运送过期食品。经查，巩立新称该批食品系其代为保管。',
        '依据《中华人民共和国食品安全法》第一百二十四条，罚款人民币5000元，缴至馆陶县财政局非税收入专户，账号：50661001040001234。',
        '',
        '馆陶县市场监督管理局',
        '2025年3月20日',
        '',
      ].join('\n');
      const r = spawnSync(process.execPath, [BIN, 'redact'], {
        env: { ...env, ...noDb },
        input: decision,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(redact(decision).text); // the same engine and default rules
      for (const gone of ['张建国', '130433198503051219', '幸福街18号', '13803101234', '刘海燕', '周志刚', '冀D58612'])
        expect(r.stdout).not.toContain(gone);
      for (const kept of [
        '张某某',
        '130433********1219',
        '河北省邯郸市馆陶县***',
        '138****1234',
        '举报人刘某某',
        '冀D*****',
        '馆市监处罚〔2025〕12号',
        '执法人员李明（执法证号：13043301001）',
        '2025年3月20日',
        '罚款人民币5000元',
        '50661001040001234',
      ]) {
        expect(r.stdout).toContain(kept);
      }
      expect(r.stdout.endsWith('2025年3月20日\n')).toBe(true);

      const withReport = spawnSync(process.execPath, [BIN, 'redact', '--report'], {
        env: { ...env, ...noDb },
        input: decision,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(withReport.status).toBe(0);
      expect(withReport.stdout).toBe(r.stdout);
      expect(withReport.stderr).toContain('已隐去 8 处');
      // 请确认: a name seen only before a verb is hidden until the publisher decides, and the report says so
      expect(withReport.stderr).toContain('自然人姓名  「巩立新」→「巩某某」  （请确认）');
      expect(withReport.stderr).toContain('待确认 1 项（暂按隐去处理；公示前须由公示管理员逐项确认隐去或公开）：「巩立新」');
      expect(withReport.stderr).toContain('第 5 行第 5 字  自然人姓名  「张建国」→「张某某」');
      expect(withReport.stderr).toMatch(/身份证号码  「130433198503051219」/);
      // every kept number that looks personal names the rule that kept it
      expect(withReport.stderr).toMatch(/「13043301001」  形似手机号码；保留依据：.*执法证号/);
      expect(withReport.stderr).toMatch(/「50661001040001234」  形似银行账号；保留依据：.*罚没款缴款账户（公开）/);

      const bad = spawnSync(process.execPath, [BIN, 'redact', '--everything'], {
        env: { ...env, ...noDb },
        input: decision,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('未知选项');
    },
    SLOW,
  );

  it(
    'demo, migrate, calendar import and user add work on a data folder',
    () => {
      const demo = run(['demo']);
      expect(demo.err).toBe('');
      expect(demo.code).toBe(0);
      expect(demo.out).toContain('已在');
      expect(demo.out).toContain('scjg.liming');
      const again = run(['demo']);
      expect(again.code).toBe(1);
      expect(again.err).toContain('已有数据');

      expect(run(['migrate']).out).toContain('最新');

      // R-REC-4: verify reads the data folder offline; a changed evidence file is named, with exit status 1
      const verified = run(['verify']);
      expect(verified.code, verified.err).toBe(0);
      expect(verified.out).toContain('结论：未发现篡改。');
      expect(verified.out).toMatch(/音像记录原件 \d+ 个/);
      const blobs = path.join(dir, 'data', 'blobs');
      const first = readdirSync(blobs, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
      const blobFile = path.join(first.parentPath, first.name);
      const original = readFileSync(blobFile);
      chmodSync(blobFile, 0o644);
      writeFileSync(blobFile, Buffer.concat([original, Buffer.from('x')]));
      const caught = run(['verify']);
      expect(caught.code).toBe(1);
      expect(caught.out).toContain(blobFile);
      expect(caught.out).toContain('已被改动');
      writeFileSync(blobFile, original);

      const file = path.join(dir, '2027.csv');
      writeFileSync(
        file,
        '# year=2027 source=国办发明电〔2026〕测试号\n2027-01-01,holiday,元旦\n2027-02-06,holiday,春节\n2027-02-07,holiday,春节\n2027-02-13,workday,春节调休\n',
      );
      const imp = run(['calendar', 'import', file]);
      expect(imp.err).toBe('');
      expect(imp.out).toContain('已导入 2027 年');
      expect(run(['calendar', 'add-workdays', '2027-02-05', '1']).out).toBe('2027-02-08\n');
      expect(run(['calendar', 'list']).out).toMatch(/2027\t导入/);
      const badFile = path.join(dir, 'bad.csv');
      writeFileSync(badFile, '# year=2027 source=x\n2027-02-10,workday,周三调休\n');
      const badImp = run(['calendar', 'import', badFile]);
      expect(badImp.code).toBe(1);
      expect(badImp.err).toContain('CALENDAR_IMPORT_INVALID');

      expect(run(['region', 'add', '130433104', '新城镇', '--level', 'township', '--parent', '130433']).out).toContain('已新增行政区划');
      const agency = run([
        'agency',
        'add',
        '--name',
        '馆陶县新城镇人民政府',
        '--credit-code',
        '11130433000013301',
        '--region',
        '130433104',
        '--short',
        '新城',
        '--fields',
        '综合执法',
        '--kinds',
        '行政处罚,行政检查',
      ]);
      expect(agency.code, agency.err).toBe(1);
      expect(agency.err).toContain('校验不通过');
      const ok = run([
        'agency',
        'add',
        '--name',
        '馆陶县新城镇人民政府',
        '--credit-code',
        creditCode('11130433000013301'),
        '--region',
        '130433104',
        '--short',
        '新城',
        '--fields',
        '综合执法',
        '--kinds',
        '行政处罚,行政检查',
      ]);
      expect(ok.err).toBe('');
      expect(ok.out).toContain('已设立机关');
      expect(run(['unit', 'add', '--agency', '新城', '--name', '综合执法队', '--kind', 'handling']).out).toContain(
        '已在馆陶县新城镇人民政府设立综合执法队',
      );
      expect(run(['unit', 'add', '--agency', '不存在', '--name', 'x', '--kind', 'handling']).code).toBe(1);

      const add = run(
        [
          'user',
          'add',
          '--agency',
          '馆市监',
          '--username',
          'cli.user',
          '--name',
          '命令行用户',
          '--roles',
          'officer,reviewer',
          '--unit',
          '法制科',
        ],
        { SANXIANG_PASSWORD: 'Cli-pass-2026' },
      );
      expect(add.err).toBe('');
      expect(add.out).toContain('已创建用户 cli.user');
      const dup = run([
        'user',
        'add',
        '--agency',
        '馆市监',
        '--username',
        'cli.user',
        '--name',
        '重复',
        '--roles',
        'officer',
        '--password',
        'Cli-pass-2026',
      ]);
      expect(dup.code).toBe(1);
      expect(dup.err).toContain('已被使用');
      const badRole = run([
        'user',
        'add',
        '--agency',
        '馆市监',
        '--username',
        'x.y',
        '--name',
        'x',
        '--roles',
        'king',
        '--password',
        'Cli-pass-2026',
      ]);
      expect(badRole.code).toBe(2);
      expect(badRole.err).toContain('未知角色');
    },
    SLOW,
  );

  it(
    'serve starts on the data, prints URLs and logins, answers, and keeps data across a restart',
    async () => {
      const start = () =>
        new Promise<{ url: string; stop: () => Promise<number | null>; out: string }>((resolve, reject) => {
          const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env });
          let out = '';
          const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 90_000);
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const m = /首页\s+(http:\/\/[^\s]+)\//.exec(out);
            if (m && out.includes('Ctrl+C')) {
              clearTimeout(timer);
              resolve({
                url: m[1]!,
                out,
                stop: () =>
                  new Promise((res) => {
                    child.on('exit', (code) => res(code));
                    child.kill('SIGINT');
                  }),
              });
            }
          });
          child.stderr.on('data', (d: Buffer) => (out += d.toString()));
          child.on('exit', (code) => reject(new Error(`serve exited ${code}:\n${out}`)));
        });
      const first = await start();
      expect(first.out).toContain('接口文档');
      expect(first.out).toContain(DEMO_PASSWORD);
      const health = (await (await fetch(`${first.url}/health`)).json()) as { ok: boolean };
      expect(health.ok).toBe(true);
      const login = await fetch(`${first.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'cli.user', password: 'Cli-pass-2026' }),
      });
      expect(login.status).toBe(200);
      const token = ((await login.json()) as { token: string }).token;
      const cases = (await (await fetch(`${first.url}/api/v1/cases`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: unknown[];
      };
      expect(cases.items.length).toBeGreaterThan(0);
      expect(await first.stop()).toBe(0);
      const second = await start();
      const again = await fetch(`${second.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'cli.user', password: 'Cli-pass-2026' }),
      });
      expect(again.status).toBe(200);
      expect(await second.stop()).toBe(0);
    },
    SLOW,
  );
});
