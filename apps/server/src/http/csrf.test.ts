import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { pruneAuthRecords } from '../modules/auth/auth.service.ts';
import { tokenId } from '../modules/auth/session.store.ts';
import { penaltyCaseBody } from '../test/filing.ts';

/**
 * The workbench's cookie session (http/auth.ts, http/csrf.ts, auth.routes.ts, session.store.ts):
 * an HttpOnly cookie and no token in the body, a CSRF token for every state-changing request, the
 * browser's own Origin and Sec-Fetch-Site checked before anything is read or written, and an idle
 * end (30 minutes) that API tokens do not have.
 */

let h: Harness;
const START = '2026-08-03T02:00:00.000Z';
const HOST = 'sanxiang.example';
const OWN = `http://${HOST}`;
const MINUTE = 60_000;

beforeAll(async () => {
  h = await createHarness({ now: START });
});
afterAll(async () => h?.close());

const later = (minutes: number) => h.clock.set(new Date(h.clock.now().getTime() + minutes * MINUTE));
const iso = (ms: number) => new Date(ms).toISOString();

interface CookieSession {
  cookie: string;
  token: string;
  csrf: string;
  res: LightMyRequestResponse;
}

async function workbenchLogin(username: string, headers: Record<string, string> = {}): Promise<CookieSession> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { host: HOST, ...headers },
    payload: { username, password: DEMO_PASSWORD, client: 'workbench' },
  });
  expect(res.statusCode, res.body).toBe(200);
  const token = /^sx_session=([^;]+);/.exec(String(res.headers['set-cookie']))![1]!;
  return { cookie: `sx_session=${token}`, token, csrf: res.json().session.csrfToken, res };
}

async function apiLogin(username: string): Promise<string> {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().token as string;
}

/** A request the way a browser makes it on the session cookie. */
function withCookie(s: CookieSession, method: 'GET' | 'POST', url: string, o: { headers?: Record<string, string>; body?: unknown } = {}) {
  return h.app.inject({
    method,
    url,
    headers: { host: HOST, cookie: s.cookie, ...o.headers },
    ...(o.body !== undefined ? { payload: o.body as object } : {}),
  });
}

const NEW_CASE = () => penaltyCaseBody(h, '2026-07-31');

const count = async (table: 'cases' | 'access_events' | 'sessions') =>
  Number((await h.tdb.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
const sessionRow = (token: string) =>
  h.tdb.db.selectFrom('sessions').select(['expires_at', 'idle_expires_at']).where('id', '=', tokenId(token)).executeTakeFirst();

function expectRejected(res: LightMyRequestResponse, reason: 'token' | 'origin' | 'sec-fetch-site') {
  expect(res.statusCode, res.body).toBe(403);
  expect(errorCode(res)).toBe('CSRF_REJECTED');
  expect(res.json().error.message).toBe(
    reason === 'token' ? '请求缺少有效的防伪令牌，已拒绝（请刷新页面后重试）' : '请求来自其他网站，已拒绝（请在执法工作台中操作）',
  );
  expect(res.json().error.details).toEqual({ reason });
}

describe('signing in from the workbench', () => {
  it('sets only the HttpOnly cookie (with Max-Age) and returns no token, but the CSRF token and the idle end', async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming', { origin: OWN, 'sec-fetch-site': 'same-origin' });
    const body = s.res.json();
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'session', 'user']);
    expect(body.user).toMatchObject({ username: 'scjg.liming', name: '李明', roles: ['officer'], agencyName: '馆陶县市场监督管理局' });
    const now = Date.parse(START);
    expect(body.expiresAt).toBe(iso(now + 12 * 3600_000));
    expect(body.session).toEqual({
      expiresAt: iso(now + 12 * 3600_000),
      idleExpiresAt: iso(now + 30 * MINUTE),
      idleMinutes: 30,
      csrfToken: s.csrf,
    });
    expect(s.csrf).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const [session, device] = s.res.headers['set-cookie'] as string[];
    expect(session).toBe(`sx_session=${s.token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200`);
    // and the browser is remembered as a known device for sign-in throttling (auth/sign-in-throttle.ts)
    expect(device).toMatch(/^sx_device=[A-Za-z0-9_-]{32}; Path=\/api\/v1\/auth; HttpOnly; SameSite=Strict; Max-Age=15552000$/);
    // served over plain http (the default public address): neither Secure nor HSTS, which would lock the browser out
    expect(s.res.headers['strict-transport-security']).toBeUndefined();
    // the database keeps the token's hash, with both ends
    const row = await sessionRow(s.token);
    expect(row).toEqual({ expires_at: new Date(now + 12 * 3600_000), idle_expires_at: new Date(now + 30 * MINUTE) });
  });

  it('an API client signing in gets the token and a session without an idle end', async () => {
    h.clock.set(START);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'scjg.wangfang', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.session).toMatchObject({ idleExpiresAt: null, idleMinutes: null });
    expect((await sessionRow(body.token))!.idle_expires_at).toBeNull();
  });

  it('a sign-in form posted from another site is refused and opens no session', async () => {
    h.clock.set(START);
    const sessions = await count('sessions');
    for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }]) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { host: HOST, ...headers },
        payload: { username: 'scjg.liming', password: DEMO_PASSWORD, client: 'workbench' },
      });
      expectRejected(res, 'origin' in headers ? 'origin' : 'sec-fetch-site');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(await count('sessions')).toBe(sessions);
  });
});

