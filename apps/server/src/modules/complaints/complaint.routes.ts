import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendBlob } from '../../http/blob-download.ts';
import {
  answerComplaint,
  assignComplaint,
  getAnswerDays,
  setAnswerDays,
  transferComplaint,
  type ComplaintDeps,
} from './complaint.service.ts';
import { complaintAttachment, getComplaint, listComplaints } from './complaint.views.ts';
import {
  AgencyParams,
  AnswerBody,
  AssignBody,
  AttachmentParams,
  ComplaintList,
  ComplaintListQuery,
  ComplaintParams,
  ComplaintReasonQuery,
  ComplaintSettings,
  ComplaintView,
  Done,
  TransferBody,
} from './complaint.schemas.ts';

/** 投诉举报 for staff (R-X-4): the list with due dates, one complaint (logged in the access log), assign, answer, transfer, the limit. */
export function registerComplaintRoutes(app: App, deps: ComplaintDeps): void {
  const tags = ['投诉举报'];

  app.get('/api/v1/complaints', {
    schema: {
      tags,
      summary: '投诉举报列表：本机关的（司法局：辖区各机关的），未答复的按答复期限排列；附各机关件数',
      querystring: ComplaintListQuery,
      response: { 200: ComplaintList, ...errors(403) },
    },
    handler: async (req) => listComplaints(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/complaints/:id', {
    schema: {
      tags,
      summary: '投诉举报详情（含投诉人姓名、电话和附件；每次查看记入调阅记录，办理机关以外的人员须说明事由）',
      params: ComplaintParams,
      querystring: ComplaintReasonQuery,
      response: { 200: ComplaintView, ...errors(403) },
    },
    handler: async (req) => getComplaint(deps, actorOf(req), req.params.id, req.query.reason),
  });

  app.get('/api/v1/complaints/:id/attachments/:seq', {
    schema: {
      tags,
      summary: '下载投诉举报的附件（记入调阅记录）',
      params: AttachmentParams,
      querystring: ComplaintReasonQuery,
      produces: ['application/octet-stream'],
    },
    handler: async (req, reply) => {
      const a = await complaintAttachment(deps, actorOf(req), req.params.id, req.params.seq, req.query.reason);
      return sendBlob(req, reply, {
        blobs: deps.blobs,
        sha256: a.sha256,
        mediaType: a.media_type,
        filename: a.filename,
        missing: '附件文件暂时无法读取',
        beforeSend: a.log,
      });
    },
  });

  app.post('/api/v1/complaints/:id/assign', {
    schema: {
      tags,
      summary: '指派承办人（机关负责人）',
      params: ComplaintParams,
      body: AssignBody,
      response: { 200: Done, ...errors(403, 409) },
    },
    handler: async (req) => {
      await assignComplaint(deps, actorOf(req), req.params.id, req.body.handlerId);
      return { ok: true as const };
    },
  });

  app.post('/api/v1/complaints/:id/answer', {
    schema: {
      tags,
      summary: '答复（承办人或机关负责人）；投诉人凭查询码看到答复',
      params: ComplaintParams,
      body: AnswerBody,
      response: { 200: Done, ...errors(403, 409) },
    },
    handler: async (req) => {
      await answerComplaint(deps, actorOf(req), req.params.id, req.body.answer);
      return { ok: true as const };
    },
  });

  app.post('/api/v1/complaints/:id/transfer', {
    schema: {
      tags,
      summary: '转办有管辖权的机关（机关负责人；须说明理由）',
      params: ComplaintParams,
      body: TransferBody,
      response: { 200: Done, ...errors(403, 409) },
    },
    handler: async (req) => {
      await transferComplaint(deps, actorOf(req), req.params.id, req.body.agencyId, req.body.note);
      return { ok: true as const };
    },
  });

  app.get('/api/v1/agencies/:id/complaint-settings', {
    schema: {
      tags,
      summary: '投诉举报答复期限（工作日；未设置为 15）',
      params: AgencyParams,
      response: { 200: ComplaintSettings, ...errors(403) },
    },
    handler: async (req) => getAnswerDays(deps, actorOf(req), req.params.id),
  });

  app.put('/api/v1/agencies/:id/complaint-settings', {
    schema: {
      tags,
      summary: '设置投诉举报答复期限（对此后受理的适用）',
      params: AgencyParams,
      body: ComplaintSettings,
      response: { 200: ComplaintSettings, ...errors(403) },
    },
    handler: async (req) => setAnswerDays(deps, actorOf(req), req.params.id, req.body.answerDays),
  });
}
