/**
 * Typed domain errors. Rule code throws these; the HTTP layer maps `code` to a status
 * (see apps/server/src/http/errors.ts). Messages are Chinese because people read them.
 */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN_ROLE'
  | 'RATE_LIMITED'
  | 'SERVER_BUSY'
  | 'CONFLICT'
  | 'STEP_NOT_ALLOWED'
  | 'STEP_ORDER'
  | 'STEP_INPUT_MISSING'
  | 'STEP_INPUT_INVALID'
  | 'STEP_GUARD_FAILED'
  | 'EXTENSION_NOT_ALLOWED'
  | 'OFFICERS_INSUFFICIENT'
  | 'OFFICER_NOT_QUALIFIED'
  | 'TRAINING_INSUFFICIENT'
  | 'AGENCY_KIND_NOT_HELD'
  | 'CASE_CLOSED'
  | 'CALENDAR_YEAR_UNKNOWN'
  | 'CALENDAR_IMPORT_INVALID'
  | 'RULE_PACK_NOT_IN_FORCE'
  | 'PARTY_INVALID'
  | 'LEDGER_INCONSISTENT'
  | 'LEDGER_PROOF_RANGE'
  | 'RECORDING_MISSING'
  | 'CASE_ARCHIVED'
  | 'CASE_NOT_DECIDED'
  | 'CASE_FILE_INCOMPLETE'
  | 'ACCESS_REASON_REQUIRED'
  | 'DOCUMENT_KIND_UNKNOWN'
  | 'SEAL_IMAGE_INVALID'
  | 'EVIDENCE_INVALID'
  | 'REVIEW_CATALOG_INVALID'
  | 'REVIEW_REQUIRED'
  | 'REVIEW_STALE'
  | 'REVIEW_STATE'
  | 'REVIEW_MATERIALS_INCOMPLETE'
  | 'SEPARATION_OF_DUTIES'
  | 'REDACTION_INVALID'
  | 'REDACTION_OVERREACH'
  | 'REDACTION_RECOGNISER_MISMATCH'
  | 'REDACTION_UNCONFIRMED'
  | 'PUBLICATION_STATE'
  | 'PUBLICATION_TEXT_MISSING'
  | 'PUBLICATION_MISMATCH'
  | 'CREDIT_REPAIR_REFUSED'
  | 'CREDIT_REPAIR_STATE'
  | 'PUSH_INVALID'
  | 'LIST_INVALID'
  | 'ROSTER_INVALID'
  | 'DRAW_STATE'
  | 'DRAW_INFEASIBLE'
  | 'DRAW_SEED_PENDING'
  | 'EVALUATION_STATE'
  | 'FORM_EXPIRED'
  | 'COMPLAINT_INVALID'
  | 'COMPLAINT_STATE'
  | 'CSRF_REJECTED';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
