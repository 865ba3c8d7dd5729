import { sql, type RawBuilder } from 'kysely';
import {
  DomainError,
  ENFORCEMENT_KINDS,
  bigramsOf,
  normalizeArticle,
  normalizeForSearch,
  normalizeLawName,
  parseQuery,
} from '@sanxiang/domain';
import type { SearchQuery, SearchSort } from './search.schemas.ts';
import type { BigramStats } from './search.repository.ts';

/**
 * What a search query becomes before anything is read (R-PUB-8): its checks, its terms and the
 * bigrams the index is asked for, its keyset cursor, and the SQL conditions of its range (read
 * from its head) and of its matches (every term a substring, so results equal a LIKE scan).
 */

/**
 * Totals are exact up to this many matches; beyond, an estimate. Facets are then counted over
 * this many matches, and relevance order ranks the newest this many.
 */
export const COUNT_EXACT_UP_TO = 500;

/**
 * How the search chooses its way (settings, so that tests can reach every way with a few
 * thousand records):
 * - `probeWindow`: how many records of the range, in date order from its head, the probe reads
 *   before the indexes are asked;
 * - `probeReach`: how far the probe may read on when its window's density says the page lies
 *   within that many records (cheaper than reading every candidate from the index);
 * - `directCandidates`: a query whose index candidates are at most this many (by the bigram
 *   column's statistics, an upper bound) skips the probe and reads them all at once;
 * - `maxCandidates`: the cost cap of a public search (issue 23). A query the probe did not settle
 *   reads on through the indexes only when its candidates are at most this many by the same bound
 *   (each candidate is read and tested on its text: ~6 µs apiece at 1,000,000 records, so 20,000
 *   cost ~0.1 s); otherwise, and when it has no bigram to narrow by (single characters, a
 *   violation type alone over a large range: a table scan), it answers with what the probe read,
 *   marked partial (search.service.ts).
 */
export const searchTuning = { probeWindow: 5000, probeReach: 10_000, directCandidates: 1000, maxCandidates: 20_000 };

/**
 * The fine thresholds the index keeps tokens for (元, migration 0052): a decision holds `f:t` for each
 * t in FINE_FLOORS at most its fine, and `g:t` for each t in FINE_CEILINGS at least its fine.
 */
const FINE_FLOORS = [1, 1000, 10_000, 100_000, 1_000_000];
const FINE_CEILINGS = [1000, 10_000, 100_000, 1_000_000];
/** The largest amount a fine filter takes (元): ten billion. */
const MAX_FINE = 10_000_000_000;
const REGION = /^\d{6}(\d{3})?$/;
/** A LIKE pattern for a substring, its wildcards escaped. */
export const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2026-13-01 and 2026-02-30 are not). */
const isDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return DATE.test(s) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};

function validate(q: SearchQuery): void {
  const bad = (field: string, msg: string) => {
    throw new DomainError('VALIDATION_FAILED', msg, { field });
  };
  if (q.q !== undefined && q.q.length > 100) bad('q', '检索词不能超过 100 个字');
  if (q.kind && !(ENFORCEMENT_KINDS as readonly string[]).includes(q.kind)) bad('kind', `执法类别应为：${ENFORCEMENT_KINDS.join('、')}`);
  if (q.from && !isDay(q.from)) bad('from', '起始日期格式应为 YYYY-MM-DD');
  if (q.to && !isDay(q.to)) bad('to', '截止日期格式应为 YYYY-MM-DD');
  if (q.from && q.to && q.from > q.to) bad('from', '起始日期不能晚于截止日期');
  if (q.creditCode && !/^[0-9A-Za-z]{18}$/.test(q.creditCode)) bad('creditCode', '统一社会信用代码应为 18 位数字或字母');
  for (const f of ['party', 'docNumber', 'violation', 'agency', 'law'] as const) if ((q[f]?.length ?? 0) > 100) bad(f, '检索条件过长');
  if (q.law !== undefined && !normalizeLawName(q.law)) bad('law', '法律依据应填写法律、法规或规章的名称，如：食品安全法');
  if (q.article !== undefined) {
    if (!q.law) bad('article', '按条款检索时请同时填写法律依据的名称');
    if (!normalizeArticle(q.article)) bad('article', '条款应为条的序号，如：124、第一百二十四条');
  }
  if (q.region !== undefined && !REGION.test(q.region)) bad('region', '地区应为 6 位或 9 位行政区划代码');
  const amount = (f: 'fineMin' | 'fineMax') => {
    const v = q[f];
    if (v === undefined) return null;
    const n = typeof v === 'number' ? v : /^\d+(\.\d{1,2})?$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > MAX_FINE)
      bad(f, `罚款金额应为 0 至 ${MAX_FINE.toLocaleString('zh-CN')} 元之间的数字（单位：元，最多两位小数）`);
    return n;
  };
  const min = amount('fineMin');
  const max = amount('fineMax');
  if (min !== null && max !== null && min > max) bad('fineMin', '罚款金额的下限不能大于上限');
}

