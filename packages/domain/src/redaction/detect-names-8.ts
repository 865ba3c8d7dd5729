import { dictionaryWord, type Words } from './recogniser.ts';
import { PLATE_PROVINCES as PROVINCES } from './lexicon-labels.ts';
import { commonGivenChar, personWordBefore, personWordEndsAt } from './detect-names-4.ts';
import { slotName } from './detect-names-6.ts';
import { isHanAt } from './scan.ts';

/**
 * 2026.5, fourth round: names in other letters and in mixed forms where the sentence shows a person, and what a
 * person is called besides his name (nicknames, words of address, online account names). Each reading is a
 * class of context or a shape; none is a string of a set. `sure` readings are hidden; the rest are 请确认.
 */
export interface Reader8 {
  /** length of the Chinese surname at i (0 when none) */
  surnameAt(i: number): number;
  /** protected (an official, the agency) or inside an organisation's name */
  blocked(start: number, end: number): boolean;
}

export interface Found8 {
  name: string;
  at: number;
  sure: boolean;
}

const LETTER = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Hangul}';
/** Capitalised words in Latin or Cyrillic letters (one to three, hyphenated too: Kim Min-jun), or a Hangul word. */
const FOREIGN_8 = new RegExp(
  `(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){0,2}(?![${LETTER}\\p{N}])|\\p{Script=Hangul}{2,4}(?![${LETTER}\\p{N}])`,
  'uy',
);
/** Where such a name can begin: a capital letter or a Hangul syllable (cheap to find). */
const FOREIGN_START_8 = /[A-Z\u00c0-\u00de\u0100-\u024f\u0400-\u042f\uac00-\ud7a3]/g;
/** (what stands before a match is checked apart: a lookbehind at every position costs more than the rest) */
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}\\p{N}]`, 'u');
/** Korean family names in Hangul (김, 이, 박 …): a Hangul word that heads its phrase and begins with one. */
const HANGUL_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부',
]);
/** Verbs of telling and acting that follow a person at a clause's end (… 陈述, … 证实, … 在场). */
const PERSON_VERB_AFTER =
  /^(?:陈述|称|说|证实|供述|供称|承认|表示|介绍|反映|辩称|作证|投诉|先后投诉|举报|均称|均证实|均表示|在场|到场|签字|签名|确认|交代|负责|驾驶|指认)/;
/** Counted as persons after it: … 等47人, … 二人. */
const COUNTED_AFTER = /^(?:等(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:人|名)|等人|[二两三四五六七八九十]人|二位|两位)/;
/** Inside brackets that follow a name: 朴成浩（박성호）, Kim Min-jun（韩国籍，名字韩文写作김민준）, 其女儿（未成年人，Аня）. */
const IN_NAME_BRACKET =
  /[\p{Script=Han}A-Za-z][”"’」]?[（(](?:[^（）()\n]{0,16}[，,；;、]|[^（）()\n]{0,14}(?:写作|写为|拼作|拼写为|译作|译为|名字|姓名|原名|本名|真名)[为是：:]?)?$/u;
/** Words of a written label before letters (俄文“…”, 标签为“…”, 印有“…”): the text of a thing, not a name. */
const LABEL_TEXT = /(?:[俄韩英日外]文|文字|字样|标签|标注|标识|包装|印有|写有|品牌|商标|型号|名称)[：:为是]?$/;
const CLOSES_BRACKET = /^[，,；;、）)]/;

const LIST_NAME = /^(?:\p{Script=Han}{1,5}|[阿小]?\p{Lu}[\p{L}'’ -]{0,30}|\p{Script=Hangul}{2,4})$/u;

/** A list whose first item follows a word for a person (员工A（…）、B; 游客A、B、C（…）及D): brackets and quotes set aside. */
function inPersonList(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 80), start);
  const flat = window.replace(/[（(][^（）()\n]{0,30}[）)]/g, '').replace(/[“"‘「][^“”"‘’「」\n]{0,12}[”"’」]/g, '某');
  const cut = Math.max(
    flat.lastIndexOf('，'),
    flat.lastIndexOf('。'),
    flat.lastIndexOf('；'),
    flat.lastIndexOf('：'),
    flat.lastIndexOf('\n'),
  );
  const plain = flat.slice(cut + 1);
  if (!/(?:、|及|和|与|以及)$/.test(plain)) return false;
  const items = plain.split(/、|以及|及|和|与/).slice(0, -1);
  const lead = flat.slice(Math.max(0, cut + 1 - 8), cut + 1);
  // (from the last item back: names, until the item that is a word for a person and a name — 游客X — not 顾客购买了X)
  for (let j = items.length - 1; j >= 0; j--) {
    const item = items[j]!;
    const pre = j === 0 ? lead : '';
    for (let k = 1; k < item.length; k++) if (personWordBefore(pre + item.slice(0, k)) && LIST_NAME.test(item.slice(k))) return true;
    if (!LIST_NAME.test(item)) return false;
  }
  // (员工：A、B — the word for a person before a colon)
  return personWordBefore(lead.replace(/[：:]$/, ''));
}

/** An organisation's registered person somewhere in the text (环保负责人：Hans Müller) is public wherever named. */
function registered(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
    if (
      /(?:法定代表人|负责人|执行事务合伙人|投资人|董事长|总经理|执行董事|监事|店长|厂长)[：:][ \t　]*$/.test(
        text.slice(Math.max(0, i - 12), i),
      )
    )
      return true;
  return false;
}

/** Names in Latin, Cyrillic or Hangul letters, and mixed forms (阿May), where the sentence shows a person. */
function foreignNames8(text: string, reader: Reader8): Found8[] {
  const out: Found8[] = [];
  if (!/[A-Za-z\u0400-\u04ff\uac00-\ud7af]/.test(text)) return out;
  let next = 0;
  for (const s of text.matchAll(FOREIGN_START_8)) {
    if (s.index < next) continue;
    FOREIGN_8.lastIndex = s.index;
    const hit = FOREIGN_8.exec(text);
    if (!hit) continue;
    next = s.index + hit[0].length;
    // (a mixed form: 阿 or 小 before a Latin name, 阿May)
    const mixedAt = /^\p{Lu}/u.test(hit[0]) && /[阿小]/.test(text[s.index - 1] ?? '') ? 1 : 0;
    const name = text.slice(s.index - mixedAt, next);
    const start = s.index - mixedAt;
    const end = next;
    if (LETTER_OR_DIGIT.test(text[start - 1] ?? '')) continue;
    if (/^\p{Script=Hangul}/u.test(name) && text[start - 1] === ' ' && LETTER_OR_DIGIT.test(text[start - 2] ?? '')) continue;
    const hangul = /^\p{Script=Hangul}/u.test(name);
    const cyrillic = /\p{Script=Cyrillic}/u.test(name);
    const mixed = /^[阿小]/.test(name);
    // in a Chinese sentence (not an English one), and no letters of a code or a brand in capitals around
    if (!/\p{Script=Han}/u.test(text.slice(Math.max(0, start - 2), start) + text.slice(end, end + 2))) continue;
    if (!hangul && !cyrillic && !/[\p{Script=Latin}]/u.test(name)) continue;
    if (reader.blocked(start, end) || registered(text, name)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const bare = before.replace(/[“"‘「]$/, '');
    const quoted = bare.length < before.length;
    const after = text.slice(end, end + 12);
    const headHangul =
      hangul &&
      name.length === 3 &&
      HANGUL_SURNAMES.has(name[0]!) &&
      !/\p{Script=Hangul} ?$/u.test(text.slice(Math.max(0, start - 2), start));
    if (quoted && !/^[”"’」]/.test(after)) {
      if (headHangul && !LABEL_TEXT.test(bare)) out.push({ name, at: start, sure: false });
      continue;
    }
    const after2 = quoted ? after.slice(1) : after;
    const bareLead = bare.replace(/(?:有|为|是|包括|名叫|叫)$/, '');
    const cue =
      personWordBefore(bareLead.slice(-8)) ||
      inPersonList(text, start - (before.length - bare.length)) ||
      PERSON_VERB_AFTER.test(after2) ||
      COUNTED_AFTER.test(after2) ||
      (IN_NAME_BRACKET.test(bare) && CLOSES_BRACKET.test(after2) && (hangul || cyrillic)) ||
      (mixed && /^[（(]\p{Script=Han}{2,4}[）)，,]/u.test(after2));
    if (cue) out.push({ name, at: start, sure: true });
    // a Cyrillic name, or a Korean name heading its phrase (김순희 손냉면), where nothing else marks a person: 请确认
    else if (((cyrillic && /^\p{Lu}/u.test(name)) || headHangul) && !LABEL_TEXT.test(bare)) out.push({ name, at: start, sure: false });
  }
  return out;
}

/** A shop's or a business's name, not a person's account (…旗舰店, …官方, …工作室). */
const ACCOUNT_ORG_END =
  /(?:公司|旗舰店|专营店|专卖店|小店|店|官方|官方号|工作室|商城|超市|商行|厂|中心|平台|频道|集团|协会|代购|批发|专卖|优品|严选|传媒|文化|科技|商贸|[吧馆厅坊铺社院所部园场站屋阁楼]|专车|供货|货源)$/;
/** Labels of an online account before its name in quotes (抖音账号“X”, 平台账号为“X”, 网络账号“X”). */
const ACCOUNT_BEFORE =
  /(?:账号|帐号|账号名|用户名|网名|昵称|直播间名|主播名|(?:抖音|快手|视频|小红书|直播)号)(?:名称)?(?:为|是|叫)?[：:]?$/;
/** …as the account after it (以“X”为抖音账号, 以“X”作为直播昵称). */
const ACCOUNT_AFTER = /^(?:为|作为)[^，,。；;\n“”]{0,5}?(?:账号|帐号|网名|昵称|用户名|直播间名|主播名)/;
/** Words of address and nicknames by their shape: a surname before 胖子/老板/师傅/哥 …, 老 and a surname. */
const ADDRESS_TAIL = /(?:胖子|瘦子|老板|老板娘|老总|师傅|大哥|大姐|大叔|大婶|大嫂|哥|姐|叔|婶|嫂|姨|伯)$/;
const NICK_HEAD = /^[老小阿大二三四五六七八九幺尕][\p{Script=Han}]{1,2}$/u;

/** What a person is called besides his name: online accounts, nicknames by their shape or by the name beside them. */
function calledNames8(text: string, words: Words, reader: Reader8): Found8[] {
  const out: Found8[] = [];
  const push = (name: string, at: number, sure: boolean) => {
    if (name.length >= 2 && !reader.blocked(at, at + name.length)) out.push({ name, at, sure });
  };
  for (const m of text.matchAll(/[“"‘「]([^“”"‘’「」\n]{1,12})[”"’」]/gu)) {
    const inner = m[1]!;
    const at = m.index + 1;
    const close = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(close, close + 14);
    // an online account told by its label or as the account (any length, unless it ends like a business)
    if (
      /^[\p{Script=Han}A-Za-z0-9_]{2,10}$/u.test(inner) &&
      /\p{Script=Han}/u.test(inner) &&
      (ACCOUNT_BEFORE.test(before) || ACCOUNT_AFTER.test(after))
    ) {
      if (!ACCOUNT_ORG_END.test(inner)) push(inner, at, false);
      continue;
    }
    if (!/^\p{Script=Han}{2,4}$/u.test(inner)) continue;
    const entry = dictionaryWord(inner);
    const sl = reader.surnameAt(at);
    // (standing alone only a surname with a word of address, 赖老板, 刘胖子, or 老/大 and a surname, 老马, 大刘)
    const addressed =
      (sl === 1 && inner.length <= 4 && ADDRESS_TAIL.test(inner) && inner.length - ADDRESS_TAIL.exec(inner)![0].length === 1) ||
      (/^[老大]/.test(inner) && inner.length === 2 && reader.surnameAt(at + 1) === 1 && (!entry || entry.freq < 400));
    const shaped = addressed || (NICK_HEAD.test(inner) && !entry);
    // a nickname with the person's name beside it: “狗蛋”（真名X）, “老马”（马占福）, “三哥”（X，系…）, “大刘”即X, “阿强”X
    const lead = /^(?:[（(](?:即|真名|真实姓名|本名|原名|实名|姓名)?(?:为|是)?[：:]?|即)/.exec(after)?.[0] ?? '';
    const r = close + lead.length;
    let n = isHanAt(text, r) ? slotAt(text, words, reader, r) : null;
    // (in brackets a surname and one or two characters up to the comma are a name whatever words they make: 于洪涛)
    if (!n && /^[（(]/.test(lead)) {
      const b = /^(\p{Script=Han}{2,4})(?=[，,）)])/u.exec(text.slice(r, r + 6))?.[1];
      const sl = b ? reader.surnameAt(r) : 0;
      if (b && sl > 0 && b.length - sl >= 1 && b.length - sl <= 2 && !reader.blocked(r, r + b.length)) n = b;
    }
    let named = false;
    if (n) {
      const tail = text.slice(r + n.length, r + n.length + 1);
      const alias = /(?:即|真名|真实姓名|本名|原名|实名|姓名)/.test(lead);
      const bracketed = /^[（(]/.test(lead) && /^[，,）)]/.test(tail);
      // (right after the quote, the full name shares a character with the nickname: “阿强”谢强, “小扎”扎西平措)
      const apposed = lead === '' && shaped && [...inner.replace(/^[老小阿大]/, '')].some((c) => n.includes(c));
      if (alias || bracketed || apposed) {
        push(n, r, true);
        named = true;
      }
    }
    // (the nickname itself where its real name stands beside it; or by its shape alone: 请确认)
    if (named && (shaped || !entry || entry.freq < 1000)) push(inner, at, true);
    // (not a brand: “马大姐”食品, “老王”牌 — a noun right after the quote)
    else if (
      addressed &&
      !/^(?:牌|品牌|商标|字号|系列|产品|店|酒|茶|米)/.test(after) &&
      (/^(?:处|家|那里|那儿|手里|手中|本人)/.test(after) || !/^n/.test(words.containing(close)?.tag ?? ''))
    )
      push(inner, at, false);
    // 王老幺（即“幺哥”）: a nickname in brackets after a name
    else if (/\p{Script=Han}[（(]即$/u.test(before) && !entry) push(inner, at, false);
    // after a word for a person any short word that is no frequent word: 站务员“尕三”
    else if (/^\p{Script=Han}老?[二三四五六七八九十幺]$/u.test(inner) && personWordBefore(before) && !entry) push(inner, at, false);
    // 以“X”为名 with the shape of a nickname (以“大胡子”为名摆摊)
    else if (NICK_HEAD.test(inner) && /^为名/.test(after) && /以$/.test(before)) push(inner, at, false);
  }
  // a shop's label headed by a nickname: 以“X姐美甲”名义 → X姐 (请确认)
  for (const m of text.matchAll(
    /以[“"‘「](\p{Script=Han}(?:姐|哥|嫂|叔|姨|婶)|老\p{Script=Han}|阿\p{Script=Han})(\p{Script=Han}{2,6})[”"’」](?:的)?(?:名义|招牌|店名|为名)/gu,
  )) {
    const at = m.index + 2;
    if (m[1]![0] === '老' && reader.surnameAt(at + 1) !== 1) continue;
    push(m[1]!, at, false);
  }
  // 网管二虎即张二虎: a given name used as a nickname, then 即 and the full name that ends with it
  for (let j = text.indexOf('即'); j >= 0; j = text.indexOf('即', j + 1)) {
    const m = /^(\p{Script=Han}{2})即(\p{Script=Han}{3,4})/u.exec(text.slice(Math.max(0, j - 2), j + 5));
    if (!m || j < 2) continue;
    m.index = j - 2;
    const nick = m[1]!;
    const full = m[2]!;
    const at = m.index + 3;
    const n = slotAt(text, words, reader, at);
    if (!n || !n.endsWith(nick) || n.length !== nick.length + reader.surnameAt(at) || !full.startsWith(n)) continue;
    push(nick, m.index, true);
    push(n, at, true);
  }
  // 外孙小豆子（谭宇航，…）: a nickname by its shape right after a word for a person, with the full name in brackets
  // 举报人毛女士（毛佳琪）: a surname with a word of address, the full name with that surname in brackets
  for (const o of text.matchAll(/[（(]/g)) {
    const b = o.index;
    const m =
      /(\p{Script=Han}(?:女士|先生|小姐|阿姨|大爷|大妈|大叔|大姐|大哥|老板|师傅)|[老小阿大二三四五六七八九幺尕]\p{Script=Han}{1,2})[（(]$/u.exec(
        text.slice(Math.max(0, b - 4), b + 1),
      );
    if (!m || !isHanAt(text, b - m[1]!.length - 1)) continue;
    m.index = b - m[1]!.length;
    const at = m.index;
    const titled =
      !/^[老小阿大二三四五六七八九幺尕]/.test(m[1]!) ||
      (m[1]!.length === 3 && /(?:女士|先生|小姐|阿姨|大爷|大妈|大叔|大姐|大哥|老板|师傅)$/.test(m[1]!));
    const r = at + m[0].length;
    const n = slotAt(text, words, reader, r);
    if (!n || !/^[，,）)]/.test(text.slice(r + n.length))) continue;
    if (titled ? n[0] !== m[1]![0] || reader.surnameAt(at) !== 1 : !personWordEndsAt(text, at) || dictionaryWord(m[1]!)) continue;
    push(m[1]!, at, true);
    push(n, r, true);
  }
  // 邻居热合曼大叔: a name without a Chinese surname and a word of address, after a word for a person (请确认)
  for (const m of text.matchAll(/(?:大叔|大妈|大爷|大婶|大娘|阿姨|大姐|大哥)(?![们家])/g)) {
    for (const len of [2, 3]) {
      const at = m.index - len;
      const stem = text.slice(Math.max(0, at), m.index);
      if (at < 1 || !/^\p{Script=Han}+$/u.test(stem) || !isHanAt(text, at - 1)) continue;
      if (reader.surnameAt(at) || dictionaryWord(stem) || [...stem].some((c) => '的了是在和与及等'.includes(c))) continue;
      if (!personWordEndsAt(text, at)) continue;
      push(stem + m[0], at, false);
      break;
    }
  }
  // 观众X大妈投诉: a surname with a word of address before a verb of telling or counted (请确认)
  for (const m of text.matchAll(/(?:大爷|大妈|大娘|大叔|大婶|阿婆|阿姨|女士|先生|师傅|老板)(?![们家娘])/g)) {
    const at = m.index - 1;
    if (at < 0 || reader.surnameAt(at) !== 1 || '老小阿大'.includes(text[at]!)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (PERSON_VERB_AFTER.test(after) || COUNTED_AFTER.test(after)) push(text[at] + m[0], at, false);
  }
  // 工人为老韦等三人, 调度是老蒋: 老 and a surname where the sentence shows a person (请确认)
  if (text.includes('老'))
    for (const m of text.matchAll(/老(\p{Script=Han})(?=[等、，,。；;和及（(]|[\p{Script=Han}])/gu)) {
      const at = m.index;
      if (reader.surnameAt(at + 1) !== 1 || dictionaryWord(m[0]) || dictionaryWord(text.slice(at + 1, at + 3))) continue;
      const before = text.slice(Math.max(0, at - 9), at).replace(/(?:为|是|有|包括)$/, '');
      const after = text.slice(at + 2, at + 10);
      if (COUNTED_AFTER.test(after) || (personWordBefore(before) && (/^[、，,。；;（(]/.test(after) || words.boundaries.has(at + 2))))
        push(m[0], at, false);
    }
  // Olga Ivanova（中文名：奥尔加）: the Chinese form of a foreign name after 中文名
  for (const m of text.matchAll(/(?:中文名|中文姓名|汉名|中文名字)(?:为|是|叫)?[：:]?(\p{Script=Han}{2,5})(?=[）)，,；;。])/gu)) {
    const at = m.index + m[0].length - m[1]!.length;
    push(m[1]!, at, true);
  }
  // unquoted 老 and a surname in reported speech (“摊位是老X去年…”): 请确认
  if (text.includes('老'))
    for (const m of text.matchAll(/[“"‘「][^“”"‘’「」\n]{0,40}[”"’」]/gu)) {
      for (const k of m[0].matchAll(/(?<=[是跟和给让叫找请问由把被对向与、，])老(\p{Script=Han})(?=[\p{Script=Han}，,。”])/gu)) {
        const at = m.index + k.index;
        if (reader.surnameAt(at + 1) !== 1 || dictionaryWord('老' + k[1]) || !words.boundaries.has(at + 2)) continue;
        if (dictionaryWord(text.slice(at + 1, at + 3))) continue; // 老张口 … the surname begins a word
        push('老' + k[1], at, false);
      }
    }
  return out;
}

/** The name at i read as where a person stands for sure (a surname or a minority name, and its given name). */
function slotAt(text: string, words: Words, reader: Reader8, i: number): string | null {
  const n = slotName(
    text,
    words,
    {
      surnameAt: (k) => reader.surnameAt(k),
      commonGiven: (g) => g.length >= 1 && g.length <= 2 && [...g].every((c) => commonGivenChar(c)),
      little: (c) => '于向付曾年和同及与'.includes(c),
    },
    i,
    true,
    true,
    true,
  );
  return n && !reader.blocked(i, i + n.length) ? n : null;
}

/** Every reading of this round: names in other letters and mixed forms, and what a person is called. */
export function names8(text: string, words: Words, reader: Reader8): Found8[] {
  return [...foreignNames8(text, reader), ...calledNames8(text, words, reader)];
}

/**
 * A name read into a vehicle plate (车牌川A·7K3G9 is no 车牌川): its last character is the plate's province. A plate
 * already masked (冀D*****) is one too, so that redacting a published text again changes nothing.
 */
export function intoPlate8(text: string, end: number): boolean {
  return (
    PROVINCES.includes(text[end - 1] ?? '') &&
    /^[A-HJ-NP-Z](?:[·•．.\s\-－]?[A-HJ-NP-Z0-9*＊]{5,6}|[A-HJ-NP-Z0-9*＊][·•．][A-HJ-NP-Z0-9*＊]{4,5})(?![A-Za-z0-9*＊])/.test(
      text.slice(end, end + 10),
    )
  );
}

/**
 * A registered person's name on the organisation's own line (项目负责人：X, 执行事务合伙人：X), read whole up to the
 * line's end, a space or a bracket, however it is written (a name without a Chinese surname too): public.
 */
export function registeredWhole8(text: string, at: number): string | null {
  return (
    /^(?:\p{Script=Han}{2,5}|\p{Script=Han}{1,8}·\p{Script=Han}{1,8})(?=[（(][^）)\n]{0,20}[）)][ \t　]*(?:\n|$)|[ \t　]*(?:\n|$)|[ \t　]+\p{Script=Han}{2,8}[：:])/u.exec(
      text.slice(at, at + 40),
    )?.[0] ?? null
  );
}
