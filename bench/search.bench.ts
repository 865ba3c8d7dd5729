/**
 * 公示 search at national scale (R-PUB-8): 1,000,000 realistic publication records (双公示 fields,
 * 违法事实 of 200–400 characters; many agencies, violations, years) plus the full 决定书 text of
 * 100,000, on PostgreSQL. Prints search latency p50/p95/p99 over a mix of keyword and filtered
 * queries against a plain ILIKE scan in the same run (target p95 < 50 ms), and the decision
 * page's requests/s under load against /health in the same run (target ≥ 3,000/s).
 *
 * This file runs the query mix, its ILIKE baseline and the page load and writes the report; the
 * generated records (search.records.ts) and the bulk load (search.load.ts) live beside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { searchDecisions, type SearchQuery } from '../apps/server/src/modules/search/search.service.ts';
import { embeddedTarget, externalTarget } from './lib/targets.ts';
import { fmt, summarise } from './lib/stats.ts';
import { loadInChild } from './lib/load-child.ts';
import { pick, rng } from './lib/rng.ts';
import { loadRecords } from './search.load.ts';

export async function main(): Promise<string[]> {
  // SEARCH_BENCH_DB=<url of a database an earlier run kept with BENCH_KEEP=1>: reuse its records
  const reuse = process.env['SEARCH_BENCH_DB'];
  const target = reuse
    ? { kind: 'external' as const, url: reuse, cleanup: async () => undefined }
    : ((await externalTarget()) ?? (await embeddedTarget()));
  const pool = createPool(target.url, 12);
  const db = createKysely(pool);
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-search-bench-'));
  const lines: string[] = [];
  try {
    await migrateToLatest(db);
    const { samples, lines: setup } = await loadRecords(db, target.kind);
    lines.push(...setup);

    // the query mix: keywords common and rare, two terms, party, credit code, 文号, filters, facets only
    const mix: { name: string; q: () => SearchQuery; like: () => string | null }[] = [];
    const qr = rng(7);
    const sub = (s: string, len: number) => {
      const start = qr(Math.max(1, s.length - len));
      return s.slice(start, start + len).replace(/[，。\s]/g, '');
    };
    mix.push({ name: 'common keyword', q: () => ({ q: pick(qr, ['食品', '罚款', '检查', '当事人', '违法']) }), like: () => null });
    mix.push({ name: 'rare phrase (6 chars of a record)', q: () => ({ q: sub(pick(qr, samples).facts, 6) }), like: () => null });
    mix.push({
      name: 'two terms',
      q: () => ({
        q: `${pick(qr, ['酸奶', '耕地', '网吧', '消防', '广告', '颗粒物'])} ${pick(qr, ['保质期', '面积', '许可', '通道', '功效', '浓度'])}`,
      }),
      like: () => null,
    });
    mix.push({ name: 'party name', q: () => ({ party: sub(pick(qr, samples).party, 5) }), like: () => null });
    mix.push({
      name: 'credit code',
      q: () => ({
        creditCode: pick(
          qr,
          samples.filter((s) => s.credit),
        ).credit!,
      }),
      like: () => null,
    });
    mix.push({ name: '文号', q: () => ({ docNumber: pick(qr, samples).doc }), like: () => null });
    mix.push({
      name: 'keyword + agency + dates',
      q: () => ({ q: pick(qr, ['罚款', '整改', '检查']), agency: pick(qr, samples).agency, from: '2022-01-01', to: '2024-12-31' }),
      like: () => null,
    });
    mix.push({
      name: 'kind + year, no keyword',
      q: () => ({
        kind: pick(qr, ['行政许可', '行政检查', '行政强制']),
        from: `${2019 + qr(8)}-01-01`,
        to: `${2019 + qr(8) >= 2026 ? 2026 : 2026}-12-31`,
      }),
      like: () => null,
    });

    const ROUNDS = Number(process.env['SEARCH_BENCH_ROUNDS'] ?? 40);
    const lat: number[] = [];
    const byName = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of mix) {
        const q = m.q();
        const a = performance.now();
        await searchDecisions(db, q);
        const ms = performance.now() - a;
        lat.push(ms);
        byName.set(m.name, [...(byName.get(m.name) ?? []), ms]);
      }
    }
    // relevance order (field hits first) is computed over every match: measured apart
    const rel: number[] = [];
    for (let i = 0; i < Math.max(4, ROUNDS / 4); i++) {
      const a = performance.now();
      await searchDecisions(db, { q: i % 2 ? pick(qr, ['食品', '罚款', '检查']) : sub(pick(qr, samples).facts, 6), sort: 'relevance' });
      rel.push(performance.now() - a);
    }
    const s = summarise(lat, 1);
    lines.push(
      `search (rows + estimated total + facets, ${lat.length} queries of ${mix.length} kinds): p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, p99 ${fmt(s.p99, 1)} ms   target p95 < 50 ms: ${s.p95 < 50 ? 'met' : 'NOT met'}`,
    );
    const rs = summarise(rel, 1);
    lines.push(
      `  sorted by relevance (field hits first, over every match), ${rel.length} keyword queries: p50 ${fmt(rs.p50, 1)} ms, p95 ${fmt(rs.p95, 1)} ms`,
    );
    for (const [name, xs] of byName) {
      const k = summarise(xs, 1);
      lines.push(`  ${name}: p50 ${fmt(k.p50, 1)} ms, p95 ${fmt(k.p95, 1)} ms`);
    }

    // baseline: the same keyword queries as a plain ILIKE scan (first page + count), no index on the text
    const base: number[] = [];
    const BASE_ROUNDS = Number(process.env['SEARCH_BENCH_BASELINE'] ?? 8);
    for (let i = 0; i < BASE_ROUNDS; i++) {
      const kw = i % 2 === 0 ? pick(qr, ['食品', '罚款', '检查']) : sub(pick(qr, samples).facts, 6);
      const a = performance.now();
      await Promise.all([
        sql`SELECT id, title, decided_on FROM public_decisions WHERE status IN ('published', 'corrected') AND (title || ' ' || party_name || ' ' || facts || ' ' || coalesce(body, '')) ILIKE ${`%${kw}%`} ORDER BY decided_on DESC, id DESC LIMIT 20`.execute(
          db,
        ),
        sql`SELECT count(*) FROM public_decisions WHERE status IN ('published', 'corrected') AND (title || ' ' || party_name || ' ' || facts || ' ' || coalesce(body, '')) ILIKE ${`%${kw}%`}`.execute(
          db,
        ),
      ]);
      base.push(performance.now() - a);
    }
    const b = summarise(base, 1);
    lines.push(
      `  baseline: plain ILIKE scan (first page + count) of the same keywords, ${base.length} queries: p50 ${fmt(b.p50, 0)} ms, p95 ${fmt(b.p95, 0)} ms   ratio (p95) ${fmt(s.p95 / b.p95, 3)}`,
    );

    // the decision page under load, on a real listening server
    const { app } = await buildApp({
      db,
      pool,
      clock: systemClock,
      databaseKind: target.kind,
      keys: openKeyStore({ keysDir: path.join(dir, 'keys') }),
      dataDir: dir,
      blobs: FsBlobStore.inDataDir(dir),
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    // each work item is taken once: enough of them for the whole run (400 different decisions, round and round)
    const distinct = samples.slice(0, 400).map((x) => `/decisions/${encodeURIComponent(x.key[0])}/${encodeURIComponent(x.key[1])}`);
    const pages = Array.from({ length: 400_000 }, (_, i) => [
      { method: 'GET' as const, path: distinct[i % distinct.length]!, expect: 200 },
    ]);
    const SECS = Number(process.env['BENCH_SECONDS'] ?? 10);
    const pageLoad = await loadInChild({ baseUrl: url, concurrency: 32, durationMs: SECS * 1000, items: pages });
    const health = await loadInChild({
      baseUrl: url,
      concurrency: 32,
      durationMs: SECS * 1000,
      items: Array.from({ length: 400_000 }, () => [{ method: 'GET' as const, path: '/health', expect: 200 }]),
    });
    await app.close();
    const ps = summarise(pageLoad.latenciesMs, pageLoad.elapsedMs);
    const hs = summarise(health.latenciesMs, health.elapsedMs);
    lines.push(
      `decision page /decisions/<机关>/<文号> under load (32 connections, ${SECS} s, 400 different decisions): ${fmt(ps.perSecond, 0)} req/s, p99 ${fmt(ps.p99, 1)} ms, ${pageLoad.errors} errors   target >= 3,000/s: ${ps.perSecond >= 3000 ? 'met' : 'NOT met'}`,
      `  baseline: /health (one SELECT) on the same server: ${fmt(hs.perSecond, 0)} req/s   ratio ${fmt(ps.perSecond / hs.perSecond, 2)}`,
    );
  } finally {
    await db.destroy();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
