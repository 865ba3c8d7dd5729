import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';

const Count = Type.Integer({ minimum: 0 });

export const AgencyFigures = Type.Object({
  agency: Type.Object({ id: Uuid, name: Type.String(), parentId: Type.Union([Uuid, Type.Null()]), creditCode: Type.String() }),
  cases: Type.Object({
    total: Count,
    open: Count,
    closed: Count,
    overdue: Type.Integer({ minimum: 0, description: '已超过法定期限仍未办结环节的案件' }),
    byState: Type.Array(
      Type.Object({
        procedure: Type.String(),
        procedureName: Type.String(),
        state: Type.String(),
        stateName: Type.String(),
        terminal: Type.Boolean(),
        count: Count,
      }),
    ),
  }),
  reviews: Type.Object({
    pending: Count,
    overdue: Count,
    closed: Count,
    returned: Count,
    overrides: Type.Integer({
      minimum: 0,
      description: '集体讨论未采纳法制审核意见、按拟作出的决定作出的次数（须有法规规章依据，报司法局关注）',
    }),
  }),
  publications: Type.Object({ pending: Count, overdue: Count, published: Count, publishedLate: Count, withdrawalOverdue: Count }),
  staffing: Type.Union([
    Type.Object({
      officers: Count,
      reviewers: Count,
      ratio: Type.Union([Type.Number(), Type.Null()]),
      required: Count,
      flagged: Type.Boolean({ description: '法制审核人员不足执法人员的 5%' }),
      reviewedBy: Type.Union([Type.String(), Type.Null()], { description: '没有本级法制审核机构时，由上级机关审核' }),
    }),
    Type.Null(),
  ]),
  evaluation: Type.Object(
    {
      rounds: Type.Integer({ minimum: 0, description: '已反馈的案卷评查次数' }),
      latest: Type.Union([
        Type.Object({
          roundId: Uuid,
          title: Type.String(),
          mean: Type.Number({ description: '抽中案卷的平均得分' }),
          grade: Type.String(),
          gradeName: Type.String(),
          files: Count,
          failed: Type.Integer({ minimum: 0, description: '不合格案卷数' }),
          replied: Type.Boolean({ description: '是否已作整改说明' }),
        }),
        Type.Null(),
      ]),
    },
    { description: '案卷评查（R-REC-8）：最近一次反馈的结果' },
  ),
});

export const Overview = Type.Object({
  today: IsoDate,
  agencies: Type.Array(AgencyFigures),
  totals: Type.Object({
    cases: Count,
    openCases: Count,
    overdueCases: Count,
    pendingReviews: Count,
    overdueReviews: Count,
    reviewOverrides: Type.Integer({ minimum: 0, description: '集体讨论未采纳法制审核意见的次数（合计）' }),
    pendingPublications: Count,
    overduePublications: Count,
    publishedLate: Count,
    staffingFlagged: Count,
  }),
});
