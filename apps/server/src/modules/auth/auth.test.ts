import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';
import { hashPassword, verifyPassword } from '../people/password.ts';
import { pruneAuthRecords } from './auth.service.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

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

  it('rate-limits an account after 5 failures in 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('scjg.sunhao', `bad-${i}`, '10.0.0.3')).statusCode).toBe(401);
    const locked = await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.4');
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.json().error.message).toContain('15 分钟');
    h.clock.advanceDays(1);
    try {
      expect((await login('scjg.sunhao', DEMO_PASSWORD, '10.0.0.4')).statusCode).toBe(200);
    } finally {
      h.clock.advanceDays(-1);
    }
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
