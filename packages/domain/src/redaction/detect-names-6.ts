import { dictionaryWord, type Words } from './recogniser.ts';
import { allHan, isHan, isHanAt } from './scan.ts';
import { SINGLE_SURNAMES_4 } from './lexicon-names-4.ts';

/**
 * 2026.5 (engine generation 6): names read where a person stands **for sure**, however the recogniser splits
 * them. Every blind round's misses were names whose place was plain — right after a word for a person
 * (技术员甘晓宇称, 司机向红军、, 侄子阿卜杜拉翻译), in a list, after 真名/本名/曾用名 — but whose characters the
 * recogniser glued to what follows (甘晓/x 宇称/n), read as a place or a word (向/p 长春/ns, 韦德/nr 旺/a), or
 * which began with no surname on the list (格桑卓嘎, 古丽娜尔, Yi names such as 沙马日火). In such a place the
 * name is read from its own characters: a surname (also in traditional characters: 陳, 吳) or a Yi family
 * name and one or two characters that could be a given name, ending where something that follows names
 * begins (punctuation, a verb, an adverb, a preposition), or one unseen or name word of the recogniser.
 * Nicknames and stage names (“老周”, 绰号“大朴”, 艺名“小涂”, “Amy老师”) are read after the words that
 * introduce them. What this finds is 请确认 like the rest of the candidate tier.
 */

/** Traditional surname characters, read as their simplified form for the surname list only (陳 → 陈). */
const TRADITIONAL = new Map(
  [
    ...'陳陈吳吴張张劉刘楊杨黃黄趙赵孫孙馬马鄭郑謝谢韓韩馮冯許许鄧邓蕭萧葉叶蘇苏盧卢蔣蒋賈贾閻阎鍾钟譚谭陸陆湯汤龍龙羅罗萬万賴赖顧顾嚴严錢钱鄒邹歐欧莊庄溫温聶聂呂吕鄺邝關关龔龚簡简顏颜齊齐閔闵喬乔費费衛卫華华區区麥麦餘余紀纪魯鲁鄔邬戰战郟郏韋韦鳳凤廣广項项畢毕藍蓝湯汤塗涂習习鄭郑樑梁寧宁貝贝',
  ]
    .join('')
    .match(/../gu)!
    .map((p) => [p[0]!, p[1]!] as const),
);
export const simplifiedSurnameChar = (c: string) => TRADITIONAL.get(c);

/** Yi family names (clan names) that begin Yi names of four characters: 沙马日火, 吉木阿衣, 阿苏拉则. */
const YI_CLANS = new Set(
  '沙马 沙玛 吉木 吉克 阿苏 阿约 阿尔 阿鲁 阿的 阿什 阿西 阿牛 阿木 阿力 曲比 马海 俄木 勒格 海来 瓦扎 日色 苏呷 俄底 吉伍 加拉 克其 木乃 拉马 吉日 的日 洛古 井曲 布约 比其 吉尔 伍合 时补 吉史 阿说 阿俄 俄地 马黑 毛木 罗木 吉伍 阿吉 沙呷 吉侯 吉拉 马布 以撒 苏尼 尔古 阿着 勒尔 吉吉'.split(
    ' ',
  ),
);

/** Japanese family names that are also Chinese words, read only in a text that speaks of Japan (日本籍, 日本国). */
const JAPANESE_WORD_NAMES = new Set(
  '山口 中村 田中 清水 山本 小林 松本 井上 木村 池田 中川 中野 原田 小野 和田 中山 石田 上田 工藤 宫本 内田 高木 安藤 谷口 大野 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 平野 小岛 野田 黑田 大谷 平井 大岛 岩本 片山 早川 成田 宫田 小田 石桥 山下 山崎 吉村 中岛 松下 小川 大西 西田 川口 平田 本田 永井 青木 森本 松田 中田 石井 金子 太田 原 森'
    .split(' ')
    .filter((n) => n.length === 2),
);
let japanCache: { text: string; yes: boolean } | null = null;
function speaksOfJapan(text: string): boolean {
  if (japanCache?.text !== text) japanCache = { text, yes: /日本(?:籍|国|人|公民|护照|游客)/.test(text) };
  return japanCache.yes;
}

/** A Yi name of four characters by its family name (沙马日火). */
export const yiName = (n: string) => n.length === 4 && YI_CLANS.has(n.slice(0, 2));

/** Characters no Yi name holds (以, 之, 日 do: 阿约以作, 沙马日火). */
const YI_STOP = '的了着过们这那是在于对与及和或等已也均都并未不无被将把从称说到去即又还亦所其该另应须某个人处号市县区省镇乡村路街巷';

