import { signedNote, type DocumentSeal } from './document-seal.ts';

/** Diameter of an agency seal: 42 mm, the size of a county-level 公章 (in points). */
export const SEAL_DIAMETER = (42 / 25.4) * 72;

/**
 * The seal at the 落款, centred on (cx, cy): the agency's seal image as its administrator
 * configured it (issued by the 政务电子印章 system), 42 mm across. Without one nothing that looks
 * like a seal is drawn (an imitation 公章 would pretend to be what it is not): a short line in small
 * black type under the 落款 says the document is electronically signed, with the certificate's
 * serial number, and the space stays free for a stamp on paper.
 */
export function placePdfSeal(
  doc: PDFKit.PDFDocument,
  seal: DocumentSeal,
  cx: number,
  cy: number,
  fonts: { regular: string; bold: string },
  /** the right edge the note must not cross */
  right: number,
): void {
  // image() and text() at explicit positions move pdfkit's cursor; the seal must not move the flow of text
  const { x: keepX, y: keepY } = doc;
  const r = SEAL_DIAMETER / 2;
  if (seal.image) {
    doc.image(Buffer.from(seal.image), cx - r, cy - r, { fit: [SEAL_DIAMETER, SEAL_DIAMETER], align: 'center', valign: 'center' });
  } else {
    doc.save();
    doc.font(fonts.regular).fontSize(8.5).fillColor('#333333');
    let y = cy + r - 8.5 * 2.6;
    for (const line of signedNote(seal)) {
      const w = doc.widthOfString(line);
      doc.text(line, Math.min(cx - w / 2, right - w), y, { lineBreak: false });
      y += 8.5 * 1.3;
    }
    doc.restore();
  }
  doc.x = keepX;
  doc.y = keepY;
}
