import { dictionaryWord, type Words } from './recogniser.ts';
import { allHan, isHan, isHanAt, occurrenceStarts as occurrences } from './scan.ts';
import { commonGivenChar, personWordBefore, personWordEndsAt, RARE_SURNAMES_6, slotCandidate } from './detect-names-4.ts';
import { endsCleanly, FOLLOW, FOLLOW_LITTLE, simplifiedSurnameChar, slotName, wordsOver, yiName } from './detect-names-6.ts';

/**
 * 2026.5, fourth round (engine generation 6): names in Han characters whose place is told by what stands
 * around them rather than by a word right before them. The misses of the blind sets after the third round
 * were names in plain places the readers did not know:
 *  - a name right before brackets that speak of a person (身份证, 男/女, an age, 未成年, 民族, 户籍, 住址,
 *    手机/电话, 护照, 国籍, a kinship word): the name is read backwards from the bracket;
 *  - a name inside brackets after what describes a minor or a relative (（未成年，X）);
 *  - a name read with the kinship word before it glued on (之母X), or one character long where the
 *    recogniser glued a verb to it (经理X用手机), or one character short of a minority name's last
 *    syllable (…琪琪格);
 *  - a name after 姓名 written without a colon, after 即 where a nickname or a person word stands before
 *    it (“大刘”即X, 网管二虎即X — the nickname before 即 is a name too), right after a quoted nickname
 *    (“阿强”X);
 *  - the next item of a list after a name already found (X、Y, traditional characters too; an unseen
 *    word with a little word glued on, Y未取得);
 *  - a name between 从/向/跟 and 那里/处 (goods taken from a person).
 * A registered person's name on an organisation's header line is read as the whole field (a Yi or Dai
 * name: 项目负责人：X), so that it stays public.
 */
export interface Reader7 {
  surnameAt(k: number): number;
  blocked(start: number, end: number): boolean;
  isPublic(name: string): boolean;
}

/** Characters a given name does not hold (little words, pronouns, numbers, what ends things). */
const STOP =
  '的了着过们这那是在于对与及和或等已也均都并未不无被将把从自称说到去即又还亦所之以其该另应须某个人处号市县区省镇乡村路街巷局厅站所队院校会部科室股组团店厂场馆司籍族前后上下内外中里旁边年月日时分秒公共证码机话址';

