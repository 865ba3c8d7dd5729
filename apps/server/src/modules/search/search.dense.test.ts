import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { normalizeForSearch } from '@sanxiang/domain';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { decisionKey, upsertPublicDecision, type PublicDecision } from '../publications/public-decision.ts';
import { COUNT_EXACT_UP_TO, searchDecisions, searchTuning, type SearchQuery } from './search.service.ts';

/**
 * R-PUB-8 at the scale where the search changes its way: more matches than the exact count (the
 * probe over the head of the range answers page, facets and estimate), and phrases too rare for
 * the probe (the planner, kept off a scan of the table). Every way must give what a LIKE scan
 * gives, in the same order.
 */
let t: TestDatabase;
const N = 1600;
const defaultWindow = searchTuning.probeWindow;
const defaults = { ...searchTuning };

function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}

const PHRASES = [
  '执法人员现场检查',
  '当事人销售超过保质期的食品',
  '涉案货值金额',
  '当事人对违法事实无异议',
  '责令改正',
  '未建立进货查验记录',
  '占用人行道摆放商品',
];
const AGENCIES = [
  { name: '馆陶县市场监督管理局', creditCode: '11130433MB0000001X' },
  { name: '魏县市场监督管理局', creditCode: '11130434MB0000003X' },
];

beforeAll(async () => {
  t = await createTestDatabase(4);
  const r = prng(11);
  for (let i = 0; i < N; i++) {
    const agency = AGENCIES[r(2)]!;
    const year = 2019 + r(8);
    const docNumber = `馆市监罚〔${year}〕${i + 1}号`;
    // 执法人员现场检查 in about 60 %; 冷藏柜 in 1 % (the rare phrase); 食品 also in some party names
    const facts =
      [PHRASES[0]!, ...Array.from({ length: 3 }, () => PHRASES[1 + r(PHRASES.length - 1)]!)]
        .filter((p, k) => k > 0 || r(10) < 6)
        .join('，') +
      (i % 100 === 7 ? '，冷藏柜内存放过期酸奶' : '') +
      '。';
    const party = r(4) === 0 ? `馆陶县惠民食品厂${i}` : `馆陶县永安超市${i}`;
    const d: PublicDecision = {
      id: randomUUID(),
      key: decisionKey(agency.creditCode, docNumber),
      source: 'local',
      agency: { id: null, name: agency.name, creditCode: agency.creditCode, regionCode: null },
      kind: r(4) === 0 ? '行政检查' : '行政处罚',
      docNumber,
      title: `${party}案`,
      partyName: party,
      partyCreditCode: i % 3 === 0 ? `91130433MA${String(i).padStart(7, '0')}X` : null,
      violation: '未按规定明码标价',
      facts,
      conclusion: '罚款人民币1000元',
      fineAmount: null,
      decidedOn: `${year}-${String(r(12) + 1).padStart(2, '0')}-${String(r(28) + 1).padStart(2, '0')}`,
      publishedAt: new Date(`${year}-12-31T00:00:00Z`),
      publicUntil: null,
      status: i % 13 === 0 ? 'withdrawn' : 'published',
      statusReason: null,
      statusAt: null,
      version: 1,
      history: [],
      fieldSet: 'penalty',
      fields: {},
      body: null,
    };
    await upsertPublicDecision(t.db, d, new Date('2026-11-01T00:00:00Z'));
  }
  await sql`ANALYZE search_entries`.execute(t.db);
}, 120_000);
afterAll(async () => t?.drop());
// the probe's window below the file's 1,600 records, so that searches here go through it; a test
// that wants the planner's way for small ranges sets the default back
beforeEach(() => {
  searchTuning.probeWindow = 1000;
});
afterEach(() => {
  Object.assign(searchTuning, defaults);
});

/** The LIKE scan, in the search's order. */
async function likeScan(term: string, order: 'newest' | 'oldest' = 'newest'): Promise<string[]> {
  const dir = order === 'newest' ? sql`DESC` : sql`ASC`;
  const rows = await sql<{
    id: string;
  }>`SELECT id FROM public_decisions WHERE status IN ('published', 'corrected') AND search_text LIKE ${`%${normalizeForSearch(term)}%`}
    ORDER BY decided_on ${dir}, id ${dir}`.execute(t.db);
  return rows.rows.map((r) => r.id);
}

/** Every page of a query, following nextCursor. */
async function all(q: SearchQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 200; guard++) {
    const r = await searchDecisions(t.db, { ...q, limit: 50, ...(cursor ? { cursor } : {}) });
    ids.push(...r.items.map((i) => i.id));
    if (!r.nextCursor) return ids;
    cursor = r.nextCursor;
  }
  throw new Error('paging did not end');
}

