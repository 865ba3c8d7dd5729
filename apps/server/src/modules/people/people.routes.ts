import { Type } from '@sinclair/typebox';
import type { Role } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, IsoDate, Uuid, errors, type App } from '../../http/typebox.ts';
import {
  ROLES,
  createUser,
  getCertificate,
  getUser,
  issueCertificate,
  listUsers,
  setCertificateStatus,
  updateUser,
  type UserAdminDeps,
} from './people.service.ts';

const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

const Certificate = Type.Object({
  id: Uuid,
  number: Type.String({ description: '执法证号' }),
  fields: Type.Array(Type.String(), { description: '执法类别' }),
  regions: Type.Array(Type.String(), { description: '执法区域' }),
  validFrom: IsoDate,
  validTo: IsoDate,
  status: Type.String({ description: 'valid | suspended | revoked | expired | not-yet-valid' }),
  statusName: Type.String(),
  statusReason: Type.String(),
});

const User = Type.Object({
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

export function registerPeopleRoutes(app: App, deps: UserAdminDeps): void {
  const tags = ['人员与执法证 people'];

  app.get('/api/v1/users', {
    schema: {
      tags,
      summary: '人员列表（可见范围）',
      querystring: Type.Object({ agencyId: Type.Optional(Uuid) }, { additionalProperties: false }),
      response: { 200: Type.Array(User), ...errors() },
    },
    handler: async (req) => listUsers(deps, actorOf(req), req.query.agencyId),
  });

  app.get('/api/v1/users/:id', {
    schema: { tags, summary: '人员详情', params: IdParams, response: { 200: User, ...errors() } },
    handler: async (req) => getUser(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/users', {
    schema: {
      tags,
      summary: '新增人员（系统管理员）',
      body: Type.Object(
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
      ),
      response: { 201: User, ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const id = await createUser(deps, actor, { ...req.body, roles: req.body.roles as Role[] });
      return reply.status(201).send(await getUser(deps, actor, id));
    },
  });

  app.patch('/api/v1/users/:id', {
    schema: {
      tags,
      summary: '修改人员角色、机构或停用（系统管理员）',
      params: IdParams,
      body: Type.Object(
        {
          roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
          disabled: Type.Optional(Type.Boolean()),
          unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          post: Type.Optional(Type.String({ maxLength: 50 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: User, ...errors(403) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await updateUser(deps, actor, req.params.id, { ...req.body, roles: req.body.roles as Role[] | undefined });
      return getUser(deps, actor, req.params.id);
    },
  });

  app.post('/api/v1/users/:id/certificates', {
    schema: {
      tags,
      summary: '登记执法证（系统管理员）',
      params: IdParams,
      body: Type.Object(
        {
          number: Type.String({ minLength: 6, maxLength: 30 }),
          fields: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { minItems: 1, maxItems: 20 }),
          regions: Type.Array(Type.String({ minLength: 2, maxLength: 12 }), { minItems: 1, maxItems: 50 }),
          validFrom: IsoDate,
          validTo: IsoDate,
          issuedBy: Type.Optional(Type.String({ maxLength: 100 })),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Intersect([Certificate, Type.Object({ userId: Uuid, holder: Type.String() })]), ...errors(403, 409) },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      const id = await issueCertificate(deps, actor, req.params.id, req.body);
      return reply.status(201).send(await getCertificate(deps, actor, id));
    },
  });

  app.get('/api/v1/certificates/:id', {
    schema: {
      tags,
      summary: '执法证详情',
      params: IdParams,
      response: { 200: Type.Intersect([Certificate, Type.Object({ userId: Uuid, holder: Type.String() })]), ...errors() },
    },
    handler: async (req) => getCertificate(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/certificates/:id/status', {
    schema: {
      tags,
      summary: '暂扣、吊销或恢复执法证（系统管理员）',
      params: IdParams,
      body: Type.Object(
        {
          status: Type.Union([Type.Literal('valid'), Type.Literal('suspended'), Type.Literal('revoked')]),
          reason: Type.String({ minLength: 1, maxLength: 500 }),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Intersect([Certificate, Type.Object({ userId: Uuid, holder: Type.String() })]), ...errors(403, 409) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await setCertificateStatus(deps, actor, req.params.id, req.body);
      return getCertificate(deps, actor, req.params.id);
    },
  });
}
