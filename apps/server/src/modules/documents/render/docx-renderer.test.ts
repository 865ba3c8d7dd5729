import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, buildDocument } from '@sanxiang/domain';
import { sealCaption } from './document-seal.ts';
import { renderDocx } from './docx-renderer.ts';
import { renderPdf } from './pdf-renderer.ts';
import {
  SAMPLE_SEAL,
  SAMPLE_SEAL_WITH_IMAGE,
  modelTexts,
  pdfPages,
  sampleContext,
  squash,
  unzipEntries,
  unzipEntry,
  wordText,
} from './render-test-support.ts';

const partOf = (docx: Buffer, name: string) => unzipEntry(docx, name).toString('utf8');

describe('R-REC-2 执法文书 as Word: the same content as the PDF', () => {
  it('is a Word file whose body holds the Chinese title, every block of the model and the seal caption', async () => {
    const model = buildDocument('penalty-decision', sampleContext());
    const docx = await renderDocx(model, SAMPLE_SEAL);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = partOf(docx, 'word/document.xml');
    const text = wordText(xml);
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain('馆陶县市场监督管理局');
    for (const t of modelTexts(model)) expect(text, t.slice(0, 30)).toContain(t);
    for (const line of sealCaption(SAMPLE_SEAL)) expect(text).toContain(line);
    // A4 with the PDF's margins, set in 宋体
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="宋体"');
  });

  it('numbers pages 「第 X 页 共 Y 页」 with Word fields in the footer', async () => {
    const docx = await renderDocx(buildDocument('inquiry-record', sampleContext()));
    const footer = partOf(docx, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(squash(wordText(footer))).toContain('第页共页');
  });

  it('places the agency’s seal image at the 落款 (issue 20 item 6); without one, the note that the document is signed; none without a seal', async () => {
    const model = buildDocument('penalty-notice', sampleContext());
    const file = await renderDocx(model, SAMPLE_SEAL_WITH_IMAGE);
    const sealed = partOf(file, 'word/document.xml');
    expect(sealed).toContain('<wp:anchor');
    expect(sealed).toContain('descr="馆陶县市场监督管理局电子印章"');
    expect(sealed).not.toContain('prst="ellipse"');
    expect(wordText(sealed)).not.toContain('本文书已加盖电子签名');
    const media = unzipEntries(file).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(unzipEntry(file, media[0]!).equals(Buffer.from(SAMPLE_SEAL_WITH_IMAGE.image!))).toBe(true);
    // a document without 落款 gets its seal at the end
    expect(
      partOf(await renderDocx(buildDocument('inquiry-record', sampleContext()), SAMPLE_SEAL_WITH_IMAGE), 'word/document.xml'),
    ).toContain('电子印章');
    const noImage = partOf(await renderDocx(model, SAMPLE_SEAL), 'word/document.xml');
    expect(noImage).not.toContain('<w:drawing>');
    expect(wordText(noImage)).toContain(`证书序列号 ${SAMPLE_SEAL.certificateSerial}`);
    expect(wordText(noImage)).toContain('本文书已加盖电子签名');
    const plain = partOf(await renderDocx(model), 'word/document.xml');
    expect(plain).not.toContain('<w:drawing>');
    expect(wordText(plain)).not.toContain('电子签章');
  });

  it('paper and electronic versions say the same: for every template, the PDF and the Word file hold the same text', async () => {
    for (const k of DOCUMENT_KINDS) {
      const model = buildDocument(k.code, sampleContext());
      const [pdf, docx] = await Promise.all([renderPdf(model, SAMPLE_SEAL), renderDocx(model, SAMPLE_SEAL)]);
      const pdfText = squash((await pdfPages(pdf)).pages.map((p) => p.text).join(''));
      const wordBody = squash(wordText(partOf(docx, 'word/document.xml')));
      for (const t of [...modelTexts(model), ...sealCaption(SAMPLE_SEAL)]) {
        const s = squash(t).slice(0, 60); // a prefix: a long paragraph may be cut by a page footer in the PDF
        expect(pdfText, `${k.title} (PDF): ${s}`).toContain(s);
        expect(wordBody, `${k.title} (Word): ${s}`).toContain(squash(t));
      }
    }
  });
});
