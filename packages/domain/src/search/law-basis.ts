/**
 * 法律依据 as a search filter (issue 22 point 5): a law by its name and, optionally, one of its
 * articles, matched against the laws and articles a decision's 处罚依据 cites. The database keeps
 * each cited law as its name without 《》 and without the 中华人民共和国 prefix, and each article as
 * that name followed by 第…条 in Chinese numerals, as legal texts write them (migration 0052,
 * search_law_refs); a query is brought to the same form here.
 */
import { chineseNumeral } from '../rules/citations.ts';

/** A law's name as the index keeps it: without 《》, spaces or the 中华人民共和国 prefix; null when nothing is left. */
export function normalizeLawName(s: string): string | null {
  const name = s
    .normalize('NFKC')
    .replace(/[《》〈〉<>\s]/g, '')
    .replace(/^中华人民共和国/, '');
  return name ? name : null;
}

/**
 * An article as the index keeps it (第…条), from 124, 第124条, 一百二十四, 第一百二十四条; null when it
 * is not an article number.
 */
export function normalizeArticle(s: string): string | null {
  const t = s.normalize('NFKC').replace(/\s/g, '');
  const digits = /^第?(\d{1,4})条?$/.exec(t);
  if (digits) {
    const n = Number(digits[1]);
    return n >= 1 && n <= 9999 ? `第${chineseNumeral(n)}条` : null;
  }
  const chinese = /^第?([零〇一二三四五六七八九十百千]+)条?$/.exec(t);
  return chinese ? `第${chinese[1]!.replace(/〇/g, '零')}条` : null;
}
