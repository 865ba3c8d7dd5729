import { isValidCreditCode } from '../people/party.ts';
import { isIdNumber18 } from './checks.ts';
import { OFFICIAL_ROLES } from './lexicon.ts';
import { delimitedName, listedNames, readName } from './names.ts';
import { clauseStart, closingStart, cuesFor, digitsOf, type CueKind, type Cues } from './scan.ts';
import type { RedactionContext } from './types.ts';

/**
 * What must never be hidden (over-redaction is a defect too): the authority, the 文号, dates, the
 * officials and their 执法证号 (public by R-PUB-2), legal articles, the amounts of the penalty.
 * `strong` kinds also refuse a manual mark; the others only keep rules from mistaking them.
 */
export type ProtectedKind =
  'agency' | 'doc-number' | 'date' | 'official' | 'certificate' | 'legal-ref' | 'amount' | 'money' | 'credit-code' | 'standard';

export interface ProtectedSpan {
  start: number;
  end: number;
  kind: ProtectedKind;
}

export const PROTECTED_NAMES: Record<ProtectedKind, string> = {
  agency: '执法机关名称',
  'doc-number': '文书文号',
  date: '日期',
  official: '执法人员姓名',
  certificate: '执法证号',
  'legal-ref': '法律依据条文',
  amount: '罚没款金额',
  money: '金额',
  'credit-code': '统一社会信用代码',
  standard: '标准编号',
};

export const STRONG_PROTECTION: ReadonlySet<ProtectedKind> = new Set([
  'agency',
  'doc-number',
  'date',
  'official',
  'certificate',
  'legal-ref',
  'amount',
]);

const CN_NUM = '〇零一二三四五六七八九十百千';
const AMOUNT = `(?:人民币)?\\s?(?:[¥￥]\\s?)?(?:[0-9][0-9,，]*(?:\\.[0-9]+)?\\s?(?:万元|元)|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元整?)`;

const PATTERNS: [ProtectedKind, RegExp][] = [
  // 〔2025〕12号, [2024]第0112号, 〔2025〕馆12号 — the part with year and number
  ['doc-number', /[〔［[【]\d{4}[〕］\]】][^\s，。；、]{0,8}?\d{1,6}号/g],
  [
    'date',
    /(?<!\d)\d{4}年\d{1,2}月(?:\d{1,2}日)?|(?<!\d)\d{4}[-./]\d{1,2}[-./]\d{1,2}(?!\d)|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?|(?<!\d)\d{1,2}时(?:\d{1,2}分)?/g,
  ],
  ['legal-ref', new RegExp(`《[^《》\\n]{1,60}》(?:第[${CN_NUM}\\d]+条)?|第[${CN_NUM}\\d（）()\\-]+(?:条|款|项)`, 'g')],
  ['money', new RegExp(AMOUNT, 'g')],
  ['standard', /(?:GB|GB\/T|GBZ|HJ|QB|SB|NY|DB\d{2}(?:\/T)?)\s?\d+(?:\.\d+)?-\d{4}/g],
];

/** 罚款人民币5000元, 没收违法所得2124元: the amount of the penalty. */
const PENALTY_AMOUNT = new RegExp(
  `(?:罚款|罚没款?|没收违法所得|违法所得|加处罚款|罚金|并处)(?:[^。；\\n\\d零壹贰叁肆伍陆柒捌玖]{0,8}?)(${AMOUNT})`,
  'g',
);

/** Header and signature lines that are the agency's name: 馆陶县市场监督管理局（印章）. */
const AGENCY_LINE =
  /^[\p{Script=Han}（）()]{4,30}?(?:局|委员会|支队|大队|人民政府|分局|执法队|中队)(?=(?:当场)?行政处罚决定书|（印章）|\(印章\)|$)/u;

/**
 * Engine generation 2: a 执法证号 label or an official's title reaches only over its own list —
 * numbers (执法证件号码：A、B、C), or names each followed by their number (执法人员：李明 A；陈静 B).
 * Past anything else (执法人员张三（执法证号A）到场检查，拨打 13…) a number is not a certificate.
 */
const CERT_LIST = /^[：:\s　]*(?:[A-Z]{0,4}[0-9０-９]{6,20}[\s　]*(?:[、，,；;和及与]|分别为|分别是)[\s　]*)*$/;
const NAME_ITEM = '\\p{Script=Han}{2,4}(?:[（(][^（）()\\n]{0,40}[）)])?[\\s　]*(?:[A-Z]{0,4}[0-9０-９]{6,20})?';
// the last name may be followed by its number in brackets: 承办人：李明（13043301001）, 李明（执法证号：…）
const OFFICIAL_LIST = new RegExp(
  `^[：:\\s　]*(?:${NAME_ITEM}(?:[\\s　]*[、，,；;和及与][\\s　]*|[\\s　]+))*\\p{Script=Han}{2,4}[：:\\s　]*(?:[（(][\\p{Script=Han}]{0,6}[：:]?[\\s　]*)?$`,
  'u',
);