const KIN = '父母妻夫子女儿兄弟姐妹侄孙甥婿媳嫂舅姨姑叔伯爷奶婆';
/** A name read with the kinship word before it (之母X, 其女X). */
const KIN_GLUED = new RegExp(`^(?:之|其)[${KIN}](\\p{Script=Han}{2,4})$`, 'u');
/** A name inside brackets after what describes a minor or a relative: （未成年，X）, （其女，X）. */
const IN_PAREN = new RegExp(
  `[（(](?:未成年人?|[0-9０-９]{1,3}岁|[男女]|[^（）()\\n]{0,6}[${KIN}])[，,、：:][ \\t　]*(\\p{Script=Han}{2,5})[）)，,]`,
  'gu',
);
/** Characters a word for a person ends with (员工, 子女): a name does not begin with them. */
const PERSON_END = KIN + '人员工师长者生户友属客主手匠官警';
/** What brackets after a person's name speak of: an ID, sex, age, minority, origin, dwelling, phone, passport, kin. */
const PERSON_PAREN_SURE = new RegExp(
  `^[（(](?:[男女][，,、）)；;]|[0-9０-９]{1,3}(?:岁|周岁)|[^（）()\\n]{0,14}?(?:身份证|公民身份号码|未成年|民族|[汉回藏苗彝壮满蒙维傣瑶白土佤羌侗黎畲][族]|户籍|国籍|[^，,]籍[，,）)]|护照|(?:之|的|其)[${KIN}]|(?:[表堂][${KIN}])|[0-9０-９]{1,3}岁))`,
  'u',
);
const PERSON_PAREN_WEAK = /^[（(][^（）()\n]{0,10}?(?:手机|电话|联系方式|住址|住所|家住|现住|住[：:])/u;

const PREP = '向于对从与和由给把被将同跟让叫为在';

/** Can a name begin at `i` (given what stands before it)? */
function leftOpen(text: string, words: Words, i: number): boolean {
  const prev = text[i - 1];
  if (i === 0 || !isHan(prev)) return true;
  const before = text.slice(Math.max(0, i - 8), i);
  if (personWordEndsAt(text, i)) return true;
  if (/(?:的|从|即|向|由|与|和|及|同|跟|让|叫|请|被|把|给|对|是|为|有)$/.test(before) && words.boundaries.has(i)) return true;
  return /(?:的|从|即)$/.test(before);
}

/** A name at [s, e) whose both ends are told by what stands around it: a surname and a given name, or unseen words. */
function shapedName(text: string, words: Words, reader: Reader7, s: number, e: number): boolean {
  const n = text.slice(s, e);
  if (n.length < 2 || n.length > 5 || !allHan(n)) return false;
  // (a word for a person glued before a name is no part of it: 主播X, 库管X)
  // (a reading of five characters that ends with a surname and two given-name characters is a title and a name)
  for (const k of [2, 3])
    if (n.length - k >= 2 && personWordBefore(n.slice(0, k)) && (reader.surnameAt(s + k) || simplifiedSurnameChar(n[k]!))) return false;
  if (n.length === 5 && reader.surnameAt(s + 2) === 1 && commonGivenChar(n[3]!) && commonGivenChar(n[4]!)) return false;
  const whole = dictionaryWord(n);
  // (a rare word of the dictionary is no proof against a name: 欧阳建/ns 2)
  const nrWord = whole !== undefined && whole.tag.startsWith('nr') && whole.freq < 1000;
  if (whole && !nrWord && (whole.freq >= 20 || /^(?:v|vn|vd|d|p|c|a|ad|an|r|m|q|f|t)$/.test(whole.tag))) return false;
  const sl = reader.surnameAt(s) || (simplifiedSurnameChar(n[0]!) ? 1 : 0);
  if (yiName(n)) return true;
  if (sl && n.length - sl >= 1 && n.length - sl <= 3) {
    const given = n.slice(sl);
    if ([...given].some((c) => STOP.includes(c))) return false;
    if (nrWord) return true;
    // a given name of three characters: a minority name (敖登高娃), never of frequent words
    if (given.length === 3) for (let k = 0; k + 2 <= 3; k++) if ((dictionaryWord(given.slice(k, k + 2))?.freq ?? 0) >= 2000) return false;
    const g = given.length === 2 ? dictionaryWord(given) : undefined;
    if (g && !g.tag.startsWith('nr') && g.freq >= 2000) return false;
    return true;
  }
  // no surname: the recogniser's unseen or name words (古丽娜尔), of three to five characters
  if (n.length < 3 || [...n].some((c) => STOP.includes(c))) return false;
  // (the first character may be glued to the word before: 人员额/尔敦)
  const first = words.containing(s);
  for (let k = first && first.start === s - 1 && first.end === s + 1 ? s + 1 : s; k < e;) {
    const t = words.containing(k);
    if (!t || !(t.tag === 'x' || t.tag.startsWith('nr'))) return false;
    k = t.end;
  }
  for (let k = 0; k + 2 <= n.length; k++) if ((dictionaryWord(n.slice(k, k + 2))?.freq ?? 0) >= 1000) return false;
  return true;
}

/**
 * The name that begins at `i` where a person stands for sure, read to where it ends cleanly: the longest
 * reading the recogniser ends a word at, else the longest that ends cleanly at all.
 */
function readAt(text: string, words: Words, reader: Reader7, i: number): string | null {
  let glued: string | null = null;
  for (let len = 5; len >= 2; len--) {
    const e = i + len;
    if (e > text.length || !shapedName(text, words, reader, i, e) || !endsCleanly(text, words, e)) continue;
    const n = text.slice(i, e);
    const sl = reader.surnameAt(i) || (simplifiedSurnameChar(n[0]!) ? 1 : 0);
    // a given name of three characters, or a name of five, only from the recogniser's unseen or name words
    if ((sl && len - sl === 3) || len === 5)
      if (!wordsOver(words, i + (sl || 0), e).every((t) => t.tag === 'x' || t.tag.startsWith('nr'))) continue;
    if (words.boundaries.has(e) || PUNCT_NEXT.test(text[e] ?? '')) return n;
    glued ??= n;
  }
  return glued;
}
const PUNCT_NEXT = /^(?:[、，,。；;：:（()）“”"'‘’「」《》\s　!！?？]|)$/u;

/** Characters of verbs the recogniser glues to a name before them (X用手机, X拿走), never common in given names. */
const VERB_GLUE = '用拿把让叫给称说要带骑坐驾打找送递交收领取搬拉扛抬推写签填喊问答';

/** Characters that end minority names in Han characters (其其格, 高娃, 巴特尔, 卓玛, 格日勒图, 苏日乐). */
const MINORITY_TAIL = '格娃尔玛图乐';

export function names7(text: string, words: Words, reader: Reader7, sure: Set<string>, unsure: Set<string>): void {
  const addSure = (n: string, at: number) => {
    if (reader.blocked(at, at + n.length) || reader.isPublic(n)) return;
    unsure.delete(n);
    sure.add(n);
  };
  const addUnsure = (n: string, at: number) => {
    if (reader.blocked(at, at + n.length) || reader.isPublic(n) || sure.has(n)) return;
    unsure.add(n);
  };
  const slotReader = { surnameAt: reader.surnameAt, blocked: reader.blocked };

  // names read with the kinship word before them glued on (之母X, 其女X): the name is what follows
  for (const set of [sure, unsure])
    for (const n of [...set]) {
      const m = KIN_GLUED.exec(n);
      if (!m) continue;
      const at = text.indexOf(n) + 2;
      if (!shapedName(text, words, reader, at, at + m[1]!.length)) continue;
      set.delete(n);
      set.add(m[1]!);
    }

  // one character long where the recogniser glued a verb to the name (经理X用手机): the name is two characters
  for (const n of [...sure]) {
    if (n.length !== 3 || reader.surnameAt(text.indexOf(n)) !== 1) continue;
    const last = n[2]!;
    if (commonGivenChar(last) || !commonGivenChar(n[1]!) || !VERB_GLUE.includes(last)) continue;
    const at = occurrences(text, n);
    if (!at.every((k) => isHanAt(text, k + 3) && personWordEndsAt(text, k))) continue;
    if (!words.containing(at[0]!)?.tag.startsWith('x')) continue;
    sure.delete(n);
    sure.add(n.slice(0, 2));
  }

  // one character short of a minority name's last syllable (之女X琪琪格负责): the longer reading
  for (const n of [...sure]) {
    if (n.length < 3 || n.length > 4 || !isHanAt(n, 0)) continue;
    for (const k of occurrences(text, n)) {
      const e = k + n.length;
      const c = text[e] ?? '';
      if (!MINORITY_TAIL.includes(c) || !endsCleanly(text, words, e + 1) || dictionaryWord(c + (text[e + 1] ?? ''))) continue;
      if (!personWordEndsAt(text, k)) continue;
      if (words.boundaries.has(e) && !/^(?:n|ng|x|nr)$/.test(words.containing(e)?.tag ?? '')) continue;
      sure.delete(n);
      sure.add(n + c);
      break;
    }
  }

  // a minority name read one or two characters short where a person stands (工人X、, 队长X报告): the longer
  // reading that ends cleanly; a given name read without its rarer surname after a word for a person (调度员X兰兰)
  for (const set of [sure, unsure])
    for (const n of [...set]) {
      if (n.length < 2 || n.length > 4 || !allHan(n)) continue;
      // (only a name without a Chinese surname or a Yi family name is lengthened; only two given-name characters take a surname)
      const first = text.indexOf(n);
      const canLengthen = n.length >= 3 ? reader.surnameAt(first) === 0 || yiName(`${n}甲乙`.slice(0, 4)) : yiName(`${n}甲乙`);
      const canTakeSurname = n.length === 2 && commonGivenChar(n[0]!) && commonGivenChar(n[1]!);
      if (!canLengthen && !canTakeSurname) continue;
      for (const o of occurrences(text, n)) {
        const placed = personWordEndsAt(text, o) || text[o - 1] === '、';
        if (!placed && text[o + n.length] !== '、') continue;
        const sl = reader.surnameAt(o);
        // (a name of a Chinese surname and two common given-name characters is complete)
        if (sl === 1 && n.length === 3 && commonGivenChar(n[1]!) && commonGivenChar(n[2]!)) break;
        let longer: string | null = null;
        for (const extLen of [2, 1]) {
          const e = o + n.length + extLen;
          const ext = text.slice(o + n.length, e);
          const m = n + ext;
          if (ext.length < extLen || m.length > 6 || ![...ext].every((c) => isHan(c) && !STOP.includes(c) && !FOLLOW.includes(c))) continue;
          if (VERB_GLUE.includes(ext[0]!) || !(words.boundaries.has(e) || PUNCT_NEXT.test(text[e] ?? ''))) continue;
          if (!endsCleanly(text, words, e) || dictionaryWord(m) || (dictionaryWord(ext)?.freq ?? 0) >= 100) continue;
          // (only a name without a Chinese surname, or a Yi name: 公孙磊 is no 公孙磊目)
          if (!yiName(m) && (n.length < 3 || sl > 0)) continue;
          if (!words.boundaries.has(o + n.length) && !/^(?:x|nr|nrt|v|n|ng)$/.test(words.containing(o + n.length)?.tag ?? '')) continue;
          longer = m;
          break;
        }
        if (longer) {
          if (occurrences(text, n).every((k) => text.startsWith(longer!, k))) set.delete(n);
          if (set === sure) addSure(longer, o);
          else addUnsure(longer, o);
          break;
        }
        // 调度员朵兰兰: the given name was read alone
        const c = text[o - 1] ?? '';
        if (
          n.length === 2 &&
          commonGivenChar(n[0]!) &&
          commonGivenChar(n[1]!) &&
          (RARE_SURNAMES_6.has(c) || reader.surnameAt(o - 1) === 1) &&
          personWordEndsAt(text, o - 1) &&
          !personWordEndsAt(text, o) &&
          !dictionaryWord(c + n)
        ) {
          if (occurrences(text, n).every((k) => text[k - 1] === c)) set.delete(n);
          if (set === sure) addSure(c + n, o - 1);
          else addUnsure(c + n, o - 1);
          break;
        }
      }
    }

  // a name right before brackets that speak of a person: 从X（经营者之兄，…）, 的X（身份证号码…）
  for (const m of text.matchAll(/[（(]/g)) {
    const p = m.index;
    const after = text.slice(p, p + 24);
    const strong = PERSON_PAREN_SURE.test(after);
    // (or the person's other name in brackets, found already: X（Y）)
    const other = /^[（(](\p{Script=Han}{2,4})[）)]/u.exec(after)?.[1];
    const aliasOf = other !== undefined && (sure.has(other) || unsure.has(other));
    if (!strong && !aliasOf && !PERSON_PAREN_WEAK.test(after)) continue;
    if (!isHanAt(text, p - 1)) continue;
    for (let len = 5; len >= 2; len--) {
      const s = p - len;
      if (s < 0) continue;
      if (!leftOpen(text, words, s)) continue;
      // (the first character ends a word for a person: 员工X, 子女X)
      const w0 = words.containing(s);
      if (w0 && w0.start < s && w0.end === s + 1 && PERSON_END.includes(text[s]!)) continue;
      // (a word for a person of the dictionary ends right before: 押运人员X, not 车间主|任X)
      const titled =
        personWordEndsAt(text, s) &&
        (words.boundaries.has(s) || [2, 3].some((k) => s >= k && dictionaryWord(text.slice(s - k, s)) !== undefined));
      // a word of the recogniser must not run across the name's start (物业公司成都), unless glued to a person word
      // (押运人员/额尔敦: 员额/n)
      if (isHanAt(text, s - 1) && !words.boundaries.has(s) && !/(?:的|从|即)$/.test(text.slice(0, s))) {
        if (!(titled && (strong || words.containing(s)?.tag === 'x'))) continue;
      }
      const n0 = text.slice(s, p);
      // a surname rarer than the lists before two common given-name characters, after a word for a person
      // (驾驶员X国庆（身份证…）)
      const rare =
        strong &&
        titled &&
        len === 3 &&
        !STOP.includes(n0[0]!) &&
        !PREP.includes(n0[0]!) &&
        commonGivenChar(n0[1]!) &&
        commonGivenChar(n0[2]!) &&
        !dictionaryWord(n0);
      if (!rare && !shapedName(text, words, reader, s, p)) continue;
      // (a preposition before a name is no surname: 向X（19岁）)
      if (len > 2 && PREP.includes(text[s]!) && shapedName(text, words, reader, s + 1, p)) continue;
      const n = text.slice(s, p);
      // (a longer reading that begins with a word for a person is that word and a name: 之兄X)
      if (len > 3 && personWordBefore(text.slice(s, s + 2)) && len - 2 >= 2) continue;
      if (strong) addSure(n, s);
      else addUnsure(n, s);
      break;
    }
  }

  // a name inside brackets after what describes a minor or a relative: （未成年，X）, （其女，X）
  for (const m of text.matchAll(IN_PAREN)) {
    const s = m.index + m[0].length - 1 - m[1]!.length;
    if (shapedName(text, words, reader, s, s + m[1]!.length)) addSure(m[1]!, s);
  }

  // after 姓名 without a colon (要求保密，姓名X，电话…), after 即 where a nickname or a person word stands before it
  // a reading that begins with the word that introduces a name (全名X) is none: the name after it is read below
  for (const set of [sure, unsure]) for (const n of [...set]) if (/^(?:全名|真名|本名|原名|姓名)/.test(n)) set.delete(n);
  for (const m of text.matchAll(/(?:(?<![真实])姓名|全名|即)(?=\p{Script=Han})/gu)) {
    const i = m.index + m[0].length;
    let nick: { at: number; name: string } | null = null;
    if (m[0] === '即') {
      // “大刘”即X, （即X）; 网管二虎即X: a nickname of two or three characters right after a word for a person
      if (!/[”"’」（(]$/.test(text.slice(0, m.index))) {
        for (const len of [2, 3]) {
          const k = m.index - len;
          const nn = text.slice(k, m.index);
          if (k < 0 || ![...nn].every((c) => isHan(c) && !'的了是在于和与及也都即'.includes(c))) continue;
          if (personWordEndsAt(text, k) && !dictionaryWord(nn)) {
            nick = { at: k, name: nn };
            break;
          }
        }
        if (!nick) continue;
      }
    }
    const sr = { surnameAt: reader.surnameAt, commonGiven: (g: string) => [...g].every((c) => commonGivenChar(c)), little: () => false };
    const n = slotName(text, words, sr, i, true, true, m[0] !== '即') ?? readAt(text, words, reader, i);
    if (!n || !shapedName(text, words, reader, i, i + n.length)) continue;
    addSure(n, i);
    if (nick) addSure(nick.name, nick.at);
  }

  // right after a quoted nickname that is a name already (朋友“阿强”X租用): the person's name
  for (const m of text.matchAll(/[“"‘「](\p{Script=Han}{1,4})[”"’」](?=\p{Script=Han})/gu)) {
    if (!sure.has(m[1]!) && !unsure.has(m[1]!)) continue;
    const i = m.index + m[0].length;
    const n = slotCandidate(text, words, slotReader, i) ?? readAt(text, words, reader, i);
    if (n && shapedName(text, words, reader, i, i + n.length)) addSure(n, i);
  }

  // the next item of a list after a name already found (顾客A、B; …（护照…）、古丽娜尔未取得)
  for (const n of [...sure]) {
    if (!text.includes(`${n}、`) && !text.includes(`${n}（`) && !text.includes(`${n}(`)) continue;
    for (const k of occurrences(text, n)) {
      let e = k + n.length;
      const paren = /^[（(][^（）()\n]{0,40}[）)]/.exec(text.slice(e, e + 44));
      if (paren) e += paren[0].length;
      if (text[e] !== '、') continue;
      const i = e + 1;
      if (!isHanAt(text, i)) continue;
      // (a reading the other readers took at the same place is promoted: 马骏 before 作证 is not 马骏作)
      const taken = [...sure, ...unsure].filter((x) => x.length >= 2 && text.startsWith(x, i)).sort((a, b) => b.length - a.length)[0];
      if (taken) {
        if (unsure.has(taken)) addSure(taken, i);
        continue;
      }
      let r = slotCandidate(text, words, slotReader, i) ?? readAt(text, words, reader, i);
      if (!r) {
        // an unseen word with a little word that follows names glued on (古丽娜尔未/x)
        const t = words.at(i);
        if (t && t.tag === 'x' && t.word.length >= 4 && FOLLOW_LITTLE.includes(t.word.at(-1)!)) {
          const cand = t.word.slice(0, -1);
          if (shapedName(text, words, reader, i, i + cand.length) && !reader.surnameAt(i)) r = cand;
        }
      }
      // (a word for a person before the next name is no name: 、库管X, 、主播X)
      if (!r || personWordBefore(r) || [...sure, ...unsure].some((x) => x.length >= 2 && text.startsWith(x, i + r!.length))) continue;
      if (shapedName(text, words, reader, i, i + r.length)) addSure(r, i);
    }
  }

  // between 从/向/跟 and 那里/处 (油是从X那里收的): the person goods came from
  for (const m of text.matchAll(/(?:从|向|跟)(\p{Script=Han}{2,5}?)(?:那里|那儿|手里|手上|手中)/gu)) {
    const s = m.index + 1;
    if (shapedName(text, words, reader, s, s + m[1]!.length)) addUnsure(m[1]!, s);
  }
}

/**
 * A registered person's name on an organisation's header line read as the whole field (项目负责人：X　…,
 * 安全负责人：X): two to five characters up to the end of the field.
 */
export function registeredField(text: string, i: number): string | null {
  const m = /^(\p{Script=Han}{2,5})(?=$|[ \t　\n，,。；;（(])/u.exec(text.slice(i, i + 8));
  return m ? m[1]! : null;
}
