import { spawnSync } from 'node:child_process';
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import { PNG } from 'pngjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { ensurePoppler, pdfsig } from '../../test/poppler.ts';
import { readElement } from '../../adapters/keys/der.ts';
import { demoSealPng } from '../../demo/demo-seal.ts';
import { loadDemoSealImages } from '../../demo/demo-seal-images.ts';
import { DEMO_AGENCIES } from '../../demo/demo-org.ts';

/**
 * Issue 20 item 6: the PDF of a document carries an embedded digital signature (PAdES, CMS) made
 * with the agency's key, which standard tools validate — here poppler's pdfsig — and which fails
 * once one byte of the file is changed.
 */
let h: Harness;
let caseId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'sx-pdfsig-'));

const as = async (username: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

beforeAll(async () => {
  ensurePoppler();
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  caseId = await readyPenaltyCase(h, { notifiedFine: 5000 });
  expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
  const d = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
  expect(d.statusCode, d.body).toBe(200);
});
afterAll(async () => h?.close());

/** The /ByteRange of the (last) signature: [start1, length1, start2, length2]. */
function byteRange(pdf: Buffer): number[] {
  const m = [...pdf.toString('latin1').matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].at(-1);
  if (!m) throw new Error('no /ByteRange');
  return m.slice(1, 5).map(Number);
}

describe('issue 20 item 6: the 行政处罚决定书 PDF carries a signature pdfsig validates', () => {
  let pdf: Buffer;
  let doc: { id: string; pdfSha256: string };

  beforeAll(async () => {
    const res = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json() as { id: string };
    // the download waits for the PDF made (and signed) after filing; the list then holds its digest
    pdf = (await as('scjg.liming', 'GET', `/api/v1/documents/${issued.id}/pdf`)).rawPayload;
    const listed = (await as('scjg.liming', 'GET', `/api/v1/cases/${caseId}/documents`)).json() as { id: string; pdfSha256: string }[];
    doc = listed.find((d) => d.id === issued.id)!;
  });

  it('is signed with the agency certificate (PAdES, ETSI.CAdES.detached) over the whole file; the ledger holds the signed file’s hash', async () => {
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);
    const file = path.join(dir, 'decision.pdf');
    writeFileSync(file, pdf);
    const report = pdfsig(file);
    console.log(report);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: 馆陶县市场监督管理局');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Signing Time: Nov 02 2026 02:00:00');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    // the certificate is self-issued by the agency (no CA configured): valid signature, untrusted issuer, as
    // expected; docs/document-signing.md says how a CA-issued certificate is configured
    expect(report).toMatch(/Certificate Validation: Certificate issuer (is unknown|isn't Trusted)/);
    const [start1, len1, start2, len2] = byteRange(pdf);
    expect([start1, start2! + len2!]).toEqual([0, pdf.length]);
    expect(start2! - len1!).toBeGreaterThan(0);
  });

  it('prints the certificate serial that signs it, and no drawn imitation seal when the agency has no seal image', async () => {
    const file = path.join(dir, 'decision-text.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    const serial = /证书序列号\s*([0-9A-F]{16,})/.exec(text)?.[1];
    expect(serial, text).toBeTruthy();
    expect(text).toContain('本文书已加盖电子签名');
    expect(text).not.toContain('电子签章\n');
    // the certificate in the signature (pdfsig -dump writes the CMS beside the file) is the one whose serial is printed
    expect(spawnSync('pdfsig', ['-dump', file], { encoding: 'utf8', cwd: dir }).status).toBe(0);
    const cms = readFileSync(`${file}.sig0`);
    const certs = [...cms.toString('latin1').matchAll(/\x30\x82/g)].map((m) => {
      try {
        return new X509Certificate(readElement(cms, m.index).whole);
      } catch {
        return null;
      }
    });
    const signer = certs.find((c) => c?.serialNumber.toUpperCase() === serial);
    expect(signer?.subject).toContain('CN=馆陶县市场监督管理局');
  });

  it('fails pdfsig once one byte inside the signed range is changed (digest mismatch)', async () => {
    const [, len1] = byteRange(pdf);
    // a byte of page content, well inside the first signed range
    const at = pdf.indexOf('stream\n', Math.floor(len1! / 3)) + 20;
    expect(at).toBeGreaterThan(20);
    expect(at).toBeLessThan(len1!);
    const altered = Buffer.from(pdf);
    altered[at] = altered[at]! ^ 0x01;
    const file = path.join(dir, 'altered.pdf');
    writeFileSync(file, altered);
    const report = pdfsig(file);
    expect(report).not.toContain('Signature is Valid');
    expect(report).toContain('Signature Validation: Digest Mismatch.');
  });
});

/** A PNG of `w`×`h` whose pixel (x, y) is `rgba(x, y)`. */
function png(w: number, h: number, rgba: (x: number, y: number) => [number, number, number, number]): Buffer {
  const p = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) p.data.set(rgba(x, y), (y * w + x) * 4);
  return PNG.sync.write(p);
}

describe('issue 20 item 6: the seal image is the agency administrator’s (政务电子印章 PNG), shown on documents', () => {
  const agency = () => h.agency('scjg');
  const put = (user: string, body: unknown) => as(user, 'PUT', `/api/v1/agencies/${agency()}/seal`, body);
  const history = async () => (await as('scjg.admin', 'GET', `/api/v1/agencies/${agency()}/seal`)).json().history.length;

  it('refuses what is not a seal image, with a code and a Chinese message, and changes nothing', async () => {
    const before = await history();
    const cases: [Buffer, string][] = [
      [Buffer.from('GIF89a not a png at all'), 'not-png'],
      [Buffer.concat([demoSealPng('馆陶县市场监督管理局').subarray(0, 3000)]), 'corrupt'],
      [png(60, 60, () => [200, 16, 46, 0]), 'dimensions'],
      [png(600, 200, () => [200, 16, 46, 0]), 'proportions'],
      [png(300, 300, () => [255, 255, 255, 255]), 'not-transparent'],
      // incompressible noise: over 1 MB as a PNG
      [png(600, 600, () => [...randomBytes(3), 255].map((v, i) => (i === 3 ? 0 : v)) as [number, number, number, number]), 'too-large'],
    ];
    for (const [bytes, problem] of cases) {
      const r = await put('scjg.admin', { png: bytes.toString('base64') });
      expect(r.statusCode, `${problem}: ${r.body}`).toBe(400);
      expect(r.json().error.code).toBe('SEAL_IMAGE_INVALID');
      expect(r.json().error.details.problem).toBe(problem);
      expect(r.json().error.message).toMatch(/印章图片/);
    }
    // only the agency's 系统管理员
    const officer = await put('scjg.liming', { png: demoSealPng('馆陶县市场监督管理局').toString('base64') });
    expect(officer.statusCode).toBe(403);
    expect(await history()).toBe(before);
  });

  it('once uploaded, documents show it at the 落款 (no signed note), still signed; removed, the note is back; each change is in the history', async () => {
    const seal = demoSealPng('馆陶县市场监督管理局');
    const r = await put('scjg.admin', { png: seal.toString('base64'), note: '政务电子印章系统 2026 年第 3 号' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ configured: true, width: 600, height: 600, bytes: seal.length });
    const image = await as('scjg.liming', 'GET', `/api/v1/agencies/${agency()}/seal/image`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(seal)).toBe(true);

    const doc = (await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' })).json();
    const pdf = (await as('scjg.liming', 'GET', `/api/v1/documents/${doc.id}/pdf`)).rawPayload;
    const file = path.join(dir, 'decision-sealed.pdf');
    writeFileSync(file, pdf);
    expect(pdfsig(file)).toContain('Signature Validation: Signature is Valid.');
    const images = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' }).stdout;
    // the seal image with its transparency (soft mask), 600 px over 42 mm: 363 ppi
    expect(images).toMatch(/image\s+600\s+600\s+rgb\s.*\s363\s+363\s/);
    expect(images).toMatch(/smask\s+600\s+600\s+gray\s/);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).not.toContain('本文书已加盖电子签名');
    expect(text).toMatch(/PDF 数字签名：证书序列号 [0-9A-F]+/);
    const pages = text.split('\f').filter((p) => p.trim()).length;
    spawnSync('pdftoppm', ['-r', '80', '-png', '-f', String(pages), '-l', String(pages), file, path.join(dir, 'decision-sealed')]);
    console.log(`rendered with the seal image: ${dir}/decision-sealed-*.png`);

    const removed = await as('scjg.admin', 'DELETE', `/api/v1/agencies/${agency()}/seal?note=${encodeURIComponent('印章更换')}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().configured).toBe(false);
    expect(removed.json().history.map((v: { action: string; by: string }) => [v.action, v.by])).toEqual([
      ['removed', '郭鹏'],
      ['set', '郭鹏'],
    ]);
    const plain = (await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' })).json();
    const plainFile = path.join(dir, 'decision-plain.pdf');
    writeFileSync(plainFile, (await as('scjg.liming', 'GET', `/api/v1/documents/${plain.id}/pdf`)).rawPayload);
    expect(spawnSync('pdftotext', [plainFile, '-'], { encoding: 'utf8' }).stdout).toContain('本文书已加盖电子签名');
    expect(spawnSync('pdfimages', ['-list', plainFile], { encoding: 'utf8' }).stdout).not.toMatch(/\s600\s+600\s/);
  });
});

describe('the demo data configures a demo seal (演示用章) for its agencies', () => {
  it('every demo agency with an administrator (its own or its parent’s) gets a generated, valid seal image', async () => {
    await loadDemoSealImages(h.demoStore(), h.clock, h.org);
    for (const a of DEMO_AGENCIES) {
      // the 司法局's administrator sees every agency of the county
      const seal = (await as('sfj.admin', 'GET', `/api/v1/agencies/${h.agency(a.key)}/seal`)).json();
      expect(seal.configured, a.name).toBe(true);
      expect(seal.history[0].note, a.name).toContain('演示用章');
    }
  });
});
