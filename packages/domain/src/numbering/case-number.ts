import { DomainError } from '../errors.ts';

/**
 * 案件编号 (R-REC-5): one rule per agency, e.g. `{short}{word}〔{year}〕{seq}号` gives
 * 馆市监罚〔2026〕42号. The sequence is gap-free per agency, kind word and year; the
 * database hands out `seq` in the same transaction that opens the case.
 */
export const DEFAULT_NUMBER_TEMPLATE = '{short}{word}〔{year}〕{seq}号';

const PLACEHOLDER = /\{(short|word|year|seq)\}/g;

export interface CaseNumberParts {
  short: string;
  word: string;
  year: number;
  seq: number;
}

export function validateNumberTemplate(template: string): string[] {
  const problems: string[] = [];
  const used = new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]));
  for (const key of ['word', 'year', 'seq']) {
    if (!used.has(key)) problems.push(`编号规则须包含 {${key}}`);
  }
  const stray = template.replace(PLACEHOLDER, '').match(/[{}]/);
  if (stray) problems.push('编号规则含有无法识别的占位符');
  if (template.length > 60) problems.push('编号规则过长');
  return problems;
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  const problems = validateNumberTemplate(template);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  if (!Number.isInteger(parts.seq) || parts.seq < 1) {
    throw new DomainError('VALIDATION_FAILED', '案件序号应为正整数', { seq: parts.seq });
  }
  return template.replace(PLACEHOLDER, (_m, key: keyof CaseNumberParts) => String(parts[key]));
}
