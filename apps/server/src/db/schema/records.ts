import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.ts';

/** A case's records beside its events: evidence (`evidence`), 执法文书 (`documents`), 调阅 entries (`access`, R-REC-7) and the 案卷标准 (`casefile`, R-REC-6). */

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
  /** set for documents rendered before they were filed (before migration 0028); NULL after: see document_files */
  pdf_sha256: string | null;
  docx_sha256: string | null;
  seal: Json<unknown>;
  issued_by: string;
  issued_at: Timestamp;
  /** 文书编号 of a kind numbered on its own; NULL for forms and older documents */
  number: string | null;
}

export interface DocumentFilesTable {
  document_id: string;
  case_id: string;
  /** the case entry that recorded the files (case.document.rendered) */
  event_seq: number;
  pdf_sha256: string;
  pdf_sm3: string;
  docx_sha256: string;
  docx_sm3: string;
  rendered_at: Timestamp;
}

export interface DocumentNumberWordsTable {
  agency_id: string;
  kind: string;
  word: string;
  set_by: string;
  set_at: Timestamp;
}

export interface DocumentNumberCountersTable {
  agency_id: string;
  word: string;
  year: number;
  last_seq: number;
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

export interface CaseFileStandardsTable {
  agency_id: string;
  procedure_code: string;
  items: Json<unknown>;
  updated_by: string;
  updated_at: Timestamp;
}

/** 文书设置 (migration 0030): append-only versions per agency, owned by the documents module. */
export interface DocumentSettingsTable {
  agency_id: string;
  version: number;
  settings: Json<unknown>;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface RecordsTables {
  evidence: EvidenceTable;
  documents: DocumentsTable;
  document_files: DocumentFilesTable;
  document_number_words: DocumentNumberWordsTable;
  document_number_counters: DocumentNumberCountersTable;
  access_events: AccessEventsTable;
  case_file_standards: CaseFileStandardsTable;
  document_settings: DocumentSettingsTable;
}
