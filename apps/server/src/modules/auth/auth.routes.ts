import { DomainError } from '@sanxiang/domain';
import { SESSION_COOKIE, actorOf, sessionCredential } from '../../http/auth.ts';
import { checkSameOrigin, csrfTokenFor } from '../../http/csrf.ts';
import { errors, type App } from '../../http/typebox.ts';
import { LoginBody, LoginView, MeView, NoContent } from './auth.schemas.ts';
import { signIn, type AuthDeps } from './auth.service.ts';
import { DEVICE_COOKIE, DEVICE_DAYS } from './sign-in-throttle.ts';
import { readCookie } from '../../http/cookies.ts';
import type { Actor } from '../../http/actor.ts';
import { agencyName as agencyNameOf } from '../org/org.queries.ts';

export function registerAuthRoutes(app: App, deps: AuthDeps, opts: { secureCookies: boolean; publicUrl?: string | undefined }): void {
  const tags = ['登录 auth'];
  const agencyName = async (a: Pick<Actor, 'agencyId'>) => (await agencyNameOf(deps.db, a.agencyId)) ?? '';
  const me = async ({ party: _party, ...a }: Actor) => ({
    ...a,
    visibleAgencyIds: [...a.visibleAgencyIds],
    agencyName: await agencyName(a),
  });
  const idleMinutes = Math.round(deps.sessions.idleMs / 60_000);

  app.post('/api/v1/auth/login', {
    config: { public: true },
    schema: {
      tags,
      summary: '登录（失败过多将被限制）',
      description:
        '接口调用方取得令牌（token），以 Authorization: Bearer 调用。执法工作台以 client: "workbench" 登录：只设置 HttpOnly Cookie、不返回令牌，会话在无操作一段时间后失效，修改数据的请求须带 X-CSRF-Token。',
      body: LoginBody,
      response: {
        200: LoginView,
        ...errors(403, 429),
      },
    },
    handler: async (req, reply) => {
      const workbench = req.body.client === 'workbench';
      // a sign-in form posted from another site would sign the victim in as the attacker
      if (workbench) checkSameOrigin(req, opts.publicUrl);
      const s = await signIn(deps, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip,
        idle: workbench,
        // a browser's device cookie: sign-ins from it are throttled on their own (sign-in-throttle.ts)
        device: workbench ? (readCookie(req, DEVICE_COOKIE) ?? null) : undefined,
      });
      // Max-Age rather than Expires: a browser whose clock differs from the server's still keeps it for the session's life
      const maxAge = Math.max(0, Math.round((s.expiresAt.getTime() - deps.clock.now().getTime()) / 1000));
      const cookie = [`${SESSION_COOKIE}=${s.token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`];
      if (opts.secureCookies) cookie.push('Secure');
      const cookies = [cookie.join('; ')];
      if (s.device) {
        const device = [
          `${DEVICE_COOKIE}=${s.device}`,
          'Path=/api/v1/auth',
          'HttpOnly',
          'SameSite=Strict',
          `Max-Age=${DEVICE_DAYS * 86_400}`,
        ];
        if (opts.secureCookies) device.push('Secure');
        cookies.push(device.join('; '));
      }
      reply.header('set-cookie', cookies);
      const session = {
        expiresAt: s.expiresAt.toISOString(),
        idleExpiresAt: s.idleExpiresAt?.toISOString() ?? null,
        idleMinutes: s.idleExpiresAt ? idleMinutes : null,
        csrfToken: csrfTokenFor(s.token),
      };
      return { ...(workbench ? {} : { token: s.token }), expiresAt: s.expiresAt.toISOString(), user: await me(s.actor), session };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags, summary: '退出登录', response: { 204: NoContent, ...errors() } },
    handler: async (req, reply) => {
      const credential = sessionCredential(req);
      if (credential) await deps.sessions.revoke(credential.token);
      reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${opts.secureCookies ? '; Secure' : ''}`);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/me', {
    schema: {
      tags,
      summary: '当前用户及会话（执法工作台由此取得 CSRF 令牌与无操作失效时间）',
      response: { 200: MeView, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      const credential = sessionCredential(req);
      const info = credential ? await deps.sessions.session(credential.token) : null;
      if (!credential || !info) throw new DomainError('UNAUTHENTICATED', '请先登录');
      return {
        user: await me(actor),
        session: {
          expiresAt: info.expiresAt.toISOString(),
          idleExpiresAt: info.idleExpiresAt?.toISOString() ?? null,
          idleMinutes: info.idleExpiresAt ? idleMinutes : null,
          csrfToken: credential.via === 'cookie' ? csrfTokenFor(credential.token) : null,
        },
      };
    },
  });
}
