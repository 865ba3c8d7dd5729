import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { CertificateView } from './people.schemas.ts';
import {
  CertificateHistoryView,
  InspectionBody,
  QualificationOverview,
  QualificationQuery,
  RenewalBody,
  TrainingBody,
  TrainingQuery,
  TrainingView,
} from './qualification.schemas.ts';
import { getCertificate, type PeopleDeps } from './people.service.ts';
import {
  certificateHistory,
  listTraining,
  qualificationOverview,
  recordInspection,
  recordTraining,
  renewCertificate,
} from './qualification.service.ts';
import { chinaDate } from '@sanxiang/domain';

/** 执法资格管理 (R-X-1): 换证延期, 年检, 岗位培训, the record of a certificate's acts and the overview. */
export function registerQualificationRoutes(app: App, deps: PeopleDeps): void {
  const tags = ['人员与执法证 people'];

  app.get('/api/v1/qualifications', {
    schema: {
      tags,
      summary: '执法资格一览（执法证、年度培训学时、年检）',
      querystring: QualificationQuery,
      response: { 200: QualificationOverview, ...errors() },
    },
    handler: async (req) => qualificationOverview(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/certificates/:id/events', {
    schema: {
      tags,
      summary: '执法证变更记录（核发、换证、暂扣、恢复、吊销、年检）',
      params: IdParams,
      response: { 200: CertificateHistoryView, ...errors() },
    },
    handler: async (req) => certificateHistory(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/certificates/:id/renewal', {
    schema: {
      tags,
      summary: '执法证换证延期（系统管理员）',
      params: IdParams,
      body: RenewalBody,
      response: { 200: CertificateView, ...errors(403, 409) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await renewCertificate(deps, actor, req.params.id, req.body);
      return getCertificate(deps, actor, req.params.id);
    },
  });

  app.post('/api/v1/certificates/:id/inspections', {
    schema: {
      tags,
      summary: '登记执法证年检结论（系统管理员）；通过须当年培训满 40 学时',
      params: IdParams,
      body: InspectionBody,
      response: { 200: CertificateView, ...errors(403, 409, 422) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await recordInspection(deps, actor, req.params.id, req.body);
      return getCertificate(deps, actor, req.params.id);
    },
  });

  app.get('/api/v1/users/:id/training', {
    schema: {
      tags,
      summary: '岗位培训记录（按年度）',
      params: IdParams,
      querystring: TrainingQuery,
      response: { 200: TrainingView, ...errors() },
    },
    handler: async (req) =>
      listTraining(deps, actorOf(req), req.params.id, req.query.year ?? Number(chinaDate(deps.clock.now()).slice(0, 4))),
  });

  app.post('/api/v1/users/:id/training', {
    schema: {
      tags,
      summary: '登记岗位培训学时（系统管理员）',
      params: IdParams,
      body: TrainingBody,
      response: { 201: TrainingView, ...errors(403) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      await recordTraining(deps, actor, req.params.id, req.body);
      return reply.status(201).send(await listTraining(deps, actor, req.params.id, Number(req.body.completedOn.slice(0, 4))));
    },
  });
}
