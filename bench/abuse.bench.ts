/**
 * The public endpoints under abuse (issue 23): 1,000,000 publication records on PostgreSQL, the
 * server as `serve` runs it (the public side's own pool with its statement timeout, the default
 * rate limits, the trusted proxy on this host), and three groups of clients at once, each its own
 * process:
 * - 16 attackers sending the worst queries known, as fast as they are answered: phrases that never
 *   occur but are made of common characters (查当事人在 …), single characters, long random strings;
 * - 16 citizens doing typical searches (the search bench's mix), one every 2.5 s each;
 * - 4 officers taking case steps (立案 … 放弃陈述申辩, the transitions bench's walk), 300 ms apart.
 * Three phases of BENCH_SECONDS (default 60) each: a baseline without attackers; the attack from
 * 16 addresses (the rate limits answer most of it 429); the attack from a new address every request
 * (a botnet: no rate limit helps, only the cost cap, the public pool and the statement timeout).
 * The citizens arrive as independent people do (BENCH_ARRIVALS=poisson, the default): each one's
 * gaps between searches drawn at random around 2.5 s (exponential, seeded). BENCH_ARRIVALS=burst has
 * them start together and keep exactly 2.5 s, so 16 searches arrive at once every 2.5 s (the worst
 * case, and the default of the runs before 12-07 10:40); BENCH_ARRIVALS=stagger (or BENCH_STAGGER=1)
 * spreads those starts evenly over one pace.
 * Prints p50/p95/p99 of each group, the 429s and the partial answers, and the longest a public
 * statement was seen running (pg_stat_activity, every 50 ms) against the statement timeout.
 * Targets: typical search p95 < 100 ms and case steps p99 < 200 ms during the attack.
 *
 * ABUSE_BENCH_DB=<url> reuses a database an earlier run kept (BENCH_KEEP=1); the records are
 * 100,000 generated and copied ten times by PostgreSQL (search.load.ts).
 */
import { sql } from 'kysely';
import pg from 'pg';
import { openPortalPool, portalPoolFromEnv } from '../apps/server/src/db/database.ts';
import { rateLimitsFromEnv } from '../apps/server/src/http/rate-limit.ts';
import { searchGateFromEnv } from '../apps/server/src/modules/search/search.gate.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { externalTarget } from './lib/targets.ts';
import { fmt, summarise } from './lib/stats.ts';
import { loadInChild } from './lib/load-child.ts';
import type { LoadRequest, LoadResult } from './lib/load-generator.ts';
import { pick, rng } from './lib/rng.ts';
import { stepServer } from './lib/step-setup.ts';
import { loadRecords, type Sample } from './search.load.ts';

const N = 1_000_000;
const SECS = Number(process.env['BENCH_SECONDS'] ?? 60);
const ADMIN = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ARRIVALS: 'poisson' | 'burst' | 'stagger' =
  process.env['BENCH_STAGGER'] === '1'
    ? 'stagger'
    : process.env['BENCH_ARRIVALS'] === 'burst' || process.env['BENCH_ARRIVALS'] === 'stagger'
      ? process.env['BENCH_ARRIVALS']
      : 'poisson';

/** Common characters and fragments of the records' facts: absent phrases made of them cost the most to prove absent. */
const COMMON = '当事人在检查经营场所现场执法人员发现销售未按规定责令改正罚款的了和与其';
const ABSENT = ['查当事人在', '人在检查当事', '现场当事人在经营', '场所执法人员在', '责令当事人在现', '罚款当事人检', '改正的当事人在'];

export function worstQueries(r: (n: number) => number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    if (kind === 0) out.push(pick(r, ABSENT));
    else if (kind === 1) out.push(COMMON[r(COMMON.length)]!);
    else if (kind === 2)
      // 100 random common characters: every bigram common, the phrase absent
      out.push(Array.from({ length: 100 }, () => COMMON[r(COMMON.length)]).join(''));
    else {
      // a shuffled absent phrase of 6–12 common characters
      const len = 6 + r(7);
      out.push(Array.from({ length: len }, () => COMMON[r(COMMON.length)]).join(''));
    }
  }
  return out;
}

