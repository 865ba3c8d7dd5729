import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { decisionKey, upsertPublicDecision, type PublicDecision } from '../publications/public-decision.ts';
import { searchTuning, type SearchResult } from './search.service.ts';

/**
 * Issue 22 point 5 (R-PUB-8): search by 法律依据 (law and article), 违法行为类型, fine range and
 * region, as 裁判文书网 users expect — on crafted decisions whose expected matches are written out
 * by hand, through every way the search reads (the planner over a small range; the probe and the
 * index with a small probe window), and the hits say why they matched. Bad filters are 400s.
 */
let h: Harness;
const defaults = { ...searchTuning };

type Crafted = {
  name: string;
  basis: string | null;
  fine: number | null;
  region: string | null;
  violation: string | null;
  status?: 'withdrawn';
};
const CRAFTED: Crafted[] = [
  { name: 'A', basis: '《中华人民共和国食品安全法》第一百二十四条第一款', fine: 50_000, region: '130433', violation: '销售过期食品' },
  {
    name: 'B',
    basis: '依据《中华人民共和国食品安全法》第一百二十五条、《中华人民共和国行政处罚法》第二十八条',
    fine: 8000,
    region: '130432',
    violation: '销售过期食品',
  },
  { name: 'C', basis: '《中华人民共和国广告法》第五十五条', fine: 200_000, region: '130400', violation: '虚假宣传' },
  { name: 'D', basis: '《食品安全法》第一百二十四条', fine: null, region: '440305', violation: '无证经营' },
  {
    name: 'E',
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    fine: 60_000,
    region: '130433',
    violation: '销售过期食品',
    status: 'withdrawn',
  },
  { name: 'F', basis: null, fine: null, region: '130433', violation: null },
  { name: 'G', basis: '《中华人民共和国食品安全法实施条例》第六十七条', fine: 1000, region: '130433', violation: '未按规定贮存食品' },
  {
    name: 'H',
    basis: '《中华人民共和国食品安全法》第一百二十四条、第一百二十六条',
    fine: 1_000_000,
    region: '130433',
    violation: '生产经营超范围',
  },
];
const idOf = new Map<string, string>();

function decision(i: number, c: Crafted | null): PublicDecision {
  const id = randomUUID();
  const agency = {
    id: null,
    name: c ? `${c.name}地市场监督管理局` : '馆陶县综合行政执法局',
    creditCode: `1113${String(i).padStart(4, '0')}MB0000001X`,
    regionCode: c?.region ?? null,
  };
  const docNumber = `馆市监罚〔2025〕${i + 1}号`;
  const fields: Record<string, string | null> = { CF_WSH: docNumber, CF_XDR_MC: `商户${i}` };
  if (c?.basis) fields['CF_YJ'] = c.basis;
  return {
    id,
    key: decisionKey(agency.creditCode, docNumber),
    source: 'local',
    agency,
    kind: c?.name === 'F' ? '行政检查' : '行政处罚',
    docNumber,
    title: `商户${i}案 行政处罚决定`,
    partyName: `商户${i}`,
    partyCreditCode: null,
    violation: c ? c.violation : '占道经营',
    facts: `执法人员现场检查发现当事人占用人行道摆放商品，第${i}号记录。`,
    conclusion: c?.fine ? `罚款人民币${c.fine}元` : '责令改正',
    fineAmount: c?.fine ?? null,
    decidedOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    publishedAt: new Date('2025-12-31T00:00:00Z'),
    publicUntil: null,
    status: c?.status ?? 'published',
    statusReason: c?.status ? '行政复议决定撤销' : null,
    statusAt: c?.status ? new Date('2026-10-09T02:00:00Z') : null,
    version: 1,
    history: [{ version: 1, act: '公示', on: '2025-12-31T00:00:00.000Z', reason: null }],
    fieldSet: 'penalty',
    fields,
    body: null,
  };
}

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  // the crafted decisions among 300 others that match no filter (their violation 占道经营 aside)
  for (let i = 0; i < 300 + CRAFTED.length; i++) {
    const c = i % 40 === 7 && (i - 7) / 40 < CRAFTED.length ? CRAFTED[(i - 7) / 40]! : null;
    const d = decision(i, c);
    if (c) idOf.set(d.id, c.name);
    await upsertPublicDecision(h.tdb.db, d, new Date('2026-11-01T00:00:00Z'));
  }
  expect(idOf.size).toBe(CRAFTED.length);
  await sql`ANALYZE search_entries`.execute(h.tdb.db);
});
afterAll(async () => {
  Object.assign(searchTuning, defaults);
  await h?.close();
});

