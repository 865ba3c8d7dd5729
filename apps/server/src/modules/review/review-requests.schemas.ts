import { Type } from '@sinclair/typebox';
import { CASE_FLAGS, DISCRETION_GRADES, REVIEW_POINTS, SANCTIONS } from '@sanxiang/domain';
import { IsoDate, Uuid } from '../../http/typebox.ts';

/**
 * What the legal-review routes take (R-REV-1 … R-REV-9): the queue's filters, proposals, submissions,
 * opinions, disagreement, collective discussion and advisers. What they return is in review.schemas.ts;
 * the catalog's and the adviser pool's bodies are in review-catalog.schemas.ts.
 */

const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ReviewQueueQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('closed')])), overdue: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const CompareRoundsQuery = Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) });

export const ProposalBody = Type.Object(
  {
    step: Type.String({ maxLength: 50, description: '决定环节，如 decide、grant、deny、approve、dispose' }),
    decision: Type.Record(Type.String(), Type.Unknown(), { description: '决定环节的填写内容，即将来作出决定的内容' }),
    caseAmount: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    sanctions: Type.Optional(Type.Array(Lit(SANCTIONS), { maxItems: SANCTIONS.length })),
    flags: Type.Optional(Type.Partial(Type.Record(Lit(Object.keys(CASE_FLAGS) as (keyof typeof CASE_FLAGS)[]), Type.Boolean()))),
    discretion: Type.Optional(
      Type.Union([
        Type.Object(
          {
            violation: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
            grade: Type.Optional(Type.Union([Lit(DISCRETION_GRADES), Type.Null()])),
            baseAmount: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
            reasoning: Type.Optional(Type.String({ maxLength: 5000 })),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const SubmissionBody = Type.Object(
  {
    summary: Type.String({ maxLength: 20000, description: '案件基本情况' }),
    facts: Type.String({ maxLength: 20000, description: '违法事实' }),
    legalBasis: Type.String({ maxLength: 5000, description: '法律依据' }),
    evidence: Type.Optional(
      Type.Array(
        Type.Object(
          { eventSeq: Type.Integer({ minimum: 1 }), proves: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: '证据：本案记录中的音像记录和文书条目；省略时为全部' },
      ),
    ),
    discretionReasoning: Type.Optional(Type.String({ maxLength: 5000 })),
    hearingRecord: Type.Optional(Type.String({ maxLength: 20000 })),
    handlerOpinion: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);

export const OpinionBody = Type.Object(
  {
    materialsSha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: '所审核送审材料的 SHA-256' }),
    answers: Type.Array(
      Type.Object(
        {
          point: Lit(REVIEW_POINTS.map((p) => p.code)),
          result: Type.Union([Type.Literal('pass'), Type.Literal('problem')]),
          comment: Type.Optional(Type.String({ maxLength: 5000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    conclusion: Type.Union([Type.Literal('agree'), Type.Literal('problems')], { description: 'agree 同意 / problems 存在问题' }),
    opinion: Type.String({ maxLength: 20000 }),
  },
  { additionalProperties: false },
);

export const DisagreementBody = Type.Object({ reason: Type.String({ maxLength: 5000 }) }, { additionalProperties: false });

export const DiscussionBody = Type.Object(
  {
    heldOn: IsoDate,
    recorder: Type.String({ maxLength: 50 }),
    participants: Type.Array(
      Type.Object(
        {
          name: Type.String({ maxLength: 50 }),
          post: Type.String({ maxLength: 50 }),
          opinion: Type.String({ maxLength: 5000 }),
          vote: Type.Union([Type.Literal('agree'), Type.Literal('disagree'), Type.Literal('abstain')]),
          userId: Type.Optional(Uuid),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    conclusion: Type.String({ maxLength: 20000 }),
    outcome: Type.Union([Type.Literal('decide-as-proposed'), Type.Literal('revise'), Type.Literal('further-review')], {
      description:
        'decide-as-proposed 按拟作出的决定作出 / revise 退回修改 / further-review 提请再次法制审核（审核未通过时；审核未通过的不得作出决定，行政处罚法第五十八条）',
    }),
  },
  { additionalProperties: false },
);

export const InviteAdviserBody = Type.Object({ adviserId: Uuid }, { additionalProperties: false });

export const AdviceParams = Type.Object({ id: Uuid, adviceId: Uuid });

export const AdviceBody = Type.Object({ opinion: Type.String({ maxLength: 20000 }) }, { additionalProperties: false });
