import { dictionaryWord, type Words } from './recogniser.ts';
import { personWordBefore, personWordEndsAt } from './detect-names-4.ts';
import { isHanAt, occurrenceStarts as occurrences } from './scan.ts';

/**
 * 2026.5, eighth round: where names end and begin, titles and nicknames (rule set 2026.5 only; the caller guards
 * with the generation). A pass over the readings already found, anchored on them and on a few cues:
 *
 * - a dotted name's last part ends before a count of persons (二人, 等人) or a single function character (自, 亦 …);
 * - a reading after a word for a person never begins with an adverb or a verb (都叫X), nor holds the word for a person
 *   itself (邻居X大妈 → X大妈, sure);
 * - readings that are no names: a locative (店内, 车内), 家 "home" after a word for a person (同学家写), a verb and its
 *   result (盖好, 关掉), a drug's or a chemical's name (…米松, …霉素), a job word (计调);
 * - a quoted nickname after a word for a person (计调“小段”, 亲戚“玉山大叔”) is a sure name, whole.
 */
export interface Reader15 {
  surnameAt(k: number): number;
  blocked(start: number, end: number): boolean;
  isPublic(name: string): boolean;
}

/** What a dotted name's last part never runs into: a count of persons or a single function character. */
const DOT_END_15 = /^(?:[一二两三四五六七八九十几]+(?:人|名)|等人|[自从在于向对被将因称系已未曾均都也亦])/;
/** Adverbs and verbs that never begin a name read after a word for a person (都叫X, 也称X). */
const LEAD_15 = '都也均还又就曾已叫称说';
/** A place and 内/外: a locative, never a list's item or a name (店内, 车内). */
const LOCATIVE_15 = /^[店室场院厂车屋房馆楼舱库校园宅家店铺棚间]{1,2}[内外里]$/;
/** Verbs (some of them surnames) before a result complement (盖好, 关掉, 锁住): a verb phrase, never a name. */
const VERB_15 = '盖关封锁堵扣戴穿放摆装修补做填签交收拿洗擦扫搬拆绑捆贴挂包管查搜练养冲接送还写';
const RESULT_15 = '好完齐住掉见获到得毕';
/** Endings of drugs' and chemicals' names (地塞米松, 阿莫西林, 甲硝唑): dictionary nouns, never names. */
const DRUG_END_15 =
  /(?:米松|尼松|霉素|西林|沙星|洛尔|地平|他汀|普利|沙坦|替丁|拉唑|曲松|孢[\p{Script=Han}]{1,3}|[唑胺酮酯烷]|酸钠|酸钾|片|胶囊|注射液)$/u;
/** Job words the recogniser may read as a name (计调 of a travel agency …): words for a person, no names. */
const JOB_15 = new Set(['计调', '地接', '全陪', '导购', '跟单', '理货', '押运', '配菜', '传菜', '后厨', '收银']);
/** A quoted nickname or a word of address: 小X, 老X, 阿X, X大叔 … */
const NICK_15 = /[“"]((?:[小老阿]\p{Script=Han}{1,2})|(?:\p{Script=Han}{1,3}(?:大叔|大爷|大妈|大娘|大婶|大伯|阿姨|阿婆|大哥|大姐)))[”"]/gu;
/** Words of address after a surname: with one, a reading is a person's (符大妈). */
const ADDRESS_15 = /^\p{Script=Han}{1,2}(?:大妈|大爷|大娘|大叔|大婶|大伯|阿姨|阿婆|奶奶|爷爷|婆婆)$/u;

/** What follows a name read after a word for a person: a count of persons, a little word, a verb of contact. */
const NAME_END_15 = /^(?:[一二两三]人|等人|亦|也|均|称|联系|电话|在场|在[^\p{Script=Han}]|证实|介绍|提供|负责)/u;
/** Words for officials: whom they name stays public (read by the officials' rules). */
const OFFICIAL_15 =
  /(?:监督员|执法员|执法人员|执法队员|检查员|稽查员|监察员|巡查员|督查员|民警|警官|干部|工作人员|科员|所长|局长|队长|当事人|负责人|法定代表人|经营者|本人|他人|个人)$/;

/** Does `s` hold an ordinary word of 2 characters with at least `freq` (not a name's)? */
function holdsWord15(s: string, freq: number): boolean {
  for (let k = 0; k + 2 <= s.length; k++) {
    const w = dictionaryWord(s.slice(k, k + 2));
    if (w && !w.tag.startsWith('nr') && w.freq >= freq) return true;
  }
  return false;
}

/** A word for a person ends at `i` (邻居, 村里人, 计调). */
function personEndsAt(text: string, i: number): boolean {
  return personWordEndsAt(text, i) || JOB_15.has(text.slice(Math.max(0, i - 2), i));
}

