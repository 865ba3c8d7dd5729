import { DomainError } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { EvidenceListView } from './evidence.schemas.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { ReasonQuery, caseForAccess, openCaseRecord } from '../access/record-access.ts';
import { listEvidence, evidenceView, type EvidenceDeps } from './evidence.service.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { sendBlob } from '../../http/blob-download.ts';
import { authorize } from '../../http/policy/authorize.ts';

export function registerEvidenceRoutes(app: App, deps: EvidenceDeps & { blobs: BlobStore }): void {
  const tags = ['音像记录 evidence'];

  app.get('/api/v1/cases/:id/evidence', {
    schema: {
      tags,
      summary: '案件的音像记录（调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: EvidenceListView, ...errors() },
    },
    handler: async (req) => {
      const c = await openCaseRecord(deps, actorOf(req), req.params.id, req.query.reason, { action: 'view', targetKind: 'evidence-list' });
      return listEvidence(deps.db, c.id);
    },
  });

  app.get('/api/v1/evidence/:id/content', {
    schema: {
      tags,
      summary: '下载音像记录原件（调阅留痕）；支持单个字节范围（Range: bytes=起-止），便于拖动播放与断点续传',
      params: IdParams,
      querystring: ReasonQuery,
      produces: ['application/octet-stream'],
      response: { ...errors(416) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const row = await deps.db.selectFrom('evidence').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      authorize(actor, 'case.read', { agencyId: row?.agency_id, noun: '音像记录' });
      if (!row) throw new DomainError('NOT_FOUND', '音像记录不存在');
      const c = await caseForAccess(deps.db, actor, row.case_id);
      const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
      const e = evidenceView(row);
      return sendBlob(req, reply, {
        blobs: deps.blobs,
        sha256: row.sha256,
        mediaType: e.mediaType,
        filename: e.filename,
        headers: { 'x-content-sm3': e.sm3 },
        missing: '原件不在存储中（请运行 sanxiang verify 核查）',
        beforeSend: () =>
          logAccess(deps, actor, {
            agencyId: row.agency_id,
            action: 'download',
            targetKind: 'evidence',
            targetId: row.id,
            caseId: row.case_id,
            reason,
          }),
      });
    },
  });
}
