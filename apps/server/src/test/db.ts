import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { inject } from 'vitest';
import type { Database } from '../db/schema.ts';
import { createPool } from '../adapters/db/pool.ts';
import { createKysely } from '../db/database.ts';

export interface TestDatabase {
  db: Kysely<Database>;
  pool: pg.Pool;
  url: string;
  name: string;
  kind: 'embedded' | 'external';
  drop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** A fresh, migrated database for one test file, copied from the run's template. */
export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `sx_t_${inject('pgRunId')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const pool = createPool(url, poolSize);
  const db = createKysely(pool);
  return {
    db,
    pool,
    url,
    name,
    kind: inject('pgKind'),
    async drop() {
      await db.destroy();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
