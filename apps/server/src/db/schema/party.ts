import type { Timestamp } from './columns.ts';

/** 当事人专区 (`party` module). */

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
  /** when the code was voided (an explicit act with a reason, in the case's log); null: in force */
  voided_at: Timestamp | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface PartySessionsTable {
  token_sha256: Buffer;
  access_id: string;
  csrf: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface PartyTables {
  party_access: PartyAccessTable;
  party_sessions: PartySessionsTable;
}
