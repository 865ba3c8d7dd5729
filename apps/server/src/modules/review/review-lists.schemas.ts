import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';
import { RoundStatus } from './review.schemas.ts';

/** What the review's lists return: reviewer staffing, the adviser pool and the review queue. */

export const StaffingRow = Type.Object({
  agencyId: Type.String(),
  agencyName: Type.String(),
  covers: Type.Array(Type.String()),
  officers: Type.Integer(),
  reviewers: Type.Integer(),
  ratio: Type.Union([Type.Number(), Type.Null()]),
  required: Type.Integer(),
  flagged: Type.Boolean(),
});

export const Adviser = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  organisation: Type.String(),
  specialties: Type.Array(Type.String()),
  phone: Type.String(),
});

export const QueueItemSchema = Type.Object({
  caseId: Uuid,
  caseNumber: Type.String(),
  title: Type.String(),
  round: Type.Integer(),
  proposalVersion: Type.Integer(),
  status: RoundStatus,
  submittedBy: Type.String({ description: '送审人' }),
  submittedAt: Timestamp,
  dueOn: Nullable(IsoDate, { description: '审核期限；工作日历缺年份时为 null' }),
  overdue: Type.Boolean(),
  remind: Type.Boolean({ description: '临近期限，应提醒' }),
  reviewer: Nullable(Type.String(), { description: '审核人员（已审核的轮次）' }),
  closedAt: Nullable(Timestamp),
  disagreed: Type.Boolean({ description: '承办人对审核意见有异议' }),
  awaitingDiscussion: Type.Boolean({ description: '有异议，尚待集体讨论' }),
});

export const StaffingListView = Type.Array(StaffingRow);

export const AdviserListView = Type.Array(Adviser);

export const QueueListView = Type.Array(QueueItemSchema);
