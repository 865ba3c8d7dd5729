import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../rules/citations.ts';
import { normalizeArticle, normalizeLawName } from './law-basis.ts';

describe('法律依据 filter forms (issue 22 point 5)', () => {
  it('writes article numbers as statutes do (the citations module does it)', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [10, '十'],
      [16, '十六'],
      [20, '二十'],
      [28, '二十八'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [124, '一百二十四'],
      [1005, '一千零五'],
      [1010, '一千零一十'],
      [1200, '一千二百'],
    ];
    for (const [n, s] of cases) expect(chineseNumeral(n)).toBe(s);
  });
  it('brings an article written any usual way to 第…条, and refuses what is none', () => {
    expect(normalizeArticle('124')).toBe('第一百二十四条');
    expect(normalizeArticle('第124条')).toBe('第一百二十四条');
    expect(normalizeArticle('第一百二十四条')).toBe('第一百二十四条');
    expect(normalizeArticle('一百二十四')).toBe('第一百二十四条');
    expect(normalizeArticle('０２８')).toBe('第二十八条');
    expect(normalizeArticle('0')).toBeNull();
    expect(normalizeArticle('第一款')).toBeNull();
    expect(normalizeArticle('12a')).toBeNull();
  });
  it('keeps a law by its name without 《》 or 中华人民共和国', () => {
    expect(normalizeLawName('《中华人民共和国食品安全法》')).toBe('食品安全法');
    expect(normalizeLawName(' 食品安全法 ')).toBe('食品安全法');
    expect(normalizeLawName('《》')).toBeNull();
  });
});