const api = (params: Record<string, string>) => h.request(null, 'GET', `/api/v1/public/decisions?${new URLSearchParams(params)}`);

/** The crafted decisions a query finds, by name, over every page. */
async function names(params: Record<string, string>): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const r = await api({ ...params, limit: '3', ...(cursor ? { cursor } : {}) });
    expect(r.statusCode, r.body).toBe(200);
    const j = r.json() as SearchResult;
    expect(j.partial, JSON.stringify(params)).toBeNull();
    for (const i of j.items) found.push(idOf.get(i.id) ?? `other:${i.docNumber}`);
    if (!j.nextCursor) return found.sort();
    cursor = j.nextCursor;
  }
  throw new Error('paging did not end');
}

/** Each way of reading: the planner (the whole range fits the probe window), the probe, the index with no probe shortcut. */
const WAYS: [string, Partial<typeof searchTuning>][] = [
  ['planner', {}],
  ['probe', { probeWindow: 20, probeReach: 40 }],
  ['index', { probeWindow: 5, probeReach: 5, directCandidates: 0 }],
];

describe('issue 22 point 5: search filters (R-PUB-8)', () => {
  const cases: [Record<string, string>, string[]][] = [
    [{ law: '食品安全法' }, ['A', 'B', 'D', 'H']],
    [{ law: '《中华人民共和国食品安全法》', article: '124' }, ['A', 'D', 'H']],
    [{ law: '食品安全法', article: '第一百二十六条' }, ['H']],
    [{ law: '食品安全法', article: '第125条' }, ['B']],
    [{ law: '行政处罚法', article: '二十八' }, ['B']],
    [{ law: '食品安全法实施条例' }, ['G']],
    [{ law: '广告法', article: '55' }, ['C']],
    [{ law: '食品安全法', article: '55' }, []],
    [{ region: '130433' }, ['A', 'F', 'G', 'H']],
    [{ region: '130400' }, ['A', 'B', 'C', 'F', 'G', 'H']],
    [{ region: '130000' }, ['A', 'B', 'C', 'F', 'G', 'H']],
    [{ region: '130432' }, ['B']],
    [{ region: '440000' }, ['D']],
    [{ region: '440300' }, ['D']],
    [{ region: '130433100' }, []],
    [{ fineMin: '10000' }, ['A', 'C', 'H']],
    [{ fineMax: '8000' }, ['B', 'G']],
    [{ fineMin: '8000', fineMax: '50000' }, ['A', 'B']],
    [{ fineMin: '1000000' }, ['H']],
    [{ fineMin: '0.5', fineMax: '1000' }, ['G']],
    [{ violation: '销售过期食品' }, ['A', 'B']],
    [{ law: '食品安全法', region: '130433', fineMin: '10000' }, ['A', 'H']],
    [{ q: '人行道', law: '食品安全法', article: '124', region: '130400' }, ['A', 'H']],
    [{ law: '食品安全法', kind: '行政处罚', from: '2025-01-01', to: '2025-12-31' }, ['A', 'B', 'D', 'H']],
  ];
  for (const [way, tuning] of WAYS)
    it(`each filter and their combinations find exactly the crafted decisions (${way}); a withdrawn decision never`, async () => {
      Object.assign(searchTuning, defaults, tuning);
      try {
        for (const [params, expected] of cases) expect(await names(params), `${way} ${JSON.stringify(params)}`).toEqual(expected);
      } finally {
        Object.assign(searchTuning, defaults);
      }
    });

  it('a hit says why it matched: its 处罚依据, violation type and fine; the facet counts violation types', async () => {
    const r = await api({ law: '食品安全法', article: '124', region: '130433' });
    const j = r.json() as SearchResult;
    const byName = new Map(j.items.map((i) => [idOf.get(i.id), i]));
    expect([...byName.keys()].sort()).toEqual(['A', 'H']);
    expect(byName.get('A')).toMatchObject({
      basis: '《中华人民共和国食品安全法》第一百二十四条第一款',
      fineAmount: 50_000,
      violation: '销售过期食品',
    });
    expect(byName.get('H')).toMatchObject({ basis: '《中华人民共和国食品安全法》第一百二十四条、第一百二十六条', fineAmount: 1_000_000 });
    expect(j.facets.violations).toEqual([
      { value: '生产经营超范围', count: 1 },
      { value: '销售过期食品', count: 1 },
    ]);
    const page = await h.request(
      null,
      'GET',
      `/search?${new URLSearchParams({ law: '食品安全法', article: '124', region: '130433', fineMin: '10000' })}`,
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('依据：《中华人民共和国<mark>食品安全法</mark>》<mark>第一百二十四条</mark>第一款');
    expect(page.body).toContain('罚款金额：<mark>5 万元</mark>');
    expect(page.body).toContain('罚款金额：<mark>100 万元</mark>');
    expect(page.body).toContain('共 2 条');
  });

  it('bad filters are answered 400 with a code and a Chinese message, on the API and the page', async () => {
    const bad: [Record<string, string>, string, RegExp][] = [
      [{ fineMin: 'abc' }, 'fineMin', /不符合要求/],
      [{ fineMin: '-1' }, 'fineMin', /不符合要求/],
      [{ fineMin: '500', fineMax: '100' }, 'fineMin', /下限不能大于上限/],
      [{ fineMax: '20000000000' }, 'fineMax', /罚款金额应为/],
      [{ article: '124' }, 'article', /同时填写法律依据/],
      [{ law: '食品安全法', article: '第一款' }, 'article', /条款应为条的序号/],
      [{ law: '《》' }, 'law', /法律依据应填写/],
      [{ region: '13' }, 'region', /行政区划代码/],
    ];
    for (const [params, field, message] of bad) {
      const r = await api(params);
      expect(r.statusCode, JSON.stringify(params)).toBe(400);
      expect(errorCode(r)).toBe('VALIDATION_FAILED');
      expect(r.json().error.message, JSON.stringify(params)).toMatch(message);
      expect(r.body, JSON.stringify(params)).toContain(field);
    }
    for (const [params, message] of [
      [{ fineMin: 'abc' }, '罚款金额应为'],
      [{ fineMin: '500', fineMax: '100' }, '罚款金额的下限不能大于上限'],
      [{ region: '13' }, '地区应为 6 位或 9 位行政区划代码'],
    ] as const) {
      const page = await h.request(null, 'GET', `/search?${new URLSearchParams(params)}`);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain(message);
      expect(page.body).toContain('aria-invalid="true"');
    }
  });
});

describe('issue 23: the search table follows the read model in the same transaction', () => {
  it('a withdrawal takes a decision out of search; a correction is found by its new 依据 and fine, not its old ones', async () => {
    const [id] = [...idOf].find(([, n]) => n === 'C')!;
    const row = await sql<{
      agency_credit_code: string;
      doc_number: string;
    }>`SELECT agency_credit_code, doc_number FROM public_decisions WHERE id = ${id}`.execute(h.tdb.db);
    const base = decision(0, CRAFTED[2]!);
    const c: PublicDecision = {
      ...base,
      id,
      docNumber: row.rows[0]!.doc_number,
      key: decisionKey(row.rows[0]!.agency_credit_code, row.rows[0]!.doc_number),
      agency: { ...base.agency, creditCode: row.rows[0]!.agency_credit_code },
    };
    await upsertPublicDecision(h.tdb.db, { ...c, status: 'withdrawn', statusReason: '行政复议决定撤销' }, new Date('2026-11-02T00:00:00Z'));
    expect(await names({ law: '广告法' })).toEqual([]);
    await upsertPublicDecision(
      h.tdb.db,
      { ...c, status: 'corrected', fields: { ...c.fields, CF_YJ: '《中华人民共和国价格法》第四十二条' }, fineAmount: 3000 },
      new Date('2026-11-02T01:00:00Z'),
    );
    expect(await names({ law: '广告法' })).toEqual([]);
    expect(await names({ law: '价格法', article: '42' })).toEqual(['C']);
    expect(await names({ fineMin: '2000', fineMax: '5000' })).toEqual(['C']);
    expect(await names({ fineMin: '100000' })).toEqual(['H']);
  });
});
