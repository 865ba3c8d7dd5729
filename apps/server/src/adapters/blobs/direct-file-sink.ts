import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/** Direct I/O wants buffer addresses, file offsets and lengths in whole blocks; 4 KiB covers every disk here. */
const BLOCK = 4096;
/** Bytes per direct write; two buffers, one filling while the other is written. */
const BUFFER_BYTES = 1024 * 1024;

/**
 * A buffer at a page-aligned address. JavaScript cannot ask where a Buffer lives, but the memory
 * of a WebAssembly instance starts on a page of its own, and a Buffer can look at it.
 */
function alignedBuffer(bytes: number): Buffer {
  const pages = Math.ceil(bytes / 65536);
  // (the project's TypeScript libraries leave out the WebAssembly declarations; Node has it)
  const wasm = (
    globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number; maximum: number }) => { buffer: ArrayBuffer } } }
  ).WebAssembly;
  return Buffer.from(new wasm.Memory({ initial: pages, maximum: pages }).buffer, 0, bytes);
}

/**
 * Writes a stream into a file from `offset` on, bypassing the page cache (O_DIRECT) where the
 * file system allows it: whole aligned blocks go straight to the disk, and only an unaligned head
 * (a resumed upload's first bytes up to a block boundary) and the last partial block go through
 * the page cache. For a multi-GB upload this keeps the kernel from copying every byte into page
 * cache it will not read again (on this VM, where each fresh page of guest memory costs a
 * hypervisor fault, that copy took more CPU than both hashes together) and leaves the final fsync
 * little to do. Without O_DIRECT (tmpfs, some network file systems) it writes through the page
 * cache as usual. `written` counts the bytes accepted.
 */
export class DirectFileSink extends Writable {
  written = 0;
  private buffered: FileHandle | null = null;
  private direct: FileHandle | null = null;
  private readonly buffers: Buffer[] = [];
  private fill: Buffer | null = null;
  /** bytes in `fill` */
  private filled = 0;
  /** the file offset of `fill[0]` */
  private pos: number;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    offset: number,
  ) {
    super({ highWaterMark: BUFFER_BYTES });
    this.pos = offset;
  }

  override _construct(cb: (e?: Error | null) => void): void {
    (async () => {
      this.buffered = await open(this.file, 'r+');
      try {
        this.direct = await open(this.file, constants.O_WRONLY | constants.O_DIRECT);
        this.buffers.push(alignedBuffer(BUFFER_BYTES), alignedBuffer(BUFFER_BYTES));
      } catch {
        this.direct = null; // no direct I/O here: the page cache it is
      }
    })().then(() => cb(), cb);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.take(chunk).then(() => cb(), cb);
  }

  override _final(cb: (e?: Error | null) => void): void {
    this.flush(true)
      .then(() => this.close())
      .then(() => cb(), cb);
  }

  override _destroy(e: Error | null, cb: (e?: Error | null) => void): void {
    const closing = async () => {
      await this.inFlight?.catch(() => undefined);
      // what arrived before the failure is kept (through the page cache): the upload resumes after it
      if (this.fill && this.filled && this.buffered) await this.buffered.write(this.fill, 0, this.filled, this.pos).catch(() => undefined);
      this.fill = null;
      await this.close();
    };
    closing().then(
      () => cb(e),
      () => cb(e),
    );
  }

  private async close(): Promise<void> {
    const handles = [this.direct, this.buffered];
    this.direct = this.buffered = null;
    for (const h of handles) await h?.close().catch(() => undefined);
  }

  private async take(chunk: Buffer): Promise<void> {
    // through the page cache when there is no direct handle (any more) and nothing gathered or in flight before this chunk
    if (!this.direct && !this.fill && !this.inFlight) {
      await this.buffered!.write(chunk, 0, chunk.length, this.pos);
      this.pos += chunk.length;
      this.written += chunk.length;
      return;
    }
    let off = 0;
    while (off < chunk.length) {
      if (!this.fill) this.fill = await this.freeBuffer();
      // until the file offset is on a block boundary, only the bytes up to it are gathered
      const room = this.pos % BLOCK ? BLOCK - (this.pos % BLOCK) - this.filled : BUFFER_BYTES - this.filled;
      const n = Math.min(room, chunk.length - off);
      chunk.copy(this.fill, this.filled, off, off + n);
      this.filled += n;
      off += n;
      this.written += n;
      if (this.filled === (this.pos % BLOCK ? BLOCK - (this.pos % BLOCK) : BUFFER_BYTES)) await this.flush(false);
    }
  }

  private async freeBuffer(): Promise<Buffer> {
    while (!this.buffers.length) {
      if (!this.inFlight) throw new Error('direct write buffers lost');
      await this.inFlight;
    }
    return this.buffers.pop()!;
  }

  /** Writes what is gathered: aligned blocks directly, an unaligned head or tail through the page cache. */
  private async flush(last: boolean): Promise<void> {
    const buf = this.fill;
    const n = this.filled;
    const at = this.pos;
    this.fill = null;
    this.filled = 0;
    this.pos += n;
    if (!buf) return void (await this.inFlight);
    const blocks = at % BLOCK ? 0 : n - (n % BLOCK);
    const write = async () => {
      try {
        let done = 0;
        if (blocks && this.direct) {
          try {
            await this.direct.write(buf, 0, blocks, at);
            done = blocks;
          } catch (e) {
            // a file system that opens with O_DIRECT but refuses the writes: the page cache from here on
            if ((e as NodeJS.ErrnoException).code !== 'EINVAL') throw e;
            const d = this.direct;
            this.direct = null;
            await d.close().catch(() => undefined);
          }
        }
        if (n > done) await this.buffered!.write(buf, done, n - done, at + done);
      } finally {
        this.buffers.push(buf);
      }
    };
    // one write at a time, in order; the next buffer fills meanwhile
    const previous = this.inFlight;
    const p = (async () => {
      await previous;
      await write();
    })();
    this.inFlight = p;
    p.catch(() => undefined); // awaited by the next write or by the end; a failure surfaces there
    p.finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    }).catch(() => undefined);
    if (last) await p;
  }
}
