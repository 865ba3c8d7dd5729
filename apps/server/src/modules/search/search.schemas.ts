import { Type } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS } from '@sanxiang/domain';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/**
 * 公示 search and one decision (R-PUB-8): the query the read API takes, the public JSON it
 * answers (as search.present.ts builds it), and the types the search works in.
 */

/** newest first (as 公示 registers list), oldest first, or field hits first */
export type SearchSort = 'newest' | 'oldest' | 'relevance';

/** A search as the service takes it: from the read API (validated by SearchQuerySchema) or the search page (checked by the service). */
export interface SearchQuery {
  q?: string | undefined;
  /** 机关统一社会信用代码 */
  agency?: string | undefined;
  kind?: string | undefined;
  /** part of the party's name */
  party?: string | undefined;
  /** the party's 统一社会信用代码 */
  creditCode?: string | undefined;
  /** 文书号, whole or part */
  docNumber?: string | undefined;
  /** 违法行为类型 */
  violation?: string | undefined;
  /** 法律依据: a law's name (with or without 《》 and 中华人民共和国) */
  law?: string | undefined;
  /** one of its articles: 124, 第124条, 第一百二十四条 */
  article?: string | undefined;
  /** 行政区划代码 of the agency's region (6 digits, or 9 for a township); the regions below it too */
  region?: string | undefined;
  /** fine range in 元 */
  fineMin?: number | string | undefined;
  fineMax?: number | string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: SearchSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface SearchHit {
  id: string;
  key: string;
  url: string;
  kind: string;
  docNumber: string;
  title: string;
  partyName: string;
  partyCreditCode: string | null;
  agency: { name: string; creditCode: string };
  violation: string | null;
  decidedOn: string;
  conclusion: string;
  status: string;
  /** a short passage around the first match (plain text) */
  excerpt: string;
  /** 处罚依据 as published */
  basis: string | null;
  /** 罚款金额, 元 */
  fineAmount: number | null;
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  /** exact up to 500; beyond that the planner's estimate */
  total: { value: number; exact: boolean };
  facets: {
    kinds: { value: string; count: number }[];
    agencies: { value: string; name: string; count: number }[];
    violations: { value: string; count: number }[];
    years: { value: string; count: number }[];
    sampled: boolean;
  };
  terms: string[];
  /**
   * Set when the search stopped at its cost cap or statement timeout (issue 23): the items, total
   * and facets cover only the `records` read in date order (up to `through`), and `message` asks
   * in Chinese for a narrower query.
   */
  partial: { reason: 'broad' | 'timeout' | 'busy'; records: number; through: string | null; message: string } | null;
}

const Str = (max: number, description: string) => Type.Optional(Type.String({ maxLength: max, description }));
export const SearchQuerySchema = Type.Object({
  q: Str(100, '关键词（多个以空格分隔，须同时出现；任意两个字以上的子串均可检索）'),
  agency: Str(18, '执法机关统一社会信用代码'),
  kind: Type.Optional(
    Type.Union(
      ENFORCEMENT_KINDS.map((k) => Type.Literal(k)),
      { description: '执法类别' },
    ),
  ),
  party: Str(100, '当事人名称（部分即可）'),
  creditCode: Str(18, '当事人统一社会信用代码'),
  docNumber: Str(100, '文书号（部分即可）'),
  violation: Str(100, '违法行为类型（完整名称）'),
  law: Str(100, '法律依据：法律、法规或规章的名称，如“食品安全法”（可带书名号，可省略“中华人民共和国”）'),
  article: Str(20, '法律依据的条，如“124”或“第一百二十四条”（须同时给出 law）'),
  region: Str(9, '地区：执法机关所在地的行政区划代码（6 位；乡镇 9 位），含其下级地区'),
  fineMin: Type.Optional(Type.Number({ minimum: 0, description: '罚款金额下限（元）' })),
  fineMax: Type.Optional(Type.Number({ minimum: 0, description: '罚款金额上限（元）' })),
  from: Str(10, '决定日期起 YYYY-MM-DD'),
  to: Str(10, '决定日期止 YYYY-MM-DD'),
  sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('newest'), Type.Literal('oldest')])),
  cursor: Str(300, '上一页返回的 nextCursor'),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

/** A decision's permanent key in the path: <机关统一社会信用代码>/<文号>. */
export const DecisionParamsSchema = Type.Object({ credit: Type.String({ maxLength: 18 }), doc: Type.String({ maxLength: 100 }) });

