import { Type } from '@sinclair/typebox';
import type { CreditRepairState } from '@sanxiang/domain';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** 信用修复 applications (issue 22 point 2): what the agency's routes take and return. */

export const CreditRepairStateSchema = LiteralUnion(['pending', 'granted', 'refused'] as const satisfies readonly CreditRepairState[], {
  description: 'pending 待决定，granted 准予（已提前停止公示），refused 不予',
});

export const CreditRepairListQuery = Type.Object({ state: Type.Optional(CreditRepairStateSchema) }, { additionalProperties: false });

const Summary = {
  id: Uuid,
  number: Type.String({ description: '申请编号' }),
  agency: Type.Object({ id: Uuid, name: Type.String() }),
  publicationId: Uuid,
  caseId: Uuid,
  docNumber: Type.String({ description: '行政处罚决定书文号' }),
  decisionTitle: Type.String(),
  partyName: Type.String(),
  applicantName: Type.String(),
  applicantRole: Type.String({ description: '当事人本人、法定代表人（负责人）或委托代理人' }),
  receivedOn: IsoDate,
  dueOn: Type.String({ description: '决定期限（YYYY-MM-DD）' }),
  state: CreditRepairStateSchema,
  stateName: Type.String(),
  overdue: Type.Boolean({ description: '待决定且已超过决定期限' }),
  decidedAt: Nullable(Timestamp),
};

export const CreditRepairSummary = Type.Object(Summary);
export const CreditRepairListView = Type.Object({ today: IsoDate, items: Type.Array(CreditRepairSummary) });

const Check = Type.Object({ condition: Type.String(), message: Type.String(), basis: Type.String() });
const Eligibility = Type.Object({
  eligible: Type.Boolean(),
  refusals: Type.Array(Check, { description: '不能申请或不能准予的情形（公示记录本身显示的）' }),
  toVerify: Type.Array(Check, { description: '执法机关须核实的条件（自觉履行、再次处罚、消除影响、名单）' }),
  from: Nullable(IsoDate, { description: '最早可以提前停止公示的日期' }),
  minimum: Nullable(Type.Object({ months: Type.Integer(), area: Nullable(Type.String()), basis: Type.String() })),
});

export const CreditRepairDetail = Type.Object({
  ...Summary,
  contact: Nullable(Type.String()),
  reasons: Type.String(),
  commitment: Type.String({ description: '申请人接受的守信承诺书' }),
  attachments: Type.Array(
    Type.Object({ index: Type.Integer(), name: Type.String(), mediaType: Type.String(), size: Type.Integer(), sha256: Type.String() }),
  ),
  eligibilityOnReceipt: Type.Unknown({ description: '收到申请时的审查结果' }),
  rules: Type.Object({
    name: Type.String(),
    basis: Type.String(),
    decisionLimit: Nullable(Type.Object({ days: Type.Integer(), unit: Type.String(), name: Type.String(), basis: Type.String() })),
  }),
  publication: Type.Object({
    state: Type.String(),
    publishedOn: Nullable(IsoDate),
    publicUntil: Nullable(IsoDate),
    penalty: Type.String(),
    eligibility: Eligibility,
    performance: Nullable(Type.String({ description: 'paid 自觉履行，enforced 强制执行，none 无需履行；null 案件记录中尚无执行记录' })),
    repeatedBy: Nullable(Type.String({ description: '因同一类违法行为再次受到的行政处罚的文号' })),
  }),
  decision: Nullable(Type.Object({ by: Type.String(), at: Timestamp, reason: Type.String(), confirmed: Type.Unknown() })),
});

export const CreditRepairDecisionBody = Type.Object(
  {
    decision: LiteralUnion(['grant', 'refuse'] as const, { description: 'grant 准予（提前停止公示），refuse 不予' }),
    reason: Type.String({ maxLength: 1000, description: '决定理由；不予的须写明' }),
    confirmed: Type.Optional(
      Type.Object(
        {
          harmRemoved: Type.Optional(Type.Boolean({ description: '已经主动消除危害后果和不良影响（公示规定第十四条第一款第二项）' })),
          notListed: Type.Optional(Type.Boolean({ description: '未在经营异常名录和严重违法失信名单中（第十四条第一款第四项）' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const AttachmentParams = Type.Object({ id: Uuid, index: Type.Integer({ minimum: 0, maximum: 20 }) });
