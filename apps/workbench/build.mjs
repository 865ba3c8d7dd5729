#!/usr/bin/env node
// Builds the workbench into dist/ when its sources changed since the last build (or it was never
// built), then writes .gz and .br beside each text asset for the server to send as they are.
// Run by `npm install` (postinstall), by `sanxiang serve` before it listens and by the test
// suite's global set-up; with the build in place, the check costs a few milliseconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(here, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'public'];
// the rules the browser bundle takes from the domain package, and the locked dependency versions
const SHARED = [path.join(here, '../../packages/domain/src'), path.join(here, '../../package-lock.json')];

function walk(p, out) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(path.join(p, n), out);
  else out.push(p);
}

/** A digest of everything the build reads: our sources and the locked dependency versions. */
export function sourceDigest() {
  const files = [];
  for (const i of INPUTS) walk(path.join(here, i), files);
  for (const s of SHARED) walk(s, files);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(here, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** true when the sources are present and differ from what dist/ was built from. */
export function isStale() {
  if (!existsSync(path.join(here, 'src'))) return false; // an installation without sources serves what it has
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, 'utf8').trim() !== sourceDigest();
}

function precompress(dir) {
  const files = [];
  walk(dir, files);
  let n = 0;
  for (const f of files) {
    if (!/\.(js|mjs|css|html|svg|json|map|txt|wasm)$/.test(f) || statSync(f).size < 1024) continue;
    const data = readFileSync(f);
    writeFileSync(`${f}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${f}.br`,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    );
    n++;
  }
  return n;
}

const LOCK = path.join(here, '.build-lock');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Whether the process that holds the lock has ended (a lock without a pid yet is being taken: not gone). */
function builderGone() {
  let pid;
  try {
    pid = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
}

/** One build at a time on this checkout (npm install, a start and a test run may overlap). */
async function withLock(fn) {
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // a lock left by a process that died (killed during a build): taken over at once when its
      // builder is gone, otherwise after five minutes
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000 || builderGone()) rmSync(LOCK, { recursive: true, force: true });
      else if (waited > 10 * 60_000) throw new Error('等待另一个构建过程超时');
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds when stale; returns whether it built. The build goes to a folder beside dist/ and
 * replaces it when complete, so a running server never sees half a build.
 */
export async function ensureBuilt({ log = (l) => process.stdout.write(`${l}\n`), force = false } = {}) {
  if (!force && !isStale()) return false;
  return withLock(async () => {
    if (!force && !isStale()) return false; // built by another process while this one waited
    const started = Date.now();
    log('正在构建执法工作台（仅在源码变化后进行）…');
    const digest = sourceDigest();
    const next = `${DIST}.next`;
    rmSync(next, { recursive: true, force: true });
    const { build } = await import('vite');
    // always a production bundle, whoever builds it (a test runner sets NODE_ENV=test, which would
    // give React's development build and libraries' test-only behaviour)
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: here,
        mode: 'production',
        configFile: path.join(here, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: next, emptyOutDir: true },
      });
    } finally {
      if (env === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = env;
    }
    const n = precompress(next);
    writeFileSync(path.join(next, '.build-stamp'), `${digest}\n`);
    const old = `${DIST}.old`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(next, DIST);
    rmSync(old, { recursive: true, force: true });
    log(`执法工作台已构建（${((Date.now() - started) / 1000).toFixed(1)} 秒，压缩 ${n} 个文件）。`);
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  ensureBuilt({ force }).catch((e) => {
    process.stderr.write(`构建执法工作台失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