describe('R-PUB-8 search beyond the exact count', () => {
  it('R-PUB-8: a dense keyword: every page in LIKE order, an estimated total near the true count, facets over the newest 500', async () => {
    const expected = await likeScan('执法人员现场检查');
    expect(expected.length).toBeGreaterThan(COUNT_EXACT_UP_TO + 100);
    const first = await searchDecisions(t.db, { q: '执法人员现场检查' });
    expect(first.items.map((i) => i.id)).toEqual(expected.slice(0, 20));
    expect(first.total.exact).toBe(false);
    expect(first.total.value).toBeGreaterThan(expected.length * 0.6);
    expect(first.total.value).toBeLessThan(expected.length * 1.6);
    expect(first.facets.sampled).toBe(true);
    expect(first.facets.kinds.reduce((x, k) => x + k.count, 0)).toBe(COUNT_EXACT_UP_TO);
    expect(await all({ q: '执法人员现场检查' })).toEqual(expected);
    expect(await all({ q: '执法人员现场检查', sort: 'oldest' })).toEqual(await likeScan('执法人员现场检查', 'oldest'));
  });

  it('R-PUB-8: a rare phrase, and a dense one when the probe window is small, go to the planner and still equal the LIKE scan', async () => {
    const rare = await likeScan('冷藏柜');
    expect(rare.length).toBeGreaterThan(5);
    expect(rare.length).toBeLessThan(30);
    const r = await searchDecisions(t.db, { q: '冷藏柜' });
    expect(r.total).toEqual({ value: rare.length, exact: true });
    expect(await all({ q: '冷藏柜' })).toEqual(rare);
    searchTuning.probeWindow = 30;
    expect(await all({ q: '当事人对违法事实无异议' })).toEqual(await likeScan('当事人对违法事实无异议'));
    expect(await all({ q: '冷藏柜', sort: 'oldest' })).toEqual(await likeScan('冷藏柜', 'oldest'));
    const dense = await searchDecisions(t.db, { q: '执法人员现场检查' });
    expect(dense.total.exact).toBe(false);
    expect(dense.items.map((i) => i.id)).toEqual((await likeScan('执法人员现场检查')).slice(0, 20));
  });

  it('R-PUB-8: fewer than 501 matches in a full window, but enough to estimate: the page from the probe, the total from its density', async () => {
    searchTuning.probeWindow = 300;
    const expected = await likeScan('执法人员现场检查');
    const r = await searchDecisions(t.db, { q: '执法人员现场检查' });
    expect(r.items.map((i) => i.id)).toEqual(expected.slice(0, 20));
    expect(r.total.exact).toBe(false);
    expect(r.total.value).toBeGreaterThan(expected.length * 0.6);
    expect(r.total.value).toBeLessThan(expected.length * 1.6);
    const inWindow = r.facets.kinds.reduce((x, k) => x + k.count, 0);
    expect(inWindow).toBeGreaterThan(50);
    expect(inWindow).toBeLessThanOrEqual(300);
    expect(await all({ q: '执法人员现场检查' })).toEqual(expected);
  });

  it('R-PUB-8: filters with a dense keyword (agency, kind, dates, party) equal the same SQL conditions, probed or (a range within the window) planned', async () => {
    for (const window of [1000, defaultWindow]) {
      searchTuning.probeWindow = window;
      const q: SearchQuery = {
        q: '当事人',
        agency: AGENCIES[1]!.creditCode,
        kind: '行政处罚',
        from: '2020-01-01',
        to: '2025-06-30',
        party: '超市',
      };
      const rows = await sql<{
        id: string;
      }>`SELECT id FROM public_decisions WHERE status IN ('published', 'corrected') AND search_text LIKE '%当事人%' AND agency_credit_code = ${q.agency!}
      AND kind = '行政处罚' AND decided_on BETWEEN '2020-01-01' AND '2025-06-30' AND party_name LIKE '%超市%' ORDER BY decided_on DESC, id DESC`.execute(
        t.db,
      );
      expect(rows.rows.length).toBeGreaterThan(100);
      expect(await all(q)).toEqual(rows.rows.map((r) => r.id));
      const checks = await sql<{
        id: string;
      }>`SELECT id FROM public_decisions WHERE status IN ('published', 'corrected') AND kind = '行政检查' AND decided_on >= '2021-01-01' ORDER BY decided_on ASC, id ASC`.execute(
        t.db,
      );
      expect(checks.rows.length).toBeGreaterThan(200);
      expect(await all({ kind: '行政检查', from: '2021-01-01', sort: 'oldest' })).toEqual(checks.rows.map((r) => r.id));
      expect(await all({ q: '执法人员现场检查' })).toEqual(await likeScan('执法人员现场检查'));
      expect(await all({ q: '食品', sort: 'relevance' })).toHaveLength(COUNT_EXACT_UP_TO + 1);
    }
  });

  it('R-PUB-8: a credit code is its own small range: exactly its records, with or without a keyword', async () => {
    const rows = await sql<{
      id: string;
      party_credit_code: string;
    }>`SELECT id, party_credit_code FROM public_decisions WHERE status IN ('published', 'corrected') AND party_credit_code IS NOT NULL ORDER BY id LIMIT 3`.execute(
      t.db,
    );
    for (const r of rows.rows) {
      expect(await all({ creditCode: r.party_credit_code.toLowerCase() })).toEqual([r.id]);
      const withKeyword = await searchDecisions(t.db, { creditCode: r.party_credit_code, q: '当事人' });
      const like = await sql<{ id: string }>`SELECT id FROM public_decisions WHERE id = ${r.id} AND search_text LIKE '%当事人%'`.execute(
        t.db,
      );
      expect(withKeyword.items.map((i) => i.id)).toEqual(like.rows.map((x) => x.id));
      expect(withKeyword.total).toEqual({ value: like.rows.length, exact: true });
    }
  });

  it('R-PUB-8: relevance ranks the newest 501 matches, field hits first, and pages through them once each', async () => {
    const ranked = await all({ q: '食品', sort: 'relevance' });
    const newest = (await likeScan('食品')).slice(0, COUNT_EXACT_UP_TO + 1);
    expect(ranked.length).toBe(newest.length);
    expect([...ranked].sort()).toEqual([...newest].sort());
    const rows = await sql<{
      id: string;
      party_name: string;
    }>`SELECT id, party_name FROM public_decisions WHERE id = ANY(${ranked}::uuid[])`.execute(t.db);
    const inName = new Map(rows.rows.map((r) => [r.id, r.party_name.includes('食品')]));
    const firstOther = ranked.findIndex((id) => !inName.get(id));
    expect(firstOther).toBeGreaterThan(0);
    expect(ranked.slice(firstOther).every((id) => !inName.get(id))).toBe(true);
  });

  it('R-PUB-8: without the statistics shortcut, a middling density reads on past the window and a sparse one goes through the index, both as the LIKE scan', async () => {
    searchTuning.directCandidates = 0;
    searchTuning.probeReach = 5000;
    // a quarter of the parties: 40 records hold about ten, so the probe reads on to fill the page
    searchTuning.probeWindow = 40;
    const party = (
      await sql<{
        id: string;
      }>`SELECT id FROM public_decisions WHERE status IN ('published', 'corrected') AND lower(party_name) LIKE '%惠民食品厂%'
      ORDER BY decided_on DESC, id DESC`.execute(t.db)
    ).rows.map((r) => r.id);
    expect(party.length).toBeGreaterThan(COUNT_EXACT_UP_TO / 2);
    expect(party.length).toBeLessThanOrEqual(COUNT_EXACT_UP_TO);
    const first = await searchDecisions(t.db, { party: '惠民食品厂' });
    expect(first.items.map((i) => i.id)).toEqual(party.slice(0, 20));
    // the density says "under 750": the total is counted, and exact
    expect(first.total).toEqual({ value: party.length, exact: true });
    expect(first.facets.kinds.reduce((x, k) => x + k.count, 0)).toBe(party.length);
    expect(await all({ party: '惠民食品厂' })).toEqual(party);
    // one record in a hundred: 300 hold about three; reading on to the page's need reaches the range's end, so the total is exact
    searchTuning.probeWindow = 300;
    const rare = await likeScan('冷藏柜');
    expect((await searchDecisions(t.db, { q: '冷藏柜' })).total).toEqual({ value: rare.length, exact: true });
    expect(await all({ q: '冷藏柜' })).toEqual(rare);
    // not allowed to read on: the index finds them
    searchTuning.probeReach = 0;
    expect((await searchDecisions(t.db, { q: '冷藏柜' })).total).toEqual({ value: rare.length, exact: true });
    expect(await all({ q: '冷藏柜', sort: 'oldest' })).toEqual(await likeScan('冷藏柜', 'oldest'));
    expect(await all({ party: '惠民食品厂' })).toEqual(party);
  });
});
