import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';

/** Both digests of one byte stream: SHA-256 names the blob, SM3 is the 国密 digest (GB/T 32905) kept beside it. */
export interface Digests {
  size: number;
  /** hex */
  sha256: string;
  /** hex */
  sm3: string;
}

export type DigestStrategy = 'auto' | 'main' | 'worker';

export interface DigestOptions {
  /**
   * 'worker': SHA-256 on this thread, SM3 on a worker thread; 'main': both here; 'auto' (the
   * default): the worker unless `sizeHint` says the input is small.
   */
  strategy?: DigestStrategy;
  /** expected number of bytes, if known (chooses the strategy under 'auto') */
  sizeHint?: number;
}

/**
 * Why a worker (measured on the 2-core VM, 1 GiB from the page cache, fresh process per run,
 * alternating): both hashes on the main thread 159–187 MiB/s; SM3 on a worker 233–263 MiB/s
 * (SM3 alone runs at ~200–260 MiB/s, so the pair then costs what SM3 costs), for +15 MB RSS (the
 * worker's isolate). When other processes load both cores the two come out about even (worker/
 * main 0.84–1.12 in bench/evidence-ingest.bench.ts runs), and the worker still keeps the event
 * loop free: ~1 ms of SHA-256 per MiB on the main thread instead of ~6 ms for both hashes.
 * Starting a worker costs ~40–50 ms, which the faster pass repays from ~30 MiB on: a 16 MiB file
 * digests faster on the main thread (90–120 ms against 140–160 ms).
 */
export const WORKER_MIN_BYTES = 32 * 1024 * 1024;

/** One pass, two hashes. `update` may ask the caller to wait (worker back-pressure). */
export interface DualHasher {
  update(chunk: Buffer): void | Promise<void>;
  finish(): Promise<Digests>;
  abort(): void;
}

