import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../test/harness.ts';
import { demoScenarios, runScenario } from '../demo/demo-cases.ts';

/**
 * Hostile input over every operation of the OpenAPI document (issue 17, "Proof that stays in the
 * suite"): wrong types, NUL-laden and huge strings, deep JSON, prototype keys, bytes that are not
 * UTF-8, traversal in names. Each request must be refused with a 4xx and a Chinese message — never
 * a 5xx — and nothing may change: every table's row count is the same afterwards (sign-in
 * attempts and sessions aside, which count what happened).
 */

let h: Harness;
let caseId = '';
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const { CalendarService } = await import('../modules/calendar/calendar.service.ts');
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  const [first] = demoScenarios((k) => h.user(k), '2026-11-16');
  caseId = await runScenario(h.demoStore(), () => cal.current(), h.org, first!);
});
afterAll(async () => h?.close());

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  required?: string[];
  $ref?: string;
};
interface Operation {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const NUL = 'a\u0000b';
const TRAVERSAL = '../../../../etc/passwd';

/** A value of the wrong kind for the schema (never valid, so the request must be refused). */
function wrong(s: Schema | undefined): unknown {
  const t = Array.isArray(s?.type) ? s?.type[0] : s?.type;
  if (t === 'string') return { [NUL]: NUL };
  if (t === 'integer' || t === 'number') return 'NaN\u0000';
  if (t === 'boolean') return 'yes\u0000';
  if (t === 'array') return { length: 1, 0: NUL };
  return [NUL];
}

/** A body of the schema's shape whose every string is NUL-laden or a traversal, with prototype keys beside. */
function hostileBody(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 6) return NUL;
  const pick = s.anyOf?.[0] ?? s.oneOf?.[0] ?? s.allOf?.[0];
  if (pick) return hostileBody(pick, depth + 1);
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  if (t === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = hostileBody(v, depth + 1);
    return out;
  }
  if (t === 'array') return [hostileBody(s.items, depth + 1)];
  if (t === 'integer' || t === 'number') return -1e308;
  if (t === 'boolean') return true;
  return depth % 2 ? NUL : `${TRAVERSAL}\u0000`;
}

function variants(op: Operation): { name: string; path: (p: string) => string; query: string; body?: unknown; raw?: Buffer }[] {
  const params = op.parameters ?? [];
  const query = (f: (s: Schema | undefined) => string) =>
    params
      .filter((p) => p.in === 'query')
      .map((p) => `${p.name}=${f(p.schema)}`)
      .join('&');
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const withId = (value: string) => (p: string) =>
    p.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'id' ? value : encodeURIComponent(TRAVERSAL)));
  const out: ReturnType<typeof variants> = [
    { name: 'traversal in names', path: withId(encodeURIComponent(TRAVERSAL)), query: query(() => encodeURIComponent(TRAVERSAL) + '%00') },
    { name: 'NUL in path and query', path: withId('%00'), query: query(() => '%00%00') },
    { name: 'huge values', path: withId('9'.repeat(5000)), query: query(() => 'x'.repeat(20_000)) },
  ];
  if (bodySchema) {
    out.push(
      { name: 'hostile body', path: withId(caseId), query: '', body: hostileBody(bodySchema) },
      { name: 'wrong types', path: withId(caseId), query: '', body: wrong(bodySchema) },
      {
        name: 'prototype keys',
        path: withId(caseId),
        query: '',
        raw: Buffer.from(`{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"toString":${JSON.stringify(NUL)}}`),
      },
      { name: 'deep JSON', path: withId(caseId), query: '', raw: Buffer.from(`{"a":${'['.repeat(5000)}"x"${']'.repeat(5000)}}`) },
      {
        name: 'bytes that are not UTF-8',
        path: withId(caseId),
        query: '',
        raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d]),
      },
      { name: 'huge string', path: withId(caseId), query: '', raw: Buffer.from(JSON.stringify({ title: 'x'.repeat(900_000) })) },
    );
  }
  return out;
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ relname: string }>`SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public'`.execute(h.tdb.db);
  const out: Record<string, number> = {};
  for (const { relname } of tables.rows) {
    if (relname === 'login_attempts' || relname === 'sessions' || relname.startsWith('kysely_')) continue;
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(relname)}`.execute(h.tdb.db);
    out[relname] = Number(r.rows[0]!.n);
  }
  return out;
}

describe('hostile input over every operation of the OpenAPI document', () => {
  it('is refused with a 4xx and a Chinese message, never a 5xx, and changes nothing', async () => {
    const doc = (await h.request(null, 'GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
    const callers = [null, await h.token('scjg.admin'), await h.token('scjg.liming'), await h.token('sfj.admin')];
    const before = await rowCounts();
    const failures: string[] = [];
    const statuses: Record<string, number> = {};
    let n = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        // signing out ends the caller's own session; it takes no input to be hostile with
        if (path === '/api/v1/auth/logout') continue;
        // an operation that takes no input has nothing to be hostile with
        if (!path.includes('{') && !op.parameters?.some((p) => p.in === 'query') && !op.requestBody) continue;
        for (const v of variants(op)) {
          for (const token of callers) {
            const url = v.path(path) + (v.query ? `?${v.query}` : '');
            const res = await h.app.inject({
              method: method.toUpperCase() as 'GET',
              url,
              headers: {
                ...(token ? { authorization: `Bearer ${token}` } : {}),
                ...(v.raw || v.body !== undefined ? { 'content-type': 'application/json' } : {}),
              },
              ...(v.raw ? { payload: v.raw } : v.body !== undefined ? { payload: JSON.stringify(v.body) } : {}),
            });
            n++;
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            const what = `${method.toUpperCase()} ${path} (${v.name}, ${token ? 'signed in' : 'anonymous'}) → ${res.statusCode} ${res.body.slice(0, 200)}`;
            if (res.statusCode >= 500 || res.statusCode < 400) failures.push(what);
            else if (String(res.headers['content-type']).startsWith('application/json')) {
              const message = (res.json() as { error?: { message?: string } }).error?.message ?? '';
              if (!/[\u4e00-\u9fff]/.test(message)) failures.push(`no Chinese message: ${what}`);
            }
          }
        }
      }
    }
    console.log(`hostile input: ${n} requests, statuses ${JSON.stringify(statuses)}`);
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  }, 600_000);
});
