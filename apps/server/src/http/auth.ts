import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@sanxiang/domain';
import type { SessionStore } from '../modules/auth/session.store.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'sx_session';

export function sessionToken(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = request.headers.cookie;
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** Every /api route needs a signed-in actor unless its config says `public: true`. */
export function installAuthentication(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (request.routeOptions.config?.public) return;
    const token = sessionToken(request);
    const actor = token ? await sessions.resolve(token) : null;
    if (!actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
    request.actor = actor;
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}
