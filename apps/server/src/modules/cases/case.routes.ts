import { DomainError, toSvg } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import {
  Candidates,
  CandidatesQuery,
  CaseDetail,
  CaseEvents,
  CaseList,
  CaseListQuery,
  OpenCaseBody,
  Readiness,
  ReasonQuery,
  StepBody,
  StepParams,
  StepTaken,
} from './case.schemas.ts';
import { officerCandidates, readinessOf } from './case.readiness.ts';
import { procedureOrThrow, takeStep, type CaseDeps } from './case.service.ts';
import { openCase } from './case.open.ts';
import { caseEvents, getCase, listCases } from './case.queries.ts';
import type { Actor } from '../../http/actor.ts';

/**
 * R-REC-7: logs a view of a case record (who, when, why) after the scope check; the access module's
 * log, handed in by app.ts. It refuses a view without a reason unless the viewer is an assigned officer.
 */
export type LogRecordView = (
  actor: Actor,
  view: { agencyId: string; targetKind: string; targetId: string; caseId: string; reason: string | undefined; assignedOfficer: boolean },
) => Promise<void>;

/** A refused attempt at a step, for the record the alerts count (R-REC-8); handed in by app.ts. */
export type RecordRefusal = (r: { caseId: string; actorId: string; step: string; code: string; message: string }) => Promise<void>;

/** Refusals worth counting: a step without its 音像记录 (R-REC-3), an officer without a valid certificate (R-X-1). */
const COUNTED_REFUSALS = new Set(['RECORDING_MISSING', 'OFFICER_NOT_QUALIFIED']);

export function registerCaseRoutes(app: App, deps: CaseDeps & { logRecordView: LogRecordView; recordRefusal: RecordRefusal }): void {
  const tags = ['案件 cases'];

  app.get('/api/v1/cases', {
    schema: { tags, summary: '案件列表（本人可见范围）', querystring: CaseListQuery, response: { 200: CaseList, ...errors() } },
    handler: async (req) => listCases(deps, actorOf(req), req.query),
  });

  app.post('/api/v1/cases', {
    schema: { tags, summary: '立案 / 受理', body: OpenCaseBody, response: { 201: CaseDetail, ...errors(403, 409, 422) } },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const id = await openCase(deps, actor, req.body);
      return reply.status(201).send(await getCase(deps, actor, id));
    },
  });

  /** R-REC-7: a record view is logged with who, when and why, after the scope check (out of scope stays 404). */
  const logView = async (
    actor: Actor,
    c: { id: string; agency: { id: string }; officers: { userId: string }[] },
    raw: string | undefined,
    targetKind: string,
  ) => {
    await deps.logRecordView(actor, {
      agencyId: c.agency.id,
      targetKind,
      targetId: c.id,
      caseId: c.id,
      reason: raw,
      assignedOfficer: c.officers.some((o) => o.userId === actor.userId),
    });
  };

  app.get('/api/v1/cases/:id', {
    schema: {
      tags,
      summary: '案件详情：环节记录、期限、可办理环节（调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: CaseDetail, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      const c = await getCase(deps, actor, req.params.id);
      await logView(actor, c, req.query.reason, 'case');
      return c;
    },
  });

  app.post('/api/v1/cases/:id/steps', {
    schema: {
      tags,
      summary: '办理一个环节',
      params: IdParams,
      body: StepBody,
      response: { 200: StepTaken, ...errors(403, 409, 422) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      try {
        const r = await takeStep(deps, actor, req.params.id, req.body);
        return { id: req.params.id, ...r };
      } catch (e) {
        if (e instanceof DomainError && COUNTED_REFUSALS.has(e.code)) {
          await deps.recordRefusal({ caseId: req.params.id, actorId: actor.userId, step: req.body.step, code: e.code, message: e.message });
        }
        throw e;
      }
    },
  });

  app.get('/api/v1/cases/:id/steps/:step/readiness', {
    schema: {
      tags,
      summary:
        '办理某一环节前尚需什么：案件状态、角色、承办人执法证、音像记录、前置环节与期限、法制审核（与办理时的检查相同，不写入任何记录）',
      params: StepParams,
      response: { 200: Readiness, ...errors() },
    },
    handler: async (req) => readinessOf(deps, actorOf(req), req.params.id, req.params.step),
  });

  app.get('/api/v1/officer-candidates', {
    schema: {
      tags,
      summary: '立案时可指派的承办人员：本机关全部执法人员，标明其执法证是否涵盖该执法类别、案件发生地和日期，不能承办的写明原因',
      querystring: CandidatesQuery,
      response: { 200: Candidates, ...errors() },
    },
    handler: async (req) => officerCandidates(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/cases/:id/events', {
    schema: {
      tags,
      summary: '案件全过程记录（哈希链，调阅留痕）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: CaseEvents, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      const c = await getCase(deps, actor, req.params.id);
      await logView(actor, c, req.query.reason, 'case-record');
      return caseEvents(deps, actor, req.params.id);
    },
  });

  app.get('/api/v1/cases/:id/flowchart.svg', {
    schema: { tags, summary: '案件流程图（标出当前环节）', params: IdParams, produces: ['image/svg+xml'], response: { ...errors() } },
    handler: async (req, reply) => {
      const c = await getCase(deps, actorOf(req), req.params.id);
      const def = procedureOrThrow(c.procedure.code);
      return reply.type('image/svg+xml; charset=utf-8').send(toSvg(def, { current: c.state.code }));
    },
  });
}
