import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle } from 'docx';
import type { DocumentModel } from '@sanxiang/domain';
import type { SealView } from './pdf-renderer.ts';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const run = (text: string, o: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font: FONT, bold: o.bold ?? false, size: (o.size ?? 12) * 2, ...(o.color ? { color: o.color } : {}) });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The same document as Word (paper and electronic versions say the same thing). */
export async function renderDocx(model: DocumentModel, seal?: SealView): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.agencyName, { bold: true, size: 16 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [run(model.title, { bold: true, size: 22 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(model.number)] }),
  ];
  for (const b of model.blocks) {
    if (b.type === 'heading') children.push(new Paragraph({ spacing: { before: 160, after: 80 }, children: [run(b.text, { bold: true, size: 14 })] }));
    else if (b.type === 'paragraph') children.push(new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360, after: 120 }, children: [run(b.text)] }));
    else if (b.type === 'fields') {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: [
                  new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(`${r.label}：`, { bold: true })] })] }),
                  new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(r.value)] })] }),
                ],
              }),
          ),
        }),
      );
    } else for (const l of b.lines) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [run(l)] }));
  }
  if (seal) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 }, children: [run(`【电子签章】${seal.agencyName}`, { bold: true, color: 'C8102E', size: 14 })] }));
    for (const line of [`算法：${seal.algorithm}　密钥标识：${seal.keyId}`, `文书内容 SHA-256：${seal.contentSha256}`, `签名：${seal.signature}`]) {
      children.push(new Paragraph({ children: [run(line, { size: 8, color: '444444' })] }));
    }
  }
  const doc = new Document({
    creator: 'Sanxiang 三项',
    title: model.title,
    description: model.number,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1600, right: 1440 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页　共 ', PageNumber.TOTAL_PAGES, ' 页'], font: FONT })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
