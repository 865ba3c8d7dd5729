import type { Generated } from 'kysely';
import type { Timestamp, DateText } from './columns.ts';

/** 投诉举报 (`complaints` module, migration 0040). */

export interface ComplaintsTable {
  id: string;
  /** the agency handling it now (after a transfer: the receiving agency) */
  agency_id: string;
  /** the agency the complainant chose */
  filed_agency_id: string;
  kind: 'complaint' | 'report';
  subject_ref: string | null;
  facts: string;
  request: string;
  /** personal data: never on a public page, feed, JSON or open data */
  name: string | null;
  phone: string | null;
  code_sha256: Buffer;
  content_sha256: string;
  state: 'received' | 'assigned' | 'answered';
  transferred: Generated<boolean>;
  handler_id: string | null;
  received_at: Timestamp;
  received_on: DateText;
  due_on: DateText | null;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  updated_at: Timestamp;
}

export interface ComplaintAttachmentsTable {
  complaint_id: string;
  seq: number;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
}

export interface ComplaintSettingsTable {
  agency_id: string;
  answer_days: number;
  updated_by: string;
  updated_at: Timestamp;
}

export interface ComplaintEventsTable {
  id: Generated<number>;
  agency_id: string;
  complaint_id: string;
  kind: string;
  body: string;
  hash: Buffer;
  actor_id: string | null;
  at: Timestamp;
}

export interface ComplaintsTables {
  complaints: ComplaintsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  complaint_settings: ComplaintSettingsTable;
  complaint_events: ComplaintEventsTable;
}
