import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { chromium, type Browser, type Cookie, type Response } from 'playwright-core';
import { chinaDate, type Inputs, type PartyInput, type WorkingCalendar } from '@sanxiang/domain';
import { ManualClock, systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { Database } from '../apps/server/src/db/schema.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { loadActor } from '../apps/server/src/modules/auth/session.store.ts';
import { openCase, takeStep, type CaseDeps } from '../apps/server/src/modules/cases/case.service.ts';
import { caseEngineLinks } from '../apps/server/src/app.ts';
import type { SqlPool } from '../apps/server/src/modules/cases/case.repository.ts';
import { OFFICER_TURN, soonUntil, worklistQuery } from '../apps/server/src/modules/cases/case.worklist.ts';
import { createUser, issueCertificate } from '../apps/server/src/modules/people/people.service.ts';
import type { Actor } from '../apps/server/src/http/actor.ts';
import { DEMO_PASSWORD, creditCode, loadDemoOrg, type DemoOrg } from '../apps/server/src/demo/demo-org.ts';
import { idNumber } from '../apps/server/src/demo/demo-cases.ts';
import { loadInChild } from './lib/load-child.ts';
import type { LoadRequest } from './lib/load-generator.ts';
import { embeddedTarget, externalTarget, type Target } from './lib/targets.ts';
import { fmt, postgresCpuMs, summarise } from './lib/stats.ts';
import { SHOP } from './lib/names.ts';

/**
 * 执法工作台 first screen (待办) with 10,000 cases in the agency: the JavaScript a cold first load
 * transfers (gzip, and brotli from a second run) beside the size of every chunk the build holds
 * (routes split), the 待办 request's latency p50/p95/p99 (one client, then 8 at once) against a
 * bare SELECT of the same officer's case ids and a bare Fastify endpoint in the same run, and the
 * page's Largest Contentful Paint over cold loads in Debian's chromium. Targets: JS < 500 KB gzip,
 * 待办 p95 < 50 ms, LCP < 1.5 s.
 *
 * The cases are opened through the real service (`openCase`, with a clock set to each case's
 * opening day, so deadlines and overdue states are genuine) and older ones taken through real
 * steps to 归档, so every row, officer assignment, party and event satisfies the schema, its
 * triggers and the ledger queue.
 */
const CASES = Number(process.env['WORKBENCH_BENCH_CASES'] ?? 10_000);
const REQUESTS = Number(process.env['WORKBENCH_BENCH_REQUESTS'] ?? 500);
const CLIENTS = Number(process.env['WORKBENCH_BENCH_CLIENTS'] ?? 8);
const LOADS = Number(process.env['WORKBENCH_BENCH_LOADS'] ?? 5);
const SEED_CONCURRENCY = Number(process.env['WORKBENCH_BENCH_SEED_CONCURRENCY'] ?? 8);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DAY = 86_400_000;

/** A linear congruential generator read from its high bits (see search.bench.ts#rng). */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}
const pick = <T>(r: (n: number) => number, a: readonly T[]): T => a[r(a.length)]!;

/** Runs `fn` over `items` with at most `n` at a time; stops at the first failure. */
async function inParallel<T>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The agency's caseload
// ---------------------------------------------------------------------------------------------

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = [
  '伟',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '海燕',
  '志强',
  '晓东',
  '丽娟',
  '国庆',
  '红梅',
];
const TRADE = [
  '超市有限公司',
  '食品厂',
  '建材经营部',
  '药房',
  '餐饮店',
  '商贸有限公司',
  '副食店',
  '农资经营部',
  '粮油店',
  '烟酒店',
  '饭店',
  '熟食店',
];
const TOWNS = ['130433100', '130433101', '130433102', '130433103', '130433200', '130433201', '130433202', '130433203'];
const TOWN_NAMES = ['馆陶镇', '房寨镇', '柴堡镇', '魏僧寨镇', '寿山寺乡', '王桥乡', '路桥乡', '南徐村乡'];
const PENALTY_TITLES = [
  '销售过期食品案',
  '未按规定公示营业执照案',
  '无照经营食品案',
  '销售不合格产品案',
  '虚假宣传案',
  '未明码标价案',
  '未建立进货查验记录案',
  '使用不合格计量器具案',
  '销售无中文标签进口食品案',
  '超范围经营案',
];
const INSPECTION_SUBJECTS = [
  '食品销售者进货查验记录制度落实情况',
  '餐饮服务单位食品安全管理情况',
  '药品零售企业经营行为',
  '特种设备使用登记情况',
  '计量器具检定情况',
  '农资经营者进销货台账',
];
const LICENSE_ITEMS = ['食品经营许可（新办）', '食品经营许可（变更）', '药品经营许可（延续）', '小餐饮登记'];

const PARTIES = 2_500;

