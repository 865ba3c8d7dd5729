import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { b64, openUploadCase, tusMetadata } from '../../test/evidence.ts';
import { FsBlobStore } from '../../adapters/blobs/fs-blob-store.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordTimes } from '../../test/record-times.ts';

let h: Harness;
let base: string;
let caseId: string;
let token: string;
const file = randomBytes(8 * 1024 * 1024);

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  token = await h.token('scjg.liming');
  caseId = await openUploadCase(h, token);
});
afterAll(async () => h?.close());

const metadata = (extra: Record<string, string> = {}) =>
  tusMetadata({
    caseId,
    step: 'inspect',
    filename: '执法记录仪-0001.mp4',
    filetype: 'video/mp4',
    capturedAt: '2026-11-16T09:30:00+08:00',
    capturedPlace: '馆陶县惠民超市',
    capturedBy: '李明',
    provesWhat: '货架上的过期酸奶',
    ...extra,
  });

async function tus(method: string, url: string, headers: Record<string, string>, body?: Buffer, auth = token) {
  return fetch(url.startsWith('http') ? url : `${base}${url}`, {
    method,
    headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${auth}`, ...headers },
    ...(body ? { body } : {}),
  });
}

/** Sends `bytes` as a PATCH but kills the connection after `cut` bytes, as a dropped mobile link would. */
function interruptedPatch(url: string, bytes: Buffer, cut: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(`${base}${url}`, {
      method: 'PATCH',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${token}`,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
        'content-length': String(bytes.length),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(bytes.subarray(0, cut), () => setImmediate(() => req.destroy()));
  });
}

