import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';
import { hashPassword, verifyPassword } from '../people/password.ts';
import { pruneAuthRecords } from './auth.service.ts';
import { THROTTLE } from './sign-in-throttle.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });
/** A sign-in from the workbench in a browser, with its device cookie when it has one. */
const workbenchLogin = (username: string, password: string, ip = '10.0.0.1', device?: string) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, client: 'workbench' },
    remoteAddress: ip,
    ...(device ? { headers: { cookie: device } } : {}),
  });
const deviceCookie = (res: { headers: Record<string, unknown> }) =>
  ([res.headers['set-cookie']].flat() as string[]).find((c) => c.startsWith('sx_device='))?.split(';')[0];
const later = (ms: number) => h.clock.set(new Date(h.clock.now().getTime() + ms));
const attempts = async (username: string) =>
  Number((await h.tdb.pool.query('SELECT count(*) AS n FROM login_attempts WHERE username = $1', [username])).rows[0].n);

describe('sign-in', () => {
  it('stores passwords with scrypt (memory-hard), never in clear', async () => {
    const row = await h.tdb.db.selectFrom('users').select('password_hash').where('username', '=', 'scjg.liming').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
    const hash = await hashPassword('密码Abc123');
    expect(await verifyPassword('密码Abc123', hash)).toBe(true);
    expect(await verifyPassword('密码Abc124', hash)).toBe(false);
  });

  it('signs in with a token and a cookie, and signs out', async () => {
    const res = await login('scjg.liming', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const { token, user } = res.json();
    expect(user.name).toBe('李明');
    expect(user.roles).toEqual(['officer']);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/sx_session=.+; Path=\/; HttpOnly; SameSite=Lax/);
    const viaCookie = await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(viaCookie.statusCode).toBe(200);
    const out = await h.request(token, 'POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    const after = await h.request(token, 'GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.json().error.message).toBe('请先登录');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const a = await login('scjg.wangfang', 'wrong-password', '10.0.0.2');
    const b = await login('nobody', 'wrong-password', '10.0.0.2');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe(b.json().error.message);
  });

  it('slows guesses on an account from one address with growing waits (1 s, 2 s, 4 s …), told in Retry-After', async () => {
    for (let i = 0; i < THROTTLE.pair; i++) expect((await login('scjg.sunhao', `bad-${i}`, '10.0.0.3')).statusCode).toBe(401);
    const slowed = await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.3');
    expect(slowed.statusCode).toBe(429);
    expect(errorCode(slowed)).toBe('RATE_LIMITED');
    expect(slowed.json().error.message).toBe('登录失败次数过多，请 1 秒后再试');
    expect(slowed.headers['retry-after']).toBe('1');
    later(1_000);
    expect((await login('scjg.sunhao', 'bad-again', '10.0.0.3')).statusCode).toBe(401); // evaluated after the wait
    const next = await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.3');
    expect(next.statusCode).toBe(429);
    expect(next.headers['retry-after']).toBe('2');
    later(2_000);
    expect((await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
    // a success from the same address starts its count again
    expect((await login('scjg.sunhao', 'bad-after', '10.0.0.3')).statusCode).toBe(401);
    expect((await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });

  it("one address's failures on one account do not lock the other users of that address (an office behind one address)", async () => {
    for (let i = 0; i < 8; i++) await login('scjg.zhaoqiang', `bad-${i}`, '10.20.0.1');
    expect((await login('scjg.zhaoqiang', DEMO_PASSWORD, '10.20.0.1')).statusCode).toBe(429);
    expect((await login('scjg.liming', DEMO_PASSWORD, '10.20.0.1')).statusCode).toBe(200);
    expect((await login('scjg.wangfang', DEMO_PASSWORD, '10.20.0.1')).statusCode).toBe(200);
  });

  it('guesses from many addresses slow unknown clients on that account, but never lock the right password out of a known device', async () => {
    const user = 'zhzf.zhoujie';
    // the user signed in from this browser before: it keeps a device cookie
    const first = await workbenchLogin(user, DEMO_PASSWORD);
    expect(first.statusCode, first.body).toBe(200);
    const device = deviceCookie(first);
    expect(device).toMatch(/^sx_device=[A-Za-z0-9_-]{32}$/);
    expect(String(first.headers['set-cookie'])).toMatch(
      /sx_device=[^;]+; Path=\/api\/v1\/auth; HttpOnly; SameSite=Strict; Max-Age=15552000/,
    );
    // an attack spread over addresses, one guess from each, up to the account's free attempts
    for (let a = 0; a < THROTTLE.account; a++) expect((await login(user, `guess-${a}`, `10.30.${a}.1`)).statusCode).toBe(401);
    // from a new address without the device cookie, even the right password waits (the account's count)
    const unknown = await workbenchLogin(user, DEMO_PASSWORD, '10.30.99.1');
    expect(unknown.statusCode).toBe(429);
    // from the known device, at any address, the right password works
    const known = await workbenchLogin(user, DEMO_PASSWORD, '10.30.99.1', device);
    expect(known.statusCode, known.body).toBe(200);
    expect(deviceCookie(known)).toBe(device); // the same device, used again
    // a device cookie of another account is no known device for this one
    const other = deviceCookie(await workbenchLogin('zhzf.xuna', DEMO_PASSWORD, '10.30.98.1'));
    expect((await workbenchLogin(user, DEMO_PASSWORD, '10.30.99.1', other)).statusCode).toBe(429);
    // and a known device's own failures throttle only that device
    for (let i = 0; i < THROTTLE.device; i++) expect((await workbenchLogin(user, `oops-${i}`, '10.30.99.1', device)).statusCode).toBe(401);
    expect((await workbenchLogin(user, DEMO_PASSWORD, '10.30.99.1', device)).statusCode).toBe(429);
  });

  it('eight concurrent guesses are counted before any is checked: only the free ones are evaluated', async () => {
    const before = await attempts('scjg.chenjing');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login('scjg.chenjing', `parallel-${i}`, '10.40.0.1')));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([...Array(THROTTLE.pair).fill(401), ...Array(8 - THROTTLE.pair).fill(429)]);
    expect((await attempts('scjg.chenjing')) - before).toBe(THROTTLE.pair);
  });

  it('rate-limits an address that tries many accounts', async () => {
    for (let i = 0; i < 30; i++) await login(`guess-${i}`, 'x', '10.9.9.9');
    const res = await login('scjg.juzhang', DEMO_PASSWORD, '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect((await login('scjg.juzhang', DEMO_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('a disabled account cannot sign in and its sessions end', async () => {
    const token = (await login('scjg.gongshi', DEMO_PASSWORD, '10.0.0.5')).json().token as string;
    const admin = await h.token('scjg.admin');
    const r = await h.request(admin, 'PATCH', `/api/v1/users/${h.user('scjg.publisher')}`, { disabled: true });
    expect(r.statusCode, r.body).toBe(200);
    expect((await h.request(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await login('scjg.gongshi', DEMO_PASSWORD, '10.0.0.5');
    expect(again.statusCode).toBe(401);
    expect(again.json().error.message).toContain('停用');
  });

  it('prunes expired sessions and old sign-in attempts', async () => {
    await login('scjg.juzhang', DEMO_PASSWORD, '10.7.7.7');
    h.clock.advanceDays(2);
    try {
      const pruned = await pruneAuthRecords({ db: h.tdb.db, clock: h.clock });
      expect(pruned.sessions).toBeGreaterThan(0);
      expect(pruned.attempts).toBeGreaterThan(0);
      const left = await h.tdb.db.selectFrom('sessions').select('id').where('expires_at', '<', h.clock.now()).execute();
      expect(left).toEqual([]);
    } finally {
      h.clock.advanceDays(-2);
    }
  });

  it('validates the login body with Chinese messages', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a' } });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toContain('password');
  });
});
