import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlign,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx';
import type { DocumentBlock, DocumentModel } from '@sanxiang/domain';
import { DOCX_FONT, DOCX_FONT_TABLE } from './cjk-fonts.ts';
import { sealCaption, signedNote, type DocumentSeal } from './document-seal.ts';
import {
  A4,
  BODY_CHAR_SPACING,
  CELL_PAD,
  CHAR_PITCH,
  LINE_PITCH,
  MARGINS,
  PAGE_NUMBER_TOP,
  SIZE,
  TABLE_PITCH,
  TEXT_AREA,
  TITLE_PITCH,
  labelColumnWidth,
  signOffCentre,
  signatureSize,
  textWidth,
  titleSpacing,
} from './gbt9704.ts';
import { SEAL_DIAMETER } from './pdf-seal.ts';

/**
 * The same 执法文书 as Word (R-REC-2: paper and electronic versions say the same thing): the
 * same header, blocks, 落款, seal and caption as the PDF, on the same GB/T 9704 page (see
 * gbt9704.ts: margins, a document grid of 22 lines of 28 characters, the same sizes and line
 * pitches), in the 公文 faces an agency's Word has (方正小标宋简体, 仿宋_GB2312, 黑体; the PDF
 * sets their open counterparts), and the footer 「第 X 页 共 Y 页」 as Word fields. The seal is the
 * agency's configured seal image, or the same note as in the PDF when it has none.
 */

const PT = 20; // twips per point
const EMU = 12700; // EMUs per point
const PX = 96 / 72; // shape pixels per point
const CONTENT_WIDTH = TEXT_AREA.width;
/** Pitch of the small lines under the seal, as the PDF sets them (8 pt type, 1 pt apart). */
const CAPTION_PITCH = 12.5;
const twips = (pt: number) => Math.round(pt * PT);
/** Exact line spacing of `pitch` points: lines sit where the PDF puts them, whatever face Word finds. */
const exactly = (pitch: number) => ({ line: twips(pitch), lineRule: LineRuleType.EXACT });

type Face = keyof typeof DOCX_FONT;
type RunOptions = { face?: Face; size?: number; color?: string; spacing?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({
    text,
    font: DOCX_FONT[o.face ?? 'body'],
    size: (o.size ?? SIZE.body) * 2,
    ...(o.color ? { color: o.color } : {}),
    ...(o.spacing ? { characterSpacing: o.spacing * PT } : {}),
  });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function header(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactly(TITLE_PITCH),
      children: [run(model.agencyName, { face: 'title', size: SIZE.title })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactly(TITLE_PITCH),
      children: [run(model.title, { face: 'title', size: SIZE.title, spacing: titleSpacing(model.title) })],
    }),
    ...(model.number
      ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactly(LINE_PITCH), children: [run(model.number)] })]
      : []),
    // a blank line between the head and the text
    new Paragraph({ spacing: exactly(LINE_PITCH), children: [] }),
  ];
}

function fieldTable(rows: readonly { label: string; value: string }[], labelColumn: number): Table {
  const labelWidth = twips(labelColumn);
  const valueWidth = twips(CONTENT_WIDTH) - labelWidth;
  const pad = twips(CELL_PAD);
  const margins = { top: pad, bottom: pad, left: pad, right: pad };
  const cell = (text: string, width: number, face: Face) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins,
      verticalAlign: VerticalAlign.TOP,
      children: [new Paragraph({ spacing: exactly(TABLE_PITCH), children: [run(text, { face, size: SIZE.table })] })],
    });
  return new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map(
      (r) => new TableRow({ cantSplit: true, children: [cell(r.label, labelWidth, 'heading'), cell(r.value, valueWidth, 'body')] }),
    ),
  });
}

/**
 * The agency's seal image (42 mm) as one floating picture, its centre at (`centreX`, `centreY`)
 * points from the left margin and from the top of the paragraph it is anchored to, in front of the
 * text as a stamp is; none without a configured image (the note is printed instead, pdf-seal.ts).
 */
function sealImage(seal: DocumentSeal, centreX: number, centreY: number): ImageRun | null {
  if (!seal.image) return null;
  const d = SEAL_DIAMETER * PX;
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

/** A paragraph of one line centred on `cx` points from the left margin (indents narrow it symmetrically about cx). */
function centredOn(cx: number, line: string, o: { after: number; keepNext: boolean }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: twips(Math.max(0, 2 * cx - CONTENT_WIDTH)), right: twips(Math.max(0, CONTENT_WIDTH - 2 * cx)) },
    keepNext: o.keepNext,
    keepLines: true,
    spacing: { after: twips(o.after), ...exactly(LINE_PITCH) },
    children: [run(line)],
  });
}

/** Without a seal image: the note under the 落款 that the document is electronically signed. */
function signedNoteParagraphs(seal: DocumentSeal): Paragraph[] {
  return signedNote(seal).map(
    (l) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: [run(l, { size: 8.5, color: '333333' })] }),
  );
}

