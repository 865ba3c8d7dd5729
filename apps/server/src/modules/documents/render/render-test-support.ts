import { inflateRawSync } from 'node:zlib';
import { createCanvas, DOMMatrix, ImageData, Path2D } from '@napi-rs/canvas';
import { sampleReviewRecords, type DocumentBlock, type DocumentContext, type DocumentModel } from '@sanxiang/domain';
import type { DocumentSeal } from './document-seal.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { demoSealPng } from '../../../demo/demo-seal.ts';
import { ensurePoppler } from '../../../test/poppler.ts';

/** Test support for the renderers: a case to fill templates from, a seal, and readers for PDF and Word output. */

export function sampleContext(over: Partial<DocumentContext> = {}): DocumentContext {
  const s = (code: string, name: string, on: string, inputs: Record<string, unknown>) => ({
    code,
    name,
    on,
    at: `${on}T02:05:00Z`,
    actorName: '李明',
    inputs,
  });
  return {
    agency: {
      name: '馆陶县市场监督管理局',
      creditCode: '11130433MB0000000X',
      address: '馆陶县陶山街 88 号',
      phone: '0310-7722315',
      reviewBody: '馆陶县人民政府',
      court: '馆陶县人民法院',
    },
    case: {
      number: '馆市监罚〔2026〕1号',
      title: '销售过期食品案',
      procedureName: '行政处罚一般程序',
      field: '市场监管',
      regionName: '馆陶镇',
      openedOn: '2026-08-03',
    },
    party: {
      kind: 'org',
      name: '馆陶县惠民超市有限公司',
      creditCode: '91130433MA0A1B2C3X',
      legalRep: '钱立新',
      address: '馆陶县陶山街 201 号',
      phone: '0310-7729001',
    },
    officers: [
      { name: '李明', certificateNumber: '13043300101' },
      { name: '王芳', certificateNumber: '13043300102' },
    ],
    steps: [
      s('open', '立案', '2026-08-03', {
        source: 'inspection',
        clueOn: '2026-08-01',
        summary: '日常检查发现过期酸奶。',
      }),
      s('approve-filing', '批准立案', '2026-08-03', { opinion: '同意立案。' }),
      s('inquire', '询问', '2026-08-05', { person: '钱立新', summary: '问：酸奶从何处购进？答：从邯郸某商贸公司购进。' }),
      s('conclude-investigation', '调查终结', '2026-08-10', {
        facts: '当事人销售超过保质期的酸奶 20 盒。',
        evidence: '现场检查笔录、询问笔录、照片',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
        proposal: 'penalty',
      }),
      s('notify', '行政处罚告知', '2026-08-11', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }),
      s('decide', '作出处罚决定', '2026-09-01', {
        decisionType: 'penalty',
        facts: '当事人销售超过保质期的酸奶 20 盒，货值金额 120 元。',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
        penalty: '罚款 5000 元。',
        fineAmount: 5000,
      }),
    ],
    issuedOn: '2026-09-01',
    ...sampleReviewRecords(),
    ...over,
  };
}

export const SAMPLE_SEAL: DocumentSeal = {
  agencyName: '馆陶县市场监督管理局',
  algorithm: 'Ed25519',
  keyId: '5f1c0a9e7b3d2468',
  signatureBase64: Buffer.alloc(64, 0xa5).toString('base64'),
  documentSha256Hex: 'c0ffee'.repeat(10) + 'beef',
  signedAt: '2026-09-01T02:05:00Z',
  certificateSerial: '6097A8234AB4DD8658FC10AB320FFC34',
};

/** The same seal with the agency's seal image configured (the demo seal, 600×600 transparent PNG). */
export const SAMPLE_SEAL_WITH_IMAGE: DocumentSeal = { ...SAMPLE_SEAL, image: demoSealPng(SAMPLE_SEAL.agencyName) };

/**
 * Page `page` of a PDF rasterised by poppler's pdftoppm at 72 dpi, with a pixel counter. pdf.js on
 * @napi-rs/canvas (rasterizePdfPage) crashes the process on a page with a soft-masked image (the
 * seal image), so pages with one are read by poppler.
 */
