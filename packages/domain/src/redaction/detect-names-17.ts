import { SINGLE_SURNAMES_4 } from './lexicon-names-4.ts';
import { personWordEndsAt } from './detect-names-4.ts';
import { minorityEnds, minorityStart, TRANSLIT } from './detect-names-2.ts';
import { dictionaryWord, type Words } from './recogniser.ts';
import { isHan, occurrenceStarts as occurrences } from './scan.ts';
import type { Reader15 } from './detect-names-15.ts';
import { onlyBrand16 } from './detect-names-16.ts';

/**
 * 2026.5, ninth to twelfth rounds: readings found at the wrong length, and names beside names (rule set 2026.5 only; the
 * caller guards with the generation). A pass over the readings already found, anchored on them (the README's sections
 * of the ninth to twelfth rounds say each signal in policy words):
 *
 * - a verb of telling glued after a name (X系, X称其), a word for a person's last character or 中有 read before it (店长孙X,
 *   乘客中有X), 和/与/及 read before a name of three characters or more, a verb after a name found (X代班): left off;
 * - a surname left off a given name read alone (分别为关X), a given name's last character left off before a number
 *   (富永和2025年), a Latin given name's hyphenated part, a Japanese given name in kana: taken;
 * - a name read with the adverb after it (宋佳亦证实, X如不服本决定) ends before the adverb;
 * - a name read with 有 before it after a word for a person (学员有许晨) begins after 有;
 * - a minority name read short (乌云 of 乌云毕力格, 古丽 of 帕提古丽, 阿史木 of 阿史木呷) runs on over the characters of
 *   such names to where the recogniser ends a word, and back to a word for a person or a mark;
 * - a surname and a word of address (钟大爷、王阿姨) standing as a word of its own, where none of them is a public name;
 * - what a person is called, in quotes right after a word for a person, when no rule reads it (常客“胖虎”): 请确认;
 * - a name in Latin letters beside a sure one in a list (Lee Minho（…）、Park Jiwoo; Emily Watson和Yuki Tanaka), and
 *   the name in Chinese characters in brackets right after one (Yuki Tanaka（田中由纪）).
 */

/** An adverb or 及 glued to a name's end, with what follows it: the adverb begins the next phrase (亦证实, 如不服, 及自称). */
const ADVERB_TAIL_17 =
  /^(?:及(?=\p{Script=Han})|如(?:不服|对本|对上述|逾期|未按|有异议)|[亦也均都还又仍便并](?:证实|称|表示|承认|陈述|供述|说|在|系|是|为|未|已|不|没|曾|同|到|与|参与|知情|签|被|作|出具|提供|在场)|即(?:为|是|系|被)|则(?:称|表示|由))/u;
/** Surnames that are also little words (由, 但, 有 …): before a given name they are the little word. */
const LITTLE_SURNAMES_17 = '由于和与及同跟给让叫为被把将对向从在曾来付当以也还都但有';
/** Little words that never end a name before a number or a mark (X在2025年, X的, X等，). */
const FOLLOW_STOP_17 =
  '的在于对与及等是系为因已也均都并未不无被将把从自称说到即又还亦所之以曾共约年月日时站店厂村路区县市馆场所局队院司室楼房车';
/** Verbs and prepositions that begin what a person does, glued after a name (X代班, X用, X向). */
const VERB_START_17 = '代用在将把被给向对从到去来说讲称问带拿开做为是';
/** What brackets after a foreign name hold that is no name: a place, a nationality, a status (（台湾居民）, （英国籍）). */
const NOT_NAME_IN_BRACKETS_17 = /(?:居民|公民|华侨|同胞|人士|游客|旅客|乘客|籍|国|省|市|区|县|人|族|语|文|岁|男|女)/;
/** Characters of minority names beyond TRANSLIT that end Yi names (阿史木呷, 阿西么且). */
const YI_ENDS_17 = '呷嫫且么惹';
/** Little words that begin what follows a name (…其其格已与, …木呷正在). */
const AFTER_NAME_17 = '的在于已也均都并未不被将把从自称说到即又还亦和与及等是系为正曾';
/**
 * Mongolian name parts beyond the list of rule sets 2026.2–2026.4 (莫日根, 阿拉腾 …): a reading that begins with one
 * is a minority name that may run on (莫日根 + 其其格).
 */
