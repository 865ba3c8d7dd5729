import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, buildDocument, type DocumentModel } from '@sanxiang/domain';
import { pageFooter, sealCaption } from './document-seal.ts';
import { CHAR_PITCH, LINE_PITCH, MARGINS, PAGE_NUMBER_TOP, TEXT_AREA, TITLE_PITCH } from './gbt9704.ts';
import { renderPdf } from './pdf-renderer.ts';
import { ensurePoppler } from '../../../test/poppler.ts';
import {
  SAMPLE_SEAL,
  SAMPLE_SEAL_WITH_IMAGE,
  popplerRasterize,
  isDark,
  isSealRed,
  modelTexts,
  pdfPages,
  rasterizePdfPage,
  sampleContext,
  squash,
} from './render-test-support.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** The band of page 1 where the title is set (points from the top): the line under the agency name. */
const TITLE_BAND = { x0: 0, y0: MARGINS.top + TITLE_PITCH, x1: 595, y1: MARGINS.top + 2 * TITLE_PITCH };
const A4 = { width: 595.28, height: 841.89 };
const RIGHT_EDGE = MARGINS.left + TEXT_AREA.width;

interface Line {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Each page's lines of text with their boxes (points from the top left), as poppler's pdftotext reads them. */
function popplerLines(pdf: Buffer): Line[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-layout-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
    return html
      .split('<page ')
      .slice(1)
      .map((page) =>
        [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
        })),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page's lines grouped by the height they stand at (poppler splits a line at wide blanks), read left to right. */
function rows(lines: Line[]): string[] {
  const at = new Map<number, Line[]>();
  for (const l of lines) at.set(Math.round(l.yMin), [...(at.get(Math.round(l.yMin)) ?? []), l]);
  return [...at.values()].map((ls) =>
    ls
      .sort((a, b) => a.xMin - b.xMin)
      .map((l) => l.text)
      .join(''),
  );
}

/** A document of one paragraph of ideographs only, so that every full line holds exactly its 28 characters. */
function oneParagraph(chars: number): DocumentModel {
  return {
    kind: 'layout-test',
    title: '版式测试',
    agencyName: '馆陶县市场监督管理局',
    number: '',
    issuedOn: '2026-09-01',
    blocks: [{ type: 'paragraph', text: '法'.repeat(chars) }],
  };
}

/** The text of the document as read back, without the page footers. */
const bodyText = (pages: { text: string }[]) => squash(pages.map((p, i) => p.text.replace(pageFooter(i + 1, pages.length), '')).join(''));

/** A decision whose facts run over several pages. */
function longDecision(): DocumentModel {
  const facts = Array.from(
    { length: 60 },
    (_, i) => `第${i + 1}项：当事人于2026年7月在其经营场所销售超过保质期的酸奶，执法人员现场查获并拍照固定证据，当事人对此无异议。`,
  ).join('');
  const ctx = sampleContext();
  return buildDocument('penalty-decision', {
    ...ctx,
    steps: ctx.steps.map((s) => (s.code === 'decide' ? { ...s, inputs: { ...s.inputs, facts } } : s)),
  });
}

describe('R-REC-2 执法文书 as PDF', () => {
  it('sets the Chinese title in Noto Serif SC: page 1 rendered by pdf.js shows it, and not when the title is removed', async () => {
    const model = buildDocument('penalty-decision', sampleContext());
    const pdf = await renderPdf(model, SAMPLE_SEAL);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // the CJK font is embedded, and only the glyphs used (a subset of a 14 MB font)
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC/);
    expect(pdf.length).toBeLessThan(400_000);

    const page = await rasterizePdfPage(pdf, 1);
    const file = path.join(tmpdir(), `sanxiang-${model.kind}-page1.png`);
    writeFileSync(file, page.png);
    console.log(`page 1 of ${model.title} rendered to ${file}`);
    const ink = page.count(isDark, TITLE_BAND);
    expect(ink).toBeGreaterThan(1000);

    const bare = await rasterizePdfPage(await renderPdf({ ...model, title: '' }, SAMPLE_SEAL), 1);
    expect(bare.count(isDark, TITLE_BAND)).toBeLessThan(ink / 10);
    expect(bare.png.equals(page.png)).toBe(false);
    // and the text layer reads back as Chinese (the font carries its Unicode map)
    const { pages } = await pdfPages(pdf);
    expect(pages[0]!.text).toContain('行政处罚决定书');
    expect(pages[0]!.text).toContain('馆陶县市场监督管理局');
  });

  it('is deterministic: the same model and seal give the same bytes, dated from issuedOn and not the clock', async () => {
    const model = buildDocument('penalty-notice', sampleContext());
    const [a, b] = [await renderPdf(model, SAMPLE_SEAL), await renderPdf(model, SAMPLE_SEAL)];
    expect(sha256(a)).toBe(sha256(b));
    const { info } = await pdfPages(a);
    // midnight Beijing time of 2026-09-01
    expect(info['CreationDate']).toBe('D:20260831160000Z');
    expect(info['ModDate']).toBe('D:20260831160000Z');
    expect(info['Title']).toBe('行政处罚告知书');
    expect(sha256(await renderPdf({ ...model, issuedOn: '2026-09-02' }, SAMPLE_SEAL))).not.toBe(sha256(a));
    expect(sha256(await renderPdf(model))).not.toBe(sha256(a));
  });

  it('wraps long Chinese text within the margins, breaks pages, and numbers them 「第 i 页 共 N 页」', async () => {
    const model = longDecision();
    const pdf = await renderPdf(model, SAMPLE_SEAL);
    const { pages } = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((p, i) => {
      expect(p.width).toBeCloseTo(A4.width, 0);
      expect(p.height).toBeCloseTo(A4.height, 0);
      expect(p.text).toContain(pageFooter(i + 1, pages.length));
      // no run of text crosses the right margin (the seal's arc is drawn, not flowed)
      for (const item of p.items.filter((t) => t.str.trim() && !SAMPLE_SEAL.agencyName.includes(t.str.trim()))) {
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(RIGHT_EDGE + 1);
        // 禁则: no line starts with closing punctuation
        expect(item.str, item.str).not.toMatch(/^[，。、；：！？）」》]/);
      }
    });
    // every word of the model is there, in order, across the page breaks
    const all = bodyText(pages);
    let at = 0;
    for (const t of modelTexts(model)) {
      const found = all.indexOf(squash(t), at);
      expect(found, t.slice(0, 40)).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('places the agency’s seal image (issue 20 item 6), never a drawn imitation; without one, the note that the document is signed', async () => {
    const model = buildDocument('penalty-decision', sampleContext());
    const withImage = await renderPdf(model, SAMPLE_SEAL_WITH_IMAGE);
    const sealed = await renderPdf(model, SAMPLE_SEAL);
    const plain = await renderPdf(model);
    const { pages } = await pdfPages(withImage);
    const last = pages.length;
    expect(popplerRasterize(withImage, last).count(isSealRed)).toBeGreaterThan(1500);
    // no seal image configured: nothing red that could pass for a seal, and the note with the certificate serial
    const { pages: sealedPages } = await pdfPages(sealed);
    expect((await rasterizePdfPage(sealed, sealedPages.length)).count(isSealRed)).toBe(0);
    expect(bodyText(sealedPages)).toContain(squash(`本文书已加盖电子签名证书序列号 ${SAMPLE_SEAL.certificateSerial}`));
    expect(bodyText(pages)).not.toContain('本文书已加盖电子签名');
    expect((await rasterizePdfPage(plain, (await pdfPages(plain)).pages.length)).count(isSealRed)).toBe(0);
    const text = bodyText(pages);
    for (const line of sealCaption(SAMPLE_SEAL)) expect(text).toContain(squash(line));
    expect(text).toContain('2026年9月1日10:05:00（北京时间）');
    // the unsealed paper copy keeps the 落款 for the stamp
    expect(bodyText((await pdfPages(plain)).pages)).toContain('馆陶县市场监督管理局2026年9月1日');
  });

  it('renders every template, sealed, without losing any of its text; page 1 of each to PNG (test-artifacts/documents/kinds)', async () => {
    // page 1 of every kind, by poppler at 100 dpi, for a person to look at (issue 20: "look at them")
    ensurePoppler();
    const dir = path.resolve('test-artifacts/documents/kinds');
    mkdirSync(dir, { recursive: true });
    const work = mkdtempSync(path.join(tmpdir(), 'sx-kinds-'));
    try {
      for (const k of DOCUMENT_KINDS) {
        const model = buildDocument(k.code, sampleContext());
        const pdf = await renderPdf(model, SAMPLE_SEAL);
        const { pages } = await pdfPages(pdf);
        const text = bodyText(pages);
        for (const t of modelTexts(model)) expect(text, `${k.title}: ${t.slice(0, 30)}`).toContain(squash(t));
        expect(text).toContain(squash(SAMPLE_SEAL.signatureBase64));
        writeFileSync(path.join(work, 'in.pdf'), pdf);
        execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', '-f', '1', '-l', '1', 'in.pdf', path.join(dir, k.code)], {
          cwd: work,
        });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('R-REC-2 执法文书 laid out after GB/T 9704-2012', () => {
  it('keeps all text in the 156 × 225 mm text area, 37 mm from the top and 28 mm from the left, 22 lines a full page', async () => {
    const pages = popplerLines(await renderPdf(longDecision()));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const bottom = MARGINS.top + TEXT_AREA.height;
    pages.forEach((lines, i) => {
      const body = lines.filter((l) => l.yMin < PAGE_NUMBER_TOP - 1);
      for (const l of body) {
        expect(l.xMin, `page ${i + 1}: ${l.text}`).toBeGreaterThanOrEqual(MARGINS.left - 0.5);
        expect(l.xMax, `page ${i + 1}: ${l.text}`).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
        expect(l.yMin, `page ${i + 1}: ${l.text}`).toBeGreaterThanOrEqual(MARGINS.top - 0.5);
        expect(l.yMax, `page ${i + 1}: ${l.text}`).toBeLessThanOrEqual(bottom + 0.5);
      }
      // the first line of each page at the top of the text area
      expect(Math.min(...body.map((l) => l.yMin)), `page ${i + 1}`).toBeCloseTo(MARGINS.top, 0);
    });
    // page 2 holds nothing but the facts: 22 lines, 28.95 pt apart, filling the width
    const full = pages[1]!.filter((l) => l.yMin < PAGE_NUMBER_TOP - 1);
    expect(full).toHaveLength(22);
    full.slice(1).forEach((l, i) => expect(l.yMin - full[i]!.yMin).toBeCloseTo(LINE_PITCH, 1));
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(TEXT_AREA.height);
    expect(full.filter((l) => Math.abs(l.xMin - MARGINS.left) < 0.5).length).toBeGreaterThan(15);
    // (a line ends a character short where 禁则 carries 「议。」 over together)
    expect(full.filter((l) => l.xMax > RIGHT_EDGE - CHAR_PITCH - 1).length).toBeGreaterThan(15);
  });

  it('sets 28 characters of 3号 a line, the first line of a paragraph indented two characters', async () => {
    const lines = popplerLines(await renderPdf(oneParagraph(26 + 28 + 28 + 10)))[0]!.filter((l) => l.text.startsWith('法'));
    expect(lines.map((l) => [...l.text].length)).toEqual([26, 28, 28, 10]);
    expect(lines[0]!.xMin).toBeCloseTo(MARGINS.left + 2 * CHAR_PITCH, 0);
    expect(lines[1]!.xMin).toBeCloseTo(MARGINS.left, 0);
    // a full line spans the text area
    expect(lines[1]!.xMax).toBeGreaterThan(RIGHT_EDGE - 1);
    expect(lines[1]!.xMax).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    // one character more and the line wraps: the 29th goes to the next line
    expect(
      popplerLines(await renderPdf(oneParagraph(26 + 29)))[0]!
        .filter((l) => l.text.startsWith('法'))
        .map((l) => [...l.text].length),
    ).toEqual([26, 28, 1]);
  });

  it('embeds subsets of a heavy 宋 face for the title (2号), a 宋 face for the text (3号) and a 黑 face for 小标题, and stays small', async () => {
    const model = buildDocument('penalty-decision', sampleContext());
    const pdf = await renderPdf(model, SAMPLE_SEAL);
    expect(pdf.length).toBeLessThan(150_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-fonts-'));
    try {
      const file = path.join(dir, 'doc.pdf');
      writeFileSync(file, pdf);
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      const fonts = rows.map((r) => {
        const [name, ...rest] = r.trim().split(/\s+/);
        // columns: name type… encoding emb sub uni object ID
        return { name: name!.replace(/^[A-Z]{6}\+/, ''), emb: rest.at(-5), sub: rest.at(-4), subsetTag: /^[A-Z]{6}\+/.test(name!) };
      });
      expect(fonts.map((f) => f.name).sort()).toEqual(['NotoSansSC-Medium', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
      for (const f of fonts) expect(f, f.name).toMatchObject({ emb: 'yes', sub: 'yes', subsetTag: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // sizes, read from the height of the lines: title 22 pt, body and 小标题 16 pt, page numbers 14 pt
    const lines = popplerLines(pdf)[0]!;
    const height = (text: string) => {
      const l = lines.find((x) => x.text.startsWith(text));
      expect(l, text).toBeDefined();
      return l!.yMax - l!.yMin;
    };
    const body = height('上述事实');
    expect(height('行政处罚决定书') / body).toBeCloseTo(22 / 16, 1);
    expect(height('馆陶县市场监督管理局') / body).toBeCloseTo(22 / 16, 1);
    expect(height('违法事实和证据') / body).toBeCloseTo(1, 1);
    expect(height('第1页') / body).toBeCloseTo(14 / 16, 1);
  });

  it('numbers every page 「第 i 页 共 N 页」, centred 7 mm under the text area', async () => {
    const pages = popplerLines(await renderPdf(longDecision(), SAMPLE_SEAL));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((lines, i) => {
      const footer = lines.filter((l) => l.yMin > MARGINS.top + TEXT_AREA.height);
      expect(footer.map((l) => l.text)).toEqual([pageFooter(i + 1, pages.length).replace(/\s/g, '')]);
      expect(footer[0]!.yMin).toBeCloseTo(PAGE_NUMBER_TOP, 0);
      expect((footer[0]!.xMin + footer[0]!.xMax) / 2).toBeCloseTo(A4.width / 2, 0);
    });
  });

  it('sets the 落款 with the date four characters from the right and the agency centred over it, the seal on both', async () => {
    const model = buildDocument('penalty-decision', sampleContext());
    const pages = popplerLines(await renderPdf(model));
    const last = pages.at(-1)!;
    const name = last.find((l) => l.text === '馆陶县市场监督管理局');
    const date = last.find((l) => l.text === '2026年9月1日');
    expect(name).toBeDefined();
    expect(date).toBeDefined();
    const centre = (l: Line) => (l.xMin + l.xMax) / 2;
    expect(centre(name!)).toBeCloseTo(centre(date!), 0);
    expect(date!.yMin - name!.yMin).toBeCloseTo(LINE_PITCH, 1);
    // the name is longer than the date: it keeps two characters from the right edge, and the date is further in
    expect(RIGHT_EDGE - name!.xMax).toBeGreaterThan(2 * CHAR_PITCH - 6);
    expect(RIGHT_EDGE - name!.xMax).toBeLessThan(2 * CHAR_PITCH + 6);
    expect(RIGHT_EDGE - date!.xMax).toBeGreaterThanOrEqual(4 * CHAR_PITCH - 6);
    // the seal is centred on them, a little above their middle
    // the agency's seal image (read by poppler: pdf.js on napi canvas cannot draw soft-masked images)
    const sealed = await renderPdf(model, SAMPLE_SEAL_WITH_IMAGE);
    const page = popplerRasterize(sealed, (await pdfPages(sealed)).pages.length);
    const cx = centre(name!);
    const cy = (name!.yMin + date!.yMax) / 2;
    const box = (dx0: number, dx1: number) => ({ x0: cx + dx0, y0: cy - 70, x1: cx + dx1, y1: cy + 70 });
    const left = page.count(isSealRed, box(-65, 0));
    const right = page.count(isSealRed, box(0, 65));
    expect(left).toBeGreaterThan(300);
    expect(Math.abs(left - right) / (left + right)).toBeLessThan(0.15);
  });

  it('keeps each signature line on one line, smaller type where 3号 would not fit', async () => {
    for (const kind of ['case-filing-approval', 'inquiry-record']) {
      const model = buildDocument(kind, sampleContext());
      const text = popplerLines(await renderPdf(model)).flatMap(rows);
      for (const b of model.blocks)
        if (b.type === 'signatures') for (const line of b.lines) expect(text, `${kind}: ${line}`).toContain(squash(line));
    }
  });

  it('renders pages 1 and 2 of a 决定书, a 笔录 and a 审批表 to PNG (test-artifacts/documents) for a person to look at', async () => {
    const dir = path.resolve('test-artifacts/documents');
    mkdirSync(dir, { recursive: true });
    for (const kind of ['penalty-decision', 'inquiry-record', 'case-filing-approval']) {
      const pdf = await renderPdf(buildDocument(kind, sampleContext()), SAMPLE_SEAL);
      expect((await pdfPages(pdf)).pages.length, kind).toBeGreaterThanOrEqual(2);
      for (const n of [1, 2]) {
        const page = await rasterizePdfPage(pdf, n);
        expect(page.count(isDark), `${kind} page ${n}`).toBeGreaterThan(2000);
        writeFileSync(path.join(dir, `${kind}-page${n}.png`), page.png);
      }
    }
  });
});
