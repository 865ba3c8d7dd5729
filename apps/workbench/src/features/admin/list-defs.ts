/**
 * The columns of the 事前公开 lists (R-PUB-1), as the rules define them (packages/domain
 * lists/lists.ts): the same definitions the server checks every row with.
 */
export { LIST_DEFS, LIST_CODES, type ListColumn, type ListDef } from '@sanxiang/domain/browser';

/** A problem the server names for a row (422 LIST_INVALID details.problems). */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export function rowProblems(details: Record<string, unknown> | undefined): RowProblem[] {
  const list = details?.['problems'];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is RowProblem =>
      !!p && typeof p === 'object' && typeof (p as RowProblem).row === 'number' && typeof (p as RowProblem).message === 'string',
  );
}
