import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_TEMPLATE, formatCaseNumber, validateNumberTemplate } from './case-number.ts';

describe('R-REC-5 case number format', () => {
  it('formats 馆市监罚〔2026〕42号', () => {
    expect(formatCaseNumber(DEFAULT_NUMBER_TEMPLATE, { short: '馆市监', word: '罚', year: 2026, seq: 42 })).toBe('馆市监罚〔2026〕42号');
    expect(formatCaseNumber('{short}{word}字〔{year}〕第{seq}号', { short: '吴江市监', word: '检', year: 2025, seq: 7 })).toBe(
      '吴江市监检字〔2025〕第7号',
    );
  });

  it('refuses templates that would not be unique per kind, year and sequence', () => {
    expect(validateNumberTemplate('{short}〔{year}〕{seq}号')).toContain('编号规则须包含 {word}');
    expect(validateNumberTemplate('{short}{word}〔{yr}〕{seq}号').length).toBeGreaterThan(0);
    expect(() => formatCaseNumber(DEFAULT_NUMBER_TEMPLATE, { short: 'x', word: '罚', year: 2026, seq: 0 })).toThrow('正整数');
  });
});
