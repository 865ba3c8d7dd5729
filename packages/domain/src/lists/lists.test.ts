import { describe, expect, it } from 'vitest';
import { LIST_DEFS, diffRows, validateListRows } from './lists.ts';

const matter = {
  code: 'SJ-CF-001',
  name: '对销售过期食品的行政处罚',
  kind: '行政处罚',
  basis: '《中华人民共和国食品安全法》第一百二十四条',
  unit: '综合执法大队',
  timeLimit: '立案之日起九十日',
  fee: '不收费',
};

describe('R-PUB-1 事前公开 lists', () => {
  it('R-PUB-1: a valid 事项清单 passes; every problem names its row and column', () => {
    expect(validateListRows(LIST_DEFS.matters, [matter]).problems).toEqual([]);
    const r = validateListRows(LIST_DEFS.matters, [matter, { ...matter, name: '', kind: '行政命令' }, { ...matter, extra: 'x' }], 1);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '事项名称'],
      [3, '事项类别'],
      [3, '事项编码'],
      [4, 'extra'],
      [4, '事项编码'],
    ]);
    expect(r.problems[0]!.message).toBe('第 3 行「事项名称」不能为空');
  });
  it('R-PUB-1: versions are compared by row: added, removed, changed', () => {
    const d = diffRows(
      LIST_DEFS.matters,
      [matter, { ...matter, code: 'B' }],
      [
        { ...matter, timeLimit: '六十日' },
        { ...matter, code: 'C' },
      ],
    );
    expect(d).toEqual({ added: ['C'], removed: ['B'], changed: ['SJ-CF-001'] });
  });
});
