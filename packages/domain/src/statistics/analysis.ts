import { DomainError } from '../errors.ts';
import type { EnforcementKind } from '../procedures/types.ts';

/**
 * 统计分析 (R-X-3): what the analysis counts, over which months. Pure: the server sums the case
 * log by these rules (modules/statistics/analysis.*), the annual report (R-PUB-7) reads the same sums.
 */

/** The figure of a breakdown: 立案, 决定, 罚没款, 法制审核 and its returns. */
export interface AnalysisMeasures {
  /** 立案/受理 (cases opened) */
  opened: number;
  /** 执法决定 (the decision steps that are published, R-PUB-3) */
  decided: number;
  /** 罚款 (yuan) of those decisions */
  fines: number;
  /** 没收违法所得 (yuan) of those decisions */
  confiscations: number;
  /** 提交法制审核 (rounds submitted) */
  reviews: number;
  /** 审核退回 (rounds returned with problems) */
  returns: number;
}

/** The opening entry's step in the summary (the opening step's own code varies by procedure). */
export const OPENED_STEP = 'case.opened';
/** 提交法制审核 and 审核退回 as the legal-review module takes them (definitions/penalty-general-decision.ts). */
export const REVIEW_SUBMIT_STEP = 'submit-review';
export const REVIEW_RETURN_STEP = 'review-return';

export const ANALYSIS_DIMENSIONS = ['agency', 'unit', 'kind', 'field', 'violation', 'region', 'month'] as const;
export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];

/** Chinese names of the breakdowns, for pages and spreadsheets. */
export const DIMENSION_NAMES: Record<AnalysisDimension | 'hour', string> = {
  agency: '按执法机关',
  unit: '按承办机构',
  kind: '按执法行为类别',
  field: '按执法类别',
  violation: '按案由（违法行为）',
  region: '按案件发生地',
  month: '按月',
  hour: '按星期和时段',
};

export const MEASURE_NAMES: Record<keyof AnalysisMeasures, string> = {
  opened: '立案（件）',
  decided: '作出决定（件）',
  fines: '罚款（元）',
  confiscations: '没收违法所得（元）',
  reviews: '提交法制审核（次）',
  returns: '审核退回（次）',
};

export const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

export interface MonthRange {
  /** YYYY-MM, first month */
  from: string;
  /** YYYY-MM, last month (inclusive) */
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Longest period the analysis answers (ten years of months). */
export const MAX_ANALYSIS_MONTHS = 120;

/** The checked period: months YYYY-MM, from ≤ to, at most ten years. */
export function analysisPeriod(from: string, to: string): MonthRange & { months: string[] } {
  if (!MONTH.test(from) || !MONTH.test(to)) throw new DomainError('VALIDATION_FAILED', '统计期间应为 YYYY-MM 格式的月份', { from, to });
  const a = index(from);
  const b = index(to);
  if (a > b) throw new DomainError('VALIDATION_FAILED', '统计期间的起始月份不能晚于结束月份', { from, to });
  if (b - a + 1 > MAX_ANALYSIS_MONTHS)
    throw new DomainError('VALIDATION_FAILED', `统计期间最长 ${MAX_ANALYSIS_MONTHS / 12} 年`, { from, to });
  return { from, to, months: Array.from({ length: b - a + 1 }, (_, i) => month(a + i)) };
}

/** The period of the same length just before (环比: this period against the previous one). */
export function previousPeriod(p: MonthRange): MonthRange {
  const a = index(p.from);
  const len = index(p.to) - a + 1;
  return { from: month(a - len), to: month(a - 1) };
}

/** The first day of the month after `to` (the period's exclusive end as a date). */
export const monthAfter = (m: string) => `${month(index(m) + 1)}-01`;

/** Change from the previous period in per cent (one decimal), or null when the previous was 0. */
export function changeRate(now: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}

export const zeroMeasures = (): AnalysisMeasures => ({ opened: 0, decided: 0, fines: 0, confiscations: 0, reviews: 0, returns: 0 });

/** Sum of measures (amounts kept to the fen). */
export function addMeasures(a: AnalysisMeasures, b: AnalysisMeasures): AnalysisMeasures {
  const fen = (n: number) => Math.round(n * 100) / 100;
  return {
    opened: a.opened + b.opened,
    decided: a.decided + b.decided,
    fines: fen(a.fines + b.fines),
    confiscations: fen(a.confiscations + b.confiscations),
    reviews: a.reviews + b.reviews,
    returns: a.returns + b.returns,
  };
}

/**
 * A number the Chinese way: 万 from ten thousand and 亿 from a hundred million (two decimals, trailing
 * zeros dropped), grouped digits below. `12345` → `1.23万`, `9800` → `9,800`.
 */
export function chineseNumber(n: number): string {
  const abs = Math.abs(n);
  const trim = (x: number) => x.toFixed(2).replace(/\.?0+$/, '');
  if (abs >= 1e8) return `${trim(n / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(n / 1e4)}万`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The kinds a filter may name (执法行为类别). */
export type AnalysisKind = EnforcementKind;
