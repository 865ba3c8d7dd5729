import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openEmbedded, type EmbeddedHandle } from '../adapters/db/embedded.ts';
import { createPool } from '../adapters/db/pool.ts';
import { createKysely } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * One PostgreSQL for the whole run: the machine's server when DATABASE_URL is set, else an
 * embedded cluster in a temporary folder. A migrated template database is made once; each
 * test file then creates its own database from it (see test/db.ts).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgKind: 'embedded' | 'external';
    pgRunId: string;
  }
}

let embedded: EmbeddedHandle | null = null;
let tmp: string | null = null;
let adminUrl = '';
let template = '';
const runId = `${process.pid}_${Date.now().toString(36)}`;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function setup(project: TestProject): Promise<void> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    adminUrl = withDatabase(external, 'postgres');
  } else {
    tmp = mkdtempSync(path.join(tmpdir(), 'sanxiang-test-'));
    embedded = await openEmbedded(tmp);
    adminUrl = withDatabase(embedded.url, 'postgres');
  }
  template = `sx_t_${runId}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const pool = createPool(withDatabase(adminUrl, template), 2);
  const db = createKysely(pool);
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgKind', external ? 'external' : 'embedded');
  project.provide('pgRunId', runId);
}

export async function teardown(): Promise<void> {
  if (adminUrl && template) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // Drop every database this run made (files that crashed may have left theirs).
    const left = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
      `sx_t_${runId}_%`,
      template,
    ]);
    for (const r of left.rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.end();
  }
  if (embedded) await embedded.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
