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
 * How the search chooses its way (settings, so that tests can reach every way with a few
 * thousand records):
 * - `probeWindow`: how many records of the range, in date order from its head, the probe reads
 *   before the indexes are asked;
 * - `probeReach`: how far the probe may read on when its window's density says the page lies
 *   within that many records (cheaper than reading every candidate from the index);
 * - `directCandidates`: a query whose index candidates are at most this many (by the bigram
 *   column's statistics, an upper bound) skips the probe and reads them all at once.
 */
export const searchTuning = { probeWindow: 5000, probeReach: 10_000, directCandidates: 1000 };

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

const COLUMNS = sql`d.id, d.key, d.kind, d.doc_number, d.title, d.party_name, d.party_credit_code, d.agency_name, d.agency_credit_code, d.violation, d.decided_on::text AS decided_on,
           d.conclusion, d.status, left(d.facts, 400) AS facts`;
const and = (list: RawBuilder<unknown>[]) => sql.join(list, sql` AND `);

/**
 * The planner cannot know how often a phrase occurs: it multiplies its bigrams' frequencies as
 * if independent, while a phrase's bigrams come together, so it underestimates dense phrases by
 * 10–40× and builds a bitmap of hundreds of thousands of rows to sort twenty of them, or walks the
 * date index through the whole table for a phrase it took for dense. So the search chooses its
 * way itself, by what it costs to read (records are read from the heap either way; the index
 * only names candidates):
 * - a range no longer than the probe's window (one agency's decisions of some years, a credit
 *   code's) is the planner's: any plan reads at most the range;
 * - a query whose index candidates are few by the bigram statistics (a rare bigram bounds them)
 *   reads them all at once, with no probe: its page, total and facets in one pass;
 * - otherwise the head of the range is read in date order (the probe), each record checked on its
 *   text. There a dense query finds its page, its facets and its density (the estimated total is
 *   the density times the range). A query of middling density whose page the density puts within
 *   `probeReach` records reads on that far. Only a query with few matches in the window goes to
 *   the indexes, with the date order hidden from the planner and the table scan forbidden: it is
 *   rare, so its candidates are few.
 * Whatever the way, every match is confirmed on the text, so results equal a LIKE scan.
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
  const [{ keys, candidates }, size] = await Promise.all([indexKeys(db, [...grams]), estimateRows(db, sql`SELECT 1 FROM public_decisions d WHERE ${and(rangeConditions(q, null, sort))}`)]);
  const checked = conditions(q, terms, []).where;
  // a small range goes to the planner through the range's own index and the substring tests
  // alone: the bigram test on each row (its array read from TOAST) would only add to it
  const small = size <= searchTuning.probeWindow;
  const { where, substrings } = small ? { where: checked, substrings: false } : conditions(q, terms, keys);
  // the weight orders relevance pages only; the other orders need not compute it on every record read
  const w = sort === 'relevance' ? weight(terms.terms) : sql<number>`0`;
  const order = sort === 'oldest' ? sql`d.decided_on ASC, d.id ASC` : sql`d.decided_on DESC, d.id DESC`;
  // with substring conditions over a large range the planner may pick the date index for a rare phrase; hide the order from it
  const plannerOrder = !substrings ? order : sort === 'oldest' ? sql`(d.decided_on + 0) ASC, d.id ASC` : sql`(d.decided_on + 0) DESC, d.id DESC`;
  const collect = (extra: RawBuilder<unknown>[]) =>
    viaIndexes(db, substrings, sql<Match>`SELECT d.id, d.kind, d.agency_credit_code, d.agency_name, d.decided_on::text AS decided_on, 0 AS rn, ${w}::int AS w
      FROM public_decisions d WHERE ${and([...where, ...extra])} ORDER BY ${plannerOrder} LIMIT ${COUNT_EXACT_UP_TO + 2}`);
  const pageOrder = sort === 'oldest' ? 'oldest' : 'newest';

  // the query's first matches from its head (no cursor): every match when `complete`
  let head: Found | null = null;
  // the matches from the cursor on, when they were read apart from the head
  let fromCursor: Found | null = null;
  // the pass through the indexes from the head (at most once per search)
  let collected: Promise<Match[]> | null = null;
  const collectHead = () => (collected ??= collect([]));
  if (small || (substrings && candidates !== null && candidates <= searchTuning.directCandidates)) {
    const found = await collectHead();
    if (found.length <= COUNT_EXACT_UP_TO + 1) head = { matches: found, complete: true, density: null };
    else if (small) head = { matches: found.slice(0, COUNT_EXACT_UP_TO + 1), complete: false, density: null };
    // more matches than the statistics allowed: the probe decides
  }
  if (!head) {
    const probeOf = (c: Cursor | null) => probeRange(db, rangeConditions(q, c, sort), checked, order, w, pageOrder, limit);
    if (cursor && sort !== 'relevance') [fromCursor, head] = await Promise.all([probeOf(cursor), probeOf(null)]);
    else head = await probeOf(null);
  }
  const page = fromCursor ?? head;
  const whole = (f: Found) => f.complete || f.matches.length > COUNT_EXACT_UP_TO;

  // the page: from what was read when it holds one, else through the indexes
  let pageP: Promise<Row[]>;
  if (sort === 'relevance') {
    // field hits first, ranked within the newest COUNT_EXACT_UP_TO + 1 matches (a weight over millions of matches would not be fast)
    const newestP = whole(head) ? Promise.resolve(head.matches) : collectHead().then((m) => m.slice(0, COUNT_EXACT_UP_TO + 1));
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
  } else if (head.complete && cursor) {
    // every match is known: the page after the cursor is among them
    const after = head.matches.filter((m) => (pageOrder === 'oldest' ? m.decided_on > cursor.d || (m.decided_on === cursor.d && m.id > cursor.i) : m.decided_on < cursor.d || (m.decided_on === cursor.d && m.id < cursor.i)));
    pageP = byIds(db, after.slice(0, limit + 1).map((m) => m.id));
  } else if (!(cursor && !fromCursor) && (page.complete || page.matches.length > limit)) {
    pageP = byIds(db, page.matches.slice(0, limit + 1).map((m) => m.id));
  } else {
    const matches = cursor ? collect(afterCursor(cursor, sort)) : collectHead();
    pageP = matches.then((m) => byIds(db, m.slice(0, limit + 1).map((x) => x.id)));
  }

  // the total (exact up to 500, else estimated) and the facets, alongside the page
  const estimated = async () => Math.max(COUNT_EXACT_UP_TO + 1, await estimateRows(db, sql`SELECT 1 FROM public_decisions d WHERE ${and(where)}`));
  const summaryP = (async (): Promise<{ total: { value: number; exact: boolean }; counted: Match[] }> => {
    const m = head.matches.length;
    if (head.complete) return { total: { value: m, exact: true }, counted: head.matches };
    const density = head.density ?? fromCursor?.density ?? null;
    if (m > COUNT_EXACT_UP_TO) {
      const value = density ? Math.max(COUNT_EXACT_UP_TO + 1, Math.round(density * size)) : await estimated();
      return { total: { value, exact: false }, counted: head.matches.slice(0, COUNT_EXACT_UP_TO) };
    }
    // enough matches read to say the total is far above 500
    if (density !== null && m >= ESTIMATE_MIN_MATCHES && density * size > 1.5 * COUNT_EXACT_UP_TO) return { total: { value: Math.round(density * size), exact: false }, counted: head.matches };
    // one pass over at most 501 matches through the indexes
    const all = await collectHead();
    if (all.length <= COUNT_EXACT_UP_TO + 1) return { total: { value: all.length, exact: true }, counted: all };
    return { total: { value: await estimated(), exact: false }, counted: all.slice(0, COUNT_EXACT_UP_TO) };
  })();
  const [pageRows, { total, counted }] = await Promise.all([pageP, summaryP]);
  // facets on the first page only, over the matches counted (all of them, or the newest 500)
  const counts = facetCounts(cursor ? [] : counted);
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
      ...counts,
      sampled: !total.exact,
    },
    terms: terms.terms,
  };
}

/** Matches found this many times in what the probe read make a density good enough to estimate from (±25 %). */
const ESTIMATE_MIN_MATCHES = 20;

/** How many of a query's bigrams go to the index: the rarest few narrow about as much as all of them. */
const INDEX_KEYS = 4;
const STATS_TTL_MS = 10 * 60_000;
type BigramStats = { at: number; freq: Map<string, number>; floor: number; rows: number };
const statsCache = new WeakMap<Kysely<Database>, Promise<BigramStats>>();

/** The bigram column's element frequencies from PostgreSQL's statistics, and the table's size, cached for ten minutes. */
async function bigramStats(db: Kysely<Database>): Promise<BigramStats> {
  const cached = statsCache.get(db);
  if (cached) {
    const s = await cached;
    if (Date.now() - s.at < STATS_TTL_MS) return s;
  }
  const loading = sql<{ elems: string[] | null; freqs: number[] | null; rows: number | null }>`SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs,
        (SELECT reltuples FROM pg_class WHERE oid = 'public_decisions'::regclass)::float8 AS rows
      FROM (SELECT 1) one LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'public_decisions' AND s.attname = 'bigrams'`
    .execute(db)
    .then((r) => {
      const elems = r.rows[0]?.elems ?? [];
      const freqs = r.rows[0]?.freqs ?? [];
      // after the elements' frequencies: the minimum, the maximum and that of nulls
      return { at: Date.now(), freq: new Map(elems.map((e, i) => [e, freqs[i]!])), floor: freqs[elems.length] ?? 0, rows: Math.max(0, r.rows[0]?.rows ?? 0) };
    });
  statsCache.set(db, loading);
  loading.catch(() => statsCache.delete(db));
  return loading;
}

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
async function indexKeys(db: Kysely<Database>, grams: string[]): Promise<{ keys: string[]; candidates: number | null }> {
  if (!grams.length) return { keys: [], candidates: null };
  const known = await bigramStats(db);
  const digits = (g: string) => /^[\x00-\x7f]+$/.test(g) && /\d/.test(g);
  const listed = known.freq.size > 0;
  const rank = (g: string) => known.freq.get(g) ?? (listed ? known.floor / 2 : digits(g) ? 1 : 0.5);
  const keys = [...grams].sort((a, b) => rank(a) - rank(b)).slice(0, INDEX_KEYS);
  // (as PostgreSQL's own estimate: half the rarest listed frequency; at most all of it)
  const bound = (g: string) => known.freq.get(g) ?? known.floor / 2;
  const candidates = listed && known.rows > 0 ? Math.ceil(Math.min(...keys.map(bound)) * known.rows) : null;
  return { keys, candidates };
}

/**
 * A query for matches the probe did not find: through the bigram index, never a scan of the
 * whole table (which the planner would choose for a phrase it believes common).
 */
async function viaIndexes<R>(db: Kysely<Database>, substrings: boolean, query: RawBuilder<R>): Promise<R[]> {
  if (!substrings) return (await query.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    // no table scan; and room for an exact bitmap (a lossy one rechecks every row of its pages, reading their bigram arrays from TOAST)
    await sql`SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}

interface Found {
  /** the first matches in page order, up to COUNT_EXACT_UP_TO + 1 (with their row numbers in the range when probed) */
  matches: Match[];
  /** every match of the query is in `matches` */
  complete: boolean;
  /** matches per record over what the probe read of the range, when it read far enough to tell */
  density: number | null;
}

/**
 * The head of a range in date order, and the matches in it (see searchDecisions): the window
 * first; then, when the page is not full but the window's density puts it within
 * `searchTuning.probeReach` records, on from the window's last record that far.
 */
async function probeRange(db: Kysely<Database>, range: RawBuilder<unknown>[], checked: RawBuilder<unknown>[], order: RawBuilder<unknown>, w: RawBuilder<number>, pageOrder: 'newest' | 'oldest', limit: number): Promise<Found> {
  const window = searchTuning.probeWindow;
  const first = await probeRows(db, range, checked, order, w, window);
  let { matches, readTo, last } = first;
  if (last && matches.length >= 1 && matches.length <= limit) {
    // the page needs (limit + 1) / density records; a quarter more for the chance
    const need = Math.ceil(((limit + 1) / (matches.length / window)) * 1.25);
    if (need <= searchTuning.probeReach) {
      const more = await probeRows(db, [...range, ...afterCursor({ d: last.d, i: last.i }, pageOrder)], checked, order, w, need - window);
      matches = [...matches, ...more.matches.map((m) => ({ ...m, rn: m.rn + window }))].slice(0, COUNT_EXACT_UP_TO + 1);
      readTo = more.readTo === null ? null : window + more.readTo;
      last = more.last;
    }
  }
  // the range ended inside what was read: every match is known
  if (readTo === null && matches.length <= COUNT_EXACT_UP_TO) return { matches, complete: true, density: null };
  const scanned = matches.length > COUNT_EXACT_UP_TO ? matches[COUNT_EXACT_UP_TO]!.rn : readTo!;
  return { matches, complete: false, density: matches.length / scanned };
}

/**
 * One stretch of a range's head: its first `n` records in date order, each checked on its text.
 * The stretch's last record comes back too, matched or not, when the range reaches it: then
 * `readTo` is `n` and `last` names it (to read on from); null when the range ended sooner (or the
 * matches filled up first: then the 501st match's row number tells how far they reached).
 */
async function probeRows(
  db: Kysely<Database>,
  range: RawBuilder<unknown>[],
  checked: RawBuilder<unknown>[],
  order: RawBuilder<unknown>,
  w: RawBuilder<number>,
  n: number,
): Promise<{ matches: Match[]; readTo: number | null; last: { d: string; i: string } | null }> {
  // only the columns the matches need travel through the window function; the text is tested in the scan
  const rows = (
    await sql<Match & { hit: boolean }>`SELECT d.id, d.kind, d.agency_credit_code, d.agency_name, d.decided_on::text AS decided_on, d.rn::int AS rn, d.w, d.hit
      FROM (SELECT d.*, row_number() OVER (ORDER BY ${order}) AS rn
            FROM (SELECT d.id, d.kind, d.agency_credit_code, d.agency_name, d.decided_on, ${w}::int AS w, (${and(checked)}) AS hit
                  FROM public_decisions d WHERE ${and(range)} ORDER BY ${order} LIMIT ${n}) d) d
      WHERE d.hit OR d.rn = ${n} LIMIT ${COUNT_EXACT_UP_TO + 2}`.execute(db)
  ).rows;
  // rows leave the window function in its order; sorted again so as not to depend on it
  const matches = rows.filter((r) => r.hit).sort((a, b) => a.rn - b.rn).slice(0, COUNT_EXACT_UP_TO + 1);
  const end = rows.find((r) => r.rn === n);
  if (matches.length > COUNT_EXACT_UP_TO) return { matches, readTo: n, last: null };
  return { matches, readTo: end ? n : null, last: end ? { d: end.decided_on, i: end.id } : null };
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

/** Facet counts over matches: kinds and agencies by count (the first 20 agencies), years newest first. */
function facetCounts(ms: Match[]): Omit<SearchResult['facets'], 'sampled'> {
  const count = <T>(key: (m: Match) => string, item: (m: Match, n: number) => T) => {
    const c = new Map<string, { m: Match; n: number }>();
    for (const m of ms) {
      const e = c.get(key(m));
      if (e) e.n++;
      else c.set(key(m), { m, n: 1 });
    }
    return [...c.values()].map(({ m, n }) => item(m, n));
  };
  return {
    kinds: count((m) => m.kind, (m, n) => ({ value: m.kind, count: n })).sort((a, b) => b.count - a.count),
    agencies: count((m) => m.agency_credit_code, (m, n) => ({ value: m.agency_credit_code, name: m.agency_name, count: n })).sort((a, b) => b.count - a.count).slice(0, 20),
    years: count((m) => m.decided_on.slice(0, 4), (m, n) => ({ value: m.decided_on.slice(0, 4), count: n })).sort((a, b) => b.value.localeCompare(a.value)),
  };
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
