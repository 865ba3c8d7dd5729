import type ExcelJS from 'exceljs';

/**
 * Spreadsheets the product writes (R-X-6): lists and rosters (modules/lists, modules/draw) and the
 * analysis figures and annual report (modules/statistics). Each sheet's first row holds the column
 * headers in Chinese, as on the page; each further row is one entry.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * ExcelJS is loaded on first use: importing it costs the server ~27 MB of memory for a feature
 * that a list administrator uses now and then (measured with `process.memoryUsage().rss`).
 */
export const excel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export interface Sheet {
  title: string;
  columns: readonly { key: string; label: string }[];
  /** cell values: text, or numbers written as numbers (so that a spreadsheet can sum them) */
  rows: readonly Record<string, string | number>[];
}

/** A workbook of the sheets, in order (sheet names cut to Excel's 31 characters). */
export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '三项 · 行政执法公示平台';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    ws.columns = s.columns.map((c) => ({ header: c.label, key: c.key, width: Math.min(60, Math.max(12, c.label.length * 2 + 4)) }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(Object.fromEntries(s.columns.map((c) => [c.key, r[c.key] ?? ''])));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
