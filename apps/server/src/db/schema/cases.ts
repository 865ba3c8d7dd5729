import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, GeneratedTimestamp, DateText, Json } from './columns.ts';

/** Cases (`cases` module): the parties, case numbers, the case row, its officers, its event chain (R-REC-4) and the 音像记录事项清单 (R-REC-3). */

export interface PartiesTable {
  id: Generated<string>;
  agency_id: string;
  kind: 'person' | 'org';
  name: string;
  credit_code: string | null;
  id_number: string | null;
  legal_rep: string | null;
  address: Generated<string>;
  phone: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface CaseNumberCountersTable {
  agency_id: string;
  word: string;
  year: number;
  last_seq: number;
}

export interface CasesTable {
  id: Generated<string>;
  agency_id: string;
  unit_id: string | null;
  procedure_code: string;
  procedure_version: string;
  rule_pack_id: string;
  rule_pack_version: string;
  number: string;
  number_word: string;
  number_year: number;
  number_seq: number;
  title: string;
  field: string;
  region_code: string;
  party_id: string;
  state: string;
  terminal: Generated<boolean>;
  next_due_on: DateText | null;
  version: Generated<number>;
  last_event_seq: number;
  last_event_hash: Buffer;
  opened_by: string;
  opened_at: Timestamp;
  updated_at: Timestamp;
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface CaseOfficersTable {
  case_id: string;
  user_id: string;
  lead: boolean;
  assigned_at: Timestamp;
}

export interface CaseEventsTable {
  id: Generated<string>;
  agency_id: string;
  case_id: string;
  seq: number;
  kind: string;
  step: string | null;
  from_state: string | null;
  to_state: string | null;
  actor_id: string;
  at: Timestamp;
  inputs: Json<unknown>;
  prev_hash: Buffer;
  hash: Buffer;
  /** canonical JSON of the entry's body, as hashed (null on entries written before migration 0012) */
  body: ColumnType<string | null, string | undefined, never>;
}

export interface RecordingRulesTable {
  agency_id: string;
  procedure_code: string;
  step_code: string;
  level: 'none' | 'record' | 'full-process';
  what: string;
  updated_by: string;
  updated_at: Timestamp;
}

/** Closed cases by agency, procedure and final state, kept by a trigger on cases (migration 0051). */
export interface CaseClosedCountsTable {
  agency_id: string;
  procedure_code: string;
  state: string;
  /** bigint: read as text by pg */
  n: ColumnType<string, number, number>;
}

export interface CasesTables {
  case_closed_counts: CaseClosedCountsTable;
  parties: PartiesTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_officers: CaseOfficersTable;
  case_events: CaseEventsTable;
  recording_rules: RecordingRulesTable;
}