export function names15(text: string, words: Words, r: Reader15, sure: Set<string>, unsure: Set<string>, fromContext: Set<string>): void {
  const replace = (n: string, by: string, isSure: boolean) => {
    const wasSure = sure.has(n);
    sure.delete(n);
    unsure.delete(n);
    if (by.length < 2 || r.isPublic(by)) return;
    if (wasSure || isSure) {
      unsure.delete(by);
      sure.add(by);
    } else if (!sure.has(by)) unsure.add(by);
  };
  for (const set of [sure, unsure])
    for (const n of [...set]) {
      if (!set.has(n) || fromContext.has(n)) continue;
      const occ = occurrences(text, n);
      if (occ.length === 0) continue;
      const o = occ[0]!;
      // (1) a dotted name's last part ends before a count of persons or a function character (…买买提自, …热合曼二人)
      const dot = n.lastIndexOf('·');
      if (dot >= 0) {
        let cut = -1;
        for (let q = dot + 3; q < n.length; q++)
          if (DOT_END_15.test(text.slice(o + q, o + q + 3)) && !(text[o + q] === '都' && '不布卜'.includes(text[o + q - 1]!))) {
            cut = q;
            break;
          }
        if (cut > 0) replace(n, n.slice(0, cut), true);
        continue;
      }
      if (!/^\p{Script=Han}+$/u.test(n)) continue;
      // (2) after a word for a person: no adverb or verb begins the name (村里人都叫X → X), nor the word for a person
      // itself (邻居X大妈 → X大妈)
      // (two such characters begin no name wherever it stands: 都叫X, 也称X)
      if (n.length >= 4) {
        let k = 0;
        while (k < 2 && LEAD_15.includes(n[k]!)) k++;
        const after = k === 2 || (k === 1 && n.length - k >= 3 && personEndsAt(text, o));
        if (after && n.length - k >= 2 && r.surnameAt(o + k) > 0) {
          replace(n, n.slice(k), true);
          continue;
        }
      }
      let role = 0;
      for (let k = 2; k <= 4 && k < n.length - 1; k++) if (personEndsAt(n, k)) role = k;
      if (role > 0 && ADDRESS_15.test(n.slice(role))) {
        replace(n, n.slice(role), true);
        continue;
      }
      // (3) no names: an adverb and a verb (都叫), a locative, home after a word for a person, a verb and its result, a drug, a job word
      const home = n[0] === '家' && occ.every((p) => personEndsAt(text, p));
      const verbResult = n.length === 2 && VERB_15.includes(n[0]!) && RESULT_15.includes(n[1]!);
      const drug = n.length >= 3 && DRUG_END_15.test(n);
      // (a list read on into a locative: X及店内 → X)
      const joint = /^(\p{Script=Han}{2,4})[及和与](\p{Script=Han}{2,3})$/u.exec(n);
      if (joint && LOCATIVE_15.test(joint[2]!)) {
        replace(n, joint[1]!, false);
        continue;
      }
      const leads = n.length === 2 && [...n].every((c) => LEAD_15.includes(c));
      if (leads || LOCATIVE_15.test(n) || home || verbResult || drug || JOB_15.has(n)) {
        sure.delete(n);
        unsure.delete(n);
      }
    }
  // (4) a quoted nickname or word of address after a word for a person: a sure name, whole (计调“小段”, 亲戚“玉山大叔”)
  if (/[“"]/.test(text))
    for (const m of text.matchAll(NICK_15)) {
      const at = m.index + 1;
      const n = m[1]!;
      if (!isHanAt(text, m.index - 1) || !personEndsAt(text, m.index) || r.blocked(at, at + n.length) || r.isPublic(n)) continue;
      unsure.delete(n);
      sure.add(n);
    }
  // (5) after a word for a person (not an official's, not the party's): a run of 2–4 characters of no ordinary word
  // before a count of persons, a little word or a verb of contact is a name (服务员X联系, 居民X亦, 护士X二人); a
  // Latin name right after such a word too (技术顾问Oleg Sokolov)
  // (positions inside a found reading: a word for a person read there is a name's part: 韩子墨)
  const covered = new Set<number>();
  for (const f of [...sure, ...unsure])
    if (f.length >= 2) for (const o of occurrences(text, f)) for (let p = o; p < o + f.length; p++) covered.add(p);
  for (let i = 2; i < text.length - 2; i++) {
    if (!words.boundaries.has(i) || !isHanAt(text, i - 1) || covered.has(i - 1) || covered.has(i)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    if (!personEndsAt(text, i) || OFFICIAL_15.test(before)) continue;
    if (/[A-Z]/.test(text[i]!)) {
      const m = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?=[\p{Script=Han}，,。；;（(])/u.exec(text.slice(i, i + 40));
      if (m && !r.blocked(i, i + m[0].length) && !r.isPublic(m[0])) {
        unsure.delete(m[0]);
        sure.add(m[0]);
      }
      continue;
    }
    if (!isHanAt(text, i) || /[一二两三四五六七八九十几多数人]/.test(text[i]!)) continue;
    for (let k = 2; k <= 4; k++) {
      if (!isHanAt(text, i + k - 1)) break;
      if (!NAME_END_15.test(text.slice(i + k, i + k + 3))) continue;
      const n = text.slice(i, i + k);
      if (sure.has(n) || unsure.has(n) || [...sure].some((f) => f.length >= 2 && (f.includes(n) || n.includes(f)))) break;
      if (
        holdsWord15(n, 50) ||
        personWordBefore(n) ||
        LEAD_15.includes(n[0]!) ||
        /[的了是有和与及在于已未被将把对向从自为等各每其该本这那某人]/.test(n)
      )
        break;
      const w = dictionaryWord(n);
      if (w && !w.tag.startsWith('nr')) break;
      if (r.blocked(i, i + k) || r.isPublic(n)) break;
      if (r.surnameAt(i) > 0 || k >= 3) {
        unsure.delete(n);
        sure.add(n);
      } else unsure.add(n);
      break;
    }
  }
}
