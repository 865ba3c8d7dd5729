import type { SiteIdentity } from '../http/html-layout.ts';
import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/schema.ts';
import { expect } from 'vitest';
import { ManualClock } from '../adapters/clock.ts';
import { buildApp } from '../app.ts';
import type { AdmissionOptions, AdmissionStats } from '../http/admission.ts';
import type { RateLimitOptions, RateLimitStats } from '../http/rate-limit.ts';
import type { SearchGate, SearchGateOptions } from '../modules/search/search.gate.ts';
import { openPortalPool, type PortalPoolOptions } from '../db/database.ts';
import type { App } from '../http/typebox.ts';
import { DEMO_PASSWORD, loadDemoOrg, type DemoOrg } from '../demo/demo-org.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openKeyStore, type KeyStore } from '../adapters/keys/key-store.ts';
import type { LedgerService } from '../modules/ledger/ledger.service.ts';
import type { DemoStore } from '../demo/demo-cases.ts';
import type { BlobStore } from '../adapters/blobs/blob-store.ts';
import { FsBlobStore } from '../adapters/blobs/fs-blob-store.ts';

/** A real app on a real database, with the demo county's organisation and a settable clock. */
export interface Harness {
  app: App;
  tdb: TestDatabase;
  clock: ManualClock;
  org: DemoOrg;
  ledger: LedgerService;
  /** the staff API's writes in flight (http/admission.ts) */
  admission: AdmissionStats;
  /** requests refused for their client's budget (http/rate-limit.ts) */
  rateLimits: RateLimitStats;
  /** the public search's gate, when the test asked for one */
  searchGate: SearchGate | null;
  /** the public side's own pool, when the test asked for one */
  portal: { db: Kysely<Database>; pool: pg.Pool } | null;
  keys: KeyStore;
  /** the app's data folder (keys, blobs, uploads), removed on close */
  dataDir: string;
  /** runs the alerts' sweep over the record as it is now and waits for it (modules/alerts; the server sweeps every minute) */
  alertsSettled(): Promise<void>;
  /** the app's blob store: `<dataDir>/blobs` unless the test passed another (e.g. S3 on s3rver) */
  blobs: BlobStore;
  /** what demo scenarios write through: this database, its blob folder and keys */
  demoStore(): DemoStore;
  /** user id by demo key, e.g. 'scjg.o1' */
  user(key: string): string;
  agency(key: string): string;
  token(username: string): Promise<string>;
  request(
    token: string | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createHarness(
  opts: {
    now?: string;
    dataDir?: string;
    blobs?: BlobStore;
    upstream?: { url: string; key: string };
    publicUrl?: string;
    /** the footer's 主办单位, 网站标识码, 备案号 … (SANXIANG_SITE_*) */
    site?: SiteIdentity;
    requestTimeoutMs?: number;
    admission?: AdmissionOptions;
    rateLimits?: RateLimitOptions;
    trustedProxies?: string[] | boolean;
    searchGate?: SearchGateOptions;
    /** the public side's own pool (db/database.ts#openPortalPool) over the test database */
    portal?: PortalPoolOptions;
  } = {},
): Promise<Harness> {
  const tdb = await createTestDatabase();
  const clock = new ManualClock(opts.now ?? '2026-11-02T02:00:00Z');
  const org = await loadDemoOrg(tdb.db, clock);
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'sx-data-'));
  const keys = openKeyStore({ keysDir: path.join(dataDir, 'keys') });
  const blobs = opts.blobs ?? FsBlobStore.inDataDir(dataDir);
  const portal = opts.portal ? openPortalPool(tdb.url, opts.portal) : null;
  const { app, ledger, admission, alerts, rateLimits, searchGate } = await buildApp({
    db: tdb.db,
    pool: tdb.pool,
    clock,
    databaseKind: tdb.kind,
    keys,
    dataDir,
    blobs,
    upstream: opts.upstream,
    publicUrl: opts.publicUrl,
    site: opts.site,
    ...(opts.requestTimeoutMs ? { requestTimeoutMs: opts.requestTimeoutMs } : {}),
    ...(opts.admission ? { admission: opts.admission } : {}),
    ...(opts.rateLimits ? { rateLimits: opts.rateLimits } : {}),
    ...(opts.trustedProxies !== undefined ? { trustedProxies: opts.trustedProxies } : {}),
    ...(opts.searchGate ? { searchGate: opts.searchGate } : {}),
    ...(portal ? { portal } : {}),
  });
  // Sessions last 12 hours of the (manual) clock: a token is fetched again when the clock has moved on.
  const tokens = new Map<string, { token: string; at: number }>();
  const h: Harness = {
    app,
    tdb,
    clock,
    org,
    ledger,
    admission,
    rateLimits,
    searchGate,
    portal,
    keys,
    dataDir,
    blobs,
    demoStore: () => ({ db: tdb.db, pool: tdb.pool, blobs, keys }),
    alertsSettled: () => alerts.sweepNow(),
    user(key) {
      const id = org.users.get(key);
      if (!id) throw new Error(`no demo user ${key}`);
      return id;
    },
    agency(key) {
      const id = org.agencies.get(key);
      if (!id) throw new Error(`no demo agency ${key}`);
      return id;
    },
    async token(username) {
      const hit = tokens.get(username);
      if (hit && Math.abs(clock.now().getTime() - hit.at) < 11 * 3600_000) return hit.token;
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      expect(res.statusCode, res.body).toBe(200);
      const token = (res.json() as { token: string }).token;
      tokens.set(username, { token, at: clock.now().getTime() });
      return token;
    },
    async request(token, method, url, body, headers = {}) {
      return app.inject({
        method,
        url,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    },
    async close() {
      await app.close();
      if (portal) await portal.db.destroy();
      await tdb.drop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

export function errorCode(res: LightMyRequestResponse): string {
  return (res.json() as { error?: { code?: string } }).error?.code ?? `(no error code; status ${res.statusCode})`;
}