const MORE_PARTS_17 = [
  ...'莫日根 莫德格 阿拉腾 敖其尔 布仁 乌恩 图布 那木吉拉 陶克涛 达古拉 乌仁 其布日 查干 巴拉珠尔 额布都 那钦 图们 温都苏 哈达'.split(' '),
  // (tenth round) Yi clan names, which begin a Yi name (马海 + 伍且, 吉克 + 木呷)
  ...'马海 阿苏 吉克 曲比 沙马 阿西 阿史 海来 吉木 俄底 瓦扎 勒格 吉伍 阿约 木乃 罗洪 俄木 吉觉 苏尼 阿牛 阿则 吉巴 阿侯 毛木 吉勒 曲木 阿鲁'.split(
    ' ',
  ),
];
const extChar = (c: string | undefined) => c !== undefined && (TRANSLIT.has(c) || YI_ENDS_17.includes(c));
/** A surname and a word of address (钟大爷, 王阿姨): a person, never a thing. */
const ADDRESSED_17 = /(\p{Script=Han})(?:大爷|大妈|大娘|大叔|大婶|大伯|阿婆|阿公|阿伯|阿姨|阿叔|阿婶|老爷子|老太太)(?![们家])/gu;
/** What may stand before such a word of address: a mark, the start, or a little word that joins or introduces. */
const ADDRESS_LEAD_17 = /(?:^|[^\p{Script=Han}]|[的、和与及同跟给向对让叫被找])$/u;
/** Words that open a quotation of speech (称“…”, 表示：“…”), never a name in quotes. */
const SPEECH_17 = /(?:称|说|讲|问|答|喊|道|叫|表示|要求|回答|提醒|告知|交代|承认|陈述|强调|[：:，,])$/;
/** A name in letters other than Chinese characters (Latin, Cyrillic, Hangul). */
const FOREIGN_START_17 = /^[A-Za-z\u0400-\u04FF\uAC00-\uD7AF]/;
/** A name in Latin letters: two or three capitalised words, or all capitals. */
const LATIN_NAME_17 = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2})(?![A-Za-z])/;
/** What joins items of a list. */
const LIST_JOIN_17 = /^(?:[、和及与]|以及)/;
/** Brackets right after a name (its nationality, passport, a Chinese form). */
const BRACKET_17 = /^[（(]([^（）()\n]{1,40})[）)]/;

/** Replaces `from` by `to` in whichever of the sets holds it. */
function replaceIn(sets: readonly Set<string>[], from: string, to: string): void {
  for (const set of sets)
    if (set.has(from)) {
      set.delete(from);
      set.add(to);
    }
}

