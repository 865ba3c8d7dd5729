import { DOCUMENT_KINDS, DomainError } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import {
  DocumentKindListView,
  DocumentListView,
  DocumentNumberingSchema,
  DocumentWordsBody,
  IssueDocumentBody,
  IssuedDocumentView,
} from './document.schemas.ts';
import { documentNumbering, setDocumentWords } from './document.numbering.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { ReasonQuery, caseForAccess, openCaseRecord } from '../access/record-access.ts';
import { issueDocument, listDocuments, type IssueDeps } from './document.service.ts';
import { documentWithFiles } from './document.queries.ts';
import { whenRendered } from './document.render.ts';
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

  app.get('/api/v1/agencies/:id/document-numbering', {
    schema: {
      tags,
      summary: '文书编号规则：各类文书的文书代字与下一编号',
      params: IdParams,
      response: { 200: DocumentNumberingSchema, ...errors(403) },
    },
    handler: async (req) => documentNumbering(deps, actorOf(req), req.params.id),
  });

  app.put('/api/v1/agencies/:id/document-numbering', {
    schema: {
      tags,
      summary: '设置文书代字（系统管理员）：未列出或与默认相同的文书种类用默认代字；每个代字各自按年度连续编号',
      params: IdParams,
      body: DocumentWordsBody,
      response: { 200: DocumentNumberingSchema, ...errors(403) },
    },
    handler: async (req) => setDocumentWords(deps, actorOf(req), req.params.id, req.body.words),
  });

  app.post('/api/v1/cases/:id/documents', {
    schema: {
      tags,
      summary: '制作文书：按案件数据填写，编号，加盖电子签章并记入全过程记录；PDF 与 Word 随即生成',
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
        let d = await documentWithFiles(deps.db, req.params.id);
        authorize(actor, 'case.read', { agencyId: d?.agency_id, noun: '文书' });
        if (!d) throw new DomainError('NOT_FOUND', '文书不存在');
        // filed moments ago: its files are being made; wait for them rather than answer 404
        if (!d.pdf_sha256 || !d.docx_sha256) {
          await whenRendered(deps, d.id);
          d = (await documentWithFiles(deps.db, d.id))!;
        }
        const c = await caseForAccess(deps.db, actor, d.case_id);
        const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
        const sha = (format === 'pdf' ? d.pdf_sha256 : d.docx_sha256)!;
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
