import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';

/**
 * `sanxiang backup` and `sanxiang restore` as an operator runs them (issue 17): the demo in data
 * folder A, a backup taken while `serve` runs on A, restored into a fresh folder C that `verify`
 * accepts with the same records. In the external run A and C are fresh databases on the machine's
 * server (their blobs and keys still in the two folders).
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/sanxiang.mjs');
let dir: string;
const dbs: Record<'A' | 'C', TestDatabase | null> = { A: null, C: null };
let base: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-backup-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as another user when we are root
  base = { ...process.env };
  delete base['DATABASE_URL'];
  if (process.env['DATABASE_URL']) {
    dbs.A = await createTestDatabase(2);
    dbs.C = await createTestDatabase(2);
  }
});
afterAll(async () => {
  await dbs.A?.drop();
  await dbs.C?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** The environment of data folder `name`: its folder, and in the external run its database. */
function envOf(name: string): NodeJS.ProcessEnv {
  const db = dbs[name as 'A' | 'C'];
  return { ...base, SANXIANG_DATA: path.join(dir, name), ...(db ? { DATABASE_URL: db.url } : {}) };
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What `verify --json` counted (cases and entries, evidence, documents, checkpoints …), without the folder's own paths. */
function verified(env: NodeJS.ProcessEnv): string[] {
  const r = run(['verify', '--json'], env);
  expect(r.code, r.out + r.err).toBe(0);
  const report = JSON.parse(r.out) as { ok: boolean; checked: string[] };
  expect(report.ok).toBe(true);
  return report.checked.map((line) => line.replace(env['SANXIANG_DATA']!, '<data>'));
}

function serve(env: NodeJS.ProcessEnv) {
  return new Promise<{ stop: () => Promise<number | null> }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/首页\s+http:/.test(out) && out.includes('Ctrl+C')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({
          stop: () =>
            new Promise((res) => {
              child.on('exit', (code) => res(code));
              child.kill('SIGINT');
            }),
        });
      }
    };
    const onExit = (code: number | null) => reject(new Error(`serve exited ${code}:\n${out}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', onExit);
  });
}

const SLOW = 600_000;

describe('sanxiang backup / restore (issue 17)', () => {
  it(
    'backs up while serving, restores into a fresh folder that verify accepts, and refuses tampering and non-empty targets',
    async () => {
      const A = envOf('A');
      const C = envOf('C');
      const B = path.join(dir, 'B');
      const demo = run(['demo'], A);
      expect(demo.code, demo.err).toBe(0);

      // a snapshot while the server runs (its ledger worker sequences and signs meanwhile)
      const server = await serve(A);
      let backup: ReturnType<typeof run>;
      try {
        backup = run(['backup', B], A);
      } finally {
        expect(await server.stop()).toBe(0);
      }
      expect(backup.code, backup.err).toBe(0);
      expect(backup.out).toMatch(/已备份到 .*\n\s+数据库\s+\d+ 张表，\d+ 行（迁移 \d{4}_\w+）/);
      expect(backup.out).toMatch(/音像记录与文书\s+\d+ 个文件/);

      const manifest = JSON.parse(readFileSync(path.join(B, 'manifest.json'), 'utf8')) as {
        migration: string;
        tables: { name: string; rows: number; sha256: string; file: string }[];
        blobs: { count: number };
        keys: { files: { file: string }[] };
      };
      const rows = new Map(manifest.tables.map((t) => [t.name, t.rows]));
      for (const t of ['cases', 'case_events', 'documents', 'evidence', 'schema_migrations']) expect(rows.get(t)).toBeGreaterThan(0);
      expect(manifest.blobs.count).toBeGreaterThan(0);
      expect(manifest.keys.files.map((k) => k.file)).toContain(path.join('keys', 'signing-seed'));
      // owner-only: the folder, its files
      expect(statSync(B).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(B, 'manifest.json')).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(B, manifest.tables[0]!.file)).mode & 0o777).toBe(0o600);

      // again into the same folder: only new blobs are copied
      const again = run(['backup', B], A);
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain('本次新复制 0 个');

      // a tampered file: refused, nothing written
      const T = path.join(dir, 'T');
      cpSync(B, T, { recursive: true });
      const victim = path.join(T, manifest.tables.find((t) => t.name === 'case_events')!.file);
      chmodSync(victim, 0o600);
      const bytes = readFileSync(victim);
      bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff;
      writeFileSync(victim, bytes);
      const D = { ...base, SANXIANG_DATA: path.join(dir, 'D') };
      const tampered = run(['restore', T], process.env['DATABASE_URL'] ? { ...D, DATABASE_URL: dbs.C!.url } : D);
      expect(tampered.code).toBe(1);
      expect(tampered.err).toContain('已被改动');
      expect(tampered.err).toContain(victim);
      expect(tampered.err).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(dir, 'D'))).toBe(false);
      // a blob changed in the backup is refused as well
      const blobDir = path.join(T, 'blobs');
      const blob = readdirSync(blobDir, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
      cpSync(path.join(B, manifest.tables.find((t) => t.name === 'case_events')!.file), victim);
      chmodSync(path.join(blob.parentPath, blob.name), 0o600);
      writeFileSync(path.join(blob.parentPath, blob.name), 'not the original');
      const blobTampered = run(['restore', T], process.env['DATABASE_URL'] ? { ...D, DATABASE_URL: dbs.C!.url } : D);
      expect(blobTampered.code).toBe(1);
      expect(blobTampered.err).toContain('SHA-256 与文件名不符');

      // missing folder: a usage error
      const missing = run(['restore', path.join(dir, 'nothing')], D);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('备份目录不存在');

      const restore = run(['restore', B], C);
      expect(restore.code, restore.err).toBe(0);
      expect(restore.out).toContain(`迁移 ${manifest.migration}`);
      expect(restore.out).toContain('SHA-256 逐一核对无误');

      // the restored folder passes the offline verification, with the same records as A
      // (the ledger of A may have grown after the snapshot: the server kept sequencing and signing)
      const records = (lines: string[]) => lines.filter((l) => /^(案件|调阅记录|公示操作|音像记录原件|执法文书)/.test(l));
      const fromA = records(verified(A));
      const fromC = records(verified(C));
      expect(fromC).toEqual(fromA);
      const counted = fromC.join('\n');
      expect(counted).toContain(`案件 ${rows.get('cases')} 件，记录 ${rows.get('case_events')} 条`);
      expect(counted).toContain(`音像记录原件 ${rows.get('evidence')} 个`);
      expect(counted).toContain(`执法文书 ${rows.get('documents')} 份`);

      // a restore never writes over data
      const twice = run(['restore', B], C);
      expect(twice.code).toBe(1);
      expect(twice.err).toMatch(/不为空|已有/);
      expect(twice.err).not.toMatch(/\n\s+at /);
      if (process.env['DATABASE_URL']) {
        const intoA = run(['restore', B], { ...A, SANXIANG_DATA: path.join(dir, 'E') });
        expect(intoA.code).toBe(1);
        expect(intoA.err).toContain('目标数据库已有数据');
      }
      expect(records(verified(C))).toEqual(fromA);
    },
    SLOW,
  );
});
