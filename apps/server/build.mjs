#!/usr/bin/env node
// The server's own sources (apps/server/src and packages/domain/src) bundled by esbuild into
// dist/<digest>/, one file per command plus shared chunks; the npm packages stay where npm put them.
// `sanxiang` runs the bundle when it is current and the TypeScript sources through tsx otherwise.
// Why: through tsx every one of ~400 modules went through the loader's worker thread (and, after
// a fresh install, was compiled on first use) — 1.8 s of CPU to load the server where the bundle
// takes 0.6 s; start-up is what a new user sees first (issue 22 point 7).
// Run by `npm install` (postinstall) and by `sanxiang` when the sources changed since; the check of a
// current build reads the sources' sizes and times (a few milliseconds), their digest only when
// those changed. Each build goes to a folder named by the digest of what it read, written whole under
// another name first and renamed, so processes starting at once never see half a build and need no lock.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const DIST = path.join(here, 'dist');
const CURRENT = path.join(DIST, 'current.json');
const SOURCES = [path.join(here, 'src'), path.join(root, 'packages/domain/src')];
const ALSO = [path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];
/** Bump when the way of building changes, so that older builds are not taken for current ones. */
const FORMAT = 2;

function walk(p, out) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) {
    for (const n of readdirSync(p).sort()) walk(path.join(p, n), out);
  } else if (!/\.test\.ts$/.test(p)) out.push([p, st]);
}

function inputs() {
  const files = [];
  for (const s of SOURCES) walk(s, files);
  for (const a of ALSO) {
    const st = statSync(a, { throwIfNoEntry: false });
    if (st) files.push([a, st]);
  }
  return files;
}

/** Cheap fingerprint: names, sizes and modification times. */
function listing(files) {
  const h = createHash('sha256').update(`v${FORMAT}\0`);
  for (const [f, st] of files) h.update(`${path.relative(root, f)}\0${st.size}\0${st.mtimeMs}\0`);
  return h.digest('hex');
}

/** What a build is named by: the contents of everything it reads. */
function contentDigest(files) {
  const h = createHash('sha256').update(`v${FORMAT}\0`);
  for (const [f] of files) h.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 24);
}

function readCurrent() {
  try {
    return JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return null;
  }
}

function entryOf(digest) {
  return path.join(DIST, digest, 'main.mjs');
}

/**
 * Every module that reads `import.meta.url` (files beside it, `createRequire`, workers) gets its own
 * source file's address instead of the bundle's, so those paths resolve exactly as from the sources.
 */
function sourceUrlPlugin(outdir) {
  return {
    name: 'source-url',
    setup(b) {
      b.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = path.relative(outdir, args.path).split(path.sep).join('/');
        const contents = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
      // the domain package is our source too (its package.json exports TypeScript): bundled, not external
      b.onResolve({ filter: /^@sanxiang\/domain(\/browser)?$/ }, (args) => ({
        path: path.join(root, 'packages/domain/src', args.path.endsWith('/browser') ? 'browser.ts' : 'index.ts'),
      }));
    },
  };
}

async function build(digest) {
  const { build: esbuild } = await import('esbuild');
  const final = path.join(DIST, digest);
  const next = `${final}.tmp-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  await esbuild({
    entryPoints: {
      main: path.join(here, 'src/cli/main.ts'),
      // the document renderer's worker thread (render-pool.ts finds it beside the running chunk)
      'render-worker': path.join(here, 'src/modules/documents/render/render.worker-main.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: next,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    keepNames: true,
    logLevel: 'error',
    // computed as if the bundle were in its final folder: the relative paths are the same from both
    plugins: [sourceUrlPlugin(final)],
  });
  try {
    renameSync(next, final);
  } catch (e) {
    // another process built the same digest first: its build is the same
    rmSync(next, { recursive: true, force: true });
    if (!existsSync(entryOf(digest))) throw e;
  }
}

function writeCurrent(digest, fingerprint) {
  const tmp = `${CURRENT}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ digest, fingerprint }));
  renameSync(tmp, CURRENT);
  // older builds: the five newest are kept (a server still running one may yet load its chunks)
  const builds = readdirSync(DIST)
    .filter((n) => /^[0-9a-f]{24}$/.test(n) && n !== digest)
    .map((n) => ({ n, t: statSync(path.join(DIST, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of builds.slice(5)) rmSync(path.join(DIST, n), { recursive: true, force: true });
}

/**
 * The file URL of the current bundle's entry, building it first when the sources changed; null
 * when there are no sources here or the build is not possible (no esbuild: the caller runs the sources).
 */
export async function serverEntry({ log = (l) => process.stderr.write(`${l}\n`) } = {}) {
  if (process.env.SANXIANG_RUN_SOURCES === '1' || !existsSync(path.join(here, 'src'))) return null;
  const files = inputs();
  const fingerprint = listing(files);
  const current = readCurrent();
  if (current?.fingerprint === fingerprint && existsSync(entryOf(current.digest))) return pathToFileURL(entryOf(current.digest)).href;
  const digest = contentDigest(files);
  if (!existsSync(entryOf(digest))) {
    const started = Date.now();
    try {
      await build(digest);
    } catch (e) {
      log(`服务端打包失败，改为直接运行源码：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return null;
    }
    if (current) log(`服务端源码有变化，已重新打包（${((Date.now() - started) / 1000).toFixed(1)} 秒）。`);
  }
  writeCurrent(digest, fingerprint);
  return pathToFileURL(entryOf(digest)).href;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  serverEntry()
    .then((entry) => {
      if (entry) process.stdout.write(`服务端已打包（${((Date.now() - started) / 1000).toFixed(1)} 秒）。\n`);
    })
    .catch((e) => {
      process.stderr.write(`服务端打包失败：${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
