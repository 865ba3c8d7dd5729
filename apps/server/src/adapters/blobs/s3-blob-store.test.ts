import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { blobStoreContract } from './blob-store.contract.ts';
import { S3BlobStore } from './s3-blob-store.ts';

// A real S3-compatible server (s3rver, on a random port, objects in a temp folder) behind the
// same contract as the folder store.
blobStoreContract('S3BlobStore (s3rver)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'evidence', configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const store = new S3BlobStore({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'evidence',
    region: 'cn-north-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    prefix: 'blobs/',
    partSize: 5 * 1024 * 1024,
  });
  return {
    store,
    close: async () => {
      store.client.destroy();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