describe('GET /api/v1/auth/me', () => {
  it('returns { user, session } with the CSRF token for a cookie session', async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming');
    const me = await withCookie(s, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(Object.keys(me.json()).sort()).toEqual(['session', 'user']);
    expect(me.json().user).toMatchObject({
      userId: h.user('scjg.o1'),
      username: 'scjg.liming',
      agencyId: h.agency('scjg'),
      agencyKind: 'enforcement',
    });
    expect(me.json().session).toEqual({
      expiresAt: iso(Date.parse(START) + 12 * 3600_000),
      idleExpiresAt: iso(Date.parse(START) + 30 * MINUTE),
      idleMinutes: 30,
      csrfToken: s.csrf,
    });
  });

  it('and without one for a Bearer token (which needs none)', async () => {
    h.clock.set(START);
    const token = await apiLogin('scjg.wangfang');
    const me = await h.request(token, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('scjg.wangfang');
    expect(me.json().session).toEqual({
      expiresAt: iso(Date.parse(START) + 12 * 3600_000),
      idleExpiresAt: null,
      idleMinutes: null,
      csrfToken: null,
    });
  });
});

describe('CSRF on the session cookie', () => {
  it("a POST without X-CSRF-Token is refused and writes nothing; a wrong token, or another session's, likewise; the right one works", async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming');
    const other = await workbenchLogin('scjg.wangfang');
    const cases = await count('cases');
    expectRejected(await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE() }), 'token');
    expectRejected(
      await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE(), headers: { 'x-csrf-token': 'x'.repeat(32) } }),
      'token',
    );
    expectRejected(await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE(), headers: { 'x-csrf-token': other.csrf } }), 'token');
    expect(await count('cases')).toBe(cases);
    const ok = await withCookie(s, 'POST', '/api/v1/cases', {
      body: NEW_CASE(),
      headers: { 'x-csrf-token': s.csrf, origin: OWN, 'sec-fetch-site': 'same-origin' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count('cases')).toBe(cases + 1);
  });

  it('a foreign Origin is refused even with the right token', async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming');
    const cases = await count('cases');
    expectRejected(
      await withCookie(s, 'POST', '/api/v1/cases', {
        body: NEW_CASE(),
        headers: { 'x-csrf-token': s.csrf, origin: 'http://evil.example' },
      }),
      'origin',
    );
    // the same host on another scheme is ours (behind a TLS proxy); another port is not
    expectRejected(
      await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE(), headers: { 'x-csrf-token': s.csrf, origin: `${OWN}:8443` } }),
      'origin',
    );
    expect(await count('cases')).toBe(cases);
    expect(
      (await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE(), headers: { 'x-csrf-token': s.csrf, origin: `https://${HOST}` } }))
        .statusCode,
    ).toBe(201);
  });

  it('R-REC-7: a cross-site GET that would log a 调阅 (?reason=) is refused before anything is written; from the workbench itself it is logged', async () => {
    h.clock.set(START);
    const caseId = (await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', NEW_CASE())).json().id as string;
    const s = await workbenchLogin('scjg.juzhang');
    const url = `/api/v1/cases/${caseId}?reason=${encodeURIComponent('案件审批')}`;
    const entries = await count('access_events');
    expectRejected(await withCookie(s, 'GET', url, { headers: { 'sec-fetch-site': 'cross-site' } }), 'sec-fetch-site');
    expectRejected(await withCookie(s, 'GET', url, { headers: { 'sec-fetch-site': 'same-site' } }), 'sec-fetch-site');
    expectRejected(await withCookie(s, 'GET', url, { headers: { origin: 'http://evil.example' } }), 'origin');
    expect(await count('access_events')).toBe(entries);
    // a safe method needs no CSRF token: the same-origin read and a typed address both work, and each is one entry
    const own = await withCookie(s, 'GET', url, { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(own.statusCode, own.body).toBe(200);
    const typed = await withCookie(s, 'GET', url, { headers: { 'sec-fetch-site': 'none' } });
    expect(typed.statusCode).toBe(200);
    expect(await count('access_events')).toBe(entries + 2);
    const last = await h.tdb.db
      .selectFrom('access_events')
      .select(['actor_id', 'reason', 'case_id'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ actor_id: h.user('scjg.head'), reason: '案件审批', case_id: caseId });
  });

  it('a Bearer-token client is unaffected: no CSRF token, whatever Origin or Sec-Fetch-Site it sends', async () => {
    h.clock.set(START);
    const token = await apiLogin('scjg.liming');
    const res = await h.request(token, 'POST', '/api/v1/cases', NEW_CASE(), {
      origin: 'http://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('signing out on the cookie needs the token too; with it the session ends and the cookie is cleared', async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming');
    expectRejected(await withCookie(s, 'POST', '/api/v1/auth/logout'), 'token');
    expect(await sessionRow(s.token)).toBeDefined();
    const out = await withCookie(s, 'POST', '/api/v1/auth/logout', { headers: { 'x-csrf-token': s.csrf } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toBe('sx_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect(await sessionRow(s.token)).toBeUndefined();
    const after = await withCookie(s, 'GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });
});

describe('the idle end of a workbench session (30 minutes)', () => {
  it('used within 30 minutes it stays alive and its idle end moves forward; 31 minutes without use end it, and its row is gone', async () => {
    h.clock.set(START);
    const t0 = Date.parse(START);
    const s = await workbenchLogin('scjg.liming');
    for (const [after, idleEnd] of [
      [20, 50],
      [40, 70],
      [69, 99],
    ] as const) {
      h.clock.set(new Date(t0 + after * MINUTE));
      const me = await withCookie(s, 'GET', '/api/v1/auth/me');
      expect(me.statusCode, `${after} min`).toBe(200);
      expect(me.json().session.idleExpiresAt).toBe(iso(t0 + idleEnd * MINUTE));
      expect((await sessionRow(s.token))!.idle_expires_at).toEqual(new Date(t0 + idleEnd * MINUTE));
    }
    later(31);
    const ended = await withCookie(s, 'GET', '/api/v1/auth/me');
    expect(ended.statusCode).toBe(401);
    expect(errorCode(ended)).toBe('UNAUTHENTICATED');
    expect(await sessionRow(s.token)).toBeUndefined();
  });

  it('a request refused by the CSRF checks is not a use: it does not move the idle end', async () => {
    h.clock.set(START);
    const s = await workbenchLogin('scjg.liming');
    later(20);
    expectRejected(await withCookie(s, 'GET', '/api/v1/auth/me', { headers: { 'sec-fetch-site': 'cross-site' } }), 'sec-fetch-site');
    expectRejected(await withCookie(s, 'POST', '/api/v1/cases', { body: NEW_CASE() }), 'token');
    expect((await sessionRow(s.token))!.idle_expires_at).toEqual(new Date(Date.parse(START) + 30 * MINUTE));
    later(11);
    expect((await withCookie(s, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('an API token session has no idle end: it survives 31 idle minutes and ends only at its 12 hours', async () => {
    h.clock.set(START);
    const token = await apiLogin('scjg.wangfang');
    later(31);
    const me = await h.request(token, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().session.idleExpiresAt).toBeNull();
    h.clock.set(new Date(Date.parse(START) + 12 * 3600_000));
    expect((await h.request(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('pruneAuthRecords removes sessions past their idle end and keeps the API sessions', async () => {
    h.clock.set(START);
    const idle = await workbenchLogin('scjg.liming');
    const kept = await workbenchLogin('scjg.wangfang');
    const api = await apiLogin('scjg.sunhao');
    later(20);
    expect((await withCookie(kept, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    later(11);
    const now = h.clock.now();
    const expired = Number(
      (await h.tdb.pool.query('SELECT count(*) AS n FROM sessions WHERE expires_at < $1 OR idle_expires_at < $1', [now])).rows[0].n,
    );
    expect(expired).toBeGreaterThanOrEqual(1);
    const pruned = await pruneAuthRecords({ db: h.tdb.db, clock: h.clock });
    expect(pruned.sessions).toBe(expired);
    expect(await sessionRow(idle.token)).toBeUndefined();
    expect(await sessionRow(kept.token)).toBeDefined();
    expect(await sessionRow(api)).toBeDefined();
    expect(
      Number((await h.tdb.pool.query('SELECT count(*) AS n FROM sessions WHERE expires_at < $1 OR idle_expires_at < $1', [now])).rows[0].n),
    ).toBe(0);
  });
});
