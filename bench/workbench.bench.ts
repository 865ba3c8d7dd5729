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
 *
 * This file runs the measurement on each database target and writes the report; the caseload
 * (workbench.caseload.ts, workbench.seed.ts), the 待办 request (workbench.worklist.ts) and the
 * browser (workbench.browser.ts) live beside it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { chinaDate } from '@sanxiang/domain';
import { systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { loadDemoOrg } from '../apps/server/src/demo/demo-org.ts';
import { embeddedTarget, externalTarget, type Target } from './lib/targets.ts';
import { fmt } from './lib/stats.ts';
import { CASES, CLIENTS, CHROMIUM, LOADS, REQUESTS, SEED_CONCURRENCY } from './workbench.config.ts';
import { seed } from './workbench.seed.ts';
import { bareSelect, explainWorklist, login, staticWorklist, timeEndpoint, type WorklistSample } from './workbench.worklist.ts';
import { chunkTotals, coldLoad, kb, median, signInThroughPage, type ColdLoad, type Loaded } from './workbench.browser.ts';

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
