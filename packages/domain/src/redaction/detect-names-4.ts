import { PERSON_VERBS_2 } from './lexicon-names-2.ts';
import { nicknames10 } from './detect-names-10.ts';
import { dictionaryWord, type Words } from './recogniser.ts';
import { isHan, isHanAt } from './scan.ts';
import { ALIAS_BEFORE, nicknames, slotName, type SlotReader } from './detect-names-6.ts';

/**
 * 2026.3 (engine generation 4): the broad tier of candidate names. Every earlier round's misses were
 * names introduced in a phrasing no rule knew; the rules cannot list every phrasing, so this tier
 * reads what any name looks like to the recogniser — a word of two to four characters that begins with
 * a surname, is no ordinary word of its dictionary (and no place, organisation or proper noun), and ends
 * at a word boundary — where a person can stand:
 *  - in a list or brackets, in quotes, after a colon (、X、, （X）, “X”, 联系人：X);
 *  - after a word for a person (…人/员/工/师/长/者/生/户/友/属/客/主 …, kinship words);
 *  - as the object of 对/向/与/由/和/给/为/把/被/跟/同/让/叫/请/经/替/派/雇 … or a verb that takes a person
 *    (询问, 告知, 陪同, 联系, 委托, 雇用 …);
 *  - as the subject of a clause, before a verb, an adverb, a preposition or 的.
 * What it finds is hidden as 请确认 unless a rule is sure of it: the 公示管理员 decides, and until then it is
 * hidden. It never reads inside what must stay (officials, the agency, organisations' names and heads,
 * places, articles, amounts): the caller passes what is blocked.
 */
export interface TierReader {
  /** the surname's length at `i` (0: none) */
  surnameAt(i: number): number;
  /** the name reading at `i` by the rules' own reader (a surname and one or two characters, ending cleanly) */
  nameAt(i: number): string | null;
  /** [start, end) overlaps what must stay, or is part of an organisation's name */
  blocked(start: number, end: number): boolean;
  /** engine generation 5 (rule set 2026.4): the widened tier */
  g5?: boolean;
  /** 2026.4: a name without a Chinese surname at `i` (次仁多吉, 阿依古丽, 库尔班江) by the rules' reader, and of how many name parts */
  looseAt?(i: number): { name: string; parts: number } | null;
  /** 2026.4: the reading at `i` as after a title (a surname that is also a little word: 于海鸥, 向小军) */
  titledNameAt?(i: number): string | null;
  /** engine generation 6 (rule set 2026.5): names read from their own characters where a person stands for sure */
  g6?: boolean;
}

/** Characters a word for a person ends with: 顾客, 店员, 车主, 学生, 朋友, 家属, 之妻, 表哥 … */
const PERSON_WORD_END = '人员工师长者生户友属客主妻夫子女儿父母爸妈哥姐弟妹兄嫂爷奶婆公叔伯姨舅姑孙侄甥婿媳徒官警匠手亲妇戚士医';
/** Person words that end so but name no person standing before a name (本人, 个人 are fine; these are not). */
const NOT_PERSON_WORDS = new Set([
  '工人',
  '个人',
  '他人',
  '本人',
  '法人',
  '商户',
  '用户',
  '账户',
  '户主',
  '住户',
  '经营户',
  '工商户',
  '主',
  '施工',
  '化工',
  '加工',
  '公子',
  '分子',
  '电子',
  '样子',
  '儿女',
  '男女',
  '子女',
]);
/** Two-character words for a person that end otherwise. */
const PERSON_WORDS = new Set(
  '客服 教练 经理 主任 网管 会计 司机 导游 邻居 管家 老板 翻译 同事 同学 房东 股东 领队 助理 保姆 护工 伙计 门卫 保洁 村民 居民 市民 农民 牧民 渔民 网民 业主 船主 雇主 买家 卖家 商家 专家 群众 亲戚 对象 同伴 朋友 老师 会长 校长'.split(
    ' ',
  ),
);
/** 2026.4: more words for a person a name follows (主管吕东升, 同乡汪鹏, 住户涂文静, 个人尹长顺). */
const PERSON_WORDS_5 = new Set(
  '主管 副总 总监 财务 出纳 文员 上家 下家 代购 同乡 老乡 书商 商户 住户 租户 个人 房主 车主 船东 货主 店主 摊主 老板 老板娘 河长 村长 组长 班长 队长 厂长 股长 助手 帮工 小工 学徒 徒弟 师傅 亲属 家属 监护 其母 其父 其妻 其夫 其子 其女'.split(
    ' ',
  ),
);
/** 2026.4: more verbs a person follows (接到邝美兰实名举报, 收到X的来信, 经X介绍). */
const OBJECT_BEFORE_5 =
  /(?:接到|收到|接获|来自|经由|通过|找来|叫来|请来|雇来|委派|指派|授意|要求|责令|约谈|传唤|走访|询问了|会同|带着|带上|约|叫上)$/;

