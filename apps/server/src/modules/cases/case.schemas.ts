import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';

export const PartySchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('person'), Type.Literal('org')], { description: 'person 自然人 / org 单位' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    creditCode: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
    idNumber: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
    legalRep: Type.Optional(Type.Union([Type.String({ maxLength: 50 }), Type.Null()])),
    address: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const OpenCaseBody = Type.Object(
  {
    procedure: Type.String({ minLength: 1, maxLength: 50, description: '执法程序代码，如 penalty-general' }),
    title: Type.String({ minLength: 1, maxLength: 200, description: '案由' }),
    field: Type.String({ minLength: 1, maxLength: 50, description: '执法类别' }),
    regionCode: Type.String({ minLength: 2, maxLength: 12, description: '案件发生地行政区划代码' }),
    party: PartySchema,
    officerIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, description: '承办执法人员，第一位为主办' }),
    unitId: Type.Optional(Uuid),
    inputs: Type.Record(Type.String(), Type.Unknown(), { description: '立案环节的填写内容' }),
  },
  { additionalProperties: false },
);

export const StepBody = Type.Object(
  {
    step: Type.String({ minLength: 1, maxLength: 50 }),
    inputs: Type.Record(Type.String(), Type.Unknown()),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const CaseListQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ maxLength: 50 })),
    procedure: Type.Optional(Type.String({ maxLength: 50 })),
    agencyId: Type.Optional(Uuid),
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    mine: Type.Optional(Type.Boolean({ description: '只列本人承办的案件' })),
    open: Type.Optional(Type.Boolean({ description: 'true 只列未办结的案件，false 只列已归档等终结的案件' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

const Deadline = Type.Object({
  code: Type.String(),
  name: Type.String(),
  basis: Type.String(),
  days: Type.Integer(),
  unit: Type.Union([Type.Literal('working'), Type.Literal('natural')]),
  startedOn: IsoDate,
  dueOn: Type.Union([IsoDate, Type.Null()]),
  metOn: Type.Union([IsoDate, Type.Null()]),
  extended: Type.Boolean(),
  extensions: Type.Integer({ description: '已延长次数' }),
  maxExtensions: Type.Integer({ description: '可延长次数' }),
  pausedDays: Type.Integer({ description: '不计入期限的天数（检测、检验、鉴定等），按期限的计算单位' }),
  state: Type.String({ description: 'running | paused | overdue | met | met-late | unknown' }),
});

const Named = Type.Object({ code: Type.String(), name: Type.String() });

/** An input of a step as the definition declares it: the workbench renders its form from these. */
export const StepInputSchema = Type.Object({
  name: Type.String(),
  label: Type.String(),
  type: Type.Union([
    Type.Literal('text'),
    Type.Literal('longtext'),
    Type.Literal('money'),
    Type.Literal('date'),
    Type.Literal('datetime'),
    Type.Literal('boolean'),
    Type.Literal('choice'),
    Type.Literal('officers'),
    Type.Literal('sanctions'),
  ]),
  required: Type.Boolean(),
  choices: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }))),
  max: Type.Optional(Type.Number()),
  onlyWhen: Type.Optional(
    Type.Object(
      { input: Type.String(), equals: Type.Union([Type.String(), Type.Boolean()]) },
      { description: '只在另一填写项为某值时适用（如邮件号码只用于邮寄送达）；表单只在此时显示' },
    ),
  ),
});

export const Readiness = Type.Object({
  step: Named,
  ready: Type.Boolean({ description: '下列各项是否都已满足' }),
  items: Type.Array(
    Type.Object({
      kind: Type.Union([
        Type.Literal('state'),
        Type.Literal('role'),
        Type.Literal('officer'),
        Type.Literal('recording'),
        Type.Literal('guard'),
        Type.Literal('review'),
      ]),
      met: Type.Boolean(),
      need: Type.String({ description: '需要什么' }),
      problem: Type.Union([Type.String(), Type.Null()], { description: '尚未满足的原因' }),
    }),
  ),
  documents: Type.Array(Type.String(), { description: '本环节制作的文书' }),
  recording: Type.Union([Type.Object({ level: Type.String(), what: Type.String(), present: Type.Integer() }), Type.Null()]),
  proposedDecision: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: '决定环节：法制审核通过的拟作出决定的内容，用于预填决定',
  }),
});

