import { sql, type Kysely } from 'kysely';

/**
 * 执法资格 over time (issue 21, R-X-1): a certificate's dated restrictions (暂扣, 吊销, 年检未通过, each
 * from the day it applies), the record of every act on it (核发, 换证延期, 暂扣, 恢复, 吊销, 年检: date,
 * reason, who), and officers' yearly training hours. The records are append-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE certificates ADD COLUMN restrictions jsonb NOT NULL DEFAULT '[]';
    CREATE TABLE certificate_events (
      id bigserial PRIMARY KEY,
      certificate_id uuid NOT NULL REFERENCES certificates(id),
      kind text NOT NULL CHECK (kind IN ('issue', 'renew', 'suspend', 'reinstate', 'revoke', 'inspection')),
      effective_on date NOT NULL,
      reason text NOT NULL DEFAULT '',
      details jsonb NOT NULL DEFAULT '{}',
      actor_id uuid REFERENCES users(id),
      created_at timestamptz NOT NULL
    );
    CREATE INDEX certificate_events_certificate ON certificate_events (certificate_id, id);
    CREATE TRIGGER certificate_events_append_only BEFORE UPDATE OR DELETE ON certificate_events FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TABLE training_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      year int NOT NULL,
      hours numeric(5, 1) NOT NULL CHECK (hours > 0),
      course text NOT NULL,
      completed_on date NOT NULL,
      recorded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL
    );
    CREATE INDEX training_records_user_year ON training_records (user_id, year);
    CREATE TRIGGER training_records_append_only BEFORE UPDATE OR DELETE ON training_records FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
