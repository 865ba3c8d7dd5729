import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../test/harness.ts';
import { rateLimitsFromEnv, TokenBuckets } from './rate-limit.ts';

/**
 * Fair use per client (issue 23): public pages and APIs are limited per address — the address
 * the trusted proxy reports, never one a client writes itself — and answered 429 with Retry-After
 * (a Chinese page for pages, the JSON error for the API); signed-in staff have budgets of their own
 * per person, so public load from their address never locks them out.
 */
let h: Harness;
let now = 0;

beforeAll(async () => {
  h = await createHarness({
    rateLimits: {
      search: { perMinute: 6, burst: 2 },
      public: { perMinute: 6, burst: 3 },
      staff: { perMinute: 60, burst: 4 },
      complaint: { perMinute: 1, burst: 1 },
      now: () => now,
    },
    // the injected requests come from 127.0.0.1: the proxy on this host is trusted
    trustedProxies: ['127.0.0.1'],
  });
}, 120_000);
afterAll(async () => h?.close());

const from = (address: string, url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': address, ...headers } });

describe('issue 23: rate limits per client', () => {
  it('R-X-4: filings of 投诉举报 have a budget of their own per address; reading the form is not counted in it', async () => {
    const a = '203.0.113.77';
    const post = () =>
      h.app.inject({
        method: 'POST',
        url: '/complaints',
        headers: { 'x-forwarded-for': a, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'facts=x',
      });
    // the first is answered by the form (not a valid filing: no multipart body), the second refused before it is read
    expect((await post()).statusCode).toBe(400);
    const refused = await post();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toContain('您的提交投诉举报次数已超过本平台对每个来源地址的限制');
    expect((await from(a, '/complaints')).statusCode).toBe(200);
    expect(h.rateLimits.refused.complaint).toBe(1);
  });

  it('the search page over its budget: 429, Retry-After and a Chinese page; other addresses are not affected', async () => {
    const a = '203.0.113.10';
    expect((await from(a, '/search?q=食品')).statusCode).toBe(200);
    expect((await from(a, '/search?q=罚款')).statusCode).toBe(200);
    const refused = await from(a, '/search?q=检查');
    expect(refused.statusCode).toBe(429);
    // a token back after 10 s at 6 a minute
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.body).toContain('<html lang="zh-CN">');
    expect(refused.body).toContain('请求过于频繁');
    expect(refused.body).toContain('10 秒后再试');
    // another citizen searches on
    expect((await from('203.0.113.11', '/search?q=检查')).statusCode).toBe(200);
    // the search budget is its own: the same address still reads pages
    expect((await from(a, '/')).statusCode).toBe(200);
    // and searches again once the bucket has refilled
    now += 10_000;
    expect((await from(a, '/search?q=检查')).statusCode).toBe(200);
    expect((await from(a, '/search?q=检查')).statusCode).toBe(429);
  });

  it('the API over its budget: 429 with the JSON error RATE_LIMITED and Retry-After', async () => {
    const a = '203.0.113.20';
    for (let i = 0; i < 2; i++) expect((await from(a, '/api/v1/public/decisions?q=食品')).statusCode).toBe(200);
    const refused = await from(a, '/api/v1/public/decisions?q=食品');
    expect(refused.statusCode).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.json().error.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // public JSON, feeds and pages share the public budget (3 at once)
    for (let i = 0; i < 3; i++) expect((await from(a, '/decisions.atom')).statusCode).toBe(200);
    const page = await from(a, '/officers');
    expect(page.statusCode).toBe(429);
    expect(page.body).toContain('访问次数已超过');
    expect(h.rateLimits.refused.public).toBeGreaterThan(0);
  });

  it('the address is the trusted proxy’s: a forwarded address from any other peer is ignored', async () => {
    // a client reaching the instance directly cannot pick a fresh address per request
    const direct = (forged: string) =>
      h.app.inject({ method: 'GET', url: '/search?q=食品', remoteAddress: '198.51.100.7', headers: { 'x-forwarded-for': forged } });
    expect((await direct('192.0.2.1')).statusCode).toBe(200);
    expect((await direct('192.0.2.2')).statusCode).toBe(200);
    expect((await direct('192.0.2.3')).statusCode).toBe(429);
  });

  it('staff are counted per person, not per address: public load from their office does not lock them out', async () => {
    const office = '203.0.113.30';
    for (let i = 0; i < 3; i++) expect((await from(office, '/')).statusCode).toBe(200);
    expect((await from(office, '/')).statusCode).toBe(429);
    // an officer behind the same address works on
    const liming = await h.token('scjg.liming');
    const worklist = () => from(office, '/api/v1/worklist', { authorization: `Bearer ${liming}` });
    const got = await worklist();
    expect(got.statusCode, got.body).toBe(200);
    // the officer's own budget (4 at once; the sign-in took none of it)
    for (let i = 0; i < 3; i++) expect((await worklist()).statusCode).toBe(200);
    const refused = await worklist();
    expect(refused.statusCode).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.json().error.details.budget).toBe('staff');
    // another officer of the same office is not affected
    const wangfang = await h.token('scjg.wangfang');
    expect((await from(office, '/api/v1/worklist', { authorization: `Bearer ${wangfang}` })).statusCode).toBe(200);
  });

  it('an API request without a session counts against the address’s public budget (before any session lookup)', async () => {
    const a = '203.0.113.40';
    for (let i = 0; i < 3; i++) expect((await from(a, '/api/v1/worklist')).statusCode).toBe(401);
    expect((await from(a, '/api/v1/worklist')).statusCode).toBe(429);
  });
});

describe('issue 23: the budgets as configuration', () => {
  it('SANXIANG_RATE_*: "per minute/burst", or off; a wrong value stops the start with a Chinese message', () => {
    const o = rateLimitsFromEnv({ SANXIANG_RATE_SEARCH: '60/20', SANXIANG_RATE_STAFF: 'off' });
    expect(o.search).toEqual({ perMinute: 60, burst: 20 });
    expect(o.public).toEqual({ perMinute: 300, burst: 100 });
    expect(o.staff.perMinute).toBe(Infinity);
    expect(() => rateLimitsFromEnv({ SANXIANG_RATE_PUBLIC: '100' })).toThrow(/SANXIANG_RATE_PUBLIC 应写作/);
  });

  it('a bucket refills at its rate up to its burst and forgets idle clients', () => {
    let t = 0;
    const b = new TokenBuckets(() => t);
    const budget = { perMinute: 60, burst: 2 };
    expect(b.take('x', budget)).toBe(0);
    expect(b.take('x', budget)).toBe(0);
    expect(b.take('x', budget)).toBe(1);
    t += 1000;
    expect(b.take('x', budget)).toBe(0);
    t += 120_000;
    b.take('y', budget);
    // x had its burst back: forgotten
    expect(b.size).toBe(1);
  });
});
