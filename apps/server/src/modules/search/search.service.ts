import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  COUNT_EXACT_UP_TO,
  afterCursor,
  conditions,
  dateOrder,
  indexKeys,
  pageOrderOf,
  planSearch,
  rangeConditions,
  searchTuning,
  type SearchPlan,
} from './search.plan.ts';
import { bigramStats, byIds, collectMatches, estimateMatches, type Match, type Row } from './search.repository.ts';
import { isWhole, readHead, type Found, type SearchRun } from './search.probe.ts';
import { afterInDateOrder, rankedPage, weight } from './search.rank.ts';
import { searchResult, type Summary } from './search.present.ts';
import type { SearchQuery, SearchResult } from './search.schemas.ts';

/**
 * Search over published decisions (R-PUB-8): keyword terms (every one a substring, found through
 * the bigram index and confirmed on the text, so results equal a LIKE scan), field filters, facets,
 * sorting and keyset paging with an estimated total — never OFFSET, never an exact count over
 * millions. Only live decisions (已公示 / 已更正) are searched.
 *
 * The parts: search.plan.ts (checks, terms, conditions, index keys), search.probe.ts (the way the
 * first matches are read), search.rank.ts (orders), search.repository.ts (the SQL),
 * search.present.ts (the answer), search.schemas.ts (the types and the API's schemas).
 */

// the search's public surface (the routes, the bench and the tests take them from here)
export { COUNT_EXACT_UP_TO, searchTuning } from './search.plan.ts';
export type { SearchHit, SearchQuery, SearchResult, SearchSort } from './search.schemas.ts';

/** Matches found this many times in what the probe read make a density good enough to estimate from (±25 %). */
const ESTIMATE_MIN_MATCHES = 20;

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
  const plan = planSearch(q);
  // what was read before a cap or a timeout stopped the search: the answer it can give with certainty
  let read: { head: Found; fromCursor: Found | null } | null = null;
  try {
    const range = rangeConditions(q, null, plan.sort);
    const [{ keys, candidates }, size] = await Promise.all([
      keysOf(db, plan.grams),
      // a range of every live decision (no agency, kind, dates or credit code) is the table: its size
      // is in the statistics already read, without asking the planner
      range.length ? estimateMatches(db, range) : bigramStats(db).then((s) => s.rows),
    ]);
    const run = prepareRun(db, plan, keys, size, candidates);
    read = await readHead(run, candidates);
    const { head, fromCursor } = read;
    // the page, and the total (exact up to 500, else estimated) with the facets alongside it
    const [pageRows, summary] = await Promise.all([readPage(run, head, fromCursor), summarise(run, head, fromCursor)]);
    return searchResult(plan, pageRows, summary);
  } catch (e) {
    if (e instanceof OverCostCap) return partialAnswer(db, plan, read, 'broad');
    if (isStatementTimeout(e)) return partialAnswer(db, plan, read, 'timeout');
    throw e;
  }
}

/**
 * A search the gate did not run (search.gate.ts: it waited too long for a permit): no record was
 * read, so nothing is certain but that; the query is still checked (a wrong one is a 400 as ever).
 */
export function busyAnswer(q: SearchQuery): SearchResult {
  const result = searchResult(planSearch(q), [], { total: { value: 0, exact: false }, counted: [] });
  return {
    ...result,
    partial: {
      reason: 'busy',
      records: 0,
      through: null,
      message:
        '当前检索的人较多，本次检索未能执行，请稍后再试。加上执法机关、执法类别或决定日期范围，或使用更具体的检索词，可以更快得到结果。',
    },
  };
}

/** A read through the indexes that would pass the cost cap (searchTuning.maxCandidates): the search answers with what it read. */
class OverCostCap extends Error {}

/** PostgreSQL cancelled a statement at its `statement_timeout` (the portal pool's, adapters/db/pool.ts). */
const isStatementTimeout = (e: unknown) => (e as { code?: unknown } | null)?.code === '57014';

