import { Type } from '@sinclair/typebox';
import { IsoDate, LiteralUnion, Nullable } from '../../http/typebox.ts';

/** A party's public profile (issue 22 point 1): its JSON, the same data as its page. */

export const PartyParamsSchema = Type.Object({ credit: Type.String({ minLength: 1, maxLength: 18, description: '统一社会信用代码' }) });

const State = LiteralUnion(['public', 'ended', 'withdrawn', 'repaired'] as const, {
  description: 'public 公示中，ended 已届满（公示期满），withdrawn 已撤下，repaired 已修复（信用修复后提前停止公示）',
});

export const PartyProfileSchema = Type.Object({
  creditCode: Type.String({ description: '统一社会信用代码' }),
  name: Type.String({ description: '最新一项决定公示的当事人名称' }),
  otherNames: Type.Array(Type.String(), { description: '其他决定中公示的名称（如更名前的名称）' }),
  counts: Type.Object({ public: Type.Integer(), ended: Type.Integer(), withdrawn: Type.Integer(), repaired: Type.Integer() }),
  truncated: Type.Boolean({ description: '决定超过 500 项时只列出最新的 500 项' }),
  decisions: Type.Array(
    Type.Object({
      agency: Type.Object({ name: Type.String(), creditCode: Type.String() }),
      kind: Type.String({ description: '执法行为类别，如 行政处罚、行政许可' }),
      docNumber: Type.String(),
      title: Type.String(),
      partyName: Type.String(),
      decidedOn: IsoDate,
      publishedOn: IsoDate,
      publicUntil: Nullable(IsoDate),
      state: State,
      stateName: Type.String(),
      corrected: Type.Boolean(),
      endedOn: Nullable(IsoDate),
      reason: Nullable(Type.String()),
      url: Type.String({ description: '决定页面的路径' }),
    }),
  ),
  url: Type.String({ description: '当事人页面的路径' }),
});
