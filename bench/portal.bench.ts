/**
 * The portal's home page and a party's profile at national scale (issue 22 points 1 and 4):
 * PORTAL_BENCH_ROWS (default 1,000,000) published decisions of 300 agencies over 2019–2026, some
 * companies with many decisions, generated in the database. Prints each home-page query's plan and
 * EXPLAIN ANALYZE execution time, and p50/p95 of the home page's reads and of a profile read.
 */
import { sql, type Kysely } from 'kysely';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import type { Database } from '../apps/server/src/db/schema.ts';
import { partyProfile, portalActivity, portalActivityQueries } from '../apps/server/src/modules/publications/public-decision.reads.ts';
import { embeddedTarget, externalTarget } from './lib/targets.ts';
import { fmt, summarise } from './lib/stats.ts';

const N = Number(process.env['PORTAL_BENCH_ROWS'] ?? 1_000_000);
const TODAY = '2026-12-07';

/** Decisions spread over 2019-01-01 … 2026-12-06; one in 50 withdrawn, expired or stopped; companies 1..N/5 (a few with hundreds). */
async function generate(db: Kysely<Database>): Promise<void> {
  const kinds = `(ARRAY['行政处罚','行政处罚','行政处罚','行政许可','行政许可','行政检查','行政强制'])[1 + (i % 7)]`;
  for (let from = 1; from <= N; from += 100_000) {
    const to = Math.min(N, from + 99_999);
    await sql`
      INSERT INTO public_decisions (id, key, source, agency_id, agency_name, agency_credit_code, region_code, kind, doc_number, title,
        party_name, party_credit_code, violation, facts, conclusion, fine_amount, decided_on, published_at, public_until, status,
        status_reason, status_at, version, history, field_set, fields, body, updated_at)
      SELECT gen_random_uuid(), 'A' || lpad((i % 300)::text, 17, '0') || '/' || i, 'local', NULL, '第' || (i % 300) || '执法局',
        'A' || lpad((i % 300)::text, 17, '0'), NULL, ${sql.raw(kinds)}, '罚〔' || i || '〕号', '某某案 ' || i,
        '某某公司' || (CASE WHEN i % 97 = 0 THEN i % 50 ELSE i % ${Math.max(1, Math.floor(N / 5))} END),
        '91' || lpad((CASE WHEN i % 97 = 0 THEN i % 50 ELSE i % ${Math.max(1, Math.floor(N / 5))} END)::text, 16, '0'),
        NULL, '事实', '结论', CASE WHEN i % 3 = 0 THEN (i % 100) * 100 ELSE NULL END, d, d + interval '3 days' + interval '2 hours',
        d + interval '3 years', CASE WHEN i % 50 = 0 THEN 'withdrawn' WHEN i % 50 = 1 THEN 'expired' WHEN i % 50 = 2 THEN 'stopped' ELSE 'published' END,
        NULL, NULL, 1, '[]'::jsonb, 'CF', '{}'::jsonb, NULL, now()
      FROM (SELECT i, (date '2019-01-01' + ((i::bigint * 2890) / ${N})::int) AS d FROM generate_series(${from}::int, ${to}::int) i) g`.execute(
      db,
    );
  }
  await sql`VACUUM ANALYZE public_decisions`.execute(db);
}

async function explain(
  db: Kysely<Database>,
  name: string,
  q: { explain(format?: 'text', options?: unknown): Promise<Record<string, unknown>[]> },
) {
  const rows = await q.explain('text', sql`analyze, buffers`);
  const text = rows.map((r) => String(Object.values(r)[0]));
  const exec = text.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
  const nodes = text
    .filter((l) => /Scan|Limit|Aggregate|Sort/.test(l) && !l.includes('Sort Key'))
    .slice(0, 4)
    .map((l) => l.trim().replace(/\s+\(cost=[^)]*\)/, ''));
  void db;
  return [`  ${name}: ${exec}`, ...nodes.map((n) => `      ${n}`)];
}

async function timed(runs: number, f: () => Promise<unknown>) {
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    lat.push(performance.now() - t);
  }
  return summarise(lat, performance.now() - start);
}

export async function main(): Promise<string[]> {
  const target = (await externalTarget()) ?? (await embeddedTarget());
  const pool = createPool(target.url, 4);
  const db = createKysely(pool);
  const lines: string[] = [];
  try {
    await migrateToLatest(db);
    const t0 = performance.now();
    await generate(db);
    lines.push(
      `portal reads over ${N.toLocaleString('en')} public decisions (${target.kind} PostgreSQL; generated in ${fmt((performance.now() - t0) / 1000, 0)} s)`,
    );
    const q = portalActivityQueries(db, 2026);
    lines.push('EXPLAIN (ANALYZE, BUFFERS) of the home page queries:');
    lines.push(...(await explain(db, 'latest 8 publications', q.latest)));
    lines.push(...(await explain(db, 'agencies among the newest 500', q.agencies)));
    lines.push(...(await explain(db, "this year's public decisions by kind", q.year)));
    const busiest = '91' + '49'.padStart(16, '0');
    lines.push(
      ...(await explain(
        db,
        `a profile (${busiest})`,
        db.selectFrom('public_decisions').selectAll().where('party_credit_code', '=', busiest).orderBy('decided_on', 'desc').limit(501),
      )),
    );
    const home = await timed(50, () => portalActivity(db, TODAY));
    lines.push(`home page reads (3 queries in parallel), 50 runs: p50 ${fmt(home.p50, 1)} ms, p95 ${fmt(home.p95, 1)} ms`);
    const profile = await timed(50, () => partyProfile(db, busiest, TODAY));
    const size = (await partyProfile(db, busiest, TODAY))?.decisions.length ?? 0;
    lines.push(`profile of a company with ${size} decisions, 50 runs: p50 ${fmt(profile.p50, 1)} ms, p95 ${fmt(profile.p95, 1)} ms`);
  } finally {
    await db.destroy();
    await target.cleanup();
  }
  return lines;
}
