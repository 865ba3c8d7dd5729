import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type http from 'node:http';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { ERRORS, Upload } from '@tus/utils';
import { HashingTap, dualHasher, type DualHasher } from '../../adapters/blobs/digest-stream.ts';
import { DirectFileSink } from '../../adapters/blobs/direct-file-sink.ts';

interface HashState {
  hasher: DualHasher;
  offset: number;
  /** ends an idle state: an upload that stopped half-way does not keep its SM3 worker */
  idle: NodeJS.Timeout | null;
}

/** How long the hash state of an unfinished upload waits for its next PATCH before it is dropped. */
const IDLE_MS = 2 * 60_000;
/**
 * Every this many bytes of an upload, a young-generation collection (when Node runs with
 * --expose-gc, as `npm start` does). Each socket read arrives in a new 64 KiB buffer outside the
 * V8 heap, and V8 frees those only when a scavenge finds their small JavaScript handles dead; the
 * stream allocates so little else that several megabytes of dead buffers pile up between
 * scavenges. Measured on a 2 GiB upload (12-04, bench/evidence.bench.ts): peak RSS 155 MB without,
 * 151 / 141 / 131–139 MB with one scavenge per 16 / 8 / 4 MiB, at the same ingest rate (a
 * scavenge of the 2 MB young generation takes well under a millisecond; 512 of them per 2 GiB).
 */
const YOUNG_GC_BYTES = 4 * 1024 * 1024;
const collectYoung = (globalThis as unknown as { gc?: (o: { type: 'minor' }) => void }).gc;

/**
 * The tus file store, hashing on the way in: every byte written is fed to SHA-256 and SM3 in the
 * same pass (SM3 on a worker thread for large files, see digest-stream.ts), so a finished
 * multi-GB upload needs no second read. The hash state lives in memory; when an upload resumes in
 * another process, after a failed write or after its state went idle, the bytes already on disk
 * are hashed once to catch up. Memory stays constant: chunks stream through.
 */
export class HashingFileStore extends FileStore {
  private readonly states = new Map<string, HashState>();

  private drop(id: string): void {
    const st = this.states.get(id);
    if (!st) return;
    if (st.idle) clearTimeout(st.idle);
    st.hasher.abort();
    this.states.delete(id);
  }

  private async catchUp(id: string, offset: number): Promise<HashState> {
    const known = this.states.get(id);
    if (known && known.offset === offset) {
      if (known.idle) clearTimeout(known.idle);
      known.idle = null;
      return known;
    }
    this.drop(id);
    const length = (await this.getUpload(id)).size;
    const st: HashState = { hasher: dualHasher({ sizeHint: length ?? undefined }), offset: 0, idle: null };
    this.states.set(id, st);
    try {
      if (offset > 0) {
        for await (const chunk of createReadStream(this.resolvePath(id), { start: 0, end: offset - 1, highWaterMark: 1 << 20 })) {
          await st.hasher.update(chunk as Buffer);
          st.offset += (chunk as Buffer).length;
        }
      }
    } catch (e) {
      this.drop(id);
      throw e;
    }
    return st;
  }

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    const st = await this.catchUp(id, offset);
    const file = this.resolvePath(id);
    // a young-generation collection whenever the upload crosses a multiple of YOUNG_GC_BYTES
    const tap = new HashingTap(st.hasher, (bytes, chunk) => {
      if (Math.floor(bytes / YOUNG_GC_BYTES) !== Math.floor((bytes - chunk.length) / YOUNG_GC_BYTES)) collectYoung?.({ type: 'minor' });
    });
    try {
      // whole blocks straight to the disk (see DirectFileSink): the file is read again only to be stored
      const sink = new DirectFileSink(file, offset);
      try {
        await pipeline(readable, tap, sink);
      } catch {
        throw ERRORS.FILE_WRITE_ERROR;
      }
      if (sink.written !== tap.bytes) throw new Error('hash state out of step');
      st.offset = offset + tap.bytes;
      st.idle = setTimeout(() => this.drop(id), IDLE_MS);
      st.idle.unref();
      return st.offset;
    } catch (e) {
      this.drop(id); // what reached the disk is hashed again on resume
      throw e;
    }
  }

  /**
   * An upload whose finished file was already moved into the blob store (its digests kept beside
   * it, or its late binding marked `.bound`) is whole: it answers with its full length instead of
   * 410, so that the next HEAD or PATCH binds it (the process stopped between storing the file and
   * binding it) or tells the client it is complete.
   */
  override async getUpload(id: string): Promise<Upload> {
    try {
      return await super.getUpload(id);
    } catch (e) {
      if (e !== ERRORS.FILE_NO_LONGER_EXISTS) throw e;
      const file = this.resolvePath(id);
      const info = await this.configstore.get(id);
      if (!info || info.size === undefined || !(existsSync(`${file}.digests.json`) || existsSync(`${file}.bound`))) throw e;
      return new Upload({
        id,
        size: info.size,
        offset: info.size,
        metadata: info.metadata,
        creation_date: info.creation_date,
        storage: { type: 'file', path: file },
      });
    }
  }

  /** Both digests of a finished upload of `size` bytes (catching up first if needed). */
  async digests(id: string, size: number): Promise<{ sha256: string; sm3: string; size: number }> {
    const st = await this.catchUp(id, size);
    this.states.delete(id);
    const d = await st.hasher.finish();
    if (d.size !== size) throw new Error('hash state out of step');
    return { sha256: d.sha256, sm3: d.sm3, size };
  }

  resolvePath(id: string): string {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new Error('bad upload id');
    return path.resolve(this.directory, id);
  }

  forget(id: string): void {
    this.drop(id);
  }
}
