import type { ColumnType } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** Annual statistics (`statistics` module). */

/** R-PUB-7 (migration 0014). */
export interface StatisticsReportsTable {
  id: string;
  agency_id: string;
  year: number;
  act: 'report' | 'publish';
  content: Json<unknown>;
  sha256: string;
  due_on: DateText;
  late: boolean;
  by_user: string;
  at: Timestamp;
}

/** 统计分析 (R-X-3, migration 0048): the case log's entries queued by trigger, and summed by month. */
export interface AnalysisPendingTable {
  id: ColumnType<string, never, never>;
  agency_id: string;
  unit_id: string | null;
  procedure_code: string;
  field: string;
  title: string;
  region_code: string;
  /** the step's code, or 'case.opened' for 立案/受理 */
  step: string;
  at: Timestamp;
  fine: string;
  confiscation: string;
}

export interface AnalysisMonthlyTable {
  agency_id: string;
  /** first day of the month (China time) */
  month: DateText;
  procedure_code: string;
  step: string;
  /** which dimension the row sums: the total, or one unit, 执法类别, 案由 or place */
  dim: 'total' | 'unit' | 'field' | 'title' | 'region';
  /** the dimension's value ('' for the total and for cases without a unit) */
  value: string;
  n: string;
  fines: string;
  confiscations: string;
}

export interface AnalysisHourlyTable {
  agency_id: string;
  month: DateText;
  procedure_code: string;
  /** ISO weekday, 1 = Monday */
  dow: number;
  hour: number;
  n: string;
}

export interface StatisticsTables {
  statistics_reports: StatisticsReportsTable;
  analysis_pending: AnalysisPendingTable;
  analysis_monthly: AnalysisMonthlyTable;
  analysis_hourly: AnalysisHourlyTable;
}
