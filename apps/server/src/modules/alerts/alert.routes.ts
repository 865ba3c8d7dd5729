import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import {
  AlertPage,
  AlertQuery,
  AlertSettingsBody,
  AlertSettingsView,
  DeliveryList,
  ReadBody,
  ReadView,
  UnreadView,
} from './alert.schemas.ts';
import {
  alertSettings,
  listAlerts,
  listDeliveries,
  markRead,
  unreadCount,
  updateAlertSettings,
  type AlertReadDeps,
} from './alert.service.ts';

/** 执法监督预警 (R-X-3): the list, the bell's count, reading, and each agency's thresholds and webhook. */
export function registerAlertRoutes(app: App, deps: AlertReadDeps & { onSettingsChanged: () => void }): void {
  const tags = ['执法监督预警 alerts'];

  app.get('/api/v1/alerts', {
    schema: {
      tags,
      summary: '执法监督预警（负责人：本机关；司法局：辖区；其他人：指派给自己的）',
      querystring: AlertQuery,
      response: { 200: AlertPage, ...errors() },
    },
    handler: async (req) => listAlerts(deps, actorOf(req), req.query),
  });

  app.get('/api/v1/alerts/unread', {
    schema: { tags, summary: '未读的进行中预警数（工作台提醒）', response: { 200: UnreadView, ...errors() } },
    handler: async (req) => ({ unread: await unreadCount(deps, actorOf(req)) }),
  });

  app.post('/api/v1/alerts/read', {
    schema: { tags, summary: '标记预警为已读', body: ReadBody, response: { 200: ReadView, ...errors() } },
    handler: async (req) => {
      const actor = actorOf(req);
      const marked = await markRead(deps, actor, req.body.all ? 'all' : (req.body.ids ?? []));
      return { marked, unread: await unreadCount(deps, actor) };
    },
  });

  app.get('/api/v1/agencies/:id/alert-settings', {
    schema: { tags, summary: '预警设置与推送地址', params: IdParams, response: { 200: AlertSettingsView, ...errors() } },
    handler: async (req) => alertSettings(deps, actorOf(req), req.params.id),
  });

  app.put('/api/v1/agencies/:id/alert-settings', {
    schema: {
      tags,
      summary: '设置退回率预警线和短信/即时通讯推送（HMAC-SHA256 签名）',
      params: IdParams,
      body: AlertSettingsBody,
      response: { 200: AlertSettingsView, ...errors(403) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await updateAlertSettings(deps, actor, req.params.id, req.body);
      deps.onSettingsChanged();
      return alertSettings(deps, actor, req.params.id);
    },
  });

  app.get('/api/v1/agencies/:id/alert-deliveries', {
    schema: { tags, summary: '预警推送记录（每次投递的时间、应答和错误）', params: IdParams, response: { 200: DeliveryList, ...errors() } },
    handler: async (req) => listDeliveries(deps, actorOf(req), req.params.id),
  });
}
