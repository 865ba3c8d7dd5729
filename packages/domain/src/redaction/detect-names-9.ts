import { dictionaryWord, type Words } from './recogniser.ts';
import { commonGivenChar, personWordBefore, personWordEndsAt, RARE_SURNAMES_6 } from './detect-names-4.ts';
import { simplifiedSurnameChar } from './detect-names-6.ts';
import { allHan, isHan, isHanAt } from './scan.ts';

/**
 * 2026.5, fifth round: Han names told by what stands around them — after a word for a person with a modifier
 * (当班 + a role), after a role noun the person lists do not hold (trades ending in 管/控/台), written in traditional
 * characters, before an age in brackets at a clause's start, and as an item of a list that ends in a count of
 * persons. Each reading is a class of context or a shape; none is a string of a set.
 */
export interface Reader9 {
  surnameAt(k: number): number;
  blocked(start: number, end: number): boolean;
  isPublic(name: string): boolean;
}

/** Role nouns the person-word lists lack: trades ending in 管/控/台 and a few more, and kin after 的/之/其. */
const ROLE_9 =
  /(?:网管|场控|前台|收银|药剂员|调度员|传菜员|送气工|厨师长|办公室|商户|(?:[之的其](?:丈夫|妻子|表[姐妹兄弟]|堂[姐妹兄弟]|侄子?|外甥|女婿|儿媳)))$/;
