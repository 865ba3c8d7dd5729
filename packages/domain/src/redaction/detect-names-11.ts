import { dictionaryWord, type Words } from './recogniser.ts';
import { commonGivenChar, personWordBefore, personWordEndsAt } from './detect-names-4.ts';
import { simplifiedSurnameChar } from './detect-names-6.ts';
import { isHanAt, occurrenceStarts as occurrences } from './scan.ts';

/**
 * 2026.5, sixth round: names by what they are called and where a person stands (rule set 2026.5 only; the caller
 * guards with the generation). Each reading is anchored on a cue — a verb of telling, a word for a person, a list's
 * joint, a quote after a word of calling or signing — never on a scan of every character.
 *
 * - a name read a character short where the recogniser glued its last character to a verb of telling (X宇/称);
 * - a name without a Chinese surname (Uyghur, Yi) of name-sound characters after a word for a person (工人 too)
 *   or after 的 that closes a verb phrase, before a verb;
 * - what a person is called in quotes: after a passive verb of calling (被称为“…”, the whole quote), in brackets
 *   right after a name (（同事称“…”）), a word of address with 阿 as a clause's subject (“阿X爷叔”去年…), a slang
 *   word for a person after a word for a person (邻居“X妹子”);
 * - a name in quotes after 签名/署名 (traditional characters too);
 * - the next item of a list after a found name, before a verb of telling (A、向X证实): a surname and one or two
 *   characters, even when they make an ordinary word;
 * - a Latin name with a space as a list item beside found names or before 等 and a word for persons.
 */
export interface Reader11 {
  surnameAt(k: number): number;
  blocked(start: number, end: number): boolean;
  isPublic(name: string): boolean;
}

/**
 * Adds a reading at `at` as sure (taken out of the unsure ones) or unsure (unless already sure); never a single
 * character, a reading over what is guarded, or a public name. Shared by the later rounds' readers.
 */
export function nameAdder(
  r: Pick<Reader11, 'blocked' | 'isPublic'>,
  sure: Set<string>,
  unsure: Set<string>,
): (n: string, at: number, isSure: boolean) => void {
  return (n, at, isSure) => {
    if (n.length < 2 || r.blocked(at, at + n.length) || r.isPublic(n)) return;
    if (isSure) {
      unsure.delete(n);
      sure.add(n);
    } else if (!sure.has(n)) unsure.add(n);
  };
}

