import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * Start-up (issue 22 point 7): `npm start` on a fresh clone must answer its first page in under
 * 10 s after the install (the embedded database created, migrated and the demo loaded), and a later
 * start in under 3 s. Each start is `npm start`'s own command line on a new data folder, timed from
 * the spawn to the first 200 of the portal's home page; the TypeScript loader's cache (kept in the
 * temporary folder) starts empty, as after a fresh install, and is kept for the second start.
 * Beside them, in the same run: a bare `node` process, and the same command's `help` (the loader
 * and the CLI, no database) — what any start costs before the product does anything.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'apps/server/bin/sanxiang.mjs');
const NODE_ARGS = ['--max-semi-space-size=2', '--expose-gc', BIN];
const RUNS = Number(process.env['BENCH_STARTUP_RUNS'] ?? 2);

function childEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, PORT: '0' };
  // the product's default: the embedded database, whatever the shell running the bench points at
  delete env['DATABASE_URL'];
  delete env['SANXIANG_DATA'];
  return env;
}

/** Spawns `serve` on `data`, returns the ms until the home page answered 200, then stops it. */
async function timedStart(data: string, tmp: string): Promise<{ firstPage: number; listening: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...NODE_ARGS, 'serve', '--data', data, '--port', '0'], {
    env: childEnv(tmp),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    let base: string | null = null;
    let listening = 0;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${err || out}`);
      if (performance.now() - t0 > 180_000) throw new Error(`no page after 180 s: ${err || out}`);
      if (!base) {
        const m = /执法工作台\s+(http:\/\/[^/\s]+)\//.exec(out);
        if (m) {
          base = m[1]!;
          listening = performance.now() - t0;
        }
      }
      if (base) {
        const r = await fetch(`${base}/`).catch(() => null);
        if (r?.status === 200) {
          await r.arrayBuffer();
          return { firstPage: performance.now() - t0, listening };
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

function timedCommand(args: string[], tmp: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env: childEnv(tmp), stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t0;
}

export async function main(): Promise<string[]> {
  const lines: string[] = [`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} before`];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (let run = 1; run <= RUNS; run++) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'sx-startup-tmp-'));
    const data = path.join(mkdtempSync(path.join(tmpdir(), 'sx-startup-')), 'data');
    // run as root, the embedded PostgreSQL runs as its own user and reads files the starter writes there
    chmodSync(tmp, 0o755);
    chmodSync(path.dirname(data), 0o755);
    try {
      const bare = timedCommand(['-e', '0'], tmp);
      const first = await timedStart(data, tmp);
      const second = await timedStart(data, tmp);
      const third = await timedStart(data, tmp);
      const help = timedCommand([...NODE_ARGS, 'help'], tmp);
      const later = Math.max(second.firstPage, third.firstPage);
      lines.push(
        `run ${run}: first start (new data folder, empty loader cache): first page ${s(first.firstPage)} (listening at ${s(first.listening)}) — target < 10 s: ${first.firstPage < 10_000 ? 'met' : 'NOT met'}`,
        `       later starts (same folder): first page ${s(second.firstPage)}, ${s(third.firstPage)} — target < 3 s: ${later < 3_000 ? 'met' : 'NOT met'}`,
        `       baselines: bare node ${s(bare)}; \`sanxiang help\` (loader + CLI, no database) ${s(help)}; later start / help ${(second.firstPage / help).toFixed(1)}×`,
      );
    } finally {
      rmSync(path.dirname(data), { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  lines.push(`load average ${loadavg()[0]!.toFixed(1)} after`);
  return lines;
}