/** The search bench's typical mix, as query strings of the public search API and page. */
function typicalQueries(r: (n: number) => number, samples: Sample[], n: number): string[] {
  const sub = (s: string, len: number) => {
    const start = r(Math.max(1, s.length - len));
    return s.slice(start, start + len).replace(/[，。\s]/g, '');
  };
  const kinds: (() => Record<string, string>)[] = [
    () => ({ q: pick(r, ['食品', '罚款', '检查', '当事人', '违法']) }),
    () => ({ q: sub(pick(r, samples).facts, 6) }),
    () => ({
      q: `${pick(r, ['酸奶', '耕地', '网吧', '消防', '广告', '颗粒物'])} ${pick(r, ['保质期', '面积', '许可', '通道', '功效', '浓度'])}`,
    }),
    () => ({ party: sub(pick(r, samples).party, 5) }),
    () => ({
      creditCode: pick(
        r,
        samples.filter((s) => s.credit),
      ).credit!,
    }),
    () => ({ docNumber: pick(r, samples).doc }),
    () => ({ q: pick(r, ['罚款', '整改', '检查']), agency: pick(r, samples).agency, from: '2022-01-01', to: '2024-12-31' }),
    () => ({ kind: pick(r, ['行政许可', '行政检查', '行政强制']), from: `${2019 + r(8)}-01-01`, to: '2026-12-31' }),
  ];
  return Array.from({ length: n }, (_, i) => new URLSearchParams(kinds[i % kinds.length]!()).toString());
}

/** A search request: the API (JSON) or the page (HTML), alternately. */
const searchRequest = (query: string, i: number, address: string): LoadRequest => ({
  method: 'GET',
  path: i % 2 === 0 ? `/api/v1/public/decisions?${query}` : `/search?${query}`,
  headers: { 'x-forwarded-for': address },
  expect: [200, 429],
});

