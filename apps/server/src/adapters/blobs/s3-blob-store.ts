import { createReadStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  BlobConflictError,
  BlobNotFoundError,
  BlobSizeMismatchError,
  BlobStoreUnavailableError,
  blobKey,
  isSha256Hex,
  sameBytes,
  type BlobAddress,
  type BlobInfo,
  type BlobStore,
  type ByteRange,
  type PutOptions,
  type PutResult,
} from './blob-store.ts';

export interface S3BlobStoreConfig {
  /** e.g. `https://oss-cn-beijing.aliyuncs.com` or a MinIO address; omit for AWS itself */
  endpoint?: string;
  bucket: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO and most private deployments) */
  forcePathStyle?: boolean;
  /** key prefix inside the bucket, e.g. `blobs/`; empty by default */
  prefix?: string;
  /** multipart part size in bytes (default 8 MiB); memory held is about partSize × queueSize */
  partSize?: number;
  /** parts uploaded at once (default 4) */
  queueSize?: number;
  /**
   * Send `If-None-Match: *` so the server itself refuses to replace an existing key (AWS S3 since
   * 2024, MinIO, Aliyun OSS). Servers that ignore the header still get the compare-first check.
   * Default true.
   */
  conditionalWrites?: boolean;
  /**
   * The SDK's flexible checksums (aws-chunked bodies with a CRC trailer) are off by default
   * ('WHEN_REQUIRED'): many S3-compatible servers do not understand them. Set 'WHEN_SUPPORTED'
   * for AWS itself.
   */
  requestChecksumCalculation?: S3ClientConfig['requestChecksumCalculation'];
  /** an existing client (tests, custom retry/agent settings); the settings above then only name the bucket */
  client?: S3Client;
}

const MIB = 1024 * 1024;
const MAX_PARTS = 9_000; // S3 allows 10,000; keep a margin

/**
 * Blobs in S3-compatible object storage under `<prefix>ab/cd/<sha256>`, uploaded by multipart
 * (@aws-sdk/lib-storage) from the finished file, streaming. The store never deletes and asks the
 * server not to overwrite (If-None-Match); an existing key is compared byte for byte before a put
 * counts as done. Deletion protection proper belongs to the bucket (versioning + Object Lock in
 * compliance mode), which this code cannot turn on for you.
 */
export class S3BlobStore implements BlobStore {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(private readonly config: S3BlobStoreConfig) {
    this.bucket = config.bucket;
    this.prefix = config.prefix ?? '';
    this.client =
      config.client ??
      new S3Client({
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        ...(config.credentials ? { credentials: config.credentials } : {}),
        forcePathStyle: config.forcePathStyle ?? false,
        requestChecksumCalculation: config.requestChecksumCalculation ?? 'WHEN_REQUIRED',
        responseChecksumValidation: config.requestChecksumCalculation ?? 'WHEN_REQUIRED',
      });
  }

  get location(): string {
    return `s3://${this.bucket}/${this.prefix}`;
  }

  private key(sha256: string): string {
    return this.prefix + blobKey(sha256);
  }

  where(sha256: string): string {
    return `s3://${this.bucket}/${this.key(sha256)}`;
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(15_000) });
    } catch (e) {
      throw new BlobStoreUnavailableError(
        this.location + (this.config.endpoint ? `（${this.config.endpoint}）` : ''),
        unavailableReason(e, this.bucket),
      );
    }
  }

  async put(file: string, address: BlobAddress, options: PutOptions = {}): Promise<PutResult> {
    const key = this.key(address.sha256);
    const size = (await stat(file)).size;
    if (size !== address.size) throw new BlobSizeMismatchError(address.sha256, address.size, size);
    let created = false;
    if (await this.stat(address.sha256)) {
      await this.checkSame(file, address);
    } else {
      const partSize = this.config.partSize ?? Math.max(8 * MIB, Math.ceil(size / MAX_PARTS));
      const upload = new Upload({
        client: this.client,
        partSize,
        queueSize: this.config.queueSize ?? 4,
        leavePartsOnError: false,
        params: {
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(file, { highWaterMark: 1 * MIB }),
          ContentLength: size,
          ContentType: 'application/octet-stream',
          Metadata: { 'content-sha256': address.sha256 },
          ...(this.config.conditionalWrites === false ? {} : { IfNoneMatch: '*' }),
        },
      });
      try {
        await upload.done();
        created = true;
      } catch (e) {
        // 412: a concurrent put of the same address got there first (the server refused to replace it)
        if (status(e) !== 412 && (e as { name?: string }).name !== 'PreconditionFailed') throw e;
        await this.checkSame(file, address);
      }
      const landed = await this.stat(address.sha256);
      if (!landed || landed.size !== size)
        throw new BlobConflictError(address.sha256, `上传后对象大小为 ${landed?.size ?? '无'}，应为 ${size}`);
    }
    if (options.move) await unlink(file);
    return { created };
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: this.key(sha256),
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      return r.Body as Readable;
    } catch (e) {
      if (status(e) === 404 || (e as { name?: string }).name === 'NoSuchKey') throw new BlobNotFoundError(sha256);
      throw e;
    }
  }

  async stat(sha256: string): Promise<BlobInfo | null> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(sha256) }));
      return { sha256, size: r.ContentLength ?? 0 };
    } catch (e) {
      if (status(e) === 404 || (e as { name?: string }).name === 'NotFound') return null;
      throw e;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async *list(): AsyncIterable<BlobInfo> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        const rest = (o.Key ?? '').slice(this.prefix.length);
        const m = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(rest);
        if (!m || !isSha256Hex(m[3]!) || !m[3]!.startsWith(m[1]! + m[2]!)) continue;
        yield { sha256: m[3]!, size: o.Size ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async checkSame(file: string, address: BlobAddress): Promise<void> {
    const existing = await this.stat(address.sha256);
    if (!existing) throw new BlobNotFoundError(address.sha256);
    if (existing.size !== address.size)
      throw new BlobConflictError(address.sha256, `已存 ${existing.size} 字节，新文件 ${address.size} 字节`);
    if (!(await sameBytes(await this.open(address.sha256), createReadStream(file, { highWaterMark: MIB }))))
      throw new BlobConflictError(address.sha256, '字节不同');
  }
}

/** Why the bucket cannot be used, in words for the operator. */
function unavailableReason(e: unknown, bucket: string): string {
  const name = (e as { name?: string }).name ?? '';
  const code = (e as { code?: string }).code ?? '';
  const http = status(e);
  if (http === 404 || name === 'NotFound' || name === 'NoSuchBucket') return `存储桶「${bucket}」不存在`;
  if (http === 403 || http === 401 || ['Forbidden', 'AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch'].includes(name))
    return '访问被拒绝（请检查 SANXIANG_S3_ACCESS_KEY_ID、SANXIANG_S3_SECRET_ACCESS_KEY 及其对该存储桶的权限）';
  if (name === 'CredentialsProviderError')
    return '未提供访问密钥（请设置 SANXIANG_S3_ACCESS_KEY_ID 与 SANXIANG_S3_SECRET_ACCESS_KEY，或使用 AWS 默认凭证链）';
  if (name === 'AbortError' || name === 'TimeoutError') return '连接超时';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT'].includes(code)) return `无法连接（${code}）`;
  return `${name || '错误'}：${(e as Error).message ?? String(e)}`;
}

function status(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
