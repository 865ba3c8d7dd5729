import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createHarness, type Harness } from '../test/harness.ts';
import { DEFAULT_WORKBENCH_DIR, WORKBENCH_CSP } from './workbench.ts';

/**
 * 执法工作台 served under /workbench/ (http/workbench.ts): index.html with a strict CSP for every
 * application route, hashed assets immutable and pre-compressed, nothing outside the build and no
 * dotfile ever served, and a Chinese 503 page when there is no build.
 */

let h: Harness;
const DIST = DEFAULT_WORKBENCH_DIR;
let indexHtml: string;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'index.html'))) await (await import('../../../workbench/build.mjs')).ensureBuilt();
  indexHtml = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  h = await createHarness();
}, 300_000);
afterAll(async () => h?.close());

const get = (url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });

function expectPage(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body.slice(0, 200)).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.headers['content-security-policy']).toBe(WORKBENCH_CSP);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(res.headers['cache-control']).toBe('no-cache');
}

/** The application's entry script, named by its content hash, as index.html loads it. */
function entryScript(): string {
  const src = /<script type="module"[^>]* src="\/workbench\/(assets\/[^"]+\.js)"/.exec(indexHtml)?.[1];
  expect(src, indexHtml).toBeDefined();
  return src!;
}

describe('the application page', () => {
  it('GET /workbench/ answers index.html with the CSP: scripts of this origin only, never framed; nosniff; revalidated', async () => {
    const res = await get('/workbench/');
    expectPage(res);
    expect(res.body).toBe(indexHtml);
    const csp = String(res.headers['content-security-policy']).split('; ');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    // no inline script: index.html itself has none
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('every other path under /workbench/ is an application route and gets the same page', async () => {
    for (const url of [
      '/workbench/cases/x',
      '/workbench/cases/0d5c1c52-0000-4000-8000-000000000000/review',
      '/workbench/index.html',
      '/workbench/assets',
      '/workbench/worklist?tab=overdue',
    ]) {
      const res = await get(url);
      expectPage(res);
      expect(res.body, url).toBe(indexHtml);
    }
  });

  it('GET /workbench redirects to /workbench/', async () => {
    const res = await get('/workbench');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/workbench/');
  });
});

describe('assets', () => {
  it('a hashed asset is served as built, immutable for a year, nosniff', async () => {
    const rel = entryScript();
    const res = await get(`/workbench/${rel}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript; charset=utf-8$/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(readFileSync(path.join(DIST, rel)))).toBe(true);
  });

  it('with Accept-Encoding: br the pre-compressed .br file is sent as it is; gzip likewise', async () => {
    const rel = entryScript();
    const original = readFileSync(path.join(DIST, rel));
    const br = await get(`/workbench/${rel}`, { 'accept-encoding': 'br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.equals(readFileSync(path.join(DIST, `${rel}.br`)))).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
    const gz = await get(`/workbench/${rel}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);
  });

  it('a small asset without a pre-compressed copy is sent plain even to a client that accepts br', async () => {
    const files = readdirSync(path.join(DIST, 'assets'));
    const small = files.find((f) => f.endsWith('.js') && !files.includes(`${f}.br`));
    expect(small).toBeDefined();
    const res = await get(`/workbench/assets/${small}`, { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(readFileSync(path.join(DIST, 'assets', small!)))).toBe(true);
  });

  it('a missing asset is 404, not the application page', async () => {
    for (const url of ['/workbench/assets/missing.js', '/workbench/assets/', '/workbench/assets/deep/missing.css']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '请求的资源不存在' } });
    }
  });
});