export function names17(
  text: string,
  words: Words,
  reader: Reader15,
  sure: Set<string>,
  unsure: Set<string>,
  fromContext: ReadonlySet<string>,
): void {
  const sets = [sure, unsure] as const;
  const allowed = (n: string, at: number) => !reader.blocked(at, at + n.length) && !reader.isPublic(n);

  for (const set of sets)
    for (const n of [...set]) {
      if (fromContext.has(n) || n.length < 3) continue;
      const at = occurrences(text, n);
      if (!at.length) continue;
      // (1) an adverb read into the name's end: every occurrence goes on with the adverb's phrase
      const head = n.slice(0, -1);
      const dotted = n.includes('·');
      if (
        (dotted ? /·[^·]{2,}$/.test(head) : head.length >= 2) &&
        at.every((i) => ADVERB_TAIL_17.test(text.slice(i + n.length - 1, i + n.length + 6)))
      ) {
        replaceIn(sets, n, head);
        continue;
      }
      // (2) 有 read as a surname after a word for a person (学员有许晨), or (eleventh round) a conjunction that joins two
      // persons (当事人和格桑卓玛)
      if (
        // (a name of 和 and two characters stays whole: 和平安, 和阿妹 are Naxi names)
        (n[0] === '有' ? n.length >= 3 : '和与及同跟'.includes(n[0]!) && n.length >= 4) &&
        (reader.surnameAt(at[0]! + 1) > 0 || minorityStart(text, at[0]! + 1)) &&
        at.every((i) => personWordEndsAt(text, i))
      ) {
        replaceIn(sets, n, n.slice(1));
        continue;
      }
    }

  // (2b) twelfth round: a reading a character or two off at its ends, where a person stands —
  for (const set of sets)
    for (const n of [...set]) {
      if (fromContext.has(n) || !isHan(n[0]) || n.includes('·')) continue;
      const at = occurrences(text, n);
      if (!at.length) continue;
      // a verb of telling glued at its end (X称其, X系): the name before it
      const verb = /(?:称其|称|系)$/.exec(n);
      if (verb && n.length - verb[0].length >= 2 && reader.surnameAt(at[0]!) > 0) {
        replaceIn(sets, n, n.slice(0, n.length - verb[0].length));
        continue;
      }
      // (a character and 系 is no name: 贵系 of X长贵系)
      if (verb?.[0] === '系' && n.length === 2) {
        set.delete(n);
        continue;
      }
      // the last character of a word for a person read as a compound surname's first (店长孙X → 孙X), or 中有 after one
      // (乘客中有X)
      const lead = n.startsWith('中有') ? 2 : 1;
      if (
        n.length - lead >= 2 &&
        reader.surnameAt(at[0]! + lead) > 0 &&
        at.every((i) => (lead === 2 ? personWordEndsAt(text, i) : personWordEndsAt(text, i + 1) && !personWordEndsAt(text, i)))
      ) {
        replaceIn(sets, n, n.slice(lead));
        continue;
      }
      if (n.length !== 2) continue;
      for (const i of at) {
        // a given name read without its surname (分别为关玉兰 → 玉兰): the surname before it belongs to it — not a surname
        // that is a little word or ends a word for a person (交由X, 医师X), nor before a minority name
        if (
          reader.surnameAt(i - 1) === 1 &&
          (/[为有是和与及、，,：:（(]/.test(text[i - 2] ?? '') || personWordEndsAt(text, i - 1)) &&
          !LITTLE_SURNAMES_17.includes(text[i - 1]!) &&
          !personWordEndsAt(text, i) &&
          !minorityStart(text, i)
        ) {
          const name = text.slice(i - 1, i + 2);
          if (!dictionaryWord(name) && allowed(name, i - 1)) set.add(name);
        }
        // a surname and one character before a given name's last character and a number or a mark (富永和2025年 → 富永和)
        const c = text[i + 2];
        if (
          reader.surnameAt(i) === 1 &&
          c !== undefined &&
          isHan(c) &&
          !FOLLOW_STOP_17.includes(c) &&
          !dictionaryWord(n + c) &&
          /[0-9０-９（(，,。；;、]/.test(text[i + 3] ?? '') &&
          allowed(n + c, i)
        )
          set.add(n + c);
      }
    }

  // (3) a minority name read short runs on over the characters of such names
  for (const set of sets)
    for (const n of [...set]) {
      if (n.includes('·') || !(extChar(n[0]) || minorityStart(n, 0) || MORE_PARTS_17.some((p) => n.startsWith(p)))) continue;
      for (const i of occurrences(text, n)) {
        const end = i + n.length;
        let e = end;
        while (e < text.length && e - i < 10 && extChar(text[e])) e++;
        // (the ends reached by characters of such names, or by a Mongolian or Tibetan name part: 莫日根 + 其其格)
        const ends = new Set([...Array(e - end).keys()].map((d) => end + d + 1));
        for (const k of minorityEnds(text, end, Math.min(text.length, end + 8)).keys()) ends.add(k);
        let longer: string | null = null;
        for (const k of [...ends].sort((a, b) => b - a)) {
          // (to where the recogniser ends a word, and not into a frequent word: 乌云和 …)
          const tail = text.slice(end, k);
          if (!(k === text.length || !isHan(text[k]) || words.boundaries.has(k) || AFTER_NAME_17.includes(text[k]!))) continue;
          if ((dictionaryWord(tail)?.freq ?? 0) >= 500 || (tail.length === 1 && !YI_ENDS_17.includes(tail) && !'格尔丽'.includes(tail)))
            continue;
          longer = text.slice(i, k);
          break;
        }
        let s = i;
        while (s > 0 && i - s < 4 && extChar(text[s - 1])) s--;
        let from = i;
        for (let k = s; k < i - 1; k++) {
          // (back to a word for a person or a mark before it: 收银员帕提古丽; never over a word that ends where the
          // name begins: 本名黎可儿)
          const lead = text.slice(k, i);
          if ([...lead].some((_, j) => lead.length - j >= 2 && dictionaryWord(lead.slice(j)))) continue;
          if (k === 0 || !isHan(text[k - 1]) || personWordEndsAt(text, k)) {
            from = k;
            break;
          }
        }
        const start = from;
        const stop = longer ? i + longer.length : end;
        if (start === i && stop === end) continue;
        const name = text.slice(start, stop);
        if (dictionaryWord(name) || !allowed(name, start)) continue;
        set.add(name);
      }
    }

  // (3b) a reading that is a name found and a verb after it (X代班 beside X): the name alone
  for (const set of sets)
    for (const n of [...set]) {
      if (n.length < 4 || fromContext.has(n)) continue;
      for (let k = n.length - 2; k >= 2; k--) {
        const head = n.slice(0, k);
        if (!(sure.has(head) || unsure.has(head))) continue;
        const rest = n.slice(k);
        if (/^v/.test(dictionaryWord(rest)?.tag ?? '') || (rest.length <= 2 && VERB_START_17.includes(rest[0]!))) set.delete(n);
        break;
      }
    }

  // (3c) a name found and what continues it in other letters: a Latin given name's hyphenated part (Chen Wei + -Ling),
  // a Japanese given name in kana (小林 + さくら)
  for (const set of sets)
    for (const n of [...set]) {
      const latin = /^[A-Za-z]/.test(n);
      if (!latin && !isHan(n[0])) continue;
      for (const i of occurrences(text, n)) {
        const rest = text.slice(i + n.length, i + n.length + 12);
        const more = latin ? /^-[A-Z][a-z]+(?![A-Za-z])/.exec(rest) : /^[\u3040-\u30ff]{2,8}(?![\u3040-\u30ff])/u.exec(rest);
        if (more && allowed(n + more[0], i)) set.add(n + more[0]);
      }
    }

  // (4) 钟大爷、王阿姨: a surname and a word of address standing as a word of its own
  for (const m of text.matchAll(ADDRESSED_17)) {
    if (!SINGLE_SURNAMES_4.has(m[1]!) || !ADDRESS_LEAD_17.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    if (dictionaryWord(m[0]) || !allowed(m[0], m.index)) continue;
    unsure.delete(m[0]);
    sure.add(m[0]);
  }

  // (5) what a person is called, in quotes right after a word for a person (常客“胖虎”, 车主“秋兰姐专车”), when no
  // rule reads it: 请确认 — a nickname or an account's name, unless it is a brand or a word of the dictionary
  for (const m of text.matchAll(/[“"]([\p{Script=Han}A-Za-z]{2,6})[”"]/gu)) {
    const inner = m[1]!;
    const at = m.index + 1;
    // (never what a person says: 称“…”, 说“…”, 表示：“…”)
    if (SPEECH_17.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // (nor a phrase: a verb, an adverb, a preposition or a count inside — “看男女”, “帮忙处理”, “多练几圈”; nor one that
    // begins like a verb phrase — “代开卡”)
    if (/^[代专多帮看推拉开送买卖收办找跑接做]/.test(inner)) continue;
    let phrase = false;
    for (let k = at; k < at + inner.length; k++) {
      const t = words.at(k);
      if (t && /^[vdpmcuq]/.test(t.tag)) phrase = true;
    }
    if (phrase) continue;
    if (sure.has(inner) || unsure.has(inner) || dictionaryWord(inner) || !allowed(inner, at)) continue;
    if (!personWordEndsAt(text, m.index) || onlyBrand16(text, inner)) continue;
    // (not a shop's or an organisation's name: 店, 公司, 超市 … at its end)
    if (/(?:店|铺|公司|超市|商行|中心|平台|群|号|馆|厂|站|社|部)$/.test(inner)) continue;
    unsure.add(inner);
  }

  // (6) names in Latin letters (or Cyrillic, Hangul) in a list with a sure one, and what the brackets right after one
  // give: its form in Latin letters (Анна Смирнова（Anna Smirnova，…）) or in Chinese characters (Yuki Tanaka（X）)
  const queue = [...sure].filter((n) => FOREIGN_START_17.test(n));
  const seen = new Set(queue);
  while (queue.length) {
    const n = queue.shift()!;
    for (const i of occurrences(text, n)) {
      let pos = i + n.length;
      const br = BRACKET_17.exec(text.slice(pos, pos + 44));
      if (br) {
        const inner = br[1]!;
        const parts = inner.split(/[，,、；;]/);
        let from = pos + 1;
        for (const part of parts) {
          const han =
            /^(?:中文名字?|汉名|本名|真名|原名)[：:为是]?(\p{Script=Han}{2,5})$/u.exec(part) ??
            (parts.length === 1 ? /^(\p{Script=Han}{2,4})$/u.exec(part) : null);
          const latin = LATIN_NAME_17.exec(part);
          const found = han?.[1] ?? (latin && latin[1] === part ? part : null);
          const at = from + part.length - (found?.length ?? 0);
          from += part.length + 1;
          if (!found || (han && NOT_NAME_IN_BRACKETS_17.test(found)) || dictionaryWord(found) || !allowed(found, at)) continue;
          sure.add(found);
          unsure.delete(found);
        }
        pos += br[0].length;
      }
      const join = LIST_JOIN_17.exec(text.slice(pos, pos + 2));
      if (!join) continue;
      pos += join[0].length;
      const next = LATIN_NAME_17.exec(text.slice(pos, pos + 40));
      if (!next || !allowed(next[1]!, pos)) continue;
      sure.add(next[1]!);
      unsure.delete(next[1]!);
      if (!seen.has(next[1]!)) {
        seen.add(next[1]!);
        queue.push(next[1]!);
      }
    }
  }
}
