import type { ReviewCatalog } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, asMutable, errors, type App } from '../../http/typebox.ts';
import type { ReviewDeps } from './review.context.ts';
import { disagree, propose, submitForReview, type DiscretionCheck } from './review.service.ts';
import { giveOpinion, inviteAdviser, recordAdvice } from './review.opinion.ts';
import { holdDiscussion } from './review.collective.ts';
import { caseReview, compareRounds, reviewQueue } from './review.queries.ts';
import { staffing } from './review.staffing.ts';
import { traceHtml } from './review.page.ts';
import { addAdviser, getCatalog, getCatalogVersion, listAdvisers, putCatalog } from './review-catalog.service.ts';
import { Adviser, AdviserListView, QueueListView, StaffingListView } from './review-lists.schemas.ts';
import {
  AdviceRecordedSchema,
  AdviserInvitedSchema,
  CaseReviewSchema,
  CompareSchema,
  DisagreementSchema,
  DiscussionHeldSchema,
  OpinionGivenSchema,
  ProposedSchema,
  SubmittedSchema,
  TraceView,
} from './review.schemas.ts';
import {
  AdviceBody,
  AdviceParams,
  CompareRoundsQuery,
  DisagreementBody,
  DiscussionBody,
  InviteAdviserBody,
  OpinionBody,
  ProposalBody,
  ReviewQueueQuery,
  SubmissionBody,
} from './review-requests.schemas.ts';
import { AdviserBody, CatalogBody, CatalogVersionParams, CatalogVersionSchema, CatalogViewSchema } from './review-catalog.schemas.ts';

