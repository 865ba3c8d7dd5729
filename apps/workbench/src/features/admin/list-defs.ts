import type { ListCode } from './api-types';
import { ENFORCEMENT_KINDS } from './labels';

/**
 * The columns of the 事前公开 lists (R-PUB-1). They mirror LIST_DEFS in packages/domain
 * lists/lists.ts — the API serves rows keyed by column code but not the columns themselves, and the
 * browser entry of the domain package does not export them — so a change there must be made here
 * too (the server checks every row whatever this screen thinks).
 */
export interface ListColumn {
  key: string;
  label: string;
  required: boolean;
  max: number;
  choices?: readonly string[];
}

export interface ListDef {
  code: ListCode;
  name: string;
  /** the column that identifies a row */
  key: string;
  columns: readonly ListColumn[];
}

const col = (key: string, label: string, max = 500, required = true, choices?: readonly string[]): ListColumn => ({ key, label, required, max, ...(choices ? { choices } : {}) });

export const LIST_DEFS: Record<ListCode, ListDef> = {
  matters: {
    code: 'matters',
    name: '行政执法事项清单（权责清单）',
    key: 'code',
    columns: [col('code', '事项编码', 40), col('name', '事项名称', 200), col('kind', '事项类别', 20, true, ENFORCEMENT_KINDS), col('basis', '执法依据', 2000), col('unit', '承办机构', 100), col('timeLimit', '办理时限', 100), col('fee', '收费', 200, false)],
  },
  inspections: {
    code: 'inspections',
    name: '随机抽查事项清单',
    key: 'code',
    columns: [col('code', '抽查事项编码', 40), col('name', '抽查事项', 200), col('subject', '抽查主体', 100), col('basis', '抽查依据', 2000), col('target', '抽查对象', 200), col('content', '抽查内容', 1000), col('ratio', '抽查比例', 50), col('method', '抽查方式', 100), col('frequency', '抽查频次', 50)],
  },
  guides: {
    code: 'guides',
    name: '服务指南',
    key: 'matter',
    columns: [
      col('matter', '事项名称', 200), col('basis', '设定依据', 2000), col('organ', '受理机构', 100), col('approver', '审批机构', 100), col('conditions', '办理条件', 2000),
      col('materials', '申请材料', 2000), col('process', '办理流程', 2000), col('timeLimit', '办理时限', 100), col('hours', '办公时间', 100), col('address', '办公地址', 200),
      col('phone', '咨询电话', 50), col('supervision', '监督方式', 500), col('remedy', '救济渠道', 500),
    ],
  },
  remedies: {
    code: 'remedies',
    name: '救济渠道与投诉举报',
    key: 'name',
    columns: [col('type', '类别', 20, true, ['行政复议', '行政诉讼', '投诉举报', '监督电话', '其他']), col('name', '名称', 200), col('how', '受理方式与地址', 500), col('phone', '电话', 50, false), col('url', '网址', 300, false), col('limit', '期限', 200, false)],
  },
};

export const LIST_CODES = Object.keys(LIST_DEFS) as ListCode[];

/** A problem the server names for a row (422 LIST_INVALID details.problems). */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export function rowProblems(details: Record<string, unknown> | undefined): RowProblem[] {
  const list = details?.['problems'];
  if (!Array.isArray(list)) return [];
  return list.filter((p): p is RowProblem => !!p && typeof p === 'object' && typeof (p as RowProblem).row === 'number' && typeof (p as RowProblem).message === 'string');
}
