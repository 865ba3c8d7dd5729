import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DateText, Json } from './columns.ts';

/** 事后公开 (`publications` module, R-PUB-3 … R-PUB-5) and the portal's read model of published decisions (searched by the `search` module, R-PUB-8). */

/** R-PUB-3: one per 执法决定 (migration 0006). */
export interface PublicationsTable {
  id: string;
  agency_id: string;
  case_id: string;
  event_seq: number;
  kind: string;
  procedure_code: string;
  step_code: string;
  doc_number: string;
  decided_on: DateText;
  due_on: DateText;
  full_text_document: string | null;
  draft: Json<unknown>;
  state: 'pending' | 'published' | 'withdrawal-pending' | 'withdrawn' | 'expired' | 'stopped';
  version: Generated<number>;
  published_on: DateText | null;
  public_until: DateText | null;
  ground: Json<unknown> | null;
  withdrawal_due_on: DateText | null;
  last_event_seq: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PublicationVersionsTable {
  publication_id: string;
  version: number;
  fields: Json<Record<string, string | null>>;
  document_id: string | null;
  original_text: string | null;
  original_sha256: string | null;
  published_text: string | null;
  rule_set: Json<unknown>;
  marks: Json<unknown>;
  redactions: Json<unknown>;
  reason: string;
  approved_by: string | null;
  approved_at: Timestamp;
}

export interface PublicationEventsTable {
  id: Generated<number>;
  agency_id: string;
  publication_id: string;
  seq: number;
  kind: string;
  actor_id: string | null;
  at: Timestamp;
  details: Json<Record<string, unknown>>;
  hash: Buffer;
}

export interface PublicationSettingsTable {
  agency_id: string;
  auto_publish: boolean;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** The portal's read model of published decisions (local and pushed in). */
export interface PublicDecisionsTable {
  id: string;
  key: string;
  source: string;
  agency_id: string | null;
  agency_name: string;
  agency_credit_code: string;
  region_code: string | null;
  kind: string;
  doc_number: string;
  title: string;
  party_name: string;
  party_credit_code: string | null;
  violation: string | null;
  facts: string;
  conclusion: string;
  fine_amount: ColumnType<string | null, number | string | null, number | string | null>;
  decided_on: DateText;
  published_at: Timestamp;
  public_until: DateText | null;
  status: 'published' | 'corrected' | 'withdrawn' | 'expired' | 'stopped';
  status_reason: string | null;
  status_at: Timestamp | null;
  version: number;
  history: Json<unknown>;
  field_set: string;
  fields: Json<Record<string, string | null>>;
  body: string | null;
  updated_at: Timestamp;
  /** normalised searchable text (migration 0013) */
  search_text: Generated<string>;
  /** its distinct character bigrams, GIN-indexed */
  bigrams: Generated<string[]>;
}

/**
 * The search's compact copy of the live decisions (`search` module, migration 0052): what its
 * conditions, orders and facets read, the normalised text, and its index keys (bigrams and filter
 * tokens). Written only by triggers on `public_decisions`.
 */
export interface SearchEntriesTable {
  id: string;
  decided_on: DateText;
  agency_credit_code: string;
  agency_name: string;
  kind: string;
  party_name: string;
  party_credit_code: string | null;
  doc_number: string;
  title: string;
  violation: string | null;
  fine_amount: string | null;
  region_code: string | null;
  /** 法律依据: each law (without 中华人民共和国) and law第…条 */
  law_refs: string[];
  search_text: string;
  /** the bigrams of search_text and the filter tokens (l:, r:, v:, f:), GIN-indexed */
  keys: string[];
}

export interface PublicationsTables {
  publications: PublicationsTable;
  publication_versions: PublicationVersionsTable;
  publication_events: PublicationEventsTable;
  publication_settings: PublicationSettingsTable;
  public_decisions: PublicDecisionsTable;
  search_entries: SearchEntriesTable;
}
