import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';

/** 执法监督预警: the list, the bell, reading, per-agency settings and the webhook's deliveries. */

export const AlertQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('all')], { description: '进行中 | 已解除 | 全部' }),
    ),
    rule: Type.Optional(Type.String({ maxLength: 40 })),
    agencyId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const AlertItem = Type.Object({
  id: Uuid,
  rule: Type.String(),
  ruleName: Type.String(),
  level: Type.Union([Type.Literal('red'), Type.Literal('orange')]),
  title: Type.String(),
  detail: Type.String(),
  agency: Type.Object({ id: Uuid, name: Type.String() }),
  caseId: Type.Union([Uuid, Type.Null()]),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  userId: Type.Union([Uuid, Type.Null()]),
  assigneeText: Type.String({ description: '须处理的人' }),
  mine: Type.Boolean({ description: '是否指派给当前用户' }),
  dueOn: Type.Union([IsoDate, Type.Null()]),
  openedAt: Type.String({ format: 'date-time' }),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  read: Type.Boolean(),
});

export const AlertPage = Type.Object({ total: Type.Integer(), unread: Type.Integer(), items: Type.Array(AlertItem) });

export const UnreadView = Type.Object({ unread: Type.Integer() });

export const ReadBody = Type.Object(
  { ids: Type.Optional(Type.Array(Uuid, { maxItems: 500 })), all: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const ReadView = Type.Object({ marked: Type.Integer(), unread: Type.Integer() });

export const AlertSettingsView = Type.Object({
  agencyId: Uuid,
  returnRate: Type.Number({ description: '法制审核退回率预警线（0–1）' }),
  minReviews: Type.Integer({ description: '计算退回率的最少审结件数' }),
  webhookUrl: Type.Union([Type.String(), Type.Null()], { description: '短信/即时通讯网关的推送地址' }),
  hasSecret: Type.Boolean({ description: '是否已设置签名密钥（密钥不回显）' }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const AlertSettingsBody = Type.Object(
  {
    returnRate: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    minReviews: Type.Integer({ minimum: 1, maximum: 1000 }),
    webhookUrl: Type.Union([Type.String({ minLength: 8, maxLength: 500 }), Type.Null()]),
    webhookSecret: Type.Optional(Type.String({ minLength: 16, maxLength: 200, description: 'HMAC-SHA256 签名密钥' })),
  },
  { additionalProperties: false },
);

export const DeliveryList = Type.Array(
  Type.Object({
    id: Type.String(),
    event: Type.String({ description: 'opened | closed' }),
    title: Type.String(),
    url: Type.String(),
    attempts: Type.Integer(),
    state: Type.Union([Type.Literal('delivered'), Type.Literal('pending'), Type.Literal('failed')]),
    nextAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    tries: Type.Array(
      Type.Object({
        at: Type.String({ format: 'date-time' }),
        status: Type.Union([Type.Integer(), Type.Null()]),
        error: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
  }),
);
