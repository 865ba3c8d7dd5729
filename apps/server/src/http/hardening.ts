import type { FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '@sanxiang/domain';

/**
 * What every request and response passes, whoever serves it: input the database cannot store is
 * refused with a Chinese 400 before any handler runs, and every response carries the security
 * headers (a page that sets its own Content-Security-Policy keeps it).
 */

/** A page without its own policy: no script at all, no framing, forms to this origin only. */
export const DEFAULT_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** JSON and text: nothing may run in or frame it. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

const NUL_REFUSED = '请求中含有不允许的控制字符（NUL），请检查输入';

/** Where a value (a parsed body, query or params) holds a NUL character, keys included, as a dotted path ('' for the value itself); null when nowhere. */
export function nulPath(value: unknown, at = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const here = at ? `${at}.${k}` : k;
    if (k.includes('\u0000')) return here;
    const found = nulPath(v, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** HSTS for a product served over https: a year, this host only (an agency's other hosts may still be plain http). */
export const HSTS = 'max-age=31536000';

function securityHeaders(reply: FastifyReply, hsts: boolean): void {
  if (hsts) reply.header('strict-transport-security', HSTS);
  if (!reply.hasHeader('x-content-type-options')) reply.header('x-content-type-options', 'nosniff');
  if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'same-origin');
  if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
  if (!reply.hasHeader('content-security-policy')) {
    const type = String(reply.getHeader('content-type') ?? '');
    // files (PDF, images, video) get none: a policy on a PDF stops the browser's own viewer
    if (type.startsWith('text/html')) reply.header('content-security-policy', DEFAULT_PAGE_CSP);
    else if (type === '' || type.startsWith('application/json') || type.startsWith('text/'))
      reply.header('content-security-policy', DATA_CSP);
  }
}

/** `hsts`: the product's public address is https, so browsers are told to use nothing else. */
export function installHardening(app: FastifyInstance, opts: { hsts: boolean; bodyTimeoutMs?: number } = { hsts: false }): void {
  // a body trickled in a byte at a time ends at the limit with 408 (Node's own requestTimeout stops
  // counting once the headers are in, so it does not cover a slow body)
  const bodyTimeoutMs = opts.bodyTimeoutMs ?? 120_000;
  app.addHook('onRequest', async (request) => {
    const raw = request.raw;
    if (raw.complete) return;
    const timer = setTimeout(() => {
      // (an injected request's socket is a stand-in without end(): nothing to time out there)
      if (raw.complete || !raw.socket || raw.socket.destroyed || typeof raw.socket.end !== 'function') return;
      raw.socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      raw.socket.destroySoon();
    }, bodyTimeoutMs);
    timer.unref();
    const stop = () => clearTimeout(timer);
    raw.once('end', stop);
    raw.once('close', stop);
  });
  // a NUL in an API path or query string (%00) reaches no route, no log and no database (the public
  // pages answer such an address with their own Chinese 404 page)
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/') && /%00|\u0000/i.test(request.url)) throw new DomainError('VALIDATION_FAILED', NUL_REFUSED);
  });
  // nor in a body; PostgreSQL cannot store it in text and would fail the request with a 500
  app.addHook('preValidation', async (request) => {
    const api = request.url.startsWith('/api/');
    const where = nulPath(request.body) ?? (api ? (nulPath(request.query) ?? nulPath(request.params)) : null);
    // the field is named, so that a form can show the refusal beside it
    if (where !== null) throw new DomainError('VALIDATION_FAILED', NUL_REFUSED, where ? { field: where } : undefined);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    securityHeaders(reply, opts.hsts);
    return payload;
  });
}
