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

export interface StatisticsTables {
  statistics_reports: StatisticsReportsTable;
}
