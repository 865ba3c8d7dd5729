import path from 'node:path';
import type { BlobStore } from './blob-store.ts';
import type { S3BlobStoreConfig } from './s3-blob-store.ts';

/**
 * Which blob store the product uses (README, Configuration): the folder `<data dir>/blobs` by
 * default, or an S3-compatible bucket (MinIO, Aliyun OSS, AWS S3 …) for deployments that outgrow
 * one disk. Read from environment variables once at start-up; every problem is reported at once,
 * in words for the operator, before anything is opened.
 */
export type BlobConfig = { kind: 'fs'; root: string } | { kind: 's3'; s3: S3BlobStoreConfig };

export class BlobConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`文件存储配置有误：${problems.join('；')}`);
    this.name = 'BlobConfigError';
  }
}

type Env = Record<string, string | undefined>;

const S3_VARS = [
  'SANXIANG_S3_ENDPOINT',
  'SANXIANG_S3_BUCKET',
  'SANXIANG_S3_PREFIX',
  'SANXIANG_S3_REGION',
  'SANXIANG_S3_ACCESS_KEY_ID',
  'SANXIANG_S3_SECRET_ACCESS_KEY',
  'SANXIANG_S3_PATH_STYLE',
] as const;

/** Bucket names as S3 (and MinIO, OSS) accept them. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function blobConfigFromEnv(env: Env, dataDir: string): BlobConfig {
  const get = (k: string) => {
    const v = env[k]?.trim();
    return v ? v : undefined;
  };
  const kind = (get('SANXIANG_BLOBS') ?? 'fs').toLowerCase();
  const problems: string[] = [];
  if (kind === 'fs') {
    const stray = S3_VARS.filter((k) => get(k) !== undefined);
    if (stray.length)
      problems.push(
        `已设置 ${stray.join('、')}，但 SANXIANG_BLOBS 不是 s3（文件仍会存入本地文件夹）：请设置 SANXIANG_BLOBS=s3，或删除这些变量`,
      );
    if (problems.length) throw new BlobConfigError(problems);
    return { kind: 'fs', root: path.join(dataDir, 'blobs') };
  }
  if (kind !== 's3')
    throw new BlobConfigError([`SANXIANG_BLOBS 应为 fs（本地文件夹，默认）或 s3（S3 兼容对象存储），而不是「${get('SANXIANG_BLOBS')}」`]);

  const bucket = get('SANXIANG_S3_BUCKET');
  if (!bucket) problems.push('使用 S3 存储时须设置 SANXIANG_S3_BUCKET（存储桶名称）');
  else if (!BUCKET.test(bucket) || bucket.includes('..'))
    problems.push(`SANXIANG_S3_BUCKET 不是有效的存储桶名称（3–63 位小写字母、数字、点或连字符）：「${bucket}」`);

  const endpoint = get('SANXIANG_S3_ENDPOINT');
  if (endpoint !== undefined) {
    let ok = false;
    try {
      const u = new URL(endpoint);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname && (u.pathname === '/' || u.pathname === '') && !u.search;
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `SANXIANG_S3_ENDPOINT 应为 http:// 或 https:// 开头的服务地址（不含存储桶和路径），如 https://minio.example.gov.cn:9000，而不是「${endpoint}」`,
      );
  }

  const region = get('SANXIANG_S3_REGION') ?? 'us-east-1';
  if (!/^[A-Za-z0-9-]{1,64}$/.test(region)) problems.push(`SANXIANG_S3_REGION 格式不正确：「${region}」`);

  let prefix = (get('SANXIANG_S3_PREFIX') ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix && (!/^[\x21-\x7e]+$/.test(prefix) || prefix.split('/').some((s) => s === '' || s === '.' || s === '..'))) {
    problems.push(`SANXIANG_S3_PREFIX 应为由「/」分隔的路径，不含空格、空段、「.」或「..」：「${get('SANXIANG_S3_PREFIX')}」`);
  }
  if (prefix) prefix += '/';

  const accessKeyId = get('SANXIANG_S3_ACCESS_KEY_ID');
  const secretAccessKey = get('SANXIANG_S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    problems.push('SANXIANG_S3_ACCESS_KEY_ID 与 SANXIANG_S3_SECRET_ACCESS_KEY 须同时设置（都不设置时使用 AWS 默认凭证链）');
  }

  const pathStyle = get('SANXIANG_S3_PATH_STYLE');
  let forcePathStyle = endpoint !== undefined;
  if (pathStyle !== undefined) {
    if (/^(1|true|yes)$/i.test(pathStyle)) forcePathStyle = true;
    else if (/^(0|false|no)$/i.test(pathStyle)) forcePathStyle = false;
    else problems.push(`SANXIANG_S3_PATH_STYLE 应为 1 或 0，而不是「${pathStyle}」`);
  }

  if (problems.length) throw new BlobConfigError(problems);
  return {
    kind: 's3',
    s3: {
      bucket: bucket!,
      region,
      prefix,
      forcePathStyle,
      ...(endpoint ? { endpoint } : {}),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  };
}

/** The store a configuration names (the S3 client loads only when it is used). */
export async function openBlobStore(config: BlobConfig): Promise<BlobStore> {
  if (config.kind === 'fs') {
    const { FsBlobStore } = await import('./fs-blob-store.ts');
    return new FsBlobStore({ root: config.root });
  }
  const { S3BlobStore } = await import('./s3-blob-store.ts');
  return new S3BlobStore(config.s3);
}
