import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobAddressError, BlobConflictError, BlobNotFoundError, BlobSizeMismatchError, type BlobStore } from './blob-store.ts';
import { referenceDigests } from './digest-stream.ts';

/**
 * The behaviour every BlobStore must have (run by fs-blob-store.test.ts and s3-blob-store.test.ts):
 * content addressing, no overwrite, idempotent puts after a byte comparison, ranges, listing.
 */
export function blobStoreContract(name: string, open: () => Promise<{ store: BlobStore; close(): Promise<void> }>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    let close: () => Promise<void>;
    let dir: string;

    beforeAll(async () => {
      ({ store, close } = await open());
      dir = mkdtempSync(path.join(tmpdir(), 'sx-blob-src-'));
    });
    afterAll(async () => {
      await close?.();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const file = (bytes: Buffer): string => {
      const f = path.join(dir, randomBytes(6).toString('hex'));
      writeFileSync(f, bytes);
      return f;
    };

    it('stores a file under its SHA-256 and gives the same bytes back, whole and by range', async () => {
      const bytes = randomBytes(300_000);
      const d = referenceDigests(bytes);
      const src = file(bytes);
      expect(await store.has(d.sha256)).toBe(false);
      expect(await store.put(src, d)).toEqual({ created: true });
      expect(existsSync(src)).toBe(true); // copied, not taken over
      expect(await store.has(d.sha256)).toBe(true);
      expect(await store.stat(d.sha256)).toEqual({ sha256: d.sha256, size: bytes.length });
      expect((await read(await store.open(d.sha256))).equals(bytes)).toBe(true);
      const part = await read(await store.open(d.sha256, { start: 1000, end: 1999 }));
      expect(part.equals(bytes.subarray(1000, 2000))).toBe(true);
    });

    it('a multi-megabyte file (several multipart parts where the store has them)', async () => {
      const bytes = randomBytes(12 * 1024 * 1024 + 123);
      const d = referenceDigests(bytes);
      expect(await store.put(file(bytes), d, { move: true })).toEqual({ created: true });
      const back = await read(await store.open(d.sha256));
      expect(referenceDigests(back)).toEqual(d);
    });

    it('putting an existing address again is a no-op after comparing the bytes; move removes the source', async () => {
      const bytes = randomBytes(50_000);
      const d = referenceDigests(bytes);
      expect((await store.put(file(bytes), d)).created).toBe(true);
      const again = file(bytes);
      expect(await store.put(again, d)).toEqual({ created: false });
      expect(existsSync(again)).toBe(true);
      const moved = file(bytes);
      expect(await store.put(moved, d, { move: true })).toEqual({ created: false });
      expect(existsSync(moved)).toBe(false);
    });

    it('never overwrites: other bytes under an existing address are refused and the blob is unchanged', async () => {
      const bytes = randomBytes(40_000);
      const d = referenceDigests(bytes);
      await store.put(file(bytes), d);
      const forged = Buffer.from(bytes);
      forged[20_000] = forged[20_000]! ^ 0xff;
      const src = file(forged);
      await expect(store.put(src, d, { move: true })).rejects.toBeInstanceOf(BlobConflictError);
      expect(existsSync(src)).toBe(true); // a refused move keeps the caller's file
      await expect(store.put(file(randomBytes(40_001)), d)).rejects.toBeInstanceOf(BlobSizeMismatchError);
      expect((await read(await store.open(d.sha256))).equals(bytes)).toBe(true);
    });

    it('concurrent puts of the same content all succeed and leave one correct blob', async () => {
      const bytes = randomBytes(2 * 1024 * 1024);
      const d = referenceDigests(bytes);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.put(file(bytes), d, { move: i % 2 === 0 })));
      expect(results.filter((r) => r.created).length).toBeGreaterThanOrEqual(1);
      expect(referenceDigests(await read(await store.open(d.sha256)))).toEqual(d);
    });

    it('absent blobs and malformed addresses', async () => {
      const absent = 'f'.repeat(64);
      expect(await store.stat(absent)).toBeNull();
      expect(await store.has(absent)).toBe(false);
      await expect(store.open(absent)).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.open('../../etc/passwd')).rejects.toBeInstanceOf(BlobAddressError);
      await expect(store.put(file(Buffer.from('x')), { sha256: 'ABC', size: 1 })).rejects.toBeInstanceOf(BlobAddressError);
    });

    it('passes its start-up check and names a blob for messages', async () => {
      await expect(store.check()).resolves.toBeUndefined();
      const sha = 'ab'.repeat(32);
      expect(store.where(sha)).toContain(sha);
      expect(() => store.where('../x')).toThrow(BlobAddressError);
    });

    it('lists every blob with its size (for verification)', async () => {
      const added = await Promise.all(
        [1, 2, 3].map(async (n) => {
          const bytes = randomBytes(1000 * n);
          const d = referenceDigests(bytes);
          await store.put(file(bytes), d);
          return { sha256: d.sha256, size: d.size };
        }),
      );
      const listed = [];
      for await (const b of store.list()) listed.push(b);
      for (const a of added) expect(listed).toContainEqual(a);
      expect(new Set(listed.map((b) => b.sha256)).size).toBe(listed.length);
    });
  });
}

export async function read(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}
