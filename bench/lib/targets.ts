import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openEmbedded } from '../../apps/server/src/adapters/db/embedded.ts';

/** Where a benchmark runs: a fresh embedded PostgreSQL, or a fresh database on the machine's server. */
export interface Target {
  kind: 'embedded' | 'external';
  url: string;
  cleanup(): Promise<void>;
}

export async function embeddedTarget(): Promise<Target> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-bench-'));
  chmodSync(dir, 0o755);
  const e = await openEmbedded(dir);
  return {
    kind: 'embedded',
    url: e.url,
    cleanup: async () => {
      await e.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function externalTarget(): Promise<Target | null> {
  const admin = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: admin });
  try {
    await c.connect();
  } catch {
    return null;
  }
  const name = `sx_bench_${process.pid}`;
  await c.query(`DROP DATABASE IF EXISTS ${name}`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    kind: 'external',
    url: u.toString(),
    cleanup: async () => {
      // BENCH_KEEP=1 leaves the database for inspection (EXPLAIN, psql); drop it by hand afterwards
      if (process.env['BENCH_KEEP'] === '1') return void console.error(`kept ${u.toString()}`);
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}
