import { createRequire } from 'node:module';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { CJK_FONT_FILES } from '../modules/documents/render/cjk-fonts.ts';

const require = createRequire(import.meta.url);
const SEAL_RED = '#C8102E';
let fontFamily: string | null = null;

/**
 * A seal image for the demo agencies, made when the demo data is loaded, so that demo documents
 * look like served ones: a red ring, a star, the agency name along the upper arc and 演示用章 under
 * the star where a real seal has its purpose (e.g. 行政执法专用章) — plainly a demonstration seal,
 * not an imitation of a real one. A transparent 600×600 PNG, as a 政务电子印章 system exports.
 */
export function demoSealPng(agencyName: string): Buffer {
  if (!fontFamily) {
    GlobalFonts.registerFromPath(require.resolve(CJK_FONT_FILES.bold), 'SanxiangSealSerif');
    fontFamily = 'SanxiangSealSerif';
  }
  const size = 600;
  const c = size / 2;
  const canvas = createCanvas(size, size);
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, size, size);
  g.strokeStyle = SEAL_RED;
  g.fillStyle = SEAL_RED;
  g.lineWidth = 22;
  g.beginPath();
  g.arc(c, c, c - 14, 0, Math.PI * 2);
  g.stroke();
  // the star, its points on a circle of 0.3 of the radius
  const outer = c * 0.3;
  const inner = outer * 0.382;
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    if (i === 0) g.moveTo(c + r * Math.cos(a), c + r * Math.sin(a));
    else g.lineTo(c + r * Math.cos(a), c + r * Math.sin(a));
  }
  g.closePath();
  g.fill();
  // the name around the top, each character turned to face outward, over 200–250°
  const chars = [...agencyName.trim()];
  const span = (Math.min(Math.max(chars.length * 20, 200), 250) * Math.PI) / 180;
  const step = span / Math.max(1, chars.length);
  const glyph = Math.min(64, step * (c - 60) * 0.95);
  g.font = `${Math.round(glyph)}px ${fontFamily}`;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + step * (i + 0.5);
    g.save();
    g.translate(c + (c - 40 - glyph / 2) * Math.cos(a), c + (c - 40 - glyph / 2) * Math.sin(a));
    g.rotate(a + Math.PI / 2);
    g.fillText(ch, 0, 0);
    g.restore();
  });
  g.font = `44px ${fontFamily}`;
  g.fillText('演示用章', c, c + outer + 70);
  return canvas.toBuffer('image/png');
}
