import { PERSONAL_ADDRESS_LABELS } from './lexicon.ts';
import { DWELLING_LEADS, DWELLING_WORDS, ORG_NAME_END } from './lexicon-labels.ts';
import { addressPrefix, maskAddress } from './masks.ts';
import { inOrgPartyBlock } from './party-block.ts';
import { afterRemedies, clauseStart, closingStart, CONTACT_LINE, cuesFor, signatureLinesStart } from './scan.ts';
import type { Candidate, DetectEnv } from './detect.ts';

/**
 * 住址 of natural persons (R-PUB-4). The value after an address label, up to the next delimiter,
 * when the label is a person's (住址, 家庭住址, 户籍地 …) or when the nearest owner cue says the
 * address belongs to a person (住所 after 男, 身份证 …). An organisation's 住所 and 经营场所 and the
 * agency's own address are public. Province, city and county stay; the rest goes.
 */
const ADDRESS_CHARS = /[省市县区旗镇乡村路街道号巷弄组栋幢楼室屯庄园院社区单元门]/;
const VALUE = /^[\p{Script=Han}A-Za-z0-9０-９\-－#＃·()（）]{3,60}?(?=[，,。；;、\n\s　]|（(?!\p{Script=Han}{1,4}[）)])|$)/u;

/** Generation 2: a value also ends at a closing bracket (（女，72岁，住X室）). */
const VALUE_2 =
  /^[\p{Script=Han}A-Za-z0-9０-９\-－#＃·]{3,60}?(?=[，,。；;、\n\s　）)]|（(?!\p{Script=Han}{1,4}[）)])|及(?:其|联系|电话|手机)|$)/u;
/** 2026.5 (tenth round): a half-width bracket ends a value as a full-width one does (…11幢(2单元)1703室). */
const VALUE_6 = new RegExp(VALUE_2.source.replace('|（(?!', '|[（(](?!'), 'u');
/** …住 X: it ends like an address (号, 室, 组 …, or the room after 栋/单元: 4栋9-3) */
const BARE_END = /(?:[号室组村屯庄楼幢栋房院]|[栋幢楼单元号门][0-9０-９\-－]+|号之[一二三四五六七八九十])$/;
/** 2026.5: also a household (…601户) or a flat by its numbers after an estate (颐和园小区9-2-601). */
const BARE_END_6 = /(?:[0-9０-９]户|[0-9０-９]单元|[区苑园庭城府舍][0-9０-９]+(?:[\-－][0-9０-９]+){1,3})$/;
/** 2026.5: the floor or room in brackets that ends an address (锦江苑2栋顶层（17楼）). */
const FLOOR_AFTER = /^[（(][0-9０-９一二三四五六七八九十]{1,3}(?:楼|层|室|号)[）)]/;
/** 2026.5: also a building and a room in brackets (解放南路442号院（6号楼1402室）). */
const FLOOR_AFTER_6 =
  /^[（(][0-9０-９一二三四五六七八九十A-Za-z\-－号楼栋幢单元层]{0,12}[0-9０-９一二三四五六七八九十]{1,5}(?:楼|层|室|号|户)[）)]/;
/** 2026.5: also a building and its room in brackets (…8号（2栋301）, …（3幢2单元502）). */
const FLOOR_AFTER_6B =
  /^[（(][0-9０-９A-Za-z一二三四五六七八九十]{1,3}(?:号楼|栋|幢|座)(?:[0-9０-９]{1,2}单元)?[\-－]?[0-9０-９]{3,5}[）)]/;
/** 2026.5 (fifth round): a floor and a door or flat in brackets (…15号（4楼2门）, …（3层东户）). */
const FLOOR_AFTER_6C =
  /^[（(][0-9０-９一二三四五六七八九十]{1,3}(?:楼|层|号楼|栋|幢|座|单元)[东西南北中左右0-9０-９一二三四五六七八九十]{1,3}(?:门|户|室|号)[）)]/;
/** 2026.5 (tenth round): a unit in brackets inside the address, then the flat (…12幢（2单元）806室, …11幢(2单元)1703室). */
const UNIT_INSIDE_17 = /^[（(][0-9０-９一二三四五六七八九十]{1,2}(?:单元|层|楼)[）)][0-9０-９]{2,5}(?:室|号|户)?(?![0-9０-９])/;
/** 2026.5 (twelfth round): what was done at an address, read on after its last unit (…502室进行检查). */
const ACT_AFTER_17 = /^(.*[号室户组栋幢])(?:进行|查获|检查|发现|开展|实施|存放|堆放|经营|销售|搭建)\p{Script=Han}*$/u;
/** 2026.5: an address told in the story up to its number, then a place inside it (…8号院内搭建, …12号家中). */
const STAY_INSIDE_6 = /^(.{5,}?[号室组户])(?:院内|院中|院里|院子里|家中|屋内|房内|楼内|内|里)(?=.)/u;
/** 2026.5 (sixth round): what follows 暂住地/暂住 holds a place word or a number. */
const STAY_SHAPE_6 = /[省市县区旗镇乡村街路道巷弄组号栋幢屯庄苑园城院0-9０-９]/;
/** An address right before 住户, 居民, 业主 (after 接到, 据, or a delimiter). */
const RESIDENTS =
  /(?:接到|收到|据|经|[，,。；;：:、\n（(])((?:(?!接到|收到|本局|我局)[\p{Script=Han}0-9０-９\-－]){6,40}?(?:号楼?|室|幢|栋|单元|组|[0-9０-９]号院))(?=(?:的)?(?:住户|居民|业主|租户|住家))/gu;

export function homeAddresses(env: DetectEnv): Candidate[] {
  if (env.gen >= 2) return homeAddresses2(env);
  const out: Candidate[] = [];
  const take = (start: number) => {
    const m = VALUE.exec(env.text.slice(start));
    if (!m) return;
    const value = m[0];
    if (!ADDRESS_CHARS.test(value)) return;
    const rest = value.slice(addressPrefix(value).length);
    if (rest === '' || /^[*＊×某]+$/.test(rest)) return; // nothing left to hide, or already hidden
    out.push({ start, end: start + value.length, rule: 'home-address', replacement: maskAddress(value) });
  };
  for (const c of env.cues.list) {
    if (c.kind !== 'address') continue;
    const personal = PERSONAL_ADDRESS_LABELS.has(c.word);
    const owner = env.cues.owner(c.start);
    if (owner === 'public' || owner === 'official' || (!personal && owner === 'org')) continue;
    const sep = /^(?:[：:]\s*|为|是|在)?/.exec(env.text.slice(c.end))!;
    take(c.end + sep[0].length);
  }
  // bare 住 in a person's description: …，住馆陶县馆陶镇北关村二组16号。
  for (const m of env.text.matchAll(/(?<=[，,、；\s　])住(?=[\p{Script=Han}])(?![宿院所址房户在])/gu)) {
    const owner = env.cues.owner(m.index);
    if (owner === 'public' || owner === 'official') continue;
    const before = out.length;
    take(m.index + 1);
    if (out.length > before && !/[号室组村屯庄楼幢栋房院]$/.test(env.text.slice(out.at(-1)!.start, out.at(-1)!.end))) out.pop();
  }
  return out;
}

/**
 * Generation 2 (rule set 2026.1): as generation 1, and
 * - the lines under the agency's signature and date (地址：…　电话：…, 本支队地址：…, 联系地址：…) are
 *   the agency's address: public, kept with the reason;
 * - a natural person's dwelling told inside the story is hidden: 在其位于X的住处, 在其X家中,
 *   系X房屋的所有权人, 在其租住的X内, 储存于其X住宅内, 其在X窗口 … (an organisation's premises stay);
 * - an address hidden once is hidden where it, or its tail (…新民村三组41号), stands again.
 */
const ADDRESS_BODY = '[\\p{Script=Han}A-Za-z0-9０-９\\-－#＃]';
const DWELLING_ALL = new RegExp(DWELLING_WORDS.source.replace('^', ''), 'gu');
const LEAD_AND_ADDRESS = new RegExp(`^[\\s\\S]*(${DWELLING_LEADS.source.replace(/\$$/, '')})(${ADDRESS_BODY}{6,60})$`, 'u');
const RENTED = new RegExp(`(?:租住的|居住的|租住在|居住在|住在|家住)(${ADDRESS_BODY}{6,60}?)(?=内|中|里|的|[，,。；;、）)\\s]|$)`, 'gu');
/** …居住的X号擅自改建: without a delimiter, the address ends at its last 号, 室, 组 or 户. */
const RENTED_END = new RegExp(
  `(?:租住的|居住的|租住在|居住在|住在|家住)(${ADDRESS_BODY}{5,59}?[号室组户])(?![0-9０-９A-Za-z号室楼栋幢单元院甲乙丙丁])`,
  'gu',
);
const BRACKETED = new RegExp(`(?:家中|家里|住处|住宅|寓所|居所|租住处|住所)[（(](${ADDRESS_BODY}{6,60})[）)]`, 'gu');
/** 2026.5 (sixth round): also with a floor of the dwelling between (到当事人住处一楼（X）检查); read in the same pass. */
const BRACKETED_FLOOR_6 = new RegExp(
  `(?:家中|家里|住处|住宅|寓所|居所|租住处|住所)(?:[一二三四五六七八九十0-9０-９]{1,2}(?:楼|层))?[（(](${ADDRESS_BODY}{6,60})[）)]`,
  'gu',
);
const ADDRESS_END = /(?:[号室组村屯庄户栋幢楼院房]|单元|[0-9０-９])$/;
/** Generation 3: a dwelling with a word between (位于X的三层住宅, 其位于X的出租房). */
const DWELLING_3 =
  /(?<=[号室组])的(?:[一二三四五六七八九十两\d]+层|[一二三四五六七八九十两\d]+间)?(?:出租房|出租屋|住宅(?![楼区小])|自建房|楼房|平房|民房|老宅|房屋)/gu;
/** 2026.5: a dwelling with 自家/自有 between (位于X的自家住宅内). */
const DWELLING_6 = /(?<=[号室组])的(?:自家|自有|自建)(?:住宅|房屋|楼房|平房|院落|房子)/gu;
/** 2026.5 (ninth round): a dwelling rented or lived in by its owner (位于X的租住处, 位于X号的自住房). */
const DWELLING_17 = /(?<=[号室组0-9０-９])的(?:租住处|租住房|租住屋|自住房|自住房屋|居住房屋)/gu;
/**
 * 2026.5 (ninth round): a person's home village told before 老家 (请假回X老家, 在X老家): the longest value after 回, 在 or
 * 于 that begins with a place's name and holds nothing of the story (称, 其, 月 …).
 */
function hometowns17(text: string): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  for (let at = text.indexOf('老家'); at >= 0; at = text.indexOf('老家', at + 2)) {
    const from = Math.max(0, at - 40);
    for (let k = from + 1; k <= at - 6; k++) {
      if (!'回在于'.includes(text[k - 1]!)) continue;
      const value = text.slice(k, at);
      if (!new RegExp(`^${ADDRESS_BODY}+$`, 'u').test(value) || /[称其月中问说时后前]/.test(value)) continue;
      if (!/^\p{Script=Han}{2,8}?(?:省|市|自治州|州|县|区|旗|盟)/u.test(value)) continue;
      out.push({ start: k, value });
      break;
    }
  }
  return out;
}
/** 2026.5: 褚二柱家（X）: the address in brackets after a person's 家 (not 商家, 厂家, 国家 …). */
const BRACKETED_6 = new RegExp(`(?<![商厂店买卖国大专作东农酒行船人管])家[（(](${ADDRESS_BODY}{6,60})(?=[）)])`, 'gu');
/** 2026.5: 其装修房屋位于X: where a home stands. */
const HOUSE_AT_6 = new RegExp(`(?:房屋|住宅|住房|房子|住处|家)位于(${ADDRESS_BODY}{6,60}?)(?=[，,。；;）)\\s]|$)`, 'gu');
/** Characters after 住 that make it a noun's first (住宅, 住房, 住所, 住户, 住院, 住址, 住地, 住处, 住店, 住宿). */
/** (not a place that begins with one: 房山区, 宿州市, 宿迁市, 户县) */
const NOUN_AFTER_ZHU_16 = /^(?:[宅所院址处]|房(?!山)|户(?!县)|宿(?![州迁松])|地(?!质)|店(?![铺面]))/;
const ADDRESS_UNITS = /[省市县区旗镇乡村街路道巷弄组]/;

function homeAddresses2(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  const cues = cuesFor(env);
  const closing = closingStart(env.text);
  // 2026.5: the lines between the agency's name and the date under the signature are the agency's too
  const signature = env.gen >= 6 ? signatureLinesStart(env.text) : closing;
  const remedies = env.gen >= 6 ? afterRemedies(env.text) : env.text.length;
  const overlapsOut = (start: number, end: number) => out.some((c) => c.start < end && start < c.end);
  const push = (start: number, value: string) => {
    if (overlapsOut(start, start + value.length)) return;
    out.push({ start, end: start + value.length, rule: 'home-address', replacement: maskAddress(value) });
  };
  const take = (start: number) => {
    const m = (env.gen >= 6 ? VALUE_6 : VALUE_2).exec(env.text.slice(start));
    if (!m) return;
    // (2026.5, twelfth round: a value read on into what was done there ends with the address: 住所X室进行检查)
    const value = (env.gen >= 6 ? ACT_AFTER_17.exec(m[0])?.[1] : undefined) ?? m[0];
    if (!ADDRESS_CHARS.test(value)) return;
    const rest = value.slice(addressPrefix(value).length);
    if (rest === '' || /^[*＊×某]+$/.test(rest)) return;
    push(start, value);
  };
  for (const c of cues.list) {
    if (c.kind !== 'address') continue;
    // 2026.5 (eighth round): 家住/现住 before 宅, 房, 所 … is no label (自家住宅一楼): 住 begins the noun
    if (env.gen >= 6 && /住$/.test(c.word) && NOUN_AFTER_ZHU_16.test(env.text.slice(c.end, c.end + 2))) continue;
    const personal = PERSONAL_ADDRESS_LABELS.has(c.word);
    const owner = cues.owner(c.start);
    const sep = /^(?:[：:]\s*|(?:分别)?为|是|在)?/.exec(env.text.slice(c.end))!;
    const at = c.end + sep[0].length;
    if (
      (c.start >= signature ||
        (env.gen >= 6 &&
          c.start >= remedies &&
          CONTACT_LINE.test(env.text.slice(env.text.lastIndexOf('\n', c.start - 1) + 1, c.end + 1)))) &&
      !personal &&
      !closingSpeaksOfPerson(env, c.start)
    ) {
      keepAddress(env, at, '执法机关落款处的地址（公开）');
      continue;
    }
    // 住址, 户籍地 … are a person's whoever is spoken of around them; 地址 near 本局 is the agency's
    if (!personal && (owner === 'public' || owner === 'official')) {
      keepAddress(env, at, '执法机关的地址（公开）');
      continue;
    }
    if (!personal && (owner === 'org' || inOrgPartyBlock(env, c.start) || (env.gen >= 6 && businessPremisesLine14(env, c.start, c.word)))) {
      keepAddress(env, at, '单位的住所或经营场所（公开：登记信息）');
      continue;
    }
    take(at);
  }
  // bare 住 in a person's description: …，住X号; （女，72岁，住X室）; 尹大海住X组8号
  for (const m of env.text.matchAll(
    /(?<![居入暂租常同借留记抓站停保不挡堵围盖捂顶卡靠稳忍守])住(?=[\p{Script=Han}])(?![宿院所址房户在])/gu,
  )) {
    const owner = cues.owner(m.index);
    // (2026.5, twelfth round: 住 right after a bracket opened after a name, X（住…）, is that person's, whoever the
    // clause names first — 后经本局联系，X（住…）)
    const bracketed = env.gen >= 6 && /[（(]/.test(env.text[m.index - 1] ?? '');
    if ((!bracketed && (owner === 'public' || owner === 'official')) || m.index >= closing) continue;
    // 2026.5 (sixth round): 住处 is a noun (到当事人住处一楼), not the verb 住 before an address
    if (env.gen >= 6 && env.text[m.index + 1] === '处') continue;
    // 2026.5 (eighth round): so are 住宅, 住地, 住店 … (在其所有的住宅楼顶搭建): 住 begins a noun there
    if (env.gen >= 6 && NOUN_AFTER_ZHU_16.test(env.text.slice(m.index + 1, m.index + 3))) continue;
    const v = VALUE_2.exec(env.text.slice(m.index + 1));
    if (!v || !ADDRESS_CHARS.test(v[0]) || !(BARE_END.test(v[0]) || (env.gen >= 6 && BARE_END_6.test(v[0])))) continue;
    const rest = v[0].slice(addressPrefix(v[0]).length);
    if (rest === '' || /^[*＊×某]+$/.test(rest)) continue;
    push(m.index + 1, v[0]);
  }
  // 2026.5: where a person stays (暂住地：X, 暂住X, 借住于X) is his dwelling too
  if (env.gen >= 6)
    for (const m of env.text.matchAll(/(?:暂住地址|暂住地|暂住于|暂住在|暂住|寄住于|寄住在|借住于|借住在)[：:]?[ \t　]*/gu)) {
      const owner = cues.owner(m.index);
      if (owner === 'public' || owner === 'official' || m.index >= closing) continue;
      // (told in the story, the dwelling ends at its number before the place in it: 在暂住地X号院内搭建…)
      const v = VALUE_2.exec(env.text.slice(m.index + m[0].length));
      // (sixth round: what follows must look like an address — a place word or a number — not a verb phrase:
      // 在其暂住地开设诊室)
      if (v && !STAY_SHAPE_6.test(v[0])) continue;
      const inner = v && STAY_INSIDE_6.exec(v[0]);
      if (inner && ADDRESS_CHARS.test(inner[1]!)) push(m.index + m[0].length, inner[1]!);
      else take(m.index + m[0].length);
    }
  // 怡景华庭5号楼1701室住户邢丽君, 颐和苑小区3幢居民: an address right before those who live there
  for (const m of env.text.matchAll(RESIDENTS)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    if (/[区苑庭园村路街巷里湾城府]/.test(value) && /[0-9０-９一二三四五六七八九十]/.test(value)) push(start, value);
  }
  if (env.gen >= 6) {
    // 2026.5: 住：X in a person's description; 居住于X; 联系地址（经营者本人）：X
    for (const m of env.text.matchAll(
      /(?:(?<![居入暂租常同借留记])住[：:]|居住于|寄住于|联系地址[（(](?:[^（）()\n]{0,6}本人|经营者|个人)[）)][：:])[ \t　]*/gu,
    )) {
      const owner = cues.owner(m.index);
      if (owner === 'public' || owner === 'official' || m.index >= closing) continue;
      take(m.index + m[0].length);
    }
  }
  for (const d of dwellings(env)) push(d.start, d.value);
  // 2026.5: a floor or room in brackets right after an address hidden belongs to it
  if (env.gen >= 6)
    for (const c of out) {
      const f =
        FLOOR_AFTER_6.exec(env.text.slice(c.end, c.end + 18)) ??
        FLOOR_AFTER_6B.exec(env.text.slice(c.end, c.end + 18)) ??
        FLOOR_AFTER_6C.exec(env.text.slice(c.end, c.end + 18)) ??
        UNIT_INSIDE_17.exec(env.text.slice(c.end, c.end + 18));
      if (f && c.rule === 'home-address') {
        c.end += f[0].length;
        // (twelfth round: the flat after a floor in brackets belongs to it too — …2单元（6层）601室)
        const flat = /^[0-9０-９]{2,5}(?:室|号|户)/.exec(env.text.slice(c.end, c.end + 8));
        if (flat && /[）)]$/.test(f[0])) c.end += flat[0].length;
        c.replacement = maskAddress(env.text.slice(c.start, c.end));
      }
    }
  return recurringAddresses(env, out);
}

/** A line under the signature that speaks of a person (当事人签收：…) is not the agency's. */
function closingSpeaksOfPerson(env: DetectEnv, pos: number): boolean {
  const lineStart = env.text.lastIndexOf('\n', pos - 1) + 1;
  return cuesFor(env).nearest(pos, ['person', 'party'], lineStart) !== null || /(?:签收|送达)/.test(env.text.slice(lineStart, pos));
}

/** The address value at `at` kept as the agency's or an organisation's, recorded for the report. */
function keepAddress(env: DetectEnv, at: number, why: string): void {
  const m = VALUE.exec(env.text.slice(at));
  if (m && ADDRESS_CHARS.test(m[0])) env.keep({ start: at, end: at + m[0].length, rule: 'home-address', why });
}

/** A natural person's dwelling named inside the story (generation 2). */
function dwellings(env: DetectEnv): { start: number; value: string }[] {
  const text = env.text;
  const found: { start: number; value: string }[] = [];
  const shaped = (v: string) => ADDRESS_UNITS.test(v) && ADDRESS_END.test(v) && /[0-9０-９村组]/.test(v);
  // whose: not an organisation (…有限公司位于X的院落, 该厂系X房屋的所有权人)
  const personal = (leadStart: number) => {
    const before = text.slice(clauseStart(text, leadStart), leadStart).replace(/[，,\s　]+$/, '');
    if (ORG_NAME_END.test(before) && !/(?:其|本人)$/.test(before)) return false;
    const owner = cuesFor(env).owner(leadStart);
    return owner !== 'public' && owner !== 'org';
  };
  const dwellingWords =
    env.gen >= 6
      ? [...text.matchAll(DWELLING_ALL), ...text.matchAll(DWELLING_3), ...text.matchAll(DWELLING_6), ...text.matchAll(DWELLING_17)]
      : env.gen >= 3
        ? [...text.matchAll(DWELLING_ALL), ...text.matchAll(DWELLING_3)]
        : text.matchAll(DWELLING_ALL);
  for (const w of dwellingWords) {
    const from = Math.max(clauseStart(text, w.index), w.index - 80);
    const m = LEAD_AND_ADDRESS.exec(text.slice(from, w.index));
    if (!m) continue;
    const value = m[2]!;
    const start = w.index - value.length;
    if (!shaped(value)) continue;
    // (2026.5, eleventh round: 的自家住宅, 的自有房屋 say whose it is — a natural person's, whoever the clause names first)
    const own = env.gen >= 6 && /^的(?:自家|自有)/.test(w[0]);
    if (!own && !personal(start - m[1]!.length)) {
      env.keep({ start, end: start + value.length, rule: 'home-address', why: '单位的场所（不是自然人的住处，公开）' });
      continue;
    }
    found.push({ start, value });
  }
  // 在当事人家中（X）: the address in brackets after the dwelling word
  for (const m of text.matchAll(env.gen >= 6 ? BRACKETED_FLOOR_6 : BRACKETED)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length - 1;
    if (shaped(value) && personal(m.index)) found.push({ start, value });
  }
  if (env.gen >= 6)
    for (const h of hometowns17(text))
      if (
        shaped(h.value) &&
        personal(h.start) &&
        !found.some((f) => f.start < h.start + h.value.length && h.start < f.start + f.value.length)
      )
        found.push(h);
  for (const re of env.gen >= 6 ? [RENTED, RENTED_END, BRACKETED_6, HOUSE_AT_6] : [RENTED, RENTED_END]) {
    for (const m of text.matchAll(re)) {
      const value = m[1]!;
      const start = m.index + m[0].length - value.length;
      // 2026.5 (eighth round): 家住 of 自家住宅 is no verb (在其位于X的自家住宅一楼堆放): 住 begins the noun 住宅
      if (env.gen >= 6 && text[start - 1] === '住' && NOUN_AFTER_ZHU_16.test(value)) continue;
      if (shaped(value) && personal(m.index) && !found.some((f) => f.start < start + value.length && start < f.start + f.value.length))
        found.push({ start, value });
    }
  }
  // 2026.5 (eighth round): a natural person's other premises told in the story (在当事人位于X的仓库内, 位于X的自家库房)
  if (env.gen >= 6)
    for (const m of text.matchAll(PREMISES_16)) {
      const value = m[1]!;
      const start = m.index + 2;
      const own = m[2] !== undefined;
      const party = env.cues.partyKind;
      if (!own && party !== 'person') continue;
      if (!ADDRESS_UNITS.test(value) || !(PREMISES_END_16.test(value) || PREMISES_END_17.test(value))) continue;
      // (eleventh round: with 自家/自有/其家 the premises are a natural person's, whoever the clause names first)
      if (!own && !personal(m.index)) continue;
      if (found.some((f) => f.start < start + value.length && start < f.start + f.value.length)) continue;
      found.push({ start, value });
    }
  return found;
}

/** 位于X的(自家)?仓库: the premises a person keeps beside the dwelling (storerooms, garages, yards, sheds). */
const PREMISES_16 = new RegExp(
  `位于(${ADDRESS_BODY}{6,60}?)的(?:当事人|其)?(自家|自有|其家)?(?:仓库|库房|储藏室|储物间|杂物间|车库|地下室|院落|院子|棚屋|简易房|彩钢房|板房|柴房|偏房)`,
  'gu',
);
/** 2026.5 (eleventh round): also a villagers' group by its number (…腰屯村四社, …三队); (twelfth) a village's end (…村西头). */
const PREMISES_END_17 = /(?:[一二三四五六七八九十0-9０-９]+[社队]|[村屯庄组][东南西北]头)$/;
/** How such an address ends: a unit, a number, a building part, or a side of a village (…村南, …屯东). */
const PREMISES_END_16 = /(?:[号室组村屯庄户栋幢楼院房库]|单元|[0-9０-９]|[村屯庄组][东南西北]侧?|[东西南北]侧)$/;

/**
 * Every later place where an address hidden once stands again, whole or by its tail (…村三组41号).
 * A spot beside it where the violation was seen (…45号院外东侧, …门前) is the scene and stays.
 */
const BESIDE = /^(?:院外|门外|门前|屋外|屋后|房后|墙外|[东西南北]侧|对面|附近|旁边|周边|一带)/;

function recurringAddresses(env: DetectEnv, out: Candidate[]): Candidate[] {
  const text = env.text;
  const more: Candidate[] = [];
  const taken = (s: number, e: number) => [...out, ...more].some((c) => c.start < e && s < c.end);
  for (const c of [...out]) {
    const v = text.slice(c.start, c.end);
    for (let i = 0; i + 6 <= v.length; i++) {
      const tail = v.slice(i);
      if (!/[0-9０-９]/.test(tail) || !/[村组路街巷弄号室栋幢楼]/.test(tail)) break;
      for (let pos = text.indexOf(tail, c.end); pos >= 0; pos = text.indexOf(tail, pos + 1)) {
        if (pos > 0 && i > 0 && text[pos - 1] === v[i - 1]) continue; // a longer tail stands here
        const end = pos + tail.length;
        if (/[0-9０-９]/.test(text[end] ?? '') || BESIDE.test(text.slice(end)) || taken(pos, end)) continue;
        more.push({ start: pos, end, rule: 'home-address', replacement: i === 0 ? c.replacement : maskAddress(tail) });
      }
    }
  }
  return more.length ? [...out, ...more].sort((a, b) => a.start - b.start) : out;
}

/**
 * 2026.5 (seventh round): an 个体工商户's 经营地址/经营场所 on its line in the 当事人 block is the business's registered
 * premises (public registration data), not the operator's home; the operator's 住址 stays hidden.
 */
function businessPremisesLine14(env: DetectEnv, pos: number, word: string): boolean {
  if (!/^(?:经营地址|经营场所|营业场所|经营地点|门店地址|地址|场所|地点)$/.test(word)) return false;
  const kind = env.context?.party?.kind ?? env.cues.partyKind;
  if (kind !== 'individual-business' && kind !== 'org') return false;
  const head = /(?:当事人|被处罚单位|被处罚人)(?:名称)?[：:]/.exec(env.text);
  if (!head || pos < head.index) return false;
  const blank = env.text.slice(head.index).search(/\n[ \t　]*\n/);
  if (blank >= 0 && pos > head.index + blank) return false;
  const line = env.text.slice(env.text.lastIndexOf('\n', pos - 1) + 1, pos) + word;
  return /^[ \t　]*(?:经营地址|经营场所|营业场所|经营地点|门店地址)$/.test(line);
}
