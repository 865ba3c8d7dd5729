import { sql, type Kysely } from 'kysely';

/**
 * 行政执法公示 (R-PUB-3, R-PUB-5): one publication record per 执法决定 with its legal deadline,
 * its published versions (fields and redacted text, derived by recorded rules and marks; never
 * edited), and its acts (published, corrected, withdrawn, expired, stopped), each hashed into the
 * agency's ledger. `public_decisions` is the portal's read model: only what is public.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE publications (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      event_seq int NOT NULL,
      kind text NOT NULL,
      procedure_code text NOT NULL,
      step_code text NOT NULL,
      doc_number text NOT NULL,
      decided_on date NOT NULL,
      due_on date NOT NULL,
      full_text_document text,
      draft jsonb NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'published', 'withdrawal-pending', 'withdrawn', 'expired', 'stopped')),
      version int NOT NULL DEFAULT 0,
      published_on date,
      public_until date,
      ground jsonb,
      withdrawal_due_on date,
      last_event_seq int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (case_id, event_seq)
    );
    CREATE INDEX publications_agency_state ON publications(agency_id, state, due_on);
    CREATE INDEX publications_withdrawal_due ON publications(withdrawal_due_on) WHERE state = 'withdrawal-pending';
    CREATE INDEX publications_until ON publications(public_until) WHERE state = 'published';

    CREATE TABLE publication_versions (
      publication_id uuid NOT NULL REFERENCES publications(id),
      version int NOT NULL CHECK (version > 0),
      fields jsonb NOT NULL,
      document_id uuid REFERENCES documents(id),
      original_text text,
      original_sha256 text,
      published_text text,
      rule_set jsonb NOT NULL,
      marks jsonb NOT NULL,
      redactions jsonb NOT NULL,
      reason text NOT NULL,
      approved_by uuid REFERENCES users(id),
      approved_at timestamptz NOT NULL,
      PRIMARY KEY (publication_id, version)
    );
    CREATE TRIGGER publication_versions_append_only BEFORE UPDATE OR DELETE ON publication_versions FOR EACH ROW EXECUTE FUNCTION refuse_change();

    CREATE TABLE publication_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      publication_id uuid NOT NULL REFERENCES publications(id),
      seq int NOT NULL,
      kind text NOT NULL,
      actor_id uuid REFERENCES users(id),
      at timestamptz NOT NULL,
      details jsonb NOT NULL,
      hash bytea NOT NULL,
      UNIQUE (publication_id, seq)
    );
    CREATE TRIGGER publication_events_append_only BEFORE UPDATE OR DELETE ON publication_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER publication_events_no_truncate BEFORE TRUNCATE ON publication_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER publication_events_ledger AFTER INSERT ON publication_events FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('publication');

    CREATE TABLE publication_settings (
      agency_id uuid PRIMARY KEY REFERENCES agencies(id),
      auto_publish boolean NOT NULL,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE public_decisions (
      id uuid PRIMARY KEY,
      key text NOT NULL UNIQUE,
      source text NOT NULL,
      agency_id uuid REFERENCES agencies(id),
      agency_name text NOT NULL,
      agency_credit_code text NOT NULL,
      region_code text,
      kind text NOT NULL,
      doc_number text NOT NULL,
      title text NOT NULL,
      party_name text NOT NULL,
      party_credit_code text,
      violation text,
      facts text NOT NULL,
      conclusion text NOT NULL,
      fine_amount numeric,
      decided_on date NOT NULL,
      published_at timestamptz NOT NULL,
      public_until date,
      status text NOT NULL CHECK (status IN ('published', 'corrected', 'withdrawn', 'expired', 'stopped')),
      status_reason text,
      status_at timestamptz,
      version int NOT NULL,
      history jsonb NOT NULL,
      field_set text NOT NULL,
      fields jsonb NOT NULL,
      body text,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX public_decisions_agency ON public_decisions(agency_credit_code, decided_on DESC, id);
    CREATE INDEX public_decisions_decided ON public_decisions(decided_on DESC, id);
  `.execute(db);
}
