import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { describe, expect, it } from 'vitest';
import { BlobStoreUnavailableError } from './blob-store.ts';
import { blobStoreContract } from './blob-store.contract.ts';
import { S3BlobStore } from './s3-blob-store.ts';

// A real S3-compatible server (s3rver, on a random port, objects in a temp folder) behind the
// same contract as the folder store.
blobStoreContract('S3BlobStore (s3rver)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
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

describe('S3BlobStore start-up check', () => {
  it('names a missing bucket, refused credentials and an unreachable server in Chinese', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-s3rver-'));
    const server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: dir,
      configureBuckets: [{ name: 'evidence', configs: [] }],
    });
    const { port } = (await server.run()) as AddressInfo;
    const store = (bucket: string, p = port, accessKeyId = 'S3RVER') =>
      new S3BlobStore({
        endpoint: `http://127.0.0.1:${p}`,
        bucket,
        region: 'cn-north-1',
        credentials: { accessKeyId, secretAccessKey: 'S3RVER' },
        forcePathStyle: true,
      });
    try {
      await expect(store('evidence').check()).resolves.toBeUndefined();
      const missing = store('no-such-bucket').check();
      await expect(missing).rejects.toBeInstanceOf(BlobStoreUnavailableError);
      await expect(missing).rejects.toThrow('存储桶「no-such-bucket」不存在');
      await expect(store('evidence', port, 'NOBODY').check()).rejects.toThrow('访问被拒绝');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const closed = store('evidence', port).check();
    await expect(closed).rejects.toBeInstanceOf(BlobStoreUnavailableError);
    await expect(closed).rejects.toThrow(/无法使用文件存储 s3:\/\/evidence\/.*无法连接/);
  });
});
