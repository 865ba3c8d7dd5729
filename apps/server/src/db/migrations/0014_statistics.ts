import { sql, type Kysely } from 'kysely';

/**
 * 行政执法统计年报 (R-PUB-7): the snapshots an agency reported to the 司法局 and published, frozen
 * with their hash, append-only; whether each was on time is recorded with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE statistics_reports (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      year int NOT NULL,
      act text NOT NULL CHECK (act IN ('report', 'publish')),
      content jsonb NOT NULL,
      sha256 text NOT NULL,
      due_on date NOT NULL,
      late boolean NOT NULL,
      by_user uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL
    );
    CREATE INDEX statistics_reports_agency ON statistics_reports(agency_id, year, act, at DESC);
    CREATE TRIGGER statistics_reports_append_only BEFORE UPDATE OR DELETE ON statistics_reports FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
