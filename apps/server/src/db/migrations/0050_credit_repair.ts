import { sql, type Kysely } from 'kysely';

/**
 * 信用修复 online (issue 22 point 2): a party's application to end the publication of a 行政处罚
 * early (市场监督管理行政处罚信息公示规定 §14), and the agency's decision. Owned by modules/credit-repair.
 * The application's acts (received, refused) and the stop are sealed in the publication's hashed
 * log (publication_events → the ledger); this table is the working record and its read model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE credit_repair_counters (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      year int NOT NULL,
      last_seq int NOT NULL,
      PRIMARY KEY (agency_id, year)
    );

    CREATE TABLE credit_repair_applications (
      id uuid PRIMARY KEY,
      number text NOT NULL UNIQUE,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      publication_id uuid NOT NULL REFERENCES publications(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      party_id uuid NOT NULL,
      party_name text NOT NULL,
      doc_number text NOT NULL,
      decision_title text NOT NULL,
      access_id uuid NOT NULL REFERENCES party_access(id),
      applicant_name text NOT NULL,
      applicant_role text NOT NULL CHECK (applicant_role IN ('party', 'legal-representative', 'agent')),
      contact text,
      reasons text NOT NULL,
      commitment text NOT NULL,
      attachments jsonb NOT NULL,
      eligibility jsonb NOT NULL,
      rules jsonb NOT NULL,
      received_on date NOT NULL,
      due_on date NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'granted', 'refused')),
      submitted_at timestamptz NOT NULL,
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id),
      decision_reason text,
      confirmed jsonb,
      CHECK ((state = 'pending') = (decided_at IS NULL))
    );
    -- one application at a time per publication
    CREATE UNIQUE INDEX credit_repair_one_pending ON credit_repair_applications(publication_id) WHERE state = 'pending';
    CREATE INDEX credit_repair_agency ON credit_repair_applications(agency_id, state, due_on);
    CREATE INDEX credit_repair_case ON credit_repair_applications(case_id);
  `.execute(db);
}