describe('nothing outside the build, no dotfile', () => {
  // the encoded ones reach the route with `..` in the path; the plain one is resolved by the URL parser first
  const outside = [
    '/workbench/../../etc/passwd',
    '/workbench/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/workbench/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/workbench/%2e%2e%2fbuild.mjs',
    '/workbench/..%2fpackage.json',
    '/workbench/assets/..%2f..%2fbuild.mjs',
    '/workbench/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/workbench/assets/%2e%2e%2f.build-stamp',
    '/workbench/%2fetc%2fpasswd',
    '/workbench/index.html%00.js',
  ];

  it('a path that climbs out of the build is 404, never the file', async () => {
    const secrets = [
      readFileSync('/etc/passwd', 'utf8'),
      readFileSync(path.join(DIST, '../build.mjs'), 'utf8'),
      readFileSync(path.join(DIST, '../package.json'), 'utf8'),
    ];
    for (const url of outside) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual({ error: { code: 'NOT_FOUND', message: '请求的资源不存在' } });
      for (const s of secrets) expect(res.body.includes(s.slice(0, 60)), url).toBe(false);
    }
    // a backslash is a plain character of a file name here: no such file inside the build, so the application page
    const backslash = await get('/workbench/..%5c..%5cbuild.mjs');
    expectPage(backslash);
    expect(backslash.body).toBe(indexHtml);
  });

  it('.build-stamp (and any dotfile) is never served: the application page answers instead', async () => {
    const stamp = readFileSync(path.join(DIST, '.build-stamp'), 'utf8');
    for (const url of ['/workbench/.build-stamp', '/workbench/%2ebuild-stamp', '/workbench/assets/../.build-stamp']) {
      const res = await get(url);
      expectPage(res);
      expect(res.body, url).toBe(indexHtml);
      expect(res.body.includes(stamp.trim()), url).toBe(false);
    }
  });
});

describe("another workbench folder (buildApp's workbenchDir)", () => {
  it('/workbench/ answers 503 with a Chinese page that says how to build it; /workbench still redirects', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'sx-no-workbench-'));
    const { app } = await buildApp({
      db: h.tdb.db,
      pool: h.tdb.pool,
      clock: h.clock,
      databaseKind: h.tdb.kind,
      keys: h.keys,
      dataDir: h.dataDir,
      blobs: h.blobs,
      workbenchDir: empty,
    });
    try {
      for (const url of ['/workbench/', '/workbench/cases/x', '/workbench/assets/index.js']) {
        const res = await app.inject({ method: 'GET', url });
        expectPage(res, 503);
        expect(res.body, url).toContain('<html lang="zh-CN">');
        expect(res.body).toContain('<h1>执法工作台尚未构建</h1>');
        expect(res.body).toContain('node apps/workbench/build.mjs');
      }
      const r = await app.inject({ method: 'GET', url: '/workbench' });
      expect(r.statusCode).toBe(302);
      expect(r.headers.location).toBe('/workbench/');
      // the API is served as ever
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    } finally {
      await app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a build of our own: its dotfiles, under assets/ or not, are never served; its files are', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-workbench-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>fixture</title>');
    writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js'), 'export const x = 1;');
    writeFileSync(path.join(dir, 'assets', '.hidden-Ab12Cd34.js'), 'secret in assets');
    writeFileSync(path.join(dir, '.env'), 'SECRET=1');
    const { app } = await buildApp({
      db: h.tdb.db,
      pool: h.tdb.pool,
      clock: h.clock,
      databaseKind: h.tdb.kind,
      keys: h.keys,
      dataDir: h.dataDir,
      blobs: h.blobs,
      workbenchDir: dir,
    });
    try {
      const js = await app.inject({ method: 'GET', url: '/workbench/assets/app-Ab12Cd34.js' });
      expect(js.statusCode).toBe(200);
      expect(js.body).toBe('export const x = 1;');
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const hidden = await app.inject({ method: 'GET', url: '/workbench/assets/.hidden-Ab12Cd34.js' });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).not.toContain('secret');
      const env = await app.inject({ method: 'GET', url: '/workbench/.env' });
      expectPage(env);
      expect(env.body).toBe('<!doctype html><title>fixture</title>');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
