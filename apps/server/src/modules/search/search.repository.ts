import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Database, PublicDecisionsTable } from '../../db/schema.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
import { decisionKey } from '../publications/public-decision.ts';

/**
 * The search's reads: matches, probes, statistics and estimates on its own compact table
 * `search_entries` (the live decisions, migration 0052), the page's full rows from the portal's read
 * model `public_decisions`. The conditions come from search.plan.ts.
 */

/** A page's full row (the facts cut to 400 characters for the excerpt), with its relevance weight. */
export type Row = {
  id: string;
  key: string;
  kind: string;
  doc_number: string;
  title: string;
  party_name: string;
  party_credit_code: string | null;
  agency_name: string;
  agency_credit_code: string;
  violation: string | null;
  decided_on: string;
  conclusion: string;
  status: string;
  facts: string;
  fine_amount: string | null;
  /** 处罚依据 as published (CF_YJ) */
  basis: string | null;
  w: number;
};
/** A match as counted and paged: what facets need, its row number in what the probe read, its weight. */
export type Match = {
  id: string;
  kind: string;
  violation: string | null;
  agency_credit_code: string;
  agency_name: string;
  decided_on: string;
  rn: number;
  w: number;
};

const COLUMNS = sql`d.id, d.key, d.kind, d.doc_number, d.title, d.party_name, d.party_credit_code, d.agency_name, d.agency_credit_code, d.violation, d.decided_on::text AS decided_on,
           d.conclusion, d.status, left(d.facts, 400) AS facts, d.fine_amount::text AS fine_amount, d.fields ->> 'CF_YJ' AS basis`;
export const and = (list: RawBuilder<unknown>[]) => (list.length ? sql.join(list, sql` AND `) : sql`TRUE`);

const STATS_TTL_MS = 10 * 60_000;
/** The key column's element frequencies (bigrams and filter tokens, with the floor: the minimum listed) and the table's size. */
export type BigramStats = { at: number; freq: Map<string, number>; floor: number; rows: number };
const statsCache = new WeakMap<Kysely<Database>, Promise<BigramStats>>();

/** The key column's element frequencies from PostgreSQL's statistics, and the table's size, cached for ten minutes. */
export async function bigramStats(db: Kysely<Database>): Promise<BigramStats> {
  const cached = statsCache.get(db);
  if (cached) {
    const s = await cached;
    if (Date.now() - s.at < STATS_TTL_MS) return s;
  }
  const loading = sql<{
    elems: string[] | null;
    freqs: number[] | null;
    rows: number | null;
  }>`SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs,
        (SELECT reltuples FROM pg_class WHERE oid = 'search_entries'::regclass)::float8 AS rows
      FROM (SELECT 1) one LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'search_entries' AND s.attname = 'keys'`
    .execute(db)
    .then((r) => {
      const elems = r.rows[0]?.elems ?? [];
      const freqs = r.rows[0]?.freqs ?? [];
      // after the elements' frequencies: the minimum, the maximum and that of nulls
      return {
        at: Date.now(),
        freq: new Map(elems.map((e, i) => [e, freqs[i]!])),
        floor: freqs[elems.length] ?? 0,
        rows: Math.max(0, r.rows[0]?.rows ?? 0),
      };
    });
  statsCache.set(db, loading);
  loading.catch(() => statsCache.delete(db));
  return loading;
}

/** The planner's row estimate of the decisions meeting `where` (its statistics are good for ranges and equalities). */
export async function estimateMatches(db: Kysely<Database>, where: RawBuilder<unknown>[]): Promise<number> {
  const plan = await sql<{
    'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
  }>`EXPLAIN (FORMAT JSON) SELECT 1 FROM search_entries d WHERE ${and(where)}`.execute(db);
  return Math.round(plan.rows[0]!['QUERY PLAN'][0].Plan['Plan Rows']);
}

/**
 * A query for matches the probe did not find: through the bigram index, never a scan of the
 * whole table (which the planner would choose for a phrase it believes common).
 */
