import { sql, type Kysely } from 'kysely';

/**
 * 当事人专区: the party of a case signs in with the access code printed on its 告知书 and acts
 * online (陈述申辩, 听证申请, 放弃, 同意电子送达) and reads what was served to it.
 *
 * - users.kind: each agency has one 'party-channel' user, the actor of the party's online acts in
 *   the case record (case_events.actor_id stays a user; the party itself is named in the entry).
 *   It has no roles and cannot sign in.
 * - party_access: one code per 告知书; only its SHA-256 is stored. A newer 告知书 replaces the code.
 * - party_sessions: signed-in parties (the token's SHA-256; a CSRF token for the forms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN kind text NOT NULL DEFAULT 'staff' CHECK (kind IN ('staff', 'party-channel'));
    ALTER TABLE users ADD CONSTRAINT users_party_channel_cannot_act CHECK (kind = 'staff' OR (disabled AND roles = '{}'));
    CREATE UNIQUE INDEX users_party_channel ON users(agency_id) WHERE kind = 'party-channel';

    CREATE TABLE party_access (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      party_id uuid NOT NULL REFERENCES parties(id),
      document_id uuid NOT NULL REFERENCES documents(id),
      code_sha256 bytea NOT NULL UNIQUE,
      issued_by uuid NOT NULL REFERENCES users(id),
      issued_at timestamptz NOT NULL,
      replaced_at timestamptz
    );
    CREATE UNIQUE INDEX party_access_current ON party_access(case_id) WHERE replaced_at IS NULL;

    CREATE TABLE party_sessions (
      token_sha256 bytea PRIMARY KEY,
      access_id uuid NOT NULL REFERENCES party_access(id),
      csrf text NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX party_sessions_expiry ON party_sessions(expires_at);
  `.execute(db);
}
