import type { Generated } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** 双随机、一公开 (`draw` module, migration 0031). */

export interface DrawRostersTable {
  agency_id: string;
  roster: string;
  version: number;
  rows: Json<Record<string, string>[]>;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

export interface DrawPlansTable {
  id: string;
  agency_id: string;
  item_code: string;
  item_name: string;
  field: string;
  target_category: string | null;
  sample: Json<unknown>;
  inspectors_per_target: number;
  period_from: DateText;
  period_to: DateText;
  planned_on: DateText;
  state: 'planned' | 'committed' | 'drawn';
  input: Json<unknown> | null;
  commitment: Json<unknown> | null;
  commitment_hash: string | null;
  seed: string | null;
  seed_evidence: Json<unknown> | null;
  result: Json<unknown> | null;
  created_by: string;
  created_at: Timestamp;
  committed_at: Timestamp | null;
  drawn_at: Timestamp | null;
}

export interface DrawEventsTable {
  id: Generated<number>;
  agency_id: string;
  plan_id: string;
  kind: string;
  body: string;
  hash: Buffer;
  at: Timestamp;
}

export interface DrawCasesTable {
  plan_id: string;
  target_code: string;
  position: number;
  case_id: string;
}

export interface DrawTables {
  draw_rosters: DrawRostersTable;
  draw_plans: DrawPlansTable;
  draw_events: DrawEventsTable;
  draw_cases: DrawCasesTable;
}
