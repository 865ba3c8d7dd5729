import { isValidCreditCode } from '../people/party.ts';
import { validateListRows, type ListColumn, type ListRow, type RowProblem } from '../lists/lists.ts';

/**
 * 双随机 名录库 (R-X-2) kept per agency: 检查对象名录库, 执法检查人员名录库 and the 回避 pairs that
 * link an inspector to a target. Like the 事前公开 lists they have fixed Chinese columns, the same in
 * the API and the spreadsheet, and are replaced whole: one wrong row and nothing is saved.
 */
export type RosterCode = 'targets' | 'inspectors' | 'conflicts';

export interface RosterDef {
  code: RosterCode;
  name: string;
  columns: readonly ListColumn[];
  /** the column that identifies a row; '' when a pair of columns does (回避) */
  key: string;
}

const col = (key: string, label: string, max: number, required = true, choices?: readonly string[]): ListColumn => ({
  key,
  label,
  required,
  max,
  ...(choices ? { choices } : {}),
});

export const CONFLICT_REASONS = ['近亲属', '曾在该对象任职', '与该对象有经济往来', '本人申报的利益冲突', '其他'] as const;

export const ROSTER_DEFS: Readonly<Record<RosterCode, RosterDef>> = {
  targets: {
    code: 'targets',
    name: '检查对象名录库',
    key: 'code',
    columns: [
      col('code', '统一社会信用代码', 18),
      col('name', '名称', 200),
      col('category', '对象类别', 50),
      col('address', '地址', 200, false),
    ],
  },
  inspectors: {
    code: 'inspectors',
    name: '执法检查人员名录库',
    key: 'certificate',
    columns: [col('certificate', '执法证号', 40), col('name', '姓名', 50), col('note', '备注', 200, false)],
  },
  conflicts: {
    code: 'conflicts',
    name: '回避关系',
    key: '',
    columns: [
      col('certificate', '执法证号', 40),
      col('target', '检查对象统一社会信用代码', 18),
      col('reason', '回避事由', 20, true, CONFLICT_REASONS),
      col('note', '说明', 200, false),
    ],
  },
};

export const ROSTER_CODES = Object.keys(ROSTER_DEFS) as RosterCode[];

export function isRosterCode(code: string): code is RosterCode {
  return (ROSTER_CODES as string[]).includes(code);
}

/**
 * Row checks that need no database: required columns, lengths, choices, duplicates, and the
 * 统一社会信用代码's check character. `rowOffset` turns data row numbers into the sheet's (header = 1).
 * The server adds the checks against its records (certificates held, targets known).
 */
export function validateRosterRows(code: RosterCode, raw: readonly unknown[], rowOffset = 0): { rows: ListRow[]; problems: RowProblem[] } {
  const def = ROSTER_DEFS[code];
  const { rows, problems } = validateListRows(def, raw, rowOffset);
  // an agency may have no 回避 pair at all; the two 名录库 may not be empty
  const out = problems
    .filter((p) => !(code === 'conflicts' && p.message === '清单不能为空'))
    .map((p) => (p.message === '清单不能为空' ? { ...p, message: `${def.name}不能为空` } : p));
  rows.forEach((r, i) => {
    const n = i + 1 + rowOffset;
    if (code !== 'inspectors') {
      const key = code === 'targets' ? 'code' : 'target';
      const label = def.columns.find((c) => c.key === key)!.label;
      const v = (r[key] ?? '').toUpperCase();
      r[key] = v;
      if (v && !isValidCreditCode(v)) out.push({ row: n, column: label, message: `第 ${n} 行「${label}」${v} 校验不通过` });
    }
  });
  if (code === 'conflicts') {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const n = i + 1 + rowOffset;
      const k = `${r.certificate}\u0000${r.target}`;
      const first = seen.get(k);
      if (first !== undefined) out.push({ row: n, column: '执法证号', message: `第 ${n} 行与第 ${first} 行是同一对回避关系` });
      else seen.set(k, n);
    });
  }
  out.sort((a, b) => a.row - b.row);
  return { rows, problems: out };
}
