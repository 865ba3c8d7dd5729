import type { Timestamp, DateText, Json } from './columns.ts';

/** 信用修复 (`credit-repair` module, issue 22 point 2; migration 0050). */

export interface CreditRepairApplicationsTable {
  id: string;
  /** 申请编号, e.g. XF2026-00001 (per agency and year) */
  number: string;
  agency_id: string;
  publication_id: string;
  case_id: string;
  party_id: string;
  /** the party's name, the decision's 文号 and title as applied for (snapshots for the lists) */
  party_name: string;
  doc_number: string;
  decision_title: string;
  /** the 当事人专区 access code the applicant signed in with */
  access_id: string;
  applicant_name: string;
  applicant_role: 'party' | 'legal-representative' | 'agent';
  contact: string | null;
  reasons: string;
  /** the 信用承诺书 text the applicant accepted */
  commitment: string;
  attachments: Json<{ name: string; mediaType: string; size: number; sha256: string; sm3: string }[]>;
  /** the eligibility as checked on receipt */
  eligibility: Json<unknown>;
  /** the rules applied (ids, decision limit and its basis) */
  rules: Json<unknown>;
  received_on: DateText;
  due_on: DateText;
  state: 'pending' | 'granted' | 'refused';
  submitted_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  confirmed: Json<unknown> | null;
}

export interface CreditRepairCountersTable {
  agency_id: string;
  year: number;
  last_seq: number;
}

export interface CreditRepairTables {
  credit_repair_applications: CreditRepairApplicationsTable;
  credit_repair_counters: CreditRepairCountersTable;
}
