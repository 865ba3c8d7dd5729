import { sql, type Kysely } from 'kysely';

/**
 * The step path's write (issue 16, item 6), made cheaper without loosening what it checks.
 *
 * 1. An entry's case and agency are checked by ONE foreign key, (case_id, agency_id) → the case's
 *    own (id, agency_id), instead of one key to `cases` and one to `agencies`. This is stricter
 *    (an entry can no longer name an agency other than its case's, and the case's agency is itself
 *    a key to `agencies`), and the check locks only the case row, which the append updates anyway.
 *    The key to `agencies` locked that agency's one row for every entry of every case: concurrent
 *    appends shared the lock through a MultiXact, written and logged on each append.
 * 2. The legal-review gate (R-REV-2, 0004_review.ts) asks in one query whether the step is a
 *    decision step of the case's procedure, instead of reading the case's procedure and then the
 *    decision steps. What it checks for a decision step is unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE cases ADD CONSTRAINT cases_id_agency UNIQUE (id, agency_id);
    ALTER TABLE case_events
      ADD CONSTRAINT case_events_case_agency FOREIGN KEY (case_id, agency_id) REFERENCES cases (id, agency_id);
    ALTER TABLE case_events DROP CONSTRAINT case_events_case_id_fkey;
    ALTER TABLE case_events DROP CONSTRAINT case_events_agency_id_fkey;

    CREATE OR REPLACE FUNCTION decision_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      cl review_clearances%ROWTYPE;
      p case_proposals%ROWTYPE;
      clearance_id text;
    BEGIN
      IF NEW.kind <> 'case.step' OR NEW.step IS NULL THEN RETURN NEW; END IF;
      IF NOT EXISTS (SELECT 1 FROM cases c JOIN decision_steps d ON d.procedure_code = c.procedure_code
                      WHERE c.id = NEW.case_id AND d.step_code = NEW.step) THEN
        RETURN NEW;
      END IF;
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
  `.execute(db);
}
