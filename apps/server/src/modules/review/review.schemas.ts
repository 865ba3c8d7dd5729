import { Type } from '@sinclair/typebox';
import { CASE_FLAGS, DISCRETION_GRADES, PHASE_NAMES, REVIEW_POINTS, SANCTIONS, type CaseFlag, type ReviewPhase } from '@sanxiang/domain';
import { IsoDate, LiteralUnion as Lit, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';
import { Settings } from './review-catalog.schemas.ts';

/**
 * What the legal-review routes return (R-REV-1 … R-REV-10), as review.queries.ts, review.service.ts,
 * review.opinion.ts, review.collective.ts and review-catalog.service.ts build it; the catalog's own schemas
 * are in review-catalog.schemas.ts.
 */

export const Who = Nullable(Type.Object({ id: Uuid, name: Type.String() }));
const Sanction = Lit(SANCTIONS);
const Grade = Lit(DISCRETION_GRADES, { description: '裁量阶次' });

/** A proposal judged against the benchmark of the violation it names (packages/domain DiscretionVerdictCore). */
export const VerdictCoreProperties = {
  violation: Type.Object({ id: Type.String(), name: Type.String(), violatedArticle: Type.String(), penaltyArticle: Type.String() }),
  grade: Nullable(Grade, { description: '所适用（或所符合）的阶次' }),
  ranges: Type.Array(
    Type.Object({
      grade: Grade,
      circumstances: Type.String(),
      range: Type.String({ description: '幅度的文字表述' }),
      sanctions: Type.Array(Sanction),
    }),
    { description: '各阶次的情形和幅度' },
  ),
  fine: Nullable(Type.Number({ description: '拟罚款（元）' })),
  inRange: Type.Boolean({ description: '在裁量基准的幅度内' }),
  reasonRequired: Type.Boolean({ description: '超出幅度，须书面说明理由' }),
  problems: Type.Array(Type.String()),
  message: Type.String(),
};
export const VerdictSchema = Type.Object(VerdictCoreProperties);

/** 类案: one of the agency's decided cases like this one. */
export const SimilarDecisionSchema = Type.Object({
  caseId: Uuid,
  caseNumber: Type.String(),
  title: Type.String(),
  decidedOn: IsoDate,
  violation: Nullable(Type.String({ description: '违法行为代码' })),
  grade: Nullable(Type.String({ description: '裁量阶次' })),
  fineAmount: Nullable(Type.Number({ description: '罚款（元）' })),
  penalty: Type.String({ description: '处罚内容' }),
  facts: Type.String({ description: '违法事实' }),
  similarity: Type.Number({ description: '相似度（0–1）' }),
  sameViolation: Type.Boolean({ description: '同一违法行为' }),
});

/** What the review module keeps with a proposal (the discretion module's hook answers it): the verdict, the benchmarks' version and the 类案. */
export const DiscretionVerdictSchema = Type.Object({
  version: Type.Integer({ description: '裁量基准的版本' }),
  ...VerdictCoreProperties,
  similar: Type.Array(SimilarDecisionSchema),
});

const Point = Lit(
  REVIEW_POINTS.map((p) => p.code),
  { description: REVIEW_POINTS.map((p) => `${p.code} ${p.name}`).join('，') },
);
const Phase = Lit(Object.keys(PHASE_NAMES) as ReviewPhase[], {
  description: Object.entries(PHASE_NAMES)
    .map(([k, v]) => `${k} ${v}`)
    .join('，'),
});
export const RoundStatus = Lit(['pending', 'agreed', 'problems', 'withdrawn'] as const, {
  description: 'pending 审核中，agreed 同意，problems 存在问题（退回），withdrawn 因修改拟作出的决定而撤回',
});
const ClearanceBasis = Lit(['not-required', 'review-passed', 'collective'] as const, {
  description: 'not-required 目录清单未要求审核，review-passed 审核同意，collective 集体讨论决定',
});
const Conclusion = Lit(['agree', 'problems'] as const, { description: 'agree 同意 / problems 存在问题' });
const Outcome = Lit(['decide-as-proposed', 'revise', 'further-review'] as const, {
  description: 'decide-as-proposed 按拟作出的决定作出 / revise 退回修改 / further-review 提请再次法制审核',
});

/** A step input's value as the engine keeps it (packages/domain/src/procedures/engine.ts#normaliseValue). */
const SanctionValue = Type.Object({
  kind: Type.String({ description: '处罚种类，如 罚款、吊销许可证件' }),
  amount: Type.Optional(Type.Number({ description: '金额（元）' })),
  days: Type.Optional(Type.Integer({ description: '期限（日）' })),
  detail: Type.Optional(Type.String({ description: '对象：许可证件、财物、范围' })),
});
const InputValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Array(SanctionValue)], {
  description:
    '填写项的值：文本、日期和选项为字符串，金额为数字，是否为布尔值，执法人员为用户 id 的列表，处罚种类为 { kind, amount, days, detail } 的列表',
});

