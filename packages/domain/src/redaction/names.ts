import {
  AFTER_NAME_WORDS,
  COMPOUND_SURNAMES,
  NOT_NAMES,
  OFFICIAL_ROLES,
  ORG_NAME_END,
  PROTECTED_ROLES,
  SINGLE_SURNAMES,
} from './lexicon.ts';
import { isHan, isHanAt, type PartyKind } from './scan.ts';

/**
 * Reading a Chinese personal name where the text says one follows (证人王五证实). There is no
 * word segmentation: a name is a known surname and one or two more characters, ending where a
 * word that follows names begins (证实, 的, 向 …), at punctuation, or after two characters.
 */

const MASKED = /[某＊*×Xx]/;
const SINGLE_STOPS = new Set(AFTER_NAME_WORDS.filter((w) => w.length === 1));
// a role word right after a name starts the next phrase (举报人王五执法人员赵强: 王五, not 王五执)
const MULTI_STOPS = [...AFTER_NAME_WORDS.filter((w) => w.length > 1), ...OFFICIAL_ROLES, ...PROTECTED_ROLES.filter((w) => w.length >= 3)];

function stopsAt(text: string, i: number): boolean {
  const ch = text[i];
  if (!isHan(ch) || MASKED.test(ch!)) return true;
  if (SINGLE_STOPS.has(ch!)) return true;
  return MULTI_STOPS.some((w) => text.startsWith(w, i));
}

export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

/** The compound surnames by their first character (asked at every position of a text: only the few that can begin there). */
const COMPOUND_BY_FIRST = new Map<string, string[]>();
for (const s of COMPOUND_SURNAMES) COMPOUND_BY_FIRST.set(s[0]!, [...(COMPOUND_BY_FIRST.get(s[0]!) ?? []), s]);

/** The surname starting at `i`, or 0. */
export function surnameAt(text: string, i: number): number {
  if (COMPOUND_BY_FIRST.get(text[i] ?? '')?.some((s) => text.startsWith(s, i))) return 2;
  return SINGLE_SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

/** A name starting exactly at `i`, or null (already masked names like 王某 are not names). */
export function readName(text: string, i: number): NameSpan | null {
  const sl = surnameAt(text, i);
  if (!sl) return null;
  const g1 = i + sl;
  const first = text[g1];
  if (!isHan(first) || MASKED.test(first!) || SINGLE_STOPS.has(first!)) return null;
  if (NOT_NAMES.has(text.slice(i, i + 2))) return null;
  let end = g1 + 1;
  if (!stopsAt(text, end)) end++;
  return { start: i, end, name: text.slice(i, end) };
}

/**
 * A name standing alone between delimiters (当事人：张建国，男): the whole token, when it starts
 * with a surname, has one or two characters after it and is not an organisation's name.
 */
export function delimitedName(text: string, i: number): NameSpan | null {
  const m = /^[\p{Script=Han}·]{2,5}(?=[，,。；;:：\s　（(、]|$)/u.exec(text.slice(i, i + 8));
  if (!m) return null;
  const token = m[0];
  const sl = surnameAt(token, 0);
  if (!sl || token.length > sl + 2 || token.length < sl + 1 || MASKED.test(token) || ORG_NAME_END.test(token)) return null;
  if (NOT_NAMES.has(token.slice(0, 2))) return null;
  // 赵六称， is 赵六 and a verb: after the first given character no word that follows names may start
  for (let j = i + sl + 1; j < i + token.length; j++) if (stopsAt(text, j)) return null;
  return { start: i, end: i + token.length, name: token };
}

/** Names in a list after the first one: 证人王五、赵六和孙七. */
export function listedNames(text: string, after: number, max = 5): NameSpan[] {
  const out: NameSpan[] = [];
  let pos = after;
  for (let k = 0; k < max; k++) {
    // 驾驶员樊永强（驾驶证号…）、颜军: a remark in brackets may stand between the names
    const remark = /^[（(][^（()）\n]{0,40}[）)]/.exec(text.slice(pos));
    let next = remark && text[pos + remark[0].length] === '、' ? pos + remark[0].length : pos;
    if (text[next] === '、') next++;
    else if ((text[next] === '和' || text[next] === '及') && isHanAt(text, next + 1)) next++;
    else break;
    const n = delimitedName(text, next) ?? readName(text, next);
    if (!n) break;
    out.push(n);
    pos = n.end;
  }
  return out;
}

/**
 * What the party block (当事人：… up to the first blank line) says the party is: a person (a
 * name with 男/女, 身份证, 出生 …), an organisation, or an 个体工商户 (then its 经营者 is a person).
 */
export function partyKindOf(text: string): { kind: PartyKind; name: NameSpan | null } {
  const m = /(当事人名称|被处罚单位|当事人姓名|被处罚人姓名|当事人|被处罚人|姓名)[：:]\s*/.exec(text);
  if (!m) return { kind: 'unknown', name: null };
  if (m[1] === '被处罚单位' || m[1] === '当事人名称') return { kind: 'org', name: null };
  const at = m.index + m[0].length;
  const blankLine = text.slice(at).search(/\n[ \t　]*\n/);
  const block = text.slice(at, blankLine < 0 ? text.length : at + blankLine);
  const line = block.split(/[\n，,]/)[0] ?? '';
  const orgLike = ORG_NAME_END.test(line.replace(/[（(].*$/, '').trim());
  if (/个体工商户|个体户/.test(line) || (orgLike && /经营者[：:]/.test(block))) return { kind: 'individual-business', name: null };
  const name = delimitedName(text, at);
  const personCue = /(?:^|[，,\s　])(?:男|女)(?=[，,。；;\s　]|$)|性别|身份证|公民身份|出生|民族/.test(block);
  if (name && (personCue || m[1]!.endsWith('姓名'))) return { kind: 'person', name };
  if (orgLike || /统一社会信用代码|法定代表人/.test(block)) return { kind: 'org', name: null };
  return { kind: 'unknown', name: null };
}
