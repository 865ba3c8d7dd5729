import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * What the evidence module needs of the content-addressed blob store (the adapters/blobs layout:
 * `<root>/ab/cd/<sha256 hex>`, read-only files, never overwritten or deleted).
 */
export interface BlobStore {
  putBytes(bytes: Buffer): Promise<{ sha256: string; sm3: string; size: number }>;
  has(sha256: string): Promise<boolean>;
  open(sha256: string): Promise<Readable>;
  /** a read stream, opened lazily (for archives that stream many files) */
  stream(sha256: string): Readable;
  size(sha256: string): Promise<number>;
}

export function blobPath(root: string, sha256: string): string {
  return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function folderBlobs(root: string): BlobStore {
  return {
    async putBytes(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const sm3 = createHash('sm3').update(bytes).digest('hex');
      const file = blobPath(root, sha256);
      if (!existsSync(file)) {
        mkdirSync(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(tmp, bytes, { flush: true });
        chmodSync(tmp, 0o444);
        renameSync(tmp, file);
      }
      return { sha256, sm3, size: bytes.length };
    },
    async has(sha256) {
      return /^[0-9a-f]{64}$/.test(sha256) && existsSync(blobPath(root, sha256)) && statSync(blobPath(root, sha256)).isFile();
    },
    async open(sha256) {
      return createReadStream(blobPath(root, sha256));
    },
    stream(sha256) {
      return createReadStream(blobPath(root, sha256));
    },
    async size(sha256) {
      return statSync(blobPath(root, sha256)).size;
    },
  };
}
