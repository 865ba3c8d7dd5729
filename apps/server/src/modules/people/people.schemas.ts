import { Type } from '@sinclair/typebox';
import { IsoDate, Uuid } from '../../http/typebox.ts';
import { ROLES } from './people.service.ts';

/** What the people routes take and return: users and their 执法证. */

const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

const Certificate = Type.Object({
  id: Uuid,
  number: Type.String({ description: '执法证号' }),
  fields: Type.Array(Type.String(), { description: '执法类别' }),
  regions: Type.Array(Type.String(), { description: '执法区域' }),
  validFrom: IsoDate,
  validTo: IsoDate,
  status: Type.String({ description: 'valid | suspended | revoked | inspection-failed | expired | not-yet-valid' }),
  statusName: Type.String(),
  statusReason: Type.String(),
  statusSince: Type.Union([IsoDate, Type.Null()], { description: '现状态（暂扣、吊销、年检未通过）的起始日期' }),
  planned: Type.Union([
    Type.Object(
      { status: Type.String(), statusName: Type.String(), from: IsoDate, reason: Type.String() },
      { description: '已登记、尚未生效的状态变更' },
    ),
    Type.Null(),
  ]),
});

export const UserView = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  post: Type.String(),
  roles: Type.Array(Type.String()),
  agencyId: Uuid,
  unit: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  disabled: Type.Boolean(),
  legalQualification: Type.Boolean(),
  reviewerQualified: Type.Boolean(),
  certificates: Type.Array(Certificate),
});

export const UserListView = Type.Array(UserView);

export const UserListQuery = Type.Object({ agencyId: Type.Optional(Uuid) }, { additionalProperties: false });

export const UserBody = Type.Object(
  {
    agencyId: Uuid,
    unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    username: Type.String({ minLength: 3, maxLength: 40 }),
    displayName: Type.String({ minLength: 1, maxLength: 50 }),
    post: Type.Optional(Type.String({ maxLength: 50 })),
    roles: Type.Array(RoleSchema, { minItems: 1, uniqueItems: true }),
    password: Type.String({ minLength: 8, maxLength: 128 }),
    legalQualification: Type.Optional(Type.Boolean()),
    reviewerQualified: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const UserPatchBody = Type.Object(
  {
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
    disabled: Type.Optional(Type.Boolean()),
    unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    post: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);

export const CertificateBody = Type.Object(
  {
    number: Type.String({ minLength: 6, maxLength: 30 }),
    fields: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { minItems: 1, maxItems: 20 }),
    regions: Type.Array(Type.String({ minLength: 2, maxLength: 12 }), { minItems: 1, maxItems: 50 }),
    validFrom: IsoDate,
    validTo: IsoDate,
    issuedBy: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const CertificateStatusBody = Type.Object(
  {
    status: Type.Union([Type.Literal('valid'), Type.Literal('suspended'), Type.Literal('revoked')]),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    effectiveOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** A 执法证 with its holder. */
export const CertificateView = Type.Intersect([Certificate, Type.Object({ userId: Uuid, holder: Type.String() })]);
