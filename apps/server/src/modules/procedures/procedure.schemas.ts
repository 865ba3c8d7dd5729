import { Type } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS, STAGES } from '@sanxiang/domain';
import { IsoDate, LiteralUnion as Lit } from '../../http/typebox.ts';

/**
 * The public procedure model (packages/domain/src/procedures/types.ts) and rule packs
 * (packages/domain/src/rules/rule-pack.ts) as response schemas: every field a definition carries
 * is declared, so nothing is dropped on the way out.
 */
const Role = Lit(['officer', 'reviewer', 'head', 'publisher', 'supervisor', 'admin'] as const, {
  description:
    '角色：officer 执法人员，reviewer 法制审核人员，head 机关负责人，publisher 公示管理员，supervisor 监督人员，admin 系统管理员',
});
const LimitKey = Type.String({ description: '规则包中的期限代码，如 penalty.hearingRequestWindow' });
const ThresholdKey = Type.String({ description: '规则包中的阈值代码，如 simple.fineMaxPerson' });
const Equals = Type.Union([Type.String(), Type.Boolean()]);
const Reason = Type.String({ description: '不满足时的中文说明' });
const SanctionFields = Type.Object(
  { sanctions: Type.String(), fine: Type.Optional(Type.String()), confiscation: Type.Optional(Type.String()) },
  { description: '处罚种类字段，以及早先只记录金额的罚款、没收违法所得字段' },
);
const AppliesTo = Type.Optional(Type.Literal('party', { description: '只对当事人在线办理时适用' }));

export const InputDefSchema = Type.Object({
  name: Type.String(),
  label: Type.String({ description: '中文名称，用于表单和错误说明' }),
  type: Lit(['text', 'longtext', 'money', 'date', 'datetime', 'boolean', 'choice', 'officers', 'sanctions'] as const, {
    description: 'sanctions：处罚种类列表，每项 { kind, amount?, days?, detail? }；datetime：北京时间的时刻 YYYY-MM-DDTHH:mm',
  }),
  required: Type.Optional(Type.Boolean({ description: '省略时为必填' })),
  choices: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }))),
  max: Type.Optional(Type.Number({ description: '文本的最大长度；金额的最大值' })),
  onlyWhen: Type.Optional(
    Type.Object(
      { input: Type.String(), equals: Type.Union([Type.String(), Type.Boolean()]) },
      { description: '只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示' },
    ),
  ),
});

const RecordingRequirement = Type.Object({
  level: Lit(['record', 'full-process'] as const, { description: 'record 记录，full-process 全程音像记录' }),
  what: Type.String(),
});

