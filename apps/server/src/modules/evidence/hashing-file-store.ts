import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import type http from 'node:http';
import path from 'node:path';
import { FileStore } from '@tus/file-store';

interface HashState {
  sha256: Hash;
  sm3: Hash;
  offset: number;
}

/**
 * The tus file store, hashing on the way in: every byte written is fed to SHA-256 and SM3 in the
 * same pass, so a finished multi-GB upload needs no second read. The hash state lives in memory;
 * when an upload resumes in another process or after a failed write, the bytes already on disk
 * are hashed once to catch up. Memory stays constant: chunks stream through.
 */
export class HashingFileStore extends FileStore {
  private readonly states = new Map<string, HashState>();

  private async catchUp(id: string, offset: number): Promise<HashState> {
    const known = this.states.get(id);
    if (known && known.offset === offset) return known;
    const st: HashState = { sha256: createHash('sha256'), sm3: createHash('sm3'), offset: 0 };
    if (offset > 0) {
      for await (const chunk of createReadStream(this.resolvePath(id), { start: 0, end: offset - 1, highWaterMark: 1 << 20 })) {
        st.sha256.update(chunk as Buffer);
        st.sm3.update(chunk as Buffer);
        st.offset += (chunk as Buffer).length;
      }
    }
    this.states.set(id, st);
    return st;
  }

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    const st = await this.catchUp(id, offset);
    let seen = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        st.sha256.update(chunk);
        st.sm3.update(chunk);
        seen += chunk.length;
        cb(null, chunk);
      },
    });
    readable.on('error', (e) => tap.destroy(e));
    readable.pipe(tap);
    try {
      const next = await super.write(tap, id, offset);
      if (next !== offset + seen) throw new Error('hash state out of step');
      st.offset = next;
      return next;
    } catch (e) {
      this.states.delete(id); // what reached the disk is hashed again on resume
      throw e;
    }
  }

  /** Both digests of a finished upload of `size` bytes (catching up first if needed). */
  async digests(id: string, size: number): Promise<{ sha256: string; sm3: string; size: number }> {
    const st = await this.catchUp(id, size);
    this.states.delete(id);
    return { sha256: st.sha256.digest('hex'), sm3: st.sm3.digest('hex'), size };
  }

  resolvePath(id: string): string {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new Error('bad upload id');
    return path.resolve(this.directory, id);
  }

  forget(id: string): void {
    this.states.delete(id);
  }
}
