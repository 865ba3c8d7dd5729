import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@sanxiang/domain';
import type { Kysely } from 'kysely';
import { blobConfigFromEnv } from '../adapters/blobs/blob-config.ts';
import { blobKey, isSha256Hex } from '../adapters/blobs/blob-store.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { knownMigrations, migrateTo } from '../db/migrate.ts';
import { catalogTables, dumpDatabase, fileSha256, loadDatabase, MIGRATION_TABLES, migrationsRun, type DatabaseDump } from '../db/backup.ts';
import type { Database } from '../db/schema.ts';
import { UsageError } from './args.ts';
import { dataDir } from './runtime.ts';

/**
 * `sanxiang backup <目标目录>` and `sanxiang restore <备份目录>` (issue 17): the database (one
 * consistent snapshot, taken while the server may be serving), the blobs (evidence and documents,
 * content-addressed) and the signing keys, with a manifest of what was written and its digests.
 *
 *   <backup>/manifest.json   format, time, migration, per table rows and sha256, blobs, key files
 *   <backup>/db/<table>.copy.gz
 *   <backup>/blobs/ab/cd/<sha256>
 *   <backup>/keys/…
 */

const FORMAT = 'sanxiang-backup';
const FORMAT_VERSION = 1;
const MANIFEST = 'manifest.json';

interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  /** the last migration the snapshot had run: a restore rebuilds the schema up to it */
  migration: string;
  migrations: string[];
  database: { serverVersion: string; embedded: boolean };
  tables: DatabaseDump['tables'];
  sequences: DatabaseDump['sequences'];
  blobs: { store: 'fs'; count: number; bytes: number } | { store: 's3'; bucket: string; prefix: string; endpoint: string | null };
  keys: { seedFromEnvironment: boolean; files: { file: string; sha256: string; bytes: number }[] };
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} 秒`;

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0);
}

/** Every file under `dir`, as paths relative to it (sorted). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function writeAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

/** The blobs of a folder store: `ab/cd/<sha256>` files (temporary files of a write in progress are not blobs). */
function blobFiles(root: string): string[] {
  return filesUnder(root).filter((rel) => {
    const name = path.basename(rel);
    return isSha256Hex(name) && rel.split(path.sep).join('/') === blobKey(name);
  });
}

/** Opens the product's database without migrating it (a backup reads it as it is; a restore migrates to the backup's version). */
function openUnmigrated(dataFlag: string | undefined): Promise<DatabaseHandle> {
  const url = process.env['DATABASE_URL'];
  return openDatabase({ databaseUrl: url && url.length > 0 ? url : undefined, dataDir: dataDir(dataFlag), poolSize: 2, migrate: false });
}

const external = () => Boolean(process.env['DATABASE_URL']);

export async function backupCommand(target: string | undefined, dataFlag: string | undefined): Promise<void> {
  if (!target) throw new UsageError('请指定备份的目标目录：sanxiang backup <目标目录>');
  const t0 = Date.now();
  const out = path.resolve(target);
  const data = dataDir(dataFlag);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`目标不是目录：${out}`);
  if (!isEmptyDir(out) && !existsSync(path.join(out, MANIFEST)) && !existsSync(path.join(out, 'db')))
    throw new DomainError('CONFLICT', `目标目录不为空，也不是三项的备份目录：${out}（请指定空目录或以前的备份目录）`);
  if (path.relative(data, out) === '' || !path.relative(data, out).startsWith('..'))
    throw new UsageError(`备份目录不能在数据目录之内：${out}`);
  if (!external() && !existsSync(path.join(data, 'pg', 'PG_VERSION')))
    throw new DomainError('NOT_FOUND', `数据目录中没有数据库：${data}（可用 --data 或 SANXIANG_DATA 指定数据目录）`);
  const blobConfig = blobConfigFromEnv(process.env, data);

  mkdirPrivate(out);
  // a backup interrupted from here on has no manifest, and a restore refuses it
  rmSync(path.join(out, MANIFEST), { force: true });

  // 1. keys first: the signer's memory of what it signed (keys/signed) must not be ahead of the
  //    snapshot's ledger, or the restored signer would refuse every new checkpoint
  const keysDir = path.join(data, 'keys');
  const keysOut = path.join(out, 'keys');
  rmSync(keysOut, { recursive: true, force: true });
  const keyFiles: Manifest['keys']['files'] = [];
  for (const rel of filesUnder(keysDir).filter((f) => !f.endsWith('.tmp'))) {
    const dest = path.join(keysOut, rel);
    mkdirPrivate(path.dirname(dest));
    copyFileSync(path.join(keysDir, rel), dest);
    chmodSync(dest, 0o600);
    keyFiles.push({ file: path.join('keys', rel), ...(await fileSha256(dest)) });
  }
  const seedFromEnvironment = Boolean(process.env['SANXIANG_SIGNING_SEED']);

  // 2. the database: one snapshot
  const dbOut = path.join(out, 'db');
  rmSync(dbOut, { recursive: true, force: true });
  mkdirPrivate(dbOut);
  const handle = await openUnmigrated(dataFlag);
  let dump: DatabaseDump;
  try {
    dump = await dumpDatabase(handle.pool, out, 'db');
  } finally {
    // the dump borrows the pool's clients directly (Kysely never opened it, so would not end it)
    if (!handle.pool.ending) await handle.pool.end();
    await handle.close();
  }
  const migration = dump.migrations.at(-1);
  if (!migration) throw new DomainError('NOT_FOUND', '数据库尚未建立（没有执行过迁移），无可备份的数据');

  // 3. blobs, after the snapshot: they are written before the rows that name them and never
  //    changed or deleted, so every blob the snapshot references is there now
  let blobs: Manifest['blobs'];
  let copied = 0;
  if (blobConfig.kind === 's3') {
    blobs = { store: 's3', bucket: blobConfig.s3.bucket, prefix: blobConfig.s3.prefix ?? '', endpoint: blobConfig.s3.endpoint ?? null };
  } else {
    let count = 0;
    let bytes = 0;
    for (const rel of blobFiles(blobConfig.root)) {
      const src = path.join(blobConfig.root, rel);
      const dest = path.join(out, 'blobs', rel);
      const size = statSync(src).size;
      count++;
      bytes += size;
      if (existsSync(dest) && statSync(dest).size === size) continue; // incremental: already in the backup
      mkdirPrivate(path.dirname(dest));
      const tmp = `${dest}.tmp`;
      copyFileSync(src, tmp);
      chmodSync(tmp, 0o600);
      renameSync(tmp, dest);
      copied++;
    }
    blobs = { store: 'fs', count, bytes };
  }

  const manifest: Manifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    migration,
    migrations: dump.migrations,
    database: { serverVersion: dump.serverVersion, embedded: !external() },
    tables: dump.tables,
    sequences: dump.sequences,
    blobs,
    keys: { seedFromEnvironment, files: keyFiles },
  };
  writeAtomic(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  const rows = dump.tables.reduce((n, t) => n + t.rows, 0);
  process.stdout.write(`已备份到 ${out}（用时 ${seconds(t0)}）\n`);
  process.stdout.write(`  数据库    ${dump.tables.length} 张表，${rows} 行（迁移 ${migration}）\n`);
  if (blobs.store === 'fs')
    process.stdout.write(`  音像记录与文书  ${blobs.count} 个文件，${mib(blobs.bytes)}（本次新复制 ${copied} 个）\n`);
  else
    process.stdout.write(
      `  音像记录与文书  存放在存储桶 s3://${blobs.bucket}/${blobs.prefix}，未复制到备份目录：请以存储桶自身的版本控制与跨区域复制备份\n`,
    );
  process.stdout.write(`  签名密钥  ${keyFiles.length} 个文件\n`);
  if (seedFromEnvironment) process.stdout.write('  注意：签名密钥种子来自环境变量 SANXIANG_SIGNING_SEED，不在备份中，请另行妥善保管\n');
}

function refuse(message: string): never {
  throw new DomainError('CONFLICT', message);
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) refuse(`不是完整的三项备份（缺少 ${MANIFEST}）：${dir}`);
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    refuse(`备份清单 ${file} 无法读取或已损坏`);
  }
  if (m?.format !== FORMAT || typeof m.version !== 'number') refuse(`${file} 不是三项的备份清单`);
  if (m.version > FORMAT_VERSION) refuse(`备份格式版本 ${m.version} 比本程序新，请用较新版本的三项恢复`);
  if (!Array.isArray(m.tables) || !Array.isArray(m.sequences) || !m.keys || !m.blobs || typeof m.migration !== 'string')
    refuse(`备份清单 ${file} 不完整`);
  return m;
}

