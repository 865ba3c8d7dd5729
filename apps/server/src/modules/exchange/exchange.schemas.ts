import { Type } from '@sinclair/typebox';
import { LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** Responses of the exchange routes (R-PUB-8, R-X-6), exactly as the services build them. */

export const RegisteredSystemSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  key: Type.String({ description: '接入系统密钥（sx_sys_…），只在登记时显示这一次' }),
});

export const PushSystemSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  agency: Type.String({ description: '所属机关名称' }),
  createdAt: Timestamp,
  revokedAt: Nullable(Timestamp, { description: '注销时间；未注销为 null' }),
  lastPush: Nullable(
    Type.Object({
      system_id: Uuid,
      at: Timestamp,
      stored: Type.Integer({ description: '保存的条数' }),
      rejected: Type.Integer({ description: '因不合格而未保存的条数' }),
    }),
    { description: '最近一次推送；从未推送为 null' },
  ),
});

export const IngestResultSchema = Type.Object({
  stored: Type.Integer({ description: '新保存或更新的条数' }),
  unchanged: Type.Integer({ description: '与已保存内容相同而未更改的条数' }),
  items: Type.Array(
    Type.Object({
      docNumber: Type.String({ description: '文号' }),
      url: Type.String({ description: '公示页面的路径' }),
      version: Type.Integer({ description: '公示版本' }),
    }),
  ),
});

export const OutboxMessageSchema = Type.Object({
  id: Type.String({ description: '消息序号（十进制字符串）' }),
  act: Type.String({ description: '引起推送的公示行为，如 published、corrected、withdrawn' }),
  doc_number: Type.String({ description: '文号' }),
  created_at: Timestamp,
  attempts: Type.Integer({ description: '已尝试推送的次数' }),
  next_at: Timestamp,
  delivered_at: Nullable(Timestamp),
  dead: Type.Boolean({ description: '多次失败后放弃（死信）' }),
  last_error: Nullable(Type.String()),
  state: LiteralUnion(['delivered', 'failed', 'pending'] as const, { description: 'delivered 已送达，failed 已放弃，pending 待发' }),
});

/** What the exchange routes take: a system to register, and the decisions it pushes. */

export const RegisterSystemBody = Type.Object({ agencyId: Uuid, name: Type.String({ maxLength: 60 }) }, { additionalProperties: false });

export const PushSystemListView = Type.Array(PushSystemSchema);

/** A revoked key: no content. */
export const RevokedView = Type.Null();

/** 1–500 decisions, each checked by the ingest service (all must pass before any is kept). */
export const IngestBody = Type.Object({ decisions: Type.Array(Type.Any(), { minItems: 1, maxItems: 500 }) });

export const OutboxListView = Type.Array(OutboxMessageSchema);
