import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { copyIn, copyOut } from '../adapters/db/pg-copy.ts';

/**
 * The database part of `sanxiang backup` and `sanxiang restore` (issue 17). Tables are never named
 * here: they are read from the catalog (schema public), so a new table is backed up without a
 * change to this file. Each table is one gzip'd file of COPY text, which round-trips every type
 * exactly (hashes in bytea, jsonb, timestamps).
 */

/** Kysely's bookkeeping of the migrations run (db/migrate.ts): dumped, never loaded — a restore runs the migrations itself. */
export const MIGRATION_TABLES = ['schema_migrations', 'schema_migrations_lock'] as const;
const MIGRATION_TABLE = MIGRATION_TABLES[0];

export interface TableDump {
  name: string;
  /** the stored columns, in the file's order (generated columns are recomputed on load) */
  columns: string[];
  rows: number;
  /** relative to the backup folder */
  file: string;
  sha256: string;
  bytes: number;
}

export interface SequenceState {
  name: string;
  /** the column that owns it (bigserial), if any */
  table: string | null;
  column: string | null;
  lastValue: string;
  isCalled: boolean;
}

export interface DatabaseDump {
  serverVersion: string;
  /** the migrations the snapshot had run, oldest first */
  migrations: string[];
  tables: TableDump[];
  sequences: SequenceState[];
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The product's tables and their stored columns, from the catalog. */
export async function catalogTables(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return rows;
}

async function catalogSequences(client: pg.ClientBase): Promise<Omit<SequenceState, 'lastValue' | 'isCalled'>[]> {
  const { rows } = await client.query<{ name: string; table: string | null; column: string | null }>(
    `SELECT s.relname AS name, t.relname AS "table", a.attname AS "column"
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass
                            AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class t ON t.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE n.nspname = 'public' AND s.relkind = 'S'
      ORDER BY s.relname`,
  );
  return rows;
}

/** Whether the catalog has the migrations' table, and which migrations it lists. */
export async function migrationsRun(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(
    `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                      WHERE n.nspname = 'public' AND c.relname = $1`,
    [MIGRATION_TABLE],
  );
  if (exists.rowCount === 0) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${ident(MIGRATION_TABLE)} ORDER BY name`);
  return rows.map((r) => r.name);
}

/** Counts the bytes and hashes what passes (the gzip'd file as written). */
function digestPass(): { stream: Transform; result: () => { sha256: string; bytes: number } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), bytes }) };
}

/**
 * One consistent snapshot of every table while the server may be writing: a REPEATABLE READ,
 * READ ONLY transaction sees one moment for all its statements, and takes no lock but ACCESS
 * SHARE (writers never wait on it). Files go to `<backup>/<dbFolder>/<table>.copy.gz`, mode 0600.
 */
export async function dumpDatabase(pool: pg.Pool, backupDir: string, dbFolder: string): Promise<DatabaseDump> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const serverVersion = (await client.query<{ v: string }>('SHOW server_version')).rows[0]!.v;
    const migrations = await migrationsRun(client);
    const tables: TableDump[] = [];
    for (const t of await catalogTables(client)) {
      const file = path.join(dbFolder, `${t.name}.copy.gz`);
      const abs = path.join(backupDir, file);
      const tmp = `${abs}.tmp`;
      const gzip = createGzip();
      const digest = digestPass();
      const written = pipeline(gzip, digest.stream, createWriteStream(tmp, { mode: 0o600 }));
      let rows: number;
      try {
        rows = await copyOut(client, `COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) TO STDOUT`, gzip);
      } finally {
        gzip.end();
      }
      await written;
      renameSync(tmp, abs);
      tables.push({ name: t.name, columns: t.columns, rows, file, ...digest.result() });
    }
    // a sequence is not transactional: its value read now is at or past what the snapshot used
    const sequences: SequenceState[] = [];
    for (const s of await catalogSequences(client)) {
      const v = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${ident(s.name)}`))
        .rows[0]!;
      sequences.push({ ...s, lastValue: String(v.last_value), isCalled: v.is_called });
    }
    await client.query('COMMIT');
    return { serverVersion, migrations, tables, sequences };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Tables in an order where each comes after the tables its foreign keys name (cycles keep catalog order). */
