import { DomainError, getProcedure, validateCaseFileStandard, type CaseFileItem } from '@sanxiang/domain';
import type { Clock } from '../../adapters/clock.ts';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { CaseFileStandardBody, CaseFileStandardParams, CaseFileStandardView, CaseFileStatusView } from './case-file.schemas.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { ReasonQuery, caseForAccess } from '../access/record-access.ts';
import { caseFileStandard, caseFileStatus } from './case-file.service.ts';
import { buildCaseFilePackage, type ExportDeps } from './case-export.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** 案卷 (R-REC-6): completeness against the agency's standard, the standard itself, and the self-verifying export. */
export function registerCaseFileRoutes(app: App, deps: ExportDeps & { clock: Clock }): void {
  const tags = ['案卷 case files'];

  app.get('/api/v1/cases/:id/case-file', {
    schema: {
      tags,
      summary: '案卷完整性（按本机关案卷标准）',
      params: IdParams,
      response: {
        200: CaseFileStatusView,
        ...errors(),
      },
    },
    handler: async (req) => {
      await caseForAccess(deps.db, actorOf(req), req.params.id);
      const s = await caseFileStatus(deps.db, req.params.id);
      return {
        complete: s.complete,
        items: s.items.map((i) => ({ name: i.name, kind: i.kind, document: i.document ?? null, step: i.step, present: i.present })),
      };
    },
  });

  app.get('/api/v1/cases/:id/export', {
    schema: {
      tags,
      summary: '导出可自证的案卷包（tar：文件、清单、证明、检查点；调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      produces: ['application/x-tar'],
      response: { ...errors(409) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const c = await caseForAccess(deps.db, actor, req.params.id);
      const reason = accessReason(req.query.reason, { assignedOfficer: c.assigned });
      const pkg = await buildCaseFilePackage(deps, c.id, deps.clock.now());
      await logAccess({ db: deps.db, clock: deps.clock }, actor, {
        agencyId: c.agency_id,
        action: 'export',
        targetKind: 'case-file',
        targetId: c.id,
        caseId: c.id,
        reason,
      });
      return reply
        .type('application/x-tar')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(pkg.filename)}`)
        .send(pkg.stream);
    },
  });

  app.get('/api/v1/agencies/:id/case-file-standards/:procedure', {
    schema: {
      tags,
      summary: '案卷标准',
      params: CaseFileStandardParams,
      response: { 200: CaseFileStandardView, ...errors() },
    },
    handler: async (req) => {
      authorize(actorOf(req), 'agency.read', { agencyId: req.params.id });
      if (!getProcedure(req.params.procedure)) throw new DomainError('NOT_FOUND', `执法程序「${req.params.procedure}」不存在`);
      return caseFileStandard(deps.db, req.params.id, req.params.procedure);
    },
  });

  app.put('/api/v1/agencies/:id/case-file-standards/:procedure', {
    schema: {
      tags,
      summary: '设定案卷标准',
      params: CaseFileStandardParams,
      body: CaseFileStandardBody,
      response: { 200: CaseFileStandardView, ...errors(403) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'case-file-standard.update', { agencyId: req.params.id });
      const def = getProcedure(req.params.procedure);
      if (!def) throw new DomainError('NOT_FOUND', `执法程序「${req.params.procedure}」不存在`);
      validateCaseFileStandard(def, req.body.items as CaseFileItem[]);
      const now = deps.clock.now();
      await deps.db
        .insertInto('case_file_standards')
        .values({
          agency_id: req.params.id,
          procedure_code: def.code,
          items: JSON.stringify(req.body.items),
          updated_by: actor.userId,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['agency_id', 'procedure_code'])
            .doUpdateSet({ items: JSON.stringify(req.body.items), updated_by: actor.userId, updated_at: now }),
        )
        .execute();
      return caseFileStandard(deps.db, req.params.id, def.code);
    },
  });
}
