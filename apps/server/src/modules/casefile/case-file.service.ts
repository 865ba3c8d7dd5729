import type { Kysely } from 'kysely';
import { checkCaseFile, defaultCaseFileStandard, getProcedure, type CaseFileCheckItem, type CaseFileItem } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { agencyRecordingList } from '../cases/recording-rules.ts';

/** The agency's 案卷标准 for a procedure: its own, or the default from the procedure and its recording list (R-REC-7). */
export async function caseFileStandard(db: Kysely<Database>, agencyId: string, procedure: string): Promise<{ items: CaseFileItem[]; custom: boolean }> {
  const row = await db.selectFrom('case_file_standards').select('items').where('agency_id', '=', agencyId).where('procedure_code', '=', procedure).executeTakeFirst();
  if (row) return { items: row.items as CaseFileItem[], custom: true };
  const def = getProcedure(procedure);
  if (!def) return { items: [], custom: false };
  return { items: defaultCaseFileStandard(def, await agencyRecordingList(db, agencyId)), custom: false };
}

/** Which items of the standard the case file holds. */
export async function caseFileStatus(db: Kysely<Database>, caseId: string): Promise<{ items: CaseFileCheckItem[]; complete: boolean }> {
  const c = await db.selectFrom('cases').select(['agency_id', 'procedure_code']).where('id', '=', caseId).executeTakeFirstOrThrow();
  const def = getProcedure(c.procedure_code);
  if (!def) return { items: [], complete: true };
  const { items } = await caseFileStandard(db, c.agency_id, c.procedure_code);
  const steps = await db.selectFrom('case_events').select('step').distinct().where('case_id', '=', caseId).where('step', 'is not', null).execute();
  const docs = await db.selectFrom('documents').select('kind').distinct().where('case_id', '=', caseId).execute();
  const recorded = await db.selectFrom('evidence').select('step').distinct().where('case_id', '=', caseId).where('step', 'is not', null).execute();
  const checked = checkCaseFile(def, items, {
    stepsTaken: new Set(steps.map((s) => s.step!)),
    documents: new Set(docs.map((d) => d.kind)),
    recordedSteps: new Set(recorded.map((r) => r.step!)),
  });
  return { items: checked, complete: checked.every((i) => i.present) };
}
