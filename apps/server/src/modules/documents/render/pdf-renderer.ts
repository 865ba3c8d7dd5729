import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentModel } from '@sanxiang/domain';
import { cjkFonts } from './cjk-fonts.ts';
import { pageFooter, sealCaption, type DocumentSeal } from './document-seal.ts';
import { SEAL_DIAMETER, placePdfSeal } from './pdf-seal.ts';

/**
 * 执法文书 as PDF (R-REC-2): A4, Chinese set in Noto Serif SC (Regular for text, Bold for titles),
 * long text wrapped by Unicode line breaking (so lines break between ideographs but never before
 * 。，、), page breaks that keep table rows, signature lines and the seal whole, and a footer
 * 「第 1 页 共 N 页」. The same model and seal give the same bytes: the file dates come from the
 * model's issuedOn, never from the clock, so a document's hash can be checked again later.
 */

const FONT = { regular: 'noto-serif-sc', bold: 'noto-serif-sc-bold' };
const MARGINS = { top: 72, bottom: 80, left: 80, right: 72 };
const BODY = 12;
const LINE_GAP = 6;
const CELL = { labelWidth: 132, pad: 5, size: 11, lineGap: 3 };

/** Midnight Beijing time on the day the document was issued; a fixed date if that is not a date. */
function fileDate(issuedOn: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? new Date(`${issuedOn}T00:00:00+08:00`) : new Date(Date.UTC(2000, 0, 1));
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

class PdfWriter {
  /** where the seal went, if the model has a 落款 for it */
  sealed = false;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly seal: DocumentSeal | undefined,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  /** Starts a new page unless `height` fits below the cursor. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  header(model: DocumentModel): void {
    const { doc } = this;
    doc
      .font(FONT.bold)
      .fontSize(16)
      .fillColor('black')
      .text(model.agencyName || '\u3000', this.left, doc.page.margins.top, { width: this.width, align: 'center' });
    doc.moveDown(0.4);
    // short titles are spaced out, as printed forms set them
    const spacing = [...model.title].length <= 6 ? 8 : 2;
    doc
      .font(FONT.bold)
      .fontSize(22)
      .text(model.title || '\u3000', this.left, doc.y, { width: this.width, align: 'center', characterSpacing: spacing });
    if (model.number)
      doc.moveDown(0.3).font(FONT.regular).fontSize(BODY).text(model.number, this.left, doc.y, { width: this.width, align: 'center' });
    doc.moveDown(1.2);
  }

  block(b: DocumentBlock): void {
    const { doc } = this;
    switch (b.type) {
      case 'heading':
        this.keep(BODY * 4);
        doc.moveDown(0.4).font(FONT.bold).fontSize(13).text(b.text, this.left, doc.y, { width: this.width });
        doc.moveDown(0.3);
        return;
      case 'paragraph':
        doc
          .font(FONT.regular)
          .fontSize(BODY)
          .text(b.text, this.left, doc.y, { width: this.width, indent: b.indent === false ? 0 : BODY * 2, lineGap: LINE_GAP });
        doc.moveDown(0.35);
        return;
      case 'fields':
        for (const row of b.rows) this.fieldRow(row.label, row.value);
        doc.moveDown(0.6);
        return;
      case 'signatures':
        this.keep(b.lines.length * (BODY + LINE_GAP + 12) + BODY);
        doc.moveDown(0.6);
        for (const line of b.lines) {
          doc.font(FONT.regular).fontSize(BODY).text(line, this.left, doc.y, { width: this.width });
          doc.moveDown(0.9);
        }
        return;
      case 'seal':
        this.sealBlock(b.lines);
        return;
    }
  }

  /** One row of a form's table, framed; a row never breaks across pages unless it is longer than a page. */
  private fieldRow(label: string, value: string): void {
    const { doc } = this;
    const valueWidth = this.width - CELL.labelWidth;
    const opts = (w: number) => ({ width: w - 2 * CELL.pad, lineGap: CELL.lineGap });
    doc.font(FONT.bold).fontSize(CELL.size);
    const hl = doc.heightOfString(label, opts(CELL.labelWidth));
    doc.font(FONT.regular);
    const hv = doc.heightOfString(value, opts(valueWidth));
    const h = Math.max(hl, hv) + 2 * CELL.pad;
    if (h > this.bottom - doc.page.margins.top) {
      // longer than a page: let it flow unframed rather than cut it
      doc.font(FONT.bold).text(`${label}：`, this.left, doc.y, { width: this.width });
      doc.font(FONT.regular).text(value, this.left, doc.y, { width: this.width, lineGap: CELL.lineGap });
      doc.moveDown(0.3);
      return;
    }
    this.keep(h);
    const y = doc.y;
    doc.lineWidth(0.6).strokeColor('black');
    doc.rect(this.left, y, CELL.labelWidth, h).stroke();
    doc.rect(this.left + CELL.labelWidth, y, valueWidth, h).stroke();
    doc.font(FONT.bold).text(label, this.left + CELL.pad, y + CELL.pad, opts(CELL.labelWidth));
    doc.font(FONT.regular).text(value, this.left + CELL.labelWidth + CELL.pad, y + CELL.pad, opts(valueWidth));
    doc.x = this.left;
    doc.y = y + h;
  }

  /**
   * 落款: the agency and the date, right-aligned, with room for the seal over them (骑年盖月);
   * the electronic seal is drawn there when given. The room is kept either way, so the paper
   * form has space for the stamp and the layout does not depend on the seal.
   */
  private sealBlock(lines: readonly string[]): void {
    const { doc } = this;
    doc.font(FONT.regular).fontSize(BODY);
    const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
    const textHeight = lines.length * lineHeight;
    const gap = BODY * 2;
    this.keep(gap + textHeight / 2 + SEAL_DIAMETER / 2 + 6);
    doc.y += gap;
    const top = doc.y;
    const widest = Math.max(0, ...lines.map((l) => doc.widthOfString(l)));
    for (const line of lines) doc.text(line, this.left, doc.y, { width: this.width, align: 'right', lineGap: LINE_GAP });
    const cx = this.left + this.width - widest / 2;
    const cy = top + textHeight / 2 - LINE_GAP / 2;
    if (this.seal && !this.sealed) {
      placePdfSeal(doc, this.seal, cx, cy, FONT, this.left + this.width);
      this.sealed = true;
    }
    doc.x = this.left;
    doc.y = Math.max(doc.y, cy + SEAL_DIAMETER / 2 + 6);
  }

  /** The seal of a document without a 落款 (笔录, 审批表) goes at the end, then the caption. */
  finish(): void {
    const { doc, seal } = this;
    if (!seal) return;
    if (!this.sealed) {
      this.keep(SEAL_DIAMETER + BODY * 2);
      doc.moveDown(1);
      const cy = doc.y + SEAL_DIAMETER / 2;
      placePdfSeal(doc, seal, this.left + this.width - SEAL_DIAMETER / 2 - BODY, cy, FONT, this.left + this.width);
      doc.y = cy + SEAL_DIAMETER / 2 + 6;
      this.sealed = true;
    }
    const caption = sealCaption(seal);
    doc.font(FONT.regular).fontSize(8);
    // the caption stays on one page: its lines measured as they wrap (the signature value takes two)
    this.keep(caption.reduce((h, line) => h + doc.heightOfString(line, { width: this.width, lineGap: 1 }), 0) + 12);
    doc.moveDown(0.5).fillColor('#444444');
    for (const line of caption) doc.text(line, this.left, doc.y, { width: this.width, lineGap: 1 });
    doc.fillColor('black');
  }

  /** 「第 i 页 共 N 页」 on every page, once the number of pages is known. */
  footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const keepBottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
      doc.font(FONT.regular).fontSize(10).fillColor('black');
      doc.text(pageFooter(i + 1, range.count), 0, doc.page.height - 48, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = keepBottom;
    }
  }
}

/** Renders the document (and its 电子签章, when given) as an A4 PDF. Deterministic for the same input. */
export function renderPdf(model: DocumentModel, seal?: DocumentSeal): Promise<Buffer> {
  const when = fileDate(model.issuedOn);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // the seal is translucent: transparency needs PDF 1.4 or later
    pdfVersion: '1.7',
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: model.title,
      Author: model.agencyName,
      Subject: model.number,
      Creator: 'Sanxiang 三项',
      Producer: 'Sanxiang 三项',
      CreationDate: when,
      ModDate: when,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = cjkFonts();
  // pdfkit takes a parsed fontkit font (PDFFontFactory.open checks for `layout`); its types list only files and bytes
  doc.registerFont(FONT.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(FONT.bold, fonts.bold as unknown as Buffer);
  const w = new PdfWriter(doc, seal);
  w.header(model);
  for (const b of model.blocks) w.block(b);
  w.finish();
  w.footers();
  doc.end();
  return done;
}
