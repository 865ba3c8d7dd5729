import type { ColumnType, Generated } from 'kysely';
import type { DateText, Timestamp } from './columns.ts';

/** 执法监督预警 (`alerts` module, migration 0036) and 复议/诉讼 outcomes (`outcomes` module). */

export type AlertRule =
  | 'step-overdue'
  | 'step-due-soon'
  | 'publication-overdue'
  | 'publication-due-soon'
  | 'review-overdue'
  | 'review-return-rate'
  | 'decision-corrected'
  | 'recording-refused'
  | 'certificate-expiring'
  | 'acting-near-expiry'
  | 'complaint-overdue'
  | 'complaint-due-soon';

export interface AlertsTable {
  id: Generated<string>;
  agency_id: string;
  rule: AlertRule;
  /** the condition's key within its rule (a case and deadline, an officer, a unit …): one open alert per key */
  subject: string;
  case_id: string | null;
  user_id: string | null;
  unit_id: string | null;
  level: 'red' | 'orange';
  title: string;
  detail: string;
  assignees: string[];
  assignee_names: string;
  due_on: DateText | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface AlertReadsTable {
  alert_id: string;
  user_id: string;
  read_at: Timestamp;
}

export interface AlertSettingsTable {
  agency_id: string;
  return_rate: ColumnType<string, number | undefined, number>;
  min_reviews: Generated<number>;
  webhook_url: string | null;
  webhook_secret: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface AlertDeliveriesTable {
  id: Generated<string>;
  alert_id: string;
  agency_id: string;
  event: 'opened' | 'closed';
  url: string;
  body: string;
  attempts: Generated<number>;
  next_at: Timestamp;
  delivered_at: Timestamp | null;
  dead: Generated<boolean>;
  created_at: Timestamp;
}

export interface AlertDeliveryAttemptsTable {
  id: Generated<string>;
  delivery_id: string;
  at: Timestamp;
  status: number | null;
  error: string | null;
}

export interface StepRefusalsTable {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  step: string;
  actor_id: string;
  code: string;
  message: string;
  at: Timestamp;
}

export interface CaseOutcomesTable {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  /** 行政复议 or 行政诉讼 */
  channel: 'reconsideration' | 'litigation';
  body: string;
  decided_on: DateText;
  result: 'upheld' | 'revoked' | 'changed' | 'confirmed-illegal';
  document: string;
  note: Generated<string>;
  recorded_by: string;
  created_at: Timestamp;
  /** 整改情况: recorded once, after which a correction is no longer alerted */
  rectification: string | null;
  rectified_by: string | null;
  rectified_at: Timestamp | null;
}

export interface AlertsTables {
  alerts: AlertsTable;
  alert_reads: AlertReadsTable;
  alert_settings: AlertSettingsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_attempts: AlertDeliveryAttemptsTable;
  step_refusals: StepRefusalsTable;
  case_outcomes: CaseOutcomesTable;
}
