import { dictionaryWord, type Words } from './recogniser.ts';
import { personWordBefore, personWordEndsAt } from './detect-names-4.ts';
import { isHan, isHanAt, occurrenceStarts as occurrences } from './scan.ts';
import { nameAdder } from './detect-names-11.ts';

/**
 * 2026.5, seventh round: broad readers that carry to phrasings nobody has written yet (rule set 2026.5 only; the
 * caller guards with the generation). Each is anchored on a cue — a list's joint beside a found name, a word for a
 * person, a middle dot, a bracket that gives a real name, a Hangul name — never on the example's words.
 *
 * - list propagation: beside a found name in a list (A、B, A和B, A及B), the other item read to its clean end (before
 *   punctuation, 二人/等/均/各, a verb or a time word) is a name when it is no word for a person, an organisation, a
 *   place or a thing — with or without a Chinese surname, a nickname, a word of address (文婆婆);
 * - after a word for a person or a role: the token read to its clean end (a bracket, punctuation, a digit) is a name
 *   when it holds no dictionary word (Mongolian, Tibetan names; 林永于5月 → 林永);
 * - a dotted name (X·Y) begins after a word for a person, 的 or a clause's start and ends before a dictionary word or a
 *   little word the recogniser reads starting there (吐尔逊道路, 艾合买提则);
 * - a nickname right before brackets that give the real name (小胖（真实姓名…）);
 * - a Latin name in brackets after a Hangul name, or after 从 / before a contact in brackets.
 */
export interface Reader13 {
  surnameAt(k: number): number;
  blocked(start: number, end: number): boolean;
  isPublic(name: string): boolean;
}

/** What ends a list's item cleanly after it: a person's count or a distributive word. */
const LIST_END_13 =
  /^(?:的|多次|一直|曾经|[一二两三四五六七八九十几]+(?:人|名)|两人|三人|等|均|各|都|也|分别|一同|共同|一起|先后|同时|均已|正在|已|曾|未|在|于|称|说|证实|表示|承认|反映|投诉|举报)/;
/** Tags of a token that may follow a person's name as the next word (a verb, a time word, a preposition, an adverb). */
const AFTER_TAG_13 = /^(?:v|vn|vd|t|p|d|r|m)$/;
/** The last characters of an organisation, a place or a thing: such an item is none. */
const NOT_PERSON_END_13 =
  /(?:局|所|店|铺|公司|厂|村|市|县|区|镇|乡|街|路|号|部|队|院|校|站|会|处|科|室|组|馆|中心|行|社|场|园|楼|品|物|费|款|证|书|表|单|册|簿|卡|车|机|器|门|类|件|项|面|业|法|规|条|期|年|月|日|时)$/;
/** What begins no person's name in a list (a pronoun, a determiner). */
const NOT_PERSON_START_13 = /^(?:其|该|本|他|她|我|你|各|每|另|某|此|这|那些|上述|以上|全体|相关|有关|部分)/;
/** Little words a dotted name's last part does not run into (则, 的, 在 …). */
const DOT_STOP_13 = '则的在于已未曾是等和与及因将把被从对向称也均系并又即到经';
/** Before a dotted name's first part: a little word that closes what came before. */
const DOT_OPEN_13 = '的和及与将由是为让给对向被把从';
/** A surname and a word of kinship used as address (文婆婆, 王大爷, 李二叔): a person named so. */
const KIN_ADDRESS_13 =
  /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤文牛][老小大二三四]?(?:婆婆|爷爷|奶奶|阿姨|叔叔|伯伯|大爷|大妈|大娘|大婶|大叔|阿婆|阿公|嫂子|婆|嫂|叔|婶|伯|姨)$/u;
