import { Type } from '@sinclair/typebox';
import { WITHDRAWAL_GROUNDS, type PublicationState } from '@sanxiang/domain';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** 事后公开 (R-PUB-3 … R-PUB-5): what the publication routes return, as publication.queries.ts builds it. */

export const PublicationStateSchema = LiteralUnion(
  ['pending', 'published', 'withdrawal-pending', 'withdrawn', 'expired', 'stopped'] as const satisfies readonly PublicationState[],
  {
    description: 'pending 待公示，published 已公示，withdrawal-pending 待撤下，withdrawn 已撤下，expired 公示期满，stopped 已提前停止公示',
  },
);

const Ground = LiteralUnion(Object.keys(WITHDRAWAL_GROUNDS), {
  description: Object.entries(WITHDRAWAL_GROUNDS)
    .map(([k, v]) => `${k}=${v}`)
    .join('；'),
});

/** 双公示 data items by field code (CF_*, XK_*, ZF_*); null when the item is empty. */
const FieldValues = Type.Record(Type.String(), Nullable(Type.String()), {
  description: '双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*）',
});

const Confirm = LiteralUnion(['hide', 'publish'] as const, {
  description: '请确认：公示管理员对规则不确定之处的决定：hide 确认隐去，publish 公开（同一文字的每一处均按此决定）',
});

const ManualMark = Type.Object(
  {
    start: Type.Integer(),
    end: Type.Integer(),
    reason: Type.String({ description: '隐去的理由，如 商业秘密；确认时为确认的理由' }),
    confirm: Type.Optional(Confirm),
  },
  { description: '人工标注（字符位置，end 不含），或对待确认之处的决定' },
);

const RedactionSchema = Type.Object({
  start: Type.Integer({ description: '原文中的起始位置' }),
  end: Type.Integer({ description: '原文中的结束位置（不含）' }),
  length: Type.Integer(),
  rule: Type.String({ description: '脱敏规则代码（如 id-number、person-name），人工标注为 manual' }),
  label: Type.String({ description: '隐去的内容类别，如 身份证号码、商业秘密' }),
  replacement: Type.String({ description: '公示文本中的替代文字' }),
  uncertain: Type.Optional(Type.Boolean({ description: '请确认：规则不能确定是否为个人信息，确认前隐去' })),
  confirmed: Type.Optional(Type.Literal('hide', { description: '公示管理员已确认隐去' })),
});

const Unconfirmed = Type.Object(
  {
    count: Type.Integer({ description: '待确认之处的数目（全文与各数据项）；为 0 方可公示' }),
    items: Type.Array(
      Type.Object({
        where: Type.String({ description: 'body 为决定书全文，否则为数据项代码' }),
        whereName: Type.String({ description: '决定书全文或数据项名称' }),
        start: Type.Integer({ description: '在该文本中的起始位置' }),
        end: Type.Integer({ description: '结束位置（不含）' }),
        text: Type.String({ description: '原文文字' }),
        rule: Type.String({ description: '脱敏规则代码' }),
        label: Type.String({ description: '规则名称，如 自然人姓名' }),
      }),
    ),
  },
  { description: '请确认：规则不能确定、尚未决定隐去或公开之处（确认前隐去；尚有待确认的不能公示或更正）' },
);

const KeptMatch = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  rule: Type.String({ description: '匹配到的脱敏规则代码' }),
  why: Type.String({ description: '未隐去的原因' }),
});

const RuleSet = Type.Object(
  { name: Type.String(), version: Type.String(), digest: Type.String({ description: '规则集摘要' }) },
  { description: '所用的脱敏规则集' },
);