/** The filters a search takes besides keywords, in the forms the index keeps (null: not given). */
export interface Filters {
  /** law name, without 《》 and 中华人民共和国 */
  law: string | null;
  /** law第…条 */
  article: string | null;
  region: string | null;
  fineMin: number | null;
  fineMax: number | null;
}

function filtersOf(q: SearchQuery): Filters {
  const law = q.law ? normalizeLawName(q.law) : null;
  const article = law && q.article ? `${law}${normalizeArticle(q.article)!}` : null;
  const num = (v: string | number | undefined) => (v === undefined ? null : Number(v));
  return { law, article, region: q.region ?? null, fineMin: num(q.fineMin), fineMax: num(q.fineMax) };
}

/** The index tokens of the filters (migration 0052, search_tokens): each narrows through the GIN index as a bigram does. */
function filterTokens(q: SearchQuery, f: Filters): string[] {
  const out: string[] = [];
  if (f.article) out.push(`l:${f.article}`);
  else if (f.law) out.push(`l:${f.law}`);
  if (f.region) out.push(`r:${f.region}`);
  if (q.violation) out.push(`v:${q.violation}`);
  const floor = f.fineMin === null ? undefined : FINE_FLOORS.filter((t) => t <= f.fineMin!).pop();
  if (floor !== undefined) out.push(`f:${floor}`);
  const ceiling = f.fineMax === null ? undefined : FINE_CEILINGS.find((t) => t >= f.fineMax!);
  if (ceiling !== undefined) out.push(`g:${ceiling}`);
  return out;
}

/** A region code and the codes below it: 440000 the province (44…), 440300 a city (4403…), a county or township itself. */
function regionPrefix(code: string): string {
  if (code.length > 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Where a page ended: its last record's date and id, and its weight in relevance order. */
export interface Cursor {
  d: string;
  i: string;
  w?: number;
}
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (
      typeof c.d !== 'string' ||
      !isDay(c.d) ||
      typeof c.i !== 'string' ||
      !/^[0-9a-f-]{36}$/.test(c.i) ||
      (c.w !== undefined && typeof c.w !== 'number')
    )
      throw new Error('shape');
    return c;
  } catch {
    throw new DomainError('VALIDATION_FAILED', '翻页参数 cursor 无效，请从第一页重新检索', { field: 'cursor' });
  }
}

export type Terms = ReturnType<typeof parseQuery>;

/** A checked query with what every way of reading it needs. */
export interface SearchPlan {
  q: SearchQuery;
  terms: Terms;
  sort: SearchSort;
  /** page size, 1–100 */
  limit: number;
  cursor: Cursor | null;
  /** the bigrams of the keywords, of part of a party's name and of part of a 文号, and the filters' tokens */
  grams: string[];
  filters: Filters;
}

export function planSearch(q: SearchQuery): SearchPlan {
  validate(q);
  const terms = parseQuery(q.q ?? '');
  // newest first by default, as 公示 registers list; 'relevance' puts hits in names, titles and 文号 first
  const sort: SearchSort = q.sort ?? 'newest';
  const limit = Math.min(Math.max(q.limit ?? 20, 1), 100);
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const grams = new Set(terms.bigrams);
  for (const part of [q.party, q.docNumber]) if (part) for (const g of bigramsOf(normalizeForSearch(part))) grams.add(g);
  const filters = filtersOf(q);
  for (const t of filterTokens(q, filters)) grams.add(t);
  return { q, terms, sort, limit, cursor, grams: [...grams], filters };
}

/**
 * The WHERE conditions of a query (without paging), narrowed through the bigram index by `keys`
 * (none: for rows already read, which the substring tests alone decide).
 */
