import { sql, type Kysely } from 'kysely';

/**
 * 案卷评查 (R-REC-8): the 司法局's 评查标准 by version (append-only), its rounds (the sample frozen and
 * committed in a ledger before the seed exists, as a 双随机 draw is), the acts on a round as ledger
 * entries, each sampled file's score item by item with findings, and each agency's reply (整改说明).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE evaluation_standards (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version int NOT NULL CHECK (version > 0),
      standard jsonb NOT NULL,
      note text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, version)
    );
    CREATE TRIGGER evaluation_standards_append_only BEFORE UPDATE OR DELETE ON evaluation_standards FOR EACH ROW EXECUTE FUNCTION refuse_change();

    CREATE TABLE evaluation_rounds (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      title text NOT NULL,
      period_from date NOT NULL,
      period_to date NOT NULL,
      agency_ids uuid[] NOT NULL,
      sample jsonb NOT NULL,
      standard_version int NOT NULL,
      standard jsonb NOT NULL,
      state text NOT NULL CHECK (state IN ('planned', 'committed', 'drawn', 'returned')),
      input jsonb,
      commitment jsonb,
      commitment_hash text,
      ledger_agency_id uuid REFERENCES agencies(id),
      seed text,
      seed_evidence jsonb,
      result jsonb,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      committed_at timestamptz,
      drawn_at timestamptz,
      returned_at timestamptz
    );
    CREATE INDEX evaluation_rounds_agency ON evaluation_rounds(agency_id, created_at DESC);
    CREATE INDEX evaluation_rounds_evaluated ON evaluation_rounds USING gin (agency_ids);
    -- what was committed is never changed afterwards, and the standard a round scores by never
    CREATE FUNCTION evaluation_rounds_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND OLD.state <> 'planned' THEN RAISE EXCEPTION 'evaluation_rounds: a committed round cannot be deleted'; END IF;
      IF TG_OP = 'UPDATE' AND (NEW.standard IS DISTINCT FROM OLD.standard OR (OLD.state <> 'planned' AND (
           NEW.input IS DISTINCT FROM OLD.input OR NEW.commitment IS DISTINCT FROM OLD.commitment
        OR NEW.commitment_hash IS DISTINCT FROM OLD.commitment_hash OR NEW.sample IS DISTINCT FROM OLD.sample
        OR NEW.agency_ids IS DISTINCT FROM OLD.agency_ids OR NEW.ledger_agency_id IS DISTINCT FROM OLD.ledger_agency_id
        OR (OLD.state IN ('drawn', 'returned') AND (NEW.seed IS DISTINCT FROM OLD.seed OR NEW.result IS DISTINCT FROM OLD.result))
        OR (OLD.state = 'returned' AND NEW.state <> 'returned')))) THEN
        RAISE EXCEPTION 'evaluation_rounds: a committed round cannot be changed';
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;
    CREATE TRIGGER evaluation_rounds_frozen BEFORE UPDATE OR DELETE ON evaluation_rounds FOR EACH ROW EXECUTE FUNCTION evaluation_rounds_frozen();

    CREATE TABLE evaluation_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      round_id uuid NOT NULL REFERENCES evaluation_rounds(id),
      kind text NOT NULL,
      body text NOT NULL,
      hash bytea NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX evaluation_events_round ON evaluation_events(round_id, id);
    CREATE TRIGGER evaluation_events_append_only BEFORE UPDATE OR DELETE ON evaluation_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER evaluation_events_no_truncate BEFORE TRUNCATE ON evaluation_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER evaluation_events_ledger AFTER INSERT ON evaluation_events FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('evaluation');

    CREATE TABLE evaluation_scores (
      round_id uuid NOT NULL REFERENCES evaluation_rounds(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      items jsonb NOT NULL,
      total numeric(6, 1) NOT NULL,
      grade text NOT NULL CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
      comment text NOT NULL,
      scored_by uuid NOT NULL REFERENCES users(id),
      scored_at timestamptz NOT NULL,
      PRIMARY KEY (round_id, case_id)
    );
    CREATE INDEX evaluation_scores_agency ON evaluation_scores(agency_id, round_id);

    CREATE TABLE evaluation_replies (
      round_id uuid NOT NULL REFERENCES evaluation_rounds(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      reply text NOT NULL,
      replied_by uuid NOT NULL REFERENCES users(id),
      replied_at timestamptz NOT NULL,
      PRIMARY KEY (round_id, agency_id)
    );
  `.execute(db);
}
