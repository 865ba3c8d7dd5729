import type { Generated } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** 事前公开 lists (`lists` module). */

/** R-PUB-1 (migration 0016). */
export interface AgencyListsTable {
  agency_id: string;
  list: string;
  version: number;
  rows: Json<Record<string, string>[]>;
  note: string;
  changed_on: DateText | null;
  due_on: DateText | null;
  late: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
}

export interface ListChangesTable {
  id: string;
  agency_id: string;
  list: string;
  reason: string;
  changed_on: DateText;
  due_on: DateText;
  recorded_by: string;
  recorded_at: Timestamp;
  reflected_version: number | null;
  reflected_at: Timestamp | null;
}

export interface ListsTables {
  agency_lists: AgencyListsTable;
  list_changes: ListChangesTable;
}