/** Declarative checks the engine evaluates (StepDef.guards); one object per `type`. */
export const GuardSchema = Type.Union(
  [
    Type.Object(
      { type: Type.Literal('maxFineForParty'), input: Type.String(), person: ThresholdKey, org: ThresholdKey },
      { description: '简易程序罚款不超过规则包中对自然人或单位的上限（行政处罚法 §51）' },
    ),
    Type.Object(
      {
        type: Type.Literal('notHeavierThan'),
        input: Type.String(),
        earlier: Type.Object({ step: Type.String(), input: Type.String() }),
        reason: Reason,
      },
      { description: '陈述申辩后不得加重处罚（§62）' },
    ),
    Type.Object(
      {
        type: Type.Literal('sanctionsNotHeavier'),
        fields: SanctionFields,
        notice: Type.Object({ step: Type.String(), fields: SanctionFields }),
        reason: Reason,
      },
      { description: '处罚种类、金额、期限、没收物品和证照均不重于告知书所载（行政处罚法 §45、§62）' },
    ),
    Type.Object(
      { type: Type.Literal('hearingRightFollows'), fields: SanctionFields, input: Type.String(), reason: Reason },
      { description: '拟作出的处罚属于应当告知听证权利的情形时，告知听证权利一项须为是（§63，数额见规则包）' },
    ),
    Type.Object(
      {
        type: Type.Literal('hearingRightGiven'),
        notice: Type.Object({ step: Type.String(), fields: SanctionFields, input: Type.String() }),
        reason: Reason,
        appliesTo: AppliesTo,
      },
      { description: '告知书告知了听证权利，或其所载处罚依法享有听证权利（§63、§64）' },
    ),
    Type.Object(
      { type: Type.Literal('actorNotFrom'), steps: Type.Array(Type.String()), reason: Reason },
      { description: '办理人不得办理过这些环节' },
    ),
    Type.Object({ type: Type.Literal('stepTaken'), step: Type.String(), reason: Reason }, { description: '须已办理某一环节' }),
    Type.Object(
      {
        type: Type.Literal('windowPassed'),
        step: Type.String(),
        limit: LimitKey,
        delivery: Type.Optional(Type.String({ description: '记录该文书送达的环节：期限自当事人收到之日起计算' })),
        unless: Type.Array(Type.String()),
        reason: Reason,
      },
      { description: '某一环节开始的期限须已届满，除非已办理 unless 中的环节' },
    ),
    Type.Object(
      { type: Type.Literal('approvalHeld'), approval: Type.String(), reason: Reason },
      { description: '自本环节上次办理后，机关负责人已在系统中作出批准（approval 环节）' },
    ),
    Type.Object(
      { type: Type.Literal('dateSince'), input: Type.String(), after: Type.String(), reason: Reason },
      { description: '日期须不早于 after 环节办理之日，且不晚于当日' },
    ),
    Type.Object(
      { type: Type.Literal('inputIn'), input: Type.String(), values: Type.Array(Type.String()), reason: Reason },
      { description: '填写项须为所列值之一' },
    ),
    Type.Object(
      { type: Type.Literal('dateNotBefore'), input: Type.String(), limit: LimitKey, reason: Reason },
      { description: '日期填写项不早于办理之日加期限' },
    ),
    Type.Object(
      {
        type: Type.Literal('requiredWhen'),
        input: Type.String(),
        when: Type.Object({ input: Type.String(), equals: Equals }),
        reason: Reason,
      },
      { description: '另一填写项为某值时本项必填' },
    ),
    Type.Object(
      {
        type: Type.Literal('withinWindow'),
        step: Type.String(),
        limit: LimitKey,
        delivery: Type.Optional(Type.String({ description: '记录该文书送达的环节：期限自当事人收到之日起计算' })),
        input: Type.Optional(Type.String()),
        reason: Reason,
        appliesTo: AppliesTo,
      },
      { description: '某一环节开始的期限尚未届满' },
    ),
    Type.Object(
      {
        type: Type.Literal('earlierInputEquals'),
        step: Type.String(),
        input: Type.String(),
        equals: Equals,
        reason: Reason,
        appliesTo: AppliesTo,
      },
      { description: '上一次办理某环节时某填写项为某值' },
    ),
    Type.Object(
      {
        type: Type.Literal('timeSpan'),
        start: Type.String(),
        end: Type.Optional(Type.String()),
        reason: Reason,
      },
      { description: '笔录的起止时刻：结束晚于开始，均不晚于办理之时' },
    ),
    Type.Object(
      {
        type: Type.Literal('stepTakenWhen'),
        step: Type.String(),
        when: Type.Object({ input: Type.String(), equals: Equals }),
        reason: Reason,
      },
      { description: '填写项为某值时须已办理某一环节' },
    ),
    Type.Object(
      {
        type: Type.Literal('requiredIfTaken'),
        input: Type.String(),
        steps: Type.Array(Type.String()),
        since: Type.String(),
        reason: Reason,
      },
      { description: '最近一次办理 since 环节之后办理过所列环节的，须填写该填写项' },
    ),
  ],
  { description: '环节的声明式检查，由执法程序引擎判断' },
);

