import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { createHarness, type Harness } from '../../test/harness.ts';
import { creditCode } from '../../demo/demo-org.ts';
import { upsertPublicDecision } from '../publications/public-decision.ts';
import { publishedPenalty } from '../../test/public-decision-fixture.ts';
import { searchDecisions, searchTuning, type SearchResult } from './search.service.ts';

/**
 * Bounded cost per public search (issue 23): a query the probe did not settle and whose full
 * answer would read more candidates than the cap (or the whole table: no bigram to narrow by)
 * answers at once with the matches among the records the probe read — certain, the newest —
 * marked partial, with a Chinese request to narrow it; a search the statement timeout stops does
 * the same. Never a 5xx.
 *
 * 400 records; in most of them 执法人员检查当事人的仓库 and 当事人在现场, so 查当事人在 (absent) is made
 * of common bigrams; 甲 in about one party name in twenty; 冷藏柜 in one record in a hundred.
 */
let h: Harness;
const N = 400;
const defaults = { ...searchTuning };

beforeAll(async () => {
  h = await createHarness({ portal: { size: 2, statementTimeoutMs: 300 } });
  for (let i = 0; i < N; i++) {
    const year = 2019 + (i % 8);
    const docNumber = `馆市监罚〔${year}〕${i + 1}号`;
    const party = i % 20 === 3 ? `馆陶县甲乙商行${i}` : `馆陶县永安超市${i}`;
    const facts = `执法人员检查当事人的仓库，当事人在现场${i % 100 === 7 ? '，冷藏柜内存放过期酸奶' : ''}。`;
    const d = publishedPenalty({
      docNumber,
      title: `${party}案`,
      partyName: party,
      facts,
      decidedOn: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    });
    await upsertPublicDecision(h.tdb.db, d, new Date('2026-11-01T00:00:00Z'));
  }
  await sql`ANALYZE search_entries`.execute(h.tdb.db);
}, 180_000);
afterAll(async () => h?.close());
afterEach(() => {
  Object.assign(searchTuning, defaults);
});

/** The search's ways at this size: the probe reads the newest 100, and a read through the indexes may take 50 candidates. */
function capped() {
  Object.assign(searchTuning, { probeWindow: 100, probeReach: 100, directCandidates: 0, maxCandidates: 50 });
}

/** The newest `n` live records, and those of them whose party name, title or 文号 holds `ch`. */
async function newest(n: number, ch: string) {
  const rows = await sql<{ id: string; decided_on: string; hit: boolean }>`
    SELECT id, decided_on::text AS decided_on, (party_name || title || doc_number) LIKE ${`%${ch}%`} AS hit
      FROM public_decisions WHERE status IN ('published', 'corrected') ORDER BY decided_on DESC, id DESC LIMIT ${n}`.execute(h.tdb.db);
  return { through: rows.rows[n - 1]!.decided_on, hits: rows.rows.filter((r) => r.hit).map((r) => r.id) };
}

