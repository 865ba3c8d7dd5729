import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';

/** 行政复议 / 行政诉讼 outcomes of a case's decision, and the agency's 整改 (R-X-3 corrected decisions). */

export const OutcomeParams = Type.Object({ id: Uuid, outcomeId: Uuid });

export const OutcomeBody = Type.Object(
  {
    channel: Type.Union([Type.Literal('reconsideration'), Type.Literal('litigation')], { description: '行政复议 | 行政诉讼' }),
    body: Type.String({ minLength: 2, maxLength: 100, description: '复议机关或人民法院' }),
    decidedOn: IsoDate,
    result: Type.Union([Type.Literal('upheld'), Type.Literal('revoked'), Type.Literal('changed'), Type.Literal('confirmed-illegal')], {
      description: '维持 | 撤销 | 变更 | 确认违法',
    }),
    document: Type.String({ minLength: 2, maxLength: 100, description: '复议决定书或裁判文书文号' }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const RectificationBody = Type.Object(
  { note: Type.String({ minLength: 2, maxLength: 2000, description: '整改情况' }) },
  { additionalProperties: false },
);

export const OutcomeView = Type.Object({
  id: Uuid,
  caseId: Uuid,
  channel: Type.String(),
  channelName: Type.String(),
  body: Type.String(),
  decidedOn: IsoDate,
  result: Type.String(),
  resultName: Type.String(),
  document: Type.String(),
  note: Type.String(),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
  rectification: Type.Union([
    Type.Object({ note: Type.String(), by: Type.String(), at: Type.String({ format: 'date-time' }) }),
    Type.Null(),
  ]),
});

export const OutcomeList = Type.Array(OutcomeView);
