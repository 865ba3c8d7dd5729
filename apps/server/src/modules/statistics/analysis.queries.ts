import { sql, type Kysely } from 'kysely';
import { OPENED_STEP, PROCEDURES, REVIEW_RETURN_STEP, REVIEW_SUBMIT_STEP, monthAfter, type MonthRange } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * 统计分析 (R-X-3) — the ONE query set behind the 统计分析 screen, its spreadsheets and the annual
 * report (R-PUB-7). It reads the case log's monthly summary (`analysis_monthly`, `analysis_hourly`,
 * migration 0048) together with the entries still queued (`analysis_pending`) in one statement, so
 * a figure is exact at the moment it is read whether or not the queue was folded.
 */
type Db = Kysely<Database>;

export interface AnalysisFilter {
  agencyIds: readonly string[];
  period: MonthRange;
  /** procedure codes of the kind asked for; null = every procedure */
  procedures: readonly string[] | null;
}

/** The decision steps (those published, R-PUB-3) as (procedure, step) pairs. */
const DECISIONS = PROCEDURES.flatMap((def) => def.steps.filter((s) => s.publish).map((s) => [def.code, s.code] as const));
/** Every step a figure counts (the summary holds every step; the rest only shows in the weekday × hour figure). */
const COUNTED = [OPENED_STEP, REVIEW_SUBMIT_STEP, REVIEW_RETURN_STEP, ...new Set(DECISIONS.map(([, s]) => s))];

const monthLo = (p: MonthRange) => `${p.from}-01`;
const monthHi = (p: MonthRange) => monthAfter(p.to);

/**
 * The summary rows of the filter ∪ the queued entries (each spread over its dimensions as the fold
 * would), as one relation (agency_id, month, procedure_code, step, dim, value, n, fines, confiscations).
 */
function source(f: AnalysisFilter, steps: readonly string[], dims: readonly string[]) {
  const ids = sql`${sql.val([...f.agencyIds])}::uuid[]`;
  const procs = f.procedures ? sql`AND procedure_code = ANY(${sql.val([...f.procedures])}::text[])` : sql``;
  const stepList = sql`${sql.val([...steps])}::text[]`;
  const dimList = sql`${sql.val([...dims])}::text[]`;
  return sql`(
    SELECT agency_id, month, procedure_code, step, dim, value, n, fines, confiscations
      FROM analysis_monthly
     WHERE agency_id = ANY(${ids}) AND month >= ${monthLo(f.period)}::date AND month < ${monthHi(f.period)}::date
       AND dim = ANY(${dimList}) AND step = ANY(${stepList}) ${procs}
    UNION ALL
    SELECT agency_id, date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date, procedure_code, step, d.dim, d.value, 1, fine, confiscation
      FROM analysis_pending CROSS JOIN LATERAL analysis_dims(unit_id, field, title, region_code) d
     WHERE agency_id = ANY(${ids})
       AND at >= (${monthLo(f.period)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND at < (${monthHi(f.period)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND d.dim = ANY(${dimList}) AND step = ANY(${stepList}) ${procs}
  )`;
}

const isDecision = sql.raw(`(procedure_code, step) IN (${DECISIONS.map(([p, s]) => `('${p}', '${s}')`).join(', ')})`);
const measures = sql`
  coalesce(sum(n) FILTER (WHERE step = ${OPENED_STEP}), 0) AS opened,
  coalesce(sum(n) FILTER (WHERE ${isDecision}), 0) AS decided,
  coalesce(sum(fines) FILTER (WHERE ${isDecision}), 0) AS fines,
  coalesce(sum(confiscations) FILTER (WHERE ${isDecision}), 0) AS confiscations,
  coalesce(sum(n) FILTER (WHERE step = ${REVIEW_SUBMIT_STEP}), 0) AS reviews,
  coalesce(sum(n) FILTER (WHERE step = ${REVIEW_RETURN_STEP}), 0) AS returns`;

export interface MeasureRow {
  opened: string;
  decided: string;
  fines: string;
  confiscations: string;
  reviews: string;
  returns: string;
}

export interface BreakdownRow extends MeasureRow {
  /** which breakdown the row belongs to: the GROUPING() bits of (agency_id, value, procedure_code, month) */
  g: number;
  dim: 'total' | 'unit' | 'field' | 'title' | 'region';
  agency_id: string | null;
  value: string | null;
  procedure_code: string | null;
  month: string | null;
}

/** GROUPING() values of each grouping set (a 1 bit for each column NOT grouped by, in the order of the SELECT). */
const G = { agency: 0b0111, agencyValue: 0b0011, procedure: 0b1101, month: 0b1110, all: 0b1111, value: 0b1011 } as const;

export interface Breakdowns {
  agency: BreakdownRow[];
  unit: BreakdownRow[];
  procedure: BreakdownRow[];
  field: BreakdownRow[];
  title: BreakdownRow[];
  region: BreakdownRow[];
  month: BreakdownRow[];
  total: BreakdownRow | undefined;
}

