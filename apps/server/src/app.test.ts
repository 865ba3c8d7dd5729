import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from './test/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('the HTTP surface', () => {
  it('R-X-6: publishes an OpenAPI document generated from the validating schemas', async () => {
    const res = await h.request(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{id}/steps', '/api/v1/auth/login', '/api/v1/calendar/due-date']),
    );
    const open = doc.paths['/api/v1/cases'].post;
    expect(open.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['procedure', 'party', 'officerIds']),
    );
    expect(open.responses['422']).toBeDefined();
  });

  it('health answers 503 within 5 s when the database does not answer (a load balancer then takes the instance out)', async () => {
    const blocker = await h.tdb.pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE meta IN ACCESS EXCLUSIVE MODE'); // every read of it now waits
      const res = await h.request(null, 'GET', '/health');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ ok: false, error: '数据库无法访问或没有应答' });
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    expect((await h.request(null, 'GET', '/health')).statusCode).toBe(200);
  });

  it('serves a Chinese home page, health, and public flowcharts', async () => {
    const home = await h.request(null, 'GET', '/');
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.body).toContain('<html lang="zh-CN">');
    expect(home.body).toContain('行政处罚一般程序');
    expect((await h.request(null, 'GET', '/health')).json()).toMatchObject({ ok: true });
    const svg = await h.request(null, 'GET', '/api/v1/procedures/penalty-general/flowchart.svg');
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('法制审核中');
    const mmd = await h.request(null, 'GET', '/api/v1/procedures/coercion-seizure/flowchart.mmd');
    expect(mmd.body).toContain('实施查封扣押');
    const def = (await h.request(null, 'GET', '/api/v1/procedures/license')).json();
    expect(def.steps.map((s: { name: string }) => s.name)).toContain('准予许可');
    expect((await h.request(null, 'GET', '/api/v1/procedures/nope')).statusCode).toBe(404);
  });

  it('answers unknown routes, wrong media types and oversized bodies with Chinese errors', async () => {
    const anonymous = await h.request(null, 'GET', '/api/v1/nothing-here');
    expect(anonymous.statusCode).toBe(401); // signed-out callers learn nothing about which routes exist
    const missing = await h.request(await h.token('scjg.liming'), 'GET', '/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('请求的资源不存在');
    const form = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect(form.statusCode).toBe(415);
    expect(errorCode(form)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(2_000_000) }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('no input crashes the server: random bodies, params and queries on every route give 4xx', async () => {
    const doc = (await h.request(null, 'GET', '/api/openapi.json')).json();
    const token = await h.token('scjg.admin');
    const junk: unknown[] = [
      null,
      0,
      -1,
      1e308,
      'x',
      '',
      [],
      [1, 'a'],
      { a: { b: { c: [null] } } },
      { step: 'inspect', inputs: { officers: 'all', place: ['x'] } },
      {
        procedure: 'penalty-general',
        title: '案',
        field: '市场监管',
        regionCode: "'; DROP TABLE cases; --",
        party: { kind: 'org', name: '\u0000' },
        officerIds: ['00000000-0000-0000-0000-000000000000'],
        inputs: {},
      },
      { text: '\uFFFF'.repeat(10) },
      { status: 'revoked', reason: 'x'.repeat(600) },
      { username: '🙂', password: '\u0000' },
    ];
    const ids = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', '..%2F..%2Fetc'];
    let calls = 0;
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(methods)) {
        for (const id of ids) {
          const url = path.replace('{id}', id).replace('{code}', id).replace('{date}', id);
          for (const body of method === 'get' ? [undefined] : junk) {
            const res = await h.request(
              token,
              method.toUpperCase() as 'POST',
              `${url}${method === 'get' ? '?limit=abc&cursor=%ZZ' : ''}`,
              body,
            );
            calls++;
            expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)?.slice(0, 80)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
            if (res.statusCode >= 400) expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    expect((await h.request(null, 'GET', '/health')).statusCode).toBe(200);
    const count = await h.tdb.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});
