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

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types: types as unknown as pg.CustomTypesConfig, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process. Once the pool is being
  // closed, a client that the stopping server cuts off on its way out is no news.
  pool.on('error', (err) => {
    if (!pool.ending) process.stderr.write(`数据库连接错误：${err.message}\n`);
  });
  return pool;
}