export function conditions(
  q: SearchQuery,
  terms: Terms,
  keys: string[],
  f: Filters = filtersOf(q),
): { where: RawBuilder<unknown>[]; substrings: boolean } {
  const c: RawBuilder<unknown>[] = [];
  // every substring condition (keywords, part of a party's name, part of a 文号) and every filter token narrows through the one index
  if (keys.length) c.push(sql`d.keys @> ${keys}::text[]`);
  for (const t of terms.terms) c.push(sql`d.search_text LIKE ${like(t)}`);
  // one-character terms: too common to index; matched on names and 文号 only
  for (const t of terms.short) c.push(sql`lower(d.party_name || ' ' || d.title || ' ' || d.doc_number) LIKE ${like(t)}`);
  if (q.agency) c.push(sql`d.agency_credit_code = ${q.agency}`);
  if (q.kind) c.push(sql`d.kind = ${q.kind}`);
  if (q.party) {
    const p = normalizeForSearch(q.party);
    c.push(sql`lower(d.party_name) LIKE ${like(p)}`);
  }
  if (q.creditCode) c.push(sql`d.party_credit_code = ${q.creditCode.toUpperCase()}`);
  if (q.docNumber) c.push(sql`d.doc_number LIKE ${like(q.docNumber.trim())}`);
  if (q.violation) c.push(sql`d.violation = ${q.violation}`);
  if (q.from) c.push(sql`d.decided_on >= ${q.from}::date`);
  if (q.to) c.push(sql`d.decided_on <= ${q.to}::date`);
  if (f.article || f.law) c.push(sql`d.law_refs @> ARRAY[${f.article ?? f.law}]::text[]`);
  if (f.region) c.push(sql`left(d.region_code, ${regionPrefix(f.region).length}) = ${regionPrefix(f.region)}`);
  if (f.fineMin !== null) c.push(sql`d.fine_amount >= ${f.fineMin}::numeric`);
  if (f.fineMax !== null) c.push(sql`d.fine_amount <= ${f.fineMax}::numeric`);
  return { where: c, substrings: keys.length > 0 };
}

/**
 * The range a search reads from its head: live, the party's credit code (a handful of records, so
 * the range is small and goes to the planner), agency or kind, dates, the cursor.
 */
export function rangeConditions(q: SearchQuery, cursor: Cursor | null, sort: SearchSort): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [];
  if (q.creditCode) c.push(sql`d.party_credit_code = ${q.creditCode.toUpperCase()}`);
  if (q.agency) c.push(sql`d.agency_credit_code = ${q.agency}`);
  if (q.kind) c.push(sql`d.kind = ${q.kind}`);
  if (q.from) c.push(sql`d.decided_on >= ${q.from}::date`);
  if (q.to) c.push(sql`d.decided_on <= ${q.to}::date`);
  c.push(...afterCursor(cursor, sort));
  return c;
}

/** Keyset paging: the records after the cursor in the page order (relevance pages in memory). */
export function afterCursor(cursor: Cursor | null, sort: SearchSort): RawBuilder<unknown>[] {
  if (cursor && sort === 'oldest') return [sql`(d.decided_on, d.id) > (${cursor.d}::date, ${cursor.i}::uuid)`];
  if (cursor && sort === 'newest') return [sql`(d.decided_on, d.id) < (${cursor.d}::date, ${cursor.i}::uuid)`];
  return [];
}

/** The date order records are read in: relevance pages are ranked among the newest. */
export const pageOrderOf = (sort: SearchSort): 'newest' | 'oldest' => (sort === 'oldest' ? 'oldest' : 'newest');

/**
 * The date order as SQL. `hidden`: as an expression the date index cannot give, so that the
 * planner does not walk that index through a large range for a rare phrase.
 */
export function dateOrder(sort: SearchSort, hidden = false): RawBuilder<unknown> {
  if (!hidden) return sort === 'oldest' ? sql`d.decided_on ASC, d.id ASC` : sql`d.decided_on DESC, d.id DESC`;
  return sort === 'oldest' ? sql`(d.decided_on + 0) ASC, d.id ASC` : sql`(d.decided_on + 0) DESC, d.id DESC`;
}

/** How many of a query's bigrams go to the index: the rarest few narrow about as much as all of them. */
const INDEX_KEYS = 4;

/**
 * The bigrams a query looks up in the index, and how many records at most hold them all. The
 * index returns the records holding all of them, and the substring tests decide; so the rarest
 * few (by the column's statistics) narrow about as well as all of them, and each common bigram
 * left out saves reading a long posting list — a 文号 with its digit pairs (〔2, 20, 02, 23 …, in
 * every date and amount) took 98 ms in the index with all 16 and 5 ms with its rarest. Without
 * statistics, digit pairs go last and the number of candidates is unknown (null). A bigram the
 * statistics do not list is rarer than the rarest they list: its candidates are counted at half
 * that frequency, as PostgreSQL's planner counts them, and are at most twice that.
 */
export function indexKeys(grams: string[], known: BigramStats): { keys: string[]; candidates: number | null } {
  if (!grams.length) return { keys: [], candidates: null };
  const digits = (g: string) => /^[\x00-\x7f]+$/.test(g) && /\d/.test(g);
  const listed = known.freq.size > 0;
  const rank = (g: string) => known.freq.get(g) ?? (listed ? known.floor / 2 : digits(g) ? 1 : 0.5);
  const keys = [...grams].sort((a, b) => rank(a) - rank(b)).slice(0, INDEX_KEYS);
  // (as PostgreSQL's own estimate: half the rarest listed frequency; at most all of it)
  const bound = (g: string) => known.freq.get(g) ?? known.floor / 2;
  const candidates = listed && known.rows > 0 ? Math.ceil(Math.min(...keys.map(bound)) * known.rows) : null;
  return { keys, candidates };
}
