import { sql, type Kysely } from 'kysely';

/**
 * Organisation, people, sessions, calendar, cases and the append-only case event log.
 * Runs unchanged on the embedded and on an external PostgreSQL (>= 13).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meta (key text PRIMARY KEY, value jsonb NOT NULL);

    -- 行政区划: 省/市/县/乡镇
    CREATE TABLE regions (
      code text PRIMARY KEY,
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('province','city','county','township')),
      parent_code text REFERENCES regions(code)
    );

    -- 执法主体 and 司法行政部门
    CREATE TABLE agencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE,
      credit_code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('enforcement','justice')),
      region_code text NOT NULL REFERENCES regions(code),
      parent_id uuid REFERENCES agencies(id),
      fields text[] NOT NULL DEFAULT '{}',
      procedure_kinds text[] NOT NULL DEFAULT '{}',
      short_name text NOT NULL,
      number_template text NOT NULL,
      legal_basis text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      phone text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX agencies_region ON agencies(region_code);
    CREATE INDEX agencies_parent ON agencies(parent_id);

    -- 内设机构: 承办机构, 法制审核机构, 办公室
    CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('handling','legal','office','leadership')),
      UNIQUE (agency_id, name)
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      unit_id uuid REFERENCES units(id),
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      post text NOT NULL DEFAULT '',
      roles text[] NOT NULL,
      password_hash text NOT NULL,
      legal_qualification boolean NOT NULL DEFAULT false,
      reviewer_qualified boolean NOT NULL DEFAULT false,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX users_agency ON users(agency_id);

    -- 行政执法证
    CREATE TABLE certificates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      number text NOT NULL UNIQUE,
      fields text[] NOT NULL,
      regions text[] NOT NULL,
      valid_from date NOT NULL,
      valid_to date NOT NULL,
      status text NOT NULL CHECK (status IN ('valid','suspended','revoked')),
      status_reason text NOT NULL DEFAULT '',
      issued_by text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_from <= valid_to)
    );
    CREATE INDEX certificates_user ON certificates(user_id);

    CREATE TABLE sessions (
      id bytea PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions(user_id);

    CREATE TABLE login_attempts (
      id bigserial PRIMARY KEY,
      username text NOT NULL,
      ip text NOT NULL,
      at timestamptz NOT NULL,
      ok boolean NOT NULL
    );
    CREATE INDEX login_attempts_username ON login_attempts(username, at);
    CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

    -- Years of the working-day calendar added by administrators (the built-in years live in code).
    CREATE TABLE calendar_years (
      year int PRIMARY KEY,
      source text NOT NULL,
      data jsonb NOT NULL,
      imported_by uuid REFERENCES users(id),
      imported_at timestamptz NOT NULL DEFAULT now()
    );

    -- 行政相对人
    CREATE TABLE parties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL CHECK (kind IN ('person','org')),
      name text NOT NULL,
      credit_code text,
      id_number text,
      legal_rep text,
      address text NOT NULL DEFAULT '',
      phone text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX parties_credit ON parties(agency_id, credit_code) WHERE credit_code IS NOT NULL;
    CREATE INDEX parties_idnum ON parties(agency_id, id_number) WHERE id_number IS NOT NULL;

    -- Gap-free numbering (R-REC-5): the counter row is locked by the opening transaction.
    CREATE TABLE case_number_counters (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      word text NOT NULL,
      year int NOT NULL,
      last_seq int NOT NULL,
      PRIMARY KEY (agency_id, word, year)
    );

    CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      unit_id uuid REFERENCES units(id),
      procedure_code text NOT NULL,
      procedure_version text NOT NULL,
      rule_pack_id text NOT NULL,
      rule_pack_version text NOT NULL,
      number text NOT NULL UNIQUE,
      number_word text NOT NULL,
      number_year int NOT NULL,
      number_seq int NOT NULL,
      title text NOT NULL,
      field text NOT NULL,
      region_code text NOT NULL REFERENCES regions(code),
      party_id uuid NOT NULL REFERENCES parties(id),
      state text NOT NULL,
      terminal boolean NOT NULL DEFAULT false,
      -- The steps taken are the case's events (case_events); the row holds what lists need.
      next_due_on date,
      version int NOT NULL DEFAULT 1,
      last_event_seq int NOT NULL,
      last_event_hash bytea NOT NULL,
      opened_by uuid NOT NULL REFERENCES users(id),
      opened_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (agency_id, number_word, number_year, number_seq)
    ) WITH (fillfactor = 70);
    -- Lists sort by opening time (immutable), so a step's update touches no indexed column and
    -- PostgreSQL can update the row in place (HOT) in the free space fillfactor leaves.
    CREATE INDEX cases_agency_opened ON cases(agency_id, opened_at DESC, id DESC);
    CREATE INDEX cases_due ON cases(agency_id, next_due_on) WHERE NOT terminal;
    CREATE INDEX cases_party ON cases(party_id);

    CREATE TABLE case_officers (
      case_id uuid NOT NULL REFERENCES cases(id),
      user_id uuid NOT NULL REFERENCES users(id),
      lead boolean NOT NULL DEFAULT false,
      assigned_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, user_id)
    );
    CREATE INDEX case_officers_user ON case_officers(user_id);

    -- The append-only event log (全过程记录). Each entry chains to the previous entry of its case.
    CREATE TABLE case_events (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      seq int NOT NULL,
      kind text NOT NULL,
      step text,
      from_state text,
      to_state text,
      actor_id uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL,
      inputs jsonb NOT NULL,
      prev_hash bytea NOT NULL,
      hash bytea NOT NULL,
      UNIQUE (case_id, seq)
    );
    CREATE INDEX case_events_agency ON case_events(agency_id, id);

    CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
    END $$;
    CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
