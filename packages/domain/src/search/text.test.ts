import { describe, expect, it } from 'vitest';
import { bigramsOf, normalizeForSearch, parseQuery } from './text.ts';

describe('R-PUB-8 search text', () => {
  it('normalises width and case so that ＡＢＣ１２３ finds abc123', () => {
    expect(normalizeForSearch('  ＡＢＣ１２３ 馆市监罚〔2026〕\n42号 ')).toBe('abc123 馆市监罚〔2026〕 42号');
  });
  it('indexes every adjacent pair, so every substring of two or more characters has all its pairs indexed', () => {
    const text = normalizeForSearch('销售超过保质期的食品');
    const grams = new Set(bigramsOf(text));
    for (let i = 0; i < text.length; i++)
      for (let j = i + 2; j <= text.length; j++) for (const g of bigramsOf(text.slice(i, j))) expect(grams.has(g)).toBe(true);
  });
  it('splits a query into terms (AND), their bigrams, and one-character terms apart', () => {
    expect(parseQuery('过期食品  罚')).toEqual({ terms: ['过期食品'], bigrams: ['过期', '期食', '食品'], short: ['罚'] });
    expect(parseQuery('').terms).toEqual([]);
  });
});