/** 2026.4: characters common in given names (the second signal beside the recogniser's words). */
const GIVEN_CHARS = new Set(
  [
    '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉萍红鹏辉玲燕建国文斌宇浩凯健俊帆帅旭宁龙林欣佳嘉琳婷雪慧晶颖倩琴云莉兰凤梅菊珍莲春秋冬海波峰山川东',
    '志忠德福贵荣祥生成才金银宝富昌盛兴发安庆喜乐友义利民学新光亮晓立永长全正元天家耀彬博晨宏鑫淼森涵轩泽睿铭哲翔子梓雨思梦诗怡悦琪瑶璐露洁清蕾薇蓉妍媛娇妮婉彤彩虹霖晴阳晖昊煜炜焕烨灿航鸿鹤飞腾跃奇锋锐钢铁振宗祖启君智达远毅勤恒伦仁信礼孝胜凡维雄豪彪虎豹进兵武卫彦宜逸翼莹盈勇咏优佑瑜钰育裕渊园源苑月越芸韵增展彰璋昭兆臻峥政芝舟竹柱卓紫尊秀旺满仓根锁栓顺妹娣香翠花娥琼瑛瑞灵琦珊珠璇璟瑾婧菲芬茜霏雯雅凌岚岩峻巍嵘崇晋锦然冉蕊若姗舒淑双爽松颂素滔桃田甜挺童玮蔚希溪曦熙禧贤娴宪献向潇笑昕心馨星杏幸修旭序萱勋迅亚娅焱扬瑶依仪颐艺亦忆茵音寅莺迎雍涌悠予渝羽语郁昱誉愿岳运蕴赞章哲真贞征致钟仲洲铸壮',
  ].join(''),
);
export const commonGivenChar = (c: string) => GIVEN_CHARS.has(c);
const commonGiven = (given: string) => given.length >= 1 && given.length <= 2 && [...given].every((c) => GIVEN_CHARS.has(c));

/**
 * 2026.4: a reading the recogniser splits otherwise, read by its given name — a compound surname that is a
 * word of its own (东方/s 宏伟, 欧阳/ns 建), a surname glued to the given name's first character as a
 * place or a noun (卫国/ns 强, 柯文/nz 彬), or a surname before a given name it takes for a verb
 * (皮/n 建国/v): every character of the given name is a common one, the given name is no frequent word,
 * and the first word no verb, preposition, pronoun or particle.
 */
function givenShape(text: string, words: Words, i: number, end: number, sl: number): boolean {
  const given = text.slice(i + sl, end);
  if (!commonGiven(given)) return false;
  const g = given.length === 2 ? dictionaryWord(given) : undefined;
  if (g && ((g.freq >= 1000 && !g.tag.startsWith('nr')) || /^(?:p|c|u|r|m|q|f)$/.test(g.tag))) return false;
  const first = words.containing(i);
  if (!first || first.start !== i) return false;
  if (sl === 2) return first.end === i + 2 || first.end === end;
  // 苗/n 立新, 皮/n 建国/v; a surname that is mostly a little word (于/p 洪涛, 向/p 红梅) only before two such characters
  if (first.end === i + 1)
    return (!/^(?:c|p|u|uj|ul|y|e|o)$/.test(first.tag) && !LITTLE_WORDS.includes(text[i]!)) || (end === i + 3 && words.boundaries.has(end));
  // 卫国/ns 强: the first word ends inside the name, the rest is the name's last character
  return (
    first.end === i + 2 &&
    end === i + 3 &&
    /^(?:ns|nz|n|s|t|b|a|j|nr|nrt|nrfg|ng|i|l)$/.test(first.tag) &&
    (dictionaryWord(first.word)?.freq ?? 0) < 5000 &&
    words.boundaries.has(end)
  );
}

/** Words before a person as their object. */
const OBJECT_BEFORE =
  /(?:对|向|与|由|和|给|为|把|被|跟|同|让|叫|请|经|替|派|雇|及|将|询问|告知|陪同|联系|委托|雇用|雇佣|招用|聘用|聘请|安排|通知|带领|协助|伙同|指使|介绍|认识|邀请|找到|交给|交由|售给|卖给|租给|借给|转给|转让给|提供给|发给|送给|接待|接受|接诊|收治|查见|发现|遇见|遇到|看到|看见|见到|告诉|包括|其中|另有|以及|连同)$/;