/** A file named by the manifest must stay inside the backup folder. */
function inside(dir: string, rel: string): string {
  const abs = path.resolve(dir, rel);
  if (path.relative(dir, abs).startsWith('..') || path.isAbsolute(path.relative(dir, abs))) refuse(`备份清单中的路径越出备份目录：${rel}`);
  return abs;
}

/** Hashes a blob while copying it; the copy is kept only when its SHA-256 is its name. */
async function copyBlobVerified(src: string, dest: string, sha256: string): Promise<number> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tmp = path.join(path.dirname(dest), `.tmp-${randomBytes(8).toString('hex')}`);
  await pipeline(
    createReadStream(src),
    new Transform({
      transform(chunk: Buffer, _e, cb) {
        hash.update(chunk);
        bytes += chunk.length;
        cb(null, chunk);
      },
    }),
    createWriteStream(tmp, { mode: 0o600 }),
  );
  if (hash.digest('hex') !== sha256) {
    rmSync(tmp, { force: true });
    refuse(`备份中的文件已被改动（SHA-256 与文件名不符）：${src}`);
  }
  chmodSync(tmp, 0o400);
  renameSync(tmp, dest);
  return bytes;
}

async function blobSha256(file: string): Promise<string> {
  return (await fileSha256(file)).sha256;
}

export interface RestoreDeps {
  /** whether the database holds no product data (no agency: every record hangs off one) */
  isEmpty: (db: Kysely<Database>) => Promise<boolean>;
}

