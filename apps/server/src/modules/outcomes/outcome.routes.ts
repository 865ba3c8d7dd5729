import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { OutcomeBody, OutcomeList, OutcomeParams, RectificationBody } from './outcome.schemas.ts';
import { listOutcomes, recordOutcome, recordRectification, type OutcomeDeps } from './outcome.service.ts';

/** 行政复议、行政诉讼结果 of a case's decision and the agency's 整改. */
export function registerOutcomeRoutes(app: App, deps: OutcomeDeps): void {
  const tags = ['复议诉讼结果 outcomes'];

  app.get('/api/v1/cases/:id/outcomes', {
    schema: { tags, summary: '案件决定的行政复议、行政诉讼结果', params: IdParams, response: { 200: OutcomeList, ...errors() } },
    handler: async (req) => listOutcomes(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/cases/:id/outcomes', {
    schema: {
      tags,
      summary: '登记行政复议或行政诉讼结果（维持、撤销、变更、确认违法）',
      params: IdParams,
      body: OutcomeBody,
      response: { 201: OutcomeList, ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      await recordOutcome(deps, actor, req.params.id, req.body);
      return reply.status(201).send(await listOutcomes(deps, actor, req.params.id));
    },
  });

  app.post('/api/v1/cases/:id/outcomes/:outcomeId/rectification', {
    schema: {
      tags,
      summary: '登记决定被纠错后的整改情况',
      params: OutcomeParams,
      body: RectificationBody,
      response: { 200: OutcomeList, ...errors(403, 409) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await recordRectification(deps, actor, req.params.id, req.params.outcomeId, req.body.note);
      return listOutcomes(deps, actor, req.params.id);
    },
  });
}
