import { sql, type Kysely } from 'kysely';

/**
 * 文书编号 per kind, and documents filed before they are rendered (issue 20 items 2 and 7).
 *
 * - document_number_words: an agency's 文书代字 per kind where it differs from the default
 *   (packages/domain/src/documents/document-numbers.ts).
 * - document_number_counters: one gap-free series per agency, word and year; the next number is
 *   taken in the transaction that files the document, so a rollback leaves no gap.
 * - documents.number: the number the document carries (NULL for forms and for documents issued
 *   before numbering per kind, which printed the 案号).
 * - document_files: the PDF and Word renderings of a document, entered once when they are made
 *   (after the document is filed, off the request path). documents.pdf_sha256 / docx_sha256 stay
 *   for documents issued before, which were rendered before they were filed; new rows leave them
 *   NULL. Append-only like documents.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE document_number_words (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      kind text NOT NULL,
      word text NOT NULL CHECK (word ~ '^[一-鿿]{1,6}$'),
      set_by uuid NOT NULL REFERENCES users(id),
      set_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, kind)
    );

    CREATE TABLE document_number_counters (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      word text NOT NULL,
      year int NOT NULL,
      last_seq int NOT NULL CHECK (last_seq > 0),
      PRIMARY KEY (agency_id, word, year)
    );

    ALTER TABLE documents ADD COLUMN number text;
    ALTER TABLE documents ALTER COLUMN pdf_sha256 DROP NOT NULL;
    ALTER TABLE documents ALTER COLUMN docx_sha256 DROP NOT NULL;
    CREATE UNIQUE INDEX documents_number ON documents(agency_id, number) WHERE number IS NOT NULL;

    CREATE TABLE document_files (
      document_id uuid PRIMARY KEY REFERENCES documents(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      event_seq int NOT NULL,
      pdf_sha256 text NOT NULL,
      pdf_sm3 text NOT NULL,
      docx_sha256 text NOT NULL,
      docx_sm3 text NOT NULL,
      rendered_at timestamptz NOT NULL
    );
    CREATE TRIGGER document_files_append_only BEFORE UPDATE OR DELETE ON document_files FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}
