import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '@sanxiang/domain';
import { renderPdf } from './pdf-renderer.ts';
import { renderDocx } from './docx-renderer.ts';
import type { DocumentSeal } from './document-seal.ts';

/** Renders documents for the server's main thread (see render-pool.ts), one request at a time. */
parentPort!.on('message', async (m: { id: number; model: DocumentModel; seal?: DocumentSeal }) => {
  try {
    const pdf = await renderPdf(m.model, m.seal);
    const docx = await renderDocx(m.model, m.seal);
    // hand the bytes over without copying them
    const pdfBuf = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;
    const docxBuf = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
    parentPort!.postMessage({ id: m.id, pdf: pdfBuf, docx: docxBuf }, [pdfBuf, docxBuf]);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
