import { sql, type Kysely } from 'kysely';

/**
 * A failed legal review stops the decision (issue 18, item 4; 行政处罚法 §57, §58).
 *
 * - A 集体讨论 may now also send a proposal whose review did not pass to a further review round
 *   ('further-review'); deciding as proposed against a failed review is refused by the service
 *   unless the agency's catalog names a provision that allows it.
 * - Second line for 情节复杂或者重大违法行为 (§57 二款): a decision on a proposal the catalog marked
 *   for 集体讨论 must carry a clearance of the heads' discussion, not the review's alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE collective_discussions DROP CONSTRAINT collective_discussions_outcome_check;
    ALTER TABLE collective_discussions
      ADD CONSTRAINT collective_discussions_outcome_check CHECK (outcome IN ('decide-as-proposed', 'revise', 'further-review'));

    CREATE FUNCTION collective_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      clearance_id text := NEW.inputs->'review'->>'clearanceId';
      cl review_clearances%ROWTYPE;
    BEGIN
      -- a missing or malformed clearance is decision_gate's refusal
      IF clearance_id IS NULL OR clearance_id !~ '^[0-9a-f-]{36}$' THEN RETURN NEW; END IF;
      SELECT * INTO cl FROM review_clearances WHERE id = clearance_id::uuid AND case_id = NEW.case_id;
      IF NOT FOUND OR cl.basis = 'collective' THEN RETURN NEW; END IF;
      IF EXISTS (SELECT 1 FROM case_proposals p WHERE p.case_id = NEW.case_id AND p.version = cl.proposal_version
                  AND (p.evaluation->>'collectiveRequired')::boolean IS TRUE) THEN
        RAISE EXCEPTION 'legal review: the decision of case % needs the heads'' collective discussion', NEW.case_id USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER case_events_collective_gate BEFORE INSERT ON case_events FOR EACH ROW
      WHEN (NEW.kind = 'case.step' AND NEW.inputs ? 'review') EXECUTE FUNCTION collective_gate();
  `.execute(db);
}