const Status = LiteralUnion(['published', 'corrected', 'withdrawn', 'expired', 'stopped'] as const, {
  description: 'published 已公示，corrected 已更正，withdrawn 已撤下，expired 公示期满，stopped 信用修复后提前停止公示',
});
const Agency = Type.Object({ name: Type.String(), creditCode: Type.String({ description: '统一社会信用代码' }) });
const Facet = Type.Object({ value: Type.String(), count: Type.Integer() });

export const SearchResultSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      key: Type.String({ description: '永久键：<机关统一社会信用代码>/<文号>' }),
      url: Type.String({ description: '公示页面的路径' }),
      kind: Type.String({ description: '执法行为类别' }),
      docNumber: Type.String({ description: '文号' }),
      title: Type.String(),
      partyName: Type.String({ description: '当事人名称（自然人已脱敏）' }),
      partyCreditCode: Nullable(Type.String()),
      agency: Agency,
      violation: Nullable(Type.String({ description: '违法行为类型' })),
      decidedOn: IsoDate,
      conclusion: Type.String({ description: '执法结论' }),
      status: Status,
      excerpt: Type.String({ description: '违法事实中首个命中处前后的摘录（纯文本）' }),
      basis: Nullable(Type.String({ description: '处罚依据（如公示）' })),
      fineAmount: Nullable(Type.Number({ description: '罚款金额（元）' })),
    }),
  ),
  nextCursor: Nullable(Type.String(), { description: '下一页的 cursor；没有下一页为 null' }),
  total: Type.Object({ value: Type.Integer(), exact: Type.Boolean({ description: 'false 时 value 为估计值' }) }),
  facets: Type.Object({
    kinds: Type.Array(Facet, { description: '按执法行为类别' }),
    agencies: Type.Array(
      Type.Object({ value: Type.String({ description: '机关统一社会信用代码' }), name: Type.String(), count: Type.Integer() }),
      { description: '按机关（前 20 个）' },
    ),
    violations: Type.Array(Facet, { description: '按违法行为类型（前 20 个）' }),
    years: Type.Array(Facet, { description: '按决定年份，新的在前' }),
    sampled: Type.Boolean({ description: 'true 时只统计了最新的 500 条' }),
  }),
  terms: Type.Array(Type.String(), { description: '检索词（规范化后）' }),
  partial: Nullable(
    Type.Object({
      reason: Type.Union([Type.Literal('broad'), Type.Literal('timeout'), Type.Literal('busy')], {
        description:
          'broad：条件过宽，完整检索需读取的记录超过上限；timeout：检索用时超过上限；busy：检索繁忙，本次未执行（未检索任何记录），请稍后再试',
      }),
      records: Type.Integer({ description: '按决定日期顺序实际检索的记录数' }),
      through: Nullable(IsoDate, { description: '检索到的最后一条记录的决定日期' }),
      message: Type.String({ description: '说明与缩小检索范围的建议（中文）' }),
    }),
    { description: '不为 null 时结果不完整：只含已检索记录中的命中，请缩小检索范围' },
  ),
});

export const PublicDecisionSchema = Type.Object({
  url: Type.String({ description: '公示页面的路径' }),
  docNumber: Type.String({ description: '文号' }),
  kind: Type.String({ description: '执法行为类别' }),
  agency: Agency,
  status: Status,
  statusReason: Nullable(Type.String({ description: '更正、撤下或停止公示的理由' })),
  statusAt: Nullable(Timestamp),
  decidedOn: IsoDate,
  publicUntil: Nullable(IsoDate, { description: '公示截止期' }),
  version: Type.Integer(),
  history: Type.Array(
    Type.Object({
      version: Nullable(Type.Integer()),
      act: Type.String({ description: '公示、更正、撤下、公示期满……' }),
      on: Timestamp,
      reason: Nullable(Type.String()),
    }),
    { description: '各版本和公示行为，旧的在前' },
  ),
  source: Type.String({ description: 'local 本平台，或推送数据的接入系统名称' }),
  fieldSet: LiteralUnion(['penalty', 'license', 'general'] as const, {
    description: '双公示数据集：penalty 行政处罚，license 行政许可，general 其他执法决定',
  }),
  fields: Nullable(Type.Record(Type.String(), Nullable(Type.String())), {
    description: '双公示数据项，键为数据项代码（CF_*、XK_*、ZF_*）；已撤下、期满或停止公示的为 null',
  }),
  fullText: Nullable(Type.String(), { description: '脱敏后的决定书全文（一般程序行政处罚）；没有全文或已不公示的为 null' }),
});
