import { DomainError } from '../errors.ts';
import { ENFORCEMENT_KINDS } from '../procedures/types.ts';

/**
 * 事前公开 lists an agency keeps (R-PUB-1): 行政执法事项清单 / 权责清单, 随机抽查事项清单, 服务指南,
 * 救济渠道与投诉举报. Each is a table with fixed columns — the same columns for the API, the
 * spreadsheet (.xlsx) and the portal page — validated row by row, with errors naming the row and
 * the column. (执法主体, 执法人员清单, 流程图, 裁量基准, 法制审核目录, 音像记录事项清单 are published
 * from the product's own records, not kept as lists.)
 */
export type ListCode = 'matters' | 'inspections' | 'guides' | 'remedies';

export interface ListColumn {
  key: string;
  /** column header (Chinese), the same in the spreadsheet */
  label: string;
  required: boolean;
  max: number;
  /** allowed values */
  choices?: readonly string[];
}

export interface ListDef {
  code: ListCode;
  name: string;
  basis: string;
  columns: readonly ListColumn[];
  /** the column that identifies a row (unique within the list) */
  key: string;
}

const col = (key: string, label: string, max = 500, required = true, choices?: readonly string[]): ListColumn => ({
  key,
  label,
  required,
  max,
  ...(choices ? { choices } : {}),
});

export const LIST_DEFS: Readonly<Record<ListCode, ListDef>> = {
  matters: {
    code: 'matters',
    name: '行政执法事项清单（权责清单）',
    basis: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
    key: 'code',
    columns: [
      col('code', '事项编码', 40),
      col('name', '事项名称', 200),
      col('kind', '事项类别', 20, true, ENFORCEMENT_KINDS),
      col('basis', '执法依据', 2000),
      col('unit', '承办机构', 100),
      col('timeLimit', '办理时限', 100),
      col('fee', '收费', 200, false),
    ],
  },
  inspections: {
    code: 'inspections',
    name: '随机抽查事项清单',
    basis: '《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）',
    key: 'code',
    columns: [
      col('code', '抽查事项编码', 40),
      col('name', '抽查事项', 200),
      col('subject', '抽查主体', 100),
      col('basis', '抽查依据', 2000),
      col('target', '抽查对象', 200),
      col('content', '抽查内容', 1000),
      col('ratio', '抽查比例', 50),
      col('method', '抽查方式', 100),
      col('frequency', '抽查频次', 50),
    ],
  },
  guides: {
    code: 'guides',
    name: '服务指南',
    basis: '国办发〔2018〕118号“制定行政执法服务指南”',
    key: 'matter',
    columns: [
      col('matter', '事项名称', 200),
      col('basis', '设定依据', 2000),
      col('organ', '受理机构', 100),
      col('approver', '审批机构', 100),
      col('conditions', '办理条件', 2000),
      col('materials', '申请材料', 2000),
      col('process', '办理流程', 2000),
      col('timeLimit', '办理时限', 100),
      col('hours', '办公时间', 100),
      col('address', '办公地址', 200),
      col('phone', '咨询电话', 50),
      col('supervision', '监督方式', 500),
      col('remedy', '救济渠道', 500),
    ],
  },
  remedies: {
    code: 'remedies',
    name: '救济渠道与投诉举报',
    basis: '国办发〔2018〕118号“公开……救济渠道等信息”',
    key: 'name',
    columns: [
      col('type', '类别', 20, true, ['行政复议', '行政诉讼', '投诉举报', '监督电话', '其他']),
      col('name', '名称', 200),
      col('how', '受理方式与地址', 500),
      col('phone', '电话', 50, false),
      col('url', '网址', 300, false),
      col('limit', '期限', 200, false),
    ],
  },
};

export const LIST_CODES = Object.keys(LIST_DEFS) as ListCode[];

export function listDef(code: string): ListDef {
  const d = LIST_DEFS[code as ListCode];
  if (!d) throw new DomainError('NOT_FOUND', `没有「${code}」清单；可用：${LIST_CODES.join('、')}`);
  return d;
}

export type ListRow = Record<string, string>;

export interface RowProblem {
  /** 1-based data row (the spreadsheet's row number is this + 1, after the header) */
  row: number;
  column: string | null;
  message: string;
}

/** Validates rows (trimmed); every problem names its row and column. Returns the clean rows. */
export function validateListRows(
  def: Pick<ListDef, 'columns' | 'key'>,
  raw: readonly unknown[],
  rowOffset = 0,
): { rows: ListRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows: ListRow[] = [];
  const seen = new Map<string, number>();
  if (raw.length > 2000) problems.push({ row: 0, column: null, message: '一份清单最多 2000 行' });
  raw.forEach((r, i) => {
    const n = i + 1 + rowOffset;
    if (!r || typeof r !== 'object') {
      problems.push({ row: n, column: null, message: `第 ${n} 行：格式不正确` });
      return;
    }
    const src = r as Record<string, unknown>;
    const row: ListRow = {};
    for (const c of def.columns) {
      const v = src[c.key];
      const text = v === undefined || v === null ? '' : String(v).trim();
      if (!text && c.required) problems.push({ row: n, column: c.label, message: `第 ${n} 行「${c.label}」不能为空` });
      else if (text.length > c.max) problems.push({ row: n, column: c.label, message: `第 ${n} 行「${c.label}」超过 ${c.max} 字` });
      else if (text && c.choices && !c.choices.includes(text))
        problems.push({ row: n, column: c.label, message: `第 ${n} 行「${c.label}」应为：${c.choices.join('、')}` });
      row[c.key] = text;
    }
    for (const k of Object.keys(src))
      if (!def.columns.some((c) => c.key === k)) problems.push({ row: n, column: k, message: `第 ${n} 行有未知的列「${k}」` });
    const id = row[def.key];
    if (id) {
      const first = seen.get(id);
      if (first !== undefined)
        problems.push({
          row: n,
          column: def.columns.find((c) => c.key === def.key)!.label,
          message: `第 ${n} 行与第 ${first} 行重复（${id}）`,
        });
      else seen.set(id, n);
    }
    rows.push(row);
  });
  if (!raw.length) problems.push({ row: 0, column: null, message: '清单不能为空' });
  return { rows, problems };
}

/** Which rows were added, removed or changed between two versions (for the history). */
export function diffRows(
  def: ListDef,
  before: readonly ListRow[],
  after: readonly ListRow[],
): { added: string[]; removed: string[]; changed: string[] } {
  const b = new Map(before.map((r) => [r[def.key]!, r]));
  const a = new Map(after.map((r) => [r[def.key]!, r]));
  const same = (x: ListRow, y: ListRow) => def.columns.every((c) => (x[c.key] ?? '') === (y[c.key] ?? ''));
  return {
    added: [...a.keys()].filter((k) => !b.has(k)),
    removed: [...b.keys()].filter((k) => !a.has(k)),
    changed: [...a.keys()].filter((k) => b.has(k) && !same(a.get(k)!, b.get(k)!)),
  };
}
