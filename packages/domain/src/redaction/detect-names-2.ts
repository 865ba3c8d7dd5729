import { COMPOUND_SURNAMES, NOT_NAMES, ORG_NAME_END, PROTECTED_ROLES } from './lexicon.ts';
import {
  NOT_NAMES_2,
  PERSON_COUNTS_2,
  PERSON_RECORDS_2,
  PERSON_VERBS_2,
  PRIVATE_RESPONSIBLE,
  PUBLIC_TITLES_2,
  SINGLE_SURNAMES_2,
  TITLE_ENDINGS_2,
  TITLE_LIST_2,
  COMPOUND_SURNAMES_2,
} from './lexicon-names-2.ts';
import { MASK, maskName, surnameLength } from './masks.ts';
import { collectNames1, contextNames } from './detect-names.ts';
import { inPartyBlock } from './party-block.ts';
import { allHan, clauseStart, isHan, isHanAt } from './scan.ts';
import { accounts14, notAName14, shopNameSpans14 } from './detect-names-14.ts';
import { onlyBrand16 } from './detect-names-16.ts';
import type { Candidate, DetectEnv } from './detect.ts';
import { dictionaryWord, type Words } from './recogniser.ts';
import {
  COMPOUND_SURNAMES_3,
  JAPANESE_SURNAMES_3,
  MINORITY_NAME_ENDS,
  MINORITY_NAME_PARTS,
  NOT_NAMES_3,
  NOT_TONG_NAMES_3,
  PERSON_COUNTS_3,
  PRIVATE_CONTACT_3,
  PRIVATE_RESPONSIBLE_3,
  ROLE_IN_BRACKETS_3,
  SINGLE_SURNAMES_3,
  TITLE_ENDINGS_3,
  TITLE_LIST_3,
} from './lexicon-names-3.ts';
import { COMPOUND_SURNAMES_4, FUNCTION_SURNAMES_4, SINGLE_SURNAMES_4 } from './lexicon-names-4.ts';
import { candidateNames, commonGivenChar, orgAfter, personWordBefore, personWordEndsAt, slotCandidate } from './detect-names-4.ts';
import { endsCleanly, FOLLOW_LITTLE, yiName } from './detect-names-6.ts';
import { names7, registeredField } from './detect-names-7.ts';
import { intoPlate8, names8, registeredWhole8 } from './detect-names-8.ts';
import { names9 } from './detect-names-9.ts';
import { names11 } from './detect-names-11.ts';
import { names13 } from './detect-names-13.ts';
import { names15 } from './detect-names-15.ts';
import { names17 } from './detect-names-17.ts';
import { haveBefore12, notAName12, orgAddressLine12, verbEndsAt12 } from './detect-names-12.ts';

/**
 * Generation 4 reads the complete surname list. The readers below are shared by generations 2–4 and
 * called synchronously from `personNames2` only, which sets this for the text it reads.
 */
let gen4 = false;
/** Engine generation 6 (rule set 2026.5), set like `gen4`. */
let gen6 = false;

/**
 * 自然人姓名, generation 2 (rule set 2026.1). Everything generation 1 finds (the context, the party
 * block, protected roles, role-like words before a name), checked against the recogniser's words,
 * and a name is also found:
 *  - after any title, job or kinship word (项目经理, 执业药师, 包工头, 之妻, 祖母, 堂弟 …), except the
 *    public ones (执法人员, the party's 法定代表人/负责人);
 *  - beside another name in a list (A、B和C), in a list counted as persons (二人, 等人), in the record
 *    of a person (对A、B的询问笔录, 询问笔录（A、B）, A的证人证言), with 男/女/age in brackets, in quotes
 *    after 姓名为/自称;
 *  - and, UNSURE (请确认: hidden until the publisher decides), when it only stands before a verb that
 *    people do (巩立新称…, 钟国伟于二十分钟后到场).
 * Where a name ends comes from the recogniser (jieba): an unseen name is one word `x` (亓丽娜), or a
 * surname and a one- or two-character word (訾/红梅, 上官/明辉); a dictionary word that starts with a
 * surname character (宿舍, 安排, 花名册) is no name. Every occurrence of a name found is hidden; names
 * that would mask alike (two different 王某某) are numbered 王某甲, 王某乙 in order of appearance.
 */
