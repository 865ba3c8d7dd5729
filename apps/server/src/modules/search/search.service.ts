import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import { DomainError, ENFORCEMENT_KINDS, bigramsOf, normalizeForSearch, parseQuery } from '@sanxiang/domain';
import type { Database, PublicDecisionsTable } from '../../db/schema.ts';
import { decisionKey } from '../publications/public-decision.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';

/**
 * Search over published decisions (R-PUB-8): keyword terms (every one a substring, found through
 * the bigram index and confirmed on the text, so results equal a LIKE scan), field filters, facets,
 * sorting and keyset paging with an estimated total — never OFFSET, never an exact count over
 * millions. Only live decisions (已公示 / 已更正) are searched.
 */
export type SearchSort = 'newest' | 'oldest' | 'relevance';

export interface SearchQuery {
  q?: string | undefined;
  /** 机关统一社会信用代码 */
  agency?: string | undefined;
  kind?: string | undefined;
  /** part of the party's name */
  party?: string | undefined;
  /** the party's 统一社会信用代码 */
  creditCode?: string | undefined;
  /** 文书号, whole or part */
  docNumber?: string | undefined;
  violation?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: SearchSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface SearchHit {
  id: string;
  key: string;
  url: string;
  kind: string;
  docNumber: string;
  title: string;
  partyName: string;
  partyCreditCode: string | null;
  agency: { name: string; creditCode: string };
  violation: string | null;
  decidedOn: string;
  conclusion: string;
  status: string;
  /** a short passage around the first match (plain text) */
  excerpt: string;
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  /** exact up to 500; beyond that the planner's estimate */
  total: { value: number; exact: boolean };
  facets: { kinds: { value: string; count: number }[]; agencies: { value: string; name: string; count: number }[]; years: { value: string; count: number }[]; sampled: boolean };
  terms: string[];
}

const LIVE = sql`d.status IN ('published', 'corrected')`;
/**
 * Totals are exact up to this many matches; beyond, an estimate. Facets are then counted over
 * this many matches, and relevance order ranks the newest this many.
 */
export const COUNT_EXACT_UP_TO = 500;
const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2026-13-01 and 2026-02-30 are not). */
const isDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return DATE.test(s) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};

export const decisionUrl = (creditCode: string, docNumber: string) => `/decisions/${encodeURIComponent(creditCode)}/${encodeURIComponent(docNumber)}`;

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
  for (const f of ['party', 'docNumber', 'violation', 'agency'] as const) if ((q[f]?.length ?? 0) > 100) bad(f, '检索条件过长');
}

interface Cursor {
  d: string;
  i: string;
  w?: number;
}
function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.d !== 'string' || !isDay(c.d) || typeof c.i !== 'string' || !/^[0-9a-f-]{36}$/.test(c.i) || (c.w !== undefined && typeof c.w !== 'number')) throw new Error('shape');
    return c;
  } catch {
    throw new DomainError('VALIDATION_FAILED', '翻页参数 cursor 无效，请从第一页重新检索', { field: 'cursor' });
  }
}

/**
 * The WHERE conditions of a query (without paging), narrowed through the bigram index by `keys`
 * (none: for rows already read, which the substring tests alone decide).
 */
function conditions(q: SearchQuery, terms: ReturnType<typeof parseQuery>, keys: string[]): { where: RawBuilder<unknown>[]; substrings: boolean } {
  const c: RawBuilder<unknown>[] = [LIVE];
  // every substring condition (keywords, part of a party's name, part of a 文号) narrows through the one bigram index
  if (keys.length) c.push(sql`d.bigrams @> ${keys}::text[]`);
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
  return { where: c, substrings: keys.length > 0 };
}

/** Field hits (party, title, 文号, violation) weigh more than hits in the facts or full text. */
function weight(terms: string[]): RawBuilder<number> {
  if (!terms.length) return sql<number>`0`;
  const fields = sql`lower(d.party_name || ' ' || d.title || ' ' || d.doc_number || ' ' || coalesce(d.violation, ''))`;
  return sql<number>`(${sql.join(terms.map((t) => sql`(CASE WHEN ${fields} LIKE ${like(t)} THEN 1 ELSE 0 END)`), sql` + `)})`;
}


