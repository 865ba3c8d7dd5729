import { Type } from '@sinclair/typebox';
import { COMPLAINT_ANSWER_DAYS_RANGE, COMPLAINT_LIMITS } from '@sanxiang/domain';
import { IsoDate, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** Requests and responses of the 投诉举报 routes (R-X-4), exactly as complaint.views.ts and complaint.service.ts build them. */

const Kind = Type.Union([Type.Literal('complaint'), Type.Literal('report')], { description: 'complaint 投诉，report 举报' });
const State = Type.Union([Type.Literal('received'), Type.Literal('assigned'), Type.Literal('answered')], {
  description: 'received 已受理（未指派），assigned 办理中，answered 已答复',
});
const DueState = Nullable(Type.Union([Type.Literal('overdue'), Type.Literal('soon'), Type.Literal('normal')]), {
  description: '逾期 / 临期（3 个工作日内）/ 正常；已答复为 null',
});

export const ComplaintParams = Type.Object({ id: Uuid });
export const AttachmentParams = Type.Object({ id: Uuid, seq: Type.Integer({ minimum: 1, maximum: 100 }) });
export const AgencyParams = Type.Object({ id: Uuid });
export const ComplaintReasonQuery = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 200, description: '调阅事由（办理机关的人员可省略）' })),
});

export const ComplaintListQuery = Type.Object({
  agencyId: Type.Optional(Uuid),
  state: Type.Optional(
    Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('all')], {
      description: 'open 未答复（默认），answered 已答复，all 全部',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const ComplaintListItem = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  agencyName: Type.String(),
  kind: Kind,
  kindName: Type.String(),
  subjectRef: Nullable(Type.String()),
  summary: Type.String({ description: '事实和理由的开头' }),
  state: State,
  stateName: Type.String(),
  transferred: Type.Boolean(),
  receivedOn: IsoDate,
  dueOn: Nullable(IsoDate),
  dueState: DueState,
  answeredOn: Nullable(IsoDate),
  handlerId: Nullable(Uuid),
  handlerName: Nullable(Type.String()),
  mine: Type.Boolean({ description: '指派给我、尚未答复' }),
});

export const ComplaintFigures = Type.Object({
  agencyId: Uuid,
  agencyName: Type.String(),
  total: Type.Integer(),
  open: Type.Integer(),
  overdue: Type.Integer(),
  answered: Type.Integer(),
  answeredLate: Type.Integer({ description: '超过答复期限才答复的' }),
});

export const ComplaintList = Type.Object({
  today: IsoDate,
  total: Type.Integer(),
  items: Type.Array(ComplaintListItem),
  figures: Type.Array(ComplaintFigures, { description: '各机关的件数（可见范围内全部，不受筛选影响）' }),
});

export const ComplaintView = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  agencyName: Type.String(),
  filedAgencyName: Type.String(),
  kind: Kind,
  kindName: Type.String(),
  subjectRef: Nullable(Type.String()),
  facts: Type.String(),
  request: Type.String(),
  name: Nullable(Type.String({ description: '投诉人姓名（个人信息，不公开）' })),
  phone: Nullable(Type.String({ description: '联系电话（个人信息，不公开）' })),
  state: State,
  stateName: Type.String(),
  transferred: Type.Boolean(),
  receivedOn: IsoDate,
  receivedAt: Timestamp,
  dueOn: Nullable(IsoDate),
  dueState: DueState,
  handlerId: Nullable(Uuid),
  handlerName: Nullable(Type.String()),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Timestamp),
  answeredByName: Nullable(Type.String()),
  contentSha256: Type.String(),
  attachments: Type.Array(
    Type.Object({ seq: Type.Integer(), filename: Type.String(), mediaType: Type.String(), size: Type.Integer(), sha256: Type.String() }),
  ),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      kind: Type.String(),
      name: Type.String(),
      at: Timestamp,
      actorName: Nullable(Type.String()),
      agencyName: Type.String(),
      note: Nullable(Type.String()),
    }),
  ),
  can: Type.Object({ assign: Type.Boolean(), transfer: Type.Boolean(), answer: Type.Boolean() }),
  transferTargets: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
});

export const AssignBody = Type.Object({ handlerId: Uuid });
export const AnswerBody = Type.Object({ answer: Type.String({ maxLength: COMPLAINT_LIMITS.answer + 100 }) });
export const TransferBody = Type.Object({ agencyId: Uuid, note: Type.String({ maxLength: 600 }) });
export const Done = Type.Object({ ok: Type.Literal(true) });

export const ComplaintSettings = Type.Object({
  answerDays: Type.Integer({
    minimum: COMPLAINT_ANSWER_DAYS_RANGE.min,
    maximum: COMPLAINT_ANSWER_DAYS_RANGE.max,
    description: '答复期限（工作日），对此后受理的投诉举报适用',
  }),
});
