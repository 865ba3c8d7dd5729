import { Type } from '@sinclair/typebox';
import { ROSTER_CODES } from '@sanxiang/domain';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** Requests and responses of the 双随机、一公开 routes (R-X-2, R-PUB-6), exactly as draw.service.ts builds them. */

const RosterCode = LiteralUnion(ROSTER_CODES, { description: 'targets 检查对象名录库，inspectors 执法检查人员名录库，conflicts 回避关系' });

export const RosterParams = Type.Object({ id: Uuid, roster: RosterCode });
export const AgencyParams = Type.Object({ id: Uuid });
export const PlanParams = Type.Object({ id: Uuid, planId: Uuid });
export const PublicDrawParams = Type.Object({ planId: Uuid });

export const RosterBody = Type.Object({
  rows: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 20000, description: '各行，键为列代码' }),
  note: Type.String({ maxLength: 500, description: '本次更新说明' }),
});
export const RosterImportQuery = Type.Object({ note: Type.String({ minLength: 1, maxLength: 500, description: '本次更新说明' }) });

export const RosterView = Type.Object({
  roster: RosterCode,
  name: Type.String(),
  agencyId: Uuid,
  version: Type.Integer({ description: '现行版本；尚无为 0' }),
  rows: Type.Array(Type.Record(Type.String(), Type.String())),
  note: Type.String(),
  at: Nullable(Timestamp),
  by: Nullable(Type.String()),
});

const Sample = Type.Union([
  Type.Object({ kind: Type.Literal('count'), count: Type.Integer({ minimum: 1, maximum: 100000, description: '抽取户数' }) }),
  Type.Object({ kind: Type.Literal('ratio'), percent: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: '抽查比例（%）' }) }),
]);

export const PlanBody = Type.Object({
  itemCode: Type.String({ minLength: 1, maxLength: 40, description: '随机抽查事项清单中的抽查事项编码' }),
  field: Type.String({ minLength: 1, maxLength: 50, description: '执法类别：抽中的执法证须涵盖' }),
  targetCategory: Nullable(Type.String({ maxLength: 50 }), { description: '只从该类别的检查对象中抽取；null 为全部' }),
  sample: Sample,
  inspectorsPerTarget: Type.Integer({ minimum: 2, maximum: 10, description: '每户抽取的执法检查人员数（至少 2 名）' }),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  plannedOn: IsoDate,
});

export const PlanView = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  item: Type.Object({ code: Type.String(), name: Type.String() }),
  field: Type.String(),
  targetCategory: Nullable(Type.String()),
  sample: Sample,
  inspectorsPerTarget: Type.Integer(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  plannedOn: IsoDate,
  state: LiteralUnion(['planned', 'committed', 'drawn'] as const, {
    description: 'planned 已制定，committed 已公布承诺（等待种子），drawn 已抽取',
  }),
  commitmentHash: Nullable(Type.String({ description: '承诺哈希（SHA-256）' })),
  seedTreeSize: Nullable(Type.Integer({ description: '种子：本机关账本达到该条数时的根哈希' })),
  seed: Nullable(Type.String()),
  createdAt: Timestamp,
  committedAt: Nullable(Timestamp),
  drawnAt: Nullable(Timestamp),
  ledger: Nullable(Type.Object({ size: Type.Integer(), checkpointSize: Nullable(Type.Integer()) }), {
    description: '等待种子时账本的现状',
  }),
  counts: Nullable(Type.Object({ targets: Type.Integer(), inspectors: Type.Integer() }), { description: '冻结的名录库规模' }),
  targets: Type.Array(
    Type.Object({
      position: Type.Integer(),
      code: Type.String(),
      name: Type.String(),
      inspectors: Type.Array(Type.Object({ certificate: Type.String(), name: Type.String() })),
      caseId: Nullable(Uuid),
      caseNumber: Nullable(Type.String()),
      caseState: Nullable(Type.String()),
    }),
  ),
  publicUrl: Type.String({ description: '公示页面' }),
});
export const PlanListView = Type.Array(PlanView);

/** The published record: free-form JSON checked by `sanxiang draw verify` (its shape is the domain's PublishedDraw). */
export const PublicDrawRecordSchema = Type.Object(
  {
    format: Type.String(),
    id: Uuid,
    agency: Type.Object({ name: Type.String(), creditCode: Type.String() }),
    state: Type.String(),
    committedAt: Timestamp,
    drawnAt: Nullable(Timestamp),
    input: Type.Unknown(),
    commitment: Type.Unknown(),
    commitmentHash: Type.String(),
    seed: Nullable(Type.String()),
    seedEvidence: Type.Unknown(),
    result: Type.Unknown(),
  },
  { additionalProperties: false },
);
