import type { Database } from './schema.ts';

/**
 * Each table has ONE owning module (`modules/<owner>/`), which alone reads and writes it; every
 * other module calls the owner's functions. Typed over the Database interface, so a new table
 * without an owner does not compile. `npm run lint` (scripts/lint-deps.mjs) refuses a query on a
 * table in any file outside its owner (migrations and tests excepted), and ARCHITECTURE.md lists
 * the same map.
 */
export const TABLE_OWNERS = {
  // the case and its log (全过程记录)
  cases: 'cases',
  case_closed_counts: 'cases',
  case_events: 'cases',
  case_officers: 'cases',
  case_number_counters: 'cases',
  parties: 'cases',
  recording_rules: 'cases',
  // organisation and people
  regions: 'org',
  agencies: 'org',
  agency_seal_images: 'seal',
  units: 'org',
  users: 'people',
  certificates: 'people',
  certificate_events: 'people',
  training_records: 'people',
  sessions: 'auth',
  login_attempts: 'auth',
  known_devices: 'auth',
  party_access: 'party',
  party_sessions: 'party',
  // records beside the case
  evidence: 'evidence',
  documents: 'documents',
  document_number_words: 'documents',
  document_number_counters: 'documents',
  document_files: 'documents',
  document_settings: 'documents',
  access_events: 'access',
  case_file_standards: 'casefile',
  // 重大执法决定法制审核
  review_catalogs: 'review',
  case_proposals: 'review',
  review_rounds: 'review',
  review_opinions: 'review',
  legal_advisers: 'review',
  review_advice: 'review',
  collective_discussions: 'review',
  review_clearances: 'review',
  decision_steps: 'review',
  discretion_benchmarks: 'discretion',
  // 公示
  publications: 'publications',
  publication_versions: 'publications',
  publication_events: 'publications',
  publication_settings: 'publications',
  public_decisions: 'publications',
  credit_repair_applications: 'credit-repair',
  credit_repair_counters: 'credit-repair',
  search_entries: 'search',
  agency_lists: 'lists',
  list_changes: 'lists',
  statistics_reports: 'statistics',
  analysis_pending: 'statistics',
  analysis_monthly: 'statistics',
  analysis_hourly: 'statistics',
  // 双随机、一公开
  draw_rosters: 'draw',
  draw_plans: 'draw',
  draw_events: 'draw',
  draw_cases: 'draw',
  evaluation_standards: 'evaluation',
  evaluation_rounds: 'evaluation',
  evaluation_events: 'evaluation',
  evaluation_scores: 'evaluation',
  evaluation_replies: 'evaluation',
  // the ledger and its witnesses
  ledger_logs: 'ledger',
  ledger_pending: 'ledger',
  ledger_leaves: 'ledger',
  ledger_tiles: 'ledger',
  ledger_checkpoints: 'ledger',
  ledger_cosignatures: 'ledger',
  witness_logs: 'witness',
  witness_refusals: 'witness',
  // exchange with other systems
  exchange_systems: 'exchange',
  exchange_pushes: 'exchange',
  outbox: 'exchange',
  // 执法监督预警 (issue 21)
  alerts: 'alerts',
  alert_reads: 'alerts',
  alert_settings: 'alerts',
  alert_deliveries: 'alerts',
  alert_delivery_attempts: 'alerts',
  step_refusals: 'alerts',
  case_outcomes: 'outcomes',
  // 投诉举报 (R-X-4)
  complaints: 'complaints',
  complaint_attachments: 'complaints',
  complaint_settings: 'complaints',
  complaint_events: 'complaints',
  // the platform itself
  calendar_years: 'calendar',
  meta: 'db',
} as const satisfies Record<keyof Database, string>;

export type TableName = keyof typeof TABLE_OWNERS;
export type OwningModule = (typeof TABLE_OWNERS)[TableName];

/** Where an owner's code lives, relative to apps/server/src: its module folder, or the db layer itself. */
export function ownerDir(owner: OwningModule): string {
  return owner === 'db' ? 'db' : `modules/${owner}`;
}

/**
 * The one kind of reader besides the owner: the portal's read model `public_decisions` is written by
 * publications (in the transaction of each publication act) and read by the search engine, whose
 * hand-tuned SQL (planner statistics read by table name, index choice per query, window functions)
 * is the read model's reason to exist and cannot go through named builders without copying every
 * column. A listed module may only READ the table: the lint refuses its writes.
 */
export const READ_MODEL_READERS: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  public_decisions: ['modules/search'],
};