/** Verbs of telling and confirming that follow a person. */
const TELL_11 = /^(?:称|说|表示|反映|承认|证实|陈述|介绍|证明|确认|交代|供述|坦言|讲述|辩称|声称|均称|均证实|均表示|也称)/;
/** Characters of names written by their sound (Uyghur, Kazakh, Yi …) beside the recogniser's own. */
const NAME_SOUND_11 = new Set([
  ...'阿布都热依木吐尔逊力江艾买提努卡德玛拉合古丽帕孜克伊沙穆罕默米娅麦萨迪托哈甫素地亚森卜杜夏库班肯别曼吾斯坦扎汗',
  ...'荪呷火惹莫且果史黑比曲此色嫫则体约补洛衣尼玉赛排祖然拜日格呼图那巴乌其敖吉勒马',
]);
/** What follows a person as a clause's subject or a verb's agent (未取得, 称, 在场, 已离开 …). */
const AFTER_PERSON_11 = /^(?:[，,。；;、（(]|未|未曾|已|曾|在|正在|于|称|证实|承认|表示|陈述|说|负责|协助|持有|取得|无)/;
/** Words for a worker that the general lists leave out because they also mean workers in general. */
const WORKER_11 = /(?:工人|雇工|民工|小工|杂工|零工|临时工)$/;
/** Verbs of goods: what follows their 的 is a thing. */
const GOODS_VERB_11 =
  /(?:购买|购进|采购|进货|销售|出售|售卖|生产|制作|加工|使用|经营|储存|存放|运输|陈列|调入|收购|回收|批发|代理|引进|种植|养殖|进口|出口|推销|宣传|发布|提供|买|卖|售|产|用)$/;
/** A passive verb of calling: what the person is called by others (被称为“…”, 被人叫作“…”). */
const PASSIVE_CALL_11 =
  /被(?:人|大家|同事|顾客|客人|员工|学员|村民|众人|邻居|工友)?(?:称为|称作|叫作|叫做|唤作|喊作|称呼为|尊称为|戏称为|称|叫|喊)$/;
/** Who calls a person so, in brackets right after the name (（同事称“二小”）, （村里人都叫他“…”）). */
const CALLERS_11 =
  /[（(](?:同事|大家|众人|工友|村民|村里人|邻居|街坊|乡亲|朋友|熟人|家人|同学|学员|顾客|员工|店里人|店内人|旁人|人们|当地人)(?:们)?(?:都|均|也)?(?:称|叫|喊|唤|称呼)(?:其|他|她)?(?:为|作|做)?$/;
/** A title or a word of address after a name in quotes (Vivian老师, 小刘师傅). */
const TITLE_11 = /(?:老师|医生|大夫|师傅|经理|老板|总|姐|哥|叔|姨|婶|嫂|伯|爷|婆|妹|仔)$/;
/** What a quoted designation never is: a shop, goods, an activity, a sentence. */
const NOT_DESIGNATION_11 =
  /(?:店|铺|厂|公司|超市|商行|平台|品牌|牌|产品|宣传|广告|活动|服务|中心|专卖|批发|代购|直播间|官方|药|酒|茶|水|膏|丸|[，,。！!？?；;：:、\s])/;
/** 阿 and a character and a word of kinship used as address (阿平爷叔, 阿珍阿姨, 阿福伯). */
const AH_KIN_11 = /^阿\p{Script=Han}(?:爷叔|叔叔|阿姨|伯伯|婆婆|爷爷|奶奶|嬷嬷|阿婆|阿伯|伯|婆|叔|姨|公|嫂|哥|姐|婶|爷)$/u;
/** A slang word for a young person, after a word for a person (细妹子, 阿妹仔, 二伢子). */
const SLANG_11 = /^\p{Script=Han}{1,2}(?:妹子|妹仔|伢子|伢仔|丫头|妹头|崽子|小子|娃子)$/u;
/** A quote after a word of signing: the signature. */
const SIGNED_11 = /(?:签名|署名|签字|落款|签写|签有|签下)(?:为|是|了)?[：:]?$/;
/** Characters a signed name does not hold. */
const NOT_IN_SIGNATURE_11 = /[的了是在有无不已意认收到本人字同名章期年月日号]/;
/** A clause opens before it (the subject's place). */
const CLAUSE_OPEN_11 = /(?:^|[，,。；;：:\n]|称[，,]?|说[，,]?|表示[，,]?)$/;

export function names11(text: string, words: Words, r: Reader11, sure: Set<string>, unsure: Set<string>): void {
  const add = nameAdder(r, sure, unsure);
  const found = () => [...sure, ...unsure].filter((n) => n.length >= 2);

  // (1) a name of a surname and one character, where the recogniser glued a third given-name character to a verb of
  // telling (黄冠/x 宇称/n): the name ends before the verb when the glued word is rare
  for (const set of [sure, unsure])
    for (const n of [...set]) {
      if (n.length !== 2 || !isHanAt(n, 0) || !isHanAt(n, 1)) continue;
      const at = occurrences(text, n);
      for (const o of at) {
        const end = o + 2;
        const c = text[end] ?? '';
        if (!commonGivenChar(c) || !TELL_11.test(text.slice(end + 1, end + 4)) || r.surnameAt(o) !== 1) continue;
        const glued = words.containing(end);
        if (!glued || glued.start !== end || glued.end < end + 2 || glued.end > end + 3) continue;
        if ((dictionaryWord(glued.word)?.freq ?? 0) >= 500) continue;
        const long = text.slice(o, end + 1);
        const w = dictionaryWord(long);
        if (w && !w.tag.startsWith('nr') && w.freq >= 100) continue;
        add(long, o, set === sure);
        // (the shorter reading goes when every occurrence is inside the longer)
        if (at.every((k) => text.startsWith(long, k)) && sure.has(long)) set.delete(n);
        break;
      }
    }

  // (2) a name without a Chinese surname (图尔荪江, 阿呷日火) after a word for a person or a worker, or after 的 that
  // closes a verb phrase (协助操作的X未取得…), before what follows a person
  for (let i = 1; i < text.length; i++) {
    if (!NAME_SOUND_11.has(text[i]!) || !isHanAt(text, i - 1)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    const titled = personWordEndsAt(text, i) || WORKER_11.test(before);
    // (a verb in the one or two words before 的: 协助操作的, 负责收银的)
    const w1 = text[i - 1] === '的' ? words.containing(i - 2) : undefined;
    const w0 = w1 ? words.containing(w1.start - 1) : undefined;
    // (never after a verb of goods: 购买的, 销售的 name a product)
    const afterDe =
      !titled && !!w1 && (/^v/.test(w1.tag) || /^v/.test(w0?.tag ?? '')) && !GOODS_VERB_11.test(text.slice(Math.max(0, i - 6), i - 1));
    if (!titled && !afterDe) continue;
    let end = i;
    while (end < text.length && end - i < 5 && NAME_SOUND_11.has(text[end]!)) end++;
    // (a Chinese surname first: the Han name's readers decide, unless the run is of four characters or more — 吉克阿呷)
    const least = r.surnameAt(i) && text[i] !== '阿' ? 4 : 3;
    for (let e = end; e - i >= least; e--) {
      const n = text.slice(i, e);
      if (!AFTER_PERSON_11.test(text.slice(e, e + 4))) continue;
      if (dictionaryWord(n) || [...n].some((_, k) => k + 2 <= n.length && (dictionaryWord(n.slice(k, k + 2))?.freq ?? 0) >= 500)) break;
      add(n, i, titled);
      i = e;
      break;
    }
  }

  // (3) quotes: what a person is called, a signature
  if (/[“"「]/.test(text))
    for (const m of text.matchAll(/[“"「]([^”"」\n]{2,10})[”"」]/gu)) {
      const q = m[1]!;
      const at = m.index + 1;
      const close = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (NOT_DESIGNATION_11.test(q)) continue;
      const han = /^\p{Script=Han}{2,5}$/u.test(q);
      // 被称为“Vivian老师”: the whole designation, when it has a person's shape (a Latin name with a title, a title
      // after a name, 老X/小X/阿X)
      if (PASSIVE_CALL_11.test(before)) {
        const latinTitled = /^[A-Za-z][A-Za-z'-]{1,15}(?:老师|医生|姐|哥|总)$/.test(q);
        if (latinTitled || (han && q.length <= 4 && (TITLE_11.test(q) || /^[老小阿]\p{Script=Han}{1,2}$/u.test(q)))) add(q, at, false);
        continue;
      }
      // （同事称“二小”）right after a name: the quoted word is what the person is called
      if (CALLERS_11.test(before) && /^[）)]/.test(text.slice(close)) && (han || /^[A-Za-z][A-Za-z'-]{1,15}$/.test(q))) {
        if (q.length <= 4) add(q, at, true);
        continue;
      }
      // 签名“劉玉芬”: a surname (traditional too) and a given name
      if (SIGNED_11.test(before) && han && q.length <= 4) {
        const sl = r.surnameAt(at) || (simplifiedSurnameChar(q[0]!) ? 1 : 0);
        if (sl && q.length - sl >= 1 && !NOT_IN_SIGNATURE_11.test(q.slice(sl))) add(q, at, true);
        continue;
      }
      if (!han) continue;
      // “阿平爷叔”去年…: a word of address with 阿 as a clause's subject (not a brand before a noun)
      if (AH_KIN_11.test(q) && CLAUSE_OPEN_11.test(before)) {
        const next = words.at(close);
        if (next && !/^n/.test(next.tag)) add(q, at, false);
        continue;
      }
      // 邻居“细妹子”称…: a slang word for a young person after a word for a person
      if (SLANG_11.test(q) && personWordBefore(before)) add(q, at, false);
    }

  // (4) the next item of a list after a found name, before a verb of telling (田春梅、向前进证实): a surname and one or
  // two characters, even an ordinary word
  if (text.includes('、')) {
    const names = found();
    for (const m of text.matchAll(/、(\p{Script=Han}{2,3}?)(?=称|证实|表示|承认|反映|陈述|证明|确认|均称|均证实|均表示|说)/gu)) {
      const at = m.index + 1;
      const n = m[1]!;
      if (!r.surnameAt(at) || n.length - r.surnameAt(at) < 1 || /[某＊*]/.test(n)) continue;
      // (never a word for a person or a frequent word: 张伟、同事称, 张伟、家属称)
      const w = dictionaryWord(n);
      if (personWordBefore(n) || (w && !w.tag.startsWith('nr') && w.freq >= 100 && n.length === 2)) continue;
      const prev = text.slice(Math.max(0, m.index - 6), m.index);
      if (!names.some((s) => prev.endsWith(s))) continue;
      add(n, at, true);
    }
    // (5) a Latin name with a space as a list item (苏美玲、蔡宗翰、Lily Tan等患者)
    for (const m of text.matchAll(/、([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=[、，,和及等）)])/g)) {
      const at = m.index + 1;
      const prev = text.slice(Math.max(0, m.index - 6), m.index);
      const counted = /^等(?:[0-9０-９一二三四五六七八九十两]+(?:名|位|人))?\p{Script=Han}{0,2}(?:人|者|客|户|生|员|属)/u.test(
        text.slice(at + m[1]!.length, at + m[1]!.length + 8),
      );
      if (names.some((s) => prev.endsWith(s)) || counted) add(m[1]!, at, true);
    }
  }
}
