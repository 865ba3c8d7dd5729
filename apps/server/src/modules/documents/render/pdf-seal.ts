import { SEAL_RED } from './document-seal.ts';

/** Diameter of an agency seal: 42 mm, the size of a county-level 公章 (in points). */
export const SEAL_DIAMETER = (42 / 25.4) * 72;

/**
 * Draws the red circular seal: a ring, a five-pointed star in the middle, the agency name set
 * around the upper arc one character at a time (each turned to face outward), and 电子签章 under
 * the star. Slightly translucent, so the text under it stays readable, as under a real stamp.
 */
export function drawPdfSeal(
  doc: PDFKit.PDFDocument,
  agencyName: string,
  cx: number,
  cy: number,
  fonts: { regular: string; bold: string },
): void {
  const r = SEAL_DIAMETER / 2;
  const red = `#${SEAL_RED}`;
  // text() at explicit positions moves pdfkit's cursor; the seal must not move the flow of text
  const { x: keepX, y: keepY } = doc;
  doc.save();
  doc.fillOpacity(0.88).strokeOpacity(0.88);
  doc
    .lineWidth(3)
    .strokeColor(red)
    .circle(cx, cy, r - 1.5)
    .stroke();

  // the star, its points on a circle of a third of the radius
  const outer = r * 0.3;
  const inner = outer * 0.382;
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rad = i % 2 === 0 ? outer : inner;
    pts.push([cx + rad * Math.cos(a), cy + rad * Math.sin(a)]);
  }
  doc
    .fillColor(red)
    .polygon(...pts)
    .fill();

  // the name around the top: about 22° a character, between 120° and 250° in all
  const chars = [...agencyName.trim()];
  if (chars.length) {
    const span = Math.min(Math.max(chars.length * 22, 120), 250) * (Math.PI / 180);
    const step = span / chars.length;
    const ring = r - 6;
    const size = Math.min(16, step * (ring - 8) * 0.92);
    const radius = ring - size * 0.62;
    doc.font(fonts.bold).fontSize(size).fillColor(red);
    chars.forEach((ch, i) => {
      const a = -Math.PI / 2 - span / 2 + step * (i + 0.5);
      const x = cx + radius * Math.cos(a);
      const y = cy + radius * Math.sin(a);
      doc.save();
      doc.translate(x, y).rotate(((a + Math.PI / 2) * 180) / Math.PI);
      doc.text(ch, -size / 2, -size * 0.62, { lineBreak: false });
      doc.restore();
    });
  }
  const label = '电子签章';
  doc.font(fonts.regular).fontSize(8.5).fillColor(red);
  doc.text(label, cx - doc.widthOfString(label) / 2, cy + outer + 6, { lineBreak: false });
  doc.restore();
  doc.x = keepX;
  doc.y = keepY;
}
