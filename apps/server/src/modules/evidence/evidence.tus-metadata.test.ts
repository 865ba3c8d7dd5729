import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { b64, openUploadCase, tusMetadata } from '../../test/evidence.ts';

/**
 * Issue 17, weakness 7: what an upload says about itself (its tus metadata) is checked when the
 * upload is created, before a byte is sent — a step that is no step of the case (`step=../../x`), a
 * name that climbs folders, a time in the future — and nothing is left behind; a file announced as
 * HTML is stored as sent but never served as a page (a safe type, nosniff, as an attachment).
 */

let h: Harness;
let base: string;
let caseId: string;
let token: string;

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
    filename: '现场照片-01.jpg',
    filetype: 'image/jpeg',
    capturedAt: '2026-11-16T09:30:00+08:00',
    capturedPlace: '馆陶县惠民超市',
    capturedBy: '李明',
    provesWhat: '货架上的过期酸奶',
    ...extra,
  });
const tus = (method: string, url: string, headers: Record<string, string>, body?: Buffer) =>
  fetch(url.startsWith('http') ? url : `${base}${url}`, {
    method,
    headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${token}`, ...headers },
    ...(body ? { body } : {}),
  });
const uploadsDir = () => path.join(h.dataDir, 'uploads');
const uploadFiles = () => {
  try {
    return readdirSync(uploadsDir()).length;
  } catch {
    return 0;
  }
};
const count = async (table: 'evidence' | 'case_events') =>
  Number((await h.tdb.pool.query(`SELECT count(*) AS n FROM ${table} WHERE case_id = $1`, [caseId])).rows[0].n);

describe('tus uploads: metadata checked at creation', () => {
  it('a step that is not a step of the case, a future capture time or missing facts is refused before any byte, leaving nothing', async () => {
    const before = { files: uploadFiles(), evidence: await count('evidence'), events: await count('case_events') };
    for (const [extra, status, text] of [
      [{ step: '../../x' }, 400, '本案程序没有环节「../../x」'],
      [{ step: 'no-such-step' }, 400, '本案程序没有环节「no-such-step」'],
      [{ capturedAt: '2099-01-01T00:00:00+08:00' }, 400, '采集时间不能晚于当前时间'],
      [{ capturedAt: 'yesterday' }, 400, '采集时间应为 ISO 8601 时间'],
      [{ provesWhat: '' }, 400, '证明对象'],
      [{ caseId: '../../etc/passwd' }, 404, '案件不存在'],
    ] as const) {
      const res = await tus('POST', '/api/v1/uploads', { 'upload-length': '1000', 'upload-metadata': metadata(extra) });
      expect(res.status, JSON.stringify(extra)).toBe(status);
      expect(res.headers.get('location'), JSON.stringify(extra)).toBeNull();
      expect(await res.text(), JSON.stringify(extra)).toContain(text);
    }
    expect({ files: uploadFiles(), evidence: await count('evidence'), events: await count('case_events') }).toEqual(before);
  });

  it('a name that climbs folders stays a name: the file is stored by content inside the store, the name recorded as given', async () => {
    const body = Buffer.from('not really a jpeg, but bytes all the same');
    const created = await tus('POST', '/api/v1/uploads', {
      'upload-length': String(body.length),
      'upload-metadata': metadata({ filename: '../../../../tmp/evil.jpg' }),
    });
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get('location')!, base).pathname;
    expect(url).toMatch(/^\/api\/v1\/uploads\/[0-9a-f]{32}$/); // the server names the upload, never the client
    const done = await tus('PATCH', url, { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' }, body);
    expect(done.status).toBe(204);
    const list = (await h.request(token, 'GET', `/api/v1/cases/${caseId}/evidence`)).json() as { filename: string }[];
    expect(list.map((e) => e.filename)).toContain('../../../../tmp/evil.jpg');
    expect(readdirSync('/tmp')).not.toContain('evil.jpg');
  });

  it('a file announced as text/html is served as a download of a safe type with nosniff, never as a page', async () => {
    const body = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const created = await tus('POST', '/api/v1/uploads', {
      'upload-length': String(body.length),
      'upload-metadata': metadata({ filename: '页面.html', filetype: 'text/html' }),
    });
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get('location')!, base).pathname;
    expect((await tus('PATCH', url, { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' }, body)).status).toBe(204);
    const list = (await h.request(token, 'GET', `/api/v1/cases/${caseId}/evidence`)).json() as { id: string; filename: string }[];
    const ev = list.find((e) => e.filename === '页面.html')!;
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/v1/evidence/${ev.id}/content`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(res.rawPayload.equals(body)).toBe(true);
  });
});
