import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '@sanxiang/domain';
import { renderPdf } from './pdf-renderer.ts';
import { renderDocx } from './docx-renderer.ts';
import type { DocumentSeal } from './document-seal.ts';
import { cmsPdfSigner, type DocumentPdfSigner } from './pdf-sign.ts';
import { signingKeyOf, type PortableSigningKey } from '../../../adapters/keys/document-signing-key.ts';
import { referenceDigests } from '../../../adapters/blobs/digest-stream.ts';

/**
 * Lower this thread's CPU priority (nice SANXIANG_RENDER_NICE, default 19, the lowest): on Linux the
 * nice value belongs to each thread, so the main thread answering requests keeps its own and wins
 * the CPU while documents wait — renders take the CPU that requests and the database leave (at
 * nice 10 they still took about a tenth of a busy core from the requests; at 19 about 1.5 %). Elsewhere, or where the process may not change it, rendering keeps the
 * process's priority. (The test suite sets 0: its files share the machine with each other, and a
 * test waiting for a render should not wait behind another file's work.)
 */
const nice = Number(process.env['SANXIANG_RENDER_NICE'] ?? 19);
if (Number.isInteger(nice) && nice > 0 && nice <= 19) {
  try {
    setPriority(nice);
  } catch {
    // not permitted or not supported: render at normal priority
  }
}

/** Signers rebuilt from their keys, one per agency key (a self-issued certificate costs a signature to make). */
const signers = new Map<string, DocumentPdfSigner>();
function signerOf(key: PortableSigningKey): DocumentPdfSigner {
  const id =
    key.kind === 'self-issued' ? `s:${Buffer.from(key.privateKey).toString('hex')}:${key.name}` : `c:${key.keyPem}:${key.chainPem}`;
  let s = signers.get(id);
  if (!s) {
    if (signers.size > 256) signers.clear();
    s = cmsPdfSigner(signingKeyOf(key));
    signers.set(id, s);
  }
  return s;
}

/** Renders documents for the server's main thread (see render-pool.ts), one request at a time. */
parentPort!.on(
  'message',
  async (m: { model: DocumentModel; seal?: DocumentSeal; signing?: { key: PortableSigningKey; signedAt: Date } }) => {
    try {
      const laidOut = await renderPdf(m.model, m.seal);
      const pdf = m.signing ? await signerOf(m.signing.key).signPdf(laidOut, m.signing.signedAt) : laidOut;
      const docx = await renderDocx(m.model, m.seal);
      const pdfDigests = referenceDigests(pdf);
      const docxDigests = referenceDigests(docx);
      // hand the bytes over without copying them
      const pdfBuf = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;
      const docxBuf = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
      parentPort!.postMessage({ pdf: pdfBuf, docx: docxBuf, pdfDigests, docxDigests }, [pdfBuf, docxBuf]);
    } catch (e) {
      parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
  },
);