async function dependencyOrder(client: pg.ClientBase, names: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set()]));
  for (const r of rows) parents.get(r.child)?.add(r.parent);
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < names.length) {
    const ready = names.filter((n) => !done.has(n) && [...parents.get(n)!].every((p) => done.has(p) || !parents.has(p)));
    const next = ready.length > 0 ? ready : names.filter((n) => !done.has(n)).slice(0, 1);
    for (const n of next) {
      done.add(n);
      order.push(n);
    }
  }
  return order;
}

export interface LoadResult {
  rows: number;
  /** how the triggers were kept from firing: the replication role, or each table's user triggers disabled */
  triggersOff: 'replica' | 'disabled';
}

/**
 * Loads a dump into a database migrated to the dump's migration, in ONE transaction. The case log
 * and the other append-only tables refuse UPDATE, DELETE and TRUNCATE by trigger, the legal-review
 * gate re-checks each decision on INSERT, and inserting an entry queues it for the ledger: a
 * restore must put back the rows as they were (the ledger's queue included), so no trigger may
 * fire. `session_replication_role = replica` does that when the role may (a superuser, as the
 * embedded cluster's is); otherwise each table's user triggers are disabled for the load (the
 * migrations' role owns them) and the tables are loaded parents first, foreign keys still checked.
 * The rows the migrations seeded are replaced by the dump's.
 */
export async function loadDatabase(
  pool: pg.Pool,
  backupDir: string,
  dump: Pick<DatabaseDump, 'tables' | 'sequences'>,
  onTable: (t: TableDump) => void = () => {},
): Promise<LoadResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let triggersOff: LoadResult['triggersOff'] = 'replica';
    await client.query('SAVEPOINT role');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query('RELEASE SAVEPOINT role');
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT role');
      triggersOff = 'disabled';
    }
    const skip = new Set<string>(MIGRATION_TABLES);
    const byName = new Map(dump.tables.filter((t) => !skip.has(t.name)).map((t) => [t.name, t]));
    const names = [...byName.keys()];
    const order = triggersOff === 'replica' ? names : await dependencyOrder(client, names);
    if (triggersOff === 'disabled') for (const n of names) await client.query(`ALTER TABLE ${ident(n)} DISABLE TRIGGER USER`);
    if (names.length > 0) await client.query(`TRUNCATE ${names.map(ident).join(', ')}`);
    let rows = 0;
    for (const name of order) {
      const t = byName.get(name)!;
      const file = createReadStream(path.join(backupDir, t.file));
      const source = new PassThrough();
      const gunzip = createGunzip();
      file.on('error', (e) => source.destroy(e));
      gunzip.on('error', (e) => source.destroy(e));
      file.pipe(gunzip).pipe(source);
      const n = await copyIn(client, `COPY ${ident(name)} (${t.columns.map(ident).join(', ')}) FROM STDIN`, source);
      if (n !== t.rows) throw new Error(`表 ${name} 载入 ${n} 行，备份记录为 ${t.rows} 行`);
      rows += n;
      onTable(t);
    }
    for (const s of dump.sequences) {
      let value = BigInt(s.lastValue);
      let called = s.isCalled;
      if (s.table && s.column && byName.has(s.table)) {
        const max = (await client.query<{ m: string | null }>(`SELECT max(${ident(s.column)})::text AS m FROM ${ident(s.table)}`)).rows[0]!
          .m;
        if (max !== null && (BigInt(max) > value || (BigInt(max) === value && !called))) {
          value = BigInt(max);
          called = true;
        }
      }
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [ident(s.name), value.toString(), called]);
    }
    if (triggersOff === 'disabled') for (const n of names) await client.query(`ALTER TABLE ${ident(n)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { rows, triggersOff };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** sha256 of a file, streamed. */
export async function fileSha256(file: string): Promise<{ sha256: string; bytes: number }> {
  const d = digestPass();
  await pipeline(createReadStream(file), d.stream, new PassThrough().resume());
  return d.result();
}
