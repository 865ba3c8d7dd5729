import { createCanvas, DOMMatrix, ImageData, Path2D } from '@napi-rs/canvas';

/** Renders one page of a PDF to PNG with pdf.js (an independent PDF reader), for rendering tests. */
export async function pdfPageToPng(
  pdf: Buffer,
  page = 1,
  scale = 1.5,
): Promise<{ png: Buffer; width: number; height: number; dark: (x0: number, y0: number, x1: number, y1: number) => number }> {
  const g = globalThis as Record<string, unknown>;
  g['DOMMatrix'] ??= DOMMatrix;
  g['ImageData'] ??= ImageData;
  g['Path2D'] ??= Path2D;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false })
    .promise;
  const p = await doc.getPage(page);
  const viewport = p.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await p.render({ canvasContext: ctx, viewport, canvas } as unknown as Parameters<typeof p.render>[0]).promise;
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const dark = (x0: number, y0: number, x1: number, y1: number) => {
    let n = 0;
    for (let y = Math.max(0, y0); y < Math.min(canvas.height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(canvas.width, x1); x++) {
        const i = (y * canvas.width + x) * 4;
        if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 300) n++;
      }
    }
    return n;
  };
  await doc.destroy();
  return { png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height, dark };
}
