import type { Generated } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** 案卷评查 (`evaluation` module, migration 0042). */

export interface EvaluationStandardsTable {
  agency_id: string;
  version: number;
  standard: Json<unknown>;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

export interface EvaluationRoundsTable {
  id: string;
  agency_id: string;
  title: string;
  period_from: DateText;
  period_to: DateText;
  agency_ids: string[];
  sample: Json<unknown>;
  standard_version: number;
  standard: Json<unknown>;
  state: 'planned' | 'committed' | 'drawn' | 'returned';
  input: Json<unknown> | null;
  commitment: Json<unknown> | null;
  commitment_hash: string | null;
  ledger_agency_id: string | null;
  seed: string | null;
  seed_evidence: Json<unknown> | null;
  result: Json<unknown> | null;
  created_by: string;
  created_at: Timestamp;
  committed_at: Timestamp | null;
  drawn_at: Timestamp | null;
  returned_at: Timestamp | null;
}

export interface EvaluationEventsTable {
  id: Generated<number>;
  agency_id: string;
  round_id: string;
  kind: string;
  body: string;
  hash: Buffer;
  at: Timestamp;
}

export interface EvaluationScoresTable {
  round_id: string;
  case_id: string;
  agency_id: string;
  items: Json<unknown>;
  /** numeric: read as a string by pg */
  total: string | number;
  grade: 'excellent' | 'good' | 'pass' | 'fail';
  comment: string;
  scored_by: string;
  scored_at: Timestamp;
}

export interface EvaluationRepliesTable {
  round_id: string;
  agency_id: string;
  reply: string;
  replied_by: string;
  replied_at: Timestamp;
}

export interface EvaluationTables {
  evaluation_standards: EvaluationStandardsTable;
  evaluation_rounds: EvaluationRoundsTable;
  evaluation_events: EvaluationEventsTable;
  evaluation_scores: EvaluationScoresTable;
  evaluation_replies: EvaluationRepliesTable;
}