/** What follows a clause's subject: the recogniser's tags of verbs, adverbs, prepositions, conjunctions. */
const SUBJECT_NEXT_TAG = /^(?:v|vn|vd|p|d|c|ad)$/;
const CLAUSE_OPEN = /(?:^|[，,。；;\n！？!?]|经查|其中|另|据|当日|当天|随后|此后|后|当时|同时|其后)$/;
const PLACE_AFTER = /^[市县区省镇乡村旗州盟屯庄寨街路巷道湾河江湖山岛港桥某]/;

export function candidateNames(text: string, words: Words, reader: TierReader): Map<string, number> {
  const out = new Map<string, number>();
  const g5 = reader.g5 === true;
  const g6 = reader.g6 === true;
  if (g6)
    for (const n of nicknames(text, (q) => personWordEndsAt(text, q)))
      if (!out.has(n.name) && !reader.blocked(n.at, n.at + n.name.length) && !official(text, n.at, n.at + n.name.length))
        out.set(n.name, n.at);
  if (g6)
    for (const n of nicknames10(text, (q) => personWordEndsAt(text, q)))
      if (!out.has(n.name) && !reader.blocked(n.at, n.at + n.name.length)) out.set(n.name, n.at);
  let covered = 0; // a reading taken at i covers its own characters: 晏子墨 is not also 墨合伙
  for (let i = 0; i < text.length; i++) {
    if (g5 && i >= covered && isHanAt(text, i) && startsHere(text, words, i)) {
      const loose = looseCandidate(text, words, reader, i);
      if (loose && !out.has(loose)) {
        out.set(loose, i);
        covered = i + loose.length;
        continue;
      }
    }
    // 2026.5: where a person stands for sure, the name is read from its own characters
    // (after a name without a Chinese surname read by the rules' reader: 额尔敦毕力格)
    if (g6 && i >= covered && isHanAt(text, i)) {
      const name = slotCandidate(text, words, reader, i);
      if (name) {
        if (!out.has(name)) out.set(name, i);
        covered = i + name.length;
        continue;
      }
    }
    if (i < covered || !isHanAt(text, i) || !reader.surnameAt(i) || !startsHere(text, words, i)) continue;
    let name = reader.nameAt(i);
    // 2026.4: a surname that is also a little word (于, 向, 付 …) before two common given-name characters
    // (于海鸥, 向小军, 付长河) reads as a name where a person stands for sure
    let littleSurname = false;
    if (g5 && !name) {
      const alt = reader.titledNameAt?.(i);
      if (alt && alt.length === 3 && reader.surnameAt(i) === 1 && commonGiven(alt.slice(1)) && words.boundaries.has(i + 3)) {
        const g = dictionaryWord(alt.slice(1));
        if (!g || (g.freq < 1000 && !/^(?:v|vn|p|c|u|r|m|q|f|d|ad)$/.test(g.tag))) {
          name = alt;
          littleSurname = true;
        }
      }
    }
    if (!name || name.length < 2 || name.length > 4) continue;
    if (out.has(name)) {
      covered = i + name.length; // hidden wherever it stands
      continue;
    }
    const end = i + name.length;
    const sl = reader.surnameAt(i);
    // 2026.4: a second signal — a given name of common given-name characters — reads what the recogniser
    // splits otherwise (卫国/ns 强, 东方/s 宏伟, 皮/n 建国/v); such a reading counts only where a person stands for sure
    const byGiven = littleSurname || (g5 && !shapeOk(text, words, i, end, sl) && givenShape(text, words, i, end, sl));
    if (!byGiven && !shapeOk(text, words, i, end, sl)) continue;
    // a word of the dictionary (张贴/nr, 牛肉干/nr, 高平/ns) is no candidate: jieba's nr is no proof of a name;
    // a rare three-character nr word (王振南/nr, 谢丽娟/nrfg) is one where a person stands for sure;
    // 2026.4: so is a rarer nr word of common given-name characters (李娜/nr, 杨俊/nr)
    const entry = dictionaryWord(name);
    const strongOnly = entry !== undefined || byGiven;
    if (
      entry &&
      !(name.length === 3 && entry.tag.startsWith('nr') && entry.freq < 100) &&
      !(g5 && entry.tag === 'nr' && entry.freq < 1000 && commonGiven(name.slice(sl)))
    )
      continue;
    const after = text.slice(end, end + 10);
    // a place, an organisation or a bank (吴江区, 金枫苑小区, 晋商银行); the abbreviation of an agency in a
    // 文号 or a licence number (吴交执罚〔2025〕, （哈南）应急罚, 冀交运管许可, 鲁临3713…); a year (1976年生)
    if (
      PLACE_AFTER.test(after) ||
      ORG_AFTER.test(after) ||
      CODE_AFTER.test(after) ||
      // (2026.5: or a masked digit — the published text is redacted again to the same characters)
      (g6 ? /[0-9０-９*＊]$/ : /[0-9０-９]$/).test(text.slice(Math.max(0, i - 1), i)) ||
      // 2026.4: a street after it (海秀西路, 新华北街)
      (g5 && /^[东西南北中]?(?:路|街|巷|大道|大街)/.test(after)) ||
      NOT_NAME_END.includes(name.at(-1)!) ||
      official(text, i, end) ||
      reader.blocked(i, end)
    )
      continue;
    const where = personPosition(text, words, i, end, g5);
    // a two-character reading that begins with a little word (但经, 后经, 全靠) needs a person's place for sure
    const weakOnly = !strongOnly && !(name.length === 2 && LITTLE_WORDS.includes(name[0]!));
    if (where === 'strong' || (where === 'weak' && weakOnly)) {
      out.set(name, i);
      covered = end;
    }
  }
  return out;
}

