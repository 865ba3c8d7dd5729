import { sql, type Kysely } from 'kysely';

/**
 * 行政处罚裁量基准 (R-REV-10): each agency's discretion benchmarks, versioned and append-only like
 * its review catalog; a proposal keeps the verdict (with the benchmark version) it was judged by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE discretion_benchmarks (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version int NOT NULL CHECK (version > 0),
      benchmarks jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, version)
    );
    CREATE TRIGGER discretion_benchmarks_append_only BEFORE UPDATE OR DELETE ON discretion_benchmarks FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