export const StepDefSchema = Type.Object({
  code: Type.String(),
  name: Type.String({ description: '环节名称，如 立案' }),
  stage: Lit(STAGES),
  from: Type.Array(Type.String(), { description: '可以从哪些状态办理；立案（受理）环节为空' }),
  to: Type.String({ description: '办理后的状态；@same 表示状态不变' }),
  roles: Type.Array(Role),
  officerAct: Type.Optional(Type.Boolean({ description: '须由本案持有效执法证的承办人员办理' })),
  presentOfficers: Type.Optional(Type.Boolean({ description: '须由不少于规定人数的执法人员在场办理（填写项 officers）' })),
  inputs: Type.Array(InputDefSchema),
  documents: Type.Array(Type.String(), { description: '本环节制作或需要的执法文书' }),
  recordings: Type.Array(RecordingRequirement, { description: '本环节须有的音像记录' }),
  guards: Type.Optional(Type.Array(GuardSchema)),
  basis: Type.Optional(Type.String({ description: '法律依据' })),
  evidence: Type.Optional(Type.String({ description: '本环节的记录作为哪一种证据（现场笔录、当事人的陈述……）进入送审材料' })),
  gate: Type.Optional(Type.Literal('legal-review', { description: '决定环节：须经法制审核通过的拟作出的决定' })),
  publish: Type.Optional(Type.Boolean({ description: '办理即作出须公示的执法决定' })),
  via: Type.Optional(Type.Literal('legal-review', { description: '只能由法制审核模块办理' })),
  partyMay: Type.Optional(Type.Boolean({ description: '当事人可凭告知书上的访问码在线办理' })),
});

const StateDef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  terminal: Type.Optional(Type.Boolean()),
  branch: Type.Optional(Type.Boolean({ description: '主线之外的结束方式（不予立案、移送等），到达后才在进度中显示' })),
});

const DeadlineDef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  limit: LimitKey,
  from: Type.String({ description: '开始计算期限的环节' }),
  fromInput: Type.Optional(Type.String({ description: '从该环节填写的日期起算（而非办理之日）' })),
  until: Type.Array(Type.String(), { description: '办理其中任一环节即停止计算' }),
  fromDelivery: Type.Optional(Type.Boolean({ description: '自当事人收到 from 环节送达的文书之日起计算' })),
  extendBy: Type.Optional(
    Type.Object(
      { step: Type.String(), limit: LimitKey, times: Type.Optional(Type.Integer({ minimum: 1 })) },
      { description: '延长期限的环节、延长的期限及可延长次数（默认一次）；须在期限届满前延长' },
    ),
  ),
  pausedBy: Type.Optional(
    Type.Object({ from: Type.String(), until: Type.String() }, { description: '不计入期限的时段：自 from 环节至 until 环节' }),
  ),
});

export const ProcedureDefSchema = Type.Object({
  code: Type.String(),
  version: Type.String(),
  name: Type.String({ description: '如 行政处罚一般程序' }),
  kind: Lit(ENFORCEMENT_KINDS),
  numberWord: Type.String({ description: '案件编号中的类别字，如 罚' }),
  description: Type.String(),
  states: Type.Array(StateDef),
  open: StepDefSchema,
  steps: Type.Array(StepDefSchema),
  deadlines: Type.Array(DeadlineDef),
  minOfficersAtOpening: Type.Optional(Type.Integer({ description: '立案时指派的执法人员人数；省略时为规则包的 officers.min' })),
});

const RuleLimit = Type.Object({
  days: Type.Integer(),
  unit: Lit(['working', 'natural'] as const, { description: 'working 工作日，natural 自然日' }),
  name: Type.String({ description: '如 作出处罚决定期限' }),
  basis: Type.String({ description: '法律依据' }),
});

export const RulePackSchema = Type.Object({
  id: Type.String(),
  version: Type.String(),
  name: Type.String(),
  effectiveFrom: IsoDate,
  effectiveTo: Type.Optional(IsoDate),
  limits: Type.Record(Type.String(), RuleLimit, { description: '法定期限，键为期限代码' }),
  thresholds: Type.Record(Type.String(), Type.Object({ value: Type.Number(), name: Type.String(), basis: Type.String() }), {
    description: '阈值（金额为元），键为阈值代码',
  }),
});

/** What the procedure routes take and list. */

export const ProcedureCodeParams = Type.Object({ code: Type.String({ maxLength: 50 }) });

export const ProcedureListView = Type.Array(
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    version: Type.String(),
    numberWord: Type.String(),
    description: Type.String(),
  }),
);

export const RulePackListView = Type.Array(
  Type.Object({
    id: Type.String(),
    version: Type.String(),
    name: Type.String(),
    effectiveFrom: Type.String(),
    effectiveTo: Type.Union([Type.String(), Type.Null()]),
  }),
);

export const RulePackParams = Type.Object({ id: Type.String({ maxLength: 50 }) });
