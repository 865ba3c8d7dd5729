import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables created by db/migrations. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back as 'YYYY-MM-DD' strings (see adapters/db/pg-types.ts). */
type DateText = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface MetaTable { key: string; value: Json<unknown> }

export interface RegionsTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
}

export interface AgenciesTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  kind: 'enforcement' | 'justice';
  region_code: string;
  parent_id: string | null;
  fields: string[];
  procedure_kinds: string[];
  short_name: string;
  number_template: string;
  legal_basis: Generated<string>;
  address: Generated<string>;
  phone: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface UnitsTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  kind: 'handling' | 'legal' | 'office' | 'leadership';
}

export interface UsersTable {
  id: Generated<string>;
  agency_id: string;
  unit_id: string | null;
  username: string;
  display_name: string;
  post: Generated<string>;
  roles: string[];
  password_hash: string;
  legal_qualification: Generated<boolean>;
  reviewer_qualified: Generated<boolean>;
  disabled: Generated<boolean>;
  /** 'party-channel': the one per agency that records the party's own online acts (migration 0017) */
  kind: Generated<'staff' | 'party-channel'>;
  created_at: GeneratedTimestamp;
}

export interface CertificatesTable {
  id: Generated<string>;
  user_id: string;
  number: string;
  fields: string[];
  regions: string[];
  valid_from: DateText;
  valid_to: DateText;
  status: 'valid' | 'suspended' | 'revoked';
  status_reason: Generated<string>;
  issued_by: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: Buffer;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  /** workbench sessions end after this much idleness; NULL for API-client sessions */
  idle_expires_at: Timestamp | null;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  username: string;
  ip: string;
  at: Timestamp;
  ok: boolean;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  data: Json<unknown>;
  imported_by: string | null;
  imported_at: GeneratedTimestamp;
}

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

export interface LedgerLogsTable {
  agency_id: string;
  origin: string;
  size: number;
  root: Buffer;
  updated_at: Timestamp;
}

export interface LedgerPendingTable {
  id: Generated<number>;
  agency_id: string;
  leaf_hash: Buffer;
  source: string;
  source_id: number;
}

export interface LedgerLeavesTable {
  agency_id: string;
  idx: number;
  leaf_hash: Buffer;
  source: string;
  source_id: number;
}

export interface LedgerTilesTable {
  agency_id: string;
  level: number;
  idx: number;
  width: number;
  data: Buffer;
}

export interface LedgerCheckpointsTable {
  agency_id: string;
  size: number;
  root: Buffer;
  note: string;
  signed_at: Timestamp;
}

export interface LedgerCosignaturesTable {
  agency_id: string;
  size: number;
  witness: string;
  line: string;
  cosigned_at: Timestamp;
}

export interface WitnessLogsTable {
  witness_agency_id: string;
  origin: string;
  vkeys: string[];
  size: Generated<number>;
  root: Buffer | null;
  note: string | null;
  updated_at: Timestamp;
}

export interface WitnessRefusalsTable {
  id: Generated<number>;
  witness_agency_id: string;
  origin: string;
  old_size: number;
  note: string;
  reason: string;
  at: Timestamp;
}

export interface EvidenceTable {
  id: string;
  agency_id: string;
  case_id: string;
  event_seq: number;
  sha256: string;
  sm3: string;
  size: number;
  media_type: string;
  media_kind: 'photo' | 'audio' | 'video' | 'other';
  filename: string;
  step: string | null;
  captured_at: Timestamp;
  captured_place: string;
  captured_by: string;
  proves: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface DocumentsTable {
  id: string;
  agency_id: string;
  case_id: string;
  event_seq: number;
  kind: string;
  title: string;
  content_sha256: string;
  pdf_sha256: string;
  docx_sha256: string;
  seal: Json<unknown>;
  issued_by: string;
  issued_at: Timestamp;
}

export interface AccessEventsTable {
  id: Generated<number>;
  agency_id: string;
  actor_id: string;
  actor_agency_id: string;
  at: Timestamp;
  action: 'view' | 'download' | 'list' | 'export';
  target_kind: string;
  target_id: string;
  case_id: string | null;
  reason: string;
  hash: Buffer;
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

export interface CaseFileStandardsTable {
  agency_id: string;
  procedure_code: string;
  items: Json<unknown>;
  updated_by: string;
  updated_at: Timestamp;
}

/** 0004_review: 重大执法决定法制审核 */
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
  outcome: 'decide-as-proposed' | 'revise';
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

/** R-X-6 (migration 0015). */
export interface ExchangeSystemsTable {
  id: string;
  agency_id: string;
  name: string;
  key_sha256: string;
  created_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ExchangePushesTable {
  id: Generated<number>;
  system_id: string;
  at: Timestamp;
  received: number;
  stored: number;
  rejected: number;
}

export interface OutboxTable {
  id: Generated<string>;
  publication_id: string;
  act: string;
  payload: Json<unknown>;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_at: Timestamp;
  delivered_at: Timestamp | null;
  dead: Generated<boolean>;
  last_error: string | null;
}

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

/** 当事人专区 (migration 0017). */
export interface PartyAccessTable {
  id: string;
  agency_id: string;
  case_id: string;
  party_id: string;
  document_id: string;
  code_sha256: Buffer;
  issued_by: string;
  issued_at: Timestamp;
  replaced_at: Timestamp | null;
}

export interface PartySessionsTable {
  token_sha256: Buffer;
  access_id: string;
  csrf: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface Database {
  meta: MetaTable;
  regions: RegionsTable;
  agencies: AgenciesTable;
  units: UnitsTable;
  users: UsersTable;
  party_access: PartyAccessTable;
  party_sessions: PartySessionsTable;
  certificates: CertificatesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  calendar_years: CalendarYearsTable;
  parties: PartiesTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_officers: CaseOfficersTable;
  case_events: CaseEventsTable;
  ledger_logs: LedgerLogsTable;
  ledger_pending: LedgerPendingTable;
  ledger_leaves: LedgerLeavesTable;
  ledger_tiles: LedgerTilesTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  ledger_cosignatures: LedgerCosignaturesTable;
  witness_logs: WitnessLogsTable;
  witness_refusals: WitnessRefusalsTable;
  evidence: EvidenceTable;
  documents: DocumentsTable;
  access_events: AccessEventsTable;
  recording_rules: RecordingRulesTable;
  case_file_standards: CaseFileStandardsTable;
  review_catalogs: ReviewCatalogsTable;
  discretion_benchmarks: DiscretionBenchmarksTable;
  case_proposals: CaseProposalsTable;
  review_rounds: ReviewRoundsTable;
  review_opinions: ReviewOpinionsTable;
  legal_advisers: LegalAdvisersTable;
  review_advice: ReviewAdviceTable;
  collective_discussions: CollectiveDiscussionsTable;
  review_clearances: ReviewClearancesTable;
  decision_steps: DecisionStepsTable;
  publications: PublicationsTable;
  publication_versions: PublicationVersionsTable;
  publication_events: PublicationEventsTable;
  publication_settings: PublicationSettingsTable;
  public_decisions: PublicDecisionsTable;
  statistics_reports: StatisticsReportsTable;
  exchange_systems: ExchangeSystemsTable;
  exchange_pushes: ExchangePushesTable;
  outbox: OutboxTable;
  agency_lists: AgencyListsTable;
  list_changes: ListChangesTable;
}