/**
 * Every breakdown of the period in one statement: by agency, by unit (within its agency), by
 * procedure, 执法类别, 案由, place and month, and the total — each from the summary rows of its own
 * dimension (GROUPING SETS over the few rows the (agency_id, month, dim) prefix finds).
 */
export async function breakdowns(db: Db, f: AnalysisFilter): Promise<Breakdowns> {
  const out: Breakdowns = { agency: [], unit: [], procedure: [], field: [], title: [], region: [], month: [], total: undefined };
  if (!f.agencyIds.length) return out;
  const rows = await sql<BreakdownRow>`
    SELECT GROUPING(agency_id, value, procedure_code, month)::int AS g, dim, agency_id, value, procedure_code,
           to_char(month, 'YYYY-MM') AS month, ${measures}
      FROM ${source(f, COUNTED, ['total', 'unit', 'field', 'title', 'region'])} s
     GROUP BY GROUPING SETS ((dim, agency_id), (dim, agency_id, value), (dim, procedure_code), (dim, month), (dim), (dim, value))
    HAVING (dim = 'total' AND GROUPING(agency_id, value, procedure_code, month) IN (${G.agency}, ${G.procedure}, ${G.month}, ${G.all}))
        OR (dim = 'unit' AND GROUPING(agency_id, value, procedure_code, month) = ${G.agencyValue})
        OR (dim IN ('field', 'title', 'region') AND GROUPING(agency_id, value, procedure_code, month) = ${G.value})`.execute(db);
  for (const r of rows.rows) {
    if (r.dim === 'total') {
      if (r.g === G.agency) out.agency.push(r);
      else if (r.g === G.procedure) out.procedure.push(r);
      else if (r.g === G.month) out.month.push(r);
      else out.total = r;
    } else out[r.dim].push(r);
  }
  return out;
}

/** The totals of a period alone (the previous period of a trend). */
export async function totals(db: Db, f: AnalysisFilter): Promise<MeasureRow> {
  const zero = { opened: '0', decided: '0', fines: '0', confiscations: '0', reviews: '0', returns: '0' };
  if (!f.agencyIds.length) return zero;
  const rows = await sql<MeasureRow>`SELECT ${measures} FROM ${source(f, COUNTED, ['total'])} s`.execute(db);
  return rows.rows[0] ?? zero;
}

/** Steps taken by weekday (ISO, 1 = Monday) and hour of the day, China time: when the work is done. */
export async function weekdayHours(db: Db, f: AnalysisFilter): Promise<{ dow: number; hour: number; n: string }[]> {
  if (!f.agencyIds.length) return [];
  const ids = sql`${sql.val([...f.agencyIds])}::uuid[]`;
  const procs = f.procedures ? sql`AND procedure_code = ANY(${sql.val([...f.procedures])}::text[])` : sql``;
  const rows = await sql<{ dow: number; hour: number; n: string }>`
    SELECT dow, hour, sum(n) AS n FROM (
      SELECT dow, hour, n FROM analysis_hourly
       WHERE agency_id = ANY(${ids}) AND month >= ${monthLo(f.period)}::date AND month < ${monthHi(f.period)}::date ${procs}
      UNION ALL
      SELECT extract(isodow FROM at AT TIME ZONE 'Asia/Shanghai')::smallint, extract(hour FROM at AT TIME ZONE 'Asia/Shanghai')::smallint, 1
        FROM analysis_pending
       WHERE agency_id = ANY(${ids})
         AND at >= (${monthLo(f.period)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND at < (${monthHi(f.period)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai' ${procs}
    ) s GROUP BY dow, hour ORDER BY dow, hour`.execute(db);
  return rows.rows;
}

/**
 * Folds the queued entries into the summary, when no other session is folding (an advisory lock
 * held for the transaction; a reader that finds it taken reads summary ∪ queue as they are).
 * Returns how many entries were moved, or null when another session was folding.
 */
export async function foldPending(db: Db): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('analysis_fold')) AS ok`.execute(trx);
    if (!got.rows[0]?.ok) return null;
    const moved = await sql<{ n: string }>`SELECT analysis_fold() AS n`.execute(trx);
    return Number(moved.rows[0]!.n);
  });
}

/** How many entries wait in the queue (estimated from the planner's statistics when large). */
export async function pendingCount(db: Db): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT 1 FROM analysis_pending LIMIT 10001) x`.execute(db);
  return Number(r.rows[0]!.n);
}

export interface StepMonthRow {
  procedure_code: string;
  step: string;
  /** YYYY-MM */
  month: string;
  n: string;
  fines: string;
  confiscations: string;
}

/** The entries of these steps summed by procedure, step and month (China time): what the annual report counts (R-PUB-7). */
export async function stepsByMonth(db: Db, f: AnalysisFilter, steps: readonly string[]): Promise<StepMonthRow[]> {
  if (!f.agencyIds.length || !steps.length) return [];
  const rows = await sql<StepMonthRow>`
    SELECT procedure_code, step, to_char(month, 'YYYY-MM') AS month, sum(n) AS n, sum(fines) AS fines, sum(confiscations) AS confiscations
      FROM ${source(f, steps, ['total'])} s
     GROUP BY procedure_code, step, month`.execute(db);
  return rows.rows;
}
