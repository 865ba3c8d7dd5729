import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DigestTransform, createDigestStream, digestFile, digestReadable, referenceDigests } from './digest-stream.ts';

/** Feeds `bytes` in uneven chunks (1 byte … 3 MiB) so slot boundaries fall everywhere. */
function uneven(bytes: Buffer): Readable {
  const sizes = [1, 7, 65_536, 1 << 20, 3 << 20, 333, 1_048_577];
  return Readable.from(
    (function* () {
      for (let off = 0, i = 0; off < bytes.length; i++) {
        const n = sizes[i % sizes.length]!;
        yield bytes.subarray(off, off + n);
        off += n;
      }
    })(),
  );
}

describe('SHA-256 and SM3 in one streaming pass', () => {
  const bytes = randomBytes(9 * 1024 * 1024 + 17);
  const expected = referenceDigests(bytes);

  it('SM3 is the GB/T 32905 hash (standard test vector "abc")', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  for (const strategy of ['main', 'worker'] as const) {
    it(`${strategy}: digests of uneven chunks equal the in-memory digests`, async () => {
      expect(await digestReadable(uneven(bytes), { strategy })).toEqual(expected);
    });

    it(`${strategy}: the pass-through variant hands every byte on unchanged`, async () => {
      const t = new DigestTransform({ strategy });
      const out: Buffer[] = [];
      await pipeline(uneven(bytes), t, async function* (source) {
        for await (const c of source) out.push(c as Buffer);
      });
      expect(Buffer.concat(out).equals(bytes)).toBe(true);
      expect(await t.digests).toEqual(expected);
    });

    it(`${strategy}: an empty stream has the digests of no bytes`, async () => {
      expect(await digestReadable(Readable.from([]), { strategy })).toEqual(referenceDigests(Buffer.alloc(0)));
    });

    it(`${strategy}: a failing source rejects the digests`, async () => {
      const sink = createDigestStream({ strategy });
      const source = new Readable({ read() {} });
      source.push(bytes.subarray(0, 1000));
      setImmediate(() => source.destroy(new Error('连接中断')));
      await expect(pipeline(source, sink)).rejects.toThrow('连接中断');
      await expect(sink.digests).rejects.toThrow();
    });
  }

  it('digestFile reads a file once (auto strategy picks by size)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-digest-'));
    try {
      const f = path.join(dir, 'a.bin');
      writeFileSync(f, bytes);
      expect(await digestFile(f)).toEqual(expected);
      const small = path.join(dir, 'b.bin');
      writeFileSync(small, 'abc');
      expect(await digestFile(small)).toEqual(referenceDigests(Buffer.from('abc')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
