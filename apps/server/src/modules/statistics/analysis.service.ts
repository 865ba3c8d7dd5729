import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import {
  DIMENSION_NAMES,
  MEASURE_NAMES,
  PROCEDURES,
  WEEKDAY_NAMES,
  addMeasures,
  analysisPeriod,
  changeRate,
  chinaDate,
  getProcedure,
  previousPeriod,
  zeroMeasures,
  type AnalysisMeasures,
  type EnforcementKind,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import type { Sheet } from '../../http/xlsx.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { agencyNames, regionNames, unitNames } from '../org/org.queries.ts';
import { breakdowns, foldPending, pendingCount, totals, weekdayHours, type AnalysisFilter, type MeasureRow } from './analysis.queries.ts';
import type { AnalysisView, ANALYSIS_FIGURES } from './analysis.schemas.ts';

/**
 * 统计分析 (R-X-3): the figures of the agencies a supervisor or head may see (the access rule
 * `supervision.read`: a 司法局 its region, a head its agency and those under it), by agency, unit,
 * kind, 执法类别, 案由, place, month and weekday × hour, with the previous period for the trend.
 */
export interface AnalysisDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export type AnalysisFigures = Static<typeof AnalysisView>;
type Row = AnalysisFigures['byAgency'][number];

export interface AnalysisRequest {
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: string | undefined;
  kind?: EnforcementKind | undefined;
}

const measuresOf = (r: MeasureRow): AnalysisMeasures => ({
  opened: Number(r.opened),
  decided: Number(r.decided),
  fines: Math.round(Number(r.fines) * 100) / 100,
  confiscations: Math.round(Number(r.confiscations) * 100) / 100,
  reviews: Number(r.reviews),
  returns: Number(r.returns),
});

/** The queue is folded on read once it holds this many entries (below it, reading it costs less than folding). */
const FOLD_AT = 5000;
const TOP_VIOLATIONS = 30;

/**
 * The figures of `agencyIds` (already decided by the caller's access check) for a month range —
 * the one computation behind the screen, its spreadsheets and the annual report.
 */
export async function figuresOf(
  deps: AnalysisDeps,
  agencyIds: readonly string[],
  req: { from: string; to: string; kind?: EnforcementKind | undefined; agencyId?: string | undefined },
): Promise<AnalysisFigures> {
  const period = analysisPeriod(req.from, req.to);
  const previous = previousPeriod(period);
  const procedures = req.kind ? PROCEDURES.filter((p) => p.kind === req.kind).map((p) => p.code) : null;
  const filter: AnalysisFilter = { agencyIds, period, procedures };
  await foldWhenLarge(deps.db);
  const [rows, before, hours] = await Promise.all([
    breakdowns(deps.db, filter),
    totals(deps.db, { ...filter, period: previous }),
    weekdayHours(deps.db, filter),
  ]);
  const [agencies, units, regions] = await Promise.all([
    agencyNames(
      deps.db,
      rows.agency.map((r) => r.agency_id!),
    ),
    unitNames(
      deps.db,
      rows.unit.flatMap((r) => (r.value ? [r.value] : [])),
    ),
    regionNames(
      deps.db,
      rows.region.map((r) => r.value!),
    ),
  ]);
  const byOpened = (a: Row, b: Row) => b.opened - a.opened || b.decided - a.decided || a.label.localeCompare(b.label, 'zh');
  const row = (key: string, label: string, r: MeasureRow, extra: Partial<Row> = {}): Row => ({ key, label, ...extra, ...measuresOf(r) });

  const kinds = new Map<string, AnalysisMeasures>();
  for (const r of rows.procedure) {
    const kind = getProcedure(r.procedure_code!)?.kind ?? r.procedure_code!;
    kinds.set(kind, addMeasures(kinds.get(kind) ?? zeroMeasures(), measuresOf(r)));
  }
  const violations = rows.title.map((r) => row(r.value!, r.value!, r)).sort(byOpened);
  const topViolations = violations.slice(0, TOP_VIOLATIONS);
  if (violations.length > TOP_VIOLATIONS)
    topViolations.push({
      key: '',
      label: `其他（${violations.length - TOP_VIOLATIONS} 种案由）`,
      ...violations.slice(TOP_VIOLATIONS).reduce(addMeasures, zeroMeasures()),
    });
  const monthRows = new Map(rows.month.map((r) => [r.month!, r]));
  const total = rows.total;
  const t = total ? measuresOf(total) : zeroMeasures();
  const p = measuresOf(before);
  return {
    period: { from: period.from, to: period.to },
    previous,
    filter: { agencyId: req.agencyId ?? null, kind: req.kind ?? null },
    totals: t,
    previousTotals: p,
    change: {
      opened: changeRate(t.opened, p.opened),
      decided: changeRate(t.decided, p.decided),
      fines: changeRate(t.fines, p.fines),
      reviews: changeRate(t.reviews, p.reviews),
      returns: changeRate(t.returns, p.returns),
    },
    returnRate: t.reviews ? Math.round((t.returns / t.reviews) * 1000) / 10 : null,
    byAgency: rows.agency.map((r) => row(r.agency_id!, agencies.get(r.agency_id!) ?? r.agency_id!, r)).sort(byOpened),
    byUnit: rows.unit
      .map((r) =>
        row(r.value || `${r.agency_id}:`, r.value ? (units.get(r.value) ?? r.value) : '（未指定承办机构）', r, {
          agencyName: agencies.get(r.agency_id!) ?? r.agency_id!,
        }),
      )
      .sort(byOpened),
    byKind: [...kinds].map(([kind, m]) => ({ key: kind, label: kind, ...m })).sort(byOpened),
    byField: rows.field.map((r) => row(r.value!, r.value!, r)).sort(byOpened),
    byViolation: topViolations,
    byRegion: rows.region.map((r) => row(r.value!, regions.get(r.value!) ?? r.value!, r)).sort(byOpened),
    months: period.months.map((m) => {
      const r = monthRows.get(m);
      return { key: m, label: `${m.slice(0, 4)}年${Number(m.slice(5))}月`, ...(r ? measuresOf(r) : zeroMeasures()) };
    }),
    weekdayHours: hours.map((h) => ({ weekday: h.dow, hour: h.hour, steps: Number(h.n) })),
  };
}

async function foldWhenLarge(db: Kysely<Database>): Promise<void> {
  if ((await pendingCount(db)) >= FOLD_AT) await foldPending(db);
}

/** The agencies the actor's figures cover: one it may see, or every agency in its scope (supervision.read). */
export function analysisScope(actor: Actor, agencyId: string | undefined): string[] {
  authorize(actor, 'supervision.read');
  if (agencyId) {
    authorize(actor, 'supervision.read', { agencyId, noun: '机关' });
    return [agencyId];
  }
  return agenciesFor(actor, 'supervision.read');
}

/** The default period: this year from January to this month (China time). */
export function defaultPeriod(deps: AnalysisDeps): { from: string; to: string } {
  const today = chinaDate(deps.clock.now());
  return { from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) };
}

