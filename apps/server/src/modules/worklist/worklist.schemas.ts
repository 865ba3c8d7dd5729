import { Type } from '@sinclair/typebox';
import { IsoDate, RoleSchema, Uuid } from '../../http/typebox.ts';

export const DueStateSchema = Type.Union([Type.Literal('overdue'), Type.Literal('soon'), Type.Literal('normal')], {
  description: 'overdue 逾期；soon 临期（3 个工作日内到期）；normal 正常',
});

export const WorkItem = Type.Object({
  kind: Type.Union(
    [
      Type.Literal('case'),
      Type.Literal('approval'),
      Type.Literal('review'),
      Type.Literal('publication'),
      Type.Literal('withdrawal'),
      Type.Literal('complaint'),
    ],
    {
      description:
        'case 承办的案件；approval 待负责人审批；review 待法制审核；publication 待公示；withdrawal 待撤下；complaint 待答复或待指派的投诉举报',
    },
  ),
  role: RoleSchema,
  caseId: Type.Union([Uuid, Type.Null()]),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  partyName: Type.Union([Type.String(), Type.Null()]),
  procedureName: Type.Union([Type.String(), Type.Null()]),
  stateName: Type.Union([Type.String(), Type.Null()]),
  what: Type.String({ description: '等待什么，如「待承办人办理：调查终结」' }),
  mine: Type.Boolean({ description: '是否等待本人办理（否则仅供了解进度）' }),
  dueOn: Type.Union([IsoDate, Type.Null()]),
  dueState: Type.Union([DueStateSchema, Type.Null()]),
  target: Type.Object({
    kind: Type.Union([Type.Literal('case'), Type.Literal('review'), Type.Literal('publication'), Type.Literal('complaint')]),
    id: Uuid,
  }),
});

export const Worklist = Type.Object({
  today: IsoDate,
  items: Type.Array(WorkItem),
  counts: Type.Object({
    waitingOnMe: Type.Integer({ description: '等待本人办理的事项' }),
    overdue: Type.Integer({ description: '其中逾期' }),
    soon: Type.Integer({ description: '其中临期' }),
    total: Type.Integer({ description: '全部事项（含仅供了解的本人承办案件）；items 只列最紧急的 50 项' }),
  }),
});