/** 拟作出的决定 (packages/domain/src/review/proposal.ts DecisionProposal). */
export const ProposalSchema = Type.Object({
  step: Type.String({ description: '决定环节' }),
  decision: Type.Record(Type.String(), InputValue, { description: '决定环节的填写内容，键为填写项（见执法程序定义）' }),
  caseAmount: Nullable(Type.Number({ description: '涉案金额（元）' })),
  sanctions: Type.Array(Sanction, { description: '处罚种类 / 措施' }),
  flags: Type.Partial(Type.Record(Lit(Object.keys(CASE_FLAGS) as CaseFlag[]), Type.Boolean()), {
    description: `情形标记：${Object.entries(CASE_FLAGS)
      .map(([k, v]) => `${k} ${v}`)
      .join('，')}`,
  }),
  discretion: Nullable(
    Type.Object({
      violation: Nullable(Type.String({ description: '裁量基准中的违法行为代码' })),
      grade: Nullable(Lit(DISCRETION_GRADES)),
      baseAmount: Nullable(Type.Number({ description: '倍数罚款的计算基数（元）' })),
      reasoning: Type.String({ description: '裁量说明' }),
    }),
  ),
});

const Evaluation = Type.Object(
  {
    required: Type.Boolean({ description: '目录清单要求法制审核' }),
    collectiveRequired: Type.Optional(Type.Boolean({ description: '须经负责人集体讨论决定（行政处罚法第五十七条第二款）' })),
    fired: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), basis: Type.String(), why: Type.String({ description: '触发的原因' }) }),
    ),
  },
  { description: '按目录清单的判断及触发的规则' },
);

const Change = Type.Object({
  field: Type.String({ description: '如 decision.fineAmount、sanctions' }),
  label: Type.String(),
  before: Type.Unknown({ description: '修改前的值（任意 JSON）' }),
  after: Type.Unknown({ description: '修改后的值（任意 JSON）' }),
});

const Finding = Type.Object({ point: Point, ok: Type.Boolean(), message: Type.String() }, { description: '系统预审的结果' });

const Answer = Type.Object({ point: Point, result: Lit(['pass', 'problem'] as const), comment: Type.String() });

/** 送审材料, frozen and hashed at submission (review.service.ts#submitForReview). */
const Materials = Type.Object({
  case: Type.Object({ number: Type.String(), title: Type.String(), party: Type.String() }),
  summary: Type.String({ description: '案件基本情况' }),
  facts: Type.String({ description: '违法事实' }),
  legalBasis: Type.String({ description: '法律依据' }),
  evidence: Type.Array(
    Type.Object({
      eventSeq: Type.Integer({ description: '案件记录的序号' }),
      kind: Type.String({ description: '证据种类' }),
      title: Type.String(),
      entrySha256: Type.String({ description: '记录的摘要值（hex）' }),
      proves: Type.String({ description: '证明的内容' }),
    }),
  ),
  proposal: Type.Object({ version: Type.Integer(), sha256: Type.String(), content: ProposalSchema }),
  discretion: Type.Object({ reasoning: Type.String({ description: '裁量说明' }), benchmark: Nullable(DiscretionVerdictSchema) }),
  hearing: Nullable(Type.String({ description: '听证笔录和听证报告；未听证为 null' })),
  handlerOpinion: Type.String({ description: '承办人意见' }),
});

