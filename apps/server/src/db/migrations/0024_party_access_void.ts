import { sql, type Kysely } from 'kysely';

/**
 * Voiding a party's access code is an explicit, recorded act (issue 17, vulnerability 3).
 *
 * Until now each new 告知书 silently voided the case's earlier code (one current code per case).
 * Now every served 告知书's code works until a member of staff voids it, with a reason, in the
 * case's log: `replaced_at` becomes `voided_at`, with who voided it and why; a case may hold more
 * than one code in force (one per 告知书 served). Codes voided the old way keep a reason that says so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE party_access RENAME COLUMN replaced_at TO voided_at;
    ALTER TABLE party_access ADD COLUMN voided_by uuid REFERENCES users(id);
    ALTER TABLE party_access ADD COLUMN void_reason text;
    UPDATE party_access SET void_reason = '制作新的告知书时自动作废（升级前的做法）' WHERE voided_at IS NOT NULL;
    ALTER TABLE party_access ADD CONSTRAINT party_access_void_reason CHECK (voided_at IS NULL OR void_reason IS NOT NULL);
    DROP INDEX party_access_current;
    CREATE INDEX party_access_case ON party_access(case_id);
  `.execute(db);
}
