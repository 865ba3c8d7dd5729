import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlign,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx';
import type { DocumentBlock, DocumentModel } from '@sanxiang/domain';
import { DOCX_FONT } from './cjk-fonts.ts';
import { sealCaption, signedNote, type DocumentSeal } from './document-seal.ts';
import { SEAL_DIAMETER } from './pdf-seal.ts';

/**
 * The same 执法文书 as Word (R-REC-2: paper and electronic versions say the same thing): the
 * same header, blocks, 落款, seal and caption as the PDF, A4 with the same margins, and the
 * footer 「第 X 页 共 Y 页」 as Word fields. The seal is the agency's configured seal image, or
 * the same note as in the PDF when it has none.
 */

const PT = 20; // twips per point
const EMU = 12700; // EMUs per point
const PX = 96 / 72; // shape pixels per point
const MARGINS = { top: 72, bottom: 80, left: 80, right: 72 };
const A4 = { width: 595.28, height: 841.89 };
const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const BODY = 12;

type RunOptions = { bold?: boolean; size?: number; color?: string; spacing?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({
    text,
    font: DOCX_FONT,
    bold: o.bold ?? false,
    size: (o.size ?? BODY) * 2,
    ...(o.color ? { color: o.color } : {}),
    ...(o.spacing ? { characterSpacing: o.spacing * PT } : {}),
  });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function header(model: DocumentModel): Paragraph[] {
  const spacing = [...model.title].length <= 6 ? 8 : 2;
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.agencyName, { bold: true, size: 16 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [run(model.title, { bold: true, size: 22, spacing })],
    }),
    ...(model.number ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 80 }, children: [run(model.number)] })] : []),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function fieldTable(rows: readonly { label: string; value: string }[]): Table {
  const labelWidth = 132 * PT;
  const valueWidth = Math.round(CONTENT_WIDTH * PT) - labelWidth;
  const margins = { top: 5 * PT, bottom: 5 * PT, left: 5 * PT, right: 5 * PT };
  return new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: BORDERS,
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              margins,
              verticalAlign: VerticalAlign.CENTER,
              children: [new Paragraph({ children: [run(r.label, { bold: true, size: 11 })] })],
            }),
            new TableCell({
              width: { size: valueWidth, type: WidthType.DXA },
              margins,
              verticalAlign: VerticalAlign.CENTER,
              children: [new Paragraph({ children: [run(r.value, { size: 11 })] })],
            }),
          ],
        }),
    ),
  });
}

/**
 * The agency's seal image (42 mm) floating in front of the 落款 text it is anchored to (or at the
 * right margin when `textWidth` is 0), as a stamp is; none without a configured image (pdf-seal.ts).
 */
function sealImage(seal: DocumentSeal, textWidth: number, textHeight: number): ImageRun | null {
  if (!seal.image) return null;
  const d = SEAL_DIAMETER * PX;
  const centreX = textWidth > 0 ? CONTENT_WIDTH - textWidth / 2 : CONTENT_WIDTH - SEAL_DIAMETER / 2 - BODY;
  const centreY = textHeight / 2;
  return new ImageRun({
    type: 'png',
    data: seal.image,
    transformation: { width: d, height: d },
    altText: { name: '电子印章', description: `${seal.agencyName}电子印章`, title: '电子印章' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: Math.round((centreX - SEAL_DIAMETER / 2) * EMU) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round((centreY - SEAL_DIAMETER / 2) * EMU) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      behindDocument: false,
    },
  });
}

/** Without a seal image: the note under the 落款 that the document is electronically signed. */
function signedNoteParagraphs(seal: DocumentSeal): Paragraph[] {
  return signedNote(seal).map(
    (l) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: [run(l, { size: 8.5, color: '333333' })] }),
  );
}

/** Widths of 落款 lines, as the PDF measures them: CJK and full-width characters 1 em, others half. */
function textWidth(line: string, size: number): number {
  return [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? size : size / 2), 0);
}

function blockElements(b: DocumentBlock, seal: DocumentSeal | undefined, state: { sealed: boolean }): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [run(b.text, { bold: true, size: 13 })] })];
    case 'paragraph':
      return [
        new Paragraph({
          indent: b.indent === false ? undefined : { firstLine: BODY * 2 * PT },
          spacing: { line: 360, after: 100 },
          children: [run(b.text)],
        }),
      ];
    case 'fields':
      return [fieldTable(b.rows), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'signatures':
      return b.lines.map(
        (l, i) =>
          new Paragraph({
            keepNext: i < b.lines.length - 1,
            keepLines: true,
            spacing: { before: i === 0 ? 240 : 0, after: 200 },
            children: [run(l)],
          }),
      );
    case 'seal': {
      const drawSeal = seal && !state.sealed;
      if (drawSeal) state.sealed = true;
      const width = Math.max(0, ...b.lines.map((l) => textWidth(l, BODY)));
      const image = drawSeal ? sealImage(seal, width, b.lines.length * BODY * 1.5) : null;
      // room above and below for the stamp, as in the PDF
      const paragraphs = b.lines.map(
        (l, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            keepNext: i < b.lines.length - 1,
            spacing: { before: i === 0 ? BODY * 2 * PT : 0, after: i === b.lines.length - 1 ? 50 * PT : 0, line: 360 },
            children: [...(i === 0 && image ? [image] : []), run(l)],
          }),
      );
      return drawSeal && !image ? [...paragraphs, ...signedNoteParagraphs(seal)] : paragraphs;
    }
  }
}

/** Renders the document (and its 电子签章, when given) as a Word file with the same content as the PDF. */
export async function renderDocx(model: DocumentModel, seal?: DocumentSeal): Promise<Buffer> {
  const state = { sealed: false };
  const children: (Paragraph | Table)[] = [...header(model)];
  for (const b of model.blocks) children.push(...blockElements(b, seal, state));
  if (seal) {
    if (!state.sealed) {
      // a document without 落款: the seal at the end, on the right
      const image = sealImage(seal, 0, 0);
      if (image) children.push(new Paragraph({ spacing: { before: 240, after: Math.round(SEAL_DIAMETER + 12) * PT }, children: [image] }));
      else children.push(new Paragraph({ spacing: { before: 240 }, children: [] }), ...signedNoteParagraphs(seal));
    }
    for (const line of sealCaption(seal))
      children.push(new Paragraph({ spacing: { after: 0 }, children: [run(line, { size: 8, color: '444444' })] }));
  }
  const doc = new Document({
    creator: 'Sanxiang 三项',
    title: model.title,
    subject: model.number,
    description: `${model.agencyName} ${model.title}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: BODY * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(A4.width * PT), height: Math.round(A4.height * PT) },
            margin: {
              top: MARGINS.top * PT,
              bottom: MARGINS.bottom * PT,
              left: MARGINS.left * PT,
              right: MARGINS.right * PT,
              footer: 32 * PT,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                    font: DOCX_FONT,
                    size: 20,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
