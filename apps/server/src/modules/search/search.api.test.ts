import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { normalizeForSearch } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { decisionKey, upsertPublicDecision, type PublicDecision } from '../publications/public-decision.ts';

/**
 * 公示 search and open data (R-PUB-8): results equal a LIKE scan for any substring of two or more
 * characters, filters, facets, keyset paging without gaps, cache-friendly JSON, the permanent
 * decision page and the Atom feeds. Records are written through the read model's own writer.
 */
let h: Harness;
const records: PublicDecision[] = [];

const PARTIES = [
  '馆陶县惠民超市有限公司',
  '邯郸市永安食品厂',
  '魏县鑫源建材经营部',
  '王小明',
  '大名县康泰药房',
  '成安县顺达物流有限公司',
  'ABC贸易（河北）有限公司',
];
const VIOLATIONS = ['销售过期食品', '未取得食品经营许可从事经营', '虚假宣传', '占道经营', '未按规定明码标价', '销售不合格建材'];
const FACT_PHRASES = [
  '当事人在经营场所销售超过保质期的酸奶',
  '执法人员现场检查发现',
  '货值金额共计人民币',
  '违法所得',
  '当事人对违法事实无异议',
  '冷藏柜内存放',
  '未建立进货查验记录',
  '在互联网平台发布',
  '宣称产品具有治疗功效',
  '占用人行道摆放商品',
  '价格标签与结算价格不一致',
  '抽检不合格的水泥',
];
const AGENCIES = [
  { name: '馆陶县市场监督管理局', creditCode: '11130433MB0000001X' },
  { name: '馆陶县综合行政执法局', creditCode: '11130433MB0000002X' },
  { name: '魏县市场监督管理局', creditCode: '11130434MB0000003X' },
];
const KINDS = ['行政处罚', '行政处罚', '行政处罚', '行政许可', '行政检查'];

function rand(n: number, seed: { s: number }) {
  seed.s = (seed.s * 1103515245 + 12345) % 2147483648;
  return seed.s % n;
}

function makeRecord(i: number, seed: { s: number }): PublicDecision {
  const agency = AGENCIES[rand(AGENCIES.length, seed)]!;
  const kind = KINDS[rand(KINDS.length, seed)]!;
  const party = PARTIES[rand(PARTIES.length, seed)]!;
  const violation = VIOLATIONS[rand(VIOLATIONS.length, seed)]!;
  const facts =
    Array.from({ length: 4 }, () => FACT_PHRASES[rand(FACT_PHRASES.length, seed)]!).join('，') +
    `，涉案金额 ${rand(9000, seed) + 100} 元。`;
  const year = 2019 + rand(8, seed);
  const docNumber = `${agency.name.slice(0, 2)}${kind === '行政处罚' ? '罚' : kind === '行政许可' ? '许' : '检'}〔${year}〕${i + 1}号`;
  return {
    id: randomUUID(),
    key: decisionKey(agency.creditCode, docNumber),
    source: 'local',
    agency: { id: null, name: agency.name, creditCode: agency.creditCode, regionCode: null },
    kind,
    docNumber,
    title: `${party}${violation}案 ${kind}决定`,
    partyName: party,
    partyCreditCode: party.length > 4 ? `91130433MA${String(i).padStart(7, '0')}X` : null,
    violation,
    facts,
    conclusion: `罚款人民币${(rand(50, seed) + 1) * 100}元`,
    fineAmount: null,
    decidedOn: `${year}-${String(rand(12, seed) + 1).padStart(2, '0')}-${String(rand(28, seed) + 1).padStart(2, '0')}`,
    publishedAt: new Date(`${year}-12-31T00:00:00Z`),
    publicUntil: null,
    status: i % 17 === 0 ? 'withdrawn' : i % 11 === 0 ? 'corrected' : 'published',
    statusReason: i % 17 === 0 ? '行政复议决定撤销' : null,
    statusAt: i % 17 === 0 ? new Date('2026-10-09T02:00:00Z') : null,
    version: 1,
    history: [{ version: 1, act: '公示', on: `${year}-12-31T00:00:00.000Z`, reason: null }],
    fieldSet: 'penalty',
    fields: { CF_XDR_MC: party, CF_WSH: docNumber, CF_WFXW: violation, CF_SY: facts },
    body:
      i % 5 === 0
        ? `${agency.name}\n行政处罚决定书\n${docNumber}\n当事人：${party}\n${facts}\n依据《中华人民共和国食品安全法》第一百二十四条，决定如下。`
        : null,
  };
}

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  const seed = { s: 42 };
  for (let i = 0; i < 400; i++) records.push(makeRecord(i, seed));
  for (const r of records) await upsertPublicDecision(h.tdb.db, r, new Date('2026-11-01T00:00:00Z'));
});
afterAll(async () => h?.close());

const get = (url: string, headers: Record<string, string> = {}) => h.request(null, 'GET', url, undefined, headers);
const api = (params: Record<string, string>) => get(`/api/v1/public/decisions?${new URLSearchParams(params)}`);

