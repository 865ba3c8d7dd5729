/**
 * 2026.5, fifth round: more of what a person is called besides his name (rule set 2026.5 only; the caller
 * guards with the generation).
 *
 * - a name in quotes after a verb of calling with a person as its object (学员称其“…”, 大家叫他“…”);
 * - an online name in quotes after a word for an internet user (网友“…”, 博主“…”);
 * - a surname and a word of kinship used as address, in quotes after a word for a person (邻居“郑奶奶”);
 * - a slang word for a person (“肥佬”, “阿强仔”) in quotes after a word for a person;
 * - the Chinese name of a foreigner in quotes (中文名“…”);
 * - a Latin name in capitals in brackets right after a name in Hangul (김민준（KIM MINJUN）).
 */
import { SINGLE_SURNAMES_4 } from './lexicon-names-4.ts';

/** A verb of calling with a person as object, or a word that introduces another name (中文名). */
const CALL_BEFORE = /(?:称其|称他|称她|叫他|叫她|喊他|喊她|唤他|唤她|称呼其|中文名|汉语名|汉文名|英文名|外文名)(?:为|叫|是)?[：:]?$/;
/** A word for a user of the internet: what follows in quotes is his online name. */
const NET_USER_BEFORE = /(?:网友|网民|博主|用户|群友|帖主|楼主)$/;
/** A surname and a word of kinship used to address an older or familiar person. */
const KIN_SHAPE = /^\p{Script=Han}(?:奶奶|爷爷|婆婆|姥姥|姥爷|外婆|阿姨|叔叔|伯伯|大爷|大妈|大娘|大叔|大婶|阿婆|阿伯|嫂子|老板娘)$/u;
/** A slang word for a person: 肥佬, 阿强仔, 细妹 (two or three characters ending in 佬/仔/崽). */
const SLANG_SHAPE = /^\p{Script=Han}{1,2}(?:佬|仔|崽)$/u;
/** What a quoted online name never is: a word of trade or goods, or a sentence. */
const NOT_A_NAME =
  /(?:店|铺|厂|公司|超市|商行|平台|品牌|牌|产品|宣传|广告|活动|服务|中心|专卖|批发|代购|直播间|官方|[，,。！!？?；;：:、])/;

export function nicknames10(text: string, personBefore: (i: number) => boolean): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const m of text.matchAll(/[“"「]([^”"」\n]{2,12})[”"」]/gu)) {
    const at = m.index + 1;
    const inner = m[1]!;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (CALL_BEFORE.test(before)) {
      if (/^\p{Script=Han}{2,4}$/u.test(inner) && !NOT_A_NAME.test(inner)) out.push({ name: inner, at });
      continue;
    }
    if (!/^\p{Script=Han}{2,6}$/u.test(inner) || NOT_A_NAME.test(inner)) continue;
    if (NET_USER_BEFORE.test(before)) {
      out.push({ name: inner, at });
      continue;
    }
    if (!personBefore(m.index)) continue;
    if (KIN_SHAPE.test(inner) && SINGLE_SURNAMES_4.has(inner[0]!)) out.push({ name: inner, at });
    else if (SLANG_SHAPE.test(inner)) out.push({ name: inner, at });
  }
  // 김민준（KIM MINJUN）: the same name in Latin capitals in brackets after a name in Hangul
  for (const m of text.matchAll(/[\uAC00-\uD7A3]{2,5}[（(]([A-Z]{2,}(?:[ \-][A-Z]{2,}){1,3})(?=[，,；;、）)])/g))
    out.push({ name: m[1]!, at: m.index + m[0].length - m[1]!.length });
  return out;
}

/**
 * An account in brackets right after a name (邢宇（QQ号：…）, 微信账号“…”（微信号：…）) belongs to what is
 * named before the bracket, not to the agency spoken of earlier in the sentence (本局接到…).
 */
export function personsBracket(text: string, pos: number): boolean {
  const open = text.lastIndexOf('（', pos);
  const open2 = text.lastIndexOf('(', pos);
  const b = Math.max(open, open2);
  if (b < 0 || pos - b > 12) return false;
  // only a label of an account between the bracket and the account
  if (!/^(?:微信号码|微信账号|微信号|微信|QQ号码|QQ账号|QQ号|QQ|qq号|qq)[：:\s　]{0,2}$/.test(text.slice(b + 1, pos))) return false;
  const before = text.slice(Math.max(0, b - 16), b);
  // a quoted name of an account, not the agency's own (官方, 公众号, 本局 …)
  if (/”$/.test(before)) return !/(?:官方|公众号|本局|本机关|我局|本委|本所|本队|政务|执法)/.test(before);
  // a name of two or three characters with a surname, after a verb or a pause
  const n = /(?:^|[，,、；;]|接到|收到|经|据|与|向|对|由|及|和)(\p{Script=Han}{2,3})$/u.exec(before);
  return !!n && SINGLE_SURNAMES_4.has(n[1]![0]!) && !/(?:局|委|会|队|所|站|办|厅|部|院|号|台|厂|司|店)$/.test(n[1]!);
}