describe('issue 23: a public search over its cost cap answers with what is certain', () => {
  it('an absent phrase of common characters (查当事人在): no read of every candidate; partial, with the records read and a Chinese request to narrow', async () => {
    capped();
    const r = await searchDecisions(h.tdb.db, { q: '查当事人在' });
    expect(r.items).toEqual([]);
    expect(r.partial?.reason).toBe('broad');
    expect(r.partial?.records).toBe(100);
    expect(r.partial?.through).toBe((await newest(100, '查当事人在')).through);
    expect(r.partial?.message).toContain('检索条件过于宽泛');
    expect(r.partial?.message).toContain(`只检索了${r.partial?.through}以后决定的 100 条公示记录，其中没有符合条件的；更早的记录未检索。`);
    expect(r.partial?.message).toContain('请加上执法机关、执法类别、决定日期范围');
    expect(r.total).toEqual({ value: 0, exact: false });
  });

  it('a single character (matched on names and 文号, no bigram to narrow by): the matches among the newest records read, in order', async () => {
    capped();
    const expected = await newest(100, '甲');
    expect(expected.hits.length).toBeGreaterThan(0);
    const r = await searchDecisions(h.tdb.db, { q: '甲' });
    expect(r.partial?.reason).toBe('broad');
    expect(r.items.map((i) => i.id)).toEqual(expected.hits);
    expect(r.total).toEqual({ value: expected.hits.length, exact: false });
    expect(r.facets.kinds).toEqual([{ value: '行政处罚', count: expected.hits.length }]);
    // relevance order ranks the same certain matches
    const rel = await searchDecisions(h.tdb.db, { q: '甲', sort: 'relevance' });
    expect(rel.partial?.reason).toBe('broad');
    expect(new Set(rel.items.map((i) => i.id))).toEqual(new Set(expected.hits));
  });

  it('a phrase whose rarest bigram bounds its candidates under the cap is read whole, not partial', async () => {
    capped();
    const r = await searchDecisions(h.tdb.db, { q: '冷藏柜' });
    expect(r.partial).toBeNull();
    expect(r.total).toEqual({ value: N / 100, exact: true });
  });

  it('the page and the API show the partial answer with 200 (never an error) and may be cached like any answer', async () => {
    capped();
    const page = await h.request(null, 'GET', '/search?q=%E6%9F%A5%E5%BD%93%E4%BA%8B%E4%BA%BA%E5%9C%A8');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('结果不完整。');
    expect(page.body).toContain('检索条件过于宽泛');
    expect(page.body).toContain('已检索部分记录，找到 0 条');
    expect(page.headers['cache-control']).toBe('public, max-age=60');
    const api = await h.request(null, 'GET', '/api/v1/public/decisions?q=%E7%94%B2');
    expect(api.statusCode).toBe(200);
    const body = api.json() as SearchResult;
    expect(body.partial?.reason).toBe('broad');
    expect(body.items.length).toBeGreaterThan(0);
  });

  it('a search the statement timeout stops (the table locked) answers 200 at once, partial, not kept by caches', async () => {
    const locker = new pg.Client({ connectionString: h.tdb.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE public_decisions, search_entries IN ACCESS EXCLUSIVE MODE');
      const api = await h.request(null, 'GET', '/api/v1/public/decisions?q=%E5%BD%93%E4%BA%8B%E4%BA%BA');
      expect(api.statusCode, api.body).toBe(200);
      const body = api.json() as SearchResult;
      expect(body.partial?.reason).toBe('timeout');
      expect(body.partial?.message).toContain('检索用时超过上限');
      expect(body.items).toEqual([]);
      expect(api.headers['cache-control']).toBe('no-store');
      const page = await h.request(null, 'GET', '/search?q=%E5%BD%93%E4%BA%8B%E4%BA%BA');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('检索用时超过上限');
      // any other public read cut by the timeout: busy with Retry-After, not an internal error
      const one = await h.request(null, 'GET', `/api/v1/public/decisions/11130433MB0000001X/${encodeURIComponent('馆市监罚〔2019〕1号')}`);
      expect(one.statusCode).toBe(503);
      expect(one.json().error.code).toBe('SERVER_BUSY');
      expect(one.headers['retry-after']).toBe('5');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    // the lock gone, the same search is whole again
    const again = await h.request(null, 'GET', '/api/v1/public/decisions?q=%E5%BD%93%E4%BA%8B%E4%BA%BA');
    expect((again.json() as SearchResult).partial).toBeNull();
  });
});

describe('issue 23: cheap repeats', () => {
  it('the search result page and the Atom feeds carry Cache-Control and an ETag, and a repeat with If-None-Match is 304 without a body', async () => {
    const agencyFeed = `/agencies/${creditCode('11130433000013102')}/decisions.atom`;
    for (const url of ['/search?q=%E5%86%B7%E8%97%8F%E6%9F%9C', '/decisions.atom', agencyFeed]) {
      const first = await h.request(null, 'GET', url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, max-age=60');
      const again = await h.request(null, 'GET', url, undefined, { 'if-none-match': String(first.headers['etag']) });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });
});

describe('issue 23: the staff API is never starved by the public side', () => {
  it('with every connection of the public pool taken, staff requests are answered and public searches wait their turn', async () => {
    const portal = h.portal!;
    // the public side's whole budget held (as by slow public queries)
    const held = await Promise.all([portal.pool.connect(), portal.pool.connect()]);
    let searchDone = false;
    const search = h.request(null, 'GET', '/api/v1/public/decisions?q=%E5%86%B7%E8%97%8F%E6%9F%9C').then((r) => {
      searchDone = true;
      return r;
    });
    try {
      // an officer reads the worklist and opens a case: both answered on the staff's own pool
      const token = await h.token('scjg.liming');
      const worklist = await h.request(token, 'GET', '/api/v1/worklist');
      expect(worklist.statusCode, worklist.body).toBe(200);
      const procedures = await h.request(token, 'GET', '/api/v1/cases?limit=5');
      expect(procedures.statusCode, procedures.body).toBe(200);
      // …while the public search still waits for a connection of its own pool
      expect(searchDone).toBe(false);
    } finally {
      for (const c of held) c.release();
    }
    const r = await search;
    expect(r.statusCode).toBe(200);
    expect((r.json() as SearchResult).total.value).toBe(N / 100);
  });

  it('the public pool is named apart in pg_stat_activity and cuts statements at its timeout', async () => {
    const row = (await h.portal!.pool.query(`SELECT current_setting('statement_timeout') AS t, current_setting('application_name') AS a`))
      .rows[0] as { t: string; a: string };
    expect(row).toEqual({ t: '300ms', a: 'sanxiang-portal' });
    await expect(h.portal!.pool.query('SELECT pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
  });
});