const Participant = Type.Object({
  name: Type.String(),
  post: Type.String({ description: '职务' }),
  opinion: Type.String(),
  vote: Lit(['agree', 'disagree', 'abstain'] as const),
  userId: Type.Optional(Uuid),
});
const Votes = Type.Object({ agree: Type.Integer(), disagree: Type.Integer(), abstain: Type.Integer() });
const Override = Nullable(
  Type.Object({
    opinionId: Uuid,
    round: Type.Integer(),
    reviewerId: Uuid,
    reviewerName: Type.String(),
    chairId: Uuid,
    chairName: Type.String(),
    proposalVersion: Type.Integer(),
    basis: Type.Optional(Type.String({ description: '本机关目录清单所列、允许不采纳审核意见的法规规章条款' })),
  }),
  { description: '集体讨论未采纳审核意见（按拟作出的决定作出而审核认为存在问题）时的记录；否则为 null' },
);

export const DecisionSchema = Nullable(
  Type.Object({
    step: Type.String(),
    stepName: Type.String(),
    by: Who,
    at: Timestamp,
    eventSeq: Type.Integer(),
    review: Nullable(Type.Object({ clearanceId: Uuid, proposalVersion: Type.Integer(), proposalSha256: Type.String() }), {
      description: '决定所依据的审核结论与拟作出的决定的版本',
    }),
  }),
  { description: '作出的决定；尚未作出为 null' },
);

export const TraceSchema = Type.Array(
  Type.Object({ at: Timestamp, act: Type.String(), who: Who, proposalVersion: Type.Integer(), detail: Type.String() }),
);

export const CaseReviewSchema = Type.Object({
  caseId: Uuid,
  caseNumber: Type.String(),
  phase: Phase,
  phaseName: Type.String(),
  catalogVersion: Type.Integer({ description: '本机关目录清单的现行版本' }),
  settings: Settings,
  required: Nullable(Type.Boolean(), { description: '最新一版是否须法制审核；尚无拟作出的决定为 null' }),
  clearance: Nullable(
    Type.Object({
      id: Uuid,
      basis: ClearanceBasis,
      basisName: Type.String({ description: '如「法制审核通过」' }),
      proposalVersion: Type.Integer(),
    }),
    { description: '最新一版的审核结论；没有为 null' },
  ),
  proposals: Type.Array(
    Type.Object({
      version: Type.Integer(),
      proposalSha256: Type.String(),
      proposal: ProposalSchema,
      catalogVersion: Type.Integer(),
      evaluation: Evaluation,
      discretion: Nullable(DiscretionVerdictSchema, { description: '裁量基准的判断；未引用裁量基准为 null' }),
      changes: Type.Array(Change, { description: '与上一版相比的修改' }),
      by: Who,
      at: Timestamp,
    }),
  ),
  rounds: Type.Array(
    Type.Object({
      round: Type.Integer(),
      proposalVersion: Type.Integer(),
      materialsSha256: Type.String(),
      materials: Materials,
      prechecks: Type.Array(Finding),
      submittedBy: Who,
      submittedAt: Timestamp,
      dueOn: Nullable(IsoDate),
      overdue: Type.Boolean(),
      remind: Type.Boolean(),
      status: RoundStatus,
      disagreed: Type.Boolean({ description: '承办人有异议，提请集体讨论' }),
      disagreement: Nullable(Type.String({ description: '异议理由' })),
      advisers: Type.Array(
        Type.Object({ id: Uuid, name: Type.String(), kind: Type.String(), organisation: Type.String(), opinion: Nullable(Type.String()) }),
      ),
      opinion: Nullable(
        Type.Object({
          id: Uuid,
          reviewer: Who,
          materialsSha256: Type.String(),
          answers: Type.Array(Answer),
          conclusion: Conclusion,
          conclusionName: Type.String(),
          opinion: Type.String(),
          documentId: Nullable(Uuid, { description: '法制审核意见书' }),
          at: Timestamp,
        }),
      ),
    }),
  ),
  discussions: Type.Array(
    Type.Object({
      id: Uuid,
      proposalVersion: Type.Integer(),
      heldOn: IsoDate,
      chair: Who,
      participants: Type.Array(Participant),
      votes: Votes,
      conclusion: Type.String(),
      outcome: Outcome,
      override: Override,
      documentId: Nullable(Uuid, { description: '集体讨论记录' }),
      at: Timestamp,
    }),
  ),
  clearances: Type.Array(Type.Object({ id: Uuid, proposalVersion: Type.Integer(), basis: ClearanceBasis, at: Timestamp })),
  decision: DecisionSchema,
  trace: TraceSchema,
});

