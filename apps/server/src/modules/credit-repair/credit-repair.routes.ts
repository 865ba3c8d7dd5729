import { chinaDate } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { sendBlob } from '../../http/blob-download.ts';
import { logAccess } from '../access/access.service.ts';
import { applicationAttachment, getApplication, listApplications } from './credit-repair.queries.ts';
import { decideCreditRepair, type CreditRepairDeps } from './credit-repair.service.ts';
import {
  AttachmentParams,
  CreditRepairDecisionBody,
  CreditRepairDetail,
  CreditRepairListQuery,
  CreditRepairListView,
} from './credit-repair.schemas.ts';

/** 信用修复 (issue 22 point 2): the agency's list with due dates, one application, its decision. */
export function registerCreditRepairRoutes(app: App, deps: CreditRepairDeps): void {
  const tags = ['信用修复 credit repair'];
  const today = () => chinaDate(deps.clock.now());

  app.get('/api/v1/credit-repair/applications', {
    schema: {
      tags,
      summary: '信用修复申请：待决定的在前，按决定期限排列（司法局可见辖区内全部机关）',
      querystring: CreditRepairListQuery,
      response: { 200: CreditRepairListView, ...errors() },
    },
    handler: async (req) => ({ today: today(), items: await listApplications(deps.db, actorOf(req), today(), req.query) }),
  });

  app.get('/api/v1/credit-repair/applications/:id', {
    schema: {
      tags,
      summary: '一份信用修复申请：申请理由、守信承诺、证明材料，公示记录当前是否符合条件，及决定',
      params: IdParams,
      response: { 200: CreditRepairDetail, ...errors() },
    },
    handler: async (req) => getApplication(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/credit-repair/applications/:id/decision', {
    schema: {
      tags,
      summary: '作出信用修复决定（公示管理员）：准予的提前停止公示（条件逐项核对，记入账本），不予的写明理由',
      params: IdParams,
      body: CreditRepairDecisionBody,
      response: { 200: CreditRepairDetail, ...errors(403, 409, 422) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await decideCreditRepair(deps, actor, req.params.id, req.body);
      return getApplication(deps, actor, req.params.id);
    },
  });

  app.get('/api/v1/credit-repair/applications/:id/attachments/:index', {
    schema: { tags, summary: '下载申请人提交的证明材料', params: AttachmentParams, response: { ...errors() } },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const f = await applicationAttachment(deps, actor, req.params.id, req.params.index);
      return sendBlob(req, reply, {
        blobs: deps.blobs,
        sha256: f.sha256,
        mediaType: f.mediaType,
        filename: f.name,
        missing: '证明材料不在存储中（请运行 sanxiang verify 核查）',
        // R-REC-7: every download of what a party handed in is logged
        beforeSend: () =>
          logAccess(deps, actor, {
            agencyId: f.agencyId,
            action: 'download',
            targetKind: 'credit-repair-attachment',
            targetId: req.params.id,
            caseId: f.caseId,
            reason: '审查信用修复申请的证明材料',
          }),
      });
    },
  });
}
