import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BlobStore } from './blob-store.ts';
import { referenceDigests, type Digests } from './digest-stream.ts';

/**
 * Stores bytes that are already in memory (issued documents, demo media): both digests are
 * computed here (or handed in by whoever computed them over these bytes, e.g. a render worker),
 * the bytes go to a temporary file that the store takes over (`put` works on finished files, like
 * an upload), and the temporary file is gone afterwards whatever happens.
 */
export async function putBytes(store: BlobStore, bytes: Buffer, options: { tmpDir?: string; digests?: Digests } = {}): Promise<Digests> {
  const d = options.digests ?? referenceDigests(bytes);
  const file = path.join(options.tmpDir ?? tmpdir(), `sx-blob-${randomBytes(8).toString('hex')}`);
  await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
  try {
    await store.put(file, d, { move: true });
  } finally {
    await rm(file, { force: true });
  }
  return d;
}
