import { Type } from '@sinclair/typebox';
import { CASE_FLAGS, DISCRETION_GRADES, REVIEW_POINTS, SANCTIONS, type ReviewCatalog } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, IsoDate, Uuid, asMutable, errors, type App } from '../../http/typebox.ts';
import type { ReviewDeps } from './review.context.ts';
import { disagree, propose, submitForReview, type DiscretionCheck } from './review.service.ts';
import { giveOpinion, inviteAdviser, recordAdvice } from './review.opinion.ts';
import { holdDiscussion } from './review.collective.ts';
import { caseReview, compareRounds, reviewQueue } from './review.queries.ts';
import { staffing } from './review.staffing.ts';
import { traceHtml } from './review.page.ts';
import { addAdviser, getCatalog, getCatalogVersion, listAdvisers, putCatalog } from './review-catalog.service.ts';
import {
  Adviser,
  AdviceRecordedSchema,
  AdviserInvitedSchema,
  CaseReviewSchema,
  CompareSchema,
  DecisionSchema,
  DisagreementSchema,
  DiscussionHeldSchema,
  OpinionGivenSchema,
  ProposedSchema,
  QueueItemSchema,
  StaffingRow,
  SubmittedSchema,
  TraceSchema,
} from './review.schemas.ts';
import { CatalogVersionSchema, CatalogViewSchema } from './review-catalog.schemas.ts';

