import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadInChild } from './load-child.ts';
import { stepServer } from './step-setup.ts';
import { databaseCpuMeter, fmt, summarise } from './stats.ts';

/**
 * Where a step transition's CPU goes: the step walk of `npm run bench -- transitions` (调查取证 … 告知
 * and the waiver over HTTP, 32 clients in a child process) against one fresh database on a given
 * server, with
 * - PROFILE_CPU=<file>: a V8 CPU profile of this (the server's) process over the measured window,
 *   for Chrome DevTools or `node --import tsx bench/lib/profile-summary.ts <file>`;
 * - PROFILE_STATEMENTS=1: pg_stat_statements reset before and read after the window (the server
 *   must preload it), printed per transition;
 * - PROFILE_MARK=<file>: this process's id written to the file when the window starts, for a
 *   system-wide `perf record -e cpu-clock` (run with node --perf-basic-prof to name JS frames):
 *   unlike the V8 profile, it counts only time on a CPU, not time a process waited for one.
 * Usage: node --import tsx bench/lib/step-profile.ts postgres://postgres@127.0.0.1:55433/postgres
 * (BENCH_SECONDS, BENCH_CONCURRENCY as for the bench).
 */
const admin = process.argv[2] ?? process.env['PROFILE_PG_URL'];
if (!admin) throw new Error('usage: step-profile.ts <postgres url of a server to create a database on>');
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
const DURATION_MS = Number(process.env['BENCH_SECONDS'] ?? 10) * 1000;
const WARMUP_MS = 2000;

const s = await stepServer(admin);
const { pool } = s;
try {
  const expected = Number(process.env['PROFILE_EXPECTED_PER_SECOND'] ?? 2000);
  const ids = await s.openCases(Math.ceil((expected * (DURATION_MS + WARMUP_MS)) / 1000 / 5));
  const items = ids.map(s.walk);
  const warm = Math.ceil((expected * WARMUP_MS) / 1000 / 5);
  await loadInChild({ baseUrl: s.base, concurrency: CONCURRENCY, durationMs: WARMUP_MS, items: items.slice(0, warm) });

  const statements = process.env['PROFILE_STATEMENTS'] === '1';
  if (statements) {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await pool.query('SELECT pg_stat_statements_reset()');
  }
  const profileFile = process.env['PROFILE_CPU'];
  const session = profileFile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: Number(process.env['PROFILE_INTERVAL_US'] ?? 200) });
    await session.post('Profiler.start');
  }
  const pg0 = await databaseCpuMeter(s.pids);
  // PROFILE_MARK=<file>: written when the measured window starts (to start `perf record` on it)
  if (process.env['PROFILE_MARK']) writeFileSync(process.env['PROFILE_MARK'], String(process.pid));
  const cpu0 = process.cpuUsage();
  const run = await loadInChild({ baseUrl: s.base, concurrency: CONCURRENCY, durationMs: DURATION_MS, items: items.slice(warm) });
  const serverCpu = process.cpuUsage(cpu0);
  const pgMs = await pg0.stop();
  if (session && profileFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    session.disconnect();
  }
  const n = run.latenciesMs.length || 1;
  const t = summarise(run.latenciesMs, run.elapsedMs);
  console.log(
    `steps ${fmt(t.perSecond, 0)}/s  p50 ${fmt(t.p50)} ms  p99 ${fmt(t.p99)} ms  errors ${run.errors}  CPU per transition: server ${fmt(
      (serverCpu.user + serverCpu.system) / 1000 / n,
      3,
    )} ms (user ${fmt(serverCpu.user / 1000 / n, 3)}), PostgreSQL ${fmt(pgMs / n, 3)} ms, generator ${fmt(run.cpuMs / n, 3)} ms`,
  );
  if (run.firstError) console.log(`first error: ${run.firstError}`);
  if (statements) {
    const r = await pool.query<{ calls: string; total: number; rows: string; toplevel: boolean; query: string }>(
      `SELECT calls, total_exec_time AS total, rows, toplevel, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 25`,
    );
    for (const x of r.rows) {
      console.log(
        `${fmt(Number(x.calls) / n, 3).padStart(7)} calls  ${fmt((x.total * 1000) / n, 1).padStart(7)} µs/transition  ${x.toplevel ? 'top' : 'nested'}  ${x.query
          .replace(/\s+/g, ' ')
          .slice(0, 160)}`,
      );
    }
    const tables = await pool.query<{ relname: string; n_tup_upd: string; n_tup_hot_upd: string; n_tup_ins: string }>(
      `SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname IN ('cases', 'case_events', 'ledger_pending')`,
    );
    for (const x of tables.rows) console.log(`${x.relname}: inserted ${x.n_tup_ins}, updated ${x.n_tup_upd} (HOT ${x.n_tup_hot_upd})`);
  }
} finally {
  // PROFILE_KEEP=1 leaves the database for EXPLAIN and psql (drop it by hand afterwards)
  await s.close(process.env['PROFILE_KEEP'] === '1');
}
process.exit(0);
