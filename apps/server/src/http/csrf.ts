import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@sanxiang/domain';

/** The header a browser client sends with every state-changing request (the workbench does). */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The CSRF token of a session: derived from the session token, which another site can neither read
 * (HttpOnly cookie) nor guess, so nothing more is stored. The workbench reads it from
 * `/api/v1/auth/me` (a same-origin read another site cannot make) and sends it back in a header.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update('sanxiang-csrf\0').update(sessionToken).digest('base64url').slice(0, 32);
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigins(request: FastifyRequest, publicUrl: string | undefined): Set<string> {
  const out = new Set<string>();
  if (publicUrl) out.add(new URL(publicUrl).origin);
  const host = request.headers.host;
  if (host) {
    out.add(`http://${host}`);
    out.add(`https://${host}`);
  }
  return out;
}

/**
 * A request authenticated by the session cookie (not by a Bearer token, which another site
 * cannot make a browser send) must come from this origin:
 * - a browser's own statement of the request's source (`Sec-Fetch-Site`) must be same-origin or
 *   a direct navigation, on every method — so a cross-site GET that writes (a 调阅 with a reason,
 *   a download logged in the viewer's name) is refused as well;
 * - an `Origin` header, where the browser sends one, must be ours;
 * - a state-changing request must carry the session's CSRF token in `X-CSRF-Token`.
 */
export function checkCookieRequest(request: FastifyRequest, sessionToken: string, publicUrl: string | undefined): void {
  checkSameOrigin(request, publicUrl);
  if (!SAFE.has(request.method)) {
    const given = request.headers[CSRF_HEADER];
    if (typeof given !== 'string' || given !== csrfTokenFor(sessionToken)) {
      throw new DomainError('CSRF_REJECTED', '请求缺少有效的防伪令牌，已拒绝（请刷新页面后重试）', { reason: 'token' });
    }
  }
}

/** The browser's own account of where a request comes from must be this origin (or a typed address). */
export function checkSameOrigin(request: FastifyRequest, publicUrl: string | undefined): void {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    throw new DomainError('CSRF_REJECTED', '请求来自其他网站，已拒绝（请在执法工作台中操作）', { reason: 'sec-fetch-site' });
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '' && !ownOrigins(request, publicUrl).has(origin)) {
    throw new DomainError('CSRF_REJECTED', '请求来自其他网站，已拒绝（请在执法工作台中操作）', { reason: 'origin' });
  }
}
