import { Type } from '@sinclair/typebox';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** Requests and responses of the 案卷评查 routes (R-REC-8), exactly as the evaluation module builds them. */

export const AgencyParams = Type.Object({ id: Uuid });
export const RoundParams = Type.Object({ id: Uuid, roundId: Uuid });
export const ScoreParams = Type.Object({ id: Uuid, roundId: Uuid, caseId: Uuid });
export const PublicRoundParams = Type.Object({ roundId: Uuid });

const GroupCode = LiteralUnion(['completeness', 'timeliness', 'legal-basis', 'discretion', 'documents'] as const, {
  description: 'completeness 完整性与规范性，timeliness 时效，legal-basis 法律依据与程序，discretion 裁量，documents 文书',
});
const Grade = LiteralUnion(['excellent', 'good', 'pass', 'fail'] as const, { description: '优秀 / 良好 / 合格 / 不合格' });

export const StandardItem = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 12 }),
  group: GroupCode,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  points: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: '分值' }),
  guidance: Type.String({ maxLength: 1000, description: '评分细则' }),
  veto: Type.Optional(Type.Boolean({ description: '否决项：该项得 0 分的案卷评为不合格' })),
});
const Grades = Type.Object({
  excellent: Type.Number({ minimum: 0, description: '优秀分数线' }),
  good: Type.Number({ minimum: 0, description: '良好分数线' }),
  pass: Type.Number({ minimum: 0, description: '合格分数线' }),
});
export const Standard = Type.Object({ items: Type.Array(StandardItem, { maxItems: 100 }), grades: Grades });

export const StandardBody = Type.Object({
  standard: Standard,
  note: Type.String({ minLength: 1, maxLength: 500, description: '本次修订说明' }),
});
export const StandardView = Type.Object({
  agencyId: Uuid,
  version: Type.Integer({ description: '版本号；0 为系统默认标准' }),
  standard: Standard,
  maxTotal: Type.Number(),
  groups: Type.Record(Type.String(), Type.String()),
  note: Type.String(),
  at: Nullable(Timestamp),
  by: Nullable(Type.String()),
});

const Sample = Type.Union([
  Type.Object({ kind: Type.Literal('count'), count: Type.Integer({ minimum: 1, maximum: 100, description: '每个机关抽取案卷数' }) }),
  Type.Object({
    kind: Type.Literal('ratio'),
    percent: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: '抽取比例（%），向上取整' }),
  }),
]);

export const RoundBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 100, description: '评查名称' }),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  agencyIds: Type.Array(Uuid, { minItems: 1, maxItems: 200, description: '被评查的执法机关' }),
  sample: Sample,
});

const ItemScore = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 12 }),
  points: Type.Number({ minimum: 0, maximum: 100 }),
  finding: Type.String({ maxLength: 2000, description: '问题描述（扣分时必填）' }),
});
export const ScoreBody = Type.Object({
  items: Type.Array(ItemScore, { maxItems: 100 }),
  comment: Type.String({ maxLength: 2000, description: '总体评价' }),
});

const ScoreView = Type.Object({
  total: Type.Number(),
  max: Type.Number(),
  grade: Grade,
  gradeName: Type.String(),
  items: Type.Array(ItemScore),
  comment: Type.String(),
  scoredBy: Type.String(),
  scoredAt: Timestamp,
});

const SampledFile = Type.Object({
  position: Type.Integer(),
  caseId: Uuid,
  number: Type.String(),
  score: Nullable(ScoreView),
});

const AgencyRow = Type.Object({
  id: Uuid,
  name: Type.String(),
  creditCode: Type.String(),
  populationSize: Nullable(Type.Integer({ description: '评查期间归档的案卷数（承诺后）' })),
  caseFiles: Type.Array(SampledFile),
  result: Nullable(Type.Object({ mean: Type.Number(), grade: Grade, gradeName: Type.String() })),
  reply: Nullable(Type.Object({ text: Type.String(), by: Type.String(), at: Timestamp })),
});

const RoundState = LiteralUnion(['planned', 'committed', 'drawn', 'returned'] as const, {
  description: 'planned 已制定，committed 已公布承诺，drawn 已抽取（评分中），returned 结果已反馈',
});

export const RoundView = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  title: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  sample: Sample,
  state: RoundState,
  stateName: Type.String(),
  standard: Type.Object({ version: Type.Integer(), items: Type.Array(StandardItem), grades: Grades, maxTotal: Type.Number() }),
  agencies: Type.Array(AgencyRow),
  commitmentHash: Nullable(Type.String()),
  seedTreeSize: Nullable(Type.Integer()),
  ledger: Nullable(Type.Object({ agency: Type.String(), size: Type.Integer(), checkpointSize: Nullable(Type.Integer()) })),
  seed: Nullable(Type.String()),
  scored: Type.Integer(),
  toScore: Type.Integer(),
  createdAt: Timestamp,
  committedAt: Nullable(Timestamp),
  drawnAt: Nullable(Timestamp),
  returnedAt: Nullable(Timestamp),
  publicUrl: Nullable(Type.String()),
});

export const RoundListView = Type.Array(
  Type.Object({
    id: Uuid,
    title: Type.String(),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    state: RoundState,
    stateName: Type.String(),
    agencies: Type.Integer(),
    scored: Type.Integer(),
    toScore: Type.Integer(),
    createdAt: Timestamp,
  }),
);

export const AgencyResultsView = Type.Array(
  Type.Object({
    roundId: Uuid,
    title: Type.String(),
    justice: Type.String(),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    returnedAt: Timestamp,
    standard: Type.Object({ version: Type.Integer(), items: Type.Array(StandardItem), maxTotal: Type.Number() }),
    caseFiles: Type.Array(Type.Object({ caseId: Uuid, number: Type.String(), score: ScoreView })),
    result: Nullable(Type.Object({ mean: Type.Number(), grade: Grade, gradeName: Type.String() })),
    reply: Nullable(Type.Object({ text: Type.String(), by: Type.String(), at: Timestamp })),
    publicUrl: Type.String(),
  }),
);

export const ReplyBody = Type.Object({ reply: Type.String({ maxLength: 5000, description: '整改说明或对评查结果的意见' }) });

const Json = Type.Unknown();
export const PublicRoundRecordSchema = Type.Object({
  format: Type.Literal('sanxiang-evaluation/1'),
  id: Uuid,
  justice: Type.Object({ name: Type.String(), creditCode: Type.String() }),
  ledgerAgency: Type.Object(
    { name: Type.String(), creditCode: Type.String() },
    { description: '记入承诺、其根哈希作为种子的账本所属机关' },
  ),
  state: LiteralUnion(['committed', 'drawn', 'returned'] as const),
  committedAt: Timestamp,
  drawnAt: Nullable(Timestamp),
  input: Json,
  commitment: Json,
  commitmentHash: Type.String(),
  seed: Nullable(Type.String()),
  seedEvidence: Json,
  result: Json,
});
