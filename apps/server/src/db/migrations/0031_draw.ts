import { sql, type Kysely } from 'kysely';

/**
 * 双随机、一公开 (R-X-2, R-PUB-6): the 名录库 an agency keeps (versions, append-only), its plans
 * for the items of its 随机抽查事项清单, and the acts on a plan (commitment, draw) as entries of the
 * agency's transparency ledger — so the commitment's place in the log, before the tree size whose
 * root becomes the seed, is provable to anyone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE draw_rosters (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      roster text NOT NULL CHECK (roster IN ('targets', 'inspectors', 'conflicts')),
      version int NOT NULL CHECK (version > 0),
      rows jsonb NOT NULL,
      note text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, roster, version)
    );
    CREATE TRIGGER draw_rosters_append_only BEFORE UPDATE OR DELETE ON draw_rosters FOR EACH ROW EXECUTE FUNCTION refuse_change();

    CREATE TABLE draw_plans (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      item_code text NOT NULL,
      item_name text NOT NULL,
      field text NOT NULL,
      target_category text,
      sample jsonb NOT NULL,
      inspectors_per_target int NOT NULL,
      period_from date NOT NULL,
      period_to date NOT NULL,
      planned_on date NOT NULL,
      state text NOT NULL CHECK (state IN ('planned', 'committed', 'drawn')),
      input jsonb,
      commitment jsonb,
      commitment_hash text,
      seed text,
      seed_evidence jsonb,
      result jsonb,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      committed_at timestamptz,
      drawn_at timestamptz
    );
    CREATE INDEX draw_plans_agency ON draw_plans(agency_id, created_at DESC);
    -- what was committed is never changed afterwards
    CREATE FUNCTION draw_plans_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND OLD.state <> 'planned' THEN RAISE EXCEPTION 'draw_plans: a committed plan cannot be deleted'; END IF;
      IF TG_OP = 'UPDATE' AND OLD.state <> 'planned' AND (
           NEW.input IS DISTINCT FROM OLD.input OR NEW.commitment IS DISTINCT FROM OLD.commitment
        OR NEW.commitment_hash IS DISTINCT FROM OLD.commitment_hash OR NEW.sample IS DISTINCT FROM OLD.sample
        OR NEW.planned_on IS DISTINCT FROM OLD.planned_on OR (OLD.state = 'drawn' AND (
             NEW.seed IS DISTINCT FROM OLD.seed OR NEW.result IS DISTINCT FROM OLD.result OR NEW.state <> 'drawn'))) THEN
        RAISE EXCEPTION 'draw_plans: a committed plan cannot be changed';
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;
    CREATE TRIGGER draw_plans_frozen BEFORE UPDATE OR DELETE ON draw_plans FOR EACH ROW EXECUTE FUNCTION draw_plans_frozen();

    CREATE TABLE draw_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      plan_id uuid NOT NULL REFERENCES draw_plans(id),
      kind text NOT NULL,
      body text NOT NULL,
      hash bytea NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX draw_events_plan ON draw_events(plan_id, id);
    CREATE TRIGGER draw_events_append_only BEFORE UPDATE OR DELETE ON draw_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER draw_events_no_truncate BEFORE TRUNCATE ON draw_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER draw_events_ledger AFTER INSERT ON draw_events FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('draw');

    CREATE TABLE draw_cases (
      plan_id uuid NOT NULL REFERENCES draw_plans(id),
      target_code text NOT NULL,
      position int NOT NULL,
      case_id uuid NOT NULL REFERENCES cases(id),
      PRIMARY KEY (plan_id, target_code)
    );
    CREATE UNIQUE INDEX draw_cases_case ON draw_cases(case_id);
  `.execute(db);
}