/**
 * How many records of the range, in date order from its head, the probe reads before the planner
 * is asked (a setting so that tests can reach every path with a few thousand records).
 */
export const searchTuning = { probeWindow: 5000 };

/**
 * The range a search reads from its head: live, the party's credit code (a handful of records, so
 * the range is small and goes to the planner), agency or kind, dates, the cursor.
 */
function rangeConditions(q: SearchQuery, cursor: Cursor | null, sort: SearchSort): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [LIVE];
  if (q.creditCode) c.push(sql`d.party_credit_code = ${q.creditCode.toUpperCase()}`);
  if (q.agency) c.push(sql`d.agency_credit_code = ${q.agency}`);
  if (q.kind) c.push(sql`d.kind = ${q.kind}`);
  if (q.from) c.push(sql`d.decided_on >= ${q.from}::date`);
  if (q.to) c.push(sql`d.decided_on <= ${q.to}::date`);
  c.push(...afterCursor(cursor, sort));
  return c;
}

/** Keyset paging: the records after the cursor in the page order (relevance pages in memory). */
function afterCursor(cursor: Cursor | null, sort: SearchSort): RawBuilder<unknown>[] {
  if (cursor && sort === 'oldest') return [sql`(d.decided_on, d.id) > (${cursor.d}::date, ${cursor.i}::uuid)`];
  if (cursor && sort === 'newest') return [sql`(d.decided_on, d.id) < (${cursor.d}::date, ${cursor.i}::uuid)`];
  return [];
}

type Row = { id: string; key: string; kind: string; doc_number: string; title: string; party_name: string; party_credit_code: string | null; agency_name: string; agency_credit_code: string; violation: string | null; decided_on: string; conclusion: string; status: string; facts: string; w: number };
type Match = { id: string; kind: string; agency_credit_code: string; agency_name: string; decided_on: string; rn: number; w: number };
type Summary = { kind: string | null; agency_credit_code: string | null; agency_name: string | null; year: string | null; n: number; g: number };

const COLUMNS = sql`d.id, d.key, d.kind, d.doc_number, d.title, d.party_name, d.party_credit_code, d.agency_name, d.agency_credit_code, d.violation, d.decided_on::text AS decided_on,
           d.conclusion, d.status, left(d.facts, 400) AS facts`;
const and = (list: RawBuilder<unknown>[]) => sql.join(list, sql` AND `);

/**
 * The planner cannot know how often a phrase occurs: it multiplies its bigrams' frequencies as
 * if independent, while a phrase's bigrams come together, so it underestimates dense phrases by
 * 10–40× and builds a bitmap of hundreds of thousands of rows to sort twenty of them, or walks the
 * date index through the whole table for a phrase it took for dense. So a search first reads the
 * head of its range in date order (the newest `searchTuning.probeWindow` records of the agency,
 * kind and dates asked for, after the cursor) and keeps the first 501 matches, each checked on its
 * text. There a dense query finds its page, its facets and its density (the estimated total is
 * the density times the range). Only a query with few matches in the window goes to the indexes,
 * with the date order hidden from the planner and the table scan forbidden: it is rare, so its
 * bitmap is small. A range no longer than the window (one agency's, a few months') is the
 * planner's from the start: any plan reads at most the range.
 */