export const PublicationListSchema = Type.Object({
  today: IsoDate,
  items: Type.Array(
    Type.Object({
      id: Uuid,
      caseId: Uuid,
      agency: Type.Object({ id: Uuid, name: Type.String(), creditCode: Type.String() }),
      kind: Type.String({ description: '执法行为类别' }),
      docNumber: Type.String({ description: '文号' }),
      title: Type.String(),
      decidedOn: IsoDate,
      dueOn: IsoDate,
      state: PublicationStateSchema,
      stateName: Type.String(),
      version: Type.Integer({ description: '已公示的版本；尚未公示为 0' }),
      publishedOn: Nullable(IsoDate),
      publishedLate: Type.Boolean(),
      publicUntil: Nullable(IsoDate, { description: '公示截止期' }),
      withdrawalDueOn: Nullable(IsoDate, { description: '应撤下的期限' }),
      fullText: Type.Boolean({ description: '须公开决定书全文' }),
      overdue: Type.Boolean({ description: '逾期未公示或逾期未撤下' }),
      url: Nullable(Type.String(), { description: '公示页面的路径；尚未公示为 null' }),
    }),
  ),
});

export const PublicationSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  agencyId: Type.String({ format: 'uuid', description: '作出决定的机关：公示由该机关办理' }),
  kind: Type.String({ description: '执法行为类别' }),
  docNumber: Type.String({ description: '文号' }),
  decidedOn: IsoDate,
  dueOn: IsoDate,
  state: PublicationStateSchema,
  stateName: Type.String(),
  version: Type.Integer({ description: '已公示的版本；尚未公示为 0' }),
  publishedOn: Nullable(IsoDate),
  publicUntil: Nullable(IsoDate, { description: '公示截止期' }),
  withdrawalDueOn: Nullable(IsoDate, { description: '应撤下的期限' }),
  ground: Nullable(
    Type.Object({
      ground: Ground,
      groundOn: IsoDate,
      reason: Type.String(),
      previousState: Type.Optional(PublicationStateSchema),
    }),
    { description: '登记的撤下事由；没有为 null' },
  ),
  fullTextDocument: Nullable(Type.String({ description: '须全文公开的文书种类' })),
  earlyStop: Type.Object(
    {
      allowed: Type.Boolean({ description: '本条公示可否在信用修复后提前停止公示（是否满足具体条件在停止时核验）' }),
      basis: Nullable(Type.String({ description: '允许提前停止公示的规定（如市场监管公示规定第十四条）；不适用为 null' })),
      reason: Nullable(Type.String({ description: '不适用的原因；适用为 null' })),
    },
    { description: '信用修复后提前停止公示：仅本领域公示规定有规定且为行政处罚信息时适用' },
  ),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      fields: FieldValues,
      documentId: Nullable(Uuid, { description: '全文所依据的决定书' }),
      originalSha256: Nullable(Type.String({ description: '决定书原文的 SHA-256' })),
      publishedText: Nullable(Type.String({ description: '公示的全文（脱敏后）' })),
      ruleSet: RuleSet,
      marks: Type.Object(
        {
          body: Type.Array(ManualMark, { description: '全文上的人工标注' }),
          fields: Type.Record(Type.String(), Type.Array(ManualMark), { description: '数据项上的人工标注，键为数据项代码' }),
          corrections: Type.Record(Type.String(), Nullable(Type.String()), { description: '更正的数据项及其更正后的值' }),
        },
        { description: '本版所依据的人工标注和更正' },
      ),
      redactions: Type.Object({
        body: Type.Array(RedactionSchema, { description: '全文中隐去之处' }),
        fields: Type.Record(Type.String(), Type.Array(RedactionSchema), { description: '数据项中隐去之处，键为数据项代码' }),
      }),
      reason: Type.String(),
      approvedBy: Type.String({ description: '审核人；自动公示为“系统（自动公示）”' }),
      approvedAt: Timestamp,
    }),
  ),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      kind: Type.String({
        description:
          '行为：created、published、corrected、ground-recorded、withdrawn、expired、stopped、repair-applied（收到信用修复申请）、repair-refused（不予信用修复）……',
      }),
      at: Timestamp,
      by: Type.String({ description: '办理人；系统办理为“系统”' }),
      details: Type.Record(Type.String(), Type.Unknown(), { description: '行为的内容，因行为而异（已计入摘要值）' }),
      hash: Type.String({ description: '记录的摘要值（hex）' }),
    }),
  ),
});