export function personNames2(env: DetectEnv, party: boolean): Candidate[] {
  const { text } = env;
  const words = env.words();
  // generation 3 (rule set 2026.2) reads more; every difference is behind `g3`, so 2026.1 derives as it did
  const g3 = env.gen >= 3;
  // 2026.3: the complete surname list and the broad tier of candidate names (请确认)
  const g4 = env.gen >= 4;
  gen4 = g4;
  gen6 = env.gen >= 6;
  const privateResponsible = g3 ? PRIVATE_RESPONSIBLE_3 : PRIVATE_RESPONSIBLE;
  // a registered person's name after a label: any name, and from 2026.2 one without a Chinese surname (次仁多吉)
  // 2026.5: also a dotted name (阿依古丽·买买提) or one in Latin letters (Hans Müller) — a registered person's name
  // is public however it is written
  const registeredAt = (at: number) =>
    (gen6 ? registeredForeignAt(text, at) : null) ??
    nameAt(text, words, at, false, false, g3) ??
    (g3 ? minorityAt(text, at) : null) ??
    (gen6 ? (registeredField(text, at) ?? registeredWhole8(text, at)) : null);
  const guardedAt = (s: number, e: number) => env.guarded.some((p) => p.start < e && s < p.end);
  const sure = new Set<string>();
  const unsure = new Set<string>();
  const publicNames = new Set((env.context?.officials ?? []).map((o) => o.name.trim()));
  for (const p of env.guarded) if (p.kind === 'official') publicNames.add(text.slice(p.start, p.end));

  // the party's registered people are public: 法定代表人：马华安, 主要负责人：禄明江（矿长）
  // an organisation's 当事人 block names its registered people: 院长：邵明哲, 门诊部负责人：邝立明 are public
  if ((env.context?.party?.kind ?? env.cues.partyKind) === 'org') {
    for (const m of text.matchAll(gen6 ? REGISTERED_LINE_6 : REGISTERED_LINE)) {
      if (!inPartyBlock(env, m.index + m[0].length)) continue;
      const n = registeredAt(m.index + m[0].length);
      if (n) publicNames.add(n);
    }
  }
  // …有限公司（负责人：吴慧玲）: the organisation's 负责人 named in brackets after its name
  for (const m of text.matchAll(/(?:公司|医院|门诊部|诊所|中心|学校|协会|商行|厂|店)[（(](?:法定代表人|负责人|主要负责人)[：:]/g)) {
    const n = registeredAt(m.index + m[0].length);
    if (n) publicNames.add(n);
  }
  // 2026.2: the officials the text names in their list (本局执法人员A（执法证号…）、B; 执法队员：A，执法证号…；B)
  // are public even when no case context says who they are
  if (g3) for (const n of officialsListed(text, words)) publicNames.add(n);
  // 2026.5: a name right before its 执法证号 (执法人员签名：陆振华　执法证号：…; a signature line 洪艺婷　执法证号：…)
  if (gen6)
    for (const m of text.matchAll(
      // (tenth round: a dotted name too — 热依拉·吐尔逊　执法证号：…)
      /(?<=^|[：:、，,\s　])(\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8}){1,2}|\p{Script=Han}{2,4}?)[ \t　]*[（(]?(?:执法证号|执法证件号码|执法证编号|执法证)[：:为]/gmu,
    )) {
      if (!/(?:人员|队员|签名|本人|当事人)$/.test(m[1]!)) publicNames.add(m[1]!);
    }
  // 2026.2: the party's registered name on its own line (当事人：天山区艾力烧烤店) is public, names inside it too
  const partyLine = g3 ? (gen6 ? PARTY_LINE_6 : PARTY_LINE_3).exec(text) : null;
  if (partyLine && (env.context?.party?.kind ?? env.cues.partyKind) !== 'person') publicNames.add(partyLine[1]!);
  // (an 个体工商户's or a person's 负责人 is its 经营者, not a registered officer: not public)
  const orgParty = (env.context?.party?.kind ?? env.cues.partyKind) === 'org';
  for (const m of text.matchAll(
    /(?:法定代表人|主要负责人|企业负责人|单位负责人|负责人|经营者\(?投资人\)?)(?:[（(][^）)\n]{1,6}[）)])?[：:\s　]*/g,
  )) {
    if (!orgParty && !m[0].startsWith('法定代表人')) continue;
    // 2026.5: in an organisation's 当事人 block every 负责人 it lists is its own (…，安全负责人谭秀云。)
    const inBlock = gen6 && orgParty && inPartyBlock(env, m.index + m[0].length);
    if (!inBlock && privateResponsible.test(text.slice(Math.max(0, m.index - 6), m.index + m[0].replace(/[：:\s　]+$/, '').length)))
      continue;
    if (m[0].startsWith('经营者')) continue;
    const n = registeredAt(m.index + m[0].length);
    if (n) publicNames.add(n);
  }

  // 2026.5: a public name's other form in brackets right after it (法定代表人：Vivian Ho（何慧珊）) is public too
  if (gen6)
    for (const p of [...publicNames])
      for (const o of p.length >= 2 ? occurrences(text, p) : []) {
        const alias =
          /^[（(](?:中文名[：:]?)?(\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8}){1,2}|\p{Script=Han}{2,4}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})[）)]/u.exec(
            text.slice(o.end, o.end + 40),
          );
        if (alias) publicNames.add(alias[1]!);
      }

  // 2026.5 (seventh round): a registered person on the organisation's header line is read whole (呼和巴特尔 after
  // 安全生产管理负责人：), besides what the name reader takes of it
  if (gen6 && orgParty)
    for (const m of text.matchAll(REGISTERED_LINE_6)) {
      if (!inPartyBlock(env, m.index + m[0].length)) continue;
      const whole = registeredWhole8(text, m.index + m[0].length);
      if (whole) publicNames.add(whole);
    }
  // the party's registered name (from the context, or its line in the text) when it is no person's
  const partyKind14 = env.context?.party?.kind ?? env.cues.partyKind;
  const partyName14 =
    env.context?.party && env.context.party.kind !== 'person'
      ? env.context.party.name
      : partyKind14 !== 'person'
        ? (partyLine?.[1] ?? null)
        : null;

  const addSure = (n: string | null) => {
    if (n) sure.add(n);
  };

  const fromContext = contextNames(env, party);
  // generation 1's names, re-read where they first stand (彭丽于当晚 → 彭丽; 顾客 is no name)
  for (const n of collectNames1(env, party)) {
    if (fromContext.has(n)) {
      sure.add(n);
      continue;
    }
    // 龙小波和石慧: a conjunction that is also a surname joins two names; the name starts after it
    let at = text.indexOf(n);
    if (joinsNames(text, words, at, g3)) at++;
    // a name begins a word (人孔盖 has no name 孔盖) unless a title is glued to it (站长葛玉峰)
    if (isHanAt(text, at - 1) && !words.boundaries.has(at) && !TWO_CHAR_TITLE.test(text.slice(Math.max(0, at - 4), at))) continue;
    addSure(nameAt(text, words, at, false, false, g3));
  }

  let covered = 0; // a name read at i covers its given name: 仉金亮 is not also 金亮
  for (let i = 1; i < text.length; i++) {
    if (i < covered) continue;
    const sl = surnameAt2(text, i, g3);
    if (!sl && !translitAt(text, i) && !(g3 && minorityStart(text, i))) continue; // no name can begin here
    const titledHere = titleBefore(text, words, i, party, g3);
    if (sl && !titledHere && joinsNames(text, words, i, g3)) continue;
    // after a title, a surname that is also a little word (观众向秋月) reads as a surname
    let han = sl
      ? titledHere
        ? (nameAt(text, words, i, false, true, g3) ?? nameAt(text, words, i, false, false, g3))
        : nameAt(text, words, i, false, false, g3)
      : null;
    // a minority or foreign name in characters (额尔敦巴特尔, 阿力木江·艾买提): read apart, trusted on strong cues only
    const loose = looseAt(text, i, g3);
    // 2026.2: a name that is also an ordinary word (押运员甘露在场, 朋友于海鸥负责, 其子于晨曦（4岁）) after a
    // title or before a person's brackets: 请确认, or sure when the brackets say so
    let ordinaryWord = false;
    if (
      g3 &&
      sl &&
      !han &&
      !loose &&
      (titledHere || STRONG_BRACKETS.test(text.slice(i + 2, i + 12)) || STRONG_BRACKETS.test(text.slice(i + 3, i + 13)))
    ) {
      han = relaxedNameAt(text, words, i);
      ordinaryWord = han !== null;
    }
    const name = loose && (!han || loose.length > han.length) ? loose : han;
    if (!name) continue;
    const looseOnly = name !== han;
    const dotted = name.includes('·');
    const startsWord = words.boundaries.has(i);
    if (ordinaryWord) {
      if (guardedAt(i, i + name.length) || inOrgName(text, i + name.length)) continue;
      const bracketed = STRONG_BRACKETS.test(text.slice(i + name.length, i + name.length + 10));
      if (bracketed) addSure(name);
      else unsure.add(name);
      covered = i + name.length;
      continue;
    }
    const accept = (sureName: boolean) => {
      if (sureName) addSure(name);
      else unsure.add(name);
      if (startsWord) covered = i + name.length; // 仉金亮 read here is not also 金亮
    };
    if (guardedAt(i, i + name.length) || inOrgName(text, i + name.length)) continue;
    const end = i + name.length;
    const after = text.slice(end, end + 8);

    // a title, job or kinship word right before (or before 为/：): 项目经理钟国伟, 主刀医师为欧阳振
    if (titledHere) {
      accept(true);
      continue;
    }
    // every other cue reads a name that begins a word (通过微信 has no name 过微信)
    if (isHanAt(text, i - 1) && !startsWord && !dotted) continue;
    // a name with a middle dot (买买提·艾力) is a person's wherever it stands
    if (dotted) {
      accept(true);
      continue;
    }
    // 男/女/age in brackets: 邹梓轩（男，6岁）, 赵子涵（20岁，在校学生）
    if (
      /^[（(](?:男|女|\d{1,3}岁|\d{4}年|[一二三四五六七八九十]+岁|QQ|qq|微信|电话|手机|联系|身份证|公民身份|护照|通行证|住|现住|户籍|[\p{Script=Han}]{1,4}族|[\p{Script=Han}]{1,6}籍|另案处理|另案|已死亡|已故|收货|地址|[A-Z][A-Za-z]+[ ·][A-Z])/u.test(
        after,
      ) ||
      (g3 && ROLE_IN_BRACKETS_3.test(after))
    ) {
      accept(true);
      continue;
    }
    // 真实姓名为司马永豪, 名叫X; 2026.2: 中文名莫让
    if (
      /(?:姓名|真名|名字)(?:为|是|：|:)$|名叫$|叫做$/.test(text.slice(Math.max(0, i - 5), i)) ||
      (g3 && /(?:中文名|中文姓名|汉名|化名)(?:为|是|：|:)?$/.test(text.slice(Math.max(0, i - 5), i)))
    ) {
      accept(true);
      continue;
    }
    // 姓名为“陈美玲”“苏志明”, 自称“笪晓婷”
    if (
      /^[”"’」]/.test(after) &&
      /(?:姓名为|名为|自称|名叫|叫|[”"’」][、，]?)[“"‘「]$/.test(text.slice(Math.max(0, i - 4), i)) &&
      (/(?:姓名为|名为|自称|名叫|叫)[“"‘「]$/.test(text.slice(Math.max(0, i - 4), i)) || sure.has(quotedBefore(text, i)))
    ) {
      accept(true);
      continue;
    }
    // counted as persons or in a person's record: 牛凤霞、贾二虎二人目睹; 对钟国伟、敖小军的询问笔录
    const listed =
      (g3 ? PERSON_COUNTS_3 : PERSON_COUNTS_2).test(after) || (/^等/.test(after) && listAround(text, words, i, end, g3).length > 0);
    if (
      listed ||
      PERSON_RECORDS_2.test(after) ||
      (/[（(]$/.test(text.slice(i - 1, i)) && /(?:笔录|询问)[（(]$/.test(text.slice(Math.max(0, i - 4), i)))
    ) {
      accept(true);
      for (const more of listAround(text, words, i, end, g3, unsure)) addSure(more);
      continue;
    }
    // 张三，男，…; 对张三进行询问; 张三系当事人的员工
    if (
      /^[，,](?:男|女)[，,。；;\s]/.test(after) ||
      (/对$/.test(text.slice(i - 1, i)) && /^(?:进行|作询问|制作询问笔录|询问)/.test(after)) ||
      /^系(?:当事人|被处罚人|其|该店|该公司|你单位|你公司|本店)?(?:的)?(?:员工|雇员|职工|店员|营业员|司机|驾驶员|妻子|丈夫|儿子|女儿|父亲|母亲|亲属|亲戚|朋友|邻居|房东|租户|顾客|学生|患者)/.test(
        after,
      )
    ) {
      accept(true);
      continue;
    }
    // 2026.2: 从贠小军处购进, 从兰州个人何正贵处购进: a person one bought from or borrowed from
    if (
      g3 &&
      /(?:从|向|自|在)[^，,。；;、\n]{0,8}$/.test(text.slice(Math.max(0, i - 9), i)) &&
      /^处(?:购|进|买|收|借|租|取|拿|批发|获得|得到|领)/.test(after) &&
      !/(?:公司|店|厂|站|部|中心|市场)$/.test(name)
    ) {
      accept(true);
      continue;
    }
    // the role after the name: 谭美琳向本局投诉, 邝建业来电举报
    if (
      /^(?:向(?:本局|我局|本机关|本委|本队|本大队|本支队|本所|执法人员|本中心)|来电|来信|来访|实名|电话|书面|匿名|通过\S{0,6}?)(?:投诉|举报|反映|申诉)/.test(
        after,
      )
    ) {
      accept(true);
      continue;
    }
    // before a verb people do, at the start of a clause: 巩立新称…（请确认）
    const clauseStart =
      i === 0 ||
      /[，,。；;：:、\n（(]|^$/.test(text[i - 1] ?? '') ||
      /(?:经查|其中|另|据|由|并由|后由|对|与|和|及|向|让|叫|请|经)$/.test(text.slice(Math.max(0, i - 2), i));
    if (
      // 2026.2: a Tibetan or Mongolian name of two or more parts too (经查，次仁多吉称…)
      (!looseOnly || (g3 && minorityParts(name) >= 2)) &&
      clauseStart &&
      (PERSON_VERBS_2.some((v) => after.startsWith(v)) || (startsWord && UNSURE_NEXT.includes(after[0] ?? '')))
    ) {
      accept(false);
    }
  }

  // names with a middle dot between Chinese characters (安德烈·伊万诺夫, 麦麦提·艾山) are persons' wherever they stand
  for (const n of dottedNames(text, words)) if (!guardedAt(text.indexOf(n), text.indexOf(n) + n.length)) sure.add(n);

  // names in Latin letters (Michael BROWN, CHAN KA LOK) and the Chinese form beside them (田中由纪)
  for (const n of latinNames(text, words, sure, party, g3)) sure.add(n);
  // 2026.5: a name in Latin, Cyrillic or Hangul letters, one word too (Coco, Сергей Петров, 김순희), where a person stands
  if (gen6) for (const n of foreignNames6(text, words, party)) if (!publicNames.has(n)) sure.add(n);
  // 2026.5 (fourth round): names in other letters and mixed forms, nicknames, words of address and online accounts
  if (gen6)
    for (const f of names8(text, words, {
      surnameAt: (k) => surnameAt2(text, k, true),
      blocked: (s, e) => guardedAt(s, e) || inOrgName(text, e),
    }))
      if (!publicNames.has(f.name)) (f.sure ? sure : unsure).add(f.name);
  // 2026.5: a two-character name written with a space between (学员冉茂林、谭 静、…; 其助手黄 珊为实习生),
  // right after a word for a person or in a list
  if (gen6)
    // (tenth round: before 的 too — 邻居X、Y Z的投诉)
    // (eleventh round: right after a word for a person, whatever follows — 服务员X Y正在, 驾驶员X Y临时 — never inside a
    // heading written with spaces, 行 政 处 罚)
    for (const m of text.matchAll(/(\p{Script=Han})[ 　](\p{Script=Han})(?![ 　]\p{Script=Han})/gu)) {
      const at = m.index;
      if (/\p{Script=Han}[ 　]$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
      const ends = /^(?:[、，,。；;（(：:]|[为在称等和及系已于的]|$)/.test(text.slice(at + 3, at + 4));
      if (!ends && !personWordEndsAt(text, at)) continue;
      if (surnameAt2(text, at, true) !== 1 || !commonGivenChar(m[2]!)) continue;
      if (isHanAt(text, at - 1) && !personWordEndsAt(text, at)) continue;
      const before = text.slice(Math.max(0, at - 8), at);
      if (!personWordEndsAt(text, at) && !/、$/.test(before)) continue;
      if (guardedAt(at, at + 3) || publicNames.has(m[0])) continue;
      // never in the officials' list (执法人员张 伟、李 强) — unless (eleventh round) a word for a person who is no
      // official stands right before (巡查时发现，帮工X、服务员Y Z正在)
      const afterWorker =
        personWordEndsAt(text, at) &&
        !/(?:执法|检查|稽查|监察|监督|办案|承办)(?:人员|队员|员)$|队员$/.test(text.slice(Math.max(0, at - 5), at));
      if (!afterWorker && /(?:执法|巡查|稽查|检查|办案|监督|承办|审核)[^。；;\n]{0,24}$/.test(text.slice(clauseStart(text, at), at)))
        continue;
      sure.add(m[0]);
    }
  // 2026.2: a foreign name in characters after a title, before brackets with the nationality (搬运工马哈茂德（巴基斯坦籍）)
  if (g3)
    for (const m of text.includes('籍') ? text.matchAll(/(\p{Script=Han}{3,10})(?=[（(][^（）()\n]{0,10}?籍)/gu) : []) {
      for (let k = 1; k <= m[1]!.length - 2; k++) {
        const at = m.index + k;
        if (titleBefore(text, words, at, party, true) && !guardedAt(at, m.index + m[1]!.length)) {
          sure.add(m[1]!.slice(k));
          break;
        }
      }
    }
  // 2026.2: 自称“卢师傅”, 姓名为“阿凤”: what a person is called, in quotes, is a name
  if (g3)
    for (const m of text.matchAll(/(?:自称|(?<![网昵店品艺])名为|名叫)[“"‘「](\p{Script=Han}{2,4})[”"’」]/gu))
      if (surnameAt2(m[1]!, 0, true) && !NOT_NAMES.has(m[1]!)) sure.add(m[1]!);

  // 2026.5: what a person acts under, in quotes before 名义/身份 (以“扎西医生”名义接诊, 以“徽州老程”的名义收费): a
  // person's name or address, unless it ends like an organisation or a shop
  if (gen6)
    for (const m of text.matchAll(
      /以[“"‘「](\p{Script=Han}{2,6}|[A-Za-z][A-Za-z .'-]{1,20}\p{Script=Han}{0,3})[”"’」](?:的)?(?:名义|身份)/gu,
    )) {
      const n = m[1]!;
      const at = m.index + 2;
      if (ORG_NAME_END.test(n) || /(?:公司|店|厂|社|部|中心|协会|平台|机构|工作室|团队|俱乐部|集团|学校|医院|诊所)$/.test(n)) continue;
      // (only what has the shape of a person's name: a name and a word for a person, 扎西医生, Amy老师; or 老/小 and a
      // surname at its end, 徽州老程 — never a thing, 以“野生天麻”名义, 以“持证导游”身份)
      const word = /(?:医生|大夫|老师|师傅|导游|教练|律师|护士|大叔|大妈|大爷|阿姨|大姐|大哥)$/.exec(n);
      const head = word ? n.slice(0, n.length - word[0].length) : '';
      const named =
        (word &&
          head.length >= 1 &&
          (/^[A-Za-z]/.test(head) ||
            (head.length === 2 && (surnameAt2(head, 0, true) > 0 || minorityStart(head, 0)) && !dictionaryWord(head)) ||
            // (tenth round) a surname alone before the word: 以“温医生”名义
            (head.length === 1 && surnameAt2(head, 0, true) === 1))) ||
        (/[老小]\p{Script=Han}$/u.test(n) && surnameAt2(n, n.length - 1, true) === 1);
      if (!named) continue;
      if (guardedAt(at, at + n.length) || publicNames.has(n)) continue;
      sure.add(n);
    }
  // 2026.2: a list of three or more names on its own (分别为金子涵、朴敏浩、刘欣怡和全一鸣) is a list of persons
  if (g3) for (const n of bareNameLists(text, words)) if (!guardedAt(text.indexOf(n), text.indexOf(n) + n.length)) sure.add(n);

  // names beside a sure name in a list are names too: 对亓丽娜和訾红梅的询问笔录
  for (const n of [...sure]) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length))
      for (const more of listAround(text, words, i, i + n.length, g3, unsure)) addSure(more);
  }

  // 2026.5: where a person stands for sure, a sure name read short or long of where the name ends (甘晓 in
  // 技术员甘晓宇称, 曲比尔 in 驾驶员曲比尔古称, 向丽按 in 售票员向丽按“…”) is read again from its own characters
  if (env.gen >= 6)
    for (const n of [...sure]) {
      if (n.includes('·') || !isHanAt(n, 0)) continue;
      for (const o of occurrences(text, n)) {
        const slotReader = {
          surnameAt: (k: number) => surnameAt2(text, k, true),
          blocked: (s: number, e: number) => guardedAt(s, e) || inOrgName(text, e),
        };
        // a title read into the name (领队山口美香（日本籍）): the name is what the slot after the title reads
        if (n.length >= 4) {
          const k = [...Array(n.length - 2).keys()]
            .map((d) => d + 2)
            .find((d) => {
              const title = n.slice(0, d);
              // the part before is a word for a person of the dictionary, not a compound surname (上官, 诸葛)
              if (!personWordBefore(title) || !dictionaryWord(title) || surnameAt2(text, o.start, true) >= d) return false;
              const t = slotCandidate(text, words, slotReader, o.start + d);
              return t !== null && o.start + d + t.length === o.end;
            });
          if (k !== undefined) {
            sure.delete(n);
            sure.add(n.slice(k));
            break;
          }
        }
        const r = slotCandidate(text, words, slotReader, o.start);
        if (!r || r === n || publicNames.has(r)) continue;
        // (longer only by characters of given names, or to a Yi name: 甘晓宇, 曲比尔古; not 施红制, 康巧玲微信)
        const longer =
          r.length > n.length &&
          r.startsWith(n) &&
          (yiName(r) || (!endsCleanly(text, words, o.end) && [...r.slice(n.length)].every((c) => commonGivenChar(c))));
        const shorter =
          r.length === n.length - 1 && n.startsWith(r) && FOLLOW_LITTLE.includes(n.at(-1)!) && words.boundaries.has(o.end - 1);
        if (longer || shorter) {
          sure.delete(n);
          sure.add(r);
          break;
        }
      }
    }

  if (gen6) {
    const readers = {
      surnameAt: (k: number) => surnameAt2(text, k, true),
      blocked: (s: number, e: number) => guardedAt(s, e) || inOrgName(text, e),
      isPublic: (n: string) => publicNames.has(n),
    };
    // 2026.5 (fourth round): names told by what stands around them (brackets that speak of a person, 即, lists)
    names7(text, words, readers, sure, unsure);
    // 2026.5 (fifth round): Han names after role words, before an age, at the end of a counted list
    names9(text, words, readers, sure, unsure);
    // 2026.5 (sixth round): names by what they are called and where a person stands
    names11(text, words, readers, sure, unsure);
    // 2026.5 (seventh round): lists, roles and dotted names read broadly
    names13(text, words, readers, sure, unsure);
    // 2026.5 (seventh round): online account names, nicknames and group names in quotes after their label
    for (const a of accounts14(text, words, partyKind14, partyName14)) {
      // (an account the sentence ties to a natural person found — 客服人员X通过…账号“…” — is that person's, hidden)
      const clause14 = text.slice(clauseStart(text, a.at), a.at + a.name.length);
      const tied = [...sure].some((n) => n.length >= 2 && clause14.includes(n));
      if (a.stays && tied && !/(?:本局|我局|本机关|官方|公众号)/.test(clause14)) {
        if (!sure.has(a.name)) unsure.add(a.name);
        continue;
      }
      if (a.stays && !fromContext.has(a.name)) {
        sure.delete(a.name);
        unsure.delete(a.name);
        continue;
      }
      if (guardedAt(a.at, a.at + a.name.length) || publicNames.has(a.name)) continue;
      if (a.sure) {
        unsure.delete(a.name);
        sure.add(a.name);
      } else if (!sure.has(a.name)) unsure.add(a.name);
    }
  }
  // 2026.3: the broad tier — any reading of a name where a person can stand, not yet sure: 请确认. A
  // reading that runs into or out of a sure or public name (墨索要 in 陈子墨索要, 明远 in 东方明远) is none.
  if (g4) {
    const taken = [...sure, ...publicNames].filter((n) => n.length >= 2).flatMap((n) => occurrences(text, n));
    const tier = candidateNames(text, words, {
      surnameAt: (i) => surnameAt2(text, i, true),
      nameAt: (i) => nameAt(text, words, i, true, false, true),
      g5: env.gen >= 5,
      g6: env.gen >= 6,
      looseAt: (i) => {
        const n = looseAt(text, i, true);
        return n ? { name: n, parts: minorityParts(n) } : null;
      },
      titledNameAt: (i) => nameAt(text, words, i, true, true, true),
      blocked: (s, e) =>
        guardedAt(s, e) || inOrgName(text, e) || taken.some((o) => o.start < e && s < o.end && (o.start !== s || o.end !== e)),
    });
    for (const n of tier.keys()) if (!sure.has(n)) unsure.add(n);
  }
  // 2026.5 (sixth round): a reading that is no name wherever it stands (曾用名, 前往双廊, 私搭乱建, 由演出经纪人 …)
  if (gen6) {
    // (never a name the case context gives)
    const dropReadings = (noName: (n: string) => boolean) => {
      for (const set of [sure, unsure]) for (const n of [...set]) if (!fromContext.has(n) && noName(n)) set.delete(n);
    };
    // and (seventh round) a word split, a verb phrase, a place, an app (司利, 曾交代, 练车费, 查见, 后厨, 小红书)
    dropReadings((n) => notAName12(text, words, n) || notAName14(text, words, n));
    const passReader = {
      surnameAt: (k: number) => surnameAt2(text, k, true),
      blocked: (s: number, e: number) => guardedAt(s, e) || inOrgName(text, e),
      isPublic: (n: string) => publicNames.has(n),
    };
    // 2026.5 (eighth round): names' ends and starts, words that are no names, quoted nicknames after a person
    names15(text, words, passReader, sure, unsure, fromContext);
    // 2026.5 (ninth to eleventh rounds): names read at the wrong length, words of address and Latin names beside names
    names17(text, words, passReader, sure, unsure, fromContext);
    // 2026.5 (eighth round): a brand in quotes (“田园记”牌, 标注“兰蔻”商标, “兰蔻”精华液) is no name
    dropReadings((n) => onlyBrand16(text, n));
    // an organisation's registered address line in its 当事人 block is public: no 请确认 reading inside it
    if (orgParty)
      for (const n of [...unsure])
        if (occurrences(text, n).every((o) => inPartyBlock(env, o.start) && orgAddressLine12(text, o.start))) unsure.delete(n);
  }

  // a rule set that publishes the party's name (`party: false`) publishes it however it was found
  if (!party) {
    const cp = env.context?.party;
    if (cp?.kind === 'person') publicNames.add(cp.name.trim());
    if (cp?.kind === 'individual-business' && cp.operator) publicNames.add(cp.operator.trim());
    if (env.partyName) publicNames.add(env.partyName.name);
    for (const m of text.matchAll(/经营者(?:姓名)?[：:\s　]*/g)) {
      const n = nameAt(text, words, m.index + m[0].length, false, false, g3);
      if (n) publicNames.add(n);
    }
  }
  const out: Candidate[] = [];
  const hidden = [...sure, ...[...unsure].filter((n) => !sure.has(n))].filter(
    (n) => n.length >= 2 && !publicNames.has(n) && ![...publicNames].some((p) => p.length > n.length && p.startsWith(n)),
  );
  // the party's own name when it is an organisation or a 字号 (建华副食店) is public, names inside it too
  const cp = env.context?.party;
  const orgSpans = cp && cp.kind !== 'person' && cp.name.length >= 2 ? occurrences(text, cp.name) : [];
  const publicAt = [...publicNames].flatMap((n) => (n.length >= 2 ? occurrences(text, n) : []));
  // 2026.5 (seventh round): a shop's 字号 as written in the story (王记烧饼铺, the party's sign) stays, names inside it too
  if (gen6) publicAt.push(...shopNameSpans14(text, partyName14));
  // 2026.2: a reading found only inside a longer name (苏德巴 in 苏德巴雅尔) neither stands alone nor takes a number
  const standing = g3
    ? hidden.filter((n) => {
        const longer = hidden.filter((m) => m.length > n.length && m.includes(n)).flatMap((m) => occurrences(text, m));
        return occurrences(text, n).some((o) => !longer.some((l) => l.start <= o.start && o.end <= l.end));
      })
    : hidden;
  const masks = numberedMasks(text, standing, g3);
  for (const name of standing) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (
        guardedAt(i, i + name.length) ||
        inOrgName(text, i + name.length) ||
        (gen6 && intoPlate8(text, i + name.length)) ||
        // 2026.3: a 请确认 name is not read inside an organisation's or a place's name (晓凤网咖, 晋商银行)
        (g4 && !sure.has(name) && orgAfter(text, i + name.length)) ||
        inside(orgSpans, i) ||
        publicAt.some((p) => p.start < i + name.length && i < p.end)
      )
        continue;
      out.push({
        start: i,
        end: i + name.length,
        rule: 'person-name',
        replacement: masks.get(name)!,
        ...(sure.has(name) ? {} : { uncertain: true as const }),
      });
    }
  }
  return gen6 ? joinPieces(text, out) : out;
}

/**
 * 2026.5: pieces of one name read apart are one name: two name readings that touch (艾克 and 拜尔 in 艾克拜尔), and a
 * name in Latin letters with a one-character Chinese surname after a space (Jessica 刘).
 */
function joinPieces(text: string, out: Candidate[]): Candidate[] {
  if (out.length === 0) return out;
  const res: Candidate[] = [];
  for (const c of [...out].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = res.at(-1);
    // (pieces of the same certainty, five characters at most together: 欧阳慧琳 and 陈述 stay apart)
    if (
      last &&
      last.end === c.start &&
      isHanAt(text, c.start - 1) &&
      isHanAt(text, c.start) &&
      c.end - last.start <= 5 &&
      !!last.uncertain === !!c.uncertain
    ) {
      const { uncertain: _u, ...plain } = last;
      const joined = { ...plain, end: c.end, replacement: last.replacement + MASK.repeat(c.end - c.start) };
      res[res.length - 1] = last.uncertain && c.uncertain ? { ...joined, uncertain: true as const } : joined;
    } else res.push(c);
  }
  for (let k = 0; k < res.length; k++) {
    const c = res[k]!;
    if (!/^[A-Za-z][A-Za-z'’.-]*$/.test(text.slice(c.start, c.end))) continue;
    if (/^ \p{Script=Han}(?![\p{Script=Han}A-Za-z0-9])/u.test(text.slice(c.end, c.end + 3)) && surnameAt2(text, c.end + 1, true) === 1)
      res[k] = { ...c, end: c.end + 2, replacement: `${c.replacement} ${MASK}` };
  }
  return res;
}

/** A list of surnames by their first character, so that a position is checked against the few that can begin there. */
function byFirst(list: readonly string[]): (text: string, i: number) => boolean {
  const m = new Map<string, string[]>();
  for (const s of list) m.set(s[0]!, [...(m.get(s[0]!) ?? []), s]);
  return (text, i) => m.get(text[i] ?? '')?.some((s) => text.startsWith(s, i)) === true;
}
const COMPOUND_1_2 = byFirst([...COMPOUND_SURNAMES, ...COMPOUND_SURNAMES_2]);
const COMPOUND_3 = byFirst(COMPOUND_SURNAMES_3);
const COMPOUND_4 = byFirst(COMPOUND_SURNAMES_4);

/**
 * surnameAt2's answers for the text being read, per position (it is asked some 20,000 times a text, mostly again at
 * the same positions): -1 not yet known. Keyed by the text and by what the answer depends on (g3, gen4).
 */
let surnameMemo: { text: string; gen4: boolean; g3: Int8Array; g2: Int8Array } | null = null;

/** 复姓 or 单姓 (generation 2's longer list) at `i`: its length, or 0. */
function surnameAt2(text: string, i: number, g3 = false): number {
  if (text.length < 64 || i < 0 || i >= text.length) return surnameAt2Read(text, i, g3);
  if (surnameMemo?.text !== text || surnameMemo.gen4 !== gen4)
    surnameMemo = { text, gen4, g3: new Int8Array(text.length).fill(-1), g2: new Int8Array(text.length).fill(-1) };
  const memo = g3 ? surnameMemo.g3 : surnameMemo.g2;
  let n = memo[i]!;
  if (n < 0) memo[i] = n = surnameAt2Read(text, i, g3);
  return n;
}

function surnameAt2Read(text: string, i: number, g3: boolean): number {
  if (COMPOUND_1_2(text, i)) return 2;
  if (g3 && gen4 && COMPOUND_4(text, i) && isHanAt(text, i + 2)) return 2;
  if (g3) {
    if (COMPOUND_3(text, i) && isHanAt(text, i + 2)) return 2;
    const jp = JAPANESE_BY_FIRST.get(text[i] ?? '')?.find((s) => text.startsWith(s, i) && isHanAt(text, i + s.length));
    if (jp) return jp.length;
  }
  return (g3 ? (gen4 ? SINGLE_SURNAMES_4 : SINGLE_SURNAMES_3) : SINGLE_SURNAMES_2).has(text[i] ?? '') ? 1 : 0;
}

/** An organisation's registered people on the lines of its 当事人 block: 院长：邵明哲, 门诊部负责人：邝立明. */
const REGISTERED_LINE =
  /(?:^|[ \t　]{2,})[ \t　]*(\p{Script=Han}{0,8}(?:代表人|负责人|院长|校长|园长|所长|站长|经理|主任|会长|理事长|董事长|秘书长|厂长|矿长|馆长|社长))(?:[（(][^）)\n]{1,12}[）)])?[：:][ \t　]*/gmu;
/**
 * 2026.5: also the second label of a line after one full-width space (法定代表人：冼国梁　门店负责人：邝美玲); (tenth round)
 * a 个人独资企业's 投资人 on its line.
 */
const REGISTERED_LINE_6 =
  /(?:^|[ \t　]+)[ \t　]*(\p{Script=Han}{0,8}(?:代表人|负责人|合伙人|投资人|院长|校长|园长|所长|站长|店长|经理|主任|会长|理事长|董事长|秘书长|厂长|矿长|馆长|社长))(?:[（(][^）)\n]{1,12}[）)])?[：:][ \t　]*/gmu;

/** 2026.5: a registered person's name written with a middle dot or in Latin letters, at `i`. */
function registeredForeignAt(text: string, i: number): string | null {
  const rest = text.slice(i, i + 60);
  return (
    /^\p{Script=Han}{1,8}·\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})?(?=[（(、，,；;。\s]|$)/u.exec(rest)?.[0] ??
    /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?=[（(、，,；;。\s]|$)/u.exec(rest)?.[0] ??
    null
  );
}

/** 当事人：<a registered name ending like a business> on its own line. */
const PARTY_LINE_3 =
  /(?:^|\n)当事人(?:名称)?[：:][ \t　]*(\p{Script=Han}{4,30}?(?:店|部|厂|行|社|馆|坊|铺|中心|公司|工作室|诊所|药房|门诊部|合作社|经营部|服务部|修理部|维修部|制作部|喷漆部))[ \t　]*(?=\n|[（(])/u;

/** 2026.5: also a registered name ending like a place of business (老城区闻人网咖, …客栈, …民宿, …酒吧). */
const PARTY_LINE_6 =
  /(?:^|\n)(?:当事人|被处罚人|被处罚单位)(?:名称)?[：:][ \t　]*(\p{Script=Han}{4,30}?(?:店|部|厂|行|社|馆|坊|铺|中心|公司|工作室|诊所|药房|门诊部|合作社|经营部|服务部|修理部|维修部|制作部|喷漆部|网咖|网吧|酒吧|会所|客栈|民宿|茶楼|茶室|餐厅|食堂|超市|市场|门市|档口|农家乐|养殖场|加工点|回收站|作坊|车行|驾校|书屋|影院|俱乐部))[ \t　]*(?=\n|[（(])/u;

/** The officials' list after 执法人员, 执法队员, 承办人 …: each name, with remarks in brackets or a 执法证号 between. */
function officialsListed(text: string, words: Words): string[] {
  const out: string[] = [];
  const leads = gen6
    ? /(?:执法人员|执法队员|执法人|案件承办人|承办人员|承办人|审核人员|办案人员|检查人员|巡查队员|巡查人员|稽查人员|稽查队员)[：:为是]?[ \t　]*/g
    : /(?:执法人员|执法队员|执法人|案件承办人|承办人员|承办人|审核人员|办案人员|检查人员)[：:为是]?[ \t　]*/g;
  for (const m of text.matchAll(leads)) {
    // 2026.5: 巡查队员 … are the agency's only when their clause gives a 执法证号
    if (gen6 && /^(?:巡查|稽查)/.test(m[0]) && !/执法证/.test(text.slice(m.index, m.index + 80).split(/[。；\n]/)[0]!)) continue;
    let pos = m.index + m[0].length;
    for (let k = 0; k < 6; k++) {
      const dotted = /^\p{Script=Han}{1,8}·\p{Script=Han}{1,8}(?=[（(、，,；;和及\s]|$)/u.exec(text.slice(pos))?.[0];
      const n =
        dotted ??
        looseAt(text, pos, true) ??
        nameAt(text, words, pos, true, true, true) ??
        // 2026.5: any name of two to four characters up to the list's next mark (阿的日哈、沙马拉毅在…巡查)
        // (the first only before a list mark: 执法人员对詹秋生进行询问 is no list)
        (gen6 && !'对向与由和在到于将把被从经会依按及等'.includes(text[pos] ?? '')
          ? ((k === 0
              ? /^\p{Script=Han}{2,4}?(?=[（(、]|[ \t　]+[0-9０-９])/u
              : /^\p{Script=Han}{2,4}?(?=[（(、，,；;和及与]|[ \t　]|在|对|到|于|前往|依法|进行|现场|会同)/u
            ).exec(text.slice(pos))?.[0] ?? null)
          : null);
      if (!n) break;
      out.push(n);
      pos += n.length;
      const remark =
        /^(?:[（(][^（()）\n]{0,40}[）)]|[，,][ \t　]*(?:执法证号|执法证件号码|证号)[：:]?[ \t　]*[A-Za-z0-9０-９]{6,20})/.exec(
          text.slice(pos),
        ) ?? (gen6 ? /^[ \t　]+[A-Za-z0-9０-９]{6,20}(?![0-9０-９])/.exec(text.slice(pos)) : null);
      if (remark) pos += remark[0].length;
      const sep = /^[ \t　]*(?:、|和|及|与|；|;|，(?=\p{Script=Han}{2,8}[（(，,、]))[ \t　]*/u.exec(text.slice(pos));
      if (!sep) break;
      pos += sep[0].length;
    }
  }
  return out;
}

/**
 * Lists of three or more items that each read as a name (a surname and one or two characters that
 * are no dictionary word and no place), two of them of three characters: 金子涵、朴敏浩、刘欣怡和全一鸣.
 */
function bareNameLists(text: string, words: Words): string[] {
  const out = new Set<string>();
  const PLACE_LIKE = /[庄寨屯湾营堡集店桥坡沟岭坪塘铺场园村镇乡县区市省路街巷港站山河湖海江]$/;
  const item = (at: number): string | null => {
    const n = looseAt(text, at, true) ?? nameAt(text, words, at, true, false, true);
    return n && !PLACE_LIKE.test(n) ? n : null;
  };
  for (let j = text.indexOf('、'); j >= 0; j = text.indexOf('、', j + 1)) {
    let first: { at: number; name: string } | null = null;
    for (const len of [3, 2, 4]) {
      const at = j - len;
      if (at < 0 || !(at === 0 || !isHanAt(text, at - 1) || words.boundaries.has(at))) continue;
      const n = item(at);
      if (n && n.length === len) {
        first = { at, name: n };
        break;
      }
    }
    if (!first) continue;
    const names = [first.name];
    let pos = j;
    for (let k = 0; k < 8; k++) {
      const sep = /^(?:、|和|及|与)/.exec(text.slice(pos));
      if (!sep) break;
      const n = item(pos + sep[0].length);
      if (!n) break;
      names.push(n);
      pos += sep[0].length + n.length;
    }
    const end = text.slice(pos, pos + 3);
    const closes =
      PUNCT.test(end) || /^(?:等|的|均|共|分别|[二两三四五六七八九十\d]+[人名])/.test(end) || PERSON_VERBS_2.some((v) => end.startsWith(v));
    if (names.length >= 3 && names.filter((n) => n.length >= 3).length >= 2 && closes) for (const n of names) out.add(n);
  }
  return [...out];
}

/** Brackets after a name that only a person has: sex, age, birth, ethnicity, nationality, ID. */
const STRONG_BRACKETS =
  /^[（(](?:男|女|\d{1,3}岁|\d{1,2}周岁|[一二三四五六七八九十]+岁|\d{4}年\d{1,2}月(?:出?生)?|[\p{Script=Han}]{1,4}族|[\p{Script=Han}]{1,6}籍|身份证|公民身份)/u;

/**
 * 2026.2: a surname and one or two characters that make an ordinary word (甘露, 于海鸥, 付长河), read
 * where a title, a list or a person's brackets say a person stands there: the longer reading first,
 * taken when it ends cleanly and is no place or organisation.
 */
function relaxedNameAt(text: string, words: Words, i: number): string | null {
  const sl = surnameAt2(text, i, true);
  // a surname that is mostly a little word (曾, 将, 把 …) is not read against the recogniser; 于, 付, 同, 和 are
  if (!sl || (sl === 1 && '曾来将把被对由从自跟给让叫当在为以及与也还都但向'.includes(text[i]!))) return null;
  const first = text[i + sl];
  if (!isHan(first) || FIRST_STOP.includes(first!) || (text[i] === '同' && NOT_TONG_NAMES_3.includes(first!))) return null;
  for (const len of [sl + 2, sl + 1]) {
    const name = text.slice(i, i + len);
    if (name.length < len || !allHan(name) || STOP_CHARS.includes(name[len - 1]!)) continue;
    if (NOT_NAMES.has(name) || NOT_NAMES_2.has(name) || ORG_NAME_END.test(name) || PLACE_END.test(name)) continue;
    if (TITLE_WORDS_3.some((w) => name.endsWith(w) || name.startsWith(w))) continue;
    const end = i + len;
    const next = text.slice(end, end + 2);
    // 业主方物业负责人: a word before a title is what the title is of, not a name
    if (
      /^(?:负责人|管理|公司|部门|经理|主任)/.test(text.slice(end, end + 3)) ||
      TITLE_WORDS_3.some((w) => w.length >= 2 && text.startsWith(w, end))
    )
      continue;
    // what is ordinary about it: a noun after the surname (于/海鸥, 付/长河), or a rare noun as a whole
    // (名/n in 同班 is too common a word to read as a name before anything but a person's record)
    const given = dictionaryWord(name.slice(sl));
    const whole = dictionaryWord(name);
    const nounish = (e: { freq: number; tag: string } | undefined, max: number) =>
      e !== undefined && /^(?:n|nr|ns|nz|nrt|ng|t)$/.test(e.tag) && e.freq < max;
    if (
      len === sl + 2
        ? whole !== undefined || !nounish(given, 1000)
        : !nounish(whole, 200) || !/^(?:在场|证实|称|陈述|的询|、|（|\(|等)/.test(next)
    )
      continue;
    if (/^[市县区省镇乡旗州某]/.test(next)) continue;
    const clean =
      words.boundaries.has(end) ||
      PUNCT.test(next) ||
      STOP_CHARS.includes(next[0] ?? '') ||
      PERSON_VERBS_2.some((v) => next.startsWith(v)) ||
      PERSON_COUNTS_3.test(text.slice(end)) ||
      /^负责/.test(next);
    // the reading must also end at a word: 于现场检查 is no name 于现场
    const across = words.containing(end - 1);
    if (!clean || (across && across.end > end)) continue;
    return name;
  }
  return null;
}

/** The name parts by their first character (looked up at every position, so indexed once). */
const PARTS_BY_FIRST = new Map<string, string[]>();
for (const p of MINORITY_NAME_PARTS) PARTS_BY_FIRST.set(p[0]!, [...(PARTS_BY_FIRST.get(p[0]!) ?? []), p]);
const PART_FIRST_CODES: ReadonlySet<number> = new Set([...PARTS_BY_FIRST.keys()].map((c) => c.charCodeAt(0)));
const JAPANESE_BY_FIRST = new Map<string, string[]>();
for (const p of JAPANESE_SURNAMES_3) JAPANESE_BY_FIRST.set(p[0]!, [...(JAPANESE_BY_FIRST.get(p[0]!) ?? []), p]);

/** Does a Tibetan or Mongolian name part begin at `i`? */
export function minorityStart(text: string, i: number): boolean {
  if (!PART_FIRST_CODES.has(text.charCodeAt(i))) return false; // (most positions: no string made, no look-up by string)
  return PARTS_BY_FIRST.get(text[i] ?? '')?.some((p) => text.startsWith(p, i)) ?? false;
}

/**
 * The ends reachable from `i` by one to three name parts (and a closing 措/姆 …), each with the
 * fewest parts that reach it: 次仁多吉 from 次 → {次仁: 1, 次仁多吉: 2}.
 */
export function minorityEnds(text: string, i: number, limit = text.length): Map<number, number> {
  const ends = new Map<number, number>();
  let frontier = new Map<number, number>([[i, 0]]);
  for (let step = 1; step <= 3 && frontier.size; step++) {
    const next = new Map<number, number>();
    for (const [at] of frontier) {
      for (const p of PARTS_BY_FIRST.get(text[at] ?? '') ?? []) {
        const e = at + p.length;
        if (e <= limit && text.startsWith(p, at) && !ends.has(e)) {
          ends.set(e, step);
          next.set(e, step);
        }
      }
      if (at > i && at + 1 <= limit && MINORITY_NAME_ENDS.includes(text[at] ?? '') && !ends.has(at + 1)) ends.set(at + 1, step);
    }
    frontier = next;
  }
  return ends;
}

/** How many name parts make up `name` exactly (次仁多吉 → 2, 索南措 → 2), or 0. */
function minorityParts(name: string): number {
  return minorityEnds(name, 0).get(name.length) ?? 0;
}

const STOP_CHARS =
  '的向在于对与和及等是系为因已也均都并未不无被将把从自称说到来去即又还亦所之以曾男女住年岁先后前处家其该另应须共误某＊*×Xx';
/** After a name read at a clause's start, a little word that begins what the person did (欧阳振在该院…): 请确认. */
/** A reading ending like a place or an office is no name (金华市, 石桥镇, 黄河路). */
const PLACE_END = /[省市县区镇乡村路街巷号局厅队所站场厂店员籍族]$/;

const UNSURE_NEXT = '在于向将把对与和未已也均曾从被为系因又还便就即';

/** Surnames that are also frequent little words (曾经, 来, 付, 和): before a common word they are that word. */
const FUNCTION_SURNAMES = '曾来付和向于将把被对由从自同跟给让叫当在为以及与也还都但';
const functionSurname = (c: string) => FUNCTION_SURNAMES.includes(c) || (gen4 && FUNCTION_SURNAMES_4.includes(c));
/** Characters that do not begin a given name (家, 来, 先 … do: 莫家伟, 王来福). */
const FIRST_STOP = '她他它本的向在于对与及等是系为因已也均都并未不无被将把从自称说到去即又还亦所之以曾男女住年岁其该另应须某＊*×Xx';
const PUNCT = /^(?:[、，,。；;：:（()）“”"'‘’「」《》\s　!！?？]|$)/;

/** Single-character verbs and prepositions the recogniser glues to the end of an unseen name. */
const GLUED_VERBS = '用代在将把被给向对从到去来说讲称问带拿开做为是有和与跟同';

/** Does a common word of two or three characters, longer than the surname, begin at `i` (王家/n in 王家全)? */
function startsWithCommonWord(text: string, i: number, sl: number): boolean {
  return [2, 3].some((n) => n > sl && commonWord(text.slice(i, i + n)));
}

/** Is [start, end) exactly one word of the recogniser? */
function wholeWord(words: Words, start: number, end: number): boolean {
  const t = words.at(start);
  return t !== undefined && t.end === end;
}

/** A dictionary word no one is named: frequent, or an ordinary word (宿舍/n, 安排/v, 顾客, 宁可). */
function commonWord(w: string): boolean {
  const e = dictionaryWord(w);
  if (!e) return false;
  if (e.freq >= 500) return true;
  // names, places and proper nouns are tagged nr/ns/nz: rare ones may be a person's name (夏侯惇/ns)
  if (/^(?:nr|ns|nz)/.test(e.tag)) return false;
  return e.freq >= 50 || w.length >= 3;
}

/**
 * The name starting at `i`: a surname and one or two characters, the longer reading first, taken when
 * it ends cleanly — at a word boundary of the recogniser, before punctuation, or before a character
 * that follows names (的, 在, 于 …) — and is not a dictionary word (宿舍, 顾客). Where a frequent word
 * starts the reading (王家/n in 王家全), the reading must end at a word boundary (宿舍设在 is no name).
 */
export function nameAt(text: string, words: Words, i: number, lenient = false, afterTitle = false, g3 = false): string | null {
  const sl = surnameAt2(text, i, g3);
  if (!sl) return null;
  const first = text[i + sl];
  if (!isHan(first) || FIRST_STOP.includes(first!)) return null;
  if (NOT_NAMES.has(text.slice(i, i + 2))) return null;
  if (g3 && text[i] === '同' && NOT_TONG_NAMES_3.includes(first!)) return null;
  // does a common word start the reading? (asked only of a reading that gets that far: most calls end sooner)
  let startsWithWord: boolean | undefined;
  // 辛苦费, 安全帽: a reading that begins with a common adjective, verb or adverb is that word's phrase
  const first2 = dictionaryWord(text.slice(i, i + 2));
  const restIsName = /^(?:nr|x)/.test(words.at(i + sl)?.tag ?? '');
  if (
    !(afterTitle && functionSurname(text[i]!) && restIsName && !(gen4 && FUNCTION_SURNAMES_4.includes(text[i]!))) &&
    sl === 1 &&
    first2 &&
    first2.freq >= 500 &&
    /^(?:a|v|d|ad|vn|c|p)$/.test(first2.tag)
  )
    return null;
  // 导游向游客索要: a surname character before a title word is no name
  const titleWords = g3 ? TITLE_SET_3 : TITLE_SET;
  if (titleWords.has(text.slice(i + sl, i + sl + 2))) return null;
  // 顾客李和顺: a title that begins with a surname character is the title, not a name
  if (sl === 1 && titleWords.has(text.slice(i, i + 2))) return null;
  for (const len of [sl + 2, sl + 1]) {
    const name = text.slice(i, i + len);
    if (name.length < len || !allHan(name)) continue;
    // 朱春来 (来 ends given names too): a last character that usually follows names only when the
    // recogniser reads the given name or the whole name as one word
    if (
      len === sl + 2 &&
      STOP_CHARS.includes(name[len - 1]!) &&
      !('来年'.includes(name[len - 1]!) && (wholeWord(words, i, i + len) || wholeWord(words, i + sl, i + len))) &&
      // 2026.2: 黎卓男（香港居民…）: 男/女 end a given name when brackets about the person follow
      !(g3 && '男女'.includes(name[len - 1]!) && /^[（(](?!男|女)/.test(text.slice(i + len, i + len + 2)))
    )
      continue;
    // in a list of names a dictionary name stays a name (喻波、柏林)
    const entry = dictionaryWord(name);
    // 2026.2: after a title too (学徒李俊: 李俊/nr is in the dictionary as a name)
    const listedName =
      (lenient || (g3 && afterTitle && entry !== undefined && entry.freq < 1000 && !NOT_NAMES_3.has(name))) &&
      entry !== undefined &&
      entry.tag.startsWith('nr') &&
      !TITLE_ENDINGS_2.test(name);
    if (NOT_NAMES_2.has(name) || (commonWord(name) && !listedName) || ORG_NAME_END.test(name) || PLACE_END.test(name)) continue;
    // 但本决定, 由其: a surname that is also a little word begins a name only where the recogniser reads one word
    if (
      (!afterTitle || (gen4 && FUNCTION_SURNAMES_4.includes(name[0]!))) &&
      functionSurname(name[0]!) &&
      !wholeWord(words, i, i + len) &&
      !(wholeWord(words, i + sl, i + len) && /^(?:nr|x)/.test(words.at(i + sl)!.tag))
    )
      continue;
    // 曾表示, 来检查: a surname that is also a common little word, before a common word, is no name
    if (
      (!afterTitle ||
        (dictionaryWord(name.slice(sl))?.freq ?? 0) >= 5000 ||
        dictionaryWord(name.slice(sl))?.tag.startsWith('n') === true) &&
      len - sl === 2 &&
      functionSurname(name[0]!) &&
      commonWord(name.slice(sl)) &&
      !dictionaryWord(name.slice(sl))?.tag.startsWith('nr')
    )
      continue;
    // 付款至, 权利人: a common word and a function word or a person-noun ending is no name
    if (len === sl + 2 && (startsWithWord ??= startsWithCommonWord(text, i, sl))) {
      const tail = words.at(i + len - 1);
      if (/[人者员]$/.test(name) || (tail && tail.word.length === 1 && /^(?:p|c|u|d|r|f|m|q)/.test(tail.tag))) continue;
    }
    const end = i + len;
    // 2026.2: 业主方物业负责人: a reading right before 负责人 or 公司 is what they are of
    if (g3 && /^(?:负责人|管理处|公司|有限公司)/.test(text.slice(end, end + 4))) continue;
    // 唐山市, 金华县: a reading right before a place suffix is a place
    if (/^[市县区省镇乡旗州某]/.test(text.slice(i + len, i + len + 1))) continue;
    const tok = words.at(i);
    // 潘二勇用水管, 胡晓蕾代其: the recogniser glued a following verb to an unseen name
    const gluedVerb = tok !== undefined && tok.tag === 'x' && tok.end === end + 1 && GLUED_VERBS.includes(text[end] ?? '');
    const boundary = words.boundaries.has(end) || gluedVerb;
    const next = text.slice(end, end + 2);
    // 尉迟明正在: a dictionary word (正在) running across the end says the name ends before it
    const across = words.containing(end - 1);
    if (
      !boundary &&
      across &&
      across.end > end &&
      across.tag !== 'x' &&
      !/^[mq]/.test(across.tag) &&
      across.start >= i + sl &&
      // 2026.2: 何正贵处购进 → 贵处/n: 处 after a name is where the person is
      !(g3 && text[end] === '处' && /^处(?:购|进|买|收|借|租|取|拿|批发|获得|得到|领)/.test(text.slice(end, end + 3)))
    )
      continue;
    const clean =
      boundary ||
      PUNCT.test(next) ||
      STOP_CHARS.includes(next[0] ?? '') ||
      PERSON_VERBS_2.some((v) => next.startsWith(v)) ||
      // 2026.2: 黄丽萍、韦小燕、陆俊三人
      (g3 && PERSON_COUNTS_3.test(text.slice(end)));
    if (!clean || (!boundary && (startsWithWord ??= startsWithCommonWord(text, i, sl)))) continue;
    return name;
  }
  return null;
}

/** The names standing with the one at [start, end) in a list (A、B和C): before and after it. */
function listAround(text: string, words: Words, start: number, end: number, g3 = false, unsureOut?: Set<string>): string[] {
  const out: string[] = [];
  // 2026.2: a name in the list that is also an ordinary word (阎秀梅、付长河家) is read too, as 请确认
  const read = (at: number): { name: string | null; relaxed: boolean } => {
    const h = nameAt(text, words, at, true, false, g3);
    const l = looseAt(text, at, g3);
    const n = l && (!h || l.length > h.length || (g3 && l.length === h.length)) ? l : h;
    if (n || !g3 || !unsureOut) return { name: n, relaxed: false };
    return { name: relaxedNameAt(text, words, at), relaxed: true };
  };
  let pos = end;
  for (let k = 0; k < 6; k++) {
    // 王五（身份证号…）、付小龙: a remark in brackets may stand between the names
    const remark = /^[（(][^（()）\n]{0,40}[）)](?=[、和及与])/.exec(text.slice(pos));
    if (remark) pos += remark[0].length;
    const sep = /^(?:、|和|及|与|，(?=\p{Script=Han}{2,4}(?:、|和|的|二人|三人|等)))/u.exec(text.slice(pos));
    if (!sep) break;
    const at = pos + sep[0].length;
    const { name: n, relaxed } = read(at);
    if (!n) break;
    if (relaxed) unsureOut!.add(n);
    else out.push(n);
    pos += sep[0].length + n.length;
  }
  pos = start;
  for (let k = 0; k < 6; k++) {
    const sep = /(?:、|和|及|与)$/.exec(text.slice(Math.max(0, pos - 1), pos));
    if (!sep) break;
    let found: string | null = null;
    for (const len of [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) {
      const s = pos - 1 - len;
      if (s < 0) continue;
      const l = looseAt(text, s, g3);
      const n = l && l.length === len ? l : len <= 4 ? nameAt(text, words, s, true, false, g3) : null;
      // (2026.5: after 其中有/还有 the recogniser glues the verb to the surname: 其中有粟满仓、廖三妹)
      const startsWord = s === 0 || words.boundaries.has(s) || !isHanAt(text, s - 1) || (gen6 && haveBefore12(text, s));
      if (n && n.length === len && startsWord) {
        found = n;
        break;
      }
    }
    if (!found) break;
    out.push(found);
    pos = pos - 1 - found.length;
  }
  return out;
}

/**
 * Characters of minority and foreign names written in Chinese characters (维吾尔, 蒙古, 藏, 傣,
 * 哈萨克 … and Japanese or Korean names are read by surname): 阿布都热依木, 额尔敦巴特尔, 达娃卓玛, 岩温.
 */
export const TRANSLIT = new Set(
  [
    ...'阿布都热依木吐尔逊力江艾买提努卡德玛拉合古丽帕孜克伊沙穆罕默米娅麦萨迪托哈甫素地亚森卜杜夏库班肯别曼吾斯坦扎汗',
    ...'其格额敦巴特朝鲁门苏和敖登高娃雅乌云图琴那仁满宝音呼尼道吉日查孟毕胡达赉木兰勒托娅金',
    ...'卓旺堆西次桑央措姆顿珠曲珍宗旦索朗边普琼罗强土益喀坚赞嘉才让嘎贡洛仓决尕',
    ...'岩温罕香伍',
  ].filter((c) => c !== '·'),
);
/** Is the character at `i` one of TRANSLIT? (By its code: no one-character string; every member is one code unit.) */
const TRANSLIT_CODES: ReadonlySet<number> = new Set([...TRANSLIT].map((c) => c.charCodeAt(0)));
const translitAt = (text: string, i: number) => TRANSLIT_CODES.has(text.charCodeAt(i));
const MIDDLE_DOT = 0xb7; // ·

/**
 * A name of TRANSLIT characters starting at `i` (2–12 characters, a middle dot between parts),
 * ending at punctuation, a little word or a verb; or null. The parts round a dot have two or more.
 */
function looseAt(text: string, i: number, g3 = false): string | null {
  // 2026.2: a run of Tibetan or Mongolian name parts (次仁多吉, 扎西平措, 敖日格乐)
  if (g3) {
    const m = minorityAt(text, i);
    if (m) return m;
  }
  // a surname before the dot is part of it (包·巴雅尔)
  // (the dot first: it is rarely there, and asking costs no one-character string)
  const lead = text.charCodeAt(i + 1) === MIDDLE_DOT && SINGLE_SURNAMES_2.has(text[i] ?? '') && translitAt(text, i + 2) ? 2 : 0;
  if (!lead && !translitAt(text, i)) return null;
  let end = i + lead;
  while (end < text.length && end - i < 12 && (translitAt(text, end) || (text[end] === '·' && translitAt(text, end + 1)))) end++;
  // a run with a middle dot between parts of two or more is a name as it stands (阿依努尔·卡德尔翻译)
  const run = text.slice(i, end);
  if (/^(?:.·|[^·]{2,})(?:·[^·]{2,})+$/.test(run) && !run.endsWith('·')) {
    // 买买提·艾力和雇工…: a little word after the name is not part of it
    const trimmed = /·[^·]{3,}$/.test(run) && STOP_CHARS.includes(run.at(-1)!) ? run.slice(0, -1) : run;
    return trimmed;
  }
  // the run may take a little word after it (苏和进入: 和 is a name character here); stop where it ends cleanly
  for (; end - i >= 2; end--) {
    const name = text.slice(i, end);
    const next = text.slice(end, end + 2);
    if (name.endsWith('·') || /·.?$/.test(name) || (!lead && /^.?·/.test(name))) continue;
    const clean =
      PUNCT.test(next) ||
      STOP_CHARS.includes(next[0] ?? '') ||
      PERSON_VERBS_2.some((v) => next.startsWith(v)) ||
      /^[（(]/.test(next) ||
      (g3 && PERSON_COUNTS_3.test(text.slice(end)));
    if (!clean) continue;
    if (commonWord(name) || (name.length <= 3 && dictionaryWord(name) !== undefined)) return null;
    return name;
  }
  return null;
}

/**
 * The longest run of Tibetan or Mongolian name parts at `i` (at most three parts, a closing 措/姆 …)
 * that ends cleanly — at punctuation, a little word, a verb or brackets — and is not a frequent word; or null.
 */
function minorityAt(text: string, i: number): string | null {
  if (!minorityStart(text, i)) return null;
  const ends = minorityEnds(text, i, Math.min(text.length, i + 10));
  for (let len = Math.min(10, text.length - i); len >= 2; len--) {
    if (!ends.has(i + len)) continue;
    const name = text.slice(i, i + len);
    const next = text.slice(i + len, i + len + 2);
    const clean =
      PUNCT.test(next) ||
      STOP_CHARS.includes(next[0] ?? '') ||
      PERSON_VERBS_2.some((v) => next.startsWith(v)) ||
      /^[（(]/.test(next) ||
      PERSON_COUNTS_3.test(text.slice(i + len)) ||
      /^(?:负责|通过|收取|前往|驾驶|未持|出现|此前|曾|也|亦)/.test(next);
    if (!clean || (dictionaryWord(name)?.freq ?? 0) >= 500 || /^[市县区省镇乡旗州盟]/.test(next)) continue;
    return name;
  }
  return null;
}

/** Verbs and little words that end the part of a name after a dot (艾山协助其 → 艾山). */
const AFTER_DOTTED =
  /^(?:协助|证实|陈述|称|承认|驾驶|负责|担任|签字|等|的|在|于|和|与|及|向|为|系|均|也|已|未|正在|曾|经|因|被|将|把|从|对|原)/;

/**
 * Names with a middle dot between Chinese characters: the part before the dot begins after a
 * delimiter or after a title (船厂焊工安德烈·…, 当事人的表弟麦麦提·…), the part after it ends at a
 * delimiter, a bracket or a word that follows names (…·艾山协助其).
 */
function dottedNames(text: string, words: Words): string[] {
  const out: string[] = [];
  // 2026.5: a part after a dot ends before 及/和/与 (艾力·买买提及依明江·艾力 are two names)
  const re = gen6
    ? /(\p{Script=Han}{1,10})·((?:(?![及和与])\p{Script=Han}){1,10})(?:·((?:(?![及和与])\p{Script=Han}){1,8}))?/gu
    : /(\p{Script=Han}{1,10})·(\p{Script=Han}{1,10})(?:·(\p{Script=Han}{1,8}))?/gu;
  for (const m of text.matchAll(re)) {
    const leftRun = m[1]!;
    const leftStart = m.index;
    let k = 0;
    // the left part begins where a title ends, or where a word begins after a delimiter; at most 7 characters
    for (let j = 0; j <= leftRun.length - 1; j++) {
      const before = leftRun.slice(0, j);
      if (
        j === 0
          ? false
          : TITLE_ENDINGS_2.test(before) ||
            TITLE_WORDS.some((w) => before.endsWith(w)) ||
            /(?:的|之|其|和|与|及|为|是|有|包括|对|向|由|请|让|被|将|把|给|经|同|中文名|英文名|姓名|名为)$/.test(before) ||
            // 2026.5: 从X·Y处购进
            (gen6 && /(?:从|自|跟|找|问|叫|据)$/.test(before)) ||
            // 2026.5: 前台阿依古丽·吐尔逊, 主播古丽娜尔·艾买提: a word for a person glued before the name
            (gen6 && j >= 2 && personWordEndsAt(text, leftStart + j)) ||
            // 2026.5 (sixth round): a frequent verb glued before the name (计调X安排古丽娜尔·吐尔洪)
            (gen6 && j >= 2 && leftRun.length - j >= 2 && verbEndsAt12(words, leftStart + j))
      )
        k = j;
    }
    if (leftRun.length - k > 7) k = leftRun.length - 7;
    while (k < leftRun.length - 1 && !words.boundaries.has(leftStart + k) && k > 0) k++;
    const left = leftRun.slice(k);
    let right = m[2]!;
    let tail = m[3] ? `·${m[3]}` : '';
    // the part after the dot ends where a word that follows names begins, or where the recogniser
    // begins an ordinary word of two or more characters (…·吐尔逊全程翻译, …·阿不来提证言)
    const cutAt = (str: string, at: number) => {
      for (let q = 1; q < str.length; q++) {
        const rest = str.slice(q);
        if (AFTER_DOTTED.test(rest) || PERSON_VERBS_2.some((v) => rest.startsWith(v))) return str.slice(0, q);
        // 2026.5: …·托合提处购进
        if (gen6 && /^处(?:购|进|买|收|借|租|取|拿|批发|获|得|领|$)/.test(rest)) return str.slice(0, q);
        const t = words.at(at + q);
        if (q >= 2 && t && t.tag !== 'x' && t.word.length >= 2 && dictionaryWord(t.word) !== undefined && !/^(?:nr|ns|nz)/.test(t.tag))
          return str.slice(0, q);
      }
      return str;
    };
    const rightAt = leftStart + leftRun.length + 1;
    if (tail) tail = `·${cutAt(tail.slice(1), rightAt + right.length + 1)}`;
    else right = cutAt(right, rightAt);
    if (left.length < 1 || right.length < 1) continue;
    if (left.length === 1 && !SINGLE_SURNAMES_2.has(left)) continue;
    out.push(`${left}·${right}${tail}`);
  }
  return out;
}

/** Titles of two or more characters the recogniser may glue to the name after them (站长葛 → 长葛/ns). */
const TWO_CHAR_TITLE =
  /(?:经理|主管|科长|部长|处长|站长|店长|厂长|矿长|队长|院长|校长|所长|主任|组长|班长|医师|药师|护士|导游|领队|司机|会计|出纳|保安|车主|货主|房主|业主|户主|祖母|祖父|母亲|父亲|妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹|表哥|表弟|表姐|表妹|堂兄|堂弟|岳父|岳母|之妻|之夫|之子|之女|顾客|游客|乘客|患者|学生|网管|老板|工头)$/;

/**
 * Does a title, job or kinship word stand right before `i` (or before 为/是/：)? Not a public one
 * (执法人员, the party's 法定代表人). The title must be a word of its own — 建设工程规划 has no 工 before
 * a name — or a title the recogniser glued to the name (站长葛玉峰 → 长葛/ns, 投诉人马秀兰 → 人马/n).
 */
function titleBefore(text: string, words: Words, i: number, party: boolean, g3 = false): boolean {
  const gap = g3
    ? (/(?:应为|即为|实为|均为|分别为)$/.exec(text.slice(Math.max(0, i - 3), i))?.[0].length ??
      /[（(](?:其[父母兄姐弟妹夫妻子女]|[父母])[）)]$/.exec(text.slice(Math.max(0, i - 5), i))?.[0].length ??
      (/(?:为|是|：|:)$/.test(text.slice(i - 1, i)) ? 1 : 0))
    : /(?:为|是|：|:)$/.test(text.slice(i - 1, i))
      ? 1
      : 0;
  // “老板”丁宝山: the title may stand in quotes; 2026.2: or the name may (患者“何秀英”, 个人卖家“韦宝华”)
  const quoted =
    gap === 0 &&
    (/[”"’」]$/.test(text.slice(i - 1, i)) ||
      (g3 && /[“"‘「]$/.test(text.slice(i - 1, i)) && /^[^”"’」\n]{2,4}[”"’」]/.test(text.slice(i))))
      ? 1
      : 0;
  const cut = i - gap - quoted;
  const titleWords = g3 ? TITLE_SET_3 : TITLE_SET;
  const titleEndings = g3 ? TITLE_ENDINGS_3 : TITLE_ENDINGS_2;
  const before = /\p{Script=Han}{1,8}$/u.exec(text.slice(Math.max(0, cut - 8), cut))?.[0] ?? '';
  if (!before) return false;
  // glued: the title's last character and the name's first make one word (人马): only after a title word of its own
  const glued = words.containing(cut - 1);
  const gluedTitle =
    (glued !== undefined &&
      glued.start === cut - 1 &&
      glued.end === cut + 1 &&
      (endsWithTitle(before, titleWords) ||
        // 2026.2: 开料工赖德华 → 工赖/x: a job's last character glued to an unseen name
        (g3 && glued.tag === 'x' && /[工员师手]$/.test(before) && before.length >= 2 && !NOT_TITLES.has(before.slice(-2))) ||
        (g3 && PRIVATE_CONTACT_3.test(before)))) ||
    // 2026.2: 核验员白雅琪 → 员白雅琪/x: the job's last character glued to the whole unseen name
    (g3 &&
      glued !== undefined &&
      glued.start === cut - 1 &&
      glued.tag === 'x' &&
      glued.end > cut + 1 &&
      /[工员师手]$/.test(before) &&
      before.length >= 2);
  const wordOfItsOwn = words.boundaries.has(cut) || TWO_CHAR_TITLE.test(before) || gluedTitle;
  if (!wordOfItsOwn) return false;
  if ((g3 ? PRIVATE_RESPONSIBLE_3 : PRIVATE_RESPONSIBLE).test(before)) return true;
  // 2026.2: another party's 联系人 or 经办人 (发货方联系人) is a natural person
  if (g3 && PRIVATE_CONTACT_3.test(before)) return true;
  if (!titleEndings.test(before) || PUBLIC_TITLES_2.test(before) || (!party && /经营者$/.test(before))) return false;
  // a one-character ending (人, 工, 员 …) is a title only as the end of a title word: 投诉人, 操作工, 加油员 —
  // not 二人冷言, 油罐人孔, 化工区开展
  if (endsWithTitle(before, titleWords)) return true;
  const t = words.containing(cut - 1);
  if (!t || t.end !== cut) return gluedTitle;
  if (titleWords.has(t.word)) return true;
  // 开料/工, 清淤/工: a job character standing alone after the word for the work (2026.2: 购药/人 too)
  if (t.word.length === 1 && (g3 ? /[工员师手人]/ : /[工员师手]/).test(t.word)) {
    const prev = words.containing(t.start - 1);
    return (
      prev !== undefined &&
      prev.end === t.start &&
      isHan(prev.word[0]) &&
      !NOT_TITLES.has(prev.word + t.word) &&
      !/^[mqr]/.test(prev.tag) &&
      // 人 only after the word for what the person does (购药/人, 送货/人), not after a thing (油罐/人孔)
      (t.word !== '人' || /^(?:v|vn|x)$/.test(prev.tag))
    );
  }
  // 2026.2: 搬运工/v, 装卸工/v: a job of three characters the recogniser tags as a verb
  if (g3 && t.word.length >= 3 && /[工员]$/.test(t.word) && !NOT_TITLES.has(t.word.slice(-2))) return true;
  if (NOT_TITLES.has(t.word) || t.tag.startsWith('v')) return false;
  return (t.word.length >= 2 && /[员师者工手]$/.test(t.word)) || (t.word.length >= 3 && /[人户主客]$/.test(t.word));
}

/** Words ending like a title that are no title (化工区, 加工厂 …). */
const NOT_TITLES: ReadonlySet<string> = new Set([
  '化工',
  '加工',
  '施工',
  '分工',
  '开工',
  '用工',
  '务工',
  '竣工',
  '停工',
  '复工',
  '手工',
  '人工',
  '动工',
  '完工',
  '做工',
  '招工',
  '童工',
  '打工',
  '工人',
]);

const LATIN_NAME = /(?<![A-Za-z0-9])[A-Z][A-Za-zÀ-ÿ'’-]*(?:[ ·][A-Z][A-Za-zÀ-ÿ'’-]*){1,3}(?![A-Za-z0-9])/g;
const FOREIGN_CUE = /^[（(][^（）()\n]{0,14}?(?:籍|护照|男|女|国人|留学生)/;

/**
 * Names in Latin letters: two to four capitalised words, when a title stands before them (外国籍消费者,
 * 住户, 同行人), they sit beside a name in a list or in brackets after one (陈家乐（CHAN KA LOK）), or
 * brackets after them say 国籍/护照/男/女. The Chinese form in brackets beside such a name is a name too
 * (Tanaka Yuki（田中由纪，日本籍…）, 佐藤健一（SATO KENICHI，护照…）).
 */
function latinNames(text: string, words: Words, sure: ReadonlySet<string>, party: boolean, g3 = false): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    const name = m[0];
    const start = m.index;
    const end = start + name.length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 16);
    const inBracketsAfterName = /[（(]$/.test(before) && [...sure].some((n) => before.slice(0, -1).endsWith(n));
    const listed = /[、，和及与]$/.test(before) && [...sure].some((n) => before.slice(0, -1).endsWith(n));
    const cue =
      FOREIGN_CUE.test(after) ||
      titleBefore(text, words, start, party, g3) ||
      /(?:包括|外籍|英文名|姓名)[：:]?$/.test(before) ||
      inBracketsAfterName ||
      listed ||
      (/^[、和及与]/.test(after) &&
        /^[、和及与]([^、，。]{2,4})/.test(after) &&
        sure.has(/^[、和及与]([^、，。；（(]{2,4})/.exec(after)![1]!));
    if (!cue) continue;
    out.push(name);
    // Tanaka Yuki（田中由纪，日本籍）: the Chinese name in the brackets after it
    // 2026.2: （中文名莫让，…）: the label is not part of the name
    const han = g3
      ? /^[（(](?:中文名|中文姓名|汉名)?[：:为]?(\p{Script=Han}{2,5})[，,、）)]/u.exec(after)
      : /^[（(](\p{Script=Han}{2,5})[，,、）)]/u.exec(after);
    if (han && !(g3 ? /籍|护照|男|女|族|中文名|中文姓名/ : /籍|护照|男|女|族/).test(han[1]!)) out.push(han[1]!);
    // 佐藤健一（SATO KENICHI…）: the Chinese name before the brackets it stands in
    const prev = /(\p{Script=Han}{2,5})[（(]$/u.exec(before);
    if (prev && /[（(]$/.test(before)) {
      const at = start - 1 - prev[1]!.length;
      for (let k = 0; k <= prev[1]!.length - 2; k++) {
        if (words.boundaries.has(at + k) && titleBefore(text, words, at + k, party, g3)) {
          out.push(prev[1]!.slice(k));
          break;
        }
      }
    }
  }
  return out;
}

/** 阿力木江·艾买提 → 阿某·艾某, 额尔敦巴特尔 → 额某某: a name without a Chinese surname keeps its first character. */
function maskLoose(name: string): string {
  return name.includes('·')
    ? name
        .split('·')
        .map((p) => `${p[0]}某`)
        .join('·')
    : `${name[0]}某某`;
}

/**
 * 2026.5: a name in Latin (also with letters such as ş, ı), Cyrillic or Hangul letters, of one word too (Coco,
 * Natasha, Dr. Kim, Сергей Петров, 김순희), where a person stands for sure: right after a word for a person
 * (also in quotes: 美容师“Coco”), in a list after one (乘客山本美咲、陈佳怡、Michael O'Brien), before brackets
 * with an age, a nationality or a Chinese name (Tenzin Norbu（14岁）, Aliya（中文名…）), or in quotes after
 * 名字/姓名. A word of capitals only (KTV, APP) is no name here.
 */
const FOREIGN_NAME_6 =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{N}])(?:(?:Dr|Mr|Mrs|Ms|Miss)\. )?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}['’]\p{Lu}[\p{Ll}]+)(?: (?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}['’]\p{Lu}\p{Ll}+)){0,3}(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{N}])|(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{N}])\p{Script=Hangul}{2,4}(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{N}])/gu;
const FOREIGN_AFTER_6 =
  /^[”"’」]?[（(](?:[^（）()\n]{0,14}?(?:籍|护照|国人|留学生)|\d{1,3}岁|[男女][，,）)]|中文名|中文姓名|汉名|真实姓名|真名|即)/;
function foreignNames6(text: string, words: Words, party: boolean): string[] {
  const out: string[] = [];
  if (!/[A-Za-z\u0400-\u04ff\uac00-\ud7af]/.test(text)) return out;
  for (const m of text.matchAll(FOREIGN_NAME_6)) {
    const name = m[0];
    const start = m.index;
    const end = start + name.length;
    if (!/\p{Script=Han}/u.test(text.slice(Math.max(0, start - 3), start) + text.slice(end, end + 3))) continue; // an English sentence
    const before = text.slice(Math.max(0, start - 40), start);
    const bare = before.replace(/[“"‘「]$/, '');
    const quoted = bare.length < before.length;
    if (quoted && !/^[”"’」]/.test(text.slice(end))) continue;
    const list = /(?:[^、，,。；;：:\n（）()“”]{1,20}、){1,8}$/.exec(before);
    const cue =
      personWordBefore(bare) ||
      titleBefore(text, words, start - (before.length - bare.length), party, true) ||
      FOREIGN_AFTER_6.test(text.slice(end, end + 20)) ||
      /(?:名字|姓名|名为|叫|英文名|外文名|韩文名|朝鲜文名字?|俄文名)[：:为是]?$/.test(bare) ||
      (list !== null && listAfterPersonWord(text, start - list[0].length, list[0].split('、')[0]!));
    if (!cue) continue;
    out.push(name);
  }
  return out;
}

/** 乘客山本美咲、陈佳怡、…: the list's first item begins with, or follows, a word for a person. */
function listAfterPersonWord(text: string, itemStart: number, first: string): boolean {
  for (let k = 0; k <= Math.min(6, first.length - 1); k++) {
    if (personWordEndsAt(text, itemStart + k)) return true;
  }
  return false;
}

/** Michael BROWN → M****** B****: the first letter of each word stays. */
function maskLatin(name: string): string {
  return name.replace(/[A-Za-zÀ-ÿ'’]+/g, (w) => w[0] + '*'.repeat(w.length - 1));
}

/** Titles of two or more characters, whole: 投诉人, 机械手, 加油员 (a title word, not 从事客 before 客房). */
const TITLE_WORDS: readonly string[] = [...PROTECTED_ROLES, ...TITLE_LIST_2].filter((w) => w.length >= 2);
const TITLE_WORDS_3: readonly string[] = [...PROTECTED_ROLES, ...TITLE_LIST_3].filter((w) => w.length >= 2);
/** The same as sets, for nameAt and titleBefore (asked at thousands of positions a text: a lookup, not a scan of the list). */
const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS);
const TITLE_SET_3: ReadonlySet<string> = new Set(TITLE_WORDS_3);
const TITLE_MAX = Math.max(...[...TITLE_WORDS, ...TITLE_WORDS_3].map((w) => w.length));

/** Does `s` end with a title word of `set`? (`list.some((w) => s.endsWith(w))`, by looking up each ending of `s`.) */
function endsWithTitle(s: string, set: ReadonlySet<string>): boolean {
  for (let k = 2; k <= Math.min(TITLE_MAX, s.length); k++) if (set.has(s.slice(s.length - k))) return true;
  return false;
}

/** 龙小波和石慧: at i a conjunction that is also a surname, after a name and before one: not a name's start. */
function joinsNames(text: string, words: Words, i: number, g3 = false): boolean {
  return '和与及同跟向对由但'.includes(text[i] ?? '') && isHanAt(text, i - 1) && nameAt(text, words, i + 1, false, false, g3) !== null;
}

/** The quoted text ending just before the quote that opens at i - 1 (“陈美玲”“苏志明” → 陈美玲). */
function quotedBefore(text: string, i: number): string {
  return /[“"‘「]([^“”"‘’「」]{2,4})[”"’」][、，]?[“"‘「]$/.exec(text.slice(Math.max(0, i - 10), i))?.[1] ?? '';
}

/** A name followed by the rest of a 字号 (桂芬小吃店, 金亮货运部) is part of an organisation's name. */
function inOrgName(text: string, end: number): boolean {
  return /^[\p{Script=Han}]{0,4}?(?:小吃店|饭店|商店|便利店|专卖店|副食店|美发店|理发店|药店|五金店|水果店|烟酒店|超市|商行|门市部|经营部|货运部|服务部|加工厂|有限公司|公司|中心|诊所|工作室|门诊部|药房|宾馆|酒店|网吧|餐馆|餐厅|酒楼|旅馆|民宿)(?:[（(，,。、\s]|$)/u.test(
    text.slice(end, end + 12),
  );
}

function occurrences(text: string, s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length });
  return out;
}

const inside = (spans: readonly { start: number; end: number }[], i: number) => spans.some((sp) => sp.start <= i && i < sp.end);

const ORDINALS = '甲乙丙丁戊己庚辛壬癸';

/**
 * Masks for the names hidden in one text: 张某某 as before, but when two different names would
 * mask alike they are told apart as the 裁判文书 rules do: 王某甲, 王某乙 in order of first appearance.
 */
function numberedMasks(text: string, names: readonly string[], g3 = false): Map<string, string> {
  const byMask = new Map<string, string[]>();
  const order = [...names].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  for (const n of order) {
    const m = /[A-Za-z]/.test(n)
      ? gen6
        ? n.replace(/[\p{L}'’]+/gu, (w) => w[0] + '*'.repeat(w.length - 1))
        : maskLatin(n)
      : gen6 && /[\u0400-\u04ff\uac00-\ud7af]/.test(n)
        ? n.replace(/[\p{L}'’]+/gu, (w) => w[0] + '*'.repeat(w.length - 1))
        : surnameAt2(n, 0, g3) && !n.includes('·') && !(g3 && minorityParts(n) > 0)
          ? g3
            ? n.slice(0, surnameAt2(n, 0, true)) + '某'.repeat(n.length - surnameAt2(n, 0, true))
            : maskName(n)
          : // 2026.5: a nickname of two characters keeps its first (小燕 → 小某, 老周 → 老某)
            gen6 && n.length === 2
            ? `${n[0]}某`
            : maskLoose(n);
    byMask.set(m, [...(byMask.get(m) ?? []), n]);
  }
  const out = new Map<string, string>();
  for (const [mask, group] of byMask) {
    if (group.length === 1) out.set(group[0]!, mask);
    else
      group.forEach((n, k) =>
        out.set(n, `${n.slice(0, g3 ? surnameAt2(n, 0, true) || 1 : surnameLength(n))}某${ORDINALS[k] ?? String(k + 1)}`),
      );
  }
  return out;
}
