import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, buildDocument } from '@sanxiang/domain';
import { pageFooter, sealCaption } from './document-seal.ts';
import { renderDocx } from './docx-renderer.ts';
import { A4, BODY_CHAR_SPACING, PAGE_NUMBER_TOP } from './gbt9704.ts';
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
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('lays the page out after GB/T 9704 as the PDF does: margins 37/26/35/28 mm, a grid of 22 lines of 28 characters', async () => {
    const xml = partOf(await renderDocx(buildDocument('penalty-decision', sampleContext())), 'word/document.xml');
    const twips = (mm: number) => String(Math.round((mm / 25.4) * 72 * 20));
    const margin = xml.match(/<w:pgMar ([^>]*)\/>/)![1]!;
    expect(margin).toContain(`w:top="${twips(37)}"`);
    expect(margin).toContain(`w:right="${twips(26)}"`);
    expect(margin).toContain(`w:bottom="${twips(35)}"`);
    expect(margin).toContain(`w:left="${twips(28)}"`);
    // the footer's line ends 20 pt under the page number's top, which is 7 mm under the text area
    expect(margin).toContain(`w:footer="${Math.round((A4.height - PAGE_NUMBER_TOP - 20) * 20)}"`);
    // 225 mm / 22 lines = 28.99 pt, stored as 579 twips
    const grid = xml.match(/<w:docGrid ([^>]*)\/>/)![1]!;
    expect(grid).toContain('w:linePitch="579"');
    // every line of the body is set at exactly that pitch, not left to a grid that LibreOffice reads otherwise
    expect(grid).not.toContain('w:type');
    // 156 mm / 28 characters = 15.79 pt a character: 3号 less 0.25 pt (5 twips) on the body's runs, as in the PDF
    expect(BODY_CHAR_SPACING).toBe(-0.25);
    expect(28 * (16 + BODY_CHAR_SPACING)).toBeLessThanOrEqual((156 / 25.4) * 72);
    expect(29 * (16 + BODY_CHAR_SPACING)).toBeGreaterThan((156 / 25.4) * 72);
    const body = xml.split('</w:p>').find((p) => p.includes('上述事实，有以下证据证明：'))!;
    expect(body).toContain('<w:spacing w:val="-5"/>');
  });

  it('sets the 公文 faces and sizes: 方正小标宋简体 2号 title, 仿宋_GB2312 3号 body indented two characters, 黑体 小标题 and labels', async () => {
    const docx = await renderDocx(buildDocument('penalty-decision', { ...sampleContext(), documentNumber: '馆市监处罚〔2026〕1号' }));
    const xml = partOf(docx, 'word/document.xml');
    /** The properties of the paragraph and of the run that holds `text`. */
    const around = (text: string) => {
      const p = xml.split('</w:p>').find((para) => para.includes(`>${text}<`));
      expect(p, text).toBeDefined();
      return p!;
    };
    const face = (name: string) => `w:eastAsia="${name}"`;
    const title = around('行政处罚决定书');
    expect(title).toContain(face('方正小标宋简体'));
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(around('馆陶县市场监督管理局')).toContain(face('方正小标宋简体'));
    const number = around('馆市监处罚〔2026〕1号');
    expect(number).toContain(face('仿宋_GB2312'));
    expect(number).toContain('<w:jc w:val="center"/>');
    const body = around('上述事实，有以下证据证明：');
    expect(body).toContain(face('仿宋_GB2312'));
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:line="579" w:lineRule="exact"');
    expect(body).toContain('w:firstLineChars="200"');
    const heading = around('违法事实和证据');
    expect(heading).toContain(face('黑体'));
    expect(heading).toContain('<w:sz w:val="32"/>');
    const label = around('统一社会信用代码');
    expect(label).toContain(face('黑体'));
    expect(label).toContain('<w:sz w:val="28"/>');
    // the 落款 lines are centred on one point (indents set where)
    expect(around('2026年9月1日')).toContain('<w:jc w:val="center"/>');
    // no face Word has to guess: every run names one of the 公文 faces
    const faces = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect([...faces].sort()).toEqual(['仿宋_GB2312', '方正小标宋简体', '黑体']);
    // where a computer lacks one, the font table names the face Windows ships in its place
    const table = partOf(docx, 'word/fontTable.xml');
    expect(table).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(table).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(table).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });

  it('numbers pages 「第 X 页 共 Y 页」 with Word fields in the footer, in 4号 宋体 as GB/T 9704 sets page numbers', async () => {
    const docx = await renderDocx(buildDocument('inquiry-record', sampleContext()));
    const footer = partOf(docx, 'word/footer1.xml');
    expect([...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(squash(wordText(footer))).toBe('第页共页');
    // the text between the fields, as the PDF prints it
    expect([...footer.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('{}')).toBe(pageFooter(7, 9).replace(/\d+/g, '{}'));
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>');
    expect(footer).toContain('<w:jc w:val="center"/>');
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
      const { pages } = await pdfPages(pdf);
      // the PDF's text without its page numbers, which fall wherever a page ends
      const pdfText = squash(pages.map((p, i) => p.text.replace(pageFooter(i + 1, pages.length), '')).join(''));
      const wordBody = squash(wordText(partOf(docx, 'word/document.xml')));
      for (const t of [...modelTexts(model), ...sealCaption(SAMPLE_SEAL)]) {
        expect(pdfText, `${k.title} (PDF): ${t.slice(0, 30)}`).toContain(squash(t));
        expect(wordBody, `${k.title} (Word): ${t.slice(0, 30)}`).toContain(squash(t));
      }
    }
  });
});