function partyOf(i: number, r: (n: number) => number): PartyInput {
  const town = r(TOWNS.length);
  if (i % 5 === 4) {
    const birth = `19${String(60 + r(40))}${String(1 + r(12)).padStart(2, '0')}${String(1 + r(28)).padStart(2, '0')}`;
    return {
      kind: 'person',
      name: `${pick(r, SURNAMES)}某某`,
      idNumber: idNumber(`130433${birth}${String(i % 1000).padStart(3, '0')}`),
      address: `馆陶县${TOWN_NAMES[town]}`,
      phone: `139${String(r(1e8)).padStart(8, '0')}`,
    };
  }
  return {
    kind: 'org',
    name: `馆陶县${pick(r, SHOP)}${TOWN_NAMES[town]!.slice(0, 2)}${pick(r, TRADE)}${i}`.slice(0, 60),
    creditCode: creditCode(`91130433MA${String(i).padStart(7, '0')}`),
    legalRep: `${pick(r, SURNAMES)}${pick(r, GIVEN)}`,
    address: `馆陶县${TOWN_NAMES[town]}${1 + r(300)} 号`,
    phone: `0310-77${String(r(1e5)).padStart(5, '0')}`,
  };
}

interface PlannedStep {
  step: string;
  by: 'lead' | 'head';
  inputs: Inputs;
}

interface PlannedCase {
  procedure: string;
  title: string;
  region: string;
  party: number;
  officers: string[];
  openedAt: Date;
  openInputs: Inputs;
  steps: PlannedStep[];
}

/**
 * 10,000 cases over ~330 days: 一般程序 (55 %; most of those older than 90 days 终止调查 → 结案 → 归档,
 * some concluded or notified, the rest still investigating and overdue), 检查 (20 %, recent),
 * 许可 (13 %; most older ones 不予受理 → 结案 → 归档), 查封扣押 (5 %; recent ones wait for the head's
 * approval, older ones rejected and archived), 简易程序 (7 %, recent). `scjg.liming` is the lead
 * officer of every fifth case; the others go to the agency's other officers in pairs.
 */