export function certificateReaches(text: string, label: { end: number; kind: CueKind }, start: number): boolean {
  const gap = text.slice(label.end, start);
  return label.kind === 'certificate' ? CERT_LIST.test(gap) : OFFICIAL_LIST.test(gap);
}

/**
 * `gen`: the engine generation of the rule set (1 for 2025.1, frozen). From 2 a certificate label
 * protects only the numbers of its own list (`certificateReaches`) and reads the generation-2 labels.
 */
export function protectedSpans(
  text: string,
  context: RedactionContext | undefined,
  cues: Cues,
  gen: 1 | 2 | 3 | 4 | 5 | 6 = 1,
): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  const everywhere = (s: string, kind: ProtectedKind) => {
    if (!s) return;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length, kind });
  };
  for (const [kind, re] of PATTERNS) for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  for (const m of text.matchAll(PENALTY_AMOUNT)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: 'amount' });
  }

  // 执法机关: from the context, and the names in the header and signature lines
  const agencies = new Set<string>();
  if (context?.agency?.name) agencies.add(context.agency.name);
  for (const line of text.split('\n')) {
    const m = AGENCY_LINE.exec(line.trim());
    if (m) agencies.add(m[0]);
  }
  for (const a of agencies) everywhere(a, 'agency');

  // 执法人员 and 执法证号: from the context, and what the text says after 执法人员 / 执法证号
  for (const o of context?.officials ?? []) {
    everywhere(o.name, 'official');
    if (o.certificate) everywhere(o.certificate, 'certificate');
  }
  const officialRole = new RegExp(`(?:${OFFICIAL_ROLES.join('|')})[：:\\s　]*`, 'g');
  const closing = gen >= 2 ? closingStart(text) : text.length;
  for (const m of text.matchAll(officialRole)) {
    // generation 2: a 联系人 is the agency's only beside the agency (本局联系人, under the signature);
    // 包车联系人, 委托方联系人 are persons of the story
    if (
      gen >= 2 &&
      m[0].startsWith('联系人') &&
      m.index < closing &&
      !/(?:局|机关|执法|本|我)$/.test(text.slice(Math.max(0, m.index - 4), m.index))
    )
      continue;
    let pos = m.index + m[0].length;
    const first = delimitedName(text, pos) ?? readName(text, pos);
    if (!first) continue;
    const names = [first];
    pos = first.end;
    for (let k = 0; k < 6; k++) {
      // skip （执法证号：…） and a certificate number written after the name
      const skip = /^(?:[（(][^）)\n]{0,40}[）)]|[\s　]*[A-Z]{0,4}\d{6,20})/.exec(text.slice(pos));
      if (skip) pos += skip[0].length;
      const more = listedNames(text, pos, 1);
      const spaced = /^[\s　]+/.exec(text.slice(pos));
      const next = more[0] ?? (spaced ? delimitedName(text, pos + spaced[0].length) : null);
      if (!next) break;
      names.push(next);
      pos = next.end;
    }
    for (const n of names) out.push({ start: n.start, end: n.end, kind: 'official' });
  }
  const labels = cuesFor({ gen, cues });
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[A-Z]{0,4}[0-9]{6,20}(?![0-9A-Za-z])/g)) {
    const label = labels.nearest(
      m.index,
      ['certificate', 'official', 'phone', 'id', 'account', 'neutral', 'person', 'party'],
      clauseStart(text, m.index),
    );
    if (label && (label.kind === 'certificate' || label.kind === 'official') && (gen < 2 || certificateReaches(text, label, m.index)))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'certificate' });
  }

  // 统一社会信用代码 (public): valid ones with a letter, or after their label
  for (const m of text.matchAll(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g)) {
    const code = m[0];
    const label = cues.nearest(m.index, ['neutral', 'id', 'phone', 'account'], clauseStart(text, m.index));
    const labelled = label?.word.includes('信用代码') === true;
    // an ID number ending in X can pass the credit-code check by chance: only its label makes it a code
    if (isValidCreditCode(code) && (labelled || (/[A-Z]/.test(code) && !isIdNumber18(code))))
      out.push({ start: m.index, end: m.index + code.length, kind: 'credit-code' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The certificate numbers known from the context, as digits. */
export function officialCertificates(context: RedactionContext | undefined): Set<string> {
  return new Set((context?.officials ?? []).map((o) => digitsOf(o.certificate ?? '')).filter((d) => d.length > 0));
}
