import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentModel } from '@sanxiang/domain';
import { cjkFonts } from './cjk-fonts.ts';
import { pageFooter, sealCaption, type DocumentSeal } from './document-seal.ts';
import {
  BODY_CHAR_SPACING,
  CELL_PAD,
  CHAR_PITCH,
  LINE_PITCH,
  MARGINS,
  PAGE_NUMBER_TOP,
  SIZE,
  TABLE_PITCH,
  TITLE_PITCH,
  labelColumnWidth,
  signOffCentre,
  signatureSize,
  textWidth,
  titleSpacing,
} from './gbt9704.ts';
import { SEAL_DIAMETER, placePdfSeal } from './pdf-seal.ts';

/**
 * 执法文书 as PDF (R-REC-2), laid out after GB/T 9704-2012 (see gbt9704.ts): A4 with its margins
 * and text area, the title in a heavy 宋 face at 2号, the body at 3号 on a grid of 22 lines of 28
 * characters with a two-character first-line indent, 小标题 in a 黑 face, the 落款 with the date
 * four characters from the right and the seal over it, and 「第 1 页 共 N 页」 under the text
 * area. Long text is wrapped by Unicode line breaking (so lines break between ideographs but
 * never before 。，、); page breaks keep table rows, signature lines and the seal whole. The same
 * model and seal give the same bytes: the file dates come from the model's issuedOn, never from
 * the clock, so a document's hash can be checked again later.
 */

const FONT = { regular: 'noto-serif-sc', bold: 'noto-serif-sc-bold', heading: 'noto-sans-sc' };

