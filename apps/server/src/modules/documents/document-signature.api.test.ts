import { spawnSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { ensurePoppler, pdfsig } from '../../test/poppler.ts';
import { readElement } from '../../adapters/keys/der.ts';

/**
 * Issue 20 item 6: the PDF of a document carries an embedded digital signature (PAdES, CMS) made
 * with the agency's key, which standard tools validate — here poppler's pdfsig — and which fails
 * once one byte of the file is changed.
 */
let h: Harness;
let caseId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'sx-pdfsig-'));

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
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
    doc = res.json();
    pdf = (await as('scjg.liming', 'GET', `/api/v1/documents/${doc.id}/pdf`)).rawPayload;
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