export async function searchDecisions(db: Kysely<Database>, q: SearchQuery): Promise<SearchResult> {
  validate(q);
  const terms = parseQuery(q.q ?? '');
  // newest first by default, as 公示 registers list; 'relevance' puts hits in names, titles and 文号 first
  const sort: SearchSort = q.sort ?? 'newest';
  const limit = Math.min(Math.max(q.limit ?? 20, 1), 100);
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const grams = new Set(terms.bigrams);
  for (const part of [q.party, q.docNumber]) if (part) for (const g of bigramsOf(normalizeForSearch(part))) grams.add(g);
  const [keys, size] = await Promise.all([indexKeys(db, [...grams]), estimateRows(db, sql`SELECT 1 FROM public_decisions d WHERE ${and(rangeConditions(q, null, sort))}`)]);
  const checked = conditions(q, terms, []).where;
  // a range no longer than the window (one agency's decisions of some years) is left to the
  // planner, through the range's own index and the substring tests alone: any plan reads at most
  // the range, and the bigram test on each row (its array read from TOAST) would only add to it
  const small = size <= searchTuning.probeWindow;
  const { where, substrings } = small ? { where: checked, substrings: false } : conditions(q, terms, keys);
  const w = weight(terms.terms);
  const order = sort === 'oldest' ? sql`d.decided_on ASC, d.id ASC` : sql`d.decided_on DESC, d.id DESC`;
  // with substring conditions over a large range the planner may pick the date index for a rare phrase; hide the order from it
  const plannerOrder = !substrings ? order : sort === 'oldest' ? sql`(d.decided_on + 0) ASC, d.id ASC` : sql`(d.decided_on + 0) DESC, d.id DESC`;
  const probeOf = (range: RawBuilder<unknown>[]) => probeRange(db, range, checked, order, w);
  const notProbed: Probe = { matches: [], windowFull: true };
  // the page's probe starts at the cursor; the total and the facets are the whole query's
  const [pageProbe, head] = await (small
    ? Promise.resolve([notProbed, notProbed] as const)
    : cursor && sort !== 'relevance'
      ? Promise.all([probeOf(rangeConditions(q, cursor, sort)), probeOf(rangeConditions(q, null, sort))])
      : probeOf(rangeConditions(q, null, sort)).then((p) => [p, p] as const));
  const whole = (p: Probe) => !p.windowFull || p.matches.length > COUNT_EXACT_UP_TO;

  // the page: from the probe when it holds one, else through the indexes
  let pageP: Promise<Row[]>;
  if (sort === 'relevance') {
    // field hits first, ranked within the newest COUNT_EXACT_UP_TO + 1 matches (a weight over millions of matches would not be fast)
    const newestP = whole(head)
      ? Promise.resolve(head.matches)
      : viaIndexes(db, substrings, sql<Match>`SELECT d.id, d.decided_on::text AS decided_on, ${w}::int AS w FROM public_decisions d WHERE ${and(where)} ORDER BY ${plannerOrder} LIMIT ${COUNT_EXACT_UP_TO + 1}`);
    pageP = newestP.then(async (newest) => {
      const ranked = newest.map((r) => ({ id: r.id, decided_on: r.decided_on, w: Number(r.w) })).sort((a, b) => b.w - a.w || b.decided_on.localeCompare(a.decided_on) || b.id.localeCompare(a.id));
      const cw = cursor?.w ?? 0;
      const after = cursor ? ranked.filter((r) => r.w < cw || (r.w === cw && (r.decided_on < cursor.d || (r.decided_on === cursor.d && r.id < cursor.i)))) : ranked;
      const ids = after.slice(0, limit + 1);
      const rows = await byIds(db, ids.map((r) => r.id));
      const weightOf = new Map(ids.map((r) => [r.id, r.w]));
      for (const r of rows) r.w = weightOf.get(r.id) ?? 0;
      return rows;
    });
  } else if (pageProbe.matches.length > limit || !pageProbe.windowFull) {
    pageP = byIds(db, pageProbe.matches.slice(0, limit + 1).map((m) => m.id));
  } else {
    const page = [...where, ...afterCursor(cursor, sort)];
    pageP = viaIndexes(db, substrings, sql<Row>`SELECT ${COLUMNS}, 0 AS w FROM public_decisions d WHERE ${and(page)} ORDER BY ${plannerOrder} LIMIT ${limit + 1}`);
  }

  // the total (exact up to 500, else estimated) and the facets, alongside the page
  const summaryP = (async (): Promise<{ total: { value: number; exact: boolean }; summary: Summary[] }> => {
    const m = head.matches.length;
    if (!head.windowFull && m <= COUNT_EXACT_UP_TO) return { total: { value: m, exact: true }, summary: facetRows(head.matches) };
    if (m > COUNT_EXACT_UP_TO) {
      // 501 matches among the first `rn` records of the range: that density over the whole range
      const scanned = head.matches[m - 1]!.rn;
      return { total: { value: Math.max(COUNT_EXACT_UP_TO + 1, Math.round((m / scanned) * size)), exact: false }, summary: facetRows(head.matches.slice(0, COUNT_EXACT_UP_TO)) };
    }
    if (m >= 50) {
      // enough matches in the full window to say the total is far above 500
      const estimate = Math.round((m / searchTuning.probeWindow) * size);
      if (estimate > 1.5 * COUNT_EXACT_UP_TO) return { total: { value: estimate, exact: false }, summary: facetRows(head.matches) };
    }
    // one pass over at most 501 matches through the indexes
    const summary = await viaIndexes(
      db,
      substrings,
      sql<Summary>`
      SELECT kind, agency_credit_code, agency_name, year, count(*)::int AS n, GROUPING(kind, agency_credit_code, agency_name, year)::int AS g FROM (
        SELECT d.kind, d.agency_credit_code, d.agency_name, to_char(d.decided_on, 'YYYY') AS year FROM public_decisions d WHERE ${and(where)} LIMIT ${COUNT_EXACT_UP_TO + 1}) s
      GROUP BY GROUPING SETS ((), (kind), (agency_credit_code, agency_name), (year))`,
    );
    const n = summary.find((r) => r.g === 15)?.n ?? 0;
    if (n <= COUNT_EXACT_UP_TO) return { total: { value: n, exact: true }, summary };
    return { total: { value: Math.max(COUNT_EXACT_UP_TO + 1, await estimateRows(db, sql`SELECT 1 FROM public_decisions d WHERE ${and(where)}`)), exact: false }, summary };
  })();
  const [pageRows, { total, summary }] = await Promise.all([pageP, summaryP]);
  const f = cursor ? [] : summary.filter((r) => r.g !== 15);
  const more = pageRows.length > limit;
  const items = pageRows.slice(0, limit);
  const lastItem = items[items.length - 1];
  return {
    items: items.map((r) => ({
      id: r.id,
      key: r.key,
      url: decisionUrl(r.agency_credit_code, r.doc_number),
      kind: r.kind,
      docNumber: r.doc_number,
      title: r.title,
      partyName: r.party_name,
      partyCreditCode: r.party_credit_code,
      agency: { name: r.agency_name, creditCode: r.agency_credit_code },
      violation: r.violation,
      decidedOn: r.decided_on,
      conclusion: r.conclusion,
      status: r.status,
      excerpt: excerpt(r.facts, terms.terms),
    })),
    nextCursor: more && lastItem ? encodeCursor({ d: lastItem.decided_on, i: lastItem.id, ...(sort === 'relevance' ? { w: Number(lastItem.w) } : {}) }) : null,
    total,
    facets: {
      kinds: f.filter((r) => r.kind !== null).map((r) => ({ value: r.kind!, count: r.n })).sort((a, b) => b.count - a.count),
      agencies: f.filter((r) => r.agency_credit_code !== null).map((r) => ({ value: r.agency_credit_code!, name: r.agency_name!, count: r.n })).sort((a, b) => b.count - a.count).slice(0, 20),
      years: f.filter((r) => r.year !== null).map((r) => ({ value: r.year!, count: r.n })).sort((a, b) => b.value.localeCompare(a.value)),
      sampled: !total.exact,
    },
    terms: terms.terms,
  };
}

