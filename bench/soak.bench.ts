import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import { systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { DEMO_PASSWORD, loadDemo } from '../apps/server/src/demo/load-demo.ts';
import { COMPANY_A } from '../apps/server/src/demo/demo-cases.ts';
import { recordTimes } from '../apps/server/src/test/record-times.ts';
import type { SoakClass, SoakPlan, SoakResult } from './lib/soak-load.ts';
import { embeddedTarget, externalTarget, type Target } from './lib/targets.ts';
import { fmt, percentile } from './lib/stats.ts';

/**
 * Soak (issue 17): `npm run bench -- soak` — run only when named. The server as deployed (ledger
 * sequencing and signing in the background, the demo organisation with its cases, publications and
 * officers) takes SOAK_SECONDS (default 600) of mixed staff and public traffic on loopback from a
 * load generator in its own process, at fixed rates (bounded in count: SOAK_CASES cases at most
 * are opened and walked) — staff sign in and out, read their 待办, read and search cases and take
 * cases through 调查取证 … 告知; the public opens portal pages, searches, verifies officers, reads
 * published decisions and the ledger's checkpoints and tiles. Printed: requests and errors per
 * class (target 0 errors — any status other than the expected one is an error), p50/p95/p99, and
 * the server process's RSS and heap after the warm-up and at the end, each after a full collection
 * (target: RSS at the end within 10 % of after warm-up). Embedded PostgreSQL, and the machine's
 * PostgreSQL when it answers.
 */
const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 600);
const WARMUP_SECONDS = Number(process.env['SOAK_WARMUP_SECONDS'] ?? Math.min(60, Math.ceil(SECONDS / 10)));
const MAX_CASES = Number(process.env['SOAK_CASES'] ?? Math.ceil(SECONDS * 0.8));
const SEED = Number(process.env['SOAK_SEED'] ?? 17);
/** flows per second; each flow is one to six requests */
const RATES: Record<SoakClass, number> = {
  'staff.signin': 0.2, // 3 requests: sign in (scrypt), me, sign out
  'staff.worklist': 2,
  'staff.case': 3, // 2 requests: the case, its record
  'staff.search': 2,
  'staff.step': MAX_CASES / SECONDS, // 6 requests: open, then five steps
  'public.portal': 8,
  'public.search': 4,
  'public.officer': 3,
  'public.decision': 3,
  'public.ledger': 3,
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function memory() {
  gc();
  const m = process.memoryUsage();
  return { rssMiB: m.rss / 1048576, heapMiB: m.heapUsed / 1048576, externalMiB: m.external / 1048576 };
}

/** Links of a portal page (same-site paths only). */
async function links(base: string, page: string, pattern: RegExp): Promise<string[]> {
  const html = await (await fetch(base + page)).text();
  return [...new Set([...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')))].filter((l) => pattern.test(l));
}

async function runOne(target: Target) {
  const pool = createPool(target.url, 20);
  const db = createKysely(pool);
  await migrateToLatest(db);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sx-soak-data-'));
  const keys = openKeyStore({ keysDir: path.join(dataDir, 'keys') });
  const blobs = FsBlobStore.inDataDir(dataDir);
  const { app, calendar, ledger } = await buildApp({
    db,
    pool,
    clock: systemClock,
    databaseKind: target.kind,
    keys,
    dataDir,
    blobs,
    backgroundWork: true,
  });
  await loadDemo({ db, pool, blobs, keys }, systemClock, () => calendar.current());
  await ledger.checkpointAll();
  // the soak's walks record no photos at 现场检查 and keep an empty 案卷标准 (allowed settings, as in
  // the transitions bench), so that the steps need no uploads
  const ids = new Map(
    (await sql<{ id: string; username: string }>`SELECT id, username FROM users`.execute(db)).rows.map((u) => [u.username, u.id]),
  );
  const agency = (await sql<{ agency_id: string }>`SELECT agency_id FROM users WHERE username = 'scjg.liming'`.execute(db)).rows[0]!
    .agency_id;
  await sql`INSERT INTO recording_rules (agency_id, procedure_code, step_code, level, what, updated_by, updated_at)
            VALUES (${agency}, 'penalty-general', 'inspect', 'none', '', ${ids.get('scjg.admin')!}, now())
            ON CONFLICT (agency_id, procedure_code, step_code) DO UPDATE SET level = 'none', what = ''`.execute(db);
  await sql`INSERT INTO case_file_standards (agency_id, procedure_code, items, updated_by, updated_at)
            VALUES (${agency}, 'penalty-general', '[]'::jsonb, ${ids.get('scjg.admin')!}, now())
            ON CONFLICT (agency_id, procedure_code) DO UPDATE SET items = '[]'::jsonb`.execute(db);
  // the recording list is cached for 10 s per agency: the walks start after that
  await new Promise((r) => setTimeout(r, 11_000));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const officers = [ids.get('scjg.liming')!, ids.get('scjg.wangfang')!];
  const openBody = {
    procedure: 'penalty-general',
    title: '长稳测试案件',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers,
    inputs: { source: 'inspection', clueOn: today, summary: '长稳测试。' },
  };
  const two = { officers };
  const walk: SoakPlan['walk'] = [
    { step: 'approve-filing', by: 'head', inputs: { opinion: '同意立案。' } },
    {
      step: 'inspect',
      by: 'officer',
      inputs: { ...two, place: '惠民超市', ...recordTimes(new Date(), 40, 60), findings: '发现过期酸奶。' },
    },
    {
      step: 'inquire',
      by: 'officer2',
      inputs: { ...two, person: '钱立新', ...recordTimes(new Date(), 30, 10), summary: '承认销售过期食品。' },
    },
    {
      step: 'conclude-investigation',
      by: 'officer',
      inputs: {
        facts: '销售过期食品。',
        evidence: '笔录、照片',
        violatedProvision: '食品安全法第三十四条第（十）项',
        legalBasis: '食品安全法第一百二十四条',
        proposal: 'penalty',
      },
    },
    { step: 'notify', by: 'officer', inputs: { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true } },
    { step: 'waive', by: 'officer', inputs: { statement: '当事人放弃陈述申辩和听证。' } },
  ];
  // cases to read from the start (opened now, not measured)
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'scjg.liming', password: DEMO_PASSWORD },
  });
  const token = (login.json() as { token: string }).token;
  const caseIds: string[] = [];
  for (let i = 0; i < 40; i++) {
    const r = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: { authorization: `Bearer ${token}` }, payload: openBody });
    if (r.statusCode !== 201) throw new Error(`open failed: ${r.statusCode} ${r.body}`);
    caseIds.push((r.json() as { id: string }).id);
  }
  await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });

  // what the public reaches, found the way a visitor does: from the home page's links
  const agencies = await links(base, '/', /^\/agencies\/\w+$/);
  const officerPages = (await Promise.all(agencies.map((a) => links(base, a, /^\/officers\/\w+$/)))).flat();
  const feeds = (await Promise.all(agencies.map((a) => links(base, a, /decisions\.atom$/)))).flat();
  const decisions = [
    ...new Set(
      (
        await Promise.all(['食品', '罚款', '市场', '检查'].map((q) => links(base, `/search?q=${encodeURIComponent(q)}`, /^\/decisions\//)))
      ).flat(),
    ),
  ];
  const checkpoints = await links(base, '/ledger', /\/checkpoint$/);
  const ledgerPaths = ['/ledger', ...checkpoints, ...(await links(base, '/ledger', /\/keys$/))];
  for (const cp of checkpoints) {
    // the first level-0 tile as far as the checkpoint reaches now (it only grows)
    const size = Number((await (await fetch(base + cp)).text()).split('\n')[1]);
    if (size > 0) ledgerPaths.push(cp.replace(/checkpoint$/, size >= 256 ? 'tile/0/000' : `tile/0/000.p/${size}`));
  }
  if (!officerPages.length || !decisions.length || !checkpoints.length)
    throw new Error('the demo portal has no officers, decisions or checkpoints');
  const plan: SoakPlan = {
    baseUrl: base,
    durationMs: SECONDS * 1000,
    warmupMs: WARMUP_SECONDS * 1000,
    maxInFlight: 32,
    seed: SEED,
    password: DEMO_PASSWORD,
    signInUsers: ['scjg.liming', 'scjg.wangfang', 'scjg.juzhang', 'scjg.chenjing', 'scjg.gongshi', 'zhzf.juzhang'],
    worklistUsers: ['scjg.liming', 'scjg.wangfang', 'scjg.juzhang', 'scjg.chenjing', 'scjg.gongshi'],
    officer: 'scjg.liming',
    officer2: 'scjg.wangfang',
    head: 'scjg.juzhang',
    caseIds,
    maxCases: MAX_CASES,
    openBody,
    walk,
    staffSearches: ['长稳', '惠民', '食品', '超市', '过期'],
    portal: ['/', '/officers', '/search', ...agencies, ...feeds, '/decisions.atom'],
    publicSearches: ['食品', '罚款', '市场监督', '超市', '过期', '检查', '餐饮', '许可'],
    officers: officerPages.map((p) => p.split('/').pop()!),
    decisions,
    ledger: ledgerPaths,
    rates: RATES,
  };

  // the generator in its own process; the server samples its memory after the warm-up and at the end
  const samples: number[] = [];
  let warm: ReturnType<typeof memory> | null = null;
  let sampler: NodeJS.Timeout | undefined;
  const result = await new Promise<SoakResult>((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'lib/soak-load.ts'), { execArgv: ['--import', 'tsx'] });
    child.on('message', (m) => {
      if (m === 'warm') {
        warm = memory();
        sampler = setInterval(() => samples.push(process.memoryUsage().rss / 1048576), 10_000);
      } else resolve(m as SoakResult);
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`soak generator exited ${code}`)));
    child.send(plan);
  });
  clearInterval(sampler);
  const end = memory();
  const [{ steps }] = (await sql<{ steps: number }>`SELECT count(*)::int AS steps FROM case_events WHERE kind = 'case.step'`.execute(db))
    .rows as [{ steps: number }];
  await app.close();
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  return { kind: target.kind, result, warm: warm!, end, samples, steps, plan };
}

