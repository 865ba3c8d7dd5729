import type { Readable } from 'node:stream';

/**
 * Content-addressed storage of evidence files (音像记录) and issued documents (R-REC-2, R-REC-4
 * 不能删改): a blob is named by the SHA-256 of its bytes, is written once and is never replaced
 * nor deleted through this interface. Putting an address that already exists is a no-op after
 * the store has checked that the bytes are the same; different bytes under an existing address
 * raise {@link BlobConflictError} (a stored blob was altered, or the caller's digest is wrong).
 */
export interface BlobStore {
  /** where the blobs live, for messages and `sanxiang verify` (a folder, or `s3://bucket/prefix`) */
  readonly location: string;
  /**
   * Stores the finished file at `file` under `address` (its SHA-256, computed by the caller in the
   * same pass as its SM3; see digest-stream.ts). With `move`, the store may take the file over
   * instead of copying it (a hard link on the same disk) and the file is gone afterwards.
   */
  put(file: string, address: BlobAddress, options?: PutOptions): Promise<PutResult>;
  /** a read stream of the blob (optionally a byte range, both ends inclusive); BlobNotFoundError if absent */
  open(sha256: string, range?: ByteRange): Promise<Readable>;
  /** size of the blob, or null if absent */
  stat(sha256: string): Promise<BlobInfo | null>;
  has(sha256: string): Promise<boolean>;
  /** every blob, for verification (order unspecified); entries that are not blobs are skipped */
  list(): AsyncIterable<BlobInfo>;
  /** where one blob lives, for messages that must name it (a file path, or `s3://bucket/key`) */
  where(sha256: string): string;
  /**
   * Start-up check that the store can be reached (the folder exists and is writable, the bucket
   * answers); throws {@link BlobStoreUnavailableError} with a message for the operator.
   */
  check(): Promise<void>;
}

export interface BlobAddress {
  /** SHA-256 of the content, 64 lowercase hex digits */
  sha256: string;
  size: number;
}

export interface BlobInfo {
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** take the file over (and remove it) instead of copying; the default is to copy */
  move?: boolean;
}

export interface PutResult {
  /** false when the address existed already (and held the same bytes) */
  created: boolean;
}

export interface ByteRange {
  start: number;
  /** inclusive */
  end: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(s: string): boolean {
  return SHA256_HEX.test(s);
}

/** The two-level fan-out shared by both stores: `ab/cd/abcd…` (256 × 256 folders at most). */
export function blobKey(sha256: string): string {
  if (!isSha256Hex(sha256)) throw new BlobAddressError(sha256);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export class BlobAddressError extends Error {
  constructor(readonly address: string) {
    super(`内容地址格式错误（应为 64 位小写十六进制 SHA-256）：${address.slice(0, 80)}`);
    this.name = 'BlobAddressError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`存储中没有该文件：${sha256}`);
    this.name = 'BlobNotFoundError';
  }
}

/** Same address, different bytes: never silently resolved, because one side is not what it claims. */
export class BlobConflictError extends Error {
  constructor(
    readonly sha256: string,
    readonly reason: string,
  ) {
    super(`内容地址 ${sha256} 已存在但内容不同（${reason}）：已存文件可能被改动，或提交的摘要有误`);
    this.name = 'BlobConflictError';
  }
}

/** The store cannot be reached or used (folder not writable, bucket missing, credentials refused). */
export class BlobStoreUnavailableError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
  ) {
    super(`无法使用文件存储 ${location}：${reason}`);
    this.name = 'BlobStoreUnavailableError';
  }
}

/** The file's size does not match the address it is put under. */
export class BlobSizeMismatchError extends Error {
  constructor(
    readonly sha256: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`文件大小与声明不符：声明 ${expected} 字节，实际 ${actual} 字节（${sha256}）`);
    this.name = 'BlobSizeMismatchError';
  }
}

/**
 * Byte-for-byte comparison of two streams in constant memory (the existing-address check of
 * `put`). Both streams are consumed or destroyed.
 */
export async function sameBytes(a: Readable, b: Readable): Promise<boolean> {
  const ia = chunks(a);
  const ib = chunks(b);
  let ca: Buffer = Buffer.alloc(0);
  let cb: Buffer = Buffer.alloc(0);
  try {
    for (;;) {
      if (ca.length === 0) ca = (await ia.next()).value ?? Buffer.alloc(0);
      if (cb.length === 0) cb = (await ib.next()).value ?? Buffer.alloc(0);
      if (ca.length === 0 || cb.length === 0) return ca.length === 0 && cb.length === 0;
      const n = Math.min(ca.length, cb.length);
      if (!ca.subarray(0, n).equals(cb.subarray(0, n))) return false;
      ca = ca.subarray(n);
      cb = cb.subarray(n);
    }
  } finally {
    a.destroy();
    b.destroy();
  }
}

async function* chunks(s: Readable): AsyncGenerator<Buffer, undefined> {
  for await (const c of s) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    if (b.length) yield b;
  }
  return undefined;
}
