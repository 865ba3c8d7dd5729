import { describe, expect, it } from 'vitest';
import { countInChinese, yuanInWords, yuanText } from './amount-in-words.ts';

describe('amounts on 执法文书: figures and 大写', () => {
  it('writes amounts in uppercase words with zeros where places are skipped', () => {
    const cases: [number, string][] = [
      [0, '零元整'],
      [5, '伍元整'],
      [10, '壹拾元整'],
      [48, '肆拾捌元整'],
      [200, '贰佰元整'],
      [1010, '壹仟零壹拾元整'],
      [3000, '叁仟元整'],
      [10005, '壹万零伍元整'],
      [50000, '伍万元整'],
      [50048, '伍万零肆拾捌元整'],
      [200000, '贰拾万元整'],
      [1000000, '壹佰万元整'],
      [100010000, '壹亿零壹万元整'],
      [100000005, '壹亿零伍元整'],
      [1234.5, '壹仟贰佰叁拾肆元伍角'],
      [1.05, '壹元零伍分'],
      [0.05, '伍分'],
      [0.3, '叁角'],
      [19.99, '壹拾玖元玖角玖分'],
    ];
    for (const [n, w] of cases) expect(yuanInWords(n), String(n)).toBe(w);
    expect(yuanInWords(-1)).toBeNull();
    expect(yuanInWords(Number.NaN)).toBeNull();
  });

  it('gives figures and words together, and small counts in words', () => {
    expect(yuanText(5000)).toBe('人民币5000元（大写：伍仟元整）');
    expect(yuanText(12.5)).toBe('人民币12.50元（大写：壹拾贰元伍角）');
    expect([3, 5, 7, 10, 15, 20, 60].map(countInChinese)).toEqual(['三', '五', '七', '十', '十五', '二十', '六十']);
  });
});
