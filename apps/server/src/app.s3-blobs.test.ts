import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobConfigFromEnv, openBlobStore } from './adapters/blobs/blob-config.ts';
import type { S3BlobStore } from './adapters/blobs/s3-blob-store.ts';
import { b64, openUploadCase } from './test/evidence.ts';
import { verifyStore } from './modules/verify/verify-store.ts';
import { rendersSettled } from './modules/documents/document.render.ts';
import { createHarness, type Harness } from './test/harness.ts';

/**
 * The product on an S3-compatible store (s3rver, in process), configured the way an operator does
 * it (SANXIANG_BLOBS=s3 and SANXIANG_S3_*): a tus upload lands in the bucket, downloads whole and
 * by range come from it, an issued document's PDF is stored there, and `sanxiang verify` reads the
 * bucket back and names an object that was changed behind the product's back.
 */
const BUCKET = 'sanxiang-evidence';
const PREFIX = 'guantao/blobs/';

let server: S3rver;
let s3dir: string;
let s3: S3Client;
let store: S3BlobStore;
let h: Harness;
let base: string;
let token: string;
let caseId: string;
const file = randomBytes(9 * 1024 * 1024 + 321); // more than one 8 MiB multipart part
const sha256 = createHash('sha256').update(file).digest('hex');
const keyOf = (sha: string) => `${PREFIX}${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;

beforeAll(async () => {
  s3dir = mkdtempSync(path.join(tmpdir(), 'sx-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    SANXIANG_BLOBS: 's3',
    SANXIANG_S3_ENDPOINT: endpoint,
    SANXIANG_S3_BUCKET: BUCKET,
    SANXIANG_S3_PREFIX: PREFIX,
    SANXIANG_S3_REGION: 'cn-north-1',
    SANXIANG_S3_ACCESS_KEY_ID: 'S3RVER',
    SANXIANG_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  store = (await openBlobStore(blobConfigFromEnv(env, '/nonexistent'))) as S3BlobStore;
  await store.check();
  s3 = new S3Client({
    endpoint,
    region: 'cn-north-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  h = await createHarness({ now: '2026-11-16T02:00:00Z', blobs: store });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  token = await h.token('scjg.liming');
  caseId = await openUploadCase(h, token);
});

afterAll(async () => {
  await h?.close();
  store?.client.destroy();
  s3?.destroy();
  await server?.close();
  if (s3dir) rmSync(s3dir, { recursive: true, force: true });
});

const auth = () => ({ authorization: `Bearer ${token}` });
const reason = `reason=${encodeURIComponent('执法监督检查')}`;

async function objectBytes(key: string): Promise<Buffer> {
  const r = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

describe('blobs in an S3-compatible store (SANXIANG_BLOBS=s3)', () => {
  let evidenceId: string;

  it('a tus upload lands in the bucket under its SHA-256, and nothing is left on the local disk', async () => {
    const meta = {
      caseId,
      step: 'inspect',
      filename: '执法记录仪-0001.mp4',
      filetype: 'video/mp4',
      capturedAt: '2026-11-16T09:30:00+08:00',
      capturedPlace: '馆陶县惠民超市',
      capturedBy: '李明',
      provesWhat: '货架上的过期酸奶',
    };
    const created = await fetch(`${base}/api/v1/uploads`, {
      method: 'POST',
      headers: {
        ...auth(),
        'tus-resumable': '1.0.0',
        'upload-length': String(file.length),
        'upload-metadata': Object.entries(meta)
          .map(([k, v]) => `${k} ${b64(v)}`)
          .join(','),
      },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const url = new URL(created.headers.get('location')!, base).pathname;
    const done = await fetch(`${base}${url}`, {
      method: 'PATCH',
      headers: { ...auth(), 'tus-resumable': '1.0.0', 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      body: file,
    });
    expect(done.status, await done.clone().text()).toBe(204);
    expect(done.headers.get('evidence-sha256')).toBe(sha256);
    evidenceId = done.headers.get('evidence-id')!;

    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: keyOf(sha256) }));
    expect(head.ContentLength).toBe(file.length);
    expect((await objectBytes(keyOf(sha256))).equals(file)).toBe(true);
    expect(readdirSync(path.join(h.dataDir, 'uploads'))).toEqual([]);
    expect(existsSync(path.join(h.dataDir, 'blobs'))).toBe(false);
  });

  it('downloads the original from the bucket, whole and by byte range; a bad range is a 416 with a code', async () => {
    const whole = await fetch(`${base}/api/v1/evidence/${evidenceId}/content?${reason}`, { headers: auth() });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('etag')).toBe(`"${sha256}"`);
    expect(Number(whole.headers.get('content-length'))).toBe(file.length);
    expect(Buffer.from(await whole.arrayBuffer()).equals(file)).toBe(true);

    const part = await fetch(`${base}/api/v1/evidence/${evidenceId}/content?${reason}`, {
      headers: { ...auth(), range: 'bytes=8388600-8388699' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8388600-8388699/${file.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(file.subarray(8388600, 8388700))).toBe(true);

    const tail = await fetch(`${base}/api/v1/evidence/${evidenceId}/content?${reason}`, {
      headers: { ...auth(), range: 'bytes=-100', 'if-range': `"${sha256}"` },
    });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(file.subarray(file.length - 100))).toBe(true);

    const beyond = await fetch(`${base}/api/v1/evidence/${evidenceId}/content?${reason}`, {
      headers: { ...auth(), range: `bytes=${file.length}-` },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${file.length}`);
    const body = (await beyond.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RANGE_NOT_SATISFIABLE');
    expect(body.error.message).toContain('字节范围');
  });

  let pdfSha: string;

  it("stores an issued document's PDF and Word file in the bucket and serves them from there", async () => {
    const res = await h.request(token, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'case-filing-approval' });
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json() as { id: string };
    // the PDF and Word are made right after filing; the list shows their digests once they are stored
    await rendersSettled();
    const listed = (await h.request(token, 'GET', `/api/v1/cases/${caseId}/documents?${reason}`)).json() as {
      id: string;
      pdfSha256: string;
      docxSha256: string;
    }[];
    const doc = listed.find((d) => d.id === issued.id)!;
    pdfSha = doc.pdfSha256;
    const pdf = await objectBytes(keyOf(doc.pdfSha256));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);
    expect((await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: keyOf(doc.docxSha256) }))).ContentLength).toBeGreaterThan(0);
    const served = await h.request(token, 'GET', `/api/v1/documents/${doc.id}/pdf?${reason}`);
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(pdf)).toBe(true);
  });

  it('sanxiang verify reads the bucket back and names an object altered in it', async () => {
    await h.ledger.checkpointAll();
    const run = () => verifyStore({ db: h.tdb.db, keys: h.keys, blobs: store, witnessPrefix: 'sanxiang.local/witness' });
    const clean = await run();
    expect(clean.problems).toEqual([]);
    expect(clean.checked.join('\n')).toContain(`文件存储 s3://${BUCKET}/${PREFIX} 中的文件 3 个`);

    // same key, same length, one byte different: written straight into the bucket
    const forged = Buffer.from(file);
    forged[4_000_000] = forged[4_000_000]! ^ 0x01;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: keyOf(sha256), Body: forged }));
    const pdf = await objectBytes(keyOf(pdfSha));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: keyOf(pdfSha), Body: Buffer.concat([pdf, Buffer.from('\n%%tampered\n')]) }));

    const r = await run();
    const altered = r.problems.filter((p) => p.kind === 'blob-altered');
    expect(altered, JSON.stringify(r.problems, null, 1)).toHaveLength(2);
    expect(altered[0]!.message).toContain(`evidence.id=${evidenceId}`);
    expect(altered[0]!.message).toContain(`s3://${BUCKET}/${keyOf(sha256)}`);
    expect(altered[1]!.message).toContain('PDF 文件已被改动');
    expect(altered[1]!.message).toContain(`s3://${BUCKET}/${keyOf(pdfSha)}`);
    expect(r.problems).toHaveLength(2);
  });
});
