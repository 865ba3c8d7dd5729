import { DOCUMENT_KINDS, DomainError } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { DocumentKindListView, DocumentListView, IssueDocumentBody, IssuedDocumentView } from './document.schemas.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { ReasonQuery, caseForAccess, openCaseRecord } from '../access/record-access.ts';
import { issueDocument, listDocuments, type IssueDeps } from './document.service.ts';
import { sendBlob } from '../../http/blob-download.ts';
import { authorize } from '../../http/policy/authorize.ts';

export function registerDocumentRoutes(app: App, deps: IssueDeps): void {
  const tags = ['执法文书 documents'];

  app.get('/api/v1/document-kinds', {
    schema: {
      tags,
      summary: '可制作的执法文书',
      response: { 200: DocumentKindListView },
    },
    handler: async () => [...DOCUMENT_KINDS],
  });

  app.post('/api/v1/cases/:id/documents', {
    schema: {
      tags,
      summary: '制作文书：按案件数据填写，生成 PDF 与 Word，加盖电子签章并记入全过程记录',
      description: '行政处罚告知书、听证告知书另附当事人专区访问码（仅在此次应答中给出一次，系统只保存其摘要）。',
      params: IdParams,
      body: IssueDocumentBody,
      response: {
        201: IssuedDocumentView,
        ...errors(403, 409),
      },
    },
    handler: async (req, reply) => reply.status(201).send(await issueDocument(deps, actorOf(req), req.params.id, req.body.kind)),
  });

  app.get('/api/v1/cases/:id/documents', {
    schema: {
      tags,
      summary: '案件文书（调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: DocumentListView, ...errors() },
    },
    handler: async (req) => {
      const c = await openCaseRecord(deps, actorOf(req), req.params.id, req.query.reason, { action: 'view', targetKind: 'document-list' });
      return listDocuments(deps.db, c.id);
    },
  });

  for (const format of ['pdf', 'docx'] as const) {
    app.get(`/api/v1/documents/:id/${format}`, {
      schema: {
        tags,
        summary: `下载文书（${format === 'pdf' ? 'PDF' : 'Word'}，调阅留痕）`,
        params: IdParams,
        querystring: ReasonQuery,
        produces: ['application/octet-stream'],
        response: { ...errors(416) },
      },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        const d = await deps.db.selectFrom('documents').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        authorize(actor, 'case.read', { agencyId: d?.agency_id, noun: '文书' });
        if (!d) throw new DomainError('NOT_FOUND', '文书不存在');
        const c = await caseForAccess(deps.db, actor, d.case_id);
        const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
        const sha = format === 'pdf' ? d.pdf_sha256 : d.docx_sha256;
        return sendBlob(req, reply, {
          blobs: deps.blobs,
          sha256: sha,
          mediaType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          filename: `${d.title}.${format}`,
          missing: '文书文件不在存储中（请运行 sanxiang verify 核查）',
          beforeSend: () =>
            logAccess(deps, actor, {
              agencyId: d.agency_id,
              action: 'download',
              targetKind: `document-${format}`,
              targetId: d.id,
              caseId: d.case_id,
              reason,
            }),
        });
      },
    });
  }
}
