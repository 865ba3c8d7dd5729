import { PROCEDURES, checkOverride } from '@sanxiang/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { RecordingListBody, RecordingListView } from './case.schemas.ts';
import { agencyRecordingList, forgetRecordingList } from './recording-rules.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** 音像记录事项清单 (R-REC-3): read by anyone who sees the agency, changed by its administrator. */
export function registerRecordingListRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock }): void {
  const tags = ['音像记录事项清单 recording list'];

  app.get('/api/v1/agencies/:id/recording-list', {
    schema: {
      tags,
      summary: '音像记录事项清单（哪些环节须音像记录、哪些须全程音像记录）',
      params: IdParams,
      response: { 200: RecordingListView, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'agency.read', { agencyId: req.params.id });
      return agencyRecordingList(deps.db, req.params.id);
    },
  });

  app.put('/api/v1/agencies/:id/recording-list', {
    schema: {
      tags,
      summary: '修改音像记录事项清单（全程音像记录事项不能降低）',
      params: IdParams,
      body: RecordingListBody,
      response: { 200: RecordingListView, ...errors(403) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'recording-list.update', { agencyId: req.params.id });
      for (const item of req.body.items) checkOverride(PROCEDURES, item);
      const now = deps.clock.now();
      await deps.db.transaction().execute(async (tx) => {
        for (const i of req.body.items) {
          await tx
            .insertInto('recording_rules')
            .values({
              agency_id: req.params.id,
              procedure_code: i.procedure,
              step_code: i.step,
              level: i.level,
              what: i.what.trim(),
              updated_by: actor.userId,
              updated_at: now,
            })
            .onConflict((oc) =>
              oc
                .columns(['agency_id', 'procedure_code', 'step_code'])
                .doUpdateSet({ level: i.level, what: i.what.trim(), updated_by: actor.userId, updated_at: now }),
            )
            .execute();
        }
      });
      forgetRecordingList(deps.db, req.params.id);
      return agencyRecordingList(deps.db, req.params.id);
    },
  });
}