/** 2026.5: more words for a person a name follows (村干部贺建华, 前台谢蕾, 专家师文博, 助播黄思远, 经销商严子豪). */
const PERSON_WORDS_6 = new Set(
  '场控 运营 客服 店长 领班 工长 监工 干部 前台 专家 调度 统筹 助播 主播 专员 文书 小孩 孩子 儿童 婴儿 群众 网友 男子 女子 商贩 小贩 摊贩 经销 网红 艺人 歌手 乐手 鼓手 演员 模特 教员 学员 工友 病友 室友 舍友 房客 租客 学徒 搭档 合伙 伙伴 熟人 村医 乡医 厨师 帮厨 保安 快递 骑手 外卖 代驾 车手 船工 水手 渔工 牧工 放牧 同行 随行 同伙 友人 玩伴 旅伴'.split(
    ' ',
  ),
);
/**
 * 2026.5: surnames rarer than the lists (in the northwest and among the Hui: 喇, 朵, 拐, 妥; 淦 in Jiangxi …), read
 * only where a person stands for sure (after a word for a person, in a list, after 真名).
 */
export const RARE_SURNAMES_6 = new Set(
  '淦 拐 喇 朵 脱 摆 把 苟 昔 剡 笪 佴 夙 兀 毌 蹇 郄 郤 厐 隽 禤 妥 撒 拜 者 尕 锁 延 虢 折 粘 奇'.split(' '),
);
const NOT_PERSON_WORDS_6 = new Set([
  '厂商',
  '电商',
  '微商',
  '客商',
  '商户',
  '外商',
  '供应商',
  '开发商',
  '承包商',
  '运营商',
  '服务商',
  '生产商',
  '制造商',
  '销售商',
  '协商',
  '会商',
  '招商',
  '工商',
]);

const PERSON_WORD_END_6 = PERSON_WORD_END + '商贩';
/** The last characters of every word for a person personWordBefore takes. */
const PERSON_WORD_LAST: ReadonlySet<string> = new Set([
  ...PERSON_WORD_END_6,
  ...[...PERSON_WORDS, ...PERSON_WORDS_5, ...PERSON_WORDS_6].map((w) => w[w.length - 1]!),
]);

const CLOSING_QUOTES = '”"’」';
/** The last characters of NOT_PERSON_WORDS_6: a text that ends otherwise ends with none of them. */
const NOT_PERSON_LAST: ReadonlySet<string> = new Set([...NOT_PERSON_WORDS_6].map((w) => w[w.length - 1]!));

/**
 * The last two characters of `s` when both are Han (`/\p{Script=Han}{2}$/u`), read by code where neither is half
 * of a surrogate pair.
 */
