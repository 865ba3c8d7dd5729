import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { openKeyStore, type KeyStore } from '../adapters/keys/key-store.ts';
import type { BlobStore } from '../adapters/blobs/blob-store.ts';
import { blobConfigFromEnv, openBlobStore } from '../adapters/blobs/blob-config.ts';

/** Where the product keeps its data: --data, then SANXIANG_DATA, then ./.data. */
export function dataDir(flag: string | undefined): string {
  return path.resolve(flag ?? process.env['SANXIANG_DATA'] ?? '.data');
}

/** DATABASE_URL selects an external PostgreSQL; otherwise the embedded one in the data folder. */
export async function open(dataFlag: string | undefined, opts: { poolSize?: number } = {}): Promise<DatabaseHandle> {
  const url = process.env['DATABASE_URL'];
  return openDatabase({ databaseUrl: url && url.length > 0 ? url : undefined, dataDir: dataDir(dataFlag), poolSize: opts.poolSize ?? 10 });
}

/** Signing keys: SANXIANG_SIGNING_SEED, or the key file in `<data>/keys` (created on first use). */
export function openKeys(dataFlag: string | undefined): KeyStore {
  return openKeyStore({ keysDir: path.join(dataDir(dataFlag), 'keys'), seed: process.env['SANXIANG_SIGNING_SEED'] });
}

/**
 * Where evidence files and documents are stored: `<data>/blobs`, or the S3-compatible bucket that
 * SANXIANG_BLOBS=s3 and SANXIANG_S3_* name. A misconfiguration, or a store that cannot be reached,
 * stops here with a message for the operator (BlobConfigError, BlobStoreUnavailableError).
 */
export async function openBlobs(dataFlag: string | undefined): Promise<BlobStore> {
  const store = await openBlobStore(blobConfigFromEnv(process.env, dataDir(dataFlag)));
  await store.check();
  return store;
}