export async function main(): Promise<string[]> {
  const reuse = process.env['ABUSE_BENCH_DB'];
  const target = reuse ? { url: reuse, cleanup: async () => undefined } : await externalTarget();
  if (!target) return ['abuse: needs the machine’s PostgreSQL (BENCH_PG_URL); the embedded one is not measured here'];
  const lines: string[] = [];
  // the records: loaded once over a pool of its own
  {
    const pool = createPool(target.url, 6);
    const db = createKysely(pool);
    await migrateToLatest(db);
    const { lines: setup } = await loadRecords(db, 'external', { n: N, copies: 10 });
    lines.push(...setup);
    await db.destroy();
  }
  const portalOptions = portalPoolFromEnv();
  const limits = rateLimitsFromEnv();
  // the search gate as `serve` builds it (SANXIANG_SEARCH_GATE=off measures without it)
  const gateOptions = searchGateFromEnv(process.env, portalOptions.size);
  let portal: ReturnType<typeof openPortalPool> | null = null;
  const s = await stepServer(ADMIN, {
    databaseUrl: target.url,
    app: () => {
      portal = openPortalPool(target.url, portalOptions);
      return { portal, rateLimits: limits, trustedProxies: ['127.0.0.1'], searchGate: gateOptions };
    },
  });
  const watcher = new pg.Client({ connectionString: target.url });
  await watcher.connect();
  try {
    const samples = (
      await sql<{
        facts: string;
        party_name: string;
        party_credit_code: string | null;
        doc_number: string;
        agency_credit_code: string;
      }>`SELECT facts, party_name, party_credit_code, doc_number, agency_credit_code FROM public_decisions TABLESAMPLE SYSTEM (0.1) LIMIT 500`.execute(
        s.db,
      )
    ).rows.map((x) => ({
      facts: x.facts,
      party: x.party_name,
      credit: x.party_credit_code,
      doc: x.doc_number,
      agency: x.agency_credit_code,
      key: [x.agency_credit_code, x.doc_number] as [string, string],
    }));
    const r = rng(23);
    // cases for the officers, each walked once: at most one step per 300 ms each, six steps a case, is
    // 4 × 60 s / 1.8 s ≈ 133 cases a phase; a phase that walked all of its cases ends early (its count shows it)
    const perPhase = Math.ceil(((4 * SECS) / 1.8) * 1.05);
    // opened by one officer within the staff budget (a burst, then its rate per second): 200 at a time
    const cases: string[] = [];
    while (cases.length < 3 * perPhase) {
      if (cases.length) await new Promise((res) => setTimeout(res, (200 / limits.staff.perMinute) * 60_000));
      cases.push(...(await s.openCases(Math.min(200, 3 * perPhase - cases.length))));
    }
    let nextCase = 0;
    const stepItems = () => Array.from({ length: perPhase }, () => s.walk(cases[nextCase++]!));
    const typical = typicalQueries(r, samples, 20_000);
    const worst = worstQueries(r, 600_000);
    const citizens = Array.from({ length: 16 }, (_, i) => `10.23.1.${i + 1}`);
    const attackers = Array.from({ length: 16 }, (_, i) => `10.66.6.${i + 1}`);
    let rotating = 0;
    const botnet = () => `10.${100 + ((rotating >> 16) & 63)}.${(rotating >> 8) & 255}.${rotating++ & 255}`;

    const phase = async (name: string, attack: 'none' | 'fixed' | 'rotating') => {
      const before = { ...s.rateLimits.refused };
      const gateBefore = s.searchGate ? { ...s.searchGate.stats.admitted, busy: s.searchGate.stats.busy } : null;
      // the longest-running public and staff statements, sampled while the phase runs
      let longestPublic = 0;
      let longestStaff = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const q = await watcher.query<{ app: string; secs: number }>(
            `SELECT application_name AS app, max(extract(epoch FROM clock_timestamp() - query_start))::float8 AS secs
               FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1`,
          );
          for (const row of q.rows) {
            if (row.app === 'sanxiang-portal') longestPublic = Math.max(longestPublic, row.secs);
            else longestStaff = Math.max(longestStaff, row.secs);
          }
          await new Promise((res) => setTimeout(res, 50));
        }
      })();
      const runs: Promise<LoadResult>[] = [
        loadInChild({
          baseUrl: s.base,
          concurrency: 16,
          durationMs: SECS * 1000,
          paceMs: 2500,
          // how the citizens' searches arrive (lib/load-generator.ts): at random (default), in bursts, or evenly spread
          stagger: ARRIVALS === 'stagger',
          arrivals: ARRIVALS === 'poisson' ? 'poisson' : 'paced',
          items: typical.map((q, i) => [searchRequest(q, i, citizens[i % 16]!)]),
          countBodies: ['"partial":{', '结果不完整', '"reason":"busy"', '检索繁忙'],
        }),
        loadInChild({ baseUrl: s.base, concurrency: 4, durationMs: SECS * 1000, paceMs: 300, items: stepItems() }),
      ];
      if (attack !== 'none')
        runs.push(
          loadInChild({
            baseUrl: s.base,
            concurrency: 16,
            durationMs: SECS * 1000,
            items: worst.map((q, i) => [
              searchRequest(new URLSearchParams({ q }).toString(), i, attack === 'fixed' ? attackers[i % 16]! : botnet()),
            ]),
            countBodies: ['"partial":{', '结果不完整', '"reason":"timeout"', '检索用时超过上限', '"reason":"busy"', '检索繁忙'],
          }),
        );
      const [searches, steps, attackers_] = await Promise.all(runs);
      sampling = false;
      await sampler;
      const after = s.rateLimits.refused;
      const show = (label: string, res: LoadResult | undefined, extra = '') => {
        if (!res) return;
        const st = summarise(res.latenciesMs, res.elapsedMs);
        lines.push(
          `  ${label}: ${st.count} requests (${fmt(st.perSecond, 1)}/s), p50 ${fmt(st.p50)} ms, p95 ${fmt(st.p95)} ms, p99 ${fmt(st.p99)} ms; statuses ${JSON.stringify(res.statuses)}${res.errors ? `, ${res.errors} unexpected (${res.firstError})` : ''}${extra}`,
        );
      };
      lines.push(`${name}:`);
      const partial = (res: LoadResult | undefined) =>
        res
          ? ` — partial answers ${res.bodyCounts['"partial":{']! + res.bodyCounts['结果不完整']!}, of them busy (not run) ${res.bodyCounts['"reason":"busy"']! + res.bodyCounts['检索繁忙']!}`
          : '';
      const timeouts = (res: LoadResult | undefined) =>
        res ? `, stopped by the timeout ${res.bodyCounts['"reason":"timeout"']! + res.bodyCounts['检索用时超过上限']!}` : '';
      show(
        `typical searches (16 citizens, one each 2.5 s, ${ARRIVALS === 'poisson' ? 'at random (Poisson)' : ARRIVALS === 'burst' ? 'all at once' : 'evenly spread'})`,
        searches,
        partial(searches),
      );
      show('case steps (4 officers, 300 ms apart)', steps);
      show(
        `worst queries (16 attackers, ${attack === 'fixed' ? '16 addresses' : 'a new address per request'})`,
        attackers_,
        `${partial(attackers_)}${timeouts(attackers_)}`,
      );
      if (s.searchGate && gateBefore) {
        const g = s.searchGate.stats;
        lines.push(
          `  search gate: run for addresses in good standing ${g.admitted.standing - gateBefore.standing}, for newcomers ${g.admitted.newcomer - gateBefore.newcomer}; answered busy ${g.busy - gateBefore.busy}`,
        );
      }
      lines.push(
        `  429 answered: search ${after.search - before.search}, public ${after.public - before.public}, staff ${after.staff - before.staff}; longest public statement seen running ${fmt(longestPublic * 1000, 0)} ms (statement timeout ${portalOptions.statementTimeoutMs} ms), longest staff statement ${fmt(longestStaff * 1000, 0)} ms`,
      );
      return { searches: summarise(searches!.latenciesMs, 1), steps: summarise(steps!.latenciesMs, 1), longestPublic };
    };

    lines.push(
      `server: staff pool 20, public pool ${portalOptions.size} with statement timeout ${portalOptions.statementTimeoutMs} ms; search gate ${gateOptions ? `${gateOptions.permits} permits, newcomers ${gateOptions.newcomerPermits}, wait ≤ ${gateOptions.maxWaitMs} ms` : 'off'}; limits per address: search ${limits.search.perMinute}/min (burst ${limits.search.burst}), public ${limits.public.perMinute}/min (burst ${limits.public.burst}); staff ${limits.staff.perMinute}/min per person`,
    );
    await phase('baseline (no attack)', 'none');
    const fixed = await phase('attack from 16 addresses', 'fixed');
    const botnetRun = await phase('attack from a new address every request', 'rotating');
    for (const [name, p] of [
      ['16 addresses', fixed],
      ['botnet', botnetRun],
    ] as const)
      lines.push(
        `targets during the attack (${name}): typical search p95 ${fmt(p.searches.p95)} ms < 100: ${p.searches.p95 < 100 ? 'met' : 'NOT met'}; case steps p99 ${fmt(p.steps.p99)} ms < 200: ${p.steps.p99 < 200 ? 'met' : 'NOT met'}; longest public statement ${fmt(p.longestPublic * 1000, 0)} ms ≤ timeout ${portalOptions.statementTimeoutMs} ms (+50 ms sampling): ${p.longestPublic * 1000 <= portalOptions.statementTimeoutMs + 50 ? 'met' : 'NOT met'}`,
      );
  } finally {
    await watcher.end();
    await s.close(true);
    const p = portal as ReturnType<typeof openPortalPool> | null;
    if (p) await p.db.destroy();
    await target.cleanup();
  }
  return lines;
}
