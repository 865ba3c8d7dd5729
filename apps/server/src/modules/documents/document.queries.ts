import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the issued documents (执法文书) of a case. The documents module owns
 * the `documents` table (db/owners.ts); these are its answers for the case file, publications,
 * the party's records and `sanxiang verify`.
 */

type Db = Kysely<Database>;

/** The case's document rows in the order they were issued. */
export async function documentsOfCase(db: Db, caseId: string) {
  return db.selectFrom('documents').selectAll().where('case_id', '=', caseId).orderBy('issued_at').execute();
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
    .selectFrom('documents')
    .select(['id', 'agency_id', 'case_id', 'event_seq', 'kind', 'title', 'content_sha256', 'pdf_sha256', 'docx_sha256', 'issued_at']);
}