export const CandidatesQuery = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: 50, description: '执法类别' }),
    regionCode: Type.String({ minLength: 2, maxLength: 12, description: '案件发生地行政区划代码' }),
    on: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const Candidates = Type.Array(
  Type.Object({
    userId: Uuid,
    name: Type.String(),
    unitName: Type.Union([Type.String(), Type.Null()]),
    self: Type.Boolean(),
    certificate: Type.Union([
      Type.Object({
        number: Type.String(),
        fields: Type.Array(Type.String()),
        status: Type.String(),
        statusName: Type.String(),
        validTo: IsoDate,
      }),
      Type.Null(),
    ]),
    eligible: Type.Boolean(),
    reason: Type.Union([Type.String(), Type.Null()], { description: '不能承办的原因' }),
  }),
);

export const CaseDetail = Type.Object({
  id: Uuid,
  number: Type.String({ description: '案件编号' }),
  title: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String(), version: Type.String(), kind: Type.String() }),
  rulePack: Type.Object({ id: Type.String(), version: Type.String(), name: Type.String() }),
  agency: Type.Object({ id: Uuid, name: Type.String() }),
  unit: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  field: Type.String(),
  region: Named,
  party: Type.Object({
    id: Uuid,
    kind: Type.String(),
    name: Type.String(),
    creditCode: Type.Union([Type.String(), Type.Null()]),
    idNumber: Type.Union([Type.String(), Type.Null()]),
    legalRep: Type.Union([Type.String(), Type.Null()]),
    address: Type.String(),
    phone: Type.String(),
  }),
  state: Named,
  terminal: Type.Boolean(),
  version: Type.Integer(),
  openedAt: Type.String(),
  updatedAt: Type.String(),
  officers: Type.Array(
    Type.Object({
      userId: Uuid,
      name: Type.String(),
      lead: Type.Boolean(),
      certificate: Type.Union([
        Type.Object({ number: Type.String(), status: Type.String(), statusName: Type.String(), validTo: IsoDate }),
        Type.Null(),
      ]),
    }),
  ),
  history: Type.Array(
    Type.Object({
      step: Type.String(),
      name: Type.String(),
      on: IsoDate,
      actorId: Uuid,
      actorName: Type.String(),
      inputs: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  deadlines: Type.Array(Deadline),
  overdue: Type.Boolean(),
  availableSteps: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      stage: Type.String(),
      inputs: Type.Array(StepInputSchema),
      documents: Type.Array(Type.String()),
      recordings: Type.Array(Type.Object({ level: Type.String(), what: Type.String() })),
    }),
  ),
});

export const CaseSummary = Type.Object({
  id: Uuid,
  number: Type.String(),
  title: Type.String(),
  procedure: Named,
  state: Named,
  agency: Type.Object({ id: Uuid, name: Type.String() }),
  partyName: Type.String(),
  nextDueOn: Type.Union([IsoDate, Type.Null()]),
  overdue: Type.Boolean(),
  openedAt: Type.String(),
  updatedAt: Type.String(),
});

export const CaseList = Type.Object({ items: Type.Array(CaseSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const CaseEvents = Type.Object({
  chainIntact: Type.Boolean(),
  problems: Type.Array(Type.Object({ seq: Type.Integer(), problem: Type.String() })),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      kind: Type.String(),
      step: Type.Union([Type.String(), Type.Null()]),
      fromState: Type.Union([Type.String(), Type.Null()]),
      toState: Type.Union([Type.String(), Type.Null()]),
      actorId: Uuid,
      actorName: Type.String(),
      at: Type.String(),
      inputs: Type.Record(Type.String(), Type.Unknown()),
      prevHash: Type.String(),
      hash: Type.String(),
    }),
  ),
});

/** 音像记录事项清单 (R-REC-3): what the recording-list routes take and return. */

const RecordingLevel = Type.Union([Type.Literal('none'), Type.Literal('record'), Type.Literal('full-process')]);

export const RecordingListView = Type.Array(
  Type.Object({
    procedure: Type.String(),
    procedureName: Type.String(),
    step: Type.String(),
    stepName: Type.String(),
    level: RecordingLevel,
    what: Type.String(),
    defaultLevel: RecordingLevel,
  }),
);

export const RecordingListBody = Type.Object({
  items: Type.Array(
    Type.Object({
      procedure: Type.String({ maxLength: 50 }),
      step: Type.String({ maxLength: 50 }),
      level: RecordingLevel,
      what: Type.String({ maxLength: 200 }),
    }),
    { minItems: 1, maxItems: 500 },
  ),
});

/** R-REC-7: why a record is viewed; a case's own officers may leave it out. */
export const ReasonQuery = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 200, description: '调阅事由（本案承办人员可省略）' })),
});

export const StepTaken = Type.Object({ id: Type.String(), version: Type.Integer(), state: Type.String() });

export const StepParams = Type.Object({ id: Type.String({ format: 'uuid' }), step: Type.String({ minLength: 1, maxLength: 50 }) });