/** Midnight Beijing time on the day the document was issued; a fixed date if that is not a date. */
function fileDate(issuedOn: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? new Date(`${issuedOn}T00:00:00+08:00`) : new Date(Date.UTC(2000, 0, 1));
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

class PdfWriter {
  /** where the seal went, if the model has a 落款 for it */
  sealed = false;
  /** width of the label column of the document's tables */
  readonly labelWidth: number;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly seal: DocumentSeal | undefined,
    model: DocumentModel,
  ) {
    this.labelWidth = labelColumnWidth(model);
  }

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
  /** Selects the face and size, and returns the gap to add under each line so that lines are `pitch` apart. */
  private face(font: string, size: number, pitch: number): number {
    this.doc.font(font).fontSize(size);
    return pitch - this.doc.currentLineHeight(true);
  }

  header(model: DocumentModel): void {
    const { doc } = this;
    doc.fillColor('black');
    const gap = this.face(FONT.bold, SIZE.title, TITLE_PITCH);
    const title = { width: this.width, align: 'center' as const, lineGap: gap };
    doc.text(model.agencyName || '\u3000', this.left, doc.page.margins.top, title);
    doc.text(model.title || '\u3000', this.left, doc.y, { ...title, characterSpacing: titleSpacing(model.title) });
    if (model.number) {
      const lineGap = this.face(FONT.regular, SIZE.body, LINE_PITCH);
      doc.text(model.number, this.left, doc.y, { width: this.width, align: 'center', lineGap });
    }
    doc.y += LINE_PITCH; // a blank line between the head and the text
  }

  block(b: DocumentBlock): void {
    const { doc } = this;
    switch (b.type) {
      case 'heading': {
        this.keep(LINE_PITCH * 3); // with at least two lines of what it heads
        const lineGap = this.face(FONT.heading, SIZE.body, LINE_PITCH);
        doc.text(b.text, this.left, doc.y, { width: this.width, indent: 2 * CHAR_PITCH, lineGap, characterSpacing: BODY_CHAR_SPACING });
        return;
      }
      case 'paragraph': {
        const lineGap = this.face(FONT.regular, SIZE.body, LINE_PITCH);
        doc.text(b.text, this.left, doc.y, {
          width: this.width,
          indent: b.indent === false ? 0 : 2 * CHAR_PITCH,
          lineGap,
          characterSpacing: BODY_CHAR_SPACING,
        });
        return;
      }
      case 'fields':
        for (const row of b.rows) this.fieldRow(row.label, row.value);
        doc.y += LINE_PITCH / 2;
        return;
      case 'signatures': {
        // each line with a blank line above it, room to sign by hand
        this.keep(b.lines.length * 2 * LINE_PITCH);
        for (const line of b.lines) {
          const lineGap = this.face(FONT.regular, signatureSize(line), LINE_PITCH);
          doc.y += LINE_PITCH;
          doc.text(line, this.left, doc.y, { width: this.width, lineGap });
        }
        return;
      }
      case 'seal':
        this.sealBlock(b.lines);
        return;
    }
  }

  /** One row of a form's table, framed; a row never breaks across pages unless it is longer than a page. */
  private fieldRow(label: string, value: string): void {
    const { doc } = this;
    const labelWidth = this.labelWidth;
    const valueWidth = this.width - labelWidth;
    const labelGap = this.face(FONT.heading, SIZE.table, TABLE_PITCH);
    const opts = (w: number, lineGap: number) => ({ width: w - 2 * CELL_PAD, lineGap });
    const hl = doc.heightOfString(label, opts(labelWidth, labelGap));
    const valueGap = this.face(FONT.regular, SIZE.table, TABLE_PITCH);
    const hv = doc.heightOfString(value, opts(valueWidth, valueGap));
    const h = Math.max(hl, hv) + 2 * CELL_PAD - Math.min(labelGap, valueGap);
    if (h > this.bottom - doc.page.margins.top) {
      // longer than a page: let it flow unframed rather than cut it
      this.face(FONT.heading, SIZE.table, TABLE_PITCH);
      doc.text(`${label}：`, this.left, doc.y, { width: this.width, lineGap: labelGap });
      this.face(FONT.regular, SIZE.table, TABLE_PITCH);
      doc.text(value, this.left, doc.y, { width: this.width, lineGap: valueGap });
      doc.y += TABLE_PITCH / 2;
      return;
    }
    this.keep(h);
    const y = doc.y;
    doc.lineWidth(0.6).strokeColor('black');
    doc.rect(this.left, y, labelWidth, h).stroke();
    doc.rect(this.left + labelWidth, y, valueWidth, h).stroke();
    this.face(FONT.heading, SIZE.table, TABLE_PITCH);
    doc.text(label, this.left + CELL_PAD, y + CELL_PAD, opts(labelWidth, labelGap));
    this.face(FONT.regular, SIZE.table, TABLE_PITCH);
    doc.text(value, this.left + labelWidth + CELL_PAD, y + CELL_PAD, opts(valueWidth, valueGap));
    doc.x = this.left;
    doc.y = y + h;
  }

  /**
   * 落款 (GB/T 9704 §7.3.5.1): the date four characters from the right edge, the agency's name
   * centred over it, and the seal centred on both with their lines a little below its centre and
   * its top within a line of the text above. The electronic seal is drawn there when given; the
   * room is kept either way, so the paper form has space for the stamp and the layout does not
   * depend on the seal.
   */
  private sealBlock(lines: readonly string[]): void {
    const { doc } = this;
    const lineGap = this.face(FONT.regular, SIZE.body, LINE_PITCH);
    const r = SEAL_DIAMETER / 2;
    // from the top of the block: the seal's top a little under the text above, then its centre,
    // then the lines, whose middle sits 0.15 r below the centre (a line's ink is centred about
    // 0.75 em under its top)
    const sealTop = LINE_PITCH * 0.4;
    const centre = sealTop + r;
    const linesTop = centre + 0.15 * r - ((lines.length - 1) * LINE_PITCH) / 2 - SIZE.body * 0.75;
    this.keep(Math.max(linesTop + lines.length * LINE_PITCH, centre + r + 6));
    const top = doc.y;
    // the centre chosen as Word's file chooses it (by character count), so both put the 落款 alike
    const cx = this.left + signOffCentre(lines, (l) => textWidth(l, SIZE.body));
    lines.forEach((line, i) => {
      doc.text(line, cx - doc.widthOfString(line) / 2, top + linesTop + i * LINE_PITCH, { lineBreak: false, lineGap });
    });
    const cy = top + centre;
    if (this.seal && !this.sealed) {
      placePdfSeal(doc, this.seal, cx, cy, FONT, this.left + this.width);
      this.sealed = true;
    }
    doc.x = this.left;
    doc.y = Math.max(top + linesTop + lines.length * LINE_PITCH, cy + r + 6);
  }

  /** The seal of a document without a 落款 (笔录, 审批表) goes at the end, then the caption. */
  finish(): void {
    const { doc, seal } = this;
    if (!seal) return;
    if (!this.sealed) {
      this.keep(SEAL_DIAMETER + LINE_PITCH);
      doc.y += LINE_PITCH / 2;
      const cy = doc.y + SEAL_DIAMETER / 2;
      placePdfSeal(doc, seal, this.left + this.width - SEAL_DIAMETER / 2 - 2 * CHAR_PITCH, cy, FONT, this.left + this.width);
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

  /** 「第 i 页 共 N 页」 in 4号 on every page, 7 mm under the text area, once the number of pages is known. */
  footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const keepBottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
      doc.font(FONT.regular).fontSize(SIZE.pageNumber).fillColor('black');
      doc.text(pageFooter(i + 1, range.count), 0, PAGE_NUMBER_TOP, { width: doc.page.width, align: 'center', lineBreak: false });
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
  doc.registerFont(FONT.heading, fonts.heading as unknown as Buffer);
  const w = new PdfWriter(doc, seal, model);
  w.header(model);
  for (const b of model.blocks) w.block(b);
  w.finish();
  w.footers();
  doc.end();
  return done;
}