describe('R-REC-2 evidence uploads resume where they stopped (tus), hashed on the way in', () => {
  it('a killed upload continues from the server offset; the finished file is stored by content and bound to the case', async () => {
    const created = await tus('POST', '/api/v1/uploads', { 'upload-length': String(file.length), 'upload-metadata': metadata() });
    expect(created.status, await created.clone().text()).toBe(201);
    const location = created.headers.get('location')!;
    const url = location.startsWith('http') ? new URL(location).pathname : location;

    await interruptedPatch(url, file, 3 * 1024 * 1024);
    let offset = 0;
    for (let i = 0; i < 200 && offset === 0; i++) {
      offset = Number((await tus('HEAD', url, {})).headers.get('upload-offset'));
      if (offset === 0) await new Promise((r) => setImmediate(r));
    }
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(file.length);

    const rest = await tus(
      'PATCH',
      url,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
      file.subarray(offset),
    );
    expect(rest.status, await rest.clone().text()).toBe(204);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const sm3 = createHash('sm3').update(file).digest('hex');
    expect(rest.headers.get('evidence-sha256')).toBe(sha256);
    expect(rest.headers.get('evidence-sm3')).toBe(sm3);
    expect(existsSync((h.blobs as FsBlobStore).pathOf(sha256))).toBe(true);

    const list = (await h.request(token, 'GET', `/api/v1/cases/${caseId}/evidence`)).json();
    expect(list).toEqual([
      expect.objectContaining({
        id: rest.headers.get('evidence-id'),
        sha256,
        sm3,
        size: file.length,
        step: 'inspect',
        capturedPlace: '馆陶县惠民超市',
        provesWhat: '货架上的过期酸奶',
        mediaKind: 'video',
      }),
    ]);
    const events = (await h.request(token, 'GET', `/api/v1/cases/${caseId}/events`)).json();
    expect(events.events.at(-1)).toMatchObject({ kind: 'case.evidence', inputs: expect.objectContaining({ sha256, sm3 }) });
    // R-REC-3: the step the recording documents can now be completed
    const step = await h.request(token, 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'inspect',
      inputs: {
        ...recordTimes(h.clock.now()),
        officers: [h.user('scjg.o1'), h.user('scjg.o2')],
        place: '惠民超市',
        findings: '过期酸奶 12 盒。',
      },
    });
    expect(step.statusCode, step.body).toBe(200);
  });

  it("refuses someone else's upload, an unauthenticated one, a too-large one and missing 采集 facts", async () => {
    const created = await tus('POST', '/api/v1/uploads', {
      'upload-length': '10',
      'upload-metadata': metadata({ filename: 'a.jpg', filetype: 'image/jpeg' }),
    });
    const url = new URL(created.headers.get('location')!, base).pathname;
    const other = await h.token('scjg.wangfang');
    expect((await tus('HEAD', url, {}, undefined, other)).status).toBe(403);
    expect(
      (await tus('PATCH', url, { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' }, Buffer.alloc(10), other))
        .status,
    ).toBe(403);
    expect((await fetch(`${base}${url}`, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0' } })).status).toBe(401);
    expect((await tus('POST', '/api/v1/uploads', { 'upload-length': String(9 * 1024 ** 3), 'upload-metadata': metadata() })).status).toBe(
      413,
    );
    const noFacts = await tus('POST', '/api/v1/uploads', {
      'upload-length': '10',
      'upload-metadata': `caseId ${b64(caseId)},filename ${b64('a.jpg')},filetype ${b64('image/jpeg')}`,
    });
    expect(noFacts.status).toBe(400);
    expect(await noFacts.text()).toContain('采集时间');
    const zhzf = await h.token('zhzf.zhoujie');
    expect((await tus('POST', '/api/v1/uploads', { 'upload-length': '10', 'upload-metadata': metadata() }, undefined, zhzf)).status).toBe(
      404,
    );
  });

  it('a finished upload the store failed to take is stored and bound on the next request for it (nothing lost)', async () => {
    const inner = FsBlobStore.inDataDir(mkdtempSync(path.join(tmpdir(), 'sx-flaky-')));
    let failures = 1;
    const flaky = new Proxy(inner, {
      get(t, k, r) {
        if (k === 'put' && failures > 0) {
          return async () => {
            failures--;
            throw new Error('connect ECONNREFUSED (对象存储不可用)');
          };
        }
        const v = Reflect.get(t, k, r);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    }) as BlobStore;
    const h2 = await createHarness({ now: '2026-11-16T02:00:00Z', blobs: flaky });
    try {
      const base2 = await h2.app.listen({ port: 0, host: '127.0.0.1' });
      const t2 = await h2.token('scjg.liming');
      const id2 = await openUploadCase(h2, t2);
      const small = randomBytes(64 * 1024);
      const call = (method: string, url: string, headers: Record<string, string>, body?: Buffer) =>
        fetch(`${base2}${url}`, {
          method,
          headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${t2}`, ...headers },
          ...(body ? { body } : {}),
        });
      const meta = metadata({ caseId: id2, filename: '现场照片.jpg', filetype: 'image/jpeg' });
      const created = await call('POST', '/api/v1/uploads', { 'upload-length': String(small.length), 'upload-metadata': meta });
      const url = new URL(created.headers.get('location')!, base2).pathname;
      const first = await call('PATCH', url, { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' }, small);
      expect(first.status).toBe(503);
      expect(await first.text()).toContain('文件存储暂时不可用');
      expect((await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json()).toEqual([]);
      // the client asks where the upload stands: it is complete, and now stored and bound
      const head = await call('HEAD', url, {});
      expect(head.status).toBe(200);
      expect(head.headers.get('upload-offset')).toBe(String(small.length));
      const sha256 = createHash('sha256').update(small).digest('hex');
      expect(await inner.has(sha256)).toBe(true);
      const list = (await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json();
      expect(list).toEqual([expect.objectContaining({ sha256, filename: '现场照片.jpg' })]);
      // asking again binds nothing twice
      expect((await call('HEAD', url, {})).status).toBe(200);
      expect((await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json()).toHaveLength(1);
    } finally {
      await h2.close();
    }
  });

  it('a finished upload whose process stopped after storing the file and before binding it is bound, once, on the next request (issue 17)', async () => {
    // the store takes the file (moving it out of the uploads folder) and then the request dies, as
    // when the server is killed between storing and binding: the upload's info and digests remain
    const inner = FsBlobStore.inDataDir(mkdtempSync(path.join(tmpdir(), 'sx-stopped-')));
    let stops = 1;
    const stopping = new Proxy(inner, {
      get(t, k, r) {
        if (k === 'put' && stops > 0) {
          return async (...args: Parameters<BlobStore['put']>) => {
            stops--;
            await inner.put(...args);
            throw new Error('the process stopped here');
          };
        }
        const v = Reflect.get(t, k, r);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    }) as BlobStore;
    const h2 = await createHarness({ now: '2026-11-16T02:00:00Z', blobs: stopping });
    try {
      const base2 = await h2.app.listen({ port: 0, host: '127.0.0.1' });
      const t2 = await h2.token('scjg.liming');
      const id2 = await openUploadCase(h2, t2);
      const small = randomBytes(64 * 1024);
      const call = (method: string, url: string, headers: Record<string, string>, body?: Buffer) =>
        fetch(`${base2}${url}`, {
          method,
          headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${t2}`, ...headers },
          ...(body ? { body } : {}),
        });
      const meta = metadata({ caseId: id2, filename: '执法记录仪-0003.mp4' });
      const created = await call('POST', '/api/v1/uploads', { 'upload-length': String(small.length), 'upload-metadata': meta });
      const url = new URL(created.headers.get('location')!, base2).pathname;
      const first = await call('PATCH', url, { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' }, small);
      expect(first.status).toBe(503);
      const sha256 = createHash('sha256').update(small).digest('hex');
      expect(await inner.has(sha256)).toBe(true);
      expect((await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json()).toEqual([]);
      // the client asks where the upload stands: complete (not 410), and now bound
      const head = await call('HEAD', url, {});
      expect(head.status).toBe(200);
      expect(head.headers.get('upload-offset')).toBe(String(small.length));
      expect((await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json()).toEqual([
        expect.objectContaining({ sha256, filename: '执法记录仪-0003.mp4' }),
      ]);
      // asking again answers the same and binds nothing twice
      const again = await call('HEAD', url, {});
      expect(again.status).toBe(200);
      expect(again.headers.get('upload-offset')).toBe(String(small.length));
      expect((await h2.request(t2, 'GET', `/api/v1/cases/${id2}/evidence`)).json()).toHaveLength(1);
    } finally {
      await h2.close();
    }
  });

  it('a large file (SM3 on a worker thread) is hashed right across a killed PATCH, a partial PATCH and the last one', async () => {
    // 40 MiB: above WORKER_MIN_BYTES, so SHA-256 runs here and SM3 on the worker, across three requests
    const big = randomBytes(40 * 1024 * 1024);
    const created = await tus('POST', '/api/v1/uploads', {
      'upload-length': String(big.length),
      'upload-metadata': metadata({ step: '', filename: '执法记录仪-0002.mp4' }),
    });
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get('location')!, base).pathname;
    await interruptedPatch(url, big, 5 * 1024 * 1024 + 123);
    let offset = 0;
    for (let i = 0; i < 200 && offset === 0; i++) {
      offset = Number((await tus('HEAD', url, {})).headers.get('upload-offset'));
      if (offset === 0) await new Promise((r) => setImmediate(r));
    }
    expect(offset).toBeGreaterThan(0);
    const middle = offset + 17 * 1024 * 1024 + 7;
    const part = await tus(
      'PATCH',
      url,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
      big.subarray(offset, middle),
    );
    expect(part.status).toBe(204);
    expect(part.headers.get('upload-offset')).toBe(String(middle));
    const last = await tus(
      'PATCH',
      url,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(middle) },
      big.subarray(middle),
    );
    expect(last.status, await last.clone().text()).toBe(204);
    expect(last.headers.get('evidence-sha256')).toBe(createHash('sha256').update(big).digest('hex'));
    expect(last.headers.get('evidence-sm3')).toBe(createHash('sm3').update(big).digest('hex'));
    expect(existsSync((h.blobs as FsBlobStore).pathOf(createHash('sha256').update(big).digest('hex')))).toBe(true);
  });
});