function planCases(n: number, liming: string, others: string[], now: Date): PlannedCase[] {
  const r = rng(20261206);
  const out: PlannedCase[] = [];
  for (let i = 0; i < n; i++) {
    const k = r(100);
    const procedure =
      k < 55 ? 'penalty-general' : k < 75 ? 'inspection' : k < 88 ? 'license' : k < 93 ? 'coercion-seizure' : 'penalty-simple';
    const maxAge = { 'penalty-general': 330, inspection: 45, license: 200, 'coercion-seizure': 120, 'penalty-simple': 20 }[procedure];
    const ageDays = r(maxAge);
    const openedAt = new Date(now.getTime() - ageDays * DAY - (30 + r(6 * 60)) * 60_000);
    const lead = i % 5 === 0 ? liming : pick(r, others);
    let second = pick(r, others);
    while (second === lead) second = pick(r, others);
    const officers = procedure === 'license' ? [lead] : [lead, second];
    const party = i < PARTIES ? i : r(PARTIES);
    const town = pick(r, TOWNS);
    const clueOn = chinaDate(new Date(openedAt.getTime() - r(4) * DAY));
    const steps: PlannedStep[] = [];
    let title: string;
    let openInputs: Inputs;
    const coin = r(100);
    switch (procedure) {
      case 'penalty-general':
        title = pick(r, PENALTY_TITLES);
        openInputs = {
          source: pick(r, ['inspection', 'complaint', 'referral']),
          clueOn,
          summary: `${title.slice(0, -1)}，经初步核查，符合立案条件。`,
          approvedBy: '张建国',
        };
        if (ageDays > 90 && coin < 80) {
          steps.push(
            { step: 'terminate', by: 'head', inputs: { reason: '违法事实不能成立，终止调查。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        } else if (coin < 35) {
          steps.push({
            step: 'conclude-investigation',
            by: 'lead',
            inputs: {
              facts: '当事人的违法事实清楚。',
              evidence: '现场检查笔录、询问笔录、照片',
              legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
              proposal: 'penalty',
            },
          });
          if (coin < 18)
            steps.push({
              step: 'notify',
              by: 'lead',
              inputs: { proposedPenalty: `罚款 ${(1 + r(20)) * 1000} 元`, proposedFine: (1 + r(20)) * 1000, hearingRight: r(2) === 0 },
            });
        }
        break;
      case 'inspection':
        title = `${pick(r, INSPECTION_SUBJECTS)}检查`;
        openInputs = {
          source: pick(r, ['random', 'routine', 'complaint', 'special']),
          subject: title.slice(0, -2),
          basis: '《中华人民共和国食品安全法》第一百一十条',
        };
        break;
      case 'license':
        title = pick(r, LICENSE_ITEMS);
        openInputs = {
          item: title.replace(/（.*）/, ''),
          appliedOn: chinaDate(openedAt),
          materials: '申请书、营业执照、经营场所平面图、食品安全管理制度',
        };
        if (ageDays > 20 && coin < 85) {
          steps.push(
            { step: 'refuse-acceptance', by: 'lead', inputs: { reason: '申请事项依法不需要取得行政许可。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        } else if (coin < 92) {
          steps.push({ step: 'accept', by: 'lead', inputs: { note: '材料齐全，予以受理。' } });
        }
        break;
      case 'coercion-seizure':
        title = '涉嫌违法物品扣押';
        openInputs = {
          reason: '为防止证据损毁，依法扣押涉案物品。',
          legalBasis: '《中华人民共和国食品安全法》第一百一十条第（四）项',
          property: `涉案食品 ${1 + r(50)} 箱`,
        };
        if (ageDays > 7 && coin < 90) {
          steps.push(
            { step: 'reject', by: 'head', inputs: { reason: '证据不足，不予批准。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        }
        break;
      default:
        title = '未明码标价案';
        openInputs = { place: `${TOWN_NAMES[TOWNS.indexOf(town)]}农贸市场 ${1 + r(60)} 号摊位`, facts: '当事人销售商品未明码标价。' };
    }
    out.push({ procedure, title, region: town, party, officers, openedAt, openInputs, steps });
  }
  return out;
}

/** Officers a county bureau with 10,000 cases would have: 12 more, each with a valid 执法证. */
async function addOfficers(db: Kysely<Database>, org: DemoOrg): Promise<string[]> {
  const agency = org.agencies.get('scjg')!;
  const unit = (
    await db.selectFrom('units').select('id').where('agency_id', '=', agency).where('name', '=', '综合执法大队').executeTakeFirstOrThrow()
  ).id;
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = await createUser({ db, clock: systemClock }, null, {
      agencyId: agency,
      unitId: unit,
      username: `scjg.bench${String(i + 1).padStart(2, '0')}`,
      displayName: `${SURNAMES[i]}${GIVEN[(i * 7) % GIVEN.length]}`,
      post: '执法队员',
      roles: ['officer'],
      password: DEMO_PASSWORD,
    });
    await issueCertificate({ db, clock: systemClock }, null, id, {
      number: `130433010009${String(i + 1).padStart(2, '0')}`,
      fields: ['市场监管'],
      regions: ['130433'],
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      issuedBy: '邯郸市人民政府',
    });
    ids.push(id);
  }
  return ids;
}

interface Seeded {
  openSecs: number;
  stepSecs: number;
  steps: number;
  open: number;
  liming: { total: number; open: number; overdue: number };
  headApprovals: number;
}

async function seed(db: Kysely<Database>, pool: SqlPool, org: DemoOrg, calendar: () => WorkingCalendar): Promise<Seeded> {
  const agency = org.agencies.get('scjg')!;
  const admin = org.users.get('scjg.admin')!;
  // the bench archives cases without their 案卷 documents: this agency keeps an empty 案卷标准 for
  // the procedures it archives here (an allowed setting; transitions.bench.ts does the same)
  for (const procedure of ['penalty-general', 'license', 'coercion-seizure']) {
    await sql`INSERT INTO case_file_standards (agency_id, procedure_code, items, updated_by, updated_at)
              VALUES (${agency}, ${procedure}, '[]'::jsonb, ${admin}, now())`.execute(db);
  }
  const extra = await addOfficers(db, org);
  const liming = org.users.get('scjg.o1')!;
  // 赵强's certificate is suspended and 刘洋's expired in June: they take no new cases
  const others = [org.users.get('scjg.o2')!, org.users.get('scjg.o5')!, ...extra];
  const actors = new Map<string, Actor>();
  for (const id of [liming, ...others, org.users.get('scjg.head')!]) actors.set(id, await loadActor(db, id));
  const head = actors.get(org.users.get('scjg.head')!)!;
  const now = new Date();
  const plan = planCases(CASES, liming, others, now);
  const pr = rng(7);
  const parties = Array.from({ length: PARTIES }, (_, i) => partyOf(i, pr));

  const ids: string[] = new Array(plan.length);
  const open = async (c: PlannedCase, i: number) => {
    const deps: CaseDeps = { ...caseEngineLinks, db, pool, clock: new ManualClock(c.openedAt), calendar };
    ids[i] = await openCase(deps, actors.get(c.officers[0]!)!, {
      procedure: c.procedure,
      title: c.title,
      field: '市场监管',
      regionCode: c.region,
      party: parties[c.party]!,
      officerIds: c.officers,
      inputs: c.openInputs,
    });
  };
  const t0 = performance.now();
  // each party's first case first, so that concurrent openings never create the same party twice
  const first = plan.slice(0, PARTIES);
  await inParallel(first, SEED_CONCURRENCY, (c, i) => open(c, i));
  await inParallel(plan.slice(PARTIES), SEED_CONCURRENCY, (c, i) => open(c, i + PARTIES));
  const openSecs = (performance.now() - t0) / 1000;

  // later steps, each at a time between the opening and now (a case's steps in order)
  const t1 = performance.now();
  let steps = 0;
  await inParallel(plan, SEED_CONCURRENCY, async (c, i) => {
    if (!c.steps.length) return;
    const span = Math.min(now.getTime() - c.openedAt.getTime(), c.steps.length * 20 * DAY);
    const clock = new ManualClock(c.openedAt);
    const deps: CaseDeps = { ...caseEngineLinks, db, pool, clock, calendar };
    for (let j = 0; j < c.steps.length; j++) {
      const s = c.steps[j]!;
      clock.set(new Date(c.openedAt.getTime() + Math.floor(((j + 1) * span) / (c.steps.length + 1))));
      await takeStep(deps, s.by === 'head' ? head : actors.get(c.officers[0]!)!, ids[i]!, { step: s.step, inputs: s.inputs });
      steps++;
    }
  });
  const stepSecs = (performance.now() - t1) / 1000;
  await sql`VACUUM ANALYZE`.execute(db);

  const today = chinaDate(now);
  const [l] = (
    await sql<{ total: number; open: number; overdue: number }>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT c.terminal)::int AS open,
             count(*) FILTER (WHERE NOT c.terminal AND c.next_due_on < ${today}::date)::int AS overdue
        FROM cases c JOIN case_officers co ON co.case_id = c.id WHERE co.user_id = ${liming}`.execute(db)
  ).rows;
  const [o] = (
    await sql<{ open: number }>`SELECT count(*)::int AS open FROM cases WHERE agency_id = ${agency} AND NOT terminal`.execute(db)
  ).rows;
  const [h] = (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM cases WHERE agency_id = ${agency} AND procedure_code = 'coercion-seizure' AND state = 'pending-approval'`.execute(
      db,
    )
  ).rows;
  return { openSecs, stepSecs, steps, open: o!.open, liming: l!, headApprovals: h!.n };
}

// ---------------------------------------------------------------------------------------------
// The 待办 request
// ---------------------------------------------------------------------------------------------

async function login(base: string, username: string): Promise<string> {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

const requests = (p: string, count: number, token?: string): LoadRequest[][] =>
  Array.from({ length: count }, () => [{ method: 'GET' as const, path: p, expect: 200, ...(token ? { token } : {}) }]);

/** Sequential, then `CLIENTS` at once, each after a warm-up; the generator runs in its own process. */
async function timeEndpoint(base: string, p: string, token?: string) {
  await loadInChild({ baseUrl: base, concurrency: 2, durationMs: 60_000, items: requests(p, 100, token) });
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  const one = await loadInChild({ baseUrl: base, concurrency: 1, durationMs: 120_000, items: requests(p, REQUESTS, token) });
  const server = process.cpuUsage(cpu0);
  const n = one.latenciesMs.length || 1;
  // CPU per request of the 1-client run: this process (the server) and every PostgreSQL process
  const cpu = { server: (server.user + server.system) / 1000 / n, postgres: (postgresCpuMs() - pg0) / n };
  const many = await loadInChild({ baseUrl: base, concurrency: CLIENTS, durationMs: 120_000, items: requests(p, REQUESTS * 2, token) });
  return { one, many, cpu, s1: summarise(one.latenciesMs, one.elapsedMs), sN: summarise(many.latenciesMs, many.elapsedMs) };
}

/** The bare SELECT under the 待办 list: the officer's open case ids, from Node over `pg`. */
async function bareSelect(url: string, userId: string, agencyId: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = {
    name: 'bench_worklist_ids',
    text: 'SELECT c.id FROM cases c JOIN case_officers co ON co.case_id = c.id WHERE co.user_id = $1 AND c.agency_id = $2 AND NOT c.terminal',
    values: [userId, agencyId],
  };
  let rows = 0;
  for (let i = 0; i < 100; i++) rows = (await c.query(q)).rowCount ?? 0;
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const a = performance.now();
    await c.query(q);
    lat.push(performance.now() - a);
  }
  const s = summarise(lat, performance.now() - t0);
  await c.end();
  return { s, rows };
}

/** The worklist's query (case.worklist.ts#worklistQuery, the officer's list as the server runs it) under EXPLAIN ANALYZE. */
async function explainWorklist(
  db: Kysely<Database>,
  pool: pg.Pool,
  userId: string,
  agencyId: string,
  calendar: WorkingCalendar,
): Promise<{ planning: number; execution: number; plan: string }> {
  const today = chinaDate(new Date());
  const q = worklistQuery(db, {
    agencyId,
    officer: userId,
    turn: OFFICER_TURN,
    today,
    soon: soonUntil(today, calendar),
    limit: 50,
  }).compile();
  const res = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]);
  const plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
  const num = (re: RegExp) => Number(re.exec(plan)?.[1] ?? NaN);
  return { planning: num(/Planning Time: ([\d.]+) ms/), execution: num(/Execution Time: ([\d.]+) ms/), plan };
}

// ---------------------------------------------------------------------------------------------
// The first screen in chromium
// ---------------------------------------------------------------------------------------------

interface Loaded {
  url: string;
  status: number;
  encoding: string;
  contentLength: number;
  bodyBytes: number;
  before: boolean;
}

interface ColdLoad {
  lcpMs: number;
  lcpElement: string;
  tableMs: number;
  domContentLoadedMs: number;
  js: Loaded[];
  jsAfter: Loaded[];
  /** every request of the load: path, start and end in ms after the page's own request started */
  timeline: { path: string; start: number; end: number }[];
  /** the page's main-thread time in scripts and in layout/style until the table rendered (ms, CDP metrics) */
  scriptMs: number;
  layoutMs: number;
}

const LCP_OBSERVER = `
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__lcp.push({ t: e.startTime, size: e.size, el: el ? (el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + ' «' + (el.textContent || '').trim().slice(0, 24) + '»') : '' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

async function signInThroughPage(browser: Browser, base: string): Promise<Cookie[]> {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/workbench/login`);
  await page.getByLabel('用户名').fill('scjg.liming');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('待办事项').first().waitFor({ timeout: 30_000 });
  const cookies = await ctx.cookies();
  await ctx.close();
  return cookies;
}

/** One cold load of /workbench/ (empty cache, a new context with the session cookie). */
async function coldLoad(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  encoding: 'gzip' | 'br',
  rows = '.ant-table-row',
): Promise<ColdLoad> {
  const ctx = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { 'Accept-Encoding': encoding },
  });
  try {
    await ctx.addCookies(cookies);
    const page = await ctx.newPage();
    await page.addInitScript(LCP_OBSERVER);
    let rendered = false;
    const pending: Promise<Loaded | null>[] = [];
    const finished: { path: string; startTime: number; end: number }[] = [];
    page.on('requestfinished', (req) => {
      const t = req.timing();
      finished.push({ path: new URL(req.url()).pathname, startTime: t.startTime, end: t.responseEnd });
    });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    page.on('response', (res: Response) => {
      const before = !rendered;
      pending.push(
        (async () => {
          const url = new URL(res.url());
          if (!url.pathname.endsWith('.js')) return null;
          const h = await res.allHeaders();
          const sizes = await res
            .request()
            .sizes()
            .catch(() => null);
          return {
            url: url.pathname,
            status: res.status(),
            encoding: h['content-encoding'] ?? 'identity',
            contentLength: Number(h['content-length'] ?? NaN),
            bodyBytes: sizes?.responseBodySize ?? NaN,
            before,
          };
        })(),
      );
    });
    await page.goto(url);
    await page.getByText('待办事项').first().waitFor({ timeout: 30_000 });
    const table = await page.waitForFunction(`document.querySelector('${rows}') ? performance.now() : false`, null, {
      polling: 'raf',
      timeout: 30_000,
    });
    const tableMs = (await table.jsonValue()) as number;
    rendered = true;
    // two frames and a pause: the last LCP candidate (the table's) is reported after its paint
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))');
    const metrics = new Map(
      ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]),
    );
    const lcp = (await page.evaluate('window.__lcp')) as { t: number; size: number; el: string }[];
    const dcl = (await page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")) as number;
    await page.waitForLoadState('networkidle');
    const all = (await Promise.all(pending)).filter((x): x is Loaded => x !== null);
    const last = lcp[lcp.length - 1];
    const t0 = finished.find((f) => f.path === new URL(url).pathname)?.startTime ?? NaN;
    const timeline = finished
      .map((f) => ({ path: f.path, start: f.startTime - t0, end: f.startTime - t0 + f.end }))
      .sort((a, b) => a.start - b.start);
    return {
      lcpMs: last?.t ?? NaN,
      lcpElement: last?.el ?? '(none)',
      tableMs,
      domContentLoadedMs: dcl,
      js: all.filter((x) => x.before),
      jsAfter: all.filter((x) => !x.before),
      timeline,
      scriptMs: (metrics.get('ScriptDuration') ?? NaN) * 1000,
      layoutMs: ((metrics.get('LayoutDuration') ?? NaN) + (metrics.get('RecalcStyleDuration') ?? NaN)) * 1000,
    };
  } finally {
    await ctx.close();
  }
}