export function popplerRasterize(
  pdf: Buffer,
  page: number,
): { count: (test: (r: number, g: number, b: number) => boolean, box?: { x0: number; y0: number; x1: number; y1: number }) => number } {
  ensurePoppler();
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-pdftoppm-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    const r = spawnSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(page), '-l', String(page), 'in.pdf', 'out'], {
      cwd: dir,
    });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    const img = PNG.sync.read(readFileSync(path.join(dir, 'out.png')));
    return {
      // at 72 dpi a pixel is a point: the box is in page points
      count: (test, box) => {
        const b = box ?? { x0: 0, y0: 0, x1: img.width, y1: img.height };
        let n = 0;
        for (let y = Math.max(0, Math.floor(b.y0)); y < Math.min(img.height, Math.ceil(b.y1)); y++)
          for (let x = Math.max(0, Math.floor(b.x0)); x < Math.min(img.width, Math.ceil(b.x1)); x++) {
            const i = (y * img.width + x) * 4;
            if (test(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) n++;
          }
        return n;
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything a person reads in the model, block by block. */
export function modelTexts(m: DocumentModel): string[] {
  const of = (b: DocumentBlock): string[] =>
    b.type === 'fields'
      ? b.rows.flatMap((r) => [r.label, r.value])
      : b.type === 'signatures' || b.type === 'seal'
        ? [...b.lines]
        : [b.text];
  return [m.agencyName, m.title, m.number, ...m.blocks.flatMap(of)].filter((t) => t !== '');
}

/** Text compared without the white space that wrapping and layout add. */
export const squash = (s: string) => s.replace(/\s+/g, '');

async function pdfjs() {
  const g = globalThis as Record<string, unknown>;
  g['DOMMatrix'] ??= DOMMatrix;
  g['ImageData'] ??= ImageData;
  g['Path2D'] ??= Path2D;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

async function open(pdf: Buffer) {
  const lib = await pdfjs();
  return lib.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
}

export interface PdfTextItem {
  str: string;
  x: number;
  width: number;
}

/** The text of each page as pdf.js reads it, with the position of each run. */
export async function pdfPages(
  pdf: Buffer,
): Promise<{ info: Record<string, unknown>; pages: { width: number; height: number; text: string; items: PdfTextItem[] }[] }> {
  const doc = await open(pdf);
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i ? [{ str: i.str, x: i.transform[4] as number, width: i.width }] : []));
    pages.push({ width: vp.width, height: vp.height, text: items.map((i) => i.str).join(''), items });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { info: meta.info as Record<string, unknown>, pages };
}

/** One page rendered to PNG by pdf.js (an independent reader), with a pixel counter over a box. */
export async function rasterizePdfPage(pdf: Buffer, pageNumber = 1, scale = 1.5) {
  const doc = await open(pdf);
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx, viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  await doc.destroy();
  /** Pixels in the box (in page points) that satisfy `test`. */
  const count = (
    test: (r: number, g: number, b: number) => boolean,
    box = { x0: 0, y0: 0, x1: viewport.width / scale, y1: viewport.height / scale },
  ) => {
    let n = 0;
    for (let y = Math.max(0, Math.floor(box.y0 * scale)); y < Math.min(canvas.height, box.y1 * scale); y++) {
      for (let x = Math.max(0, Math.floor(box.x0 * scale)); x < Math.min(canvas.width, box.x1 * scale); x++) {
        const i = (y * canvas.width + x) * 4;
        if (test(data[i]!, data[i + 1]!, data[i + 2]!)) n++;
      }
    }
    return n;
  };
  return { png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height, count };
}

export const isDark = (r: number, g: number, b: number) => r + g + b < 300;
export const isSealRed = (r: number, g: number, b: number) => r > 150 && g < 120 && b < 120;

/** The names of the files in a zip (a .docx), from its central directory. */
export function unzipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const names: string[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString());
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** One file out of a zip (a .docx), read through the central directory. */
export function unzipEntry(zip: Buffer, name: string): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    }
    at += 46 + nameLength + skip;
  }
  throw new Error(`${name} not in zip`);
}

/** The text of a WordprocessingML part: its w:t runs, entities decoded, one line per paragraph. */
export function wordText(xml: string): string {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n');
}