/** How many of a query's bigrams go to the index: the rarest few narrow about as much as all of them. */
const INDEX_KEYS = 4;
const STATS_TTL_MS = 10 * 60_000;
type BigramStats = { at: number; freq: Map<string, number>; floor: number };
const statsCache = new WeakMap<Kysely<Database>, Promise<BigramStats>>();

/** The bigram column's element frequencies from PostgreSQL's statistics, cached for ten minutes. */
async function bigramStats(db: Kysely<Database>): Promise<BigramStats> {
  const cached = statsCache.get(db);
  if (cached) {
    const s = await cached;
    if (Date.now() - s.at < STATS_TTL_MS) return s;
  }
  const loading = sql<{ elems: string[] | null; freqs: number[] | null }>`SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
      WHERE schemaname = current_schema() AND tablename = 'public_decisions' AND attname = 'bigrams'`
    .execute(db)
    .then((r) => {
      const elems = r.rows[0]?.elems ?? [];
      const freqs = r.rows[0]?.freqs ?? [];
      // after the elements' frequencies: the minimum, the maximum and that of nulls
      return { at: Date.now(), freq: new Map(elems.map((e, i) => [e, freqs[i]!])), floor: freqs[elems.length] ?? 0 };
    });
  statsCache.set(db, loading);
  loading.catch(() => statsCache.delete(db));
  return loading;
}

