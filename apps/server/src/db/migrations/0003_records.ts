import { sql, type Kysely } from 'kysely';

/**
 * Evidence (音像记录), documents (文字记录), the access log of 调阅监督, each agency's
 * 音像记录事项清单 and 案卷标准, and archiving. Evidence, documents and access entries are
 * append-only; each is also an entry of the agency's ledger (R-REC-2 … R-REC-8).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE evidence (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      event_seq int NOT NULL,
      sha256 text NOT NULL,
      sm3 text NOT NULL,
      size bigint NOT NULL,
      media_type text NOT NULL,
      media_kind text NOT NULL CHECK (media_kind IN ('photo','audio','video','other')),
      filename text NOT NULL,
      step text,
      captured_at timestamptz NOT NULL,
      captured_place text NOT NULL,
      captured_by text NOT NULL,
      proves text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX evidence_case ON evidence(case_id, recorded_at);
    CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON evidence FOR EACH ROW EXECUTE FUNCTION refuse_change();

    CREATE TABLE documents (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      event_seq int NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      content_sha256 text NOT NULL,
      pdf_sha256 text NOT NULL,
      docx_sha256 text NOT NULL,
      seal jsonb NOT NULL,
      issued_by uuid NOT NULL REFERENCES users(id),
      issued_at timestamptz NOT NULL
    );
    CREATE INDEX documents_case ON documents(case_id, issued_at);
    CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- 调阅监督: who opened or downloaded which record, when and why. Itself in the ledger.
    CREATE TABLE access_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      actor_id uuid NOT NULL REFERENCES users(id),
      actor_agency_id uuid NOT NULL REFERENCES agencies(id),
      at timestamptz NOT NULL,
      action text NOT NULL CHECK (action IN ('view','download','list','export')),
      target_kind text NOT NULL,
      target_id text NOT NULL,
      case_id uuid REFERENCES cases(id),
      reason text NOT NULL CHECK (length(reason) > 0),
      hash bytea NOT NULL
    );
    CREATE INDEX access_events_case ON access_events(case_id, at);
    CREATE INDEX access_events_agency ON access_events(agency_id, at);
    CREATE TRIGGER access_events_append_only BEFORE UPDATE OR DELETE ON access_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER access_events_no_truncate BEFORE TRUNCATE ON access_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER access_events_ledger AFTER INSERT ON access_events FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('access');

    -- 音像记录事项清单: the agency's changes to the recording each procedure step requires.
    CREATE TABLE recording_rules (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      procedure_code text NOT NULL,
      step_code text NOT NULL,
      level text NOT NULL CHECK (level IN ('none','record','full-process')),
      what text NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, procedure_code, step_code)
    );

    -- 案卷标准: which documents and records a procedure's case file must hold, per agency.
    CREATE TABLE case_file_standards (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      procedure_code text NOT NULL,
      items jsonb NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, procedure_code)
    );

    ALTER TABLE cases ADD COLUMN archived_at timestamptz;
  `.execute(db);
}