export async function restoreCommand(source: string | undefined, dataFlag: string | undefined, deps: RestoreDeps): Promise<void> {
  if (!source) throw new UsageError('请指定备份目录：sanxiang restore <备份目录>');
  const t0 = Date.now();
  const from = path.resolve(source);
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new UsageError(`备份目录不存在：${from}`);
  const m = readManifest(from);
  const known = knownMigrations();
  if (!known.includes(m.migration) || m.migrations.some((name) => !known.includes(name)))
    refuse(`备份的数据库结构（迁移 ${m.migration}）是本程序不认识的版本，请用与备份时相同或更新版本的三项恢复`);

  // 1. everything checked before anything is written
  for (const t of m.tables) {
    const file = inside(from, t.file);
    if (!existsSync(file)) refuse(`备份不完整，缺少文件：${file}`);
    const d = await fileSha256(file);
    if (d.sha256 !== t.sha256 || d.bytes !== t.bytes) refuse(`备份文件已被改动（SHA-256 与清单不符）：${file}`);
  }
  for (const k of m.keys.files) {
    if (path.relative('keys', k.file).startsWith('..') || path.isAbsolute(k.file)) refuse(`备份清单中的密钥路径有误：${k.file}`);
    const file = inside(from, k.file);
    if (!existsSync(file)) refuse(`备份不完整，缺少文件：${file}`);
    if ((await fileSha256(file)).sha256 !== k.sha256) refuse(`备份文件已被改动（SHA-256 与清单不符）：${file}`);
  }
  const blobList = m.blobs.store === 'fs' ? blobFiles(path.join(from, 'blobs')) : [];
  if (m.blobs.store === 'fs') {
    let bytes = 0;
    for (const rel of blobList) {
      const file = path.join(from, 'blobs', rel);
      if ((await blobSha256(file)) !== path.basename(rel)) refuse(`备份中的文件已被改动（SHA-256 与文件名不符）：${file}`);
      bytes += statSync(file).size;
    }
    // a repeated backup into one folder keeps earlier blobs: at least the manifest's must be there
    if (blobList.length < m.blobs.count || bytes < m.blobs.bytes)
      refuse(`备份不完整：清单记录音像记录与文书 ${m.blobs.count} 个，备份目录中只有 ${blobList.length} 个`);
  }

  // 2. the target must be fresh
  const data = dataDir(dataFlag);
  if (existsSync(data) && !statSync(data).isDirectory()) throw new UsageError(`数据目录不是目录：${data}`);
  if (!external()) {
    if (!isEmptyDir(data)) refuse(`数据目录不为空：${data}（恢复只能在新的空数据目录中进行，以免覆盖现有数据）`);
  } else {
    for (const sub of ['blobs', 'keys'])
      if (!isEmptyDir(path.join(data, sub))) refuse(`数据目录中已有${sub === 'keys' ? '签名密钥' : '文件'}：${path.join(data, sub)}`);
  }
  const createdData = !existsSync(data);

  // 3. the database: the backup's schema, then its rows
  let handle: DatabaseHandle | null = null;
  let restored = false;
  try {
    handle = await openUnmigrated(dataFlag);
    const client = await handle.pool.connect();
    let before: string[];
    try {
      before = await migrationsRun(client);
    } finally {
      client.release();
    }
    if (before.some((name) => !m.migrations.includes(name)))
      refuse(`目标数据库的结构比备份新（已执行迁移 ${before.at(-1)}，备份为 ${m.migration}）：请恢复到空数据库`);
    if (before.length > 0 && !(await deps.isEmpty(handle.db))) refuse('目标数据库已有数据：恢复只能在空数据库中进行');
    await migrateTo(handle.db, m.migration);

    const check = await handle.pool.connect();
    try {
      const have = new Map((await catalogTables(check)).map((t) => [t.name, t.columns.join(',')]));
      const skip = new Set<string>(MIGRATION_TABLES);
      for (const t of m.tables) {
        if (skip.has(t.name)) continue;
        if (have.get(t.name) !== t.columns.join(',')) refuse(`迁移到 ${m.migration} 后，表 ${t.name} 的列与备份不一致，无法恢复`);
      }
    } finally {
      check.release();
    }
    const loaded = await loadDatabase(handle.pool, from, m);

    // 4. keys and blobs
    for (const k of m.keys.files) {
      const dest = path.join(data, k.file);
      mkdirPrivate(path.dirname(dest));
      copyFileSync(path.join(from, k.file), dest);
      chmodSync(dest, 0o600);
    }
    let blobBytes = 0;
    if (m.blobs.store === 'fs') {
      const root = path.join(data, 'blobs');
      mkdirPrivate(root);
      for (const rel of blobList) {
        const dest = path.join(root, rel);
        mkdirPrivate(path.dirname(dest));
        blobBytes += await copyBlobVerified(path.join(from, 'blobs', rel), dest, path.basename(rel));
      }
    }
    restored = true;

    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(`已从 ${from} 恢复到 ${external() ? '外部数据库' : data}（用时 ${seconds(t0)}）\n`);
    process.stdout.write(
      `  数据库    ${m.tables.length} 张表，${rows} 行（迁移 ${m.migration}；备份于 ${m.createdAt}；载入时触发器${loaded.triggersOff === 'replica' ? '以复制角色停用' : '逐表停用'}）\n`,
    );
    if (m.blobs.store === 'fs')
      process.stdout.write(`  音像记录与文书  ${blobList.length} 个文件，${mib(blobBytes)}，SHA-256 逐一核对无误\n`);
    else
      process.stdout.write(
        `  音像记录与文书  仍在存储桶 s3://${m.blobs.bucket}/${m.blobs.prefix}，未随备份恢复：请以 SANXIANG_BLOBS=s3 及同一存储桶的配置启动\n`,
      );
    process.stdout.write(`  签名密钥  ${m.keys.files.length} 个文件\n`);
    if (m.keys.seedFromEnvironment)
      process.stdout.write('  注意：备份时签名密钥种子来自环境变量 SANXIANG_SIGNING_SEED，请以同一种子启动\n');
    process.stdout.write('请运行 npx sanxiang verify 核验恢复的数据。\n');
  } finally {
    await handle?.close();
    // a restore that failed into a data folder it created leaves nothing behind
    if (!restored && !external() && (createdData || existsSync(data))) {
      for (const e of existsSync(data) ? readdirSync(data) : []) rmSync(path.join(data, e), { recursive: true, force: true });
      if (createdData) rmSync(data, { recursive: true, force: true });
    }
    if (!restored && external()) {
      for (const sub of ['blobs', 'keys']) rmSync(path.join(data, sub), { recursive: true, force: true });
    }
  }
}
