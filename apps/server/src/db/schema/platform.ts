import type { GeneratedTimestamp, Json } from './columns.ts';

/** What every module reads: the instance's settings (`meta`) and the working-day calendar in force (`calendar` module). */

export interface MetaTable {
  key: string;
  value: Json<unknown>;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  data: Json<unknown>;
  imported_by: string | null;
  imported_at: GeneratedTimestamp;
}

export interface PlatformTables {
  meta: MetaTable;
  calendar_years: CalendarYearsTable;
}
