import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { open } from 'node:fs/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DirectFileSink } from './direct-file-sink.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sx-direct-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `bytes` in chunks of uneven sizes, as a socket delivers them. */
function chunked(bytes: Buffer, seed: number): Readable {
  const parts: Buffer[] = [];
  let s = seed;
  for (let at = 0; at < bytes.length;) {
    s = (s * 1103515245 + 12345) >>> 0;
    const n = Math.min(bytes.length - at, 1 + ((s >>> 8) % 200_000));
    parts.push(bytes.subarray(at, at + n));
    at += n;
  }
  return Readable.from(parts);
}

describe('R-REC-2 evidence files are written past the page cache, byte for byte', () => {
  it.each([
    ['from the start, whole blocks and a partial last one', 0, 3 * 1024 * 1024 + 4096 * 3 + 17],
    ['resumed at an unaligned offset (a head up to the block boundary)', 5000, 2 * 1024 * 1024 + 1],
    ['resumed on a block boundary', 8192, 1024 * 1024],
    ['a few bytes that never fill a block', 123, 100],
    ['nothing at all', 0, 0],
  ])('%s', async (_name, offset, length) => {
    const file = path.join(dir, `f-${offset}-${length}`);
    const before = randomBytes(offset);
    writeFileSync(file, before);
    const body = randomBytes(length);
    const sink = new DirectFileSink(file, offset);
    await pipeline(chunked(body, offset + length), sink);
    expect(sink.written).toBe(length);
    expect(readFileSync(file).equals(Buffer.concat([before, body]))).toBe(true);
  });

  it('a stream that fails half-way keeps what arrived before the failure', async () => {
    const file = path.join(dir, 'broken');
    writeFileSync(file, '');
    const body = randomBytes(1024 * 1024 + 5000);
    const source = new Readable({ read() {} });
    const sink = new DirectFileSink(file, 0);
    const done = pipeline(source, sink);
    source.push(body.subarray(0, 1024 * 1024));
    source.push(body.subarray(1024 * 1024));
    // everything pushed has reached the sink (however busy the machine) before the connection fails
    for (let i = 0; i < 500 && (source.readableLength > 0 || sink.writableLength > 0 || sink.writableNeedDrain); i++)
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    source.destroy(new Error('connection reset'));
    await expect(done).rejects.toThrow('connection reset');
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(file).equals(body)).toBe(true);
  });

  it('a file system that takes O_DIRECT at open but refuses the writes (EINVAL): the rest goes through the page cache, nothing lost', async () => {
    const file = path.join(dir, 'einval');
    writeFileSync(file, '');
    const probe = await open(file, 'r');
    const proto = Object.getPrototypeOf(probe) as { write: (...a: unknown[]) => Promise<unknown> };
    await probe.close();
    const real = proto.write;
    let refused = 0;
    const spy = vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      // the first whole-buffer write is the direct one
      if (refused === 0 && args[2] === 1024 * 1024) {
        refused++;
        return Promise.reject(Object.assign(new Error('EINVAL: invalid argument, write'), { code: 'EINVAL' }));
      }
      return real.apply(this, args);
    });
    try {
      const body = randomBytes(3 * 1024 * 1024 + 999);
      const sink = new DirectFileSink(file, 0);
      await pipeline(chunked(body, 7), sink);
      expect(refused).toBe(1);
      expect(readFileSync(file).equals(body)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
