import { Type } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS } from '@sanxiang/domain';
import { LiteralUnion, Nullable, Uuid } from '../../http/typebox.ts';

/** 统计分析 (R-X-3): the filter, the figures and the breakdowns (modules/statistics/analysis.service.ts). */

const Count = Type.Integer({ minimum: 0 });
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

export const AnalysisQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ maxLength: 7, description: '起始月份 YYYY-MM（默认本年 1 月）' })),
    to: Type.Optional(Type.String({ maxLength: 7, description: '结束月份 YYYY-MM（含；默认本月）' })),
    agencyId: Type.Optional(Uuid),
    kind: Type.Optional(LiteralUnion(ENFORCEMENT_KINDS, { description: '执法行为类别' })),
  },
  { additionalProperties: false },
);

export const ANALYSIS_FIGURES = ['agency', 'unit', 'kind', 'field', 'violation', 'region', 'month', 'hour', 'all'] as const;

export const AnalysisExportQuery = Type.Object(
  {
    ...AnalysisQuery.properties,
    figure: LiteralUnion(ANALYSIS_FIGURES, {
      description: '导出哪一项：agency unit kind field violation region month hour，all 为全部（每项一个工作表）',
    }),
  },
  { additionalProperties: false },
);

export const Measures = Type.Object({
  opened: Type.Integer({ minimum: 0, description: '立案（受理）件数' }),
  decided: Type.Integer({ minimum: 0, description: '作出执法决定件数' }),
  fines: Type.Number({ description: '罚款金额（元）' }),
  confiscations: Type.Number({ description: '没收违法所得金额（元）' }),
  reviews: Type.Integer({ minimum: 0, description: '提交法制审核次数' }),
  returns: Type.Integer({ minimum: 0, description: '法制审核退回次数' }),
});

const Row = Type.Intersect([
  Type.Object({
    key: Type.String({ description: '分组的值：机关、机构 id，执法行为类别，执法类别，案由，行政区划代码或月份' }),
    label: Type.String({ description: '显示名称' }),
    agencyName: Type.Optional(Type.String({ description: '按承办机构时，所属机关' })),
  }),
  Measures,
]);

export const AnalysisView = Type.Object({
  period: Type.Object({ from: Month, to: Month }),
  previous: Type.Object({ from: Month, to: Month }),
  filter: Type.Object({ agencyId: Nullable(Uuid), kind: Nullable(Type.String()) }),
  totals: Measures,
  previousTotals: Measures,
  change: Type.Object(
    {
      opened: Nullable(Type.Number()),
      decided: Nullable(Type.Number()),
      fines: Nullable(Type.Number()),
      reviews: Nullable(Type.Number()),
      returns: Nullable(Type.Number()),
    },
    { description: '与上一同长期间相比的增减（%，一位小数）；上期为 0 时为 null' },
  ),
  returnRate: Nullable(Type.Number({ description: '审核退回率（%）' })),
  byAgency: Type.Array(Row),
  byUnit: Type.Array(Row),
  byKind: Type.Array(Row),
  byField: Type.Array(Row),
  byViolation: Type.Array(Row, { description: '案由（按立案件数，前 30 项；其余合为“其他”）' }),
  byRegion: Type.Array(Row),
  months: Type.Array(Row, { description: '期间内每月（无数据的月份为 0）' }),
  weekdayHours: Type.Array(
    Type.Object({
      weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 = 星期一' }),
      hour: Type.Integer({ minimum: 0, maximum: 23 }),
      steps: Count,
    }),
    { description: '办理环节按星期和时段（北京时间）的件数' },
  ),
});
