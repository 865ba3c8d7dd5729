import { Type } from '@sinclair/typebox';
import { SESSION_COOKIE, actorOf, sessionToken } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { signIn, type AuthDeps } from './auth.service.ts';

const Me = Type.Object({
  userId: Type.String(),
  username: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  agencyId: Type.String(),
  agencyKind: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]),
  visibleAgencyIds: Type.Array(Type.String()),
});

function me(a: ReturnType<typeof actorOf>) {
  return { ...a, visibleAgencyIds: [...a.visibleAgencyIds] };
}

export function registerAuthRoutes(app: App, deps: AuthDeps, opts: { secureCookies: boolean }): void {
  const tags = ['登录 auth'];
  app.post('/api/v1/auth/login', {
    config: { public: true },
    schema: {
      tags,
      summary: '登录（失败过多将被限制）',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 40 }), password: Type.String({ minLength: 1, maxLength: 128 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ token: Type.String(), expiresAt: Type.String(), user: Me }), ...errors(429) },
    },
    handler: async (req, reply) => {
      const s = await signIn(deps, { ...req.body, ip: req.ip });
      const cookie = [`${SESSION_COOKIE}=${s.token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Expires=${s.expiresAt.toUTCString()}`];
      if (opts.secureCookies) cookie.push('Secure');
      reply.header('set-cookie', cookie.join('; '));
      return { token: s.token, expiresAt: s.expiresAt.toISOString(), user: me(s.actor) };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags, summary: '退出登录', response: { 204: Type.Null(), ...errors() } },
    handler: async (req, reply) => {
      const token = sessionToken(req);
      if (token) await deps.sessions.revoke(token);
      reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/me', {
    schema: { tags, summary: '当前用户', response: { 200: Me, ...errors() } },
    handler: async (req) => me(actorOf(req)),
  });
}