const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const CatalogSchema = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          id: Type.String({ maxLength: 40 }),
          name: Type.String({ maxLength: 100 }),
          condition: Type.Object({ type: Type.String({ maxLength: 30 }) }, { additionalProperties: true }),
          basis: Type.String({ maxLength: 500 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    settings: Type.Object(
      { reviewDays: Type.Integer(), remindDays: Type.Integer(), maxRounds: Type.Integer() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, description: '法制审核目录清单：规则与审核期限、提醒、退回轮次上限' },
);

const ProposalBody = Type.Object(
  {
    step: Type.String({ maxLength: 50, description: '决定环节，如 decide、grant、deny、approve、dispose' }),
    decision: Type.Record(Type.String(), Type.Unknown(), { description: '决定环节的填写内容，即将来作出决定的内容' }),
    caseAmount: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    sanctions: Type.Optional(Type.Array(Lit(SANCTIONS), { maxItems: SANCTIONS.length })),
    flags: Type.Optional(Type.Partial(Type.Record(Lit(Object.keys(CASE_FLAGS) as (keyof typeof CASE_FLAGS)[]), Type.Boolean()))),
    discretion: Type.Optional(
      Type.Union([
        Type.Object(
          {
            violation: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
            grade: Type.Optional(Type.Union([Lit(DISCRETION_GRADES), Type.Null()])),
            baseAmount: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
            reasoning: Type.Optional(Type.String({ maxLength: 5000 })),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

const SubmissionBody = Type.Object(
  {
    summary: Type.String({ maxLength: 20000, description: '案件基本情况' }),
    facts: Type.String({ maxLength: 20000, description: '违法事实' }),
    legalBasis: Type.String({ maxLength: 5000, description: '法律依据' }),
    evidence: Type.Optional(
      Type.Array(
        Type.Object(
          { eventSeq: Type.Integer({ minimum: 1 }), proves: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: '证据：本案记录中的音像记录和文书条目；省略时为全部' },
      ),
    ),
    discretionReasoning: Type.Optional(Type.String({ maxLength: 5000 })),
    hearingRecord: Type.Optional(Type.String({ maxLength: 20000 })),
    handlerOpinion: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);

const OpinionBody = Type.Object(
  {
    materialsSha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: '所审核送审材料的 SHA-256' }),
    answers: Type.Array(
      Type.Object(
        {
          point: Lit(REVIEW_POINTS.map((p) => p.code)),
          result: Type.Union([Type.Literal('pass'), Type.Literal('problem')]),
          comment: Type.Optional(Type.String({ maxLength: 5000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    conclusion: Type.Union([Type.Literal('agree'), Type.Literal('problems')], { description: 'agree 同意 / problems 存在问题' }),
    opinion: Type.String({ maxLength: 20000 }),
  },
  { additionalProperties: false },
);

const DiscussionBody = Type.Object(
  {
    heldOn: IsoDate,
    recorder: Type.String({ maxLength: 50 }),
    participants: Type.Array(
      Type.Object(
        {
          name: Type.String({ maxLength: 50 }),
          post: Type.String({ maxLength: 50 }),
          opinion: Type.String({ maxLength: 5000 }),
          vote: Type.Union([Type.Literal('agree'), Type.Literal('disagree'), Type.Literal('abstain')]),
          userId: Type.Optional(Uuid),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    conclusion: Type.String({ maxLength: 20000 }),
    outcome: Type.Union([Type.Literal('decide-as-proposed'), Type.Literal('revise')], {
      description: 'decide-as-proposed 按拟作出的决定作出 / revise 退回修改',
    }),
  },
  { additionalProperties: false },
);

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
      body: Type.Object({ catalog: CatalogSchema, note: Type.String({ maxLength: 500 }) }, { additionalProperties: false }),
      response: { 200: CatalogViewSchema, ...errors(403) },
    },
    handler: async (req) =>
      asMutable(await putCatalog(deps.db, deps.clock, actorOf(req), req.params.id, req.body.catalog as ReviewCatalog, req.body.note)),
  });
  app.get('/api/v1/agencies/:id/review-catalog/versions/:version', {
    schema: {
      tags,
      summary: '某一版法制审核目录清单',
      params: Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1 }) }),
      response: { 200: CatalogVersionSchema, ...errors() },
    },
    handler: async (req) => asMutable(await getCatalogVersion(deps.db, actorOf(req), req.params.id, req.params.version)),
  });

  app.get('/api/v1/agencies/:id/review-staffing', {
    schema: {
      tags,
      summary: '法制审核人员配备（不少于执法人员的 5%）',
      params: IdParams,
      response: { 200: Type.Array(StaffingRow), ...errors() },
    },
    handler: async (req) => staffing(deps, actorOf(req), req.params.id),
  });
  app.get('/api/v1/review-staffing', {
    schema: { tags, summary: '可见范围内各机关法制审核人员配备，不足 5% 的标出', response: { 200: Type.Array(StaffingRow), ...errors() } },
    handler: async (req) => staffing(deps, actorOf(req)),
  });

  app.get('/api/v1/legal-advisers', {
    schema: { tags, summary: '法律顾问、公职律师库（本地区及上级地区）', response: { 200: Type.Array(Adviser), ...errors() } },
    handler: async (req) => listAdvisers(deps.db, actorOf(req)),
  });
  app.post('/api/v1/legal-advisers', {
    schema: {
      tags,
      summary: '加入法律顾问、公职律师库（司法行政部门）',
      body: Type.Object(
        {
          kind: Type.Union([Type.Literal('counsel'), Type.Literal('public-lawyer')]),
          name: Type.String({ minLength: 1, maxLength: 50 }),
          organisation: Type.String({ minLength: 1, maxLength: 100 }),
          specialties: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }),
          phone: Type.String({ maxLength: 30 }),
        },
        { additionalProperties: false },
      ),
      response: { 201: Adviser, ...errors(403) },
    },
    handler: async (req, reply) => reply.status(201).send(await addAdviser(deps.db, deps.clock, actorOf(req), req.body)),
  });

  app.get('/api/v1/reviews', {
    schema: {
      tags,
      summary: '法制审核待办（含到期提醒、逾期标记）',
      querystring: Type.Object(
        { status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('closed')])), overdue: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Array(QueueItemSchema), ...errors() },
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
        200: Type.Object({
          caseId: Uuid,
          caseNumber: Type.String(),
          phaseName: Type.String(),
          decision: DecisionSchema,
          trace: TraceSchema,
        }),
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
      querystring: Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) }),
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
      body: Type.Object({ reason: Type.String({ maxLength: 5000 }) }, { additionalProperties: false }),
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
      body: Type.Object({ adviserId: Uuid }, { additionalProperties: false }),
      response: { 201: AdviserInvitedSchema, ...errors(403, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await inviteAdviser(deps, actorOf(req), req.params.id, req.body.adviserId)),
  });
  app.post('/api/v1/cases/:id/review/advisers/:adviceId/opinion', {
    schema: {
      tags,
      summary: '录入法律顾问、公职律师的意见',
      params: Type.Object({ id: Uuid, adviceId: Uuid }),
      body: Type.Object({ opinion: Type.String({ maxLength: 20000 }) }, { additionalProperties: false }),
      response: { 200: AdviceRecordedSchema, ...errors(403, 409) },
    },
    handler: async (req) => recordAdvice(deps, actorOf(req), req.params.id, req.params.adviceId, req.body.opinion),
  });
}
