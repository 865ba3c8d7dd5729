import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { DocumentSettingsBody, DocumentSettingsView } from './document-settings.schemas.ts';
import { getDocumentSettings, putDocumentSettings } from './document-settings.service.ts';

/** 文书设置 of an agency: 缴款方式, 行政复议机关, 管辖法院 (issue 20, item 3). */
export function registerDocumentSettingsRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock }): void {
  const tags = ['执法文书 documents'];
  app.get('/api/v1/agencies/:id/document-settings', {
    schema: {
      tags,
      summary: '本机关的文书设置（现行版本及修改记录）',
      params: IdParams,
      response: { 200: DocumentSettingsView, ...errors() },
    },
    handler: async (req) => getDocumentSettings(deps.db, actorOf(req), req.params.id),
  });
  app.put('/api/v1/agencies/:id/document-settings', {
    schema: {
      tags,
      summary: '修改文书设置（本机关系统管理员）：罚没款缴纳方式、行政复议机关、管辖法院；须写明理由',
      params: IdParams,
      body: DocumentSettingsBody,
      response: { 200: DocumentSettingsView, ...errors(403) },
    },
    handler: async (req) => putDocumentSettings(deps.db, deps.clock, actorOf(req), req.params.id, req.body.settings, req.body.note),
  });
}