/** 统计分析 for the actor (the screen's figures). */
export async function analysis(deps: AnalysisDeps, actor: Actor, req: AnalysisRequest): Promise<AnalysisFigures> {
  const ids = analysisScope(actor, req.agencyId);
  const d = defaultPeriod(deps);
  return figuresOf(deps, ids, { from: req.from ?? d.from, to: req.to ?? d.to, kind: req.kind, agencyId: req.agencyId });
}

const MEASURE_COLUMNS = (Object.keys(MEASURE_NAMES) as (keyof AnalysisMeasures)[]).map((k) => ({ key: k, label: MEASURE_NAMES[k] }));

type Figure = (typeof ANALYSIS_FIGURES)[number];

/** The figures as spreadsheet sheets: one per breakdown asked for (`all`: every one). */
export function analysisSheets(f: AnalysisFigures, figure: Figure): Sheet[] {
  const table = (title: string, keyLabel: string, rows: Row[], extra: { key: string; label: string }[] = []): Sheet => ({
    title,
    columns: [{ key: 'label', label: keyLabel }, ...extra, ...MEASURE_COLUMNS],
    rows: rows.map((r) => ({ ...r })),
  });
  const sheets: Record<Exclude<Figure, 'all'>, () => Sheet> = {
    agency: () => table(DIMENSION_NAMES.agency, '执法机关', f.byAgency),
    unit: () => table(DIMENSION_NAMES.unit, '承办机构', f.byUnit, [{ key: 'agencyName', label: '所属机关' }]),
    kind: () => table(DIMENSION_NAMES.kind, '执法行为类别', f.byKind),
    field: () => table(DIMENSION_NAMES.field, '执法类别', f.byField),
    violation: () => table(DIMENSION_NAMES.violation, '案由', f.byViolation),
    region: () => table(DIMENSION_NAMES.region, '案件发生地', f.byRegion),
    month: () => table(DIMENSION_NAMES.month, '月份', f.months),
    hour: () => ({
      title: DIMENSION_NAMES.hour,
      columns: [{ key: 'hour', label: '时段' }, ...WEEKDAY_NAMES.map((w, i) => ({ key: `d${i + 1}`, label: `${w}（环节数）` }))],
      rows: Array.from({ length: 24 }, (_, h) => {
        const out: Record<string, string | number> = { hour: `${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00` };
        for (let d = 1; d <= 7; d++) out[`d${d}`] = f.weekdayHours.find((x) => x.weekday === d && x.hour === h)?.steps ?? 0;
        return out;
      }),
    }),
  };
  return figure === 'all' ? Object.values(sheets).map((s) => s()) : [sheets[figure]()];
}

/** The period line a spreadsheet's file name carries. */
export const periodText = (f: AnalysisFigures) => `${f.period.from}至${f.period.to}`;
