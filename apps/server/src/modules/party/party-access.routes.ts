import type { AccessDeps } from '../access/access.service.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { ReasonQuery, openCaseRecord } from '../access/record-access.ts';
import { AccessCodeListView, AccessCodeSchema, CaseAccessParams, VoidAccessCodeBody } from './party-access.schemas.ts';
import { accessCodesOfCase, voidAccessCode } from './party-access.service.ts';

/** Staff's view of a case's 当事人专区 access codes, and voiding one (issue 17). */
export function registerPartyAccessRoutes(app: App, deps: AccessDeps): void {
  const tags = ['当事人专区 party'];

  app.get('/api/v1/cases/:id/party-access', {
    schema: {
      tags,
      summary: '本案当事人专区访问码（只列出印在哪份告知书、是否有效，不含访问码本身；调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: AccessCodeListView, ...errors() },
    },
    handler: async (req) => {
      const c = await openCaseRecord(deps, actorOf(req), req.params.id, req.query.reason, { action: 'view', targetKind: 'party-access' });
      return accessCodesOfCase(deps.db, c.id, deps.clock.now());
    },
  });

  app.post('/api/v1/cases/:id/party-access/:accessId/void', {
    schema: {
      tags,
      summary: '作废当事人专区访问码：须说明理由，记入全过程记录；以该访问码登录的会话随即结束',
      params: CaseAccessParams,
      body: VoidAccessCodeBody,
      response: { 200: AccessCodeSchema, ...errors(403, 409) },
    },
    handler: async (req) =>
      voidAccessCode(deps, actorOf(req), { caseId: req.params.id, accessId: req.params.accessId, reason: req.body.reason }),
  });
}
