import { Type } from '@sinclair/typebox';
import { DISCRETION_GRADES, SANCTIONS } from '@sanxiang/domain';
import { LiteralUnion as Lit, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';
// the verdict and the 类案 are what review keeps with a proposal; review declares their shape
import { SimilarDecisionSchema, VerdictSchema } from '../review/review.schemas.ts';

/** 行政处罚裁量基准 and 类案推送 (R-REV-10): the request body of a new version, and every response. */

const Grade = Lit(DISCRETION_GRADES, { description: '裁量阶次' });
const Sanction = Lit(SANCTIONS);

const Range = Type.Union([
  Type.Object(
    { kind: Type.Literal('amount'), min: Type.Number({ minimum: 0 }), max: Type.Number({ minimum: 0 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('multiple'),
      min: Type.Number({ minimum: 0 }),
      max: Type.Number({ minimum: 0 }),
      base: Type.String({ maxLength: 30 }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('none') }, { additionalProperties: false }),
]);

export const BenchmarkBody = Type.Object(
  {
    id: Type.String({ maxLength: 40, description: '违法行为代码，拟作出的决定以此引用' }),
    name: Type.String({ maxLength: 200, description: '违法行为' }),
    violatedArticle: Type.String({ maxLength: 500, description: '违法依据' }),
    penaltyArticle: Type.String({ maxLength: 500, description: '处罚依据' }),
    grades: Type.Array(
      Type.Object(
        {
          grade: Grade,
          circumstances: Type.String({ maxLength: 1000 }),
          fine: Range,
          sanctions: Type.Array(Sanction, { maxItems: SANCTIONS.length }),
        },
        { additionalProperties: false },
      ),
      { maxItems: DISCRETION_GRADES.length },
    ),
  },
  { additionalProperties: false },
);

const FineRange = Type.Union(
  [
    Type.Object({ kind: Type.Literal('amount'), min: Type.Number(), max: Type.Number() }, { description: '罚款 min 至 max 元' }),
    Type.Object(
      {
        kind: Type.Literal('multiple'),
        min: Type.Number(),
        max: Type.Number(),
        base: Type.String({ description: '计算基数，如 货值金额、违法所得' }),
      },
      { description: '罚款为计算基数的 min 至 max 倍' },
    ),
    Type.Object({ kind: Type.Literal('none') }, { description: '本阶次不罚款' }),
  ],
  { description: '罚款幅度' },
);

/** One benchmark as stored and served. */
export const BenchmarkSchema = Type.Object({
  id: Type.String({ description: '违法行为代码，拟作出的决定以此引用' }),
  name: Type.String({ description: '违法行为' }),
  violatedArticle: Type.String({ description: '违法依据' }),
  penaltyArticle: Type.String({ description: '处罚依据' }),
  grades: Type.Array(
    Type.Object({
      grade: Grade,
      circumstances: Type.String({ description: '本阶次的情形' }),
      fine: FineRange,
      sanctions: Type.Array(Sanction, { description: '本阶次可以并处的其他处罚' }),
    }),
  ),
});

const VersionHistory = Type.Array(Type.Object({ version: Type.Integer(), note: Type.String(), by: Type.String(), at: Timestamp }), {
  description: '本机关自己的各版本，新的在前',
});

export const BenchmarksViewSchema = Type.Object({
  agencyId: Uuid,
  version: Type.Integer({ description: '现行版本；尚无为 0' }),
  inheritedFrom: Nullable(Uuid, { description: '沿用上级机关的裁量基准时，为该机关' }),
  benchmarks: Type.Array(BenchmarkSchema),
  history: VersionHistory,
});

export const ConsultationSchema = Type.Object({
  version: Type.Integer({ description: '裁量基准的版本' }),
  benchmark: BenchmarkSchema,
  verdict: Nullable(VerdictSchema, { description: '给出拟罚款时的判断；未给出为 null' }),
  similar: Type.Array(SimilarDecisionSchema),
});

/** A new version of the agency's 裁量基准: all its benchmarks, with a note. */
export const BenchmarkVersionBody = Type.Object(
  { benchmarks: Type.Array(BenchmarkBody, { maxItems: 500 }), note: Type.String({ maxLength: 500 }) },
  { additionalProperties: false },
);

export const BenchmarkParams = Type.Object({ id: Uuid, violation: Type.String({ maxLength: 40 }) });

/** A consultation: the proposed fine or grade to judge, and the facts to find 类案 by. */
export const ConsultationQuery = Type.Object(
  {
    fine: Type.Optional(Type.Number({ minimum: 0 })),
    grade: Type.Optional(Lit(DISCRETION_GRADES)),
    baseAmount: Type.Optional(Type.Number({ minimum: 0 })),
    facts: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
