import { dictionaryWord, type Words } from './recogniser.ts';
import { commonGivenChar, personWordBefore } from './detect-names-4.ts';

/**
 * 2026.5 (sixth round): readings that are no name, however a reader found them. The blind set 2026-12p showed
 * ordinary phrases hidden as names where a surname character began them: an ordinary word after a surname that is
 * mostly a little word (施工时/噪声, 演员由/演出经纪人), a label (曾用名), a place after a verb of going (前往双廊), an
 * idiom of the trade (私搭乱建), a chemical element (涂氟), a ring road (南三环), the verb 有 before a list (其中有粟满仓).
 * Each reading is dropped when every place it stands is such a place; names the case context gives are never dropped.
 * The caller also drops a 请确认 reading that stands only on an organisation's address line in its 当事人 block.
 */

/** Surnames that are mostly a little word (a preposition, a conjunction, 时 'when', 有 'there is'). */
const LITTLE_SURNAMES_12 = '时由于向和与对把被将同及以在为从当经后过通有';
/** Labels that introduce what a person is called: never a name themselves (曾用名：X). */
const LABELS_12 = new Set(
  '曾用名 原用名 真名 本名 原名 又名 别名 学名 实名 化名 小名 乳名 艺名 笔名 网名 绰号 外号 昵称 诨名 别称 全名'.split(' '),
);
/** Verbs of going to a place: what follows is a place (前往双廊, 驶往…). */
const GOING_BEFORE_12 = /(?:前往|驶往|开往|运往|去往|飞往|赶往|发往|送往|通往|转往|返往|迁往|销往|寄往|到达|抵达)$/;
/** …but a person's home or place after it is a person's (前往张三家, 前往李某处). */
const PERSONS_PLACE_AFTER_12 = /^(?:家|处|住|那|这|的)/;
/** Four-character idioms of enforcement texts that begin with a surname character (私搭乱建, 私拉乱接 …). */
const TRADE_IDIOMS_12 = new Set(
  '私搭乱建 私拉乱接 私拉乱扯 私搭乱盖 私挖乱采 私接乱拉 乱搭乱建 乱贴乱画 乱涂乱画 乱堆乱放 乱停乱放 乱扔乱倒 乱摆乱放 占道经营 违章搭建 违法建设 私设摊点 私自开设 私自改装 私自拆除 私自搭建 私开窗口'.split(
    ' ',
  ),
);
/** Names of chemical elements (non-metals, gases) no given name holds: 涂氟 is coating with fluoride. */
const ELEMENT_CHARS_12 = /[氟氯氢氦氖氩氪氙氡氧氮碳硅磷硫砷硒溴碘硼]/;
/** A ring road: a direction and a numeral before 环 (南三环, 东四环路). */
const RING_ROAD_12 = /^[东西南北中内外]?[一二三四五六七八九十0-9０-９]+环/;

/** Is the reading `name` at `at` no name by its own characters or the place it stands? */
function notANameAt(text: string, words: Words, name: string, at: number): boolean {
  const end = at + name.length;
  if (LABELS_12.has(name) || TRADE_IDIOMS_12.has(name)) return true;
  if (RING_ROAD_12.test(text.slice(at, at + 6))) return true;
  if (ELEMENT_CHARS_12.test(name.slice(1))) return true;
  // a four-character idiom: 私X乱Y, 乱X乱Y, or one of the recogniser's idioms (tag i, l)
  if (name.length === 4 && (name[2] === '乱' || /^(?:i|l)$/.test(dictionaryWord(name)?.tag ?? ''))) return true;
  if (GOING_BEFORE_12.test(text.slice(Math.max(0, at - 2), at)) && !PERSONS_PLACE_AFTER_12.test(text.slice(end, end + 2))) return true;
  // 其中有X、Y: 有 is the verb; the name begins after it
  if (name[0] === '有' && /(?:其中|还|并|另|又|也)$/.test(text.slice(Math.max(0, at - 2), at))) return true;
  if (name.length === 3 && LITTLE_SURNAMES_12.includes(name[0]!)) {
    const given = name.slice(1);
    // an ordinary frequent word after it that is no given name, before a word for a person it qualifies (由/演出经纪人)
    // (船长向前进称 stays a name: nothing makes its given name a modifier)
    const g = dictionaryWord(given);
    if (
      g &&
      !g.tag.startsWith('nr') &&
      g.freq >= 300 &&
      ![...given].every((c) => commonGivenChar(c)) &&
      [2, 3].some((k) => /^\p{Script=Han}+$/u.test(text.slice(end, end + k)) && personWordBefore(text.slice(end, end + k)))
    )
      return true;
    // 时 'when' after a verb (施工时噪声)
    const prev = at > 0 ? words.containing(at - 1) : undefined;
    if (name[0] === '时' && prev && prev.end === at && prev.word.length >= 2 && /^(?:v|vn)$/.test(prev.tag)) return true;
  }
  return false;
}

/** 2026.5 (sixth round): is `name` no name wherever it stands in `text`? */
export function notAName12(text: string, words: Words, name: string): boolean {
  let seen = false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!notANameAt(text, words, name, i)) return false;
    seen = true;
  }
  return seen;
}

/** 2026.5 (sixth round): 其中有/还有 before a name: the verb 有, glued by the recogniser to the surname that follows. */
export const haveBefore12 = (text: string, at: number) => /(?:其中|还|并|另|又|也)有$/.test(text.slice(Math.max(0, at - 3), at));

/**
 * 2026.5 (sixth round): a frequent verb of the recogniser that ends at `at` (安排, 聘用 …): a name without a Chinese
 * surname glued after it begins at `at` (哈丽旦安排古丽娜尔·吐尔洪).
 */
export function verbEndsAt12(words: Words, at: number): boolean {
  const t = at > 0 ? words.containing(at - 1) : undefined;
  if (!t || t.end !== at || t.word.length < 2 || !/^v/.test(t.tag)) return false;
  return (dictionaryWord(t.word)?.freq ?? 0) >= 1000;
}

/** 2026.5 (sixth round): does `at` stand on an address line (地址：…, 住所：…, 经营场所：…) after its label? */
export function orgAddressLine12(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return /^[ \t　]*(?:地址|住所|注册地址|经营地址|办公地址|经营场所|营业场所)[：:]/.test(line);
}
