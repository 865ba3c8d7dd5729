import type { DocumentModel } from '@sanxiang/domain';

/**
 * The page of a 执法文书 after GB/T 9704-2012《党政机关公文格式》, shared by the PDF and the Word
 * renderer so both put the same text in the same place: A4, 天头 (top margin) 37 mm, 订口 (left)
 * 28 mm, 版心 (text area) 156 mm × 225 mm; body in 3号 (16 pt), 22 lines of 28 characters a
 * page; title in 2号 (22 pt); page numbers in 4号 (14 pt) 7 mm below the text area. All lengths
 * in points.
 */

const MM = 72 / 25.4;
export const mm = (n: number) => n * MM;

export const A4 = { width: mm(210), height: mm(297) };
export const TEXT_AREA = { width: mm(156), height: mm(225) };
export const MARGINS = {
  top: mm(37),
  left: mm(28),
  right: A4.width - mm(28) - TEXT_AREA.width,
  bottom: A4.height - mm(37) - TEXT_AREA.height,
};

/** 字号: 2号 title, 3号 body and 小标题, 4号 tables and page numbers. */
export const SIZE = { title: 22, body: 16, table: 14, pageNumber: 14 };

export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;

/**
 * Line pitch (行距) of the body: the text area's height over 22 lines, rounded down to whole
 * twips as Word stores it (579 twips = 28.95 pt), so 22 lines fit in both renderers.
 */
export const LINE_PITCH = Math.floor((TEXT_AREA.height / LINES_PER_PAGE) * 20) / 20;

/** Character pitch of the body: 28 characters across the text area (15.8 pt for a 16 pt face). */
export const CHAR_PITCH = TEXT_AREA.width / CHARS_PER_LINE;

/**
 * Spacing added between the body's characters so that 28 fit a line: a little under the
 * difference between the pitch and 3号, rounded to whole twips as Word stores it (-0.25 pt).
 * Both renderers set it on the text itself; Word's character grid (docGrid charSpace) would do
 * the same in Word but LibreOffice reads it as wider cells.
 */
export const BODY_CHAR_SPACING = Math.floor((CHAR_PITCH - SIZE.body) * 20) / 20;

/** Pitch of the title's lines (a title of two lines keeps its lines apart) and of table lines. */
export const TITLE_PITCH = 36;
export const TABLE_PITCH = 21;
/** Padding inside a table cell. */
export const CELL_PAD = 5;

/** Top of the page number: 7 mm below the text area (GB/T 9704 §7.5). */
export const PAGE_NUMBER_TOP = MARGINS.top + TEXT_AREA.height + mm(7);

/** Titles of six characters or fewer are spaced out, as printed forms set them (e.g. 询 问 笔 录). */
export const titleSpacing = (title: string) => ([...title].length <= 6 ? 8 : 0);

/** Width of a line of text for layout decisions made alike in both renderers: CJK and full-width 1 em, others half. */
export function textWidth(line: string, size: number): number {
  return [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? size : size / 2), 0);
}

/**
 * Width of the label column of every table in the document: its longest label on one line
 * (4 to 10 characters of 4号, so 法定代表人（负责人） stays on one line), the same in every table of the document so they line up.
 */
export function labelColumnWidth(model: DocumentModel): number {
  const longest = Math.max(
    4 * SIZE.table,
    ...model.blocks.flatMap((b) => (b.type === 'fields' ? b.rows.map((r) => textWidth(r.label, SIZE.table)) : [])),
  );
  return Math.min(10 * SIZE.table, longest) + 2 * CELL_PAD + 2;
}

/**
 * 落款 (GB/T 9704 §7.3.5.1): the date 右空四字 (four characters from the right edge), the
 * agency's name centred over the date, and the name no nearer than two characters to the right
 * edge. Returns the x of the common centre, measured from the left edge of the text area.
 */
export function signOffCentre(lines: readonly string[], width: (line: string) => number): number {
  if (lines.length === 0) return TEXT_AREA.width - 4 * CHAR_PITCH;
  const date = lines[lines.length - 1]!;
  const widest = Math.max(0, ...lines.slice(0, -1).map(width));
  const byDate = TEXT_AREA.width - 4 * CHAR_PITCH - width(date) / 2;
  const byName = TEXT_AREA.width - 2 * CHAR_PITCH - widest / 2;
  return Math.max(widest / 2, Math.min(byDate, byName));
}

/**
 * Size of a signature line (签名栏): 3号 where the line fits across the text area, else 4号 or
 * 小四, so that the blanks to sign in and the date stay on one line.
 */
export function signatureSize(line: string): number {
  return [SIZE.body, SIZE.table, 12].find((size) => textWidth(line, size) <= TEXT_AREA.width - 2) ?? 12;
}
