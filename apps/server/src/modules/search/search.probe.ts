import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { COUNT_EXACT_UP_TO, afterCursor, rangeConditions, searchTuning, type Cursor, type SearchPlan } from './search.plan.ts';
import { rangeHead, type Match } from './search.repository.ts';

/**
 * The way a search reads its first matches (see search.service.ts#searchDecisions): all at once
 * through the indexes when they are few, else the probe over the head of the range in date order.
 */

export interface Found {
  /** the first matches in page order, up to COUNT_EXACT_UP_TO + 1 (with their row numbers in the range when probed) */
  matches: Match[];
  /** every match of the query is in `matches` */
  complete: boolean;
  /** matches per record over what the probe read of the range, when it read far enough to tell */
  density: number | null;
  /**
   * How far the probe read the range in date order when the range went on beyond it: the number of
   * records read and the decision date of the last one. Every match among them is in `matches`
   * (up to COUNT_EXACT_UP_TO + 1), so they are what a capped search can answer with certainty.
   */
  read?: { records: number; through: string } | undefined;
}

/** Every match is known, or more than the exact count: enough to rank or count from. */
export const isWhole = (f: Found) => f.complete || f.matches.length > COUNT_EXACT_UP_TO;

/** One search as it is read: its plan and the conditions and orders chosen for it. */
export interface SearchRun {
  db: Kysely<Database>;
  plan: SearchPlan;
  /** the planner's estimate of the range's size */
  size: number;
  /** the range fits in the probe's window: the planner's */
  small: boolean;
  /** the conditions tested on records already read (no bigram test) */
  checked: RawBuilder<unknown>[];
  /** the conditions of a read through the indexes */
  where: RawBuilder<unknown>[];
  /** `where` narrows through the bigram index */
  substrings: boolean;
  /** the relevance weight (0 in the date orders) */
  w: RawBuilder<number>;
  /** the date order of the page */
  order: RawBuilder<unknown>;
  pageOrder: 'newest' | 'oldest';
  /** up to COUNT_EXACT_UP_TO + 2 matches through the indexes, after `extra` conditions */
  collect(extra: RawBuilder<unknown>[]): Promise<Match[]>;
  /** the same from the head: one pass at most per search */
  collectHead(): Promise<Match[]>;
}

/**
 * The query's first matches from its head (`head`, every match when `complete`), and the matches
 * from the cursor on when they were read apart from the head (`fromCursor`). A small range, or a
 * query with few index candidates, reads all its matches at once; otherwise the probe.
 */
export async function readHead(run: SearchRun, candidates: number | null): Promise<{ head: Found; fromCursor: Found | null }> {
  const { plan } = run;
  if (run.small || (run.substrings && candidates !== null && candidates <= searchTuning.directCandidates)) {
    const found = await run.collectHead();
    if (found.length <= COUNT_EXACT_UP_TO + 1) return { head: { matches: found, complete: true, density: null }, fromCursor: null };
    if (run.small) return { head: { matches: found.slice(0, COUNT_EXACT_UP_TO + 1), complete: false, density: null }, fromCursor: null };
    // more matches than the statistics allowed: the probe decides
  }
  const probeOf = (c: Cursor | null) => probeRange(run, rangeConditions(plan.q, c, plan.sort));
  if (plan.cursor && plan.sort !== 'relevance') {
    const [fromCursor, head] = await Promise.all([probeOf(plan.cursor), probeOf(null)]);
    return { head, fromCursor };
  }
  return { head: await probeOf(null), fromCursor: null };
}

/**
 * The head of a range in date order, and the matches in it: the window first; then, when the
 * page is not full but the window's density puts it within `searchTuning.probeReach` records, on
 * from the window's last record that far.
 */
async function probeRange(run: SearchRun, range: RawBuilder<unknown>[]): Promise<Found> {
  const window = searchTuning.probeWindow;
  const limit = run.plan.limit;
  const first = await probeRows(run, range, window);
  let { matches, readTo, last } = first;
  if (last && matches.length >= 1 && matches.length <= limit) {
    // the page needs (limit + 1) / density records; a quarter more for the chance
    const need = Math.ceil(((limit + 1) / (matches.length / window)) * 1.25);
    if (need <= searchTuning.probeReach) {
      const more = await probeRows(run, [...range, ...afterCursor({ d: last.d, i: last.i }, run.pageOrder)], need - window);
      matches = [...matches, ...more.matches.map((m) => ({ ...m, rn: m.rn + window }))].slice(0, COUNT_EXACT_UP_TO + 1);
      readTo = more.readTo === null ? null : window + more.readTo;
      last = more.last;
    }
  }
  // the range ended inside what was read: every match is known
  if (readTo === null && matches.length <= COUNT_EXACT_UP_TO) return { matches, complete: true, density: null };
  const scanned = matches.length > COUNT_EXACT_UP_TO ? matches[COUNT_EXACT_UP_TO]!.rn : readTo!;
  const through = matches.length > COUNT_EXACT_UP_TO ? matches[COUNT_EXACT_UP_TO]!.decided_on : (last?.d ?? null);
  return {
    matches,
    complete: false,
    density: matches.length / scanned,
    read: through === null ? undefined : { records: scanned, through },
  };
}

/**
 * One stretch of a range's head: its first `n` records in date order, each checked on its text.
 * The stretch's last record comes back too, matched or not, when the range reaches it: then
 * `readTo` is `n` and `last` names it (to read on from); null when the range ended sooner (or the
 * matches filled up first: then the 501st match's row number tells how far they reached).
 */
async function probeRows(
  run: SearchRun,
  range: RawBuilder<unknown>[],
  n: number,
): Promise<{ matches: Match[]; readTo: number | null; last: { d: string; i: string } | null }> {
  const rows = await rangeHead(run.db, { range, checked: run.checked, order: run.order, w: run.w, n, limit: COUNT_EXACT_UP_TO + 2 });
  // rows leave the window function in its order; sorted again so as not to depend on it
  const matches = rows
    .filter((r) => r.hit)
    .sort((a, b) => a.rn - b.rn)
    .slice(0, COUNT_EXACT_UP_TO + 1);
  const end = rows.find((r) => r.rn === n);
  if (matches.length > COUNT_EXACT_UP_TO) return { matches, readTo: n, last: null };
  return { matches, readTo: end ? n : null, last: end ? { d: end.decided_on, i: end.id } : null };
}