export const CompareSchema = Type.Object({
  from: Type.Object({ round: Type.Integer(), proposalVersion: Type.Integer() }),
  to: Type.Object({ round: Type.Integer(), proposalVersion: Type.Integer() }),
  proposalChanges: Type.Array(Change),
  materialChanges: Type.Array(
    Type.Object({ field: Type.String({ description: '送审材料的项目' }), before: Type.Unknown(), after: Type.Unknown() }),
  ),
});

export const ProposedSchema = Type.Object({
  version: Type.Integer(),
  proposalSha256: Type.String(),
  catalogVersion: Type.Integer(),
  evaluation: Evaluation,
  discretion: Nullable(DiscretionVerdictSchema, { description: '裁量基准的判断；未引用裁量基准为 null' }),
  changes: Type.Array(Change),
});

export const SubmittedSchema = Type.Object({
  id: Uuid,
  round: Type.Integer(),
  proposalVersion: Type.Integer(),
  materialsSha256: Type.String(),
  dueOn: Nullable(IsoDate, { description: '审核期限；工作日历缺年份时为 null' }),
  findings: Type.Array(Finding),
});

/** A 文书 the review filed in the case (documents module's DocumentView). */
const FiledDocument = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.String(),
  title: Type.String(),
  number: Type.Union([Type.String(), Type.Null()]),
  contentSha256: Type.String(),
  pdfSha256: Type.Union([Type.String(), Type.Null()], { description: '文书记入案卷后随即生成 PDF 与 Word，生成前为 null' }),
  docxSha256: Type.Union([Type.String(), Type.Null()]),
  seal: Type.Object({ algorithm: Type.String(), keyId: Type.String(), signature: Type.String() }),
  issuedAt: Timestamp,
  eventSeq: Type.Integer(),
});

export const OpinionGivenSchema = Type.Object({
  id: Uuid,
  round: Type.Integer(),
  conclusion: Conclusion,
  conclusionName: Type.String(),
  document: FiledDocument,
});

export const DisagreementSchema = Type.Object({ round: Type.Integer(), phase: Phase });

export const DiscussionHeldSchema = Type.Object({
  id: Uuid,
  proposalVersion: Type.Integer(),
  outcome: Outcome,
  votes: Votes,
  override: Override,
  document: FiledDocument,
});

export const AdviserInvitedSchema = Type.Object({
  id: Uuid,
  round: Type.Integer(),
  adviser: Type.Object({ id: Uuid, name: Type.String(), kind: Type.String(), organisation: Type.String() }),
});

export const AdviceRecordedSchema = Type.Object({
  id: Uuid,
  round: Type.Integer(),
  adviser: Type.String({ description: '法律顾问、公职律师的姓名' }),
  opinion: Type.String(),
});

/** 责任追溯 of a case (as JSON; a browser gets the same as a page). */
export const TraceView = Type.Object({
  caseId: Uuid,
  caseNumber: Type.String(),
  phaseName: Type.String(),
  decision: DecisionSchema,
  trace: TraceSchema,
});
