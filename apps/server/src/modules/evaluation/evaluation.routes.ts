import type { FastifyReply } from 'fastify';
import { DomainError } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { esc, layout } from '../../http/html-layout.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { getStandard, putStandard } from './evaluation.standards.ts';
import { commitRound, createRound, drawRound, type EvaluationDeps } from './evaluation.service.ts';
import { agencyResults, replyToRound, returnRound, scoreCase } from './evaluation.scores.ts';
import { getRound, listRounds, publicRoundRecord } from './evaluation.views.ts';
import { evaluationPage } from './evaluation.pages.ts';
import {
  AgencyParams,
  AgencyResultsView,
  PublicRoundParams,
  PublicRoundRecordSchema,
  ReplyBody,
  RoundBody,
  RoundListView,
  RoundParams,
  RoundView,
  ScoreBody,
  ScoreParams,
  StandardBody,
  StandardView,
} from './evaluation.schemas.ts';

/** 案卷评查 (R-REC-8): the standard, rounds (commitment, draw, scores, return), each agency's results and reply; the public record and page. */
export function registerEvaluationRoutes(app: App, deps: EvaluationDeps): void {
  const tags = ['案卷评查'];

  app.get('/api/v1/agencies/:id/evaluation-standard', {
    schema: {
      tags,
      summary: '司法局现行的案卷评查标准（评查项目、分值、评分细则、等次分数线）',
      params: AgencyParams,
      response: { 200: StandardView, ...errors() },
    },
    handler: async (req) => getStandard(deps.db, actorOf(req), req.params.id),
  });

  app.put('/api/v1/agencies/:id/evaluation-standard', {
    schema: {
      tags,
      summary: '保存案卷评查标准的新版本（已开展的评查仍按其创建时的版本）；有错则不保存，返回 422 及字段路径',
      params: AgencyParams,
      body: StandardBody,
      response: { 200: StandardView, ...errors(403, 422) },
    },
    handler: async (req) => putStandard(deps, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/agencies/:id/evaluation-rounds', {
    schema: { tags, summary: '司法局的案卷评查活动，新的在前', params: AgencyParams, response: { 200: RoundListView, ...errors(403) } },
    handler: async (req) => listRounds(deps.db, actorOf(req), req.params.id),
  });

  app.post('/api/v1/agencies/:id/evaluation-rounds', {
    schema: {
      tags,
      summary: '制定案卷评查活动：评查期间（已结束）、被评查的辖区执法机关、每个机关抽取的份数或比例',
      params: AgencyParams,
      body: RoundBody,
      response: { 201: RoundView, ...errors(403, 422) },
    },
    handler: async (req, reply) => reply.status(201).send(await createRound(deps, actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/v1/agencies/:id/evaluation-rounds/:roundId', {
    schema: {
      tags,
      summary: '评查活动：承诺、种子、各机关抽中的案卷及评分、结果与整改说明',
      params: RoundParams,
      response: { 200: RoundView, ...errors(403) },
    },
    handler: async (req) => getRound(deps, actorOf(req), req.params.id, req.params.roundId),
  });

  app.post('/api/v1/agencies/:id/evaluation-rounds/:roundId/commit', {
    schema: {
      tags,
      summary: '公布承诺：冻结各机关期间归档案卷的名单并公布其哈希，种子定为账本将来某一条数时的根哈希',
      params: RoundParams,
      response: { 200: RoundView, ...errors(403, 409, 422) },
    },
    handler: async (req) => commitRound(deps, actorOf(req), req.params.id, req.params.roundId),
  });

  app.post('/api/v1/agencies/:id/evaluation-rounds/:roundId/draw', {
    schema: {
      tags,
      summary: '抽取：种子产生后按公开算法抽取各机关的案卷；种子未产生时 409',
      params: RoundParams,
      response: { 200: RoundView, ...errors(403, 409, 422) },
    },
    handler: async (req) => drawRound(deps, actorOf(req), req.params.id, req.params.roundId),
  });

  app.put('/api/v1/agencies/:id/evaluation-rounds/:roundId/scores/:caseId', {
    schema: {
      tags,
      summary: '逐项评分：每个评查项目的得分及问题描述（扣分须写明）；评分前须已调阅该案卷（说明事由）；反馈前可修改',
      params: ScoreParams,
      body: ScoreBody,
      response: { 200: RoundView, ...errors(403, 409, 422) },
    },
    handler: async (req) => scoreCase(deps, actorOf(req), req.params.id, req.params.roundId, req.params.caseId, req.body),
  });

  app.post('/api/v1/agencies/:id/evaluation-rounds/:roundId/return', {
    schema: {
      tags,
      summary: '反馈结果：全部案卷评分后，将得分和问题反馈给各被评查机关；此后评分不能修改',
      params: RoundParams,
      response: { 200: RoundView, ...errors(403, 409) },
    },
    handler: async (req) => returnRound(deps, actorOf(req), req.params.id, req.params.roundId),
  });

  app.get('/api/v1/agencies/:id/evaluation-results', {
    schema: {
      tags,
      summary: '反馈给本机关的案卷评查结果：每份案卷的得分、扣分项目和问题描述，机关平均分和等次，整改说明',
      params: AgencyParams,
      response: { 200: AgencyResultsView, ...errors(403) },
    },
    handler: async (req) => agencyResults(deps, actorOf(req), req.params.id),
  });

  app.put('/api/v1/agencies/:id/evaluation-results/:roundId/reply', {
    schema: {
      tags,
      summary: '对评查结果作出整改说明（机关负责人；可修改，以最后一次为准）',
      params: RoundParams,
      body: ReplyBody,
      response: { 200: AgencyResultsView, ...errors(403, 422) },
    },
    handler: async (req) => replyToRound(deps, actorOf(req), req.params.id, req.params.roundId, req.body),
  });

  // ---- public: the record anyone re-derives, and its page ----
  app.get('/api/v1/public/evaluations/:roundId', {
    config: { public: true },
    schema: {
      tags: ['公示 public'],
      summary:
        '案卷评查抽取的公开数据：方案、各机关期间归档案卷的名单（案号，不含当事人信息）、承诺、种子及凭据、抽中的案卷；`npx sanxiang draw verify <本地址>` 据此核验',
      security: [],
      params: PublicRoundParams,
      response: { 200: PublicRoundRecordSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const r = await publicRoundRecord(deps.db, req.params.roundId);
      if (!r) throw new DomainError('NOT_FOUND', '没有该案卷评查，或其承诺尚未公布');
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(r));
    },
  });

  const notFound = (reply: FastifyReply, what: string) =>
    sendPage(reply, 404, layout({ title: '未找到', main: `<h1>未找到</h1><p>没有「${esc(what)}」。</p>` }));

  app.get<{ Params: { roundId: string } }>(
    '/evaluations/:roundId',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const id = req.params.roundId;
      const r = /^[0-9a-f-]{36}$/.test(id) ? await publicRoundRecord(deps.db, id) : null;
      if (!r) return notFound(reply, shown(id));
      return sendCached(req, reply, 'text/html; charset=utf-8', evaluationPage(r, deps.publicUrl));
    },
  );
}
