/**
 * The 待办 request measured: sign-in, the endpoint's latency (1 client, then several) with CPU per
 * request, and its baselines — the bare SELECT of the officer's case ids, the server's query under
 * EXPLAIN ANALYZE, and the first 20 rows as a static HTML page.
 */
import pg from 'pg';
import type { Kysely } from 'kysely';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import type { Database } from '../apps/server/src/db/schema.ts';
import { OFFICER_TURN, soonUntil, worklistQuery } from '../apps/server/src/modules/cases/case.worklist.ts';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-org.ts';
import { loadInChild } from './lib/load-child.ts';
import type { LoadRequest } from './lib/load-generator.ts';
import { postgresCpuMs, summarise } from './lib/stats.ts';
import { CLIENTS, REQUESTS } from './workbench.config.ts';

export async function login(base: string, username: string): Promise<string> {
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
export async function timeEndpoint(base: string, p: string, token?: string) {
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
export async function bareSelect(url: string, userId: string, agencyId: string) {
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
export async function explainWorklist(
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

export interface WorklistSample {
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
export function staticWorklist(w: WorklistSample): string {
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
