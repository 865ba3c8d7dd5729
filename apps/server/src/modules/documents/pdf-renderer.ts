import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '@sanxiang/domain';

/** The electronic seal (电子签章): the agency key's signature over the document's content hash, shown on the document. */
export interface SealView {
  agencyName: string;
  algorithm: string;
  keyId: string;
  signature: string;
  contentSha256: string;
}

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
/** Noto Serif SC (a 宋体-style face) from npm, read once: 14 MB each, subset into every PDF. */
function cjkFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf')),
  };
  return fonts;
}

const RED = '#c8102e';

function drawSeal(doc: PDFKit.PDFDocument, seal: SealView, x: number, y: number): void {
  const r = 46;
  doc.save().lineWidth(2.5).strokeColor(RED).circle(x, y, r).stroke();
  // five-pointed star in the centre
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? 15 : 6;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([x + rad * Math.cos(a), y - 6 + rad * Math.sin(a)]);
  }
  doc.fillColor(RED).polygon(...pts).fill();
  // the agency name along the upper arc, one character at a time
  const name = [...seal.agencyName];
  const span = Math.min(Math.PI * 1.3, name.length * 0.26);
  doc.font('song-bold').fontSize(9).fillColor(RED);
  name.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / name.length;
    const cx = x + (r - 11) * Math.cos(a);
    const cy = y + (r - 11) * Math.sin(a);
    doc.save().translate(cx, cy).rotate(((a + Math.PI / 2) * 180) / Math.PI).text(ch, -4.5, -5, { lineBreak: false }).restore();
  });
  doc.font('song').fontSize(7).text('电子签章', x - 14, y + 16, { lineBreak: false });
  doc.restore();
}

/** A4, Chinese set in Noto Serif SC; deterministic for the same model (dates come from the model). */
export function renderPdf(model: DocumentModel, seal?: SealView): Promise<Buffer> {
  const when = new Date(`${model.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 80, left: 80, right: 72 },
    bufferPages: true,
    info: { Title: model.title, Author: model.agencyName, Subject: model.number, Producer: 'Sanxiang 三项', Creator: 'Sanxiang 三项', CreationDate: when, ModDate: when },
  });
  const f = cjkFonts();
  doc.registerFont('song', f.regular);
  doc.registerFont('song-bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('song-bold').fontSize(16).fillColor('black').text(model.agencyName, { align: 'center' });
  doc.moveDown(0.3).fontSize(22).text(model.title, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3).font('song').fontSize(12).text(model.number, { align: 'center' });
  doc.moveDown(1);
  for (const b of model.blocks) {
    if (b.type === 'heading') doc.moveDown(0.4).font('song-bold').fontSize(14).text(b.text).moveDown(0.2);
    else if (b.type === 'paragraph') doc.font('song').fontSize(12).text(b.text, { indent: 24, lineGap: 5, align: 'justify' }).moveDown(0.4);
    else if (b.type === 'fields') {
      for (const row of b.rows) {
        const y = doc.y;
        doc.font('song-bold').fontSize(12).text(`${row.label}：`, doc.page.margins.left, y, { width: 150 });
        const labelBottom = doc.y;
        doc.font('song').text(row.value, doc.page.margins.left + 150, y, { width: width - 150, lineGap: 3 });
        doc.y = Math.max(doc.y, labelBottom) + 4;
        doc.x = doc.page.margins.left;
      }
      doc.moveDown(0.4);
    } else {
      doc.moveDown(1);
      for (const l of b.lines) doc.font('song').fontSize(12).text(l, { align: 'right', lineGap: 14 });
    }
  }
  if (seal) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 170) doc.addPage();
    const top = doc.y + 10;
    drawSeal(doc, seal, doc.page.width - doc.page.margins.right - 70, top + 50);
    doc.font('song').fontSize(7.5).fillColor('#444').text(
      `电子签章：${seal.agencyName}\n算法：${seal.algorithm}　密钥标识：${seal.keyId}\n文书内容 SHA-256：${seal.contentSha256}\n签名：${seal.signature}`,
      doc.page.margins.left,
      top + 108,
      { width, lineGap: 1 },
    );
    doc.fillColor('black');
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('song').fontSize(10).fillColor('black').text(`第 ${i + 1} 页　共 ${range.count} 页`, 0, doc.page.height - 50, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
