import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one way the workbench talks to the server: a client typed by the types generated from the
 * server's OpenAPI document (npm run api:types). The session rides on the HttpOnly cookie; every
 * state-changing request carries the session's CSRF token.
 */
let csrfToken: string | null = null;
const listeners = new Set<(event: 'unauthenticated' | 'activity') => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** The session layer listens: a 401 ends the session on screen; any answer counts as activity. */
export function onSessionEvent(fn: (event: 'unauthenticated' | 'activity') => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    const signIn = new URL(request.url).pathname.endsWith('/auth/login');
    if (response.status === 401 && !signIn) for (const l of listeners) l('unauthenticated');
    else if (response.ok) for (const l of listeners) l('activity');
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** An error answer of the API: its code for the program, its Chinese message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
}

export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as ErrorBody | undefined)?.error;
  if (e?.code && e.message) return new ApiError(status, e.code, e.message, e.details);
  if (status === 0) return new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试', undefined);
  return new ApiError(status, `HTTP_${status}`, `服务器返回错误（${status}），请稍后重试`, undefined);
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError thrown. */
export async function unwrap<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let r: { data?: T; error?: unknown; response: Response };
  try {
    r = await p;
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试', undefined);
  }
  if (r.error !== undefined || !r.response.ok) throw toApiError(r.response.status, r.error);
  return r.data as T;
}

/** A GET of a binary or text resource (PDF, evidence) with the session cookie, as a Blob. */
export async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    throw toApiError(res.status, body);
  }
  return res.blob();
}

/** Components of the API's types, by name. */
export type Schemas = paths;
