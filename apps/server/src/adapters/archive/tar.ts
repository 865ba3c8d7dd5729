import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * A minimal POSIX tar (ustar) writer and indexer for case-file packages: entries stream through
 * (multi-GB evidence never sits in memory), sizes beyond 8 GiB use the GNU base-256 form, and
 * Windows 10+, macOS and Linux all unpack the result with their built-in `tar`.
 */
export interface TarSource {
  /** ASCII path inside the archive (at most 100 bytes) */
  name: string;
  size: number;
  /** called when the entry is written (a stored file is opened only then, one at a time) */
  open: () => Readable | Buffer | Promise<Readable | Buffer>;
}

const BLOCK = 512;

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, '0')}\0`;
}

export function tarHeader(name: string, size: number, mtime = 0): Buffer {
  if (!/^[\x21-\x7e]{1,100}$/.test(name)) throw new Error(`tar entry names are ASCII without spaces, at most 100 bytes: ${name}`);
  const h = Buffer.alloc(BLOCK, 0);
  h.write(name, 0, 'ascii');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  if (size < 8 * 1024 ** 3) h.write(octal(size, 12), 124, 'ascii');
  else {
    h[124] = 0x80;
    h.writeBigUInt64BE(BigInt(size), 128);
  }
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

export function tarStream(entries: Iterable<TarSource> | AsyncIterable<TarSource>): Readable {
  async function* gen() {
    for await (const e of entries) {
      yield tarHeader(e.name, e.size);
      const src = await e.open();
      let written = 0;
      if (Buffer.isBuffer(src)) {
        yield src;
        written = src.length;
      } else {
        for await (const chunk of src) {
          written += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      }
      if (written !== e.size) throw new Error(`tar entry ${e.name}: expected ${e.size} bytes, got ${written}`);
      const pad = (BLOCK - (e.size % BLOCK)) % BLOCK;
      if (pad) yield Buffer.alloc(pad);
    }
    yield Buffer.alloc(BLOCK * 2);
  }
  return Readable.from(gen());
}

export interface TarIndexEntry {
  name: string;
  size: number;
  /** byte offset of the entry's data in the file */
  offset: number;
}

/** Lists a tar file's regular files with their data offsets, reading only the headers. */
export function indexTar(file: string): TarIndexEntry[] {
  const fd = openSync(file, 'r');
  try {
    const total = fstatSync(fd).size;
    const out: TarIndexEntry[] = [];
    const h = Buffer.alloc(BLOCK);
    let pos = 0;
    while (pos + BLOCK <= total) {
      readSync(fd, h, 0, BLOCK, pos);
      if (h.every((b) => b === 0)) break;
      const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
      const prefix = h.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
      const size =
        h[124]! & 0x80
          ? Number(h.readBigUInt64BE(128))
          : parseInt(h.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
      const type = String.fromCharCode(h[156]!);
      if (!Number.isFinite(size) || size < 0) throw new Error('损坏的 tar 头');
      if (type === '0' || type === '\0') out.push({ name: prefix ? `${prefix}/${name}` : name, size, offset: pos + BLOCK });
      pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
