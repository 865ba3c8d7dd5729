import type { Kysely } from 'kysely';
import { checkCaseFile, defaultCaseFileStandard, getProcedure, type CaseFileCheckItem, type CaseFileItem } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { agencyRecordingList } from '../cases/recording-rules.ts';
import { knownCaseHeader, stepCodesTaken } from '../cases/case.reads.ts';
import { documentKindsOfCase } from '../documents/document.queries.ts';
import { stepsWithEvidence } from '../evidence/evidence.queries.ts';

/** The agency's 案卷标准 for a procedure: its own, or the default from the procedure and its recording list (R-REC-6). */
export async function caseFileStandard(
  db: Kysely<Database>,
  agencyId: string,
  procedure: string,
): Promise<{ items: CaseFileItem[]; custom: boolean }> {
  const row = await db
    .selectFrom('case_file_standards')
    .select('items')
    .where('agency_id', '=', agencyId)
    .where('procedure_code', '=', procedure)
    .executeTakeFirst();
  if (row) return { items: row.items as CaseFileItem[], custom: true };
  const def = getProcedure(procedure);
  if (!def) return { items: [], custom: false };
  return { items: defaultCaseFileStandard(def, await agencyRecordingList(db, agencyId)), custom: false };
}

/** Which items of the standard the case file holds. */
export async function caseFileStatus(db: Kysely<Database>, caseId: string): Promise<{ items: CaseFileCheckItem[]; complete: boolean }> {
  const c = await knownCaseHeader(db, caseId);
  const def = getProcedure(c.procedure_code);
  if (!def) return { items: [], complete: true };
  const { items } = await caseFileStandard(db, c.agency_id, c.procedure_code);
  const stepsTaken = await stepCodesTaken(db, caseId);
  const documents = await documentKindsOfCase(db, caseId);
  const recordedSteps = await stepsWithEvidence(db, caseId);
  const checked = checkCaseFile(def, items, {
    stepsTaken,
    documents,
    recordedSteps,
  });
  return { items: checked, complete: checked.every((i) => i.present) };
}
