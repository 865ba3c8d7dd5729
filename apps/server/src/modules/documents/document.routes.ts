import { Type } from '@sinclair/typebox';
import { DOCUMENT_KINDS, DomainError } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, Uuid, errors, type App } from '../../http/typebox.ts';
import type { Actor } from '../../http/actor.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { issueDocument, listDocuments, type DocumentDeps } from './document.service.ts';

const DocumentSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.String(),
  title: Type.String(),
  contentSha256: Type.String({ description: '文书内容（规范 JSON）的 SHA-256，电子签章所签' }),
  pdfSha256: Type.String(),
  docxSha256: Type.String(),
  seal: Type.Object({ algorithm: Type.String(), keyId: Type.String(), signature: Type.String() }),
  issuedAt: Type.String(),
  eventSeq: Type.Integer(),
});
const ReasonQuery = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 200, description: '调阅事由（本案承办人员可省略）' })) });

export function registerDocumentRoutes(app: App, deps: DocumentDeps): void {
  const tags = ['执法文书 documents'];
  const caseFor = async (actor: Actor, caseId: string) => {
    const c = await deps.db.selectFrom('cases').select(['id', 'agency_id']).where('id', '=', caseId).where('agency_id', 'in', [...actor.visibleAgencyIds]).executeTakeFirst();
    if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
    const officer = await deps.db.selectFrom('case_officers').select('user_id').where('case_id', '=', caseId).where('user_id', '=', actor.userId).executeTakeFirst();
    return { ...c, assigned: !!officer };
  };

  app.get('/api/v1/document-kinds', {
    schema: { tags, summary: '可制作的执法文书', response: { 200: Type.Array(Type.Object({ code: Type.String(), title: Type.String() })) } },
    handler: async () => [...DOCUMENT_KINDS],
  });

  app.post('/api/v1/cases/:id/documents', {
    schema: { tags, summary: '制作文书：按案件数据填写，生成 PDF 与 Word，加盖电子签章并记入全过程记录', params: IdParams, body: Type.Object({ kind: Type.String({ maxLength: 50 }) }), response: { 201: DocumentSchema, ...errors(403, 409) } },
    handler: async (req, reply) => reply.status(201).send(await issueDocument(deps, actorOf(req), req.params.id, req.body.kind)),
  });

  app.get('/api/v1/cases/:id/documents', {
    schema: { tags, summary: '案件文书（调阅留痕）', params: IdParams, querystring: ReasonQuery, response: { 200: Type.Array(DocumentSchema), ...errors() } },
    handler: async (req) => {
      const actor = actorOf(req);
      const c = await caseFor(actor, req.params.id);
      const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
      await logAccess(deps, actor, { agencyId: c.agency_id, action: 'view', targetKind: 'document-list', targetId: c.id, caseId: c.id, reason });
      return listDocuments(deps.db, c.id);
    },
  });

  for (const format of ['pdf', 'docx'] as const) {
    app.get(`/api/v1/documents/:id/${format}`, {
      schema: { tags, summary: `下载文书（${format === 'pdf' ? 'PDF' : 'Word'}，调阅留痕）`, params: IdParams, querystring: ReasonQuery, produces: ['application/octet-stream'], response: { ...errors() } },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        const d = await deps.db.selectFrom('documents').selectAll().where('id', '=', req.params.id).where('agency_id', 'in', [...actor.visibleAgencyIds]).executeTakeFirst();
        if (!d) throw new DomainError('NOT_FOUND', '文书不存在');
        const c = await caseFor(actor, d.case_id);
        const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
        const sha = format === 'pdf' ? d.pdf_sha256 : d.docx_sha256;
        if (!(await deps.blobs.has(sha))) throw new DomainError('NOT_FOUND', '文书文件不在存储中（请运行 sanxiang verify 核查）');
        await logAccess(deps, actor, { agencyId: d.agency_id, action: 'download', targetKind: `document-${format}`, targetId: d.id, caseId: d.case_id, reason });
        const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${d.title}.${format}`)}`)
          .header('x-content-sha256', sha)
          .send(await deps.blobs.open(sha));
      },
    });
  }
}