/** Every JS chunk the build holds, as the server would send it (.gz/.br beside it, else as is). */
function chunkTotals(workbenchDir: string): {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  byName: Map<string, { gzip: number; brotli: number; raw: number }>;
} {
  const dir = path.join(workbenchDir, 'assets');
  const byName = new Map<string, { gzip: number; brotli: number; raw: number }>();
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.js')) continue;
    const size = (p: string) => statSync(path.join(dir, p), { throwIfNoEntry: false })?.size;
    const r = size(f)!;
    const g = size(`${f}.gz`) ?? r;
    const b = size(`${f}.br`) ?? r;
    raw += r;
    gzip += g;
    brotli += b;
    byName.set(f, { raw: r, gzip: g, brotli: b });
  }
  return { files: byName.size, raw, gzip, brotli, byName };
}

interface WorklistSample {
  items: {
    what: string;
    title: string;
    caseNumber: string | null;
    partyName: string | null;
    procedureName: string | null;
    stateName: string | null;
    dueOn: string | null;
    role: string;
    mine: boolean;
  }[];
  counts: { waitingOnMe: number; overdue: number; soon: number };
}

/** The 待办 page's first 20 rows as plain HTML: the LCP floor of this browser on this machine. */
function staticWorklist(w: WorklistSample): string {
  const esc = (x: string | null) => (x ?? '—').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = w.items
    .filter((i) => i.mine)
    .slice(0, 20)
    .map(
      (i) =>
        `<tr><td>${esc(i.what)}</td><td><div>${esc(i.title)}</div><small>${esc([i.caseNumber, i.partyName, i.procedureName].filter(Boolean).join(' · '))}</small></td><td>${esc(i.stateName)}</td><td>${esc(i.dueOn)}</td><td>${esc(i.role)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>待办</title><h1>待办</h1><p>等待我办理 ${w.counts.waitingOnMe} 项，逾期 ${w.counts.overdue} 项</p><h2>待办事项</h2><table>${rows}</table></html>`;
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

// ---------------------------------------------------------------------------------------------

/** A connection string that sets these server options on every connection. */
function withOptions(url: string, options: string): string {
  const u = new URL(url);
  u.searchParams.set('options', options);
  return u.toString();
}

async function runOne(target: Target, workbenchDir: string, withBrowser: boolean, reuse?: string): Promise<string[]> {
  const lines: string[] = [];
  const pool = createPool(target.url, 10);
  const db = createKysely(pool);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sx-workbench-bench-'));
  let app: Awaited<ReturnType<typeof buildApp>>['app'] | null = null;
  let bare: FastifyInstance | null = null;
  let browser: Browser | null = null;
  try {
    if (!reuse) {
      await migrateToLatest(db);
      const org = await loadDemoOrg(db, systemClock);
      const calendarService = new CalendarService(db);
      await calendarService.load();
      // the set-up's own connections commit without waiting for the WAL flush (synchronous_commit
      // off: the rows are the same, only a crash could lose the last ones); the server's do not
      const seedPool = createPool(withOptions(target.url, '-c synchronous_commit=off'), SEED_CONCURRENCY + 2);
      try {
        const seeded = await seed(createKysely(seedPool), seedPool, org, () => calendarService.current());
        lines.push(
          `setup [${target.kind}]: ${fmt(CASES, 0)} cases opened through openCase in ${fmt(seeded.openSecs, 1)} s (${fmt(CASES / seeded.openSecs, 0)}/s, ${SEED_CONCURRENCY} at a time), ` +
            `${fmt(seeded.steps, 0)} later steps through takeStep in ${fmt(seeded.stepSecs, 1)} s; open ${fmt(seeded.open, 0)}; scjg.liming on ${fmt(seeded.liming.total, 0)} (open ${fmt(seeded.liming.open, 0)}, overdue ${fmt(seeded.liming.overdue, 0)}); ` +
            `waiting for the head's approval ${seeded.headApprovals}`,
        );
      } finally {
        await seedPool.end();
      }
    } else {
      lines.push(`setup: reusing the cases of ${reuse.replace(/\/\/[^@]*@/, '//')}`);
    }
    const userId = async (username: string) =>
      (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const limingId = await userId('scjg.liming');
    const agencyId = (await db.selectFrom('users').select('agency_id').where('id', '=', limingId).executeTakeFirstOrThrow()).agency_id;
    const calendar = new CalendarService(db);
    await calendar.load();

    // the server as deployed, minus the ledger's background work (which would be sequencing the
    // set-up's tens of thousands of queued events during the measurement)
    const built = await buildApp({
      db,
      pool,
      clock: systemClock,
      databaseKind: target.kind,
      keys: openKeyStore({ keysDir: path.join(dataDir, 'keys') }),
      dataDir,
      blobs: FsBlobStore.inDataDir(dataDir),
      workbenchDir,
    });
    app = built.app;
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const token = await login(base, 'scjg.liming');
    const sample = (await (
      await fetch(`${base}/api/v1/worklist`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as WorklistSample;
    const w = await timeEndpoint(base, '/api/v1/worklist', token);
    const headToken = await login(base, 'scjg.juzhang');
    const hw = await timeEndpoint(base, '/api/v1/worklist', headToken);

    const bareApp = Fastify();
    bare = bareApp;
    const constant = { today: chinaDate(new Date()), items: [], counts: { waitingOnMe: 0, overdue: 0, soon: 0 } };
    bareApp.get('/constant', async () => constant);
    const staticPage = staticWorklist(sample);
    bareApp.get('/static-worklist', async (_req, reply) => reply.type('text/html; charset=utf-8').send(staticPage));
    const bareUrl = await bareApp.listen({ port: 0, host: '127.0.0.1' });
    const bw = await timeEndpoint(bareUrl, '/constant');
    const sel = await bareSelect(target.url, limingId, agencyId);
    const plan = await explainWorklist(db, pool, limingId, agencyId, calendar.current());

    const bytes = (await fetch(`${base}/api/v1/worklist`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer()))
      .byteLength;
    lines.push(
      `待办 GET /api/v1/worklist as scjg.liming [${target.kind}]: ${sample.items.length} items of the officer's ${sel.rows} open cases, ${kb(bytes)} JSON; counts waiting on me ${sample.counts.waitingOnMe}, overdue ${sample.counts.overdue}, soon ${sample.counts.soon}`,
      `  1 client, ${w.s1.count} requests: p50 ${fmt(w.s1.p50)} ms  p95 ${fmt(w.s1.p95)} ms  p99 ${fmt(w.s1.p99)} ms  (${fmt(w.s1.perSecond, 0)}/s, errors ${w.one.errors})`,
      `  ${CLIENTS} clients, ${w.sN.count} requests: p50 ${fmt(w.sN.p50)} ms  p95 ${fmt(w.sN.p95)} ms  p99 ${fmt(w.sN.p99)} ms  (${fmt(w.sN.perSecond, 0)}/s, errors ${w.many.errors})`,
      `  baseline bare SELECT of the same officer's ${sel.rows} open case ids over pg, ${sel.s.count} queries: p50 ${fmt(sel.s.p50, 2)} ms  p95 ${fmt(sel.s.p95, 2)} ms   ratio (p95) ${fmt(w.s1.p95 / sel.s.p95, 1)}`,
      `  baseline bare Fastify constant over HTTP: 1 client p95 ${fmt(bw.s1.p95, 2)} ms (${fmt(bw.s1.perSecond, 0)}/s); ${CLIENTS} clients p95 ${fmt(bw.sN.p95, 2)} ms (${fmt(bw.sN.perSecond, 0)}/s)   ratio (p95, 1 client) ${fmt(w.s1.p95 / bw.s1.p95, 1)}`,
      `  CPU per request (1 client): server ${fmt(w.cpu.server, 2)} ms, PostgreSQL ${fmt(w.cpu.postgres, 2)} ms (bare constant: server ${fmt(bw.cpu.server, 2)} ms); the case query alone (EXPLAIN ANALYZE): planning ${fmt(plan.planning, 2)} ms, execution ${fmt(plan.execution, 2)} ms`,
      `  target p95 < 50 ms: 1 client ${w.s1.p95 < 50 ? 'met' : 'NOT met'}, ${CLIENTS} clients ${w.sN.p95 < 50 ? 'met' : 'NOT met'}   (load average ${os
        .loadavg()
        .map((x) => fmt(x, 1))
        .join(' ')})`,
      `  scjg.juzhang (head: approvals) 1 client p95 ${fmt(hw.s1.p95)} ms, ${CLIENTS} clients p95 ${fmt(hw.sN.p95)} ms`,
    );
    for (const e of [w.one.firstError, w.many.firstError, hw.one.firstError]) if (e) lines.push(`  first error: ${e}`);
    if (process.env['WORKBENCH_BENCH_PLAN'] === '1' || w.s1.p95 >= 50) lines.push(...plan.plan.split('\n').map((l) => `    | ${l}`));

    if (withBrowser) {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
      const version = browser.version();
      const cookies = await signInThroughPage(browser, base);
      const totals = chunkTotals(workbenchDir);
      const runs: Record<'gzip' | 'br', ColdLoad[]> = { gzip: [], br: [] };
      for (const enc of ['gzip', 'br'] as const)
        for (let i = 0; i < LOADS; i++) runs[enc].push(await coldLoad(browser, `${base}/workbench/`, cookies, enc));
      // baseline in the same run: the same first 20 rows as a static HTML page (no script, no style)
      const floor: number[] = [];
      for (let i = 0; i < LOADS; i++) floor.push((await coldLoad(browser, `${bareUrl}/static-worklist`, [], 'gzip', 'tr')).lcpMs);
      const g = runs.gzip[0]!;
      const sum = (xs: Loaded[], f: (x: Loaded) => number) => xs.reduce((a, x) => a + f(x), 0);
      const gzipJs = sum(g.js, (x) => x.contentLength);
      const brJs = sum(runs.br[0]!.js, (x) => x.contentLength);
      const wire = sum(g.js, (x) => x.bodyBytes);
      const rawOfFirst = sum(g.js, (x) => totals.byName.get(path.basename(x.url))?.raw ?? 0);
      const encs = [...new Set(g.js.map((x) => x.encoding))].join('/');
      const brEncs = [...new Set(runs.br[0]!.js.map((x) => x.encoding))].join('/');
      const lcps = [...runs.gzip, ...runs.br].map((r) => r.lcpMs);
      const tables = [...runs.gzip, ...runs.br].map((r) => r.tableMs);
      const jsMet = gzipJs < 500 * 1024;
      const lcpMet = median(lcps) < 1500;
      lines.push(
        `first screen /workbench/ (待办) in chromium ${version}, cold (new context, empty cache), 1280×900 [${target.kind}]:`,
        `  JavaScript for the first screen: ${g.js.length} files, ${kb(gzipJs)} gzip (Content-Length, ${encs}; ${kb(wire)} body bytes received), ${kb(brJs)} brotli (${brEncs}), ${kb(rawOfFirst)} uncompressed`,
        `  all JS chunks in the build: ${totals.files} files, ${kb(totals.gzip)} gzip, ${kb(totals.brotli)} brotli, ${kb(totals.raw)} uncompressed — first screen takes ${fmt((100 * gzipJs) / totals.gzip, 0)} % (routes split)`,
        `  target JS < 500 KB gzip: ${jsMet ? 'met' : 'NOT met'}`,
        ...[...g.js]
          .sort((a, b) => b.contentLength - a.contentLength)
          .map((x) => `    ${path.basename(x.url).padEnd(44)} ${kb(x.contentLength).padStart(10)} ${x.encoding}`),
        ...(g.jsAfter.length
          ? [
              `  after the table rendered (not counted): ${g.jsAfter.map((x) => `${path.basename(x.url)} ${kb(x.contentLength)}`).join(', ')}`,
            ]
          : []),
        `  LCP over ${lcps.length} cold loads (${LOADS} gzip + ${LOADS} brotli): median ${fmt(median(lcps), 0)} ms, worst ${fmt(Math.max(...lcps), 0)} ms, best ${fmt(Math.min(...lcps), 0)} ms   target < 1.5 s: ${lcpMet ? 'met' : 'NOT met'}${Math.max(...lcps) >= 1500 && lcpMet ? ' (median; worst above)' : ''}`,
        `    gzip runs ${runs.gzip.map((r) => fmt(r.lcpMs, 0)).join(', ')} ms; brotli runs ${runs.br.map((r) => fmt(r.lcpMs, 0)).join(', ')} ms; LCP element ${g.lcpElement}`,
        `  baseline: the same first 20 rows as a static HTML page (no script) from a bare Fastify server, ${floor.length} cold loads: LCP median ${fmt(median(floor), 0)} ms   ratio (median) ${fmt(median(lcps) / median(floor), 1)}`,
        `  待办 table rows in the DOM: median ${fmt(median(tables), 0)} ms after navigation start; DOMContentLoaded median ${fmt(median([...runs.gzip, ...runs.br].map((r) => r.domContentLoadedMs)), 0)} ms; ` +
          `main thread in scripts median ${fmt(median([...runs.gzip, ...runs.br].map((r) => r.scriptMs)), 0)} ms, style and layout ${fmt(median([...runs.gzip, ...runs.br].map((r) => r.layoutMs)), 0)} ms (load average ${os
            .loadavg()
            .map((x) => fmt(x, 1))
            .join(' ')})`,
      );
      if (process.env['WORKBENCH_BENCH_TIMELINE'] === '1' || !lcpMet) {
        const mid = [...runs.gzip].sort((a, b) => a.lcpMs - b.lcpMs)[(runs.gzip.length - 1) >> 1]!;
        lines.push(`  requests of the median gzip load (LCP ${fmt(mid.lcpMs, 0)} ms), ms after the page's request started:`);
        for (const t of mid.timeline) lines.push(`    ${fmt(t.start, 0).padStart(6)} → ${fmt(t.end, 0).padStart(6)}  ${t.path}`);
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await bare?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
    await target.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

/**
 * Builds the workbench when its sources changed, then serves a copy of the build: others may
 * rebuild apps/workbench/dist while the bench runs (new hashed names, old ones removed).
 */
async function workbenchSnapshot(into: string): Promise<string> {
  const build = await import('../apps/workbench/build.mjs');
  for (let attempt = 1; ; attempt++) {
    try {
      await build.ensureBuilt();
      const dir = path.join(into, 'workbench');
      cpSync(build.DIST, dir, { recursive: true });
      // a copy taken while another build replaced the folder misses the files its page names
      const page = existsSync(path.join(dir, 'index.html')) ? readFileSync(path.join(dir, 'index.html'), 'utf8') : '';
      const named = [...page.matchAll(/\/workbench\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (!named.length || !named.every((f) => existsSync(path.join(dir, f)))) throw new Error('the build changed while it was copied');
      return dir;
    } catch (e) {
      // another process building into the same folder at the same moment: wait and try again
      if (attempt >= 4) throw e;
      await new Promise((r) => setTimeout(r, 5_000 * attempt));
    }
  }
}

export async function main(): Promise<string[]> {
  const snapshotRoot = mkdtempSync(path.join(tmpdir(), 'sx-workbench-dist-'));
  try {
    return await measure(await workbenchSnapshot(snapshotRoot));
  } finally {
    rmSync(snapshotRoot, { recursive: true, force: true });
  }
}

async function measure(workbenchDir: string): Promise<string[]> {
  const lines: string[] = [];
  // WORKBENCH_BENCH_DB=<url of a database an earlier run kept with BENCH_KEEP=1>: reuse its cases
  const reuse = process.env['WORKBENCH_BENCH_DB'];
  const browserToo = process.env['WORKBENCH_BENCH_BROWSER'] !== '0';
  if (reuse) {
    lines.push(...(await runOne({ kind: 'external', url: reuse, cleanup: async () => undefined }, workbenchDir, browserToo, reuse)));
  } else {
    // BENCH_TARGET=embedded or external: one of the two (default both; external when reachable)
    const only = process.env['BENCH_TARGET'];
    const targets: (() => Promise<Target | null>)[] = [
      ...(only !== 'external' ? [embeddedTarget] : []),
      ...(only !== 'embedded' ? [externalTarget] : []),
    ];
    let first = true;
    for (const make of targets) {
      const target = await make();
      if (!target) continue;
      // the browser's figures hardly depend on the database: measured once, on the first target
      lines.push(...(await runOne(target, workbenchDir, browserToo && (first || process.env['WORKBENCH_BENCH_BROWSER_EACH'] === '1'))));
      first = false;
    }
  }
  lines.push(
    `(${fmt(CASES, 0)} cases, ${REQUESTS} sequential requests, ${CLIENTS} clients, ${LOADS} cold loads per encoding, ${new Date().toISOString()})`,
  );
  return lines;
}
