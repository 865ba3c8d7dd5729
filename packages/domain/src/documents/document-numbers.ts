import { DomainError } from '../errors.ts';
import { formatCaseNumber } from '../numbering/case-number.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './document-templates.ts';

/**
 * 文书编号 (issue 20 item 2): a document that is served or decides something carries its own
 * number, made by the agency's numbering rule (the same `{short}{word}〔{year}〕{seq}号` as its 案号)
 * with the 文书代字 of its kind in place of {word}: 馆市监罚告〔2026〕3号 for a 行政处罚告知书,
 * 馆市监处罚〔2026〕3号 for the 行政处罚决定书 (its case being e.g. 馆市监罚〔2026〕5号). Each word is its
 * own series, gap-free per agency and year: the database hands out the next number in the
 * transaction that files the document.
 *
 * Forms kept in the file (审批表, 笔录, 清单, 报告, 送达回证, 卷宗) have no number of their own; they
 * name the case by its 案号 in their rows.
 *
 * The decisions the platform publishes (行政处罚决定书, 当场行政处罚决定书, 准予/不予行政许可决定书 …)
 * are numbered like the rest: the 双公示 record takes its 文号 (CF_WSH, XK_WSH, ZF_WSH) from the
 * document that served the decision (publication.source.ts, decisionDocNumber), so the published
 * record, the published full text and the served 决定书 show one number. Decisions served before
 * they were numbered on their own (documents.number NULL) printed the 案号, and their records keep it.
 *
 * The words below are the defaults, after the usage of the 2021 市场监督管理行政处罚文书格式范本
 * (罚告, 处罚, 责改 …); an agency sets its own in its numbering rule. None is a case's word (罚, 简罚,
 * 许, 检, 强: the procedures' numberWord), so a 决定书 never carries a number a case could have.
 */
export const DEFAULT_DOCUMENT_WORDS: Readonly<Partial<Record<DocumentKind, string>>> = {
  'penalty-notice': '罚告',
  'hearing-rights-notice': '听告',
  'hearing-notice': '听通',
  'penalty-decision': '处罚',
  'on-spot-penalty-decision': '当罚',
  'no-penalty-decision': '不罚',
  'case-transfer': '移送',
  'legal-review-opinion': '法审',
  'coercion-decision': '强制',
  'coercion-extension': '强延',
  'coercion-release': '强解',
  'coercion-disposal': '强处',
  'preservation-notice': '先保',
  'preservation-disposal': '先处',
  'inspection-result-notice': '检告',
  'rectification-order': '责改',
  'rectification-recheck-opinion': '复查',
  'license-supplement-notice': '许补',
  'license-acceptance-notice': '许受',
  'license-refusal-of-acceptance': '不受',
  'license-grant-decision': '许准',
  'license-denial-decision': '许不',
  'license-suspension-notice': '许中',
  'license-extension-notice': '许延',
};

/** The kinds that carry a number of their own, in the order a case uses them. */
export const NUMBERED_DOCUMENT_KINDS: readonly { code: DocumentKind; title: string; word: string }[] = DOCUMENT_KINDS.filter(
  (k) => DEFAULT_DOCUMENT_WORDS[k.code] !== undefined,
).map((k) => ({ ...k, word: DEFAULT_DOCUMENT_WORDS[k.code]! }));

export function isNumberedKind(kind: string): boolean {
  return Object.hasOwn(DEFAULT_DOCUMENT_WORDS, kind);
}

/** A 文书代字: one to six Chinese characters (no digits, brackets or spaces, which would garble the 文号). */
const WORD = /^[\u4e00-\u9fff]{1,6}$/u;

/**
 * Problems with an agency's words, in Chinese; empty when they may be saved. `caseWords` are the
 * words of the agency's 案号 (the procedures' numberWord): a document word equal to one, or to the
 * word another kind keeps, would print numbers of another series (a 决定书 numbered like a case).
 */
export function validateDocumentWords(words: Readonly<Record<string, string>>, caseWords: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const [kind, word] of Object.entries(words)) {
    const title = DOCUMENT_KINDS.find((k) => k.code === kind)?.title;
    if (!title) problems.push(`没有「${kind}」文书`);
    else if (!isNumberedKind(kind)) problems.push(`${title}不单独编号（以案号标明所属案件）`);
    else if (!WORD.test(word)) problems.push(`${title}的文书代字应为 1 至 6 个汉字`);
    else if (caseWords.includes(word)) problems.push(`${title}的文书代字「${word}」是案件编号的代字，文书编号不能与案号同一序列`);
  }
  if (problems.length) return problems;
  const byWord = new Map<string, string[]>();
  for (const k of NUMBERED_DOCUMENT_KINDS) {
    const word = documentWord(k.code, words)!;
    byWord.set(word, [...(byWord.get(word) ?? []), k.title]);
  }
  for (const [word, titles] of byWord)
    if (titles.length > 1) problems.push(`${titles.join('、')}的文书代字都是「${word}」，各类文书应各用一个代字`);
  return problems;
}

/** The word of `kind` under an agency's settings, or null when the kind has no number of its own. */
export function documentWord(kind: string, agencyWords: Readonly<Record<string, string>> = {}): string | null {
  if (!isNumberedKind(kind)) return null;
  return Object.hasOwn(agencyWords, kind) ? agencyWords[kind]! : DEFAULT_DOCUMENT_WORDS[kind as DocumentKind]!;
}

/** The printed 文书编号: the agency's rule with the kind's word, e.g. 馆市监处罚〔2026〕3号. */
export function formatDocumentNumber(template: string, parts: { short: string; word: string; year: number; seq: number }): string {
  if (!WORD.test(parts.word)) throw new DomainError('VALIDATION_FAILED', '文书代字应为 1 至 6 个汉字', { word: parts.word });
  return formatCaseNumber(template, parts);
}
