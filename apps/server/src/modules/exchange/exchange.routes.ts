import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import {
  ingestDecisions,
  listSystems,
  registerSystem,
  revokeSystem,
  systemOfKey,
  type ExchangeDeps,
  type PushSystem,
} from './exchange.service.ts';
import { outboxStatus } from './outbox.ts';
import {
  IngestBody,
  IngestResultSchema,
  OutboxListView,
  PushSystemListView,
  RegisterSystemBody,
  RegisteredSystemSchema,
  RevokedView,
} from './exchange.schemas.ts';
import { agenciesFor } from '../../http/policy/authorize.ts';

/** Push-in from other agencies' systems and the state of the upward outbox (R-PUB-8, R-X-6). */
export function registerExchangeRoutes(app: App, deps: ExchangeDeps): void {
  const tags = ['数据交换 exchange'];

  app.post('/api/v1/exchange/systems', {
    schema: {
      tags,
      summary: '登记接入系统（本机关或司法局系统管理员）：返回一次性显示的密钥',
      body: RegisterSystemBody,
      response: { 201: RegisteredSystemSchema, ...errors(403) },
    },
    handler: async (req, reply) => reply.status(201).send(await registerSystem(deps, actorOf(req), req.body.agencyId, req.body.name)),
  });

  app.get('/api/v1/exchange/systems', {
    schema: { tags, summary: '接入系统及其最近一次推送', response: { 200: PushSystemListView, ...errors() } },
    handler: async (req) => listSystems(deps, actorOf(req)),
  });

  app.post('/api/v1/exchange/systems/:id/revocation', {
    schema: { tags, summary: '注销接入系统的密钥', params: IdParams, response: { 204: RevokedView, ...errors(403) } },
    handler: async (req, reply) => {
      await revokeSystem(deps, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });

  // the system's key is checked before the body, as a session would be (401 first, then 400/422)
  const systems = new WeakMap<object, PushSystem>();
  app.post('/api/v1/ingest/decisions', {
    config: { public: true },
    onRequest: async (req) => {
      systems.set(req, await systemOfKey(deps, req.headers.authorization));
    },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags,
      summary: '其他机关的办案系统推送执法决定（双公示数据项代码；Authorization: Bearer sx_sys_…；每次 1–500 条，全部合格才保存）',
      security: [{ bearer: [] }],
      body: IngestBody,
      response: { 200: IngestResultSchema, ...errors(401, 409, 422) },
    },
    handler: async (req) => ingestDecisions(deps, systems.get(req)!, req.body),
  });

  app.get('/api/v1/exchange/outbox', {
    schema: { tags, summary: '向上级平台推送的待发、已发和失败消息', response: { 200: OutboxListView, ...errors() } },
    handler: async (req) => {
      const rows = await outboxStatus(deps.db, agenciesFor(actorOf(req), 'exchange.read'));
      return rows.map((r) => ({
        ...r,
        id: String(r.id),
        created_at: r.created_at.toISOString(),
        next_at: r.next_at.toISOString(),
        delivered_at: r.delivered_at?.toISOString() ?? null,
        state: r.delivered_at ? ('delivered' as const) : r.dead ? ('failed' as const) : ('pending' as const),
      }));
    },
  });
}
