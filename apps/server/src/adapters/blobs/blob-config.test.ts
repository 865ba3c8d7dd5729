import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlobConfigError, blobConfigFromEnv, openBlobStore } from './blob-config.ts';
import { FsBlobStore } from './fs-blob-store.ts';
import { S3BlobStore } from './s3-blob-store.ts';

const data = path.resolve('/srv/sanxiang');

function problemsOf(env: Record<string, string>): string[] {
  try {
    blobConfigFromEnv(env, data);
  } catch (e) {
    expect(e).toBeInstanceOf(BlobConfigError);
    expect((e as Error).message).toMatch(/^文件存储配置有误：/);
    return (e as BlobConfigError).problems;
  }
  throw new Error('configuration accepted');
}

describe('blob store configuration from the environment', () => {
  it('is the blobs folder in the data folder by default', async () => {
    expect(blobConfigFromEnv({}, data)).toEqual({ kind: 'fs', root: path.join(data, 'blobs') });
    expect(blobConfigFromEnv({ SANXIANG_BLOBS: 'fs', SANXIANG_S3_BUCKET: '  ' }, data)).toEqual({
      kind: 'fs',
      root: path.join(data, 'blobs'),
    });
    const store = await openBlobStore(blobConfigFromEnv({}, data));
    expect(store).toBeInstanceOf(FsBlobStore);
    expect(store.location).toBe(path.join(data, 'blobs'));
  });

  it('reads an S3-compatible store (path-style by default when an endpoint is given)', async () => {
    const config = blobConfigFromEnv(
      {
        SANXIANG_BLOBS: 'S3',
        SANXIANG_S3_ENDPOINT: 'http://minio.local:9000',
        SANXIANG_S3_BUCKET: 'sanxiang-evidence',
        SANXIANG_S3_PREFIX: '/guantao/blobs/',
        SANXIANG_S3_REGION: 'cn-north-1',
        SANXIANG_S3_ACCESS_KEY_ID: 'AK',
        SANXIANG_S3_SECRET_ACCESS_KEY: 'SK',
      },
      data,
    );
    expect(config).toEqual({
      kind: 's3',
      s3: {
        endpoint: 'http://minio.local:9000',
        bucket: 'sanxiang-evidence',
        prefix: 'guantao/blobs/',
        region: 'cn-north-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
      },
    });
    const store = await openBlobStore(config);
    expect(store).toBeInstanceOf(S3BlobStore);
    expect(store.location).toBe('s3://sanxiang-evidence/guantao/blobs/');
    expect(store.where('ab'.repeat(32))).toBe(`s3://sanxiang-evidence/guantao/blobs/ab/ab/${'ab'.repeat(32)}`);
    (store as S3BlobStore).client.destroy();
    // AWS itself: no endpoint, virtual-hosted addressing, the default credential chain
    expect(blobConfigFromEnv({ SANXIANG_BLOBS: 's3', SANXIANG_S3_BUCKET: 'b12', SANXIANG_S3_PATH_STYLE: '0' }, data)).toEqual({
      kind: 's3',
      s3: { bucket: 'b12', prefix: '', region: 'us-east-1', forcePathStyle: false },
    });
  });

  it('names every problem of a misconfiguration at once, in Chinese', () => {
    expect(problemsOf({ SANXIANG_BLOBS: 'minio' })).toEqual([
      'SANXIANG_BLOBS 应为 fs（本地文件夹，默认）或 s3（S3 兼容对象存储），而不是「minio」',
    ]);
    expect(problemsOf({ SANXIANG_S3_BUCKET: 'evidence' })[0]).toContain('已设置 SANXIANG_S3_BUCKET，但 SANXIANG_BLOBS 不是 s3');
    const p = problemsOf({
      SANXIANG_BLOBS: 's3',
      SANXIANG_S3_ENDPOINT: 'minio.local:9000/bucket',
      SANXIANG_S3_PREFIX: 'a/../b',
      SANXIANG_S3_ACCESS_KEY_ID: 'AK',
      SANXIANG_S3_PATH_STYLE: 'maybe',
    });
    expect(p).toHaveLength(5);
    expect(p.join('\n')).toContain('须设置 SANXIANG_S3_BUCKET');
    expect(p.join('\n')).toContain('SANXIANG_S3_ENDPOINT 应为 http:// 或 https:// 开头');
    expect(p.join('\n')).toContain('SANXIANG_S3_PREFIX');
    expect(p.join('\n')).toContain('须同时设置');
    expect(p.join('\n')).toContain('SANXIANG_S3_PATH_STYLE 应为 1 或 0');
    expect(problemsOf({ SANXIANG_BLOBS: 's3', SANXIANG_S3_BUCKET: 'Evidence_Bucket' })[0]).toContain('不是有效的存储桶名称');
    // the secret key never appears in a message
    expect(problemsOf({ SANXIANG_BLOBS: 's3', SANXIANG_S3_SECRET_ACCESS_KEY: 'very-secret' }).join('')).not.toContain('very-secret');
  });
});
