import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobStoreContract } from './blob-store.contract.ts';
import { referenceDigests } from './digest-stream.ts';
import { FsBlobStore } from './fs-blob-store.ts';
import { BlobStoreUnavailableError } from './blob-store.ts';

blobStoreContract('FsBlobStore', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-fs-blobs-'));
  return { store: FsBlobStore.inDataDir(dir), close: async () => rmSync(dir, { recursive: true, force: true }) };
});

describe('FsBlobStore on disk (R-REC-4 不能删改)', () => {
  it('lays blobs out as ab/cd/<sha256>, read-only and for the owner only (R-X-5 at rest), with no temporary files left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-fs-blobs-'));
    try {
      const store = FsBlobStore.inDataDir(dir);
      const bytes = randomBytes(10_000);
      const d = referenceDigests(bytes);
      const src = path.join(dir, 'src');
      writeFileSync(src, bytes);
      await store.put(src, d);
      const file = path.join(dir, 'blobs', d.sha256.slice(0, 2), d.sha256.slice(2, 4), d.sha256);
      expect(store.pathOf(d.sha256)).toBe(file);
      expect(statSync(file).mode & 0o777).toBe(0o400);
      for (const d of [path.join(dir, 'blobs'), path.dirname(path.dirname(file)), path.dirname(file)])
        expect(statSync(d).mode & 0o777).toBe(0o700);
      expect(readdirSync(path.dirname(file))).toEqual([d.sha256]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('of many concurrent puts of one address exactly one creates it (link refuses an existing name)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-fs-blobs-'));
    try {
      const store = FsBlobStore.inDataDir(dir);
      const bytes = randomBytes(1024 * 1024);
      const d = referenceDigests(bytes);
      const sources = Array.from({ length: 8 }, (_, i) => {
        const f = path.join(dir, `src-${i}`);
        writeFileSync(f, bytes);
        return f;
      });
      const results = await Promise.all(sources.map((f, i) => store.put(f, d, { move: i % 2 === 1 })));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(readdirSync(path.dirname(store.pathOf(d.sha256)))).toEqual([d.sha256]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('FsBlobStore start-up check', () => {
  it('refuses a blob folder that cannot be a folder, in Chinese', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-fs-blobs-'));
    try {
      writeFileSync(path.join(dir, 'file'), 'x');
      const store = new FsBlobStore({ root: path.join(dir, 'file', 'blobs') });
      await expect(store.check()).rejects.toBeInstanceOf(BlobStoreUnavailableError);
      await expect(store.check()).rejects.toThrow(`无法使用文件存储 ${path.join(dir, 'file', 'blobs')}：路径不是文件夹`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
