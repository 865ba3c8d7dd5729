import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { upsertPublicDecision } from '../publications/public-decision.ts';
import { publishedPenalty } from '../../test/public-decision-fixture.ts';
import { searchGateOptions, type Permit } from './search.gate.ts';
import type { SearchResult } from './search.service.ts';

/**
 * The public search under the gate (issue 23, the attack from a new address every request): the
 * server as `serve` builds it — rate limits, the trusted proxy's addresses, the public pool of two
 * connections and the gate over it (one permit for newcomers, 200 ms of waiting at most). The
 * newcomers' permit is held by the test, as a botnet's worst query would hold it.
 */
let h: Harness;
const clock = { t: 0 };

beforeAll(async () => {
  h = await createHarness({
    portal: { size: 2, statementTimeoutMs: 1000 },
    trustedProxies: true,
    rateLimits: {
      search: { perMinute: 60, burst: 3 },
      public: { perMinute: 600, burst: 100 },
      staff: { perMinute: 1200, burst: 300 },
    },
    searchGate: { ...searchGateOptions(2), maxWaitMs: 200, now: () => clock.t },
  });
  for (let i = 0; i < 30; i++) {
    const docNumber = `馆市监罚〔2026〕${i + 1}号`;
    await upsertPublicDecision(
      h.tdb.db,
      publishedPenalty({
        docNumber,
        partyName: `馆陶县永安超市${i}`,
        violation: '经营过期食品',
        facts: `执法人员检查当事人的仓库，发现过期酸奶${i + 1}盒。`,
        decidedOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
        publishedAt: new Date('2026-10-01T00:00:00Z'),
      }),
      new Date('2026-11-01T00:00:00Z'),
    );
  }
}, 120_000);
afterAll(async () => h?.close());

const search = (address: string, url: string) => h.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': address } });
const API = `/api/v1/public/decisions?q=${encodeURIComponent('过期酸奶')}`;

describe('issue 23: the search gate keeps a permit for citizens while newcomers flood the search', () => {
  it('a newcomer finding the newcomers’ permits taken waits at most 200 ms, then gets 200 “检索繁忙” (never cached); an address in good standing is answered in full meanwhile', async () => {
    // a citizen who searched a while ago
    const first = await search('192.0.2.10', API);
    expect((first.json() as SearchResult).total).toEqual({ value: 30, exact: true });
    clock.t += 10_000;
    expect(h.searchGate!.inStanding('192.0.2.10')).toBe(true);

    // the botnet's worst query holds the newcomers' permit
    const held = (await h.searchGate!.acquire('203.0.113.1')) as Permit;
    try {
      const t0 = performance.now();
      const busy = await search('203.0.113.2', API);
      const waited = performance.now() - t0;
      expect(busy.statusCode).toBe(200);
      expect(waited).toBeGreaterThanOrEqual(190);
      const body = busy.json() as SearchResult;
      expect(body.partial).toEqual({
        reason: 'busy',
        records: 0,
        through: null,
        message: expect.stringContaining('当前检索的人较多，本次检索未能执行，请稍后再试。'),
      });
      expect(body.items).toEqual([]);
      expect(busy.headers['cache-control']).toBe('no-store');

      const page = await search('203.0.113.3', `/search?q=${encodeURIComponent('过期酸奶')}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<strong>检索繁忙。</strong>当前检索的人较多');
      expect(page.body).toContain('检索结果（未能执行）');
      expect(page.body).not.toContain('没有找到符合条件的执法决定');
      // nothing was read: no order to choose
      expect(page.body).not.toContain('aria-label="排序"');
      expect(page.headers['cache-control']).toBe('no-store');

      // a query that is wrong is still a 400, busy or not
      const wrong = await search('203.0.113.4', '/api/v1/public/decisions?from=2026-02-30');
      expect(wrong.statusCode).toBe(400);

      // the citizen is not queued behind the flood
      const mine = await search('192.0.2.10', API);
      expect((mine.json() as SearchResult).partial).toBeNull();
      expect((mine.json() as SearchResult).total).toEqual({ value: 30, exact: true });
      expect(h.searchGate!.stats.busy).toBeGreaterThanOrEqual(2);
    } finally {
      held.release();
    }
    // the permit back, a newcomer's search runs whole
    const later = await search('203.0.113.5', API);
    expect((later.json() as SearchResult).partial).toBeNull();
    expect(h.searchGate!.load).toMatchObject({ running: 0, waiting: 0 });
  });

  it('an address the search budget refuses (429) loses its good standing for a minute and searches as a newcomer', async () => {
    const address = '192.0.2.20';
    await search(address, API);
    clock.t += 10_000;
    expect(h.searchGate!.inStanding(address)).toBe(true);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await search(address, API)).statusCode);
    expect(statuses).toContain(429);
    expect(h.searchGate!.inStanding(address)).toBe(false);
    clock.t += 60_000;
    expect(h.searchGate!.inStanding(address)).toBe(true);
  });
});