const bodyIndent = { firstLine: twips(2 * CHAR_PITCH), firstLineChars: 200 };

function blockElements(
  b: DocumentBlock,
  seal: DocumentSeal | undefined,
  state: { sealed: boolean; labelColumn: number },
): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          indent: bodyIndent,
          spacing: exactly(LINE_PITCH),
          children: [run(b.text, { face: 'heading', spacing: BODY_CHAR_SPACING })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          indent: b.indent === false ? undefined : bodyIndent,
          spacing: exactly(LINE_PITCH),
          children: [run(b.text, { spacing: BODY_CHAR_SPACING })],
        }),
      ];
    case 'fields':
      return [fieldTable(b.rows, state.labelColumn), new Paragraph({ spacing: exactly(LINE_PITCH / 2), children: [] })];
    case 'signatures':
      // each line with a blank line above it, room to sign by hand
      return b.lines.map(
        (l, i) =>
          new Paragraph({
            keepNext: i < b.lines.length - 1,
            keepLines: true,
            spacing: { before: twips(LINE_PITCH), ...exactly(LINE_PITCH) },
            children: [run(l, { size: signatureSize(l) })],
          }),
      );
    case 'seal': {
      // as the PDF lays it out (pdf-renderer.ts sealBlock): the seal's top a little under the text
      // above, the agency's name and the date centred on it a little below its centre
      const drawSeal = seal && !state.sealed;
      if (drawSeal) state.sealed = true;
      const r = SEAL_DIAMETER / 2;
      const sealTop = LINE_PITCH * 0.4;
      const centre = sealTop + r;
      const n = b.lines.length;
      const linesTop = centre + 0.15 * r - ((n - 1) * LINE_PITCH) / 2 - SIZE.body * 0.75;
      const cx = signOffCentre(b.lines, (l) => textWidth(l, SIZE.body));
      const tail = Math.max(0, centre + r + 6 - (linesTop + n * LINE_PITCH));
      const image = drawSeal ? sealImage(seal, cx, centre) : null;
      return [
        // the block's top, where the seal is anchored
        new Paragraph({
          keepNext: true,
          spacing: exactly(linesTop),
          children: image ? [image] : [],
        }),
        ...b.lines.map((l, i) => centredOn(cx, l, { after: i === n - 1 ? tail : 0, keepNext: i < n - 1 })),
        ...(drawSeal && !image ? signedNoteParagraphs(seal) : []),
      ];
    }
  }
}

/** Word's font table: the 公文 faces with the name of the face to use where one is missing. */
function fontTableXml(): string {
  const fonts = DOCX_FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

/** Renders the document (and its 电子签章, when given) as a Word file with the same content as the PDF. */
export async function renderDocx(model: DocumentModel, seal?: DocumentSeal): Promise<Buffer> {
  const state = { sealed: false, labelColumn: labelColumnWidth(model) };
  const children: (Paragraph | Table)[] = [...header(model)];
  for (const b of model.blocks) children.push(...blockElements(b, seal, state));
  if (seal) {
    if (!state.sealed) {
      // a document without 落款: the seal at the end, on the right
      const r = SEAL_DIAMETER / 2;
      const image = sealImage(seal, CONTENT_WIDTH - r - 2 * CHAR_PITCH, LINE_PITCH / 2 + r);
      if (image) children.push(new Paragraph({ spacing: exactly(LINE_PITCH / 2 + SEAL_DIAMETER + 6), children: [image] }));
      else children.push(new Paragraph({ spacing: exactly(LINE_PITCH / 2) }), ...signedNoteParagraphs(seal));
    }
    for (const line of sealCaption(seal))
      children.push(new Paragraph({ spacing: exactly(CAPTION_PITCH), children: [run(line, { size: 8, color: '444444' })] }));
  }
  const footerLine = 20;
  const doc = new Document({
    creator: 'Sanxiang 三项',
    title: model.title,
    subject: model.number,
    description: `${model.agencyName} ${model.title}`,
    styles: { default: { document: { run: { font: DOCX_FONT.body, size: SIZE.body * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(A4.width), height: twips(A4.height) },
            margin: {
              top: twips(MARGINS.top),
              bottom: twips(MARGINS.bottom),
              left: twips(MARGINS.left),
              right: twips(MARGINS.right),
              // the page number's line ends footerLine under its top, 7 mm below the text area
              footer: twips(A4.height - PAGE_NUMBER_TOP - footerLine),
            },
          },
          // 22 lines a page (GB/T 9704) come from each paragraph's exact line spacing, and 28 characters a
          // line from the body's character spacing, not from a document grid: LibreOffice
          // snaps lines and characters to a grid where Word lets exact spacing override it. The grid
          // keeps the pitch for whoever turns it on in Word's page setup.
          grid: { linePitch: twips(LINE_PITCH) },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: exactly(footerLine),
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                    font: DOCX_FONT.pageNumber,
                    size: SIZE.pageNumber * 2,
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
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
