import type ExcelJS from 'exceljs';
import { DomainError, type ListDef, type ListRow } from '@sanxiang/domain';
import { excel, sheetsToXlsx } from '../../http/xlsx.ts';

/**
 * 事前公开 lists as spreadsheets (R-PUB-1, R-X-6): the first row holds the column headers (Chinese,
 * as on the page); each further row is one entry. Import reads the first sheet by those headers and
 * answers every bad row with its spreadsheet row number.
 */
export { XLSX_TYPE } from '../../http/xlsx.ts';

export async function listToXlsx(
  title: string,
  columns: readonly { key: string; label: string }[],
  rows: readonly Record<string, string>[],
): Promise<Buffer> {
  return sheetsToXlsx([{ title, columns, rows }]);
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return String(v.result ?? '');
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v);
};

/** Rows keyed by column key from a spreadsheet; a header row that does not match is an error naming the columns. */
export async function rowsFromXlsx(def: Pick<ListDef, 'columns'>, bytes: Buffer): Promise<ListRow[]> {
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('LIST_INVALID', '文件不是有效的 .xlsx 电子表格', {
      problems: [{ row: 0, column: null, message: '文件不是有效的 .xlsx 电子表格' }],
    });
  }
  const ws = wb.worksheets[0];
  if (!ws)
    throw new DomainError('LIST_INVALID', '电子表格中没有工作表', {
      problems: [{ row: 0, column: null, message: '电子表格中没有工作表' }],
    });
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
  const index = new Map(header.map((h, i) => [h, i + 1]));
  const missing = def.columns.filter((c) => c.required && !index.has(c.label)).map((c) => c.label);
  const unknown = header.filter((h) => h && !def.columns.some((c) => c.label === h));
  if (missing.length || unknown.length) {
    const message = [missing.length ? `缺少列：${missing.join('、')}` : '', unknown.length ? `不认识的列：${unknown.join('、')}` : '']
      .filter(Boolean)
      .join('；');
    throw new DomainError('LIST_INVALID', `第 1 行（表头）${message}`, {
      problems: [{ row: 1, column: null, message: `第 1 行（表头）${message}` }],
    });
  }
  const rows: ListRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = def.columns.map((c) => (index.has(c.label) ? cellText(row.getCell(index.get(c.label)!).value).trim() : ''));
    rows.push(Object.fromEntries(def.columns.map((c, i) => [c.key, values[i]!])));
  }
  // trailing empty rows are not entries; blank rows inside stay, so row numbers match the sheet
  while (rows.length && Object.values(rows[rows.length - 1]!).every((v) => v === '')) rows.pop();
  return rows;
}
