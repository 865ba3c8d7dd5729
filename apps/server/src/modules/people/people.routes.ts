import type { Role } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import {
  CertificateBody,
  CertificateStatusBody,
  CertificateView,
  UserBody,
  UserListQuery,
  UserListView,
  UserPatchBody,
  UserView,
} from './people.schemas.ts';
import {
  createUser,
  getCertificate,
  getUser,
  issueCertificate,
  listUsers,
  setCertificateStatus,
  updateUser,
  type UserAdminDeps,
} from './people.service.ts';

export function registerPeopleRoutes(app: App, deps: UserAdminDeps): void {
  const tags = ['人员与执法证 people'];

  app.get('/api/v1/users', {
    schema: {
      tags,
      summary: '人员列表（可见范围）',
      querystring: UserListQuery,
      response: { 200: UserListView, ...errors() },
    },
    handler: async (req) => listUsers(deps, actorOf(req), req.query.agencyId),
  });

  app.get('/api/v1/users/:id', {
    schema: { tags, summary: '人员详情', params: IdParams, response: { 200: UserView, ...errors() } },
    handler: async (req) => getUser(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/users', {
    schema: {
      tags,
      summary: '新增人员（系统管理员）',
      body: UserBody,
      response: { 201: UserView, ...errors(403, 409) },
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
      body: UserPatchBody,
      response: { 200: UserView, ...errors(403) },
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
      body: CertificateBody,
      response: { 201: CertificateView, ...errors(403, 409) },
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
      response: { 200: CertificateView, ...errors() },
    },
    handler: async (req) => getCertificate(deps, actorOf(req), req.params.id),
  });

  app.post('/api/v1/certificates/:id/status', {
    schema: {
      tags,
      summary: '暂扣、吊销或恢复执法证（系统管理员）',
      params: IdParams,
      body: CertificateStatusBody,
      response: { 200: CertificateView, ...errors(403, 409) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await setCertificateStatus(deps, actor, req.params.id, req.body);
      return getCertificate(deps, actor, req.params.id);
    },
  });
}