/**
 * What a capped or timed-out search answers (issue 23): the matches among the records the probe
 * read in date order — certain, and the newest (or oldest) of the query — with the page, facets and
 * total over them, marked partial with how far the reading went and a Chinese request to narrow
 * the query. Never an error, and no further read but the page's rows by their ids.
 */
async function partialAnswer(
  db: Kysely<Database>,
  plan: SearchPlan,
  read: { head: Found; fromCursor: Found | null } | null,
  reason: 'broad' | 'timeout',
): Promise<SearchResult> {
  const found = read ? (read.fromCursor ?? read.head) : null;
  const matches = found?.matches.slice(0, COUNT_EXACT_UP_TO) ?? [];
  const through = found?.read?.through ?? null;
  const page =
    plan.sort === 'relevance'
      ? rankedPage(matches, plan.cursor, plan.limit).map((r) => r.id)
      : matches.slice(0, plan.limit + 1).map((m) => m.id);
  let rows: Row[] = [];
  try {
    rows = await byIds(db, page);
    if (plan.sort === 'relevance') {
      const w = new Map(matches.map((m) => [m.id, Number(m.w)]));
      for (const r of rows) r.w = w.get(r.id) ?? 0;
    }
  } catch (e) {
    // the database is still held up (a lock, a restart): the answer says so without the rows
    if (!isStatementTimeout(e)) throw e;
  }
  const result = searchResult(plan, rows, { total: { value: matches.length, exact: false }, counted: matches });
  return { ...result, partial: partialOf(plan, reason, found?.read?.records ?? 0, through, matches.length) };
}

/** The partial mark and its Chinese explanation. */
function partialOf(
  plan: SearchPlan,
  reason: 'broad' | 'timeout',
  records: number,
  through: string | null,
  found: number,
): NonNullable<SearchResult['partial']> {
  const narrow = '请加上执法机关、执法类别、决定日期范围，或使用更具体的检索词（如当事人名称、文号）后再检索。';
  const side = plan.sort === 'oldest' ? '以前' : '以后';
  const scope =
    records > 0 && through
      ? `本次只检索了${through}${side}决定的 ${records.toLocaleString('zh-CN')} 条公示记录，${found ? `其中符合条件的 ${found} 条已列出` : '其中没有符合条件的'}；更${plan.sort === 'oldest' ? '晚' : '早'}的记录未检索。`
      : '';
  const why = reason === 'broad' ? '检索条件过于宽泛，完整检索需要读取的记录过多。' : '检索用时超过上限，已停止。';
  return { reason, records, through, message: `${why}${scope}${narrow}` };
}

/** The bigrams to ask the index for, by the column's statistics (none asked when the query has no bigram). */
async function keysOf(db: Kysely<Database>, grams: string[]): Promise<{ keys: string[]; candidates: number | null }> {
  if (!grams.length) return { keys: [], candidates: null };
  return indexKeys(grams, await bigramStats(db));
}