/** 重大执法决定法制审核 (R-REV-1 … R-REV-9). */
export function registerReviewRoutes(app: App, deps: ReviewDeps & { discretion?: DiscretionCheck }): void {
  const tags = ['法制审核 legal review'];

  app.get('/api/v1/agencies/:id/review-catalog', {
    schema: {
      tags,
      summary: '重大执法决定法制审核目录清单（现行版本及历史）',
      params: IdParams,
      response: { 200: CatalogViewSchema, ...errors() },
    },
    handler: async (req) => asMutable(await getCatalog(deps.db, actorOf(req), req.params.id)),
  });
  app.put('/api/v1/agencies/:id/review-catalog', {
    schema: {
      tags,
      summary: '发布新版法制审核目录清单',
      params: IdParams,
      body: CatalogBody,
      response: { 200: CatalogViewSchema, ...errors(403) },
    },
    handler: async (req) =>
      asMutable(await putCatalog(deps.db, deps.clock, actorOf(req), req.params.id, req.body.catalog as ReviewCatalog, req.body.note)),
  });
  app.get('/api/v1/agencies/:id/review-catalog/versions/:version', {
    schema: {
      tags,
      summary: '某一版法制审核目录清单',
      params: CatalogVersionParams,
      response: { 200: CatalogVersionSchema, ...errors() },
    },
    handler: async (req) => asMutable(await getCatalogVersion(deps.db, actorOf(req), req.params.id, req.params.version)),
  });

  app.get('/api/v1/agencies/:id/review-staffing', {
    schema: {
      tags,
      summary: '法制审核人员配备（不少于执法人员的 5%）',
      params: IdParams,
      response: { 200: StaffingListView, ...errors() },
    },
    handler: async (req) => staffing(deps, actorOf(req), req.params.id),
  });
  app.get('/api/v1/review-staffing', {
    schema: { tags, summary: '可见范围内各机关法制审核人员配备，不足 5% 的标出', response: { 200: StaffingListView, ...errors() } },
    handler: async (req) => staffing(deps, actorOf(req)),
  });

  app.get('/api/v1/legal-advisers', {
    schema: { tags, summary: '法律顾问、公职律师库（本地区及上级地区）', response: { 200: AdviserListView, ...errors() } },
    handler: async (req) => listAdvisers(deps.db, actorOf(req)),
  });
  app.post('/api/v1/legal-advisers', {
    schema: {
      tags,
      summary: '加入法律顾问、公职律师库（司法行政部门）',
      body: AdviserBody,
      response: { 201: Adviser, ...errors(403) },
    },
    handler: async (req, reply) => reply.status(201).send(await addAdviser(deps.db, deps.clock, actorOf(req), req.body)),
  });

  app.get('/api/v1/reviews', {
    schema: {
      tags,
      summary: '法制审核待办（含到期提醒、逾期标记）',
      querystring: ReviewQueueQuery,
      response: { 200: QueueListView, ...errors() },
    },
    handler: async (req) => reviewQueue(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/cases/:id/review', {
    schema: {
      tags,
      summary: '案件的法制审核记录：各版拟作出的决定、各轮审核、集体讨论、决定与责任追溯',
      params: IdParams,
      response: { 200: CaseReviewSchema, ...errors() },
    },
    handler: async (req) => caseReview(deps, actorOf(req), req.params.id),
  });
  app.get('/api/v1/cases/:id/review/trace', {
    schema: {
      tags,
      summary: '责任追溯：谁提交了哪一版、谁以何种意见审核、谁作出决定、谁未采纳审核意见（浏览器请求 text/html 时返回页面）',
      params: IdParams,
      response: {
        200: TraceView,
        ...errors(),
      },
    },
    // a browser (Accept: text/html, signed in by its session cookie) gets the same trace as a page
    handler: async (req, reply) => {
      const r = await caseReview(deps, actorOf(req), req.params.id);
      return req.headers.accept?.includes('text/html') ? reply.type('text/html; charset=utf-8').send(traceHtml(r) as never) : r; // HTML bypasses the JSON schema
    },
  });
  app.get('/api/v1/cases/:id/review/compare', {
    schema: {
      tags,
      summary: '比较两轮送审：拟作出的决定和送审材料的变化',
      params: IdParams,
      querystring: CompareRoundsQuery,
      response: { 200: CompareSchema, ...errors() },
    },
    handler: async (req) => compareRounds(deps, actorOf(req), req.params.id, req.query.from, req.query.to),
  });

  app.post('/api/v1/cases/:id/review/proposals', {
    schema: {
      tags,
      summary: '提出或修改拟作出的决定（按目录清单判断是否须法制审核）',
      params: IdParams,
      body: ProposalBody,
      response: { 201: ProposedSchema, ...errors(403, 409, 422) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await propose(deps, actorOf(req), req.params.id, req.body as Record<string, unknown>)),
  });
  app.post('/api/v1/cases/:id/review/submissions', {
    schema: {
      tags,
      summary: '提交法制审核（送审材料完整性检查，固定并计算摘要）',
      params: IdParams,
      body: SubmissionBody,
      response: { 201: SubmittedSchema, ...errors(403, 409, 422) },
    },
    handler: async (req, reply) => reply.status(201).send(await submitForReview(deps, actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/v1/cases/:id/review/opinions', {
    schema: {
      tags,
      summary: '出具法制审核意见（逐项审核要点，同意或存在问题；生成法制审核意见书）',
      params: IdParams,
      body: OpinionBody,
      response: { 201: OpinionGivenSchema, ...errors(403, 409, 422) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(
        await giveOpinion(deps, actorOf(req), req.params.id, {
          ...req.body,
          answers: req.body.answers.map((a) => ({ ...a, comment: a.comment ?? '' })),
        }),
      ),
  });
  app.post('/api/v1/cases/:id/review/disagreement', {
    schema: {
      tags,
      summary: '承办人对审核意见有异议，提请集体讨论',
      params: IdParams,
      body: DisagreementBody,
      response: { 200: DisagreementSchema, ...errors(403, 409) },
    },
    handler: async (req) => disagree(deps, actorOf(req), req.params.id, req.body.reason),
  });
  app.post('/api/v1/cases/:id/review/discussions', {
    schema: {
      tags,
      summary: '记录集体讨论（参加人员、各人意见、表决、结论；生成集体讨论记录）',
      params: IdParams,
      body: DiscussionBody,
      response: { 201: DiscussionHeldSchema, ...errors(403, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await holdDiscussion(deps, actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/v1/cases/:id/review/advisers', {
    schema: {
      tags,
      summary: '邀请法律顾问、公职律师参与本轮审核',
      params: IdParams,
      body: InviteAdviserBody,
      response: { 201: AdviserInvitedSchema, ...errors(403, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await inviteAdviser(deps, actorOf(req), req.params.id, req.body.adviserId)),
  });
  app.post('/api/v1/cases/:id/review/advisers/:adviceId/opinion', {
    schema: {
      tags,
      summary: '录入法律顾问、公职律师的意见',
      params: AdviceParams,
      body: AdviceBody,
      response: { 200: AdviceRecordedSchema, ...errors(403, 409) },
    },
    handler: async (req) => recordAdvice(deps, actorOf(req), req.params.id, req.params.adviceId, req.body.opinion),
  });
}
