import { Type } from '@sinclair/typebox';
import { LIST_CODES } from '@sanxiang/domain';
import { IsoDate, LiteralUnion, Nullable, Timestamp, Uuid } from '../../http/typebox.ts';

/** Responses of the 事前公开 list routes (R-PUB-1), exactly as lists.service.ts builds them. */

const ListCode = LiteralUnion(LIST_CODES, {
  description: 'matters 事项清单，inspections 随机抽查事项清单，guides 服务指南，remedies 救济渠道',
});

export const ListViewSchema = Type.Object({
  list: ListCode,
  name: Type.String({ description: '清单名称' }),
  agencyId: Uuid,
  ownerId: Nullable(Uuid, { description: '所显示版本的制定机关（派出机构没有自己的版本时为上级机关）；尚无任何版本为 null' }),
  version: Type.Integer({ description: '所显示的版本；尚无版本为 0' }),
  rows: Type.Array(Type.Record(Type.String(), Type.String()), { description: '清单各行，键为列代码' }),
  note: Type.String({ description: '本版更新说明' }),
  changedOn: Nullable(IsoDate, { description: '引起更新的变化的生效日期' }),
  dueOn: Nullable(IsoDate, { description: '应更新的期限（变化生效后 20 个工作日）' }),
  late: Type.Boolean({ description: '本版晚于期限公布' }),
  at: Nullable(Timestamp, { description: '本版公布时间' }),
  history: Type.Array(
    Type.Object({
      version: Type.Integer(),
      note: Type.String(),
      by: Type.String({ description: '公布人' }),
      at: Timestamp,
      changedOn: Nullable(IsoDate),
      dueOn: Nullable(IsoDate),
      late: Type.Boolean(),
      added: Type.Array(Type.String(), { description: '新增的行（主键）' }),
      removed: Type.Array(Type.String(), { description: '删除的行（主键）' }),
      changed: Type.Array(Type.String(), { description: '修改的行（主键）' }),
    }),
    { description: '本机关（或所继承机关）的各版本，新的在前' },
  ),
});

export const RecordedChangeSchema = Type.Object({
  id: Uuid,
  list: ListCode,
  reason: Type.String({ description: '变化的内容' }),
  changedOn: IsoDate,
  dueOn: IsoDate,
});

export const PendingChangeSchema = Type.Object({
  id: Uuid,
  agency: Type.Object({ id: Uuid, name: Type.String() }),
  list: ListCode,
  listName: Type.String(),
  reason: Type.String(),
  changedOn: IsoDate,
  dueOn: IsoDate,
  overdue: Type.Boolean(),
});

/** What the list routes take: the agency and list, a new version, an import's note and a change to reflect. */

export const ListParams = Type.Object({ id: Uuid, list: Type.Union(LIST_CODES.map((c) => Type.Literal(c))) });

export const ListVersionBody = Type.Object(
  {
    rows: Type.Array(Type.Any(), { maxItems: 2000 }),
    note: Type.String({ maxLength: 200 }),
    changedOn: Type.Optional(
      Type.String({ maxLength: 10, description: '引起更新的法律、机构或人员变化的生效日期（用于 20 个工作日内更新的考核）' }),
    ),
  },
  { additionalProperties: false },
);

export const ListImportQuery = Type.Object({
  note: Type.String({ maxLength: 200 }),
  changedOn: Type.Optional(Type.String({ maxLength: 10 })),
});

export const ListChangeBody = Type.Object(
  { reason: Type.String({ maxLength: 500 }), changedOn: Type.String({ maxLength: 10 }) },
  { additionalProperties: false },
);

export const ListChangesQuery = Type.Object({ overdue: Type.Optional(Type.Boolean()) });

export const PendingChangeListView = Type.Array(PendingChangeSchema);
