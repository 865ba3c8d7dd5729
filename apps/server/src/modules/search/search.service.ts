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
/** totals are exact up to this many matches (and facets counted over the newest as many); beyond, the planner's estimate */
const COUNT_EXACT_UP_TO = 500;
/** relevance order ranks the newest this many matches */
export const RELEVANCE_WINDOW = 2000;
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

/** The WHERE conditions of a query (without paging). */
function conditions(q: SearchQuery, terms: ReturnType<typeof parseQuery>): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [LIVE];
  // every substring condition (keywords, part of a party's name, part of a 文号) narrows through the one bigram index
  const grams = new Set(terms.bigrams);
  for (const part of [q.party, q.docNumber]) if (part) for (const g of bigramsOf(normalizeForSearch(part))) grams.add(g);
  if (grams.size) c.push(sql`d.bigrams @> ${[...grams]}::text[]`);
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
  return c;
}

/** Field hits (party, title, 文号, violation) weigh more than hits in the facts or full text. */
function weight(terms: string[]): RawBuilder<number> {
  if (!terms.length) return sql<number>`0`;
  const fields = sql`lower(d.party_name || ' ' || d.title || ' ' || d.doc_number || ' ' || coalesce(d.violation, ''))`;
  return sql<number>`(${sql.join(terms.map((t) => sql`(CASE WHEN ${fields} LIKE ${like(t)} THEN 1 ELSE 0 END)`), sql` + `)})`;
}

export async function searchDecisions(db: Kysely<Database>, q: SearchQuery): Promise<SearchResult> {
  validate(q);
  const terms = parseQuery(q.q ?? '');
  // newest first by default, as 公示 registers list; 'relevance' puts hits in names, titles and 文号 first
  const sort: SearchSort = q.sort ?? 'newest';
  const limit = Math.min(Math.max(q.limit ?? 20, 1), 100);
  const where = conditions(q, terms);
  const w = weight(terms.terms);
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  const page = [...where];
  if (cursor && sort === 'oldest') page.push(sql`(d.decided_on, d.id) > (${cursor.d}::date, ${cursor.i}::uuid)`);
  else if (cursor && sort === 'newest') page.push(sql`(d.decided_on, d.id) < (${cursor.d}::date, ${cursor.i}::uuid)`);
  const cond = (list: RawBuilder<unknown>[]) => sql.join(list, sql` AND `);
  type Row = { id: string; key: string; kind: string; doc_number: string; title: string; party_name: string; party_credit_code: string | null; agency_name: string; agency_credit_code: string; violation: string | null; decided_on: string; conclusion: string; status: string; facts: string; w: number };
  const columns = sql`d.id, d.key, d.kind, d.doc_number, d.title, d.party_name, d.party_credit_code, d.agency_name, d.agency_credit_code, d.violation, d.decided_on::text AS decided_on,
           d.conclusion, d.status, left(d.facts, 400) AS facts`;
  const rowsP =
    sort === 'relevance'
      ? // field hits first, ranked within the newest RELEVANCE_WINDOW matches (a weight over millions of matches would not be fast)
        sql<Row>`SELECT * FROM (SELECT ${columns}, ${w} AS w FROM public_decisions d WHERE ${cond(where)} ORDER BY d.decided_on DESC, d.id DESC LIMIT ${RELEVANCE_WINDOW}) d
          ${cursor ? sql`WHERE (d.w, d.decided_on::date, d.id) < (${cursor.w ?? 0}, ${cursor.d}::date, ${cursor.i}::uuid)` : sql``}
          ORDER BY d.w DESC, d.decided_on DESC, d.id DESC LIMIT ${limit + 1}`.execute(db)
      : sql<Row>`SELECT ${columns}, 0 AS w FROM public_decisions d WHERE ${cond(page)} ORDER BY ${sort === 'oldest' ? sql`d.decided_on ASC, d.id ASC` : sql`d.decided_on DESC, d.id DESC`} LIMIT ${limit + 1}`.execute(db);
  // the total (exact up to 500) and the facets from one pass over at most 501 matches (whichever the plan finds first)
  const summaryP = sql<{ kind: string | null; agency_credit_code: string | null; agency_name: string | null; year: string | null; n: number; g: number }>`
    SELECT kind, agency_credit_code, agency_name, year, count(*)::int AS n, GROUPING(kind, agency_credit_code, agency_name, year)::int AS g FROM (
      SELECT d.kind, d.agency_credit_code, d.agency_name, to_char(d.decided_on, 'YYYY') AS year FROM public_decisions d WHERE ${cond(where)} LIMIT ${COUNT_EXACT_UP_TO + 1}) s
    GROUP BY GROUPING SETS ((), (kind), (agency_credit_code, agency_name), (year))`.execute(db);
  const [rows, summary] = await Promise.all([rowsP, summaryP]);
  const grand = summary.rows.find((r) => r.g === 15);
  const f = cursor ? [] : summary.rows.filter((r) => r.g !== 15);
  const count = { rows: [{ n: grand?.n ?? 0 }] };
  let total = { value: count.rows[0]!.n, exact: true };
  if (total.value > COUNT_EXACT_UP_TO) {
    const plan = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`EXPLAIN (FORMAT JSON) SELECT 1 FROM public_decisions d WHERE ${cond(where)}`.execute(db);
    total = { value: Math.max(COUNT_EXACT_UP_TO + 1, Math.round(plan.rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'])), exact: false };
  }
  const more = rows.rows.length > limit;
  const items = rows.rows.slice(0, limit);
  const last = items[items.length - 1];
  const sampled = !total.exact;
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
    nextCursor: more && last ? encodeCursor({ d: last.decided_on, i: last.id, ...(sort === 'relevance' ? { w: Number(last.w) } : {}) }) : null,
    total,
    facets: {
      kinds: f.filter((r) => r.kind !== null).map((r) => ({ value: r.kind!, count: r.n })).sort((a, b) => b.count - a.count),
      agencies: f.filter((r) => r.agency_credit_code !== null).map((r) => ({ value: r.agency_credit_code!, name: r.agency_name!, count: r.n })).sort((a, b) => b.count - a.count).slice(0, 20),
      years: f.filter((r) => r.year !== null).map((r) => ({ value: r.year!, count: r.n })).sort((a, b) => b.value.localeCompare(a.value)),
      sampled,
    },
    terms: terms.terms,
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
