import { sql, type Kysely } from 'kysely';

/**
 * The 监督首页's case figures (cases/case.figures.ts: counts by agency, procedure and state, and the
 * open cases past a time limit) read and grouped every case row: at 1,000,000 cases p95 670 ms on the
 * shared bench machine, over the 300 ms a dashboard query may take (issue 21). A narrow index over all
 * cases did not help much (460 ms: the cost is counting a million rows, not reading them). What
 * changes is split by how often it changes:
 * - open cases, which steps move between states every day, are counted live from a partial index
 *   that holds only them (index-only: agency, procedure, state, next due date);
 * - closed cases, which never move again, are counted once, when they close: a trigger adds one to
 *   (agency, procedure, final state) in `case_closed_counts` (and takes it back should a closed case
 *   ever change). Only a closing touches the counter row, never an ordinary step.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_closed_counts (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      procedure_code text NOT NULL,
      state text NOT NULL,
      n bigint NOT NULL,
      PRIMARY KEY (agency_id, procedure_code, state)
    );
    INSERT INTO case_closed_counts (agency_id, procedure_code, state, n)
      SELECT agency_id, procedure_code, state, count(*) FROM cases WHERE terminal GROUP BY agency_id, procedure_code, state;

    CREATE FUNCTION case_closed_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.terminal THEN
        UPDATE case_closed_counts SET n = n - 1
         WHERE agency_id = OLD.agency_id AND procedure_code = OLD.procedure_code AND state = OLD.state;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.terminal THEN
        INSERT INTO case_closed_counts AS c (agency_id, procedure_code, state, n)
          VALUES (NEW.agency_id, NEW.procedure_code, NEW.state, 1)
          ON CONFLICT (agency_id, procedure_code, state) DO UPDATE SET n = c.n + 1;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER cases_closed_count_insert AFTER INSERT ON cases
      FOR EACH ROW WHEN (NEW.terminal) EXECUTE FUNCTION case_closed_count();
    CREATE TRIGGER cases_closed_count_update AFTER UPDATE OF terminal, state, procedure_code, agency_id ON cases
      FOR EACH ROW WHEN ((OLD.terminal OR NEW.terminal)
                         AND (OLD.terminal, OLD.state, OLD.procedure_code, OLD.agency_id)
                             IS DISTINCT FROM (NEW.terminal, NEW.state, NEW.procedure_code, NEW.agency_id))
      EXECUTE FUNCTION case_closed_count();
    CREATE TRIGGER cases_closed_count_delete AFTER DELETE ON cases
      FOR EACH ROW WHEN (OLD.terminal) EXECUTE FUNCTION case_closed_count();

    CREATE INDEX cases_open_figures ON cases (agency_id, procedure_code, state) INCLUDE (next_due_on) WHERE NOT terminal;
  `.execute(db);
}
