import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@sanxiang/domain';
import type { Actor } from './actor.ts';
import { checkCookieRequest } from './csrf.ts';
import { readCookie } from './cookies.ts';

export const SESSION_COOKIE = 'sx_session';

/** Where a request's session token came from: a Bearer header (API clients) or the cookie (the workbench). */
export function sessionCredential(request: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return { token: auth.slice(7).trim(), via: 'bearer' };
  const token = readCookie(request, SESSION_COOKIE);
  return token === null ? null : { token, via: 'cookie' };
}

export function sessionToken(request: FastifyRequest): string | null {
  return sessionCredential(request)?.token ?? null;
}

/**
 * Every /api route needs a signed-in actor unless its config says `public: true`. A request that
 * rides on the session cookie must also pass the CSRF checks (http/csrf.ts).
 */
/** What authentication asks of the session store (modules/auth/session.store.ts implements it). */
export interface SessionResolver {
  /** the signed-in actor of a session token, or null when the token is unknown or the session ended */
  resolve(token: string): Promise<Actor | null>;
}

export function installAuthentication(
  app: FastifyInstance,
  sessions: SessionResolver,
  opts: { publicUrl?: string | undefined } = {},
): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (request.routeOptions.config?.public) return;
    const credential = sessionCredential(request);
    // checked before the session is resolved, so a refused request does not count as use
    if (credential?.via === 'cookie') checkCookieRequest(request, credential.token, opts.publicUrl);
    const actor = credential ? await sessions.resolve(credential.token) : null;
    if (!actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
    request.actor = actor;
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}
