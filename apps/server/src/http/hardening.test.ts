import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPushed } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../test/harness.ts';

/** Hostile input is refused with a Chinese 400 before it reaches a handler, and every response carries the security headers. */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
});
afterAll(async () => h?.close());

const counts = async () =>
  Promise.all(
    (['sessions', 'access_events', 'cases', 'case_events'] as const).map(async (t) =>
      Number(
        (
          await h.tdb.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );

describe('hostile input', () => {
  it('a NUL byte in a path, a query, a sign-in or a reason is a 400 with a Chinese message, and changes nothing', async () => {
    const token = await h.token('scjg.liming');
    const before = await counts();
    const caseId = (await h.tdb.db.selectFrom('cases').select('id').executeTakeFirst())?.id ?? '6b0f7a0e-0000-4000-8000-000000000000';
    const requests: [string | null, 'GET' | 'POST', string, unknown?][] = [
      [null, 'GET', '/api/v1/public/decisions?q=%00'],
      [null, 'GET', '/api/v1/public/officers/ABC%00'],
      [null, 'GET', '/api/v1/public/decisions/ABC%00/1'],
      [null, 'POST', '/api/v1/auth/login', { username: 'scjg.liming\u0000', password: 'x' }],
      [null, 'POST', '/api/v1/auth/login', { username: 'scjg.liming', password: '\u0000' }],
      [token, 'GET', `/api/v1/cases/${caseId}?reason=%E8%B0%83%00`],
      [token, 'GET', '/api/v1/cases?q=a%00b'],
      [token, 'POST', '/api/v1/cases', { title: '案由\u0000', nested: { deep: ['x\u0000'] } }],
      [token, 'POST', '/api/v1/cases', { ['key\u0000']: 1 }],
    ];
    for (const [t, method, url, body] of requests) {
      const res = await h.request(t, method, url, body);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(400);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
      expect(res.json().error.message).toContain('NUL');
    }
    expect(await counts()).toEqual(before);
  });

  it('R-X-6: a pushed record whose fieldSet names a prototype key is a problem of that record, not a crash', () => {
    for (const fieldSet of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 42]) {
      const problems = checkPushed({ fieldSet, fields: {} }, 0, '11130433MB0000000X', '2026-11-16');
      expect(problems.map((p) => p.field)).toEqual(['fieldSet']);
    }
  });
});

describe('security headers', () => {
  it('JSON, the ledger, the portal and the workbench all answer with nosniff, a Referrer-Policy, no framing and a script-free CSP', async () => {
    for (const url of ['/api/v1/procedures', '/ledger', '/', '/officers', '/api/v1/cases', '/no-such-page']) {
      const res = await h.request(null, 'GET', url);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBeTruthy();
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain("script-src 'unsafe-inline'");
      if (String(res.headers['content-type']).startsWith('text/html')) expect(csp, url).toContain("default-src 'none'");
    }
  });
});
