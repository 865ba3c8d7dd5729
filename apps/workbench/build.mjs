#!/usr/bin/env node
// Builds the workbench into dist/ when its sources changed since the last build (or it was never
// built), then writes .gz and .br beside each text asset for the server to send as they are.
// Run by `npm install` (postinstall), by `sanxiang serve` before it listens and by the test
// suite's global set-up; with the build in place, the check costs a few milliseconds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(here, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src'];
const SHARED = [path.join(here, '../../packages/domain/src/browser.ts'), path.join(here, '../../package-lock.json')];

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
    writeFileSync(`${f}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    n++;
  }
  return n;
}

/** Builds when stale; returns whether it built. */
export async function ensureBuilt({ log = (l) => process.stdout.write(`${l}\n`), force = false } = {}) {
  if (!force && !isStale()) return false;
  const started = Date.now();
  log('正在构建执法工作台（仅在源码变化后进行）…');
  const digest = sourceDigest();
  const { build } = await import('vite');
  await build({ root: here, configFile: path.join(here, 'vite.config.ts'), logLevel: 'warn' });
  const n = precompress(DIST);
  writeFileSync(STAMP, `${digest}\n`);
  log(`执法工作台已构建（${((Date.now() - started) / 1000).toFixed(1)} 秒，压缩 ${n} 个文件）。`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  ensureBuilt({ force }).catch((e) => {
    process.stderr.write(`构建执法工作台失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
