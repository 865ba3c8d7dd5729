import { dictionaryWord, type Words } from './recogniser.ts';
import { commonGivenChar, personWordEndsAt } from './detect-names-4.ts';

/**
 * 2026.5 (seventh round): readings that are no name, a shop's 字号 that stays, and online account names. The blind
 * set 2026-12q showed ordinary words read as names (公司 split into 公 + a name 司利, 曾 'once' before a verb, 练 before
 * the noun 车费, the verb 查见, the place 后厨, the app 小红书), a 字号 hidden where it stood in the story (王记烧饼铺,
 * the party's sign 阿香烧饵块), and online account names of persons' micro-shops left public. Each class is met with a
 * signal of its kind; names the case context gives are never dropped.
 */

/** Online platforms and apps: their names are no persons' (小红书, 抖音, 快手 …). */
const PLATFORMS_14 =
  /(?:小红书|抖音|快手|微博|微信|淘宝|天猫|拼多多|闲鱼|京东|美团|饿了么|大众点评|哔哩哔哩|知乎|今日头条|西瓜视频|视频号|得物|携程|飞猪|滴滴|支付宝|钉钉|陌陌|探探|豆瓣|唯品会|苏宁易购|转转|货拉拉|花小猪|哈啰|斗鱼|虎牙|映客|蘑菇街|微店|高德地图|百度地图)/g;
/** Characters that complete a verb's result (查见, 查获 …): never a given name after a surname that is a verb. */
const RESULT_CHARS_14 = '见获到得毕完掉着';
/** Surname characters that are verbs of checking and handling before such a result (查见, 搜获). */
const VERB_SURNAMES_14 = '查搜管包练养冲接送还';
/** A locative before a part of a building (后厨, 前厅, 后院 …): a place, never a name. */
const LOCATIVE_14 = '后前东西南北上下中内外';
const ROOM_14 = '厨厅院堂仓巷墙窗屋房厢舱廊棚台门';

/** A word for a person whose last character the recogniser glued to a name (投诉人马X → 人马): 人, 员 …, not 公 alone. */
const PERSON_WORD_14 = /(?:人|员|工|者|师|生|长|主|户|客|友|属)$/;

/** Words of address after a surname (符大妈, 赖老板): a person's, never a verb phrase. */
const ADDRESS_WORD_14 = /(?:大妈|大爷|大娘|大叔|大婶|大伯|阿婆|阿姨|阿公|老板|师傅|女士|先生|小姐|[姐哥叔姨婶嫂伯爷妈婆公])$/;

/** Is the occurrence of `name` at `at` inside a platform's name? */
function inPlatform(text: string, name: string, at: number): boolean {
  // read in a window around the name (a platform's name is at most five characters), not on to the text's end
  const from = Math.max(0, at - 6);
  const win = text.slice(from, at + name.length + 8);
  PLATFORMS_14.lastIndex = 0;
  for (let m = PLATFORMS_14.exec(win); m && from + m.index <= at; m = PLATFORMS_14.exec(win))
    if (at + name.length <= from + m.index + m[0].length) return true;
  return false;
}

