import { sql, type Kysely } from 'kysely';

/**
 * 文书设置 (issue 20, item 3): what an agency's 决定书 state that the case does not hold — how 罚没款
 * are paid (户名、开户行、账号, or the 非税收入缴款码 and where it is paid), the 行政复议机关 and the
 * court for 行政诉讼. Versioned and append-only like the 裁量基准: each change keeps who made it,
 * when and why; a 派出机构 without its own follows its parent's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE document_settings (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version int NOT NULL CHECK (version > 0),
      settings jsonb NOT NULL,
      note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, version)
    );
    CREATE TRIGGER document_settings_append_only BEFORE UPDATE OR DELETE ON document_settings FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
