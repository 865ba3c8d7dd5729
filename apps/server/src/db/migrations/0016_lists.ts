import { sql, type Kysely } from 'kysely';

/**
 * 事前公开 lists (R-PUB-1): each version of each list an agency keeps, append-only, with the day
 * the underlying change (law, organisation, staff) took effect and whether the version came within
 * the 20 working days; and the changes recorded as waiting to be reflected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agency_lists (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      list text NOT NULL,
      version int NOT NULL CHECK (version > 0),
      rows jsonb NOT NULL,
      note text NOT NULL,
      changed_on date,
      due_on date,
      late boolean NOT NULL DEFAULT false,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, list, version)
    );
    CREATE TRIGGER agency_lists_append_only BEFORE UPDATE OR DELETE ON agency_lists FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TABLE list_changes (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      list text NOT NULL,
      reason text NOT NULL,
      changed_on date NOT NULL,
      due_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users(id),
      recorded_at timestamptz NOT NULL,
      reflected_version int,
      reflected_at timestamptz
    );
    CREATE INDEX list_changes_pending ON list_changes(agency_id, list) WHERE reflected_version IS NULL;
  `.execute(db);
}