/** Words for officials: whom they name stays public (read by the officials' rules). */
const OFFICIAL_13 = /(?:监督员|执法员|执法人员|执法队员|检查员|稽查员|监察员|巡查员|督查员|民警|警官|干部|工作人员|科员|所长|局长|队长)$/;
/** Words that give a real name in brackets (真实姓名, 本名). */
const REAL_NAME_13 = /^[（(](?:其)?(?:真实姓名|真名|本名|原名|实名|身份证姓名)/;

const clean = (c: string | undefined) => c === undefined || !isHan(c);

/** Does a dictionary word (not a name) of 2–4 characters with at least `freq` begin at `p` in `s`? */
function wordAt(s: string, p: number, freq: number): boolean {
  for (let k = 2; k <= 4 && p + k <= s.length; k++) {
    const w = dictionaryWord(s.slice(p, p + k));
    if (w && !w.tag.startsWith('nr') && w.freq >= freq) return true;
  }
  return false;
}

/** Does an ordinary word of the recogniser (not a name's, not an unknown run) begin at `p`? */
function wordStarts(words: Words, p: number): boolean {
  const t = words.at(p);
  if (!t || t.word.length < 2 || t.tag === 'x' || t.tag.startsWith('nr')) return false;
  return (dictionaryWord(t.word)?.freq ?? 0) >= 100;
}

/** Does a reading that goes on at `p` run into a little word or an ordinary word (各, 则, 道路)? */
function runsOn(text: string, words: Words, p: number): boolean {
  return LIST_END_13.test(text.slice(p, p + 3)) || DOT_STOP_13.includes(text[p] ?? '') || (words.boundaries.has(p) && wordStarts(words, p));
}

/** Does `item` hold a frequent ordinary word (2 characters, not a name's)? */
function holdsWord(item: string, freq: number): boolean {
  for (let k = 0; k + 2 <= item.length; k++) {
    const w = dictionaryWord(item.slice(k, k + 2));
    if (w && !w.tag.startsWith('nr') && w.freq >= freq) return true;
  }
  return false;
}

/** Is `item` something other than a person (a word for a person, an organisation, a place, a thing, an ordinary word)? */
function notPersonItem(item: string): boolean {
  if (KIN_ADDRESS_13.test(item)) return false;
  // (an item that ran into a little word or an ordinary word: 冯小三等, 吴建多次)
  if (/[等均各都也的了着过]$/.test(item)) return true;
  if (item.length >= 4) {
    const w = dictionaryWord(item.slice(-2));
    if (w && !w.tag.startsWith('nr') && w.freq >= 100) return true;
  }
  if (!/^\p{Script=Han}{2,6}$/u.test(item) || /[某＊*]/.test(item)) return true;
  if (personWordBefore(item) || NOT_PERSON_END_13.test(item) || NOT_PERSON_START_13.test(item)) return true;
  const w = dictionaryWord(item);
  if (w && !w.tag.startsWith('nr')) return true;
  // (a word for a person inside it: 操作工邱俊杰 is a role and a name, read by others)
  for (let k = 2; k < item.length; k++) if (personWordBefore(item.slice(0, k))) return true;
  return false;
}

/** Does the item that begins at `at` end cleanly at `e`? */
function cleanEnd(text: string, words: Words, e: number): boolean {
  if (clean(text[e])) return true;
  if (LIST_END_13.test(text.slice(e, e + 3))) return true;
  const t = words.at(e);
  return !!t && t.word.length >= 1 && AFTER_TAG_13.test(t.tag) && t.tag !== 'm';
}

/** Does a word for a person end at `i` as a word of the recogniser, or glued to the character at `i`'s left (员林)? */
function roleEndsAt(text: string, words: Words, i: number): boolean {
  if (!personWordEndsAt(text, i)) return false;
  const t = words.containing(i - 1);
  if (!t) return false;
  if (t.end === i) return true;
  return (
    t.start === i - 1 &&
    t.end === i + 1 &&
    words.boundaries.has(i - 1) &&
    (dictionaryWord(t.word)?.freq ?? 0) < 50 &&
    !personWordEndsAt(text, i + 1)
  );
}

/** Does a list's item or a name's first part open at `s` (after punctuation, a word for a person, a little word)? */
function opensAt(text: string, words: Words, s: number): boolean {
  if (clean(text[s - 1])) return true;
  const t = words.containing(s - 1);
  if (words.boundaries.has(s) && personWordEndsAt(text, s)) return true;
  if (!t || t.end !== s) return false;
  return (
    roleEndsAt(text, words, s) ||
    /^(?:有|是|和|及|与|的|由|对|向|将|为|让|给|被|把|从)$/.test(t.word) ||
    (/^v/.test(t.tag) && t.word.length >= 2)
  );
}

export function names13(text: string, words: Words, r: Reader13, sure: Set<string>, unsure: Set<string>): void {
  const add = nameAdder(r, sure, unsure);
  const isName = (n: string) => sure.has(n) || unsure.has(n);
  // (an item that holds or runs into a found name is none of its own — unless the found reading stops short inside
  // the item's run (阿拉 of 阿拉腾敖其尔), or runs on past its clean end into a little word (次仁卓玛各): that reading
  // goes where every place it stands is such a place)
  // (a found reading that runs on past a found item into a little word goes: 次仁卓玛各 beside 次仁卓玛)
  const dropRunOn = (n: string, at: number) => {
    for (const f of [...sure, ...unsure])
      if (
        f.length === n.length + 1 &&
        f.startsWith(n) &&
        text.startsWith(f, at) &&
        occurrences(text, f).every((o) => runsOn(text, words, o + n.length))
      ) {
        sure.delete(f);
        unsure.delete(f);
      }
  };
  const overlapsFound = (n: string, at = -1) => {
    const drop: string[] = [];
    for (const f of [...sure, ...unsure]) {
      if (f.length < 2 || !(f.includes(n) || n.includes(f))) continue;
      if (f === n || at < 0) return true;
      const occ = occurrences(text, f);
      const ext = n.slice(f.length);
      const short =
        n.startsWith(f) &&
        text.startsWith(f, at) &&
        isHanAt(text, at + f.length) &&
        !dictionaryWord(ext) &&
        !holdsWord(ext, 100) &&
        occ.every((o) => text.startsWith(n, o));
      // (one little character past the item, and the longer reading does not end cleanly itself)
      const long =
        f.startsWith(n) && f.length === n.length + 1 && text.startsWith(f, at) && occ.every((o) => runsOn(text, words, o + n.length));
      if (!short && !long) return true;
      drop.push(f);
    }
    for (const f of drop) {
      sure.delete(f);
      unsure.delete(f);
    }
    return false;
  };

  // (1) list propagation: the item after or before a found name across 、/和/及
  if (/[、和及]/.test(text))
    for (const set of [sure])
      for (const n of [...set]) {
        if (n.length < 2) continue;
        for (let o = text.indexOf(n); o >= 0; o = text.indexOf(n, o + n.length)) {
          const end = o + n.length;
          // after: A、B
          if ('、和及'.includes(text[end] ?? '') && isHanAt(text, end + 1)) {
            const at = end + 1;
            let re = at;
            while (isHanAt(text, re)) re++;
            // (a dotted name is the dotted reader's; a compound surname alone is no item: 慕容欣然)
            if (text[re] !== '·')
              for (let k = 2; k <= 6 && at + k <= text.length; k++) {
                if (!isHanAt(text, at + k - 1)) break;
                if (!words.boundaries.has(at + k) && !clean(text[at + k]) && !LIST_END_13.test(text.slice(at + k, at + k + 3))) continue;
                if (!cleanEnd(text, words, at + k)) continue;
                const item = text.slice(at, at + k);
                if (isName(item)) {
                  dropRunOn(item, at);
                  break;
                }
                if (r.surnameAt(at) >= item.length) continue;
                // (a two-character item that ends at a verb must not itself be glued from a word: 张三和同事称)
                if (
                  !notPersonItem(item) &&
                  !(r.surnameAt(at) === 0 && holdsWord(item, 100)) &&
                  !(text[end] !== '、' && holdsWord(item, 300)) &&
                  !overlapsFound(item, at)
                )
                  add(item, at, set === sure && (r.surnameAt(at) > 0 || !holdsWord(item, 1000)));
                break;
              }
          }
          // before: A、B where B is found; A begins after a word for a person, punctuation or a clause's start
          if ('、和及'.includes(text[o - 1] ?? '') && isHanAt(text, o - 2)) {
            const stop = o - 1;
            for (let k = 2; k <= 6 && stop - k >= 0; k++) {
              const s = stop - k;
              if (!isHanAt(text, s)) break;
              if (!opensAt(text, words, s)) continue;
              const item = text.slice(s, stop);
              if (isName(item)) break;
              if (!notPersonItem(item) && !(r.surnameAt(s) === 0 && holdsWord(item, 100)) && !overlapsFound(item, s))
                add(item, s, set === sure && (r.surnameAt(s) > 0 || !holdsWord(item, 1000)));
              break;
            }
          }
        }
      }

  // (2) after a word for a person or a role, at a word's start: the token read to a bracket or a digit is a name when
  // it holds no ordinary word (矿长助理X（蒙古族）, 医师X6月); a little word before the digit is none of it (X于5月)
  for (let i = 2; i < text.length; i++) {
    // (cheap gates first: a word begins at i or at i - 1)
    if (!(words.boundaries.has(i) || words.boundaries.has(i - 1)) || !isHanAt(text, i) || !isHanAt(text, i - 1)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    if (!roleEndsAt(text, words, i) || /(?:当事人|本人|他人|个人|行为人|责任人|法人|[省市区县镇乡村州旗]长)$/.test(before)) continue;
    let e = i;
    while (e < text.length && e - i < 7 && isHanAt(text, e)) e++;
    if (e - i > 6 || !/^[（(0-9０-９]/.test(text[e] ?? '')) continue;
    // (an official before a certificate number in brackets stays: 卫生监督员X（5401…）)
    if (/^[（(][0-9０-９A-Za-z]/.test(text.slice(e, e + 2)) || OFFICIAL_13.test(before)) continue;
    if (/^[0-9０-９]/.test(text[e] ?? '')) while (e - i >= 3 && '于在曾已将并又即'.includes(text[e - 1]!)) e--;
    const n = text.slice(i, e);
    if (n.length < 2 || n.length > 5 || /[了的是有和与及在于已未被将把对向从自至为等共约第各每]/.test(n)) continue;
    if (notPersonItem(n) || holdsWord(n, 50) || overlapsFound(n, i)) continue;
    add(n, i, r.surnameAt(i) > 0 || n.length >= 3);
    i = e;
  }

  // (3) dotted names: first part after a word for a person, 的 or a clause's start; last part before a word
  for (let d = text.indexOf('·'); d >= 0; d = text.indexOf('·', d + 1)) {
    if (!isHanAt(text, d - 1) || !isHanAt(text, d + 1)) continue;
    let ls = d;
    while (ls > 0 && d - ls < 10 && isHanAt(text, ls - 1)) ls--;
    let s = -1;
    for (let k = d - 1; k >= ls; k--) {
      // (the first part holds no frequent word: 安排古丽娜尔 is a verb and a name)
      if (holdsWord(text.slice(k, d), 1000)) break;
      if (
        (k === ls && clean(text[k - 1]) && text[k - 1] !== '·' && !DOT_OPEN_13.includes(text[k]!)) ||
        (words.boundaries.has(k) && opensAt(text, words, k))
      ) {
        s = k;
        break;
      }
    }
    if (s < 0 || (s === d - 1 && !roleEndsAt(text, words, s))) continue;
    // (a little word glued before the first part is none of it: 对迪丽努尔; a surname word of three characters the
    // recogniser knows that ends at the dot begins the name: 计调钮祜禄)
    while (DOT_OPEN_13.includes(text[s]!) && d - s > 2) s++;
    const last = words.containing(d - 1);
    if (last && last.end === d && last.start > s && last.word.length >= 3 && last.tag.startsWith('nr')) s = last.start;
    let p = d + 1;
    while (p < text.length && isHanAt(text, p) && p - d <= 8) {
      if (p - d > 2 && (DOT_STOP_13.includes(text[p]!) || (words.boundaries.has(p) && wordStarts(words, p)))) break;
      p++;
    }
    if (p - d > 9 || p - d < 3) continue;
    const name = text.slice(s, p);
    // (a reading of this dotted name already found, as long or shorter, stands; a longer one that runs on goes)
    const here = [...sure, ...unsure].filter((n) => n.includes('·') && text.startsWith(n, s) && s + n.length > d);
    for (const n of here)
      if (n.length > name.length && n.startsWith(name) && runsOn(text, words, s + name.length)) {
        sure.delete(n);
        unsure.delete(n);
      }
    if (isName(name) || here.some((n) => n.length <= name.length)) continue;
    add(name, s, true);
  }

  // (4) a nickname right before brackets that give the real name (小胖（真实姓名祁凯…）)
  if (/真实姓名|真名|本名|原名|实名/.test(text))
    for (const m of text.matchAll(/[小老阿]\p{Script=Han}{1,2}(?=[（(])/gu)) {
      if (!REAL_NAME_13.test(text.slice(m.index + m[0].length))) continue;
      add(m[0], m.index, true);
    }

  // (5) Latin names: in brackets after a Hangul name (김순희（Kim Soon-hee，…）); after 从 or before a contact in brackets
  if (/[A-Z]/.test(text)) {
    for (const m of text.matchAll(/[\uac00-\ud7af]{2,5}[（(]([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})(?=[，,）)；;])/g))
      add(m[1]!, m.index + m[0].length - m[1]!.length, true);
    for (const m of text.matchAll(
      /([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?=[（(](?:微信|微信号|电话|手机|QQ|联系电话|联系方式|LINE|Line|WhatsApp|KakaoTalk|Kakao))/g,
    ))
      add(m[1]!, m.index, true);
  }
}
