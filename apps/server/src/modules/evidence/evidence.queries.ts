import { sql, type Expression, type Kysely } from 'kysely';
import type { MediaKind } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the evidence records (音像记录等证据) of a case. The evidence module
 * owns the `evidence` table (db/owners.ts); these are its answers for the case file, the
 * recording check before a step, the party's records and `sanxiang verify`.
 */

type Db = Kysely<Database>;

/** The case's evidence rows in the order they were recorded (the 案卷 package lists them so). */
export async function evidenceOfCase(db: Db, caseId: string) {
  return evidenceOfCaseSubquery(db, caseId).selectAll().execute();
}

/** The same rows as a query to select from (a document's context reads them in its one statement). */
export function evidenceOfCaseSubquery(db: Db, caseId: string) {
  return db.selectFrom('evidence').where('case_id', '=', caseId).orderBy('recorded_at');
}

/**
 * The evidence an upload bound before its process stopped: the same content in the same case,
 * recorded by the uploader since the upload began (so that finishing it again binds it once).
 */
export async function evidenceBoundSince(db: Db, caseId: string, sha256: string, userId: string, since: Date) {
  return db
    .selectFrom('evidence')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('sha256', '=', sha256)
    .where('recorded_by', '=', userId)
    .where('recorded_at', '>=', since)
    .orderBy('recorded_at')
    .executeTakeFirst();
}

/** The steps of the case that have at least one recording bound to them (案卷 completeness). */
export async function stepsWithEvidence(db: Db, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('evidence')
    .select('step')
    .distinct()
    .where('case_id', '=', caseId)
    .where('step', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.step!));
}

/**
 * The media kinds bound to `step` of the case and recorded after `after` (a timestamp expression
 * of the caller, so the check stays one statement with the caller's own subquery).
 */
export async function mediaOfStepRecordedAfter(db: Db, caseId: string, step: string, after: Expression<Date>): Promise<MediaKind[]> {
  const rows = await sql<{ media_kind: MediaKind }>`
    SELECT media_kind FROM evidence
     WHERE case_id = ${caseId} AND step = ${step}
       AND recorded_at > ${after}`.execute(db);
  return rows.rows.map((r) => r.media_kind);
}

/** The number of evidence items of the case whose id is the column `caseIdColumn` of the outer query. */
export function evidenceCountOfCase(caseIdColumn: string) {
  return sql<number>`(SELECT count(*)::int FROM evidence v WHERE v.case_id = ${sql.ref(caseIdColumn)})`;
}

/**
 * Each evidence item with the case entry that bound it (case_id, event_seq) and its registered
 * digests: for one-statement checks that join the entry (`sanxiang verify`).
 */
export function evidenceRegistrationsSubquery(db: Db) {
  return db.selectFrom('evidence').select(['id', 'case_id', 'event_seq', 'filename', 'sha256', 'sm3', 'size']);
}
