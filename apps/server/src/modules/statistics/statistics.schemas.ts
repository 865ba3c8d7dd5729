import { Type } from '@sinclair/typebox';
import { ENFORCEMENT_KINDS } from '@sanxiang/domain';
import { AnalysisView } from './analysis.schemas.ts';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** 行政执法统计 (R-PUB-7): the figures (packages/domain/src/statistics/report.ts) and the reporting views. */

const Count = Type.Integer({ minimum: 0 });
const Yuan = (description: string) => Type.Number({ description });

export const StatisticsReportSchema = Type.Object({
  period: Type.Object({
    year: Type.Integer(),
    quarter: Nullable(Type.Integer({ minimum: 1, maximum: 4 }), { description: '季度；年度统计为 null' }),
    from: IsoDate,
    to: IsoDate,
  }),
  kinds: Type.Array(
    Type.Object({
      kind: LiteralUnion(ENFORCEMENT_KINDS, { description: '执法行为类别' }),
      opened: Count,
      decided: Count,
      results: Type.Record(Type.String(), Count, { description: '按决定结果（如 给予行政处罚、不予行政处罚、准予许可）的件数' }),
    }),
    { description: '各执法行为类别的立案、决定件数（只列有数的类别）' },
  ),
  totals: Type.Object({
    opened: Count,
    decided: Count,
    fines: Yuan('罚款金额（元）'),
    confiscations: Yuan('没收违法所得金额（元）'),
  }),
  hearings: Type.Object({ requested: Count, held: Count }),
  reviews: Type.Object({
    submitted: Type.Integer({ minimum: 0, description: '提交法制审核的轮次' }),
    passed: Count,
    passedFirstTime: Type.Integer({ minimum: 0, description: '第一轮即通过' }),
    returned: Count,
    collective: Type.Integer({ minimum: 0, description: '集体讨论次数' }),
    overrides: Type.Integer({ minimum: 0, description: '集体讨论未采纳审核意见的次数' }),
  }),
  publications: Type.Object({
    due: Type.Integer({ minimum: 0, description: '应公示的执法决定' }),
    onTime: Count,
    late: Count,
    overdue: Type.Integer({ minimum: 0, description: '逾期尚未公示' }),
    corrected: Count,
    withdrawn: Count,
    rate: Nullable(Type.Number({ description: '公示率（%，一位小数）' }), { description: '没有应公示的决定时为 null' }),
  }),
  quarters: Type.Array(
    Type.Object({ quarter: Type.Integer({ minimum: 1, maximum: 4 }), opened: Count, decided: Count, fines: Yuan('罚款金额（元）') }),
    { description: '年度统计的各季度；季度统计为空' },
  ),
});

const Deadlines = Type.Object({
  reportBy: IsoDate,
  publishBy: IsoDate,
  calendarKnown: Type.Boolean({ description: '次年的节假日安排已导入（否则为未顺延的日期）' }),
});

const Act = Nullable(
  Type.Object({
    at: Timestamp,
    by: Type.String({ description: '办理人' }),
    dueOn: IsoDate,
    late: Type.Boolean(),
    sha256: Type.String({ description: '所固定统计数据的 SHA-256' }),
  }),
  { description: '最近一次；尚未办理为 null' },
);

export const AnnualReportSchema = Type.Object({
  agencyId: Uuid,
  year: Type.Integer(),
  figures: StatisticsReportSchema,
  analysis: AnalysisView,
  deadlines: Deadlines,
  reported: Act,
  published: Act,
});

export const ReportingStatusSchema = Type.Object({
  year: Type.Integer(),
  deadlines: Deadlines,
  agencies: Type.Array(
    Type.Object({
      agency: Type.Object({ id: Uuid, name: Type.String(), creditCode: Type.String() }),
      reported: Act,
      published: Act,
      reportOverdue: Type.Boolean(),
      publishOverdue: Type.Boolean(),
      totals: StatisticsReportSchema.properties.totals,
    }),
  ),
  region: Type.Object(
    { opened: Count, decided: Count, fines: Yuan('罚款金额（元）'), confiscations: Yuan('没收违法所得金额（元）') },
    { description: '辖区合计' },
  ),
});

/** What the statistics routes take: the agency, the year and the quarter. */

const Year = Type.Integer({ minimum: 2000, maximum: 2100, description: '年份' });

export const AgencyYearParams = Type.Object({ id: Uuid, year: Year });

export const AgencyQuarterParams = Type.Object({ id: Uuid, year: Year, quarter: Type.Integer({ minimum: 1, maximum: 4 }) });

export const YearParams = Type.Object({ year: Year });