export async function main(): Promise<string[]> {
  const lines: string[] = [];
  const targets: Target[] = [];
  if (process.env['SOAK_TARGET'] !== 'external') targets.push(await embeddedTarget());
  if (process.env['SOAK_TARGET'] !== 'embedded') {
    const ext = await externalTarget();
    if (ext) targets.push(ext);
  }
  for (const target of targets) {
    try {
      const { kind, result: r, warm, end, samples, steps } = await runOne(target);
      const all = Object.values(r.classes).flatMap((c) => c.latenciesMs);
      const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
      const p = (a: number[]) => {
        const s = sorted(a);
        return `p50 ${fmt(percentile(s, 50))} ms  p95 ${fmt(percentile(s, 95))} ms  p99 ${fmt(percentile(s, 99))} ms`;
      };
      const requests = Object.values(r.classes).reduce((n, c) => n + c.requests, 0);
      const ratio = end.rssMiB / warm.rssMiB;
      lines.push(
        `soak [${kind}] ${fmt(r.elapsedMs / 1000, 0)} s, ${requests} requests (${fmt((requests / r.elapsedMs) * 1000, 1)}/s), errors ${r.errors}, flows delayed for a free slot ${r.delayed}, cases walked ${r.casesOpened} (step events in the database ${steps})`,
        `  after warm-up (${WARMUP_SECONDS} s): ${p(all)}`,
      );
      for (const [name, c] of Object.entries(r.classes))
        lines.push(
          `  ${name.padEnd(16)} flows ${String(c.flows).padStart(6)}  requests ${String(c.requests).padStart(6)}  errors ${c.errors}  ${p(c.latenciesMs)}`,
        );
      lines.push(
        `  server RSS after warm-up ${fmt(warm.rssMiB)} MiB, at the end ${fmt(end.rssMiB)} MiB: ratio ${fmt(ratio, 3)} (target <= 1.10: ${ratio <= 1.1 ? 'met' : 'NOT met'}); sampled every 10 s: min ${fmt(Math.min(...samples))} max ${fmt(Math.max(...samples))} MiB`,
        `  heap used after warm-up ${fmt(warm.heapMiB)} MiB, at the end ${fmt(end.heapMiB)} MiB; external ${fmt(warm.externalMiB)} / ${fmt(end.externalMiB)} MiB (each after a full collection); generator CPU ${fmt(r.cpuMs / 1000, 0)} s`,
      );
      for (const e of r.firstErrors) lines.push(`  error: ${e}`);
    } finally {
      await target.cleanup();
    }
  }
  lines.push(
    `(SOAK_SECONDS ${SECONDS}, warm-up ${WARMUP_SECONDS} s, at most ${MAX_CASES} cases, seed ${SEED}, ${new Date().toISOString()})`,
  );
  return lines;
}