/**
 * The bigrams a query looks up in the index. The index returns the records holding all of them,
 * and the substring tests decide; so the rarest few (by the column's statistics) narrow about as
 * well as all of them, and each common bigram left out saves reading a long posting list — a 文号
 * with its digit pairs (〔2, 20, 02, 23 …, in every date and amount) took 98 ms in the index with
 * all 16 and 5 ms with its rarest. Without statistics, digit pairs go last.
 */
async function indexKeys(db: Kysely<Database>, grams: string[]): Promise<string[]> {
  if (grams.length <= INDEX_KEYS) return grams;
  const known = await bigramStats(db);
  const digits = (g: string) => /^[\x00-\x7f]+$/.test(g) && /\d/.test(g);
  // an element missing from the statistics is rarer than the rarest one listed
  const rank = (g: string) => known.freq.get(g) ?? (known.freq.size ? known.floor / 2 : digits(g) ? 1 : 0.5);
  return [...grams].sort((a, b) => rank(a) - rank(b)).slice(0, INDEX_KEYS);
}

/**
 * A query for matches the probe did not find: through the bigram index, never a scan of the
 * whole table (which the planner would choose for a phrase it believes common).
 */
async function viaIndexes<R>(db: Kysely<Database>, substrings: boolean, query: RawBuilder<R>): Promise<R[]> {
  if (!substrings) return (await query.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}

interface Probe {
  /** the first COUNT_EXACT_UP_TO + 1 matches in the window, in order, with their row numbers in it */
  matches: Match[];
  /** whether the range held the window's size or more (else the matches are all the range's) */
  windowFull: boolean;
}

/**
 * The head of a range in date order, and the matches in it (see searchDecisions). The window's
 * last record comes back too, unmatched or not, when the scan gets that far: then the range is at
 * least as long as the window.
 */
async function probeRange(db: Kysely<Database>, range: RawBuilder<unknown>[], checked: RawBuilder<unknown>[], order: RawBuilder<unknown>, w: RawBuilder<number>): Promise<Probe> {
  const window = searchTuning.probeWindow;
  const rows = (
    await sql<Match & { hit: boolean }>`SELECT d.id, d.kind, d.agency_credit_code, d.agency_name, d.decided_on::text AS decided_on, d.rn::int AS rn, ${w}::int AS w, d.hit
      FROM (SELECT d.*, row_number() OVER (ORDER BY ${order}) AS rn, (${and(checked)}) AS hit
            FROM (SELECT * FROM public_decisions d WHERE ${and(range)} ORDER BY ${order} LIMIT ${window}) d) d
      WHERE d.hit OR d.rn = ${window} LIMIT ${COUNT_EXACT_UP_TO + 2}`.execute(db)
  ).rows;
  // rows leave the window function in its order; sorted again so as not to depend on it
  const matches = rows.filter((r) => r.hit).sort((a, b) => a.rn - b.rn).slice(0, COUNT_EXACT_UP_TO + 1);
  return { matches, windowFull: matches.length > COUNT_EXACT_UP_TO || rows.some((r) => r.rn === window) };
}

/** Full rows of a page, in the order of `ids`. */
async function byIds(db: Kysely<Database>, ids: string[]): Promise<Row[]> {
  if (!ids.length) return [];
  const rows = (await sql<Row>`SELECT ${COLUMNS}, 0 AS w FROM public_decisions d WHERE d.id = ANY(${ids}::uuid[])`.execute(db)).rows;
  const at = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
}

/** The planner's row estimate of a query (its statistics are good for ranges and equalities). */
async function estimateRows(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<number> {
  const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`EXPLAIN (FORMAT JSON) ${query}`.execute(db);
  return Math.round(plan.rows[0]!['QUERY PLAN'][0].Plan['Plan Rows']);
}

/** Facet counts (and the grand total, g = 15) over matches, as the GROUPING SETS query gives them. */
function facetRows(ms: Match[]): Summary[] {
  const count = (key: (m: Match) => string) => {
    const c = new Map<string, { m: Match; n: number }>();
    for (const m of ms) {
      const k = key(m);
      const e = c.get(k);
      if (e) e.n++;
      else c.set(k, { m, n: 1 });
    }
    return [...c.values()];
  };
  return [
    { kind: null, agency_credit_code: null, agency_name: null, year: null, n: ms.length, g: 15 },
    ...count((m) => m.kind).map(({ m, n }) => ({ kind: m.kind, agency_credit_code: null, agency_name: null, year: null, n, g: 7 })),
    ...count((m) => m.agency_credit_code).map(({ m, n }) => ({ kind: null, agency_credit_code: m.agency_credit_code, agency_name: m.agency_name, year: null, n, g: 9 })),
    ...count((m) => m.decided_on.slice(0, 4)).map(({ m, n }) => ({ kind: null, agency_credit_code: null, agency_name: null, year: m.decided_on.slice(0, 4), n, g: 14 })),
  ];
}

/** Up to ~120 characters of the facts around the first term found. */
function excerpt(facts: string, terms: string[]): string {
  const norm = facts.normalize('NFKC').toLowerCase();
  const at = terms.map((t) => norm.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${facts.slice(start, start + 120)}${facts.length > start + 120 ? '…' : ''}`;
}

/** One decision by its permanent key (any status: a withdrawn one keeps its page, which says so). */
export async function decisionByKey(db: Kysely<Database>, creditCode: string, docNumber: string, pool?: SqlPool): Promise<PublicDecisionRow | undefined> {
  const key = decisionKey(creditCode, docNumber);
  // the portal's hottest read: a named prepared statement when the pool is at hand (no query building per request)
  if (pool) return (await pool.query({ name: 'public_decision_by_key', text: BY_KEY, values: [key] })).rows[0] as PublicDecisionRow | undefined;
  // by the unique key; the search columns (text and bigrams) are not read back
  return db.selectFrom('public_decisions').select(PUBLIC_COLUMNS).where('key', '=', key).executeTakeFirst();
}

export const PUBLIC_COLUMNS = [
  'id', 'key', 'source', 'agency_id', 'agency_name', 'agency_credit_code', 'region_code', 'kind', 'doc_number', 'title', 'party_name', 'party_credit_code', 'violation',
  'facts', 'conclusion', 'fine_amount', 'decided_on', 'published_at', 'public_until', 'status', 'status_reason', 'status_at', 'version', 'history', 'field_set', 'fields', 'body', 'updated_at',
] as const;
export type PublicDecisionRow = Pick<Selectable<PublicDecisionsTable>, (typeof PUBLIC_COLUMNS)[number]>;
const BY_KEY = `SELECT ${PUBLIC_COLUMNS.join(', ')} FROM public_decisions WHERE key = $1`;
