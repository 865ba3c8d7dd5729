import { randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, chmod, copyFile, link, mkdir, open, opendir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  BlobConflictError,
  BlobNotFoundError,
  BlobSizeMismatchError,
  BlobStoreUnavailableError,
  blobKey,
  isSha256Hex,
  sameBytes,
  type BlobAddress,
  type BlobInfo,
  type BlobStore,
  type ByteRange,
  type PutOptions,
  type PutResult,
} from './blob-store.ts';

export interface FsBlobStoreOptions {
  /** the blob folder; by default `<data dir>/blobs` (see {@link FsBlobStore.inDataDir}) */
  root: string;
}

/**
 * Blobs in a local folder, `<root>/ab/cd/<sha256>`, read-only files. A new blob is first a file
 * of its own (a temporary copy, or the caller's finished upload when it is moved), fsynced, made
 * read-only, and then LINKED into place: link(2), unlike rename(2), fails when the name exists,
 * so two concurrent puts of one address cannot replace each other and an existing blob is never
 * overwritten — the loser compares bytes and drops its copy. The folders are fsynced after the
 * link so the name survives a power cut.
 */
export class FsBlobStore implements BlobStore {
  readonly root: string;

  constructor(options: FsBlobStoreOptions) {
    this.root = path.resolve(options.root);
  }

  static inDataDir(dataDir: string): FsBlobStore {
    return new FsBlobStore({ root: path.join(dataDir, 'blobs') });
  }

  get location(): string {
    return this.root;
  }

  /** the file of a blob (for tools that need a path) */
  pathOf(sha256: string): string {
    return path.join(this.root, ...blobKey(sha256).split('/'));
  }

  where(sha256: string): string {
    return this.pathOf(sha256);
  }

  async check(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true, mode: 0o700 });
      await access(this.root, constants.R_OK | constants.W_OK | constants.X_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === 'EACCES' || code === 'EPERM'
          ? '没有读写权限'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? '路径不是文件夹'
            : code === 'EROFS'
              ? '文件系统只读'
              : (e as Error).message;
      throw new BlobStoreUnavailableError(this.root, reason);
    }
  }

  async put(file: string, address: BlobAddress, options: PutOptions = {}): Promise<PutResult> {
    const target = this.pathOf(address.sha256);
    const size = (await stat(file)).size;
    if (size !== address.size) throw new BlobSizeMismatchError(address.sha256, address.size, size);
    if (await this.stat(address.sha256)) {
      await this.checkSame(target, file, address);
      if (options.move) await unlink(file);
      return { created: false };
    }
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    let own: string; // the file that gets linked into place
    if (options.move) {
      own = file;
    } else {
      own = path.join(path.dirname(target), `.tmp-${randomBytes(8).toString('hex')}`);
      // copy_file_range in the kernel: no bytes pass through this process
      await copyFile(file, own, constants.COPYFILE_EXCL);
    }
    let done = false;
    try {
      await fsyncPath(own);
      // read-only, and for this user only: evidence and unredacted documents are not for every local user
      await chmod(own, 0o400);
      try {
        await link(own, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
          // another put of the same address won the race
          await this.checkSame(target, own, address);
          done = true;
          return { created: false };
        }
        if (options.move && (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP')) {
          // the upload folder is on another disk (or links are not allowed there): copy instead
          const result = await this.put(file, address, { move: false });
          done = true;
          return result;
        }
        throw e;
      }
      // the new name, and the fan-out folders if they are new, must reach the disk too
      const leaf = path.dirname(target);
      for (const d of [leaf, path.dirname(leaf), this.root]) await fsyncPath(d);
      done = true;
      return { created: true };
    } finally {
      // a temporary copy always goes; the caller's file only once it is safely stored
      if (!options.move || done) await unlink(own).catch(() => undefined);
    }
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(sha256);
    const info = await this.stat(sha256);
    if (!info) throw new BlobNotFoundError(sha256);
    return createReadStream(file, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end } : {}) });
  }

  async stat(sha256: string): Promise<BlobInfo | null> {
    try {
      const s = await stat(this.pathOf(sha256));
      return s.isFile() ? { sha256, size: s.size } : null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async *list(): AsyncIterable<BlobInfo> {
    for (const a of await hexDirs(this.root, 2)) {
      for (const b of await hexDirs(path.join(this.root, a), 2)) {
        const dir = path.join(this.root, a, b);
        for await (const entry of await opendir(dir)) {
          if (!entry.isFile() || !isSha256Hex(entry.name) || !entry.name.startsWith(a + b)) continue;
          const s = await stat(path.join(dir, entry.name)).catch(() => null);
          if (s) yield { sha256: entry.name, size: s.size };
        }
      }
    }
  }

  private async checkSame(target: string, candidate: string, address: BlobAddress): Promise<void> {
    const existing = (await stat(target)).size;
    if (existing !== address.size) throw new BlobConflictError(address.sha256, `已存 ${existing} 字节，新文件 ${address.size} 字节`);
    const opts = { highWaterMark: 1 << 20 };
    if (!(await sameBytes(createReadStream(target, opts), createReadStream(candidate, opts))))
      throw new BlobConflictError(address.sha256, '字节不同');
  }
}

async function fsyncPath(p: string): Promise<void> {
  const fh = await open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function hexDirs(dir: string, width: number): Promise<string[]> {
  const re = new RegExp(`^[0-9a-f]{${width}}$`);
  const out: string[] = [];
  try {
    for await (const e of await opendir(dir)) if (e.isDirectory() && re.test(e.name)) out.push(e.name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return out.sort();
}
