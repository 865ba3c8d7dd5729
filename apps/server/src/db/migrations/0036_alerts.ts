import { sql, type Kysely } from 'kysely';

/**
 * 执法监督预警 (issue 21, R-X-3, R-REC-8): alerts computed from the record, each open while its
 * condition holds and closed (with the time) when it ends; who has read them; per-agency settings
 * (the review return-rate threshold, a webhook for SMS/IM gateways with its signing secret); the
 * webhook's outbox and every delivery attempt; refused attempts to act (a step refused for missing
 * 音像记录 or an officer's certificate), and the outcomes of 行政复议 and 行政诉讼 on a case's decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE alerts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      rule text NOT NULL,
      subject text NOT NULL,
      case_id uuid REFERENCES cases(id),
      user_id uuid REFERENCES users(id),
      unit_id uuid REFERENCES units(id),
      level text NOT NULL CHECK (level IN ('red', 'orange')),
      title text NOT NULL,
      detail text NOT NULL,
      assignees uuid[] NOT NULL DEFAULT '{}',
      assignee_names text NOT NULL DEFAULT '',
      due_on date,
      opened_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      closed_at timestamptz
    );
    CREATE UNIQUE INDEX alerts_open_subject ON alerts (rule, subject) WHERE closed_at IS NULL;
    CREATE INDEX alerts_agency_open ON alerts (agency_id, opened_at DESC) WHERE closed_at IS NULL;
    CREATE INDEX alerts_agency_all ON alerts (agency_id, opened_at DESC);
    CREATE TABLE alert_reads (
      alert_id uuid NOT NULL REFERENCES alerts(id),
      user_id uuid NOT NULL REFERENCES users(id),
      read_at timestamptz NOT NULL,
      PRIMARY KEY (alert_id, user_id)
    );
    CREATE TABLE alert_settings (
      agency_id uuid PRIMARY KEY REFERENCES agencies(id),
      return_rate numeric(4, 3) NOT NULL DEFAULT 0.3 CHECK (return_rate > 0 AND return_rate <= 1),
      min_reviews int NOT NULL DEFAULT 5 CHECK (min_reviews > 0),
      webhook_url text,
      webhook_secret text,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE alert_deliveries (
      id bigserial PRIMARY KEY,
      alert_id uuid NOT NULL REFERENCES alerts(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      event text NOT NULL CHECK (event IN ('opened', 'closed')),
      url text NOT NULL,
      body text NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      next_at timestamptz NOT NULL,
      delivered_at timestamptz,
      dead boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX alert_deliveries_due ON alert_deliveries (next_at) WHERE delivered_at IS NULL AND NOT dead;
    CREATE TABLE alert_delivery_attempts (
      id bigserial PRIMARY KEY,
      delivery_id bigint NOT NULL REFERENCES alert_deliveries(id),
      at timestamptz NOT NULL,
      status int,
      error text
    );
    CREATE TRIGGER alert_delivery_attempts_append_only BEFORE UPDATE OR DELETE ON alert_delivery_attempts FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TABLE step_refusals (
      id bigserial PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      step text NOT NULL,
      actor_id uuid NOT NULL REFERENCES users(id),
      code text NOT NULL,
      message text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX step_refusals_case ON step_refusals (case_id, step, at);
    CREATE INDEX step_refusals_agency ON step_refusals (agency_id, at);
    CREATE TRIGGER step_refusals_append_only BEFORE UPDATE OR DELETE ON step_refusals FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TABLE case_outcomes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      channel text NOT NULL CHECK (channel IN ('reconsideration', 'litigation')),
      body text NOT NULL,
      decided_on date NOT NULL,
      result text NOT NULL CHECK (result IN ('upheld', 'revoked', 'changed', 'confirmed-illegal')),
      document text NOT NULL,
      note text NOT NULL DEFAULT '',
      recorded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      rectification text,
      rectified_by uuid REFERENCES users(id),
      rectified_at timestamptz
    );
    CREATE INDEX case_outcomes_agency ON case_outcomes (agency_id, decided_on);
    CREATE INDEX case_outcomes_case ON case_outcomes (case_id);
  `.execute(db);
}