function notANameAt14(text: string, words: Words, name: string, at: number): boolean {
  if (inPlatform(text, name, at)) return true;
  // read from the second character of a frequent word of the recogniser (公司 in 你公司利用, 运输公司清运): the
  // word is one, unless a word of the dictionary ends right before the name (工人马X: 工人, then 人马 glued)
  const t = words.containing(at);
  if (t && t.start < at && t.word.length >= 2 && !t.tag.startsWith('nr')) {
    const w = dictionaryWord(t.word);
    if (
      w &&
      w.freq >= 1000 &&
      !dictionaryWord(text.slice(Math.max(0, at - 2), at)) &&
      !dictionaryWord(text.slice(Math.max(0, at - 3), at)) &&
      !(PERSON_WORD_14.test(text.slice(Math.max(0, at - 3), at)) && personWordEndsAt(text, at))
    )
      return true;
  }
  // a surname the recogniser reads alone as a verb or an adverb (练/v, 曾/d) before one dictionary word of no
  // given-name characters (车费, 交代): a verb phrase, no name
  if (name.length === 3 && t && t.start === at && t.word.length === 1 && /^(?:v|d|p|c)$/.test(t.tag)) {
    const rest = words.at(at + 1);
    const w = dictionaryWord(name.slice(1));
    if (
      rest &&
      rest.end === at + 3 &&
      w &&
      w.freq >= 50 &&
      !w.tag.startsWith('nr') &&
      !ADDRESS_WORD_14.test(name) &&
      ![...name.slice(1)].some((c) => commonGivenChar(c))
    )
      return true;
  }
  if (name.length === 2) {
    // 查见 (a verb and its result), 后厨 (a locative and a part of a building)
    if (VERB_SURNAMES_14.includes(name[0]!) && RESULT_CHARS_14.includes(name[1]!) && !commonGivenChar(name[1]!)) return true;
    if (LOCATIVE_14.includes(name[0]!) && ROOM_14.includes(name[1]!)) return true;
  }
  return false;
}

/** 2026.5 (seventh round): is `name` no name wherever it stands in `text`? */
export function notAName14(text: string, words: Words, name: string): boolean {
  let seen = false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!notANameAt14(text, words, name, i)) return false;
    seen = true;
  }
  return seen;
}

/** A registered name without the places before it (保定市莲池区王记烧饼铺 → 王记烧饼铺), `keep` characters left at least. */
function shopCore14(name: string, keep: number): string {
  let core = name;
  for (;;) {
    const m = /^\p{Script=Han}{1,6}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道)/u.exec(core);
    if (!m || core.length - m[0].length < keep) return core;
    core = core.slice(m[0].length);
  }
}

/** Words that end a shop's name (王记烧饼铺, 阿香烧饵块店). */
const SHOP_END_14 = /^\p{Script=Han}{0,6}?(?:店|铺|馆|坊|行|庄|摊|档|社|厂|斋|阁|居|部)/u;

/**
 * 2026.5 (seventh round): spans of the text that are a shop's 字号 and stay, names inside them too: the party's own
 * 字号 as written in the story (its registered name without the place before it: 王记烧饼铺, 阿香烧饵块 on its sign,
 * four characters at least, one fewer than the name at most), and X记 before a shop word (李记面馆).
 */
export function shopNameSpans14(text: string, partyName: string | null): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (partyName) {
    const core = shopCore14(partyName, 4);
    for (let len = core.length; len >= Math.max(4, core.length - 1); len--) {
      const p = core.slice(0, len);
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push({ start: i, end: i + len });
    }
  }
  for (let i = text.indexOf('记'); i >= 0; i = text.indexOf('记', i + 1))
    if (i >= 1 && SHOP_END_14.test(text.slice(i + 1, i + 9))) {
      const m = SHOP_END_14.exec(text.slice(i + 1, i + 9))!;
      out.push({ start: Math.max(0, i - 2), end: i + 1 + m[0].length });
    }
  return out;
}

/** Labels of an online account or group before its name in quotes (网名 since the eighth round). */
const ACCOUNT_LABEL_14 =
  /(?:昵称|网名|账号|帐号|群名|群名称|联系人|QQ群|qq群|微信群|抖音号|快手号|LINE|Line|LINE ID)(?:名称)?(?:为|是|叫)?[：:]?$/;
