import { sql, type Kysely } from 'kysely';

/**
 * 投诉举报 (R-X-4, issue 21 point 6): complaints and reports about enforcement filed on the portal,
 * their attachments (blobs by content), the agency's answer limit, and every act on a complaint
 * (received, assigned, answered, transferred) as an append-only entry of the agency's ledger
 * (leaf source 'complaint'). The complainant's personal data stays in `complaints`, never in an entry:
 * an entry names the complaint, the act and the SHA-256 of what was filed or answered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE complaints (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      filed_agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('complaint', 'report')),
      subject_ref text,
      facts text NOT NULL,
      request text NOT NULL,
      name text,
      phone text,
      code_sha256 bytea NOT NULL UNIQUE,
      content_sha256 text NOT NULL,
      state text NOT NULL CHECK (state IN ('received', 'assigned', 'answered')),
      transferred boolean NOT NULL DEFAULT false,
      handler_id uuid REFERENCES users(id),
      received_at timestamptz NOT NULL,
      received_on date NOT NULL,
      due_on date,
      answer text,
      answered_at timestamptz,
      answered_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      CHECK ((state = 'answered') = (answer IS NOT NULL AND answered_at IS NOT NULL))
    );
    CREATE INDEX complaints_agency ON complaints(agency_id, state, due_on);
    CREATE INDEX complaints_open_due ON complaints(due_on) WHERE state <> 'answered';

    CREATE TABLE complaint_attachments (
      complaint_id uuid NOT NULL REFERENCES complaints(id),
      seq int NOT NULL,
      filename text NOT NULL,
      media_type text NOT NULL,
      size bigint NOT NULL,
      sha256 text NOT NULL,
      PRIMARY KEY (complaint_id, seq)
    );
    CREATE TRIGGER complaint_attachments_append_only BEFORE UPDATE OR DELETE ON complaint_attachments FOR EACH ROW EXECUTE FUNCTION refuse_change();

    CREATE TABLE complaint_settings (
      agency_id uuid PRIMARY KEY REFERENCES agencies(id),
      answer_days int NOT NULL CHECK (answer_days BETWEEN 1 AND 60),
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE complaint_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      complaint_id uuid NOT NULL REFERENCES complaints(id),
      kind text NOT NULL,
      body text NOT NULL,
      hash bytea NOT NULL,
      actor_id uuid REFERENCES users(id),
      at timestamptz NOT NULL
    );
    CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, id);
    CREATE TRIGGER complaint_events_append_only BEFORE UPDATE OR DELETE ON complaint_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER complaint_events_no_truncate BEFORE TRUNCATE ON complaint_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER complaint_events_ledger AFTER INSERT ON complaint_events FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('complaint');
  `.execute(db);
}