function lastTwoHan(s: string): string | undefined {
  const n = s.length;
  if (isSurrogate(s.charCodeAt(n - 1)) || isSurrogate(s.charCodeAt(n - 2))) return /\p{Script=Han}{2}$/u.exec(s)?.[0];
  return n >= 2 && isHanAt(s, n - 2) && isHanAt(s, n - 1) ? s.slice(n - 2) : undefined;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Does `before` end with a word for a person (2026.5: also …商, …贩 and the words above; 其母, 之兄)? */
export function personWordBefore(before: string): boolean {
  // (a closing quote after the word is dropped: one character, taken off without a regex or a copy when there is none)
  const b = CLOSING_QUOTES.includes(before[before.length - 1] ?? '') ? before.slice(0, -1) : before;
  // (every word for a person below ends with one of PERSON_WORD_LAST: most calls, at positions that follow no such
  // word, are answered here, before the regex)
  if (!PERSON_WORD_LAST.has(b[b.length - 1] ?? '')) return false;
  const two = lastTwoHan(b);
  if (!two) return false;
  if (PERSON_WORDS.has(two) || PERSON_WORDS_5.has(two) || PERSON_WORDS_6.has(two)) return true;
  if (/^[一二两三四五六七八九十几多众等双]人$/.test(two)) return false;
  if (NOT_PERSON_LAST.has(two[1]!)) for (const w of NOT_PERSON_WORDS_6) if (b.endsWith(w)) return false;
  return PERSON_WORD_END_6.includes(two[1]!) && !NOT_PERSON_WORDS.has(two);
}

/**
 * `personWordBefore(text.slice(Math.max(0, end - 8), end))`, remembered per position of the text: the name readers
 * ask it at the same positions many times over. (personWordBefore reads at most the last five characters, so any
 * window of six or more before `end` gives the same answer.)
 */
export function personWordEndsAt(text: string, end: number): boolean {
  // (a short text, such as a name, is asked directly: remembering would drop what is known of the long one)
  if (text.length < 64 || !(end > 0 && end <= text.length)) return personWordBefore(text.slice(Math.max(0, end - 8), end));
  if (personWordMemo?.text !== text) personWordMemo = { text, ends: new Int8Array(text.length + 1) };
  let k = personWordMemo.ends[end]!;
  if (k === 0) personWordMemo.ends[end] = k = personWordBefore(text.slice(Math.max(0, end - 8), end)) ? 1 : 2;
  return k === 1;
}

/** The answers of personWordEndsAt for the text last asked about (0: not asked yet, 1: yes, 2: no). */
let personWordMemo: { text: string; ends: Int8Array } | null = null;

/**
 * 2026.5: a name where a person stands for sure — right after a word for a person, in a list, after 真名/本名,
 * before an age — or as the object of a verb that takes a person (then of common given-name characters or the
 * recogniser's name words only), read by `slotName`; never over what must stay.
 */
export function slotCandidate(text: string, words: Words, reader: Pick<TierReader, 'surnameAt' | 'blocked'>, i: number): string | null {
  if (i > 0 && /[0-9０-９A-Za-z*＊]/.test(text[i - 1]!)) return null;
  // (the check on a reading glued into the word before, below, first where it refuses whatever stands before: it
  // refuses most positions of a text, before any regex runs; the same answer, only sooner)
  const gluedInside = i > 0 && isHanAt(text, i - 1) && !words.boundaries.has(i);
  if (gluedInside && words.containing(i)?.tag !== 'x') return null;
  const before = text.slice(Math.max(0, i - 8), i);
  const alias = ALIAS_BEFORE.test(before);
  // (a role in brackets before the name counts as a word for a person: 举报人（学生家长）向红梅称; so does one
  // before the first name of a list: 服务员胡思雨、甘露证实)
  const titled =
    alias || personWordEndsAt(text, i) || /[（(][^（）()]{0,6}(?:人|员|长|者|家长|属)[）)]$/.test(before) || titledList(text, i);
  const relaxed =
    titled || /[、（(]$/.test(before) || /(?:当事人|被处罚人|代理人|经营者|投诉人|举报人|证人|姓名|监护人)[：:][ \t　]*$/.test(before);
  // a reading glued into the word before is read only right after a word for a person (其母马阿依舍, 配件商陆国安)
  // (never from inside a word of the dictionary: 物业公司成都 is no 公 and 司成)
  if (gluedInside && !titled) return null;
  const object = !relaxed && (OBJECT_BEFORE.test(before) || OBJECT_BEFORE_5.test(before));
  let name: string | null = null;
  const sr = slotReaderOf(text, reader, relaxed);
  if (relaxed || object) name = slotName(text, words, sr, i, relaxed, titled, alias);
  if (!name && !relaxed) {
    // before a list's next item or an age (邢桂珍　58岁, 孔令祥和才让卓玛): a name of common given-name characters
    if (!words.boundaries.has(i) && i > 0 && isHanAt(text, i - 1)) return null;
    const n = slotName(text, words, sr, i, false);
    if (n && /^(?:、|[ \t　]*[（(]?[0-9０-９]{1,3}(?:岁|周岁))/.test(text.slice(i + n.length, i + n.length + 8))) name = n;
  }
  if (!name) return null;
  const end = i + name.length;
  const after = text.slice(end, end + 10);
  if (
    PLACE_AFTER.test(after) ||
    ORG_AFTER.test(after) ||
    CODE_AFTER.test(after) ||
    /^[东西南北中]?(?:路|街|巷|大道|大街)/.test(after) ||
    NOT_NAME_END.includes(name.at(-1)!) ||
    official(text, i, end) ||
    inOfficialsList(text, i) ||
    reader.blocked(i, end)
  )
    return null;
  return name;
}

/**
 * The slot readers of one tier reader, made once per reader and text rather than per position (slotCandidate runs
 * at nearly every character of a text, and making closures there was a measurable cost).
 */
const slotReaders = new WeakMap<object, { text: string; strict: SlotReader; relaxed: SlotReader }>();
function slotReaderOf(text: string, reader: Pick<TierReader, 'surnameAt'>, relaxed: boolean): SlotReader {
  let r = slotReaders.get(reader);
  if (r?.text !== text) {
    const little = (c: string) => LITTLE_WORDS.includes(c);
    // rare surnames (淦, 拐, 喇, 朵 …) only where a person stands for sure
    r = {
      text,
      strict: { surnameAt: (k) => reader.surnameAt(k) || 0, commonGiven, little },
      relaxed: {
        surnameAt: (k) => reader.surnameAt(k) || (RARE_SURNAMES_6.has(text[k] ?? '') && isHanAt(text, k + 1) ? 1 : 0),
        commonGiven,
        little,
      },
    };
    slotReaders.set(reader, r);
  }
  return relaxed ? r.relaxed : r.strict;
}

/** 2026.5: is `i` a later item of a list of short items (、) whose first follows a word for a person (服务员胡思雨、甘露)? */
function titledList(text: string, i: number): boolean {
  let pos = i;
  for (let items = 0; items < 6 && text[pos - 1] === '、'; items++) {
    const e = pos - 1;
    let k = e;
    while (k > 0 && k > e - 9 && isHanAt(text, k - 1)) k--;
    if (k === e) return false;
    // the item is a word for a person and a name of two to four characters (服务员胡思雨)
    for (let m = e - 2; m >= Math.max(k + 1, e - 4); m--) if (personWordEndsAt(text, m) && !inOfficialsList(text, m)) return true;
    pos = k;
  }
  return pos < i && personWordEndsAt(text, pos) && !inOfficialsList(text, pos);
}

/** 2026.5: in the list of officials after 执法人员/承办人 … (执法人员武振华、閤丽萍对当事人…): public, never read here. */
function inOfficialsList(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 60), i);
  return /(?:执法人员|执法队员|执法人|承办人员|承办人|办案人员|检查人员|审核人员|审核人)[：:为是]?(?:[\p{Script=Han}·]{2,8}(?:[（(][^（）()\n]{0,30}[）)])?(?:[，,]?[ \t　]*(?:执法证号|证号)[：:]?[ \t　]*[A-Za-z0-9０-９]{6,20})?[ \t　]*(?:、|和|及|与|，|,)[ \t　]*)+$/u.test(
    before,
  );
}

/**
 * 2026.4: a name without a Chinese surname (a Tibetan or Mongolian name from its parts, a Uyghur name in
 * characters) where a person stands for sure — or, of two or more parts, as a clause's subject too. Not a
 * frequent word, not before a place or an organisation word, not an official, not what must stay.
 */
function looseCandidate(text: string, words: Words, reader: TierReader, i: number): string | null {
  const loose = reader.looseAt?.(i);
  if (!loose || loose.name.length < 2 || loose.name.length > 10 || loose.name.includes('·')) return null;
  if (reader.surnameAt(i) && reader.nameAt(i)) return null;
  const { name, parts } = loose;
  const end = i + name.length;
  if ((dictionaryWord(name)?.freq ?? 0) >= 100 || !words.boundaries.has(end)) return null;
  const after = text.slice(end, end + 10);
  if (PLACE_AFTER.test(after) || ORG_AFTER.test(after) || CODE_AFTER.test(after) || official(text, i, end) || reader.blocked(i, end))
    return null;
  const where = personPosition(text, words, i, end, true);
  return where === 'strong' || (where === 'weak' && parts >= 2) ? name : null;
}

/** Words that make what stands before them an organisation's or a place's name. */
const ORG_AFTER =
  /^(?:网咖|网吧|美容|美发|理发|烧烤|小吃|餐馆|酒楼|茶楼|奶茶|火锅|快餐|面馆|酒吧|工作室|门诊|养殖场|加工|商贸|贸易|家具|建材|五金|汽修|维修|银行|小区|社区|派出所|书社|书店|牌|客栈|宾馆|酒店|饭店|餐厅|超市|商行|商店|便利店|药店|药房|诊所|医院|学校|幼儿园|公司|集团|有限|干渠|大街|北大街|南大街|东大街|西大街|大道|花园|广场|市场|工业园|开发区|水库|大桥)/;

/**
 * The recogniser reads a name as one unseen or name word (谭佳/x, 夏/nr 瑞芳/nr, 对谢/x 有/v …), or a
 * surname read as a little word before a given name it reads as a name (尚/d 淑英/nrt). Not a
 * conjunction, preposition or particle before an ordinary word (和/c 陈述, 区/n 卫生, 时/n 表示).
 */
function shapeOk(text: string, words: Words, i: number, end: number, sl = 1): boolean {
  const first = words.containing(i);
  if (!first) return false;
  // one unseen or name word from the surname on (谭佳/x, 郭晓兰于/x, 温雅/nr 琦)
  if (nameLike(first) && first.start === i) return true;
  // glued to what stands before (人段/x 秀英, 对谢/x 有财): the rest must read as a given name (候客区/x 招揽 does not)
  if (nameLike(first)) return first.end >= end || givenName(words, first.end, end);
  // an ordinary word that begins with the surname (计划/n 运, 费用/n 转) is that word; a compound surname
  // is a word of its own (欧阳/ns 志鹏)
  if (first.start !== i || (first.end - first.start >= 2 && first.end !== i + sl)) return false;
  // a surname that is mostly a little word (于/p, 和/c, 应/v) begins a name only on the recogniser's word; 何/r does
  if (LITTLE_WORDS.includes(text[i]!) || (/^(?:c|p|u|uj|ul|y|e|o)$/.test(first.tag) && sl === 1)) return false;
  // 房/n 永兴/ns, 苗/n 立新/d: a rare word after the surname is a given name; 区/n 卫生, 时/n 表示 are no names
  return givenName(words, first.end, end);
}

/** Do the recogniser's words over [from, end) read as a given name: name words, or rare words that are no verb or particle? */
function givenName(words: Words, from: number, end: number): boolean {
  for (let pos = from; pos < end;) {
    const t = words.at(pos);
    if (!t) return false;
    if (!nameLike(t)) {
      if (t.word.length === 1 ? !/^(?:n|ng|nz|ns|a|ag|b|j|t|tg|zg|k|s)$/.test(t.tag) : t.word.length > 2) return false;
      const e = t.word.length === 2 ? dictionaryWord(t.word) : undefined;
      if (e && (e.freq >= 1000 || /^(?:v|vn|vd|p|c|u|ad|an|m|q|f|r)$/.test(e.tag))) return false;
    }
    pos = t.end;
  }
  return true;
}

const nameLike = (t: { tag: string }) => t.tag === 'x' || t.tag.startsWith('nr');

/** Surnames that are mostly a little word or a common morpheme: a name begins with them only where the recogniser reads a name. */
const LITTLE_WORDS = '应时区单原水车和但包经后年干过从能通别终步广东越空养须红益法有归爱伯福寻户于向对由把被将同及与曾来付当在为以也还都';

/**
 * An official in the text's list of officials, when no case context names them: before brackets with a
 * 执法证号, after 审核/承办人 …, or after the bracketed certificate of the one before (R-PUB-2: public).
 */
function official(text: string, i: number, end: number): boolean {
  const before = text.slice(Math.max(0, i - 12), i);
  return (
    /^[ \t　]*[（(](?:执法证|证号|证件号|[A-Za-z]?[0-9０-９]{6,})/.test(text.slice(end, end + 8)) ||
    /(?:审核|审批|法制审核|复核|承办人|承办|执法人员|执法队员|执法人|办案人员|检查人员|签发)(?:人)?[：:为是]?[ \t　]*$/.test(before) ||
    /[（(][A-Za-z]?[0-9０-９]{6,}[）)][ \t　、，,和及]*$/.test(before)
  );
}

/** Does what follows `end` make the text before it part of an organisation's or a place's name (晓凤网咖, 晋商银行)? */
export function orgAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 10);
  return ORG_AFTER.test(after) || PLACE_AFTER.test(after);
}

