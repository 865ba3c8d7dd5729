import { sql, type Kysely } from 'kysely';

/**
 * 重大执法决定法制审核 (R-REV-1 … R-REV-9): each agency's versioned catalog, the versions of a
 * case's proposed decision, review rounds with their frozen materials and opinions, advisers,
 * 集体讨论, and clearances. The gate is also kept by the database: a decision step's entry is
 * refused unless a clearance for the case's latest proposal exists and the entry carries exactly
 * the proposed content and was made by someone who neither handled nor reviewed the case; a
 * clearance is refused unless its basis (no review required, a passed review of that version,
 * or a 集体讨论 deciding it) is on record. Everything but a round's status is append-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE review_catalogs (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version int NOT NULL,
      catalog jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, version)
    );
    CREATE TRIGGER review_catalogs_append_only BEFORE UPDATE OR DELETE ON review_catalogs FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- 拟作出的决定, one row per version
    CREATE TABLE case_proposals (
      case_id uuid NOT NULL REFERENCES cases(id),
      version int NOT NULL,
      proposal jsonb NOT NULL,
      proposal_hash bytea NOT NULL,
      catalog_version int NOT NULL,
      evaluation jsonb NOT NULL,
      discretion jsonb,
      event_seq int NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, version)
    );
    CREATE TRIGGER case_proposals_append_only BEFORE UPDATE OR DELETE ON case_proposals FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- 送审: frozen materials, hashed; status moves pending -> agreed | problems | withdrawn
    CREATE TABLE review_rounds (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      round int NOT NULL,
      proposal_version int NOT NULL,
      materials jsonb NOT NULL,
      materials_hash bytea NOT NULL,
      prechecks jsonb NOT NULL,
      submitted_by uuid NOT NULL REFERENCES users(id),
      submitted_at timestamptz NOT NULL,
      due_on date,
      remind_on date,
      status text NOT NULL CHECK (status IN ('pending','agreed','problems','withdrawn')),
      reviewer_id uuid REFERENCES users(id),
      disagreed boolean NOT NULL DEFAULT false,
      disagreement text,
      closed_at timestamptz,
      UNIQUE (case_id, round),
      FOREIGN KEY (case_id, proposal_version) REFERENCES case_proposals(case_id, version)
    );
    CREATE INDEX review_rounds_pending ON review_rounds(agency_id, due_on) WHERE status = 'pending';
    -- a round is frozen once submitted: never deleted; only its outcome is written, once, and a
    -- returned round may be marked disagreed, once
    CREATE FUNCTION review_rounds_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'review_rounds is append-only: a submitted round is never deleted' USING ERRCODE = 'P0001';
      END IF;
      IF (NEW.id, NEW.case_id, NEW.agency_id, NEW.round, NEW.proposal_version, NEW.materials, NEW.materials_hash, NEW.prechecks, NEW.submitted_by, NEW.submitted_at, NEW.due_on, NEW.remind_on)
         IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.agency_id, OLD.round, OLD.proposal_version, OLD.materials, OLD.materials_hash, OLD.prechecks, OLD.submitted_by, OLD.submitted_at, OLD.due_on, OLD.remind_on) THEN
        RAISE EXCEPTION 'review_rounds is append-only: submitted materials are frozen' USING ERRCODE = 'P0001';
      END IF;
      IF OLD.status <> 'pending' AND (NEW.status, NEW.reviewer_id, NEW.closed_at) IS DISTINCT FROM (OLD.status, OLD.reviewer_id, OLD.closed_at) THEN
        RAISE EXCEPTION 'review_rounds is append-only: the outcome of round % is already recorded', OLD.round USING ERRCODE = 'P0001';
      END IF;
      IF (NEW.disagreed, NEW.disagreement) IS DISTINCT FROM (OLD.disagreed, OLD.disagreement) AND (OLD.disagreed OR NEW.status <> 'problems' OR NOT NEW.disagreed) THEN
        RAISE EXCEPTION 'review_rounds is append-only: a disagreement is recorded once, on a returned round' USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER review_rounds_frozen BEFORE UPDATE OR DELETE ON review_rounds FOR EACH ROW EXECUTE FUNCTION review_rounds_guard();

    CREATE TABLE review_opinions (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL UNIQUE REFERENCES review_rounds(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      reviewer_id uuid NOT NULL REFERENCES users(id),
      materials_hash bytea NOT NULL,
      answers jsonb NOT NULL,
      conclusion text NOT NULL CHECK (conclusion IN ('agree','problems')),
      opinion text NOT NULL,
      document_id uuid,
      event_seq int NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX review_opinions_reviewer ON review_opinions(reviewer_id);
    CREATE TRIGGER review_opinions_append_only BEFORE UPDATE OR DELETE ON review_opinions FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- 法律顾问、公职律师: a shared pool kept by the 司法局 of a region
    CREATE TABLE legal_advisers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_code text NOT NULL REFERENCES regions(code),
      kind text NOT NULL CHECK (kind IN ('counsel','public-lawyer')),
      name text NOT NULL,
      organisation text NOT NULL,
      specialties text[] NOT NULL DEFAULT '{}',
      phone text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      added_by uuid NOT NULL REFERENCES users(id),
      added_at timestamptz NOT NULL
    );

    CREATE TABLE review_advice (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL REFERENCES review_rounds(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      adviser_id uuid NOT NULL REFERENCES legal_advisers(id),
      invited_by uuid NOT NULL REFERENCES users(id),
      invited_at timestamptz NOT NULL,
      opinion text,
      recorded_by uuid REFERENCES users(id),
      recorded_at timestamptz,
      UNIQUE (round_id, adviser_id)
    );
    CREATE FUNCTION review_advice_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' OR OLD.opinion IS NOT NULL
         OR (NEW.id, NEW.round_id, NEW.case_id, NEW.adviser_id, NEW.invited_by, NEW.invited_at) IS DISTINCT FROM (OLD.id, OLD.round_id, OLD.case_id, OLD.adviser_id, OLD.invited_by, OLD.invited_at) THEN
        RAISE EXCEPTION 'review_advice is append-only: an adviser''s opinion is recorded once' USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER review_advice_frozen BEFORE UPDATE OR DELETE ON review_advice FOR EACH ROW EXECUTE FUNCTION review_advice_guard();

    -- 集体讨论 (R-REV-6, 行政处罚法 §57)
    CREATE TABLE collective_discussions (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      proposal_version int NOT NULL,
      round_id uuid REFERENCES review_rounds(id),
      held_on date NOT NULL,
      participants jsonb NOT NULL,
      conclusion text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('decide-as-proposed','revise')),
      votes jsonb NOT NULL,
      overrides jsonb,
      recorded_by uuid NOT NULL REFERENCES users(id),
      document_id uuid,
      event_seq int NOT NULL,
      at timestamptz NOT NULL,
      FOREIGN KEY (case_id, proposal_version) REFERENCES case_proposals(case_id, version)
    );
    CREATE TRIGGER collective_discussions_append_only BEFORE UPDATE OR DELETE ON collective_discussions FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- The gate: a proposal version that may be decided, and on what basis.
    CREATE TABLE review_clearances (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      proposal_version int NOT NULL,
      proposal_hash bytea NOT NULL,
      basis text NOT NULL CHECK (basis IN ('not-required','review-passed','collective')),
      opinion_id uuid REFERENCES review_opinions(id),
      discussion_id uuid REFERENCES collective_discussions(id),
      handler_ids uuid[] NOT NULL,
      reviewer_ids uuid[] NOT NULL,
      event_seq int NOT NULL,
      created_at timestamptz NOT NULL,
      FOREIGN KEY (case_id, proposal_version) REFERENCES case_proposals(case_id, version)
    );
    CREATE INDEX review_clearances_case ON review_clearances(case_id);
    CREATE TRIGGER review_clearances_append_only BEFORE UPDATE OR DELETE ON review_clearances FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- The decision steps of each procedure (kept in step with the definitions by the server at start).
    CREATE TABLE decision_steps (
      procedure_code text NOT NULL,
      step_code text NOT NULL,
      PRIMARY KEY (procedure_code, step_code)
    );
    INSERT INTO decision_steps VALUES
      ('penalty-general','decide'), ('license','grant'), ('license','deny'),
      ('coercion-seizure','approve'), ('coercion-seizure','dispose');
  `.execute(db);

  await sql`
    CREATE FUNCTION review_clearance_basis() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE p case_proposals%ROWTYPE;
    BEGIN
      SELECT * INTO p FROM case_proposals WHERE case_id = NEW.case_id AND version = NEW.proposal_version;
      IF NOT FOUND OR p.proposal_hash <> NEW.proposal_hash THEN
        RAISE EXCEPTION 'legal review: clearance for an unknown proposal version' USING ERRCODE = 'P0001';
      END IF;
      IF NEW.basis = 'not-required' AND (p.evaluation->>'required')::boolean IS DISTINCT FROM false THEN
        RAISE EXCEPTION 'legal review: the catalog requires review of this proposal' USING ERRCODE = 'P0001';
      END IF;
      IF NEW.basis = 'review-passed' AND NOT EXISTS (
          SELECT 1 FROM review_opinions o JOIN review_rounds r ON r.id = o.round_id
           WHERE o.id = NEW.opinion_id AND r.case_id = NEW.case_id AND r.proposal_version = NEW.proposal_version
             AND o.conclusion = 'agree' AND o.materials_hash = r.materials_hash) THEN
        RAISE EXCEPTION 'legal review: no passed review of this proposal version' USING ERRCODE = 'P0001';
      END IF;
      IF NEW.basis = 'collective' AND NOT EXISTS (
          SELECT 1 FROM collective_discussions d
           WHERE d.id = NEW.discussion_id AND d.case_id = NEW.case_id AND d.proposal_version = NEW.proposal_version
             AND d.outcome = 'decide-as-proposed') THEN
        RAISE EXCEPTION 'legal review: no collective discussion deciding this proposal version' USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER review_clearances_basis BEFORE INSERT ON review_clearances FOR EACH ROW EXECUTE FUNCTION review_clearance_basis();
  `.execute(db);

  await sql`
    CREATE FUNCTION decision_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      proc text;
      cl review_clearances%ROWTYPE;
      p case_proposals%ROWTYPE;
      clearance_id text;
    BEGIN
      IF NEW.kind <> 'case.step' OR NEW.step IS NULL THEN RETURN NEW; END IF;
      SELECT procedure_code INTO proc FROM cases WHERE id = NEW.case_id;
      IF NOT EXISTS (SELECT 1 FROM decision_steps WHERE procedure_code = proc AND step_code = NEW.step) THEN RETURN NEW; END IF;
      clearance_id := NEW.inputs->'review'->>'clearanceId';
      IF clearance_id IS NULL OR clearance_id !~ '^[0-9a-f-]{36}$' THEN
        RAISE EXCEPTION 'legal review: decision % of case % carries no clearance', NEW.step, NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      SELECT * INTO cl FROM review_clearances WHERE id = clearance_id::uuid AND case_id = NEW.case_id;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'legal review: unknown clearance for case %', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      SELECT * INTO p FROM case_proposals WHERE case_id = NEW.case_id ORDER BY version DESC LIMIT 1;
      IF p.version <> cl.proposal_version OR p.proposal_hash <> cl.proposal_hash
         OR p.proposal->>'step' <> NEW.step OR (p.proposal->'decision') <> (NEW.inputs - 'review') THEN
        RAISE EXCEPTION 'legal review: decision differs from the cleared proposal of case %', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      IF EXISTS (SELECT 1 FROM collective_discussions d WHERE d.case_id = NEW.case_id AND d.proposal_version = cl.proposal_version
                  AND d.outcome = 'revise' AND d.event_seq > cl.event_seq) THEN
        RAISE EXCEPTION 'legal review: a collective discussion sent the proposal of case % back', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      IF NEW.actor_id = ANY(cl.handler_ids) OR NEW.actor_id = ANY(cl.reviewer_ids)
         OR EXISTS (SELECT 1 FROM case_officers WHERE case_id = NEW.case_id AND user_id = NEW.actor_id) THEN
        RAISE EXCEPTION 'legal review: the decision maker handled or reviewed case %', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER case_events_decision_gate BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION decision_gate();

    -- No 决定书 before the decision: a decision document needs the decision step on record.
    CREATE FUNCTION decision_document_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.kind = 'penalty-decision' AND NOT EXISTS (
          SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
            JOIN decision_steps d ON d.procedure_code = c.procedure_code AND d.step_code = e.step
           WHERE e.case_id = NEW.case_id AND e.kind = 'case.step') THEN
        RAISE EXCEPTION 'legal review: no decision document before the decision of case %', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER documents_decision_gate BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION decision_document_gate();
  `.execute(db);
}
