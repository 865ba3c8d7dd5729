import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, buildDocument, type DocumentModel } from '@sanxiang/domain';
import { pageFooter, sealCaption } from './document-seal.ts';
import { renderPdf } from './pdf-renderer.ts';
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
/** The band of page 1 where the title is set (points from the top), below the agency name and above the number. */
const TITLE_BAND = { x0: 0, y0: 100, x1: 595, y1: 140 };
const A4 = { width: 595.28, height: 841.89 };
const RIGHT_EDGE = A4.width - 72;

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
    expect(bodyText((await pdfPages(plain)).pages)).toContain('馆陶县市场监督管理局（印章）2026年9月1日');
  });

  it('renders every template, sealed, without losing any of its text', async () => {
    for (const k of DOCUMENT_KINDS) {
      const model = buildDocument(k.code, sampleContext());
      const { pages } = await pdfPages(await renderPdf(model, SAMPLE_SEAL));
      const text = bodyText(pages);
      for (const t of modelTexts(model)) expect(text, `${k.title}: ${t.slice(0, 30)}`).toContain(squash(t));
      expect(text).toContain(squash(SAMPLE_SEAL.signatureBase64));
    }
  });
});