/** Every page of a query, following nextCursor. */
async function all(params: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const r = await api({ ...params, limit: '50', ...(cursor ? { cursor } : {}) });
    expect(r.statusCode, r.body).toBe(200);
    const j = r.json();
    ids.push(...j.items.map((i: { id: string }) => i.id));
    if (!j.nextCursor) return ids;
    cursor = j.nextCursor;
  }
  throw new Error('paging did not end');
}

async function likeScan(term: string): Promise<string[]> {
  const rows = await sql<{
    id: string;
  }>`SELECT id FROM public_decisions WHERE status IN ('published', 'corrected') AND search_text LIKE ${`%${normalizeForSearch(term)}%`}`.execute(
    h.tdb.db,
  );
  return rows.rows.map((r) => r.id);
}

describe('R-PUB-8 search: recall equal to a LIKE scan', () => {
  it('R-PUB-8: random substrings (2–8 characters) of published texts and fields return exactly the LIKE set, each once', async () => {
    const seed = { s: 7 };
    const live = records.filter((r) => r.status !== 'withdrawn');
    let checked = 0;
    for (let n = 0; n < 60; n++) {
      const r = live[rand(live.length, seed)]!;
      const source = [r.facts, r.partyName, r.docNumber, r.body ?? r.title, r.partyCreditCode ?? r.title][rand(5, seed)]!;
      const len = 2 + rand(7, seed);
      const start = rand(Math.max(1, source.length - len), seed);
      const term = source.slice(start, start + len).replace(/\s/g, '');
      if ([...term].length < 2) continue;
      const got = await all({ q: term, sort: 'newest' });
      expect(new Set(got).size, `duplicates for ${term}`).toBe(got.length);
      expect(got.sort(), `「${term}」`).toEqual((await likeScan(term)).sort());
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('R-PUB-8: two terms must both occur; a full-width query finds half-width text; nothing matches a substring that occurs nowhere', async () => {
    const both = await all({ q: '酸奶 违法所得' });
    const expected = (await likeScan('酸奶')).filter(
      (id) =>
        records.find((r) => r.id === id)!.facts.includes('违法所得') || (records.find((r) => r.id === id)!.body ?? '').includes('违法所得'),
    );
    expect(both.sort()).toEqual(expected.sort());
    const code = records.find((r) => r.partyCreditCode && r.status === 'published')!;
    const fw = code.partyCreditCode!.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await all({ q: fw })).toContain(code.id);
    expect(await all({ q: '不存在的文字组合' })).toEqual([]);
  });

  it('R-PUB-8: a withdrawn decision is not found, but its page stays and says so', async () => {
    const w = records.find((r) => r.status === 'withdrawn')!;
    expect(await all({ q: w.docNumber })).not.toContain(w.id);
    const page = await get(`/decisions/${encodeURIComponent(w.agency.creditCode)}/${encodeURIComponent(w.docNumber)}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('本决定已撤下');
    expect(page.body).toContain('行政复议决定撤销');
    expect(page.body).not.toContain('决定书全文');
  });
});

describe('R-PUB-8 filters, facets, sorting and paging', () => {
  it('R-PUB-8: filters by agency, kind, party, credit code, 文号 and date range, each equal to the same SQL condition', async () => {
    const a = AGENCIES[1]!;
    const byAgency = await all({ agency: a.creditCode });
    const live = records.filter((r) => r.status !== 'withdrawn');
    expect(byAgency.sort()).toEqual(
      live
        .filter((r) => r.agency.creditCode === a.creditCode)
        .map((r) => r.id)
        .sort(),
    );
    const filtered = await all({ kind: '行政许可', from: '2021-01-01', to: '2023-12-31', party: '食品厂' });
    expect(filtered.sort()).toEqual(
      live
        .filter(
          (r) => r.kind === '行政许可' && r.decidedOn >= '2021-01-01' && r.decidedOn <= '2023-12-31' && r.partyName.includes('食品厂'),
        )
        .map((r) => r.id)
        .sort(),
    );
    const one = live.find((r) => r.partyCreditCode)!;
    expect(await all({ creditCode: one.partyCreditCode! })).toEqual([one.id]);
    expect(await all({ docNumber: one.docNumber })).toContain(one.id);
  });

  it('R-PUB-8: facets count the matching set; newest-first and oldest-first orders hold across pages', async () => {
    const r = (await api({ q: '食品', limit: '5' })).json();
    const total = r.facets.kinds.reduce((x: number, k: { count: number }) => x + k.count, 0);
    expect(total).toBe(r.total.value);
    expect(r.total.exact).toBe(true);
    const newest = await all({ q: '检查', sort: 'newest' });
    const dates = newest.map((id) => records.find((x) => x.id === id)!.decidedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const oldest = await all({ q: '检查', sort: 'oldest' });
    expect(oldest).toHaveLength(newest.length);
    // relevance: hits in the party name come before hits only in the facts
    const rel = (await api({ q: '食品', sort: 'relevance', limit: '100' })).json().items as { partyName: string; title: string }[];
    const firstFactOnly = rel.findIndex((i) => !`${i.partyName}${i.title}`.includes('食品'));
    if (firstFactOnly >= 0) expect(rel.slice(firstFactOnly).every((i) => !`${i.partyName}${i.title}`.includes('食品'))).toBe(true);
    const relAll = await all({ q: '食品', sort: 'relevance' });
    expect(relAll.sort()).toEqual((await likeScan('食品')).sort());
  });

  it('R-PUB-8: bad parameters answer 400 in Chinese; a tampered cursor too', async () => {
    for (const [params, field] of [
      [{ from: '2026-13' }, 'from'],
      [{ kind: '行政命令' }, 'kind'],
      [{ from: '2026-05-01', to: '2026-01-01' }, 'from'],
      [{ cursor: 'abc' }, 'cursor'],
      [{ creditCode: '123' }, 'creditCode'],
    ] as const) {
      const r = await api(params as Record<string, string>);
      expect(r.statusCode, JSON.stringify(params)).toBe(400);
      expect(errorCode(r)).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(r.json())).toMatch(field === 'kind' ? /kind|执法类别/ : /[\u4e00-\u9fff]/);
    }
    const page = await get('/search?from=2026-13-01');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('起始日期格式应为');
  });
});

describe('R-PUB-8 open data: JSON, permanent pages, feeds', () => {
  it('R-PUB-8: the read API is cache-friendly and open to other sites (ETag, 304, CORS)', async () => {
    const r = await api({ q: '酸奶' });
    expect(r.headers['cache-control']).toBe('public, max-age=60');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const again = await api({ q: '酸奶' });
    expect(
      (
        await h.request(null, 'GET', `/api/v1/public/decisions?q=${encodeURIComponent('酸奶')}`, undefined, {
          'if-none-match': String(again.headers['etag']),
        })
      ).statusCode,
    ).toBe(304);
  });

  it('issue 5 point 10: each decision has a permanent URL from its 文号 and JSON keyed by the 双公示 codes', async () => {
    const d = records.find((r) => r.status === 'published' && r.body)!;
    const url = `/decisions/${encodeURIComponent(d.agency.creditCode)}/${encodeURIComponent(d.docNumber)}`;
    const page = await get(url);
    expect(page.statusCode).toBe(200);
    for (const text of [d.docNumber, d.partyName, '决定书全文', '行政相对人名称', '本决定的数据']) expect(page.body).toContain(text);
    expect(page.body).not.toMatch(/<script/i);
    const json = (
      await get(`/api/v1/public/decisions/${encodeURIComponent(d.agency.creditCode)}/${encodeURIComponent(d.docNumber)}`)
    ).json();
    expect(json).toMatchObject({
      docNumber: d.docNumber,
      url,
      status: 'published',
      fields: { CF_XDR_MC: d.partyName, CF_WSH: d.docNumber },
      fullText: d.body,
    });
    expect((await get(`/decisions/${d.agency.creditCode}/${encodeURIComponent('不存在〔2026〕1号')}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/public/decisions/${d.agency.creditCode}/${encodeURIComponent('不存在〔2026〕1号')}`)).statusCode).toBe(404);
  });

  it('issue 5 point 10: an Atom feed per agency and for all, each entry at its permanent URL; a withdrawal shows in its entry', async () => {
    const a = AGENCIES[0]!;
    const r = await get(`/agencies/${a.creditCode}/decisions.atom`);
    // the demo agencies differ from these records' agencies: an unknown agency is 404
    expect([200, 404]).toContain(r.statusCode);
    const all = await get('/decisions.atom');
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toContain('application/atom+xml');
    expect(all.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(all.body.match(/<entry>/g)).toHaveLength(50);
    for (const tag of ['<id>', '<title>', '<updated>', '<link rel="alternate"']) expect(all.body).toContain(tag);
    const w = records.find((x) => x.status === 'withdrawn')!;
    await upsertPublicDecision(h.tdb.db, { ...w, statusAt: new Date('2026-11-02T00:00:00Z') }, new Date('2026-11-02T01:00:00Z'));
    const after = await get('/decisions.atom');
    const entry = after.body.split('<entry>').find((e) => e.includes(w.docNumber))!;
    expect(entry).toContain('【已撤下】');
    expect(entry).toContain('行政复议决定撤销');
  });

  it('R-PUB-8: the search page works without scripts: results with marks, facets as links, next page', async () => {
    const r = await get(`/search?q=${encodeURIComponent('酸奶')}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<mark>酸奶</mark>');
    expect(r.body).toMatch(/检索结果（共 \d+ 条）/);
    expect(r.body).toContain('rel="next"');
    expect(r.body).not.toMatch(/<script/i);
  });
});