export const PublicationPreviewSchema = Type.Object({
  id: Uuid,
  docNumber: Type.String({ description: '文号' }),
  state: PublicationStateSchema,
  dueOn: IsoDate,
  fields: Type.Array(
    Type.Object({
      code: Type.String({ description: '数据项代码' }),
      name: Type.String({ description: '数据项名称' }),
      original: Nullable(Type.String()),
      published: Nullable(Type.String()),
    }),
  ),
  fieldRedactions: Type.Record(Type.String(), Type.Array(RedactionSchema), { description: '数据项中隐去之处，键为数据项代码' }),
  original: Nullable(Type.String({ description: '决定书原文（内部）' })),
  published: Nullable(Type.String({ description: '公示的全文' })),
  documentSha256: Nullable(Type.String()),
  redactions: Type.Array(RedactionSchema, { description: '全文中隐去之处' }),
  kept: Type.Array(KeptMatch, { description: '规则匹配到但依规不隐去之处（执法证号、机关电话……）' }),
  ruleSet: RuleSet,
  title: Type.String({ description: '公示标题（脱敏后）' }),
  unconfirmed: Unconfirmed,
});

/** What the publication routes take: the queue's filters, the 公示管理员's acts and the agency's setting. */

export const PublicationListQuery = Type.Object({
  state: Type.Optional(PublicationStateSchema),
  agencyId: Type.Optional(Uuid),
  overdue: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

const Mark = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 }),
    reason: Type.String({ minLength: 1, maxLength: 100 }),
    confirm: Type.Optional(Confirm),
  },
  {
    additionalProperties: false,
    description: '人工标注；带 confirm 时为对一处待确认内容的决定（start/end 须恰为该处），同一文字的每一处均按此决定',
  },
);
const Marks = Type.Array(Mark, { maxItems: 200 });
/** The manual marks a version is derived with, over the full text and by field. */
const VersionFields = {
  marks: Type.Optional(Marks),
  fieldMarks: Type.Optional(Type.Record(Type.String({ maxLength: 20 }), Marks)),
};
const Reason = Type.String({ maxLength: 500 });

/** Preview and publish: the manual marks. */
export const PublicationVersionBody = Type.Object(VersionFields, { additionalProperties: false });

export const CorrectionBody = Type.Object(
  {
    ...VersionFields,
    reason: Reason,
    foundOn: Type.Optional(IsoDate),
    fieldCorrections: Type.Optional(
      Type.Record(Type.String({ maxLength: 20 }), Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    ),
  },
  { additionalProperties: false },
);

export const WithdrawalGroundBody = Type.Object({ ground: Ground, groundOn: IsoDate, reason: Reason }, { additionalProperties: false });

export const WithdrawalBody = Type.Object(
  { ground: Type.Optional(Ground), groundOn: Type.Optional(IsoDate), reason: Type.Optional(Reason) },
  { additionalProperties: false },
);

export const StopBody = Type.Object(
  {
    reason: Reason,
    repairDecision: Type.String({ maxLength: 100 }),
    confirmed: Type.Optional(
      Type.Object(
        {
          harmRemoved: Type.Optional(
            Type.Boolean({ description: '已经主动消除危害后果和不良影响（市场监管公示规定第十四条第一款第二项）' }),
          ),
          notListed: Type.Optional(Type.Boolean({ description: '未在经营异常名录和严重违法失信名单中（第十四条第一款第四项）' })),
        },
        { additionalProperties: false, description: '公示管理员依信用修复决定确认、平台自身无法核实的条件' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const PublicationSettingsBody = Type.Object({ autoPublish: Type.Boolean() }, { additionalProperties: false });

export const PublicationSettingsView = Type.Object({ autoPublish: Type.Boolean() });