/** Roles whose holder is public (the organisation's registered person, officials): never read here. */
const PUBLIC_ROLE_9 = /(?:法定代表人|负责人|执法人员|执法队员|执法人|承办人|干部|局长|所长|队长|书记|主任|镇长|村长|科长)$/;
/** What ends a name for sure: punctuation (a colon ends a label: 出生年月：), or a list's joint. */
const END_SURE = /^(?:[、，,。；;（(\n]|[和及与等])/;
/** What may follow a name: a verb or a word of evidence. */
const END_LOOSE = /^(?:称|证实|陈述|承认|未|用|持有|协助|补签|事后|制作|询问|证言|兄弟|患|负责|多次|在岗|驾驶|介绍)/;
/** A count of persons after a list (等9名顾客, 三人均, 等人). */
const COUNT_AFTER = /^(?:等(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:名|人|位)|等人|[二两三四五六七八九十][人名])/;
/** An age (or a sex and an age) in brackets right after a name. */
const AGE_AFTER = /^[（(](?:[男女][，,、]?)?[0-9０-９]{1,3}周?岁/;
/** Kinship words and little words that end no name (X兄弟二人, X夫妻). */
const KIN_9 = /[姐妹兄弟夫妻父母子女儿侄孙们等的和及与]/;
/** Characters of words of evidence and little words that a name does not hold. */
const NOT_IN_NAME_9 = /[证询称笔录述说实是为有无了人者员们某]/;
/** How longer names of several parts (Mongolian, Uyghur …) often begin. */
const LONG_NAME_START_9 = /^[阿敖巴乌其那吉买艾热古斯]/;

/** Characters a word for a person or a role noun ends with (those of the person-word lists; checked before anything dearer). */
const ROLE_LAST_9 = new Set([
  ...'东主乡书事亲人任众伙伯伴侄傅儿兄公务匠医卖卫厨友叔台员哥商士夫女奶妇妈妹妻姆姐姑姨娘婆婿媳嫂子孙学孩安官客室家居属工师度弟徒总戚户手护控播服机板档母民洁游父爷爸牧特班理生甥监童筹管红纳练者舅营警计译象贩购递部银销长队驾',
]);
const CLAUSE_MARK_9 = new Set([...'，,。；;：:\n']);
/** The characters of both sets above by code: the loop of names9 asks at every position without making a string. */
const ROLE_OR_CLAUSE_CODES_9: ReadonlySet<number> = new Set([...ROLE_LAST_9, ...CLAUSE_MARK_9].map((c) => c.charCodeAt(0)));
/** An age in brackets a little after (cheap test before the name is read). */
const AGE_NEAR_9 = /[（(]/;

function surnameLen(text: string, r: Reader9, i: number, relaxed: boolean): number {
  const s = r.surnameAt(i);
  if (s) return s;
  if (simplifiedSurnameChar(text[i] ?? '')) return 1;
  if (relaxed && RARE_SURNAMES_6.has(text[i] ?? '') && isHanAt(text, i + 1)) return 1;
  return 0;
}

/** A name of a surname and one or two common given-name characters at i, ending where `ends` says. */
function hanNameAt(text: string, r: Reader9, i: number, ends: RegExp, relaxed: boolean): string | null {
  const sl = surnameLen(text, r, i, relaxed);
  if (!sl) return null;
  for (const g of [2, 1]) {
    const n = text.slice(i, i + sl + g);
    if (n.length !== sl + g || ![...n.slice(sl)].every((c) => isHan(c) && commonGivenChar(c))) continue;
    if (ends.test(text.slice(i + n.length, i + n.length + 6))) return n;
  }
  return null;
}

export function names9(text: string, words: Words, r: Reader9, sure: Set<string>, unsure: Set<string>): void {
  void words;
  const add = (n: string, at: number, isSure: boolean) => {
    if (r.blocked(at, at + n.length) || r.isPublic(n)) return;
    // (never a common word of the dictionary that is no name)
    const w = dictionaryWord(n);
    if (w && !w.tag.startsWith('nr') && w.freq >= 100) return;
    if (isSure) {
      unsure.delete(n);
      sure.add(n);
    } else if (!sure.has(n)) unsure.add(n);
  };
  for (let i = 1; i < text.length; i++) {
    // (cheap first: only after a character a role word can end with, or after punctuation)
    if (!ROLE_OR_CLAUSE_CODES_9.has(text.charCodeAt(i - 1))) continue;
    const prev = text[i - 1]!;
    if (!isHanAt(text, i)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    // (1) after a word for a person, its modifier too (当班 + a role), or a role noun the lists lack; the name in
    // traditional characters too
    if (!PUBLIC_ROLE_9.test(before) && (ROLE_9.test(before) || personWordEndsAt(text, i))) {
      const n = hanNameAt(text, r, i, END_SURE, true) ?? hanNameAt(text, r, i, END_LOOSE, true);
      if (n) {
        add(n, i, END_SURE.test(text.slice(i + n.length)) || sure.has(n));
        continue;
      }
      // a longer name of several parts, or a surname the lists lack after a role noun of their own: 请确认
      const long = /^\p{Script=Han}{4,5}/u.exec(text.slice(i, i + 5))?.[0];
      for (let len = long?.length ?? 0; len >= 4; len--) {
        const n4 = text.slice(i, i + len);
        if (!LONG_NAME_START_9.test(n4) || KIN_9.test(n4) || NOT_IN_NAME_9.test(n4)) continue;
        // (not a name found already with more glued on, nor one ending in a verb: X受伤, X操作)
        if ([2, 3].some((k) => k < len && (sure.has(n4.slice(0, k + 1)) || unsure.has(n4.slice(0, k + 1))))) continue;
        if (dictionaryWord(n4.slice(-2))?.tag.startsWith('v')) continue;
        // (no verb glued on: X承认, X使用)
        if ([2, 3].some((k) => k < len - 1 && (END_LOOSE.test(n4.slice(k)) || /^(?:使用|承认|表示|提供)/.test(n4.slice(k))))) continue;
        const rest = text.slice(i + len, i + len + 6);
        if (END_SURE.test(rest) || END_LOOSE.test(rest)) {
          add(n4, i, false);
          break;
        }
      }
      if (ROLE_9.test(before) && !r.surnameAt(i)) {
        const n3 = text.slice(i, i + 3);
        const rest = text.slice(i + 3, i + 9);
        // (X小Y is a name's shape too)
        const given = [...n3.slice(1)].every((c, k) => isHan(c) && (commonGivenChar(c) || (k === 0 && c === '小')));
        if (n3.length === 3 && given && !NOT_IN_NAME_9.test(n3) && (END_SURE.test(rest) || END_LOOSE.test(rest))) add(n3, i, false);
      }
    }
    // (2) at a clause's start, before an age in brackets (；X（16岁）): rare surnames too
    if (CLAUSE_MARK_9.has(prev) && AGE_NEAR_9.test(text.slice(i + 2, i + 8))) {
      const n = hanNameAt(text, r, i, AGE_AFTER, true);
      if (n) add(n, i, true);
      // (a surname the lists lack: three characters, none a little word or a kinship word — 请确认)
      else if (AGE_AFTER.test(text.slice(i + 3, i + 12)) && allHan(text.slice(i, i + 3))) {
        const n3 = text.slice(i, i + 3);
        if (!KIN_9.test(n3) && !NOT_IN_NAME_9.test(n3)) add(n3, i, false);
      }
    }
  }
  // (3a) a name read with the count after it glued on (X丽三 in …、X丽三人均): the name is without the numeral
  for (const n of [...sure]) {
    if (n.length < 3 || !/[二两三四五六七八九十]$/.test(n)) continue;
    const at: number[] = [];
    for (let k = text.indexOf(n); k >= 0; k = text.indexOf(n, k + n.length)) at.push(k);
    if (at.length > 0 && at.every((k) => /[人名]/.test(text[k + n.length] ?? ''))) {
      sure.delete(n);
      add(n.slice(0, -1), at[0]!, true);
    }
  }
  // (3) the last item of a list ending in a count of persons (A、B、X三人; a name in other letters、X等9名顾客)
  for (const m of text.matchAll(
    /、(\p{Script=Han}{2,5}?)(?=等(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:名|人|位)|等人|[二两三四五六七八九十][人名])/gu,
  )) {
    const at = m.index + 1;
    const n = m[1]!;
    if (!COUNT_AFTER.test(text.slice(at + n.length))) continue;
    // (a surname and common given-name characters, or a longer name of several parts — never a kinship word glued
    // on: X姐妹二人)
    const sl = surnameLen(text, r, at, true);
    const plain = sl > 0 && n.length - sl <= 2 && [...n.slice(sl)].every((c) => commonGivenChar(c));
    if (!plain && (n.length < 4 || KIN_9.test(n) || !(sl > 0 || LONG_NAME_START_9.test(n)))) continue;
    // (never a word for a person and a name together: 游客X等人 is X's, read elsewhere)
    if (!plain && [2, 3].some((k) => personWordBefore(n.slice(0, k)))) continue;
    // sure when an earlier item of the same list is a name found already, or a name in other letters
    const head = text.slice(Math.max(0, at - 40), at - 1);
    const prev = /(?:^|[，,。；;：:\n、])([^，,。；;：:\n、]{2,30})$/.exec(head)?.[1] ?? '';
    const known = [...sure].some((s) => s.length >= 2 && prev.endsWith(s)) || /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(prev);
    add(n, at, known);
  }
}