/** The conditions and orders of one search, and its reads through the indexes. */
function prepareRun(db: Kysely<Database>, plan: SearchPlan, keys: string[], size: number, candidates: number | null): SearchRun {
  const { q, terms, sort } = plan;
  const checked = conditions(q, terms, []).where;
  // a small range goes to the planner through the range's own index and the substring tests
  // alone: the bigram test on each row (its array read from TOAST) would only add to it
  const small = size <= searchTuning.probeWindow;
  const { where, substrings } = small ? { where: checked, substrings: false } : conditions(q, terms, keys);
  // the weight orders relevance pages only; the other orders need not compute it on every record read
  const w: RawBuilder<number> = sort === 'relevance' ? weight(terms.terms) : sql<number>`0`;
  // with substring conditions over a large range the planner may pick the date index for a rare phrase; hide the order from it
  const plannerOrder = dateOrder(sort, substrings);
  // the cost cap (searchTuning.maxCandidates): over a large range, a read through the bigram index
  // with more candidates than the cap, or with no bigram at all (the planner's table scan), is not
  // started; the direct read of few candidates (search.probe.ts#readHead) is under the cap by its bound
  const overCap = !small && (substrings ? candidates !== null && candidates > searchTuning.maxCandidates : true);
  const collect = (extra: RawBuilder<unknown>[]) => {
    if (overCap) return Promise.reject(new OverCostCap());
    return collectMatches(db, { where: [...where, ...extra], substrings, order: plannerOrder, w, limit: COUNT_EXACT_UP_TO + 2 });
  };
  let collected: Promise<Match[]> | null = null;
  return {
    db,
    plan,
    size,
    small,
    checked,
    where,
    substrings,
    w,
    order: dateOrder(sort),
    pageOrder: pageOrderOf(sort),
    collect,
    collectHead: () => (collected ??= collect([])),
  };
}

/** The page's rows: from what was read when it holds the page, else through the indexes. */
function readPage(run: SearchRun, head: Found, fromCursor: Found | null): Promise<Row[]> {
  const { db } = run;
  const { cursor, sort, limit } = run.plan;
  const page = fromCursor ?? head;
  const rowsOf = (ms: { id: string }[]) =>
    byIds(
      db,
      ms.slice(0, limit + 1).map((m) => m.id),
    );
  if (sort === 'relevance') return relevancePage(run, head);
  // every match is known: the page after the cursor is among them
  if (head.complete && cursor) return rowsOf(afterInDateOrder(head.matches, cursor, run.pageOrder));
  if (!(cursor && !fromCursor) && (page.complete || page.matches.length > limit)) return rowsOf(page.matches);
  const matches = cursor ? run.collect(afterCursor(cursor, sort)) : run.collectHead();
  return matches.then(rowsOf);
}

/** Field hits first, ranked within the newest COUNT_EXACT_UP_TO + 1 matches. */
async function relevancePage(run: SearchRun, head: Found): Promise<Row[]> {
  const newest = isWhole(head) ? head.matches : (await run.collectHead()).slice(0, COUNT_EXACT_UP_TO + 1);
  const ids = rankedPage(newest, run.plan.cursor, run.plan.limit);
  const rows = await byIds(
    run.db,
    ids.map((r) => r.id),
  );
  const weightOf = new Map(ids.map((r) => [r.id, r.w]));
  for (const r of rows) r.w = weightOf.get(r.id) ?? 0;
  return rows;
}

/** The total (exact up to 500, else estimated) and the matches the facets count. */
async function summarise(run: SearchRun, head: Found, fromCursor: Found | null): Promise<Summary> {
  const { size } = run;
  const m = head.matches.length;
  if (head.complete) return { total: { value: m, exact: true }, counted: head.matches };
  const estimated = async () => Math.max(COUNT_EXACT_UP_TO + 1, await estimateMatches(run.db, run.where));
  const density = head.density ?? fromCursor?.density ?? null;
  if (m > COUNT_EXACT_UP_TO) {
    const value = density ? Math.max(COUNT_EXACT_UP_TO + 1, Math.round(density * size)) : await estimated();
    return { total: { value, exact: false }, counted: head.matches.slice(0, COUNT_EXACT_UP_TO) };
  }
  // enough matches read to say the total is far above 500
  if (density !== null && m >= ESTIMATE_MIN_MATCHES && density * size > 1.5 * COUNT_EXACT_UP_TO)
    return { total: { value: Math.round(density * size), exact: false }, counted: head.matches };
  // one pass over at most 501 matches through the indexes
  const all = await run.collectHead();
  if (all.length <= COUNT_EXACT_UP_TO + 1) return { total: { value: all.length, exact: true }, counted: all };
  return { total: { value: await estimated(), exact: false }, counted: all.slice(0, COUNT_EXACT_UP_TO) };
}
