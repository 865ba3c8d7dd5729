import { sql, type Kysely } from 'kysely';

/**
 * Data exchange (R-PUB-8, R-X-6): external case systems that push decisions in (keys stored as
 * hashes), the log of their pushes, and the transactional outbox of this product's own
 * publication acts, delivered upward with retries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE exchange_systems (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      name text NOT NULL,
      key_sha256 text NOT NULL UNIQUE,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      revoked_at timestamptz,
      UNIQUE (agency_id, name)
    );
    CREATE TABLE exchange_pushes (
      id bigserial PRIMARY KEY,
      system_id uuid NOT NULL REFERENCES exchange_systems(id),
      at timestamptz NOT NULL,
      received int NOT NULL,
      stored int NOT NULL,
      rejected int NOT NULL
    );
    CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      publication_id uuid NOT NULL,
      act text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      next_at timestamptz NOT NULL,
      delivered_at timestamptz,
      dead boolean NOT NULL DEFAULT false,
      last_error text
    );
    CREATE INDEX outbox_due ON outbox(next_at) WHERE delivered_at IS NULL AND NOT dead;
    CREATE INDEX outbox_publication ON outbox(publication_id, id);
  `.execute(db);
}
