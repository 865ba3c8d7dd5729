import { sql, type Kysely } from 'kysely';

/**
 * The seal image an agency's administrator configures (issue 20 item 6: as issued by the 政务电子印章
 * system), shown at the 落款 of its documents. Append-only versions like the other agency settings
 * (review_catalogs, discretion_benchmarks): each upload or removal is a new version with who and
 * when; the image itself is a blob named by its SHA-256 (null: removed, no seal image).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agency_seal_images (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version int NOT NULL,
      image_sha256 text CHECK (image_sha256 ~ '^[0-9a-f]{64}$'),
      width int,
      height int,
      bytes int,
      note text NOT NULL DEFAULT '',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, version),
      CHECK ((image_sha256 IS NULL) = (width IS NULL) AND (width IS NULL) = (height IS NULL) AND (height IS NULL) = (bytes IS NULL))
    );
    CREATE TRIGGER agency_seal_images_append_only BEFORE UPDATE OR DELETE ON agency_seal_images FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