/** What follows the abbreviation of an agency in a 文号 or a licence number. */
const CODE_AFTER =
  /^[）)]?(?:\p{Script=Han}{0,6}?(?:[〔［[]|[（(][0-9０-９]{4}[）)]|[（(]\p{Script=Han}{1,2}[）)]\p{Script=Han}{0,4}[罚〔字]|字第?[0-9０-９〔])|[A-Za-z0-9０-９]{3,})/u;
/** Characters that end things, not given names (曲库, 焦度计, 储粪池, 孔盖, 楚星牌 …). */
const NOT_NAME_END =
  '内外牌费池计器巾罐库针霜量架尘场区段处部级类品物料具式型率性者属柜箱袋瓶盒桶井坑棚楼层间室办单证罚字号址份项盖剂液油粉机车线表册页';

/** Characters the recogniser glues to the start of an unseen name: a preposition or a title's last character (对谢/x, 人段/x). */
const GLUE = PERSON_WORD_END + '对由为据从向与和及给把被让叫请经将跟同替派雇民理任管计机游居家板译事学东队';

/** Does a word begin at `i`, or did the recogniser glue a little word or a title's end before it? */
function startsHere(text: string, words: Words, i: number): boolean {
  if (i === 0 || !isHanAt(text, i - 1) || words.boundaries.has(i)) return true;
  const t = words.containing(i);
  return t !== undefined && t.start < i && t.tag === 'x' && GLUE.includes(text[i - 1]!);
}

/**
 * Can a person stand at [i, end)? `strong`: after a word for a person, as an object, in a list or before
 * brackets; `weak`: in quotes, after a colon, as a clause's subject.
 */
export function personPosition(text: string, words: Words, i: number, end: number, g5 = false): 'strong' | 'weak' | null {
  const before = text.slice(Math.max(0, i - 6), i);
  const after = text.slice(end, end + 6);
  if (g5) {
    // 2026.4: one bought from or was told by (从个人宁德胜处购进, 上家林俊杰处), a person word in quotes or of
    // a trade (“老板”丁宝山, 主管吕东升, 住户涂文静), the one a call or a letter came from (接到邝美兰实名举报)
    if (/^处(?:购|进|买|收|借|租|取|拿|批发|获|得|领|了解|调取)/.test(after)) return 'strong';
    const two = /\p{Script=Han}{2}[”"’」]?$/u.exec(before)?.[0]?.slice(0, 2);
    if (two && PERSON_WORDS_5.has(two)) return 'strong';
    if (OBJECT_BEFORE_5.test(before)) return 'strong';
    // after the label of a person's own line (当事人：张建国, 委托代理人：卫国强, 被处罚人：东方明远)
    if (/(?:当事人|被处罚人|代理人|经营者|投诉人|举报人|证人|姓名|监护人)[：:][ \t　]*$/.test(text.slice(Math.max(0, i - 10), i)))
      return 'strong';
  }
  // in a list or brackets; before brackets or the next item of a list
  if (/[、（(]$/.test(before) || /^[、（(]/.test(after)) return 'strong';
  if (/^(?:和|及|与)/.test(after) && isHan(after[1])) return 'strong';
  // after a word for a person: 顾客X, 其表哥X, 驾驶员X, 经理X, 村民X
  const two = /\p{Script=Han}{2}$/u.exec(before)?.[0];
  // (二人, 多人 count persons: 对二人冷言相向 names no one)
  if (
    two &&
    ((PERSON_WORD_END.includes(two[1]!) && !NOT_PERSON_WORDS.has(two) && !/^[一二两三四五六七八九十几多众等双]人$/.test(two)) ||
      PERSON_WORDS.has(two))
  )
    return 'strong';
  // as an object
  if (OBJECT_BEFORE.test(before)) return 'strong';
  // in quotes of its own (“阿豪代购” is a shop's name), after a colon
  if (/[：:]$/.test(before) || (/[“"‘「]$/.test(before) && /^[”"’」]/.test(after))) return 'weak';
  // 2026.4: after 的 (当事人聘用的奚小龙未取得…), before a verb people do
  if (g5 && /的$/.test(before) && (PERSON_VERBS_2.some((v) => after.startsWith(v)) || SUBJECT_NEXT_TAG.test(words.at(end)?.tag ?? '')))
    return 'weak';
  // as the subject of a clause
  if (CLAUSE_OPEN.test(before)) {
    if (PERSON_VERBS_2.some((v) => after.startsWith(v)) || /^的/.test(after)) return 'weak';
    const next = words.at(end);
    if (next && SUBJECT_NEXT_TAG.test(next.tag)) return 'weak';
  }
  return null;
}
