import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the issued documents (执法文书) of a case. The documents module owns
 * the `documents` table (db/owners.ts); these are its answers for the case file, publications,
 * the party's records and `sanxiang verify`.
 */

type Db = Kysely<Database>;

/**
 * A document row with its files: the PDF's and Word's digests from document_files (rendered after
 * filing) or, for documents issued before that, from the row itself; null while not yet rendered.
 */
export function documentsWithFiles(db: Db) {
  return db
    .selectFrom('documents as d')
    .leftJoin('document_files as f', 'f.document_id', 'd.id')
    .select([
      'd.id',
      'd.agency_id',
      'd.case_id',
      'd.event_seq',
      'd.kind',
      'd.title',
      'd.number',
      'd.content_sha256',
      'd.seal',
      'd.issued_by',
      'd.issued_at',
      sql<string | null>`coalesce(f.pdf_sha256, d.pdf_sha256)`.as('pdf_sha256'),
      sql<string | null>`coalesce(f.docx_sha256, d.docx_sha256)`.as('docx_sha256'),
      'f.pdf_sm3',
      'f.docx_sm3',
      'f.event_seq as files_seq',
    ]);
}

/** The case's documents in the order they were issued. */
export async function documentsOfCase(db: Db, caseId: string) {
  return db.selectFrom(documentsWithFiles(db).as('d')).selectAll().where('d.case_id', '=', caseId).orderBy('d.issued_at').execute();
}

/** One document with its files, or undefined. */
export async function documentWithFiles(db: Db, id: string) {
  return db.selectFrom(documentsWithFiles(db).as('d')).selectAll().where('d.id', '=', id).executeTakeFirst();
}

/** The kinds of document the case has issued (案卷 completeness). */
export async function documentKindsOfCase(db: Db, caseId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('documents').select('kind').distinct().where('case_id', '=', caseId).execute();
  return new Set(rows.map((d) => d.kind));
}

/** The number of documents of the case whose id is the column `caseIdColumn` of the outer query. */
export function documentCountOfCase(caseIdColumn: string) {
  return sql<number>`(SELECT count(*)::int FROM documents d WHERE d.case_id = ${sql.ref(caseIdColumn)})`;
}

/**
 * Each issued document with the case entry that filed it (case_id, event_seq) and its registered
 * digests (content, PDF, Word): for one-statement reads that join the entry holding the model
 * (the text a publication is derived from, `sanxiang verify`).
 */
export function documentRegistrationsSubquery(db: Db) {
  return db
    .selectFrom(documentsWithFiles(db).as('d'))
    .select([
      'id',
      'agency_id',
      'case_id',
      'event_seq',
      'kind',
      'title',
      'number',
      'content_sha256',
      'pdf_sha256',
      'docx_sha256',
      'files_seq',
      'issued_at',
    ]);
}