/(?:昵称|网名|账号|帐号|群名|群名称|联系人|QQ群|qq群|微信群|抖音号|快手号|LINE|Line|LINE ID)(?:名称)?(?:为|是|叫)?[：:]?$/;
/** A platform before 以“X”名义 in the same clause (在微信朋友圈以“X”名义). */
const PLATFORM_BEFORE_14 = /(?:微信|朋友圈|抖音|快手|小红书|网络|平台|直播|网店|网上|线上|QQ|微博)[^，,。；;\n]{0,8}以$/;
/** The agency's own accounts (官方, 公众号 of 本局): they stay. */
const AGENCY_ACCOUNT_14 = /(?:本局|我局|本机关|本委|官方|公众号)/;

export interface Account14 {
  name: string;
  at: number;
  sure: boolean;
  /** the agency's account or the organisation party's own: it stays, whatever another reader took it for */
  stays?: true;
}

/**
 * 2026.5 (seventh round): a quoted online account name, nickname or group name after 昵称/账号/微信联系人/QQ群/群名/
 * LINE/抖音号 …, or 以“X”名义 after a platform: hidden — sure when the party is a natural person or an 个体工商户,
 * 请确认 otherwise. It stays when it is the organisation party's own name or brand (shares its 字号), the agency's
 * account, or a group named after a place or a route (…拼车群, A—B).
 */
export function accounts14(text: string, words: Words, partyKind: string, partyName: string | null): Account14[] {
  const out: Account14[] = [];
  const core = partyName ? shopCore14(partyName, 2) : '';
  const natural = partyKind === 'person' || partyKind === 'individual-business';
  for (const m of text.matchAll(/[“"]([^“”"\n，,。；;]{2,16})[”"]/gu)) {
    const inner = m[1]!;
    const at = m.index + 1;
    const close = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const label = ACCOUNT_LABEL_14.exec(before);
    const named =
      !label &&
      PLATFORM_BEFORE_14.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
      /^(?:的)?名义/.test(text.slice(close, close + 3));
    if (!label && !named) continue;
    if (!/^[\p{Script=Han}A-Za-z0-9_.\-]+$/u.test(inner)) continue;
    // (a 微信号/QQ号 is the number rule's; a label of a person's contact must be an online one)
    if (label && /联系人$/.test(label[0].replace(/(?:名称)?(?:为|是|叫)?[：:]?$/, '')) && !/(?:微信|QQ|qq|好友)联系人/.test(before))
      continue;
    const clause = text
      .slice(Math.max(0, m.index - 40), m.index)
      .split(/[。；;\n]/)
      .pop()!;
    if (AGENCY_ACCOUNT_14.test(clause.slice(-12)) || /(?:官方|发布)$/.test(inner)) {
      out.push({ name: inner, at, sure: false, stays: true });
      continue;
    }
    // the organisation party's own name or brand: the account shares its 字号 (two characters at least)
    if (!natural && core.length >= 2 && [...Array(Math.max(0, core.length - 1)).keys()].some((k) => inner.includes(core.slice(k, k + 2)))) {
      out.push({ name: inner, at, sure: false, stays: true });
      continue;
    }
    if (/(?:公司|集团|有限|协会|医院|学校)/.test(inner)) continue;
    // a group named after a place or a route (石家庄拼车群, 馆陶—邯郸拼车群) is no one's
    const group = label && /群(?:名|名称)?$/.test(label[0].replace(/(?:名称)?(?:为|是|叫)?[：:]?$/, ''));
    if (group && (/[—\-－]|拼车/.test(inner) || /^ns/.test(words.containing(at)?.tag ?? ''))) continue;
    if (!/\p{Script=Han}/u.test(inner) && !/(?:LINE|Line|账号|帐号|用户名)/.test(label?.[0] ?? '')) continue;
    // 2026.5 (eighth round): a 网名 is sure when the text tells a person's seller (网名为“X”的卖家, 个人)
    const seller16 =
      /网名/.test(label?.[0] ?? '') && /^[^，,。；;\n]{0,4}(?:卖家|个人|店主|微商|商家本人|代购)/.test(text.slice(close, close + 10));
    out.push({ name: inner, at, sure: natural || seller16 });
  }
  return out;
}
