import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';

/** What the 执法资格 routes take and return: 换证延期, 年检, 岗位培训 and the overview (R-X-1). */

export const RenewalBody = Type.Object(
  {
    validTo: IsoDate,
    reason: Type.String({ minLength: 1, maxLength: 500, description: '换证延期的理由或依据' }),
  },
  { additionalProperties: false },
);

export const InspectionBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: '年检所属年度' }),
    passed: Type.Boolean({ description: '是否通过' }),
    on: Type.Optional(IsoDate),
    reason: Type.String({ maxLength: 500, description: '结论说明；不合格时必填' }),
  },
  { additionalProperties: false },
);

export const TrainingBody = Type.Object(
  {
    hours: Type.Number({ exclusiveMinimum: 0, maximum: 200, description: '学时' }),
    course: Type.String({ minLength: 1, maxLength: 200, description: '培训内容' }),
    completedOn: IsoDate,
  },
  { additionalProperties: false },
);

export const TrainingQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

export const TrainingView = Type.Object({
  year: Type.Integer(),
  required: Type.Number({ description: '每年应完成学时' }),
  total: Type.Number(),
  shortfall: Type.Union([Type.String(), Type.Null()]),
  records: Type.Array(
    Type.Object({
      id: Uuid,
      course: Type.String(),
      completedOn: IsoDate,
      hours: Type.Number(),
      recordedBy: Type.String(),
      recordedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

export const CertificateHistoryView = Type.Array(
  Type.Object({
    id: Type.String(),
    kind: Type.String({ description: 'issue | renew | suspend | reinstate | revoke | inspection' }),
    kindName: Type.String(),
    effectiveOn: IsoDate,
    reason: Type.String(),
    details: Type.Record(Type.String(), Type.Unknown()),
    actor: Type.String(),
    recordedAt: Type.String({ format: 'date-time' }),
  }),
);

export const QualificationQuery = Type.Object(
  { agencyId: Type.Optional(Uuid), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

export const QualificationOverview = Type.Object({
  year: Type.Integer(),
  required: Type.Number(),
  today: IsoDate,
  officers: Type.Array(
    Type.Object({
      userId: Uuid,
      name: Type.String(),
      agencyId: Uuid,
      post: Type.String(),
      unit: Type.Union([Type.String(), Type.Null()]),
      certificate: Type.Union([
        Type.Object({
          id: Uuid,
          number: Type.String(),
          fields: Type.Array(Type.String()),
          regions: Type.Array(Type.String()),
          validFrom: IsoDate,
          validTo: IsoDate,
          status: Type.String(),
          statusName: Type.String(),
          statusReason: Type.String(),
          statusSince: Type.Union([IsoDate, Type.Null()]),
          planned: Type.Union([
            Type.Object({ status: Type.String(), statusName: Type.String(), from: IsoDate, reason: Type.String() }),
            Type.Null(),
          ]),
          daysToExpiry: Type.Integer(),
          nearExpiry: Type.Boolean(),
        }),
        Type.Null(),
      ]),
      trainingHours: Type.Number(),
      trainingHoursLastYear: Type.Number(),
      trainingShort: Type.Boolean(),
      lastYearInspection: Type.Union([Type.Object({ on: IsoDate, passed: Type.Boolean(), reason: Type.String() }), Type.Null()]),
    }),
  ),
});