async function viaIndexes<R>(db: Kysely<Database>, substrings: boolean, query: RawBuilder<R>): Promise<R[]> {
  if (!substrings) return (await query.execute(db)).rows;
  return db.transaction().execute(async (trx) => {
    // no table scan; and room for an exact bitmap (a lossy one rechecks every row of its pages, reading their key arrays from TOAST)
    await sql`SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}

/**
 * The first `limit` matches of `where` in `order`: through the bigram index when the conditions
 * hold `substrings` (the bigram test), else as the planner likes.
 */
export function collectMatches(
  db: Kysely<Database>,
  m: { where: RawBuilder<unknown>[]; substrings: boolean; order: RawBuilder<unknown>; w: RawBuilder<number>; limit: number },
): Promise<Match[]> {
  return viaIndexes(
    db,
    m.substrings,
    sql<Match>`SELECT d.id, d.kind, d.violation, d.agency_credit_code, d.agency_name, d.decided_on::text AS decided_on, 0 AS rn, ${m.w}::int AS w
      FROM search_entries d WHERE ${and(m.where)} ORDER BY ${m.order} LIMIT ${m.limit}`,
  );
}

/**
 * The first `n` records of a range in `order`, each checked on its text (`checked`): those that
 * match (`hit`), and the n-th record whether it matches or not — at most `limit` rows.
 */
export async function rangeHead(
  db: Kysely<Database>,
  h: {
    range: RawBuilder<unknown>[];
    checked: RawBuilder<unknown>[];
    order: RawBuilder<unknown>;
    w: RawBuilder<number>;
    n: number;
    limit: number;
  },
): Promise<(Match & { hit: boolean })[]> {
  // only the columns the matches need travel through the window function; the text is tested in the scan
  return (
    await sql<
      Match & { hit: boolean }
    >`SELECT d.id, d.kind, d.violation, d.agency_credit_code, d.agency_name, d.decided_on::text AS decided_on, d.rn::int AS rn, d.w, d.hit
      FROM (SELECT d.*, row_number() OVER (ORDER BY ${h.order}) AS rn
            FROM (SELECT d.id, d.kind, d.violation, d.agency_credit_code, d.agency_name, d.decided_on, ${h.w}::int AS w, (${and(h.checked)}) AS hit
                  FROM search_entries d WHERE ${and(h.range)} ORDER BY ${h.order} LIMIT ${h.n}) d) d
      WHERE d.hit OR d.rn = ${h.n} LIMIT ${h.limit}`.execute(db)
  ).rows;
}

/** Full rows of a page, in the order of `ids`. */
export async function byIds(db: Kysely<Database>, ids: string[]): Promise<Row[]> {
  if (!ids.length) return [];
  const rows = (await sql<Row>`SELECT ${COLUMNS}, 0 AS w FROM public_decisions d WHERE d.id = ANY(${ids}::uuid[])`.execute(db)).rows;
  const at = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
}

export const PUBLIC_COLUMNS = [
  'id',
  'key',
  'source',
  'agency_id',
  'agency_name',
  'agency_credit_code',
  'region_code',
  'kind',
  'doc_number',
  'title',
  'party_name',
  'party_credit_code',
  'violation',
  'facts',
  'conclusion',
  'fine_amount',
  'decided_on',
  'published_at',
  'public_until',
  'status',
  'status_reason',
  'status_at',
  'version',
  'history',
  'field_set',
  'fields',
  'body',
  'updated_at',
] as const;
export type PublicDecisionRow = Pick<Selectable<PublicDecisionsTable>, (typeof PUBLIC_COLUMNS)[number]>;
const BY_KEY = `SELECT ${PUBLIC_COLUMNS.join(', ')} FROM public_decisions WHERE key = $1`;

/** One decision by its permanent key (any status: a withdrawn one keeps its page, which says so). */
export async function decisionByKey(
  db: Kysely<Database>,
  creditCode: string,
  docNumber: string,
  pool?: SqlPool,
): Promise<PublicDecisionRow | undefined> {
  const key = decisionKey(creditCode, docNumber);
  // the portal's hottest read: a named prepared statement when the pool is at hand (no query building per request)
  if (pool)
    return (await pool.query({ name: 'public_decision_by_key', text: BY_KEY, values: [key] })).rows[0] as PublicDecisionRow | undefined;
  // by the unique key; the search columns (text and bigrams) are not read back
  return db.selectFrom('public_decisions').select(PUBLIC_COLUMNS).where('key', '=', key).executeTakeFirst();
}

/** The newest 50 changes to decisions (any status), of one agency or of all, for the Atom feeds. */
export function latestChanges(db: Kysely<Database>, agencyCreditCode: string | null): Promise<PublicDecisionRow[]> {
  let q = db.selectFrom('public_decisions').select(PUBLIC_COLUMNS).orderBy('updated_at', 'desc').orderBy('id').limit(50);
  if (agencyCreditCode) q = q.where('agency_credit_code', '=', agencyCreditCode);
  return q.execute();
}
