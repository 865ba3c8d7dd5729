import type { Generated } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** 重大执法决定法制审核 (`review` module, migration 0004, R-REV) and the 裁量基准 (`discretion` module, R-REV-10). */

export interface DiscretionBenchmarksTable {
  agency_id: string;
  version: number;
  benchmarks: Json<unknown>;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ReviewCatalogsTable {
  agency_id: string;
  version: number;
  catalog: Json<unknown>;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseProposalsTable {
  case_id: string;
  version: number;
  proposal: Json<unknown>;
  proposal_hash: Buffer;
  catalog_version: number;
  evaluation: Json<unknown>;
  discretion: Json<unknown> | null;
  event_seq: number;
  created_by: string;
  created_at: Timestamp;
}

export interface ReviewRoundsTable {
  id: string;
  case_id: string;
  agency_id: string;
  round: number;
  proposal_version: number;
  materials: Json<unknown>;
  materials_hash: Buffer;
  prechecks: Json<unknown>;
  submitted_by: string;
  submitted_at: Timestamp;
  due_on: DateText | null;
  remind_on: DateText | null;
  status: 'pending' | 'agreed' | 'problems' | 'withdrawn';
  reviewer_id: string | null;
  disagreed: Generated<boolean>;
  disagreement: string | null;
  closed_at: Timestamp | null;
}

export interface ReviewOpinionsTable {
  id: string;
  round_id: string;
  case_id: string;
  reviewer_id: string;
  materials_hash: Buffer;
  answers: Json<unknown>;
  conclusion: 'agree' | 'problems';
  opinion: string;
  document_id: string | null;
  event_seq: number;
  at: Timestamp;
}

export interface LegalAdvisersTable {
  id: Generated<string>;
  region_code: string;
  kind: 'counsel' | 'public-lawyer';
  name: string;
  organisation: string;
  specialties: string[];
  phone: string;
  active: Generated<boolean>;
  added_by: string;
  added_at: Timestamp;
}

export interface ReviewAdviceTable {
  id: string;
  round_id: string;
  case_id: string;
  adviser_id: string;
  invited_by: string;
  invited_at: Timestamp;
  opinion: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp | null;
}

export interface CollectiveDiscussionsTable {
  id: string;
  case_id: string;
  proposal_version: number;
  round_id: string | null;
  held_on: DateText;
  participants: Json<unknown>;
  conclusion: string;
  outcome: 'decide-as-proposed' | 'revise' | 'further-review';
  votes: Json<unknown>;
  overrides: Json<unknown> | null;
  recorded_by: string;
  document_id: string | null;
  event_seq: number;
  at: Timestamp;
}

export interface ReviewClearancesTable {
  id: string;
  case_id: string;
  proposal_version: number;
  proposal_hash: Buffer;
  basis: 'not-required' | 'review-passed' | 'collective';
  opinion_id: string | null;
  discussion_id: string | null;
  handler_ids: string[];
  reviewer_ids: string[];
  event_seq: number;
  created_at: Timestamp;
}

export interface DecisionStepsTable {
  procedure_code: string;
  step_code: string;
}

export interface ReviewTables {
  discretion_benchmarks: DiscretionBenchmarksTable;
  review_catalogs: ReviewCatalogsTable;
  case_proposals: CaseProposalsTable;
  review_rounds: ReviewRoundsTable;
  review_opinions: ReviewOpinionsTable;
  legal_advisers: LegalAdvisersTable;
  review_advice: ReviewAdviceTable;
  collective_discussions: CollectiveDiscussionsTable;
  review_clearances: ReviewClearancesTable;
  decision_steps: DecisionStepsTable;
}