/** Characters a given name does not hold (little words, pronouns, numbers, what ends things). */
const GIVEN_STOP =
  '的了着过们这那是在于对与及和或等已也均都并未不无被将把从自称说到去即又还亦所之以其该另应须某个一二三四五六七八九十百千万人处号市县区省镇乡村路街巷局厅站所队院校会部科室股组团店厂场馆司籍族前后上下内外中里旁边年月日时分秒';
/** Characters that follow a name: what the person did, with whom, where (称, 证实, 在, 于, 对 …). */
export const FOLLOW =
  '的在于已未曾称证对向从被把将与和及等也亦均都又即便就还并因按为系是不没无所当到带给让叫应要会能可自再先后现正刚才一同随经负承表说讲签持驾开拒出作提认陈介告催帮代轮处之家仅予确驾共本个二两三四五六七八九十作拍收付购卖借租雇请带领到达来去前往发现';
const PUNCT = /^(?:[、，,。；;：:（()）“”"'‘’「」《》\s　!！?？]|$)/;
/** What a sure name read one character too long ends with: a little word that follows names (向丽按“…”, 韦德旺称). */
export const FOLLOW_LITTLE = '按称在于对向从被把将与和及等也亦均都又即就还并因为系是不没无所当到给让叫要会再后刚随经已未曾仅';

/** Can a name end at `end`? At punctuation, or where something that follows names begins. */
export function endsCleanly(text: string, words: Words, end: number): boolean {
  const next = text[end] ?? '';
  if (next === '·' || text[end - 1] === '·') return false;
  if (PUNCT.test(next) || next === '') return true;
  // before a verb, an adverb or a preposition of the recogniser (护理员甘露独立完成, 侄子阿卜杜拉翻译)
  if (words.boundaries.has(end) && /^(?:v|vd|d|p|c|ad)$/.test(words.at(end)?.tag ?? '')) return true;
  if (!FOLLOW.includes(next) && !/[0-9０-９]/.test(next)) return false;
  if (words.boundaries.has(end)) return true;
  // the recogniser glued the name's last character to what follows (甘晓/x 宇称/n, 蒙子/x 健仅/x, 韦德/nr 旺称/x)
  // or glued a little word that follows names to the name (殷明华向/x 本局投诉, 詹春梅系/x)
  const across = words.containing(end);
  return (
    across !== undefined && across.end === end + 1 && (across.start === end - 1 || (across.tag === 'x' && FOLLOW_LITTLE.includes(next)))
  );
}

/** Could `given` be a given name: no little word, no frequent verb or function word. */
function givenOk(given: string): boolean {
  if (![...given].every((c) => isHan(c) && !GIVEN_STOP.includes(c))) return false;
  if (given.length === 2) {
    const g = dictionaryWord(given);
    if (g && !g.tag.startsWith('nr') && /^(?:v|vn|vd|p|c|u|uj|ul|ad|d|r|m|q|f|a|an)$/.test(g.tag) && g.freq >= 100) return false;
  }
  return true;
}

export interface SlotReader {
  surnameAt(i: number): number;
  commonGiven(given: string): boolean;
  /** surnames that are mostly little words (于, 向, 付, 曾, 年 …) */
  little(c: string): boolean;
}

/**
 * The name at `i` in a place where a person stands for sure: the longest reading that ends cleanly, whose
 * given name is of common given-name characters or read by the recogniser as unseen or name words.
 * `titled`: right after a word for a person or after 真名/本名 — then a rarer ordinary word of common
 * given-name characters (护理员甘露, 押运员金星) and a surname that is mostly a little word (司机向红军) are
 * read too; `relaxed`: also in a list or brackets (a name without a Chinese surname, a Yi name).
 */
export function slotName(
  text: string,
  words: Words,
  reader: SlotReader,
  i: number,
  relaxed: boolean,
  titled = relaxed,
  alias = false,
): string | null {
  // a Yi name: a family name and two characters (沙马日火, 马海木呷) (not a Han name that begins so: 马海军 is 马 and 海军)
  if (relaxed && YI_CLANS.has(text.slice(i, i + 2)) && !(reader.surnameAt(i) && reader.commonGiven(text.slice(i + 1, i + 3)))) {
    const name = text.slice(i, i + 4);
    if (
      name.length === 4 &&
      [...name].every((c) => isHan(c) && !YI_STOP.includes(c)) &&
      !FOLLOW.includes(name[3]!) &&
      endsCleanly(text, words, i + 4) &&
      (dictionaryWord(name.slice(2))?.freq ?? 0) < 100
    )
      return name;
  }
  // a Japanese family name that is also a Chinese word (山口, 中村), in a text that speaks of Japan
  if (relaxed && JAPANESE_WORD_NAMES.has(text.slice(i, i + 2)) && speaksOfJapan(text))
    for (const len of [4, 3]) {
      const name = text.slice(i, i + len);
      if (name.length === len && [...name.slice(2)].every((c) => isHan(c) && !YI_STOP.includes(c)) && endsCleanly(text, words, i + len))
        return name;
    }
  // 老X, 小X after a word for a person (调度老蒋催得紧, 工人小李称)
  if (
    titled &&
    '老小'.includes(text[i] ?? '') &&
    reader.surnameAt(i + 1) === 1 &&
    endsCleanly(text, words, i + 2) &&
    !dictionaryWord(text.slice(i, i + 2))
  )
    return text.slice(i, i + 2);
  const sl = reader.surnameAt(i) || (TRADITIONAL.has(text[i] ?? '') && isHanAt(text, i + 1) ? 1 : 0);
  if (sl) {
    for (const len of [sl + 2, sl + 1]) {
      const name = text.slice(i, i + len);
      if (name.length < len) continue;
      const given = name.slice(sl);
      const whole = dictionaryWord(name);
      const rareName = whole !== undefined && whole.tag.startsWith('nr') && len === 3 && whole.freq < 1000;
      // (after 曾用名/真名 any characters: 曾用名潘二毛, 庄水生)
      const anyGiven = alias && allHan(given);
      if (!(rareName || anyGiven ? allHan(given) : givenOk(given)) || !endsCleanly(text, words, i + len)) continue;
      const common = reader.commonGiven(given);
      // a surname that is mostly a little word (于, 向, 付, 曾, 年 …): only after a title, before two common characters
      if (sl === 1 && reader.little(name[0]!) && !(titled && common && given.length === 2)) continue;
      // a word of the dictionary (陈述/nr, 张贴/nr, 甘露/v): jieba's nr is no proof of a name; a rare one of common
      // given-name characters after a title is one (护理员甘露, 押运员金星), a rare three-character nr word anywhere here
      if (whole) {
        if (
          !rareName &&
          (!titled || !common || whole.freq >= 1000 || (/^(?:v|vn|vd|d|p|c|a|ad|an|r|m|q|f)$/.test(whole.tag) && whole.freq >= 200))
        )
          continue;
      }
      // a reading that begins with a frequent word (银行卡, 许可证) is that word's phrase
      const head = len > 2 ? dictionaryWord(name.slice(0, 2)) : undefined;
      if (head && !head.tag.startsWith('nr') && head.freq >= 1000 && !(titled && common)) continue;
      const g = given.length === 2 ? dictionaryWord(given) : undefined;
      if (g && !g.tag.startsWith('nr') && g.freq >= 1000 && !titled) continue;
      // the recogniser reads the given name as unseen words of its own (严子/x 豪, 甘晓/x 宇称), not as part of a longer word
      // (the last character may be glued to what follows: 孔令/x 祥和/nrfg)
      const over = wordsOver(words, i + sl, i + len).filter((t) => !(t.start === i + len - 1 && t.end === i + len + 1));
      const nameWords = over.length > 0 && over.every((t) => t.tag === 'x' && t.start >= i && !(dictionaryWord(t.word)?.freq ?? 0));
      // after 真名/本名/曾用名 any given name that is no frequent word (真实姓名冉茂林)
      const aliasGiven = alias && (anyGiven || (dictionaryWord(given)?.freq ?? 0) < 100);
      if (common || nameWords || rareName || aliasGiven) return name;
    }
  }
  // one unseen or name word of the recogniser, or several (热娜/x 古丽/x, 格桑卓嘎/x, 阿卜杜拉/nrt), of three to six characters
  if (!relaxed || !words.boundaries.has(i) || GIVEN_STOP.includes(text[i]!) || FOLLOW.includes(text[i]!)) return null;
  let end = i;
  for (let t = words.at(i); t && end - i < 6; t = words.at(end)) {
    if (!(t.tag === 'x' || t.tag.startsWith('nr')) || !allHan(t.word)) break;
    const e = dictionaryWord(t.word);
    if (e && e.freq >= 1000) break;
    end = t.end;
  }
  const name = text.slice(i, end);
  if (name.length < 3 || name.length > 6 || FOLLOW_LITTLE.includes(name.at(-1)!) || !endsCleanly(text, words, end)) return null;
  if ([...name].some((c) => GIVEN_STOP.includes(c))) return null;
  for (let k = i; k + 2 <= end; k++) if ((dictionaryWord(text.slice(k, k + 2))?.freq ?? 0) >= 1000) return null;
  // in a list, without a word for a person before it: only what holds a common given-name character (热娜古丽, not 吡虫啉)
  if (!titled && ![...name].some((c) => reader.commonGiven(c))) return null;
  return name;
}

export function wordsOver(words: Words, from: number, end: number) {
  const out = [];
  for (let k = from; k < end;) {
    const t = words.containing(k);
    if (!t) break;
    out.push(t);
    k = t.end;
  }
  return out;
}

/** Words that introduce a nickname, a stage name or another name of a person (绰号“大朴”, 艺名“小涂”, 真名吴正华). */
export const ALIAS_BEFORE = /(?:(?:真名|本名|真实姓名|全名|曾用名|原名|又名|别名|学名|实名)(?:为|是|叫)?[：:]?[ \t　]*|[”"’」][（(]即)$/;
const NICK_LABEL = /(?:绰号|外号|艺名|人称|昵称|网名|化名|诨名|小名|乳名|店内称|店里称|别称|称呼|称其为|称为|叫做|自称)(?:为|叫|是)?$/;
const SHOP_END = /(?:代购|批发|专卖|小店|商城|超市|商行|优品|严选)$/;
/** 2026.5: the quoted account or online name is told after it: 以“阿妹导游”为账号. */
const NICK_AFTER = /^(?:为|作为)(?:账号|网名|昵称|艺名|用户名|直播间名)/;
/** 2026.5: the shape of what a person is called: 老四川, 二柱子, 王胖子, 马老爷子 (two to four characters). */
const NICK_SHAPE =
  /^(?:[老小阿大二三四五六七八九][\p{Script=Han}]{1,3}|[\p{Script=Han}]{1,2}(?:胖子|瘦子|柱子|伢子|娃子|老爷子|老汉|老太|大爷|大妈|大叔|大婶|大姐|大哥|阿婆|阿公|阿伯|哥|姐|爷|叔|姨|婶|嫂))$/u;
/** 2026.5: a surname and a word of address (耿大爷, 符大妈, 唐阿翁, 马老爷子), read where a person stands. */
const ADDRESSED =
  /\p{Script=Han}(?:大爷|大妈|大娘|大叔|大婶|大伯|阿婆|阿公|阿翁|阿伯|阿姨|阿叔|阿婶|老爷子|老太太|老太|老汉|女士|先生|小姐)(?![们家])/gu;
const TITLE_AFTER_NICK = /(?:老师|姐姐|哥哥|师傅|经理|总|姐|哥|妹|叔|姨)$/;

/**
 * Nicknames and stage names in quotes: after a word that introduces one (绰号“大朴”, 店内称“Lily老师”), or
 * “老X”/“小X”/“阿X” after a word for a person (网友“老周”, 帮工“小芳”), or a Latin name before 老师 (“Amy老师”).
 * Returns the name (without the title after it) and where it stands.
 */
export function nicknames(text: string, personBefore: (i: number) => boolean): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of text.matchAll(/[“"‘「]([^”"’」\n]{1,12})[”"’」]/gu)) {
    const at = m.index + 1;
    let inner = m[1]!;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const labelled = NICK_LABEL.test(before);
    const latin = /^[A-Za-z][A-Za-z'-]{1,15}(?:老师|姐|哥|总)?$/.test(inner);
    if (latin) {
      const t = /^([A-Za-z][A-Za-z'-]{1,15})(老师|姐|哥|总)?$/.exec(inner)!;
      if (!labelled && !t[2]) continue;
      out.push({ name: t[1]!, at });
      continue;
    }
    if (!/^\p{Script=Han}{2,4}$/u.test(inner)) continue;
    const title = TITLE_AFTER_NICK.exec(inner);
    // (never down to one character or to 老/小/阿 and one: 人称“芳姐”, 艺名“小阿妹” are whole)
    const head = title ? inner.slice(0, inner.length - title[0].length) : '';
    if (title && head.length >= 2 && !/^[老小阿大]\p{Script=Han}$/u.test(head) && labelled) inner = head;
    // an online name of four characters too (网名“娜娜宝贝”), and one told after it (以“阿妹导游”为账号)
    const named = labelled || NICK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    // (a four-character name ending in a trade, 阿豪代购, is a shop's online name and stays)
    if (named && inner.length >= 2 && (inner.length <= 3 || (inner.length === 4 && !SHOP_END.test(inner)))) out.push({ name: inner, at });
    else if (/^[老小阿大][\p{Script=Han}]$/u.test(inner) && personBefore(m.index)) out.push({ name: inner, at });
    // what a person is called, in quotes after a word for a person: 搬运工“二柱子”, 废品商“王胖子”, 师父“马老爷子”
    else if (NICK_SHAPE.test(inner) && personBefore(m.index)) out.push({ name: inner, at });
  }
  // 群众耿大爷, 邻居符大妈: a surname and a word of address, right after a word for a person
  for (const m of text.matchAll(ADDRESSED)) {
    if (!SINGLE_SURNAMES_4.has(m[0][0]!)) continue;
    if (personBefore(m.index) || /(?:姓名|名为|叫)$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      out.push({ name: m[0], at: m.index });
  }
  return out;
}
