import { Type } from '@sinclair/typebox';
import { AMOUNT_FACETS, CASE_FLAGS, ENFORCEMENT_KINDS, SANCTIONS, type AmountFacet, type CaseFlag } from '@sanxiang/domain';
import { LiteralUnion as Lit, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/**
 * The 重大执法决定目录清单 as the catalog routes send and take it (review-catalog.service.ts builds it):
 * the rules' conditions, the review settings, the current catalog of an agency and its versions.
 */

const Sanction = Lit(SANCTIONS);
/** A catalog rule's condition; what a stored condition carries besides these is sent back as it is. */
const open = { additionalProperties: true } as const;
const CatalogCondition = Type.Union(
  [
    Type.Object(
      { type: Type.Literal('procedure'), procedures: Type.Array(Type.String(), { description: '执法程序代码' }) },
      { ...open, description: '这些执法程序的决定' },
    ),
    Type.Object(
      { type: Type.Literal('kind'), kinds: Type.Array(Lit(ENFORCEMENT_KINDS)) },
      { ...open, description: '这些执法行为类别的决定' },
    ),
    Type.Object(
      {
        type: Type.Literal('amountAtLeast'),
        facet: Lit(Object.keys(AMOUNT_FACETS) as AmountFacet[], {
          description: Object.entries(AMOUNT_FACETS)
            .map(([k, v]) => `${k} ${v}`)
            .join('，'),
        }),
        org: Type.Number({ description: '标准（元）；对自然人另有标准时为对单位的标准' }),
        person: Type.Optional(Type.Number({ description: '对自然人的标准（元）' })),
      },
      { ...open, description: '金额达到标准' },
    ),
    Type.Object({ type: Type.Literal('sanction'), sanctions: Type.Array(Sanction) }, { ...open, description: '拟作出所列处罚之一' }),
    Type.Object({ type: Type.Literal('hearingHeld') }, { ...open, description: '本案举行了听证' }),
    Type.Object(
      {
        type: Type.Literal('flag'),
        flag: Lit(Object.keys(CASE_FLAGS) as CaseFlag[], {
          description: Object.entries(CASE_FLAGS)
            .map(([k, v]) => `${k} ${v}`)
            .join('，'),
        }),
      },
      { ...open, description: '承办人标明的情形' },
    ),
  ],
  { description: '规则的条件' },
);

/** The review settings (审核期限, 提醒, 轮次上限). */
export const Settings = Type.Object({
  reviewDays: Type.Integer({ description: '审核期限（工作日）' }),
  remindDays: Type.Integer({ description: '到期前几个工作日提醒' }),
  maxRounds: Type.Integer({ description: '退回达到此轮次后须集体讨论' }),
  overrideBasis: Type.Optional(
    Type.Union([Type.String(), Type.Null()], {
      description:
        '允许集体讨论不采纳法制审核意见、按拟作出的决定作出的地方性法规或规章条款；未设置时依行政处罚法第五十八条，审核未通过的不得作出决定',
    }),
  ),
});

export const CatalogSchema = Type.Object({
  rules: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      condition: CatalogCondition,
      basis: Type.String({ description: '依据' }),
      collective: Type.Optional(
        Type.Boolean({ description: '情节复杂或者重大违法行为：须经负责人集体讨论决定（行政处罚法第五十七条第二款）' }),
      ),
    }),
  ),
  settings: Settings,
});

export const CatalogViewSchema = Type.Object({
  agencyId: Uuid,
  version: Type.Integer({ description: '现行版本；尚未制定（使用内置目录清单）为 0' }),
  inheritedFrom: Nullable(Uuid, { description: '沿用上级机关的目录清单时，为该机关' }),
  catalog: CatalogSchema,
  history: Type.Array(Type.Object({ version: Type.Integer(), note: Type.String(), by: Type.String(), at: Timestamp }), {
    description: '本机关自己的各版本，新的在前',
  }),
});

export const CatalogVersionSchema = Type.Object({
  agencyId: Uuid,
  version: Type.Integer(),
  catalog: CatalogSchema,
  note: Type.String(),
  at: Timestamp,
});

/** A new version of the catalog as the PUT route takes it: rules (conditions checked by the service), settings and a note. */
const CatalogInput = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          id: Type.String({ maxLength: 40 }),
          name: Type.String({ maxLength: 100 }),
          condition: Type.Object({ type: Type.String({ maxLength: 30 }) }, { additionalProperties: true }),
          basis: Type.String({ maxLength: 500 }),
          collective: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    settings: Type.Object(
      {
        reviewDays: Type.Integer(),
        remindDays: Type.Integer(),
        maxRounds: Type.Integer(),
        overrideBasis: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, description: '法制审核目录清单：规则与审核期限、提醒、退回轮次上限' },
);

export const CatalogBody = Type.Object({ catalog: CatalogInput, note: Type.String({ maxLength: 500 }) }, { additionalProperties: false });

export const CatalogVersionParams = Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1 }) });

/** A 法律顾问 or 公职律师 added to the adviser pool (advisers are kept with the catalog's service). */
export const AdviserBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('counsel'), Type.Literal('public-lawyer')]),
    name: Type.String({ minLength: 1, maxLength: 50 }),
    organisation: Type.String({ minLength: 1, maxLength: 100 }),
    specialties: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }),
    phone: Type.String({ maxLength: 30 }),
  },
  { additionalProperties: false },
);
