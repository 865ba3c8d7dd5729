import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, GeneratedTimestamp, DateText } from './columns.ts';

/** As domain people/certificate.ts CertificateRestriction. */
interface RestrictionRow {
  kind: 'suspended' | 'revoked' | 'inspection-failed';
  from: string;
  to?: string | null;
  reason: string;
}

/** People (`people` module): staff and their 执法证; sign-in (`auth` module): sessions and attempts. */

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
  /** dated 暂扣/吊销/年检未通过 (migration 0035; domain people/certificate.ts CertificateRestriction) */
  restrictions: ColumnType<RestrictionRow[], string | undefined, string>;
  issued_by: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** Every act on a certificate (migration 0035): 核发, 换证延期, 暂扣, 恢复, 吊销, 年检. Append-only. */
export interface CertificateEventsTable {
  id: Generated<string>;
  certificate_id: string;
  kind: 'issue' | 'renew' | 'suspend' | 'reinstate' | 'revoke' | 'inspection';
  effective_on: DateText;
  reason: Generated<string>;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  actor_id: string | null;
  created_at: Timestamp;
}

/** 岗位培训 hours of an officer (migration 0035). Append-only. */
export interface TrainingRecordsTable {
  id: Generated<string>;
  user_id: string;
  year: number;
  hours: ColumnType<string, number, never>;
  course: string;
  completed_on: DateText;
  recorded_by: string | null;
  created_at: Timestamp;
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
  /** the known device the attempt came from (hash of its cookie); null: an unknown client */
  device: string | null;
}

/** Browsers in which an account has signed in (the hash of their device cookie). */
export interface KnownDevicesTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_used_at: Timestamp;
}

export interface PeopleTables {
  users: UsersTable;
  certificates: CertificatesTable;
  certificate_events: CertificateEventsTable;
  training_records: TrainingRecordsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  known_devices: KnownDevicesTable;
}
