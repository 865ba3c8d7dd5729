import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the organisation routes take and return: regions, agencies and their units. */

export const RegionListView = Type.Array(
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Type.String(),
    parentCode: Type.Union([Type.String(), Type.Null()]),
  }),
);

export const AgencyView = Type.Object({
  id: Uuid,
  name: Type.String(),
  creditCode: Type.String({ description: '统一社会信用代码' }),
  kind: Type.String({ description: 'enforcement 执法机关 | justice 司法行政部门' }),
  regionCode: Type.String(),
  regionName: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  fields: Type.Array(Type.String(), { description: '执法类别' }),
  procedureKinds: Type.Array(Type.String(), { description: '执法行为类别' }),
  shortName: Type.String(),
  numberTemplate: Type.String({ description: '案件编号规则' }),
  legalBasis: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  units: Type.Array(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
});

export const AgencyListView = Type.Array(AgencyView);

const Strings = (max: number) => Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: max });

/** The fields an agency's administrator may set, on creation and later. */
const AgencyFields = {
  fields: Type.Optional(Strings(20)),
  procedureKinds: Type.Optional(Strings(9)),
  shortName: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  numberTemplate: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  legalBasis: Type.Optional(Type.String({ maxLength: 2000 })),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  phone: Type.Optional(Type.String({ maxLength: 50 })),
};

export const AgencyBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    creditCode: Type.String({ minLength: 18, maxLength: 18 }),
    kind: Type.Union([Type.Literal('enforcement'), Type.Literal('justice')]),
    regionCode: Type.String({ minLength: 2, maxLength: 12 }),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    ...AgencyFields,
    shortName: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
);

export const AgencyPatchBody = Type.Object(AgencyFields, { additionalProperties: false });

export const UnitBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    kind: Type.Union([Type.Literal('handling'), Type.Literal('legal'), Type.Literal('office'), Type.Literal('leadership')]),
  },
  { additionalProperties: false },
);

export const UnitView = Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() });