function mainHasher(): DualHasher {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  return {
    update(chunk) {
      sha256.update(chunk);
      sm3.update(chunk);
      size += chunk.length;
    },
    async finish() {
      return { size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
    },
    abort() {},
  };
}

// The worker is plain JavaScript evaluated from a string so that it starts the same way under
// tsx, vitest and an esbuild bundle (a .ts worker file would need the parent's loader).
const SM3_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const h = createHash('sm3');
parentPort.on('message', (m) => {
  if (m.end) return parentPort.postMessage({ sm3: h.digest('hex') });
  h.update(new Uint8Array(m.buf, 0, m.len));
  parentPort.postMessage({ buf: m.buf }, [m.buf]);
});`;

const SLOT = 1 << 20; // bytes per message to the worker
const SLOTS = 4; // at most 4 MiB in flight: memory stays constant

/**
 * SHA-256 on this thread, SM3 on a worker: chunks are copied into a fixed ring of four 1 MiB
 * buffers that travel to the worker and back (transferred, never cloned), so nothing is allocated
 * per chunk and at most 4 MiB wait for the slower hash.
 */
function workerHasher(): DualHasher {
  const sha256 = createHash('sha256');
  const worker = new Worker(SM3_WORKER, { eval: true });
  const free: ArrayBuffer[] = Array.from({ length: SLOTS }, () => new ArrayBuffer(SLOT));
  let size = 0;
  let current: ArrayBuffer | null = null;
  let filled = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let resolveSm3!: (v: string) => void;
  let rejectSm3!: (e: Error) => void;
  const sm3 = new Promise<string>((res, rej) => ((resolveSm3 = res), (rejectSm3 = rej)));
  sm3.catch(() => undefined);
  const fail = (e: Error) => {
    failure ??= e;
    rejectSm3(e);
    wake?.();
  };
  worker.on('message', (m: { buf?: ArrayBuffer; sm3?: string }) => {
    if (m.buf) {
      free.push(m.buf);
      const w = wake;
      wake = null;
      w?.();
    } else if (m.sm3) resolveSm3(m.sm3);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`SM3 worker exited (${code})`)));
  const send = () => {
    worker.postMessage({ buf: current, len: filled }, [current!]);
    current = null;
    filled = 0;
  };
  return {
    async update(chunk) {
      sha256.update(chunk);
      size += chunk.length;
      let off = 0;
      while (off < chunk.length) {
        if (!current) {
          while (!free.length && !failure) await new Promise<void>((r) => (wake = r));
          if (failure) throw failure;
          current = free.pop()!;
        }
        const n = Math.min(SLOT - filled, chunk.length - off);
        new Uint8Array(current, filled, n).set(chunk.subarray(off, off + n));
        filled += n;
        off += n;
        if (filled === SLOT) send();
      }
    },
    async finish() {
      if (failure) throw failure;
      if (current && filled) send();
      worker.postMessage({ end: true });
      try {
        return { size, sha256: sha256.digest('hex'), sm3: await sm3 };
      } finally {
        worker.removeAllListeners('exit');
        void worker.terminate();
      }
    },
    abort() {
      worker.removeAllListeners('exit');
      void worker.terminate();
    },
  };
}

/** A hasher for one byte stream, fed chunk by chunk (see {@link DigestOptions} for the strategy). */
export function dualHasher(options: DigestOptions = {}): DualHasher {
  const strategy = options.strategy ?? 'auto';
  const useWorker =
    strategy === 'worker' || (strategy === 'auto' && (options.sizeHint === undefined || options.sizeHint >= WORKER_MIN_BYTES));
  return useWorker ? workerHasher() : mainHasher();
}

function settle(): { promise: Promise<Digests>; resolve: (d: Digests) => void; reject: (e: Error) => void } {
  let resolve!: (d: Digests) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<Digests>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // the owner awaits it; an unobserved failure is not a crash
  return { promise, resolve, reject };
}

/** A sink: write the bytes, end it, then `await stream.digests`. Streaming, constant memory. */
export class DigestStream extends Writable {
  readonly digests: Promise<Digests>;
  private readonly h: DualHasher;
  private readonly done: ReturnType<typeof settle>;

  constructor(options: DigestOptions = {}) {
    super({ highWaterMark: SLOT });
    this.h = dualHasher(options);
    this.done = settle();
    this.digests = this.done.promise;
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    try {
      const r = this.h.update(chunk);
      if (r) r.then(() => cb(), cb);
      else cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  override _final(cb: (e?: Error | null) => void): void {
    this.h.finish().then(
      (d) => {
        this.done.resolve(d);
        cb();
      },
      (e: Error) => cb(e),
    );
  }

  override _destroy(e: Error | null, cb: (e?: Error | null) => void): void {
    this.h.abort();
    this.done.reject(e ?? new Error('digest stream destroyed'));
    cb(e);
  }
}

/**
 * Passes the bytes through unchanged and feeds them to `hasher`, which outlives the stream (a
 * resumable upload's hash state spans its requests); `bytes` counts what passed, and `onBytes`
 * hears of each chunk's end offset.
 */
export class HashingTap extends Transform {
  bytes = 0;

  constructor(
    protected readonly h: DualHasher,
    private readonly onBytes?: (bytes: number, chunk: Buffer) => void,
  ) {
    super({ highWaterMark: SLOT });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.bytes += chunk.length;
    this.onBytes?.(this.bytes, chunk);
    try {
      const r = this.h.update(chunk);
      if (r) r.then(() => cb(null, chunk), cb);
      else cb(null, chunk);
    } catch (e) {
      cb(e as Error);
    }
  }
}

/** Passes the bytes through unchanged and digests them on the way (e.g. while they are written to disk). */
export class DigestTransform extends HashingTap {
  readonly digests: Promise<Digests>;
  private readonly done: ReturnType<typeof settle>;

  constructor(options: DigestOptions = {}) {
    super(dualHasher(options));
    this.done = settle();
    this.digests = this.done.promise;
  }

  override _flush(cb: TransformCallback): void {
    this.h.finish().then(
      (d) => {
        this.done.resolve(d);
        cb();
      },
      (e: Error) => cb(e),
    );
  }

  override _destroy(e: Error | null, cb: (e?: Error | null) => void): void {
    this.h.abort();
    this.done.reject(e ?? new Error('digest stream destroyed'));
    cb(e);
  }
}

export function createDigestStream(options: DigestOptions = {}): DigestStream {
  return new DigestStream(options);
}

/** Digests of everything `source` yields. */
export async function digestReadable(source: Readable, options: DigestOptions = {}): Promise<Digests> {
  const sink = new DigestStream(options);
  await pipeline(source, sink);
  return sink.digests;
}

/** Digests of a file, read once in 1 MiB chunks. */
export async function digestFile(file: string, options: DigestOptions = {}): Promise<Digests> {
  const sizeHint = options.sizeHint ?? (await stat(file)).size;
  return digestReadable(createReadStream(file, { highWaterMark: SLOT }), { ...options, sizeHint });
}

/** Both digests of bytes already in memory (small generated files; the reference in tests). */
export function referenceDigests(bytes: Buffer): Digests {
  const d = (alg: string): Hash => createHash(alg).update(bytes);
  return { size: bytes.length, sha256: d('sha256').digest('hex'), sm3: d('sm3').digest('hex') };
}
