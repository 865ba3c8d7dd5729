import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** What the 调阅监督 routes take and return: the access log and a party's records (R-REC-7). */

export const AccessLogQuery = Type.Object({
  caseId: Type.Optional(Uuid),
  agencyId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

export const AccessLogView = Type.Array(
  Type.Object({
    id: Type.Integer(),
    at: Type.String(),
    action: Type.String(),
    targetKind: Type.String(),
    targetId: Type.String(),
    caseId: Type.Union([Type.String(), Type.Null()]),
    caseNumber: Type.Union([Type.String(), Type.Null()]),
    reason: Type.String(),
    actorName: Type.String(),
    actorAgency: Type.String(),
  }),
);

export const PartyRecordsQuery = Type.Object({
  creditCode: Type.Optional(Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' })),
  idNumber: Type.Optional(Type.String({ pattern: '^\\d{17}[\\dX]$' })),
  reason: Type.Optional(Type.String({ maxLength: 200 })),
});

export const PartyRecordsSchema = Type.Object({
  party: Type.Object({ name: Type.String(), kind: Type.String({ description: 'person 自然人 / org 单位' }) }),
  cases: Type.Array(
    Type.Object({
      id: Uuid,
      number: Type.String({ description: '案件编号' }),
      title: Type.String({ description: '案由' }),
      agency: Type.String({ description: '办案机关名称' }),
      state: Type.String({ description: '案件状态代码' }),
      openedAt: Timestamp,
      archivedAt: Nullable(Timestamp),
      events: Type.Integer({ description: '记录条数' }),
      evidence: Type.Integer({ description: '音像记录等证据件数' }),
      documents: Type.Integer({ description: '执法文书件数' }),
    }),
  ),
});
