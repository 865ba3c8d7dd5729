import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { COMPANY_A } from '../demo/demo-cases.ts';
import { notifiedCase } from '../test/party.ts';
import { HSTS } from './hardening.ts';

/**
 * Issue 17, weakness 5: a product whose public address is https (TLS at the server or at the load
 * balancer in front of it) marks its session cookies Secure, so a browser never sends them over
 * plain http, and tells browsers to use https only (HSTS) on every response.
 */

const PUBLIC_URL = 'https://gs.example.gov.cn';
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-10-10T02:00:00Z', publicUrl: PUBLIC_URL });
});
afterAll(async () => h?.close());

const HOST = { host: 'gs.example.gov.cn', origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' };

describe('served behind https (SANXIANG_PUBLIC_URL=https://…)', () => {
  it("the workbench's session cookie is Secure, at sign-in and when it is cleared at sign-out", async () => {
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: HOST,
      payload: { username: 'scjg.liming', password: DEMO_PASSWORD, client: 'workbench' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const [set, device] = login.headers['set-cookie'] as string[];
    expect(set).toMatch(/^sx_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure$/);
    expect(device).toMatch(/^sx_device=[^;]+; Path=\/api\/v1\/auth; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    const cookie = set!.split(';')[0]!;
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...HOST, cookie, 'x-csrf-token': login.json().session.csrfToken },
    });
    expect(out.statusCode, out.body).toBeLessThan(300);
    expect(String(out.headers['set-cookie'])).toBe('sx_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure');
  });

  it("the party's 当事人专区 cookie is Secure too", async () => {
    const c = await notifiedCase(h, COMPANY_A, true);
    const res = await h.app.inject({
      method: 'POST',
      url: '/party/sign-in',
      headers: { ...HOST, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ caseNumber: c.number, code: c.code }).toString(),
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/; SameSite=Strict; Max-Age=\d+; Secure$/);
  });

  it('every response carries HSTS: pages, the API, errors, the ledger and files', async () => {
    for (const url of ['/', '/officers', '/party', '/api/v1/health', '/api/v1/cases', '/api/v1/no-such-route', '/ledger', '/workbench/']) {
      const res = await h.app.inject({ method: 'GET', url, headers: { host: 'gs.example.gov.cn' } });
      expect(res.headers['strict-transport-security'], `${url} (${res.statusCode})`).toBe(HSTS);
    }
    expect(HSTS).toBe('max-age=31536000');
  });
});
