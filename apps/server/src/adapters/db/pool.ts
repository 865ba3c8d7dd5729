import { createHash } from 'node:crypto';
import pg from 'pg';

const DATE_OID = 1082;
const INT8_OID = 20;

/** Per-pool type parsing (no global mutation): `date` stays an ISO string, int8 a JS number. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/**
 * Statements with parameters are prepared once per connection and executed by name after that
 * (issue 20 item 7): PostgreSQL then skips parsing and analysing them, and after five executions
 * may keep a generic plan. Measured on the whole 一般程序 walk (≈ 170 statements per case, most of
 * them short reads and writes by key), PostgreSQL's CPU per case fell by about a quarter.
 *
 * Not prepared: statements without parameters (DDL, BEGIN/COMMIT), and statements whose best plan
 * depends on the values — text matching (LIKE, the bigram arrays' @>/&&, regular expressions) and
 * the portal's search over public_decisions and its own search_entries, whose plans were tuned per
 * query and must stay custom.
 * Each connection keeps at most MAX_PREPARED statements; beyond that a statement runs unnamed.
 * The name carries the schema generation: a migration (which may change what `SELECT *` returns)
 * starts a new generation, so no connection executes a statement prepared against the old schema.
 */
const MAX_PREPARED = 256;
const VALUE_DEPENDENT = /\b(?:i?like|similar\s+to)\b|@>|<@|&&|~|public_decisions|search_entries|\bset\s+local\b/i;
let generation = 0;
/** SANXIANG_DB_PREPARED_STATEMENTS=off: behind a transaction-level pooler that cannot keep them (docs/deploy.md). */
const PREPARE = process.env['SANXIANG_DB_PREPARED_STATEMENTS'] !== 'off';

/** A migration changed the schema: statements prepared before are not reused. */
export function schemaChanged(): void {
  generation += 1;
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = createHash('sha1').update(text).digest('hex').slice(0, 24);
    if (names.size > 10_000) names.clear();
    names.set(text, name);
  }
  return `sx${generation}_${name}`;
}

class PreparingClient extends pg.Client {
  private prepared = new Set<string>();

  // pg's overloads: (text, values) and (text, values, callback) are the forms Kysely and the code use
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (PREPARE && typeof text === 'string' && Array.isArray(values) && values.length && !VALUE_DEPENDENT.test(text)) {
      const name = statementName(text);
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED) {
        this.prepared.add(name);
        return (super.query as (...a: unknown[]) => never)({ name, text, values }, ...args.slice(2));
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

export interface PoolOptions {
  /** PostgreSQL cancels any statement of this pool's connections that runs longer (SQLSTATE 57014) */
  statementTimeoutMs?: number | undefined;
  /** shown in pg_stat_activity, so that an operator (and the abuse bench) can tell the pools apart */
  applicationName?: string | undefined;
}

export function createPool(connectionString: string, max = 10, opts: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: types as unknown as pg.CustomTypesConfig,
    idleTimeoutMillis: 30_000,
    Client: PreparingClient as unknown as typeof pg.Client,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    ...(opts.applicationName ? { application_name: opts.applicationName } : {}),
  });
  // An idle client losing its connection must not crash the process. Once the pool is being
  // closed, a client that the stopping server cuts off on its way out is no news.
  pool.on('error', (err) => {
    if (!pool.ending) process.stderr.write(`数据库连接错误：${err.message}\n`);
  });
  return pool;
}
