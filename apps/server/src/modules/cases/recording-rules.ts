import { sql, type Kysely } from 'kysely';
import { PROCEDURES, recordingList, type MediaKind, type RecordingListItem, type RecordingOverride } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { StepMediaSource } from './case.service.ts';

/**
 * The agency's 音像记录事项清单 (R-REC-3), read on every step that could need recording. The list
 * changes rarely, so it is cached briefly per agency; a change through this process clears it.
 */
const TTL_MS = 10_000;
const cache = new WeakMap<object, Map<string, { at: number; list: RecordingListItem[] }>>();

export async function agencyRecordingList(db: Kysely<Database>, agencyId: string): Promise<RecordingListItem[]> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(agencyId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.list;
  const rows = await db
    .selectFrom('recording_rules')
    .select(['procedure_code', 'step_code', 'level', 'what'])
    .where('agency_id', '=', agencyId)
    .execute();
  const overrides: RecordingOverride[] = rows.map((r) => ({
    procedure: r.procedure_code,
    step: r.step_code,
    level: r.level,
    what: r.what,
  }));
  const list = recordingList(PROCEDURES, overrides);
  perDb.set(agencyId, { at: Date.now(), list });
  return list;
}

export function forgetRecordingList(db: Kysely<Database>, agencyId: string): void {
  cache.get(db)?.delete(agencyId);
}

/** Media bound to `step` of the case since the step was last taken (each taking needs its own records). */
export async function mediaForStep(mediaAfter: StepMediaSource, db: Kysely<Database>, caseId: string, step: string): Promise<MediaKind[]> {
  const lastTaken = sql<Date>`coalesce((SELECT max(at) FROM case_events WHERE case_id = ${caseId} AND step = ${step}), '-infinity'::timestamptz)`;
  return mediaAfter(db, caseId, step, lastTaken);
}
