import { isIdNumber15, isIdNumber18, luhnValid } from './checks.ts';
import { personsBracket } from './detect-names-10.ts';
import { inOrgPartyBlock } from './party-block.ts';
import { certificateReaches } from './protected.ts';
import { BANK_NAME_GAP, IM_LABELS_2, PERSONAL_PHONE_WORDS, PLATE_PROVINCES as PROVINCES } from './lexicon-labels.ts';
import {
  maskDigits,
  maskDigits2,
  maskEmail,
  maskFixedPhone,
  maskFixedPhone2,
  maskPlate,
  maskPropertyNumber,
  maskTravelDocument,
} from './masks.ts';
import {
  afterRemedies,
  closingStart,
  clauseStart,
  CONTACT_LINE,
  cuesFor,
  signatureLinesStart,
  digitsOf,
  digitsOf2,
  halfWidth,
  type CueKind,
} from './scan.ts';
import type { Candidate, DetectEnv } from './detect.ts';

/**
 * Rules over numbers: 身份证号码, 手机号码, 固定电话, 银行卡号, 银行账号, and the 车牌, 邮箱 and
 * 不动产权证书号 patterns. A number is judged by its checksum and by the nearest label before
 * it in its clause: after 执法证号 or an official's name it is a public certificate number, never
 * a phone number; the agency's own phone numbers and accounts for fines are public.
 */

const NUMBER_LABELS: readonly CueKind[] = ['certificate', 'official', 'phone', 'id', 'account', 'neutral', 'person', 'party'];
const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z０-９])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z０-９])';
const D = '[0-9０-９]';

function labelOf(env: DetectEnv, pos: number) {
  return cuesFor(env).nearest(pos, NUMBER_LABELS, clauseStart(env.text, pos));
}

function reaches(env: DetectEnv, label: { end: number; kind: CueKind }, start: number): boolean {
  if (env.gen < 2) return true;
  return certificateReaches(env.text, label, start);
}

/** Why a number that a rule matched stays, or null: certificate, known official, neutral label. */
function whyPublic(env: DetectEnv, start: number, digits: string, allowNeutral: boolean): string | null {
  if (env.certificates.has(digits)) return '本案执法人员的执法证号（公开）';
  const label = labelOf(env, start);
  if ((label?.kind === 'certificate' || label?.kind === 'official') && reaches(env, label, start))
    return env.gen >= 2 ? `「${label.word}」后的编号（公开：执法人员信息）` : `「${label.word}」后的执法证号（公开）`;
  if (allowNeutral && label?.kind === 'neutral') return `「${label.word}」后的编号，不是个人信息`;
  // 2026.5: the list after 执法队员/巡查队员 (执法队员赵一鸣 13060220114、齐雪 13060220129) is the officials' too
  if (env.gen >= 6) {
    const from = clauseStart(env.text, start);
    let lead: RegExpExecArray | null = null;
    for (const m of env.text.slice(from, start).matchAll(/(?:执法队员|巡查队员|稽查队员)[：:为是]?/g)) lead = m;
    if (lead && certificateReaches(env.text, { end: from + lead.index + lead[0].length, kind: 'official' }, start))
      return `「${lead[0].replace(/[：:为是]$/, '')}」后的编号（公开：执法人员信息）`;
  }
  return null;
}

const ID18 = new RegExp(`${NOT_ALNUM_BEFORE}${D}{17}[0-9０-９Xx]${NOT_ALNUM_AFTER}`, 'g');
const ID15 = new RegExp(`${NOT_ALNUM_BEFORE}${D}{15}${NOT_ALNUM_AFTER}`, 'g');

export function idNumbers(env: DetectEnv, keepStart: number, keepEnd: number, legacy15: boolean): Candidate[] {
  if (env.gen >= 2) return idNumbers2(env, keepStart, keepEnd, legacy15);
  const out: Candidate[] = [];
  const take = (start: number, s: string) => {
    const why = whyPublic(env, start, digitsOf(s), false);
    if (why) env.keep({ start, end: start + s.length, rule: 'id-number', why });
    else out.push({ start, end: start + s.length, rule: 'id-number', replacement: maskDigits(s, keepStart, keepEnd) });
  };
  for (const m of env.text.matchAll(ID18)) {
    const label = labelOf(env, m.index);
    // a checksum-valid number is an ID wherever it stands (not after 统一社会信用代码); one with a
    // wrong checksum is hidden too when its label says it is an ID (a typo does not make it public)
    if (label?.word.includes('信用代码')) continue;
    if (isIdNumber18(digitsOf(m[0])) || label?.kind === 'id') take(m.index, m[0]);
  }
  if (legacy15) {
    for (const m of env.text.matchAll(ID15)) {
      if (labelOf(env, m.index)?.kind === 'id' && isIdNumber15(digitsOf(m[0]))) take(m.index, m[0]);
    }
  }
  return out;
}

/**
 * Generation 2: 18 characters also in full-width digits with a full-width Ｘ, in groups of 6-8-4
 * (361002 19951123 0614), and inside another number: T + the ID number (特种作业操作证号) hides
 * the ID part only. Every other place the same ID stands (any shape) is hidden too.
 */
const ID18_2 =
  /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])([A-ZＡ-Ｚ]{1,2})?([0-9０-９]{6}[ 　\-－]?(?:[0-9０-９]{8}|[0-9０-９]{4}[ 　\-－][0-9０-９]{4})[ 　\-－]?[0-9０-９]{3}[0-9０-９XxＸｘ]|[0-9０-９]{4}(?:[ 　][0-9０-９]{4}){3}[ 　][0-9０-９][0-9０-９XxＸｘ])(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/g;

const ID18_SPACED_CHECK = /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[0-9０-９]{17}[ 　][0-9０-９XxＸｘ](?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/g;
/**
 * 2026.5 (seventh round): 18 characters in any grouping by single spaces or hyphens (140211 199303 182481); (tenth
 * round) the check character may stand alone as the last group (130602 199007 08462 9).
 */
const ID18_GROUPED_7 =
  /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[0-9０-９]{2,}(?:[ 　\-－][0-9０-９]{2,}){1,5}[0-9０-９]*[XxＸｘ]?(?:[ 　\-－][0-9０-９XxＸｘ])?(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/g;

function idNumbers2(env: DetectEnv, keepStart: number, keepEnd: number, legacy15: boolean): Candidate[] {
  const out: Candidate[] = [];
  const take = (start: number, s: string) => {
    const why = whyPublic(env, start, digitsOf2(s), false);
    if (why) env.keep({ start, end: start + s.length, rule: 'id-number', why });
    else out.push({ start, end: start + s.length, rule: 'id-number', replacement: maskDigits2(s, keepStart, keepEnd) });
  };
  for (const m of env.text.matchAll(ID18_2)) {
    const prefix = m[1] ?? '';
    const start = m.index + prefix.length;
    const label = labelOf(env, start);
    if (label?.word.includes('信用代码')) continue;
    const valid = isIdNumber18(digitsOf2(m[2]!));
    // inside another number only with a valid check character: T32028119880913571X
    if (valid || (!prefix && label?.kind === 'id')) take(start, m[2]!);
  }
  // 2026.5: the check character set apart by a space (45088119651010583 4), with a valid check character
  if (env.gen >= 6)
    for (const m of env.text.matchAll(ID18_SPACED_CHECK)) {
      if (out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue;
      if (isIdNumber18(digitsOf2(m[0])) && !labelOf(env, m.index)?.word.includes('信用代码')) take(m.index, m[0]);
    }
  // 2026.5 (seventh round): any other grouping of the 18 characters, when the check character verifies
  if (env.gen >= 6 && /[0-9０-９]{2}[ 　\-－][0-9０-９]{2}/.test(env.text))
    for (const m of env.text.matchAll(ID18_GROUPED_7)) {
      if (out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue;
      const d = digitsOf2(m[0]);
      if (d.length === 18 && isIdNumber18(d) && !labelOf(env, m.index)?.word.includes('信用代码')) take(m.index, m[0]);
    }
  if (legacy15) {
    for (const m of env.text.matchAll(ID15)) {
      if (labelOf(env, m.index)?.kind === 'id' && isIdNumber15(digitsOf(m[0]))) take(m.index, m[0]);
    }
  }
  return recur(env, out, (s) => maskDigits2(s, keepStart, keepEnd), 15, true);
}

/**
 * Generation 2 (R-PUB-4): a number hidden once is hidden wherever the same digits stand again, in
 * any shape (full-width, spaced, with a letter before it), unless that place is a known official's
 * certificate or the agency's own number.
 */
const ANY_NUMBER = /(?<![0-9０-９])[0-9０-９](?:[0-9０-９]|[ 　\-－](?=[0-9０-９])){4,30}[0-9０-９XxＸｘ](?![0-9０-９])/g;

function recur(env: DetectEnv, out: Candidate[], mask: (s: string) => string, min = 7, afterLetter = false): Candidate[] {
  if (!out.length) return out;
  const hidden = new Map<string, Candidate>();
  for (const c of out) hidden.set(digitsOf2(env.text.slice(c.start, c.end)), c);
  const more: Candidate[] = [];
  for (const m of env.text.matchAll(ANY_NUMBER)) {
    const end = m.index + m[0].length;
    const d = digitsOf2(m[0]);
    if (d.length < min || !hidden.has(d)) continue;
    // after a letter the digits are another code (G87654321), except for an ID inside a certificate number
    if (!afterLetter && /[A-Za-zＡ-Ｚａ-ｚ]/.test(env.text[m.index - 1] ?? '')) continue;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    if (env.certificates.has(d) || env.publicNumbers.has(d) || env.publicAccounts.has(d)) continue;
    const label = labelOf(env, m.index);
    if ((label?.kind === 'certificate' || label?.kind === 'official') && reaches(env, label, m.index)) continue;
    more.push({ start: m.index, end, rule: hidden.get(d)!.rule, replacement: mask(m[0]) });
  }
  return more.length ? [...out, ...more].sort((a, b) => a.start - b.start) : out;
}

const MOBILE = new RegExp(`(?<![0-9A-Za-z０-９+＋])(?:[+＋]86[\\s-]?)?1[3-9]${D}(?:[\\s\\-－]?${D}{4}){2}${NOT_ALNUM_AFTER}`, 'g');

/** Generation 2: also in full-width digits (１８６５１０２７３４９) and in 3-4-4 groups split by one or two spaces. */
const MOBILE_2 = new RegExp(
  `(?<![0-9A-Za-z０-９+＋])(?:[+＋][8８][6６][\\s\\-－]?)?[1１][3-9３-９]${D}(?:[\\s\\-－]{0,2}${D}{4}){2}${NOT_ALNUM_AFTER}`,
  'g',
);

export function mobilePhones(env: DetectEnv, keepStart: number, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(env.gen >= 2 ? MOBILE_2 : MOBILE)) {
    const s = m[0];
    const cc = /^[+＋][8８][6６]/.test(s) ? 2 : 0;
    const digits = (env.gen >= 2 ? digitsOf2(s) : digitsOf(s)).slice(cc);
    if (digits.length !== 11) continue;
    const end = m.index + s.length;
    // a mobile is a person's device: public only when the case context lists it as the agency's
    const why =
      whyPublic(env, m.index, digits, true) ??
      (env.publicNumbers.has(digits) ? '执法机关的公开电话' : null) ??
      (env.gen >= 3 && dutyMobile(env, m.index) ? '执法机关落款处的值班手机（公开）' : null);
    if (why) env.keep({ start: m.index, end, rule: 'mobile-phone', why });
    else out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(s, keepStart, keepEnd, cc) });
  }
  if (env.gen >= 2) {
    for (const m of env.text.matchAll(env.gen >= 6 ? MOBILE_GROUPED_6 : MOBILE_GROUPED)) {
      const end = m.index + m[0].length;
      if ((m[0].match(/[ 　\-－]/g) ?? []).length > 3 || out.some((c) => c.start < end && m.index < c.end)) continue;
      const digits = digitsOf2(m[0]);
      const why =
        whyPublic(env, m.index, digits, true) ??
        (env.publicNumbers.has(digits) ? '执法机关的公开电话' : null) ??
        (env.gen >= 3 && dutyMobile(env, m.index) ? '执法机关落款处的值班手机（公开）' : null);
      if (why) env.keep({ start: m.index, end, rule: 'mobile-phone', why });
      else out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(m[0], keepStart, keepEnd) });
    }
    // 2026.5: a mobile written digit by digit with a space between (1 3 9 4 7 6 1 2 0 5 8)
    if (env.gen >= 6)
      for (const m of env.text.matchAll(/(?<![0-9０-９][ 　]?)1[ 　][3-9](?:[ 　][0-9]){9}(?![ 　]?[0-9０-９])/g)) {
        const end = m.index + m[0].length;
        if (out.some((c) => c.start < end && m.index < c.end)) continue;
        const digits = digitsOf2(m[0]);
        const why =
          whyPublic(env, m.index, digits, true) ??
          (env.publicNumbers.has(digits) ? '执法机关的公开电话' : null) ??
          (dutyMobile(env, m.index) ? '执法机关落款处的值班手机（公开）' : null);
        if (why) env.keep({ start: m.index, end, rule: 'mobile-phone', why });
        else out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(m[0], keepStart, keepEnd) });
      }
    // 2026.5: a mainland mobile with its country code before groups of any size (+86 13504 316 728)
    if (env.gen >= 6)
      for (const m of env.text.matchAll(MOBILE_INTL_6)) {
        const end = m.index + m[0].length;
        if ((m[0].slice(3).match(/[ 　\-－]/g) ?? []).length > 4) continue;
        // (the number without its code in brackets, read above — (+86)150 2345 8817 — is this one: the code joins it)
        const inner = out.findIndex((c) => c.start > m.index && c.end === end && /^[（(]/.test(m[0]));
        if (inner >= 0) out.splice(inner, 1);
        if (out.some((c) => c.start < end && m.index < c.end)) continue;
        const digits = digitsOf2(m[0]).slice(2);
        const why =
          whyPublic(env, m.index, digits, true) ??
          (env.publicNumbers.has(digits) ? '执法机关的公开电话' : null) ??
          (dutyMobile(env, m.index) ? '执法机关落款处的值班手机（公开）' : null);
        if (why) env.keep({ start: m.index, end, rule: 'mobile-phone', why });
        else out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(m[0], keepStart, keepEnd, 2) });
      }
    // 香港/澳门 (+852/+853, 8 digits) and 台湾 (+886 9…) mobiles: the code and the last 4 stay
    for (const m of env.text.matchAll(MOBILE_HK_TW)) {
      const end = m.index + m[0].length;
      if (out.some((c) => c.start < end && m.index < c.end)) continue;
      out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(m[0], 0, keepEnd, 3) });
    }
    // 2026.5 (eleventh round): a mobile read without the country code in brackets right before it ((+86)186 0821 7734
    // followed by another number) takes the code
    if (env.gen >= 6)
      for (const c of out) {
        const code = /[（(][+＋]86[）)][ 　]?$/.exec(env.text.slice(Math.max(0, c.start - 7), c.start));
        if (!code) continue;
        c.start -= code[0].length;
        c.replacement = maskDigits(env.text.slice(c.start, c.end), keepStart, keepEnd, 2);
      }
    return recur(env, out, (s) => maskDigits(s, keepStart, keepEnd), 11);
  }
  return out;
}

/** Generation 3: the agency's duty mobile in the lines under its signature (值班手机：139…). */
function dutyMobile(env: DetectEnv, pos: number): boolean {
  if (pos < (env.gen >= 6 ? signatureLinesStart(env.text) : closingStart(env.text))) return false;
  const line = env.text.slice(env.text.lastIndexOf('\n', pos - 1) + 1, pos);
  return (
    /(?:值班手机|值班电话|值班号码|投诉值班手机|24小时值班)[：:]?[ \t　]*$/.test(line) ||
    (/[、，,][ \t　]*$/.test(line) && /(?:值班电话|值班手机)[：:]/.test(line))
  );
}

/** Generation 2: 11 digits in any grouping of up to three spaces (13926 041 735). */
const MOBILE_GROUPED = /(?<![0-9０-９][ 　]?)1[3-9](?:[ 　]?[0-9]){9}(?![ 　]?[0-9０-９])/g;
/** 2026.5: also in any groups split by hyphens (18758-302-469), at most three of them. */
/** 2026.5: +86 and a mobile in any grouping (+86 13504 316 728). */
const MOBILE_INTL_6 = /(?:[（(][+＋]86[）)]|[+＋](?<![0-9A-Za-z][+＋])86)[ 　\-－]?1[3-9](?:[ 　\-－]?[0-9]){9}(?![ 　\-－]?[0-9０-９])/g;
const MOBILE_GROUPED_6 = /(?<![0-9０-９][ 　\-－]?)1[3-9](?:[ 　\-－]?[0-9]){9}(?![ 　\-－]?[0-9０-９])/g;

const MOBILE_HK_TW = /(?<![0-9A-Za-z])[+＋](?:85[23][\s-]?[5-9]\d{3}[\s-]?\d{4}|886[\s-]?9\d{2}[\s-]?\d{3}[\s-]?\d{3})(?![0-9A-Za-z])/g;

const FIXED = new RegExp(
  `${NOT_ALNUM_BEFORE}(?:[（(]0${D}{2,3}[）)][\\s-]?|0${D}{2,3}[\\s\\-－—–]?)[2-9]${D}{6,7}(?:[-－转]${D}{1,5})?${NOT_ALNUM_AFTER}`,
  'g',
);
const LOCAL = new RegExp(`${NOT_ALNUM_BEFORE}[2-9]${D}{6,7}${NOT_ALNUM_AFTER}`, 'g');
/** Generation 2: also in full-width digits (０３７１－６５４３２１９８). */
const FIXED_2 = new RegExp(
  `(?<![0-9０-９][ 　])${NOT_ALNUM_BEFORE}(?:[（(][0０]${D}{2,3}[）)][\\s\\-－]?|[0０]${D}{2,3}[\\s\\-－—–]?)[2-9２-９](?:${D}{6,7}|${D}{2,3} ${D}{4}(?![ 　][0-9０-９]))(?:[-－转]${D}{1,5})?${NOT_ALNUM_AFTER}`,
  'g',
);
const FIXED_6 = new RegExp(FIXED_2.source.replace('(?<![0-9０-９][ 　])', '(?<=[0-9０-９][ 　])'), 'g');
/** A mobile number (spaced or dashed too) and one space, just before. */
const MOBILE_BEFORE_6 = /(?<![0-9])1[3-9][0-9](?:[ \-]?[0-9]){8}[ 　]$/;
const LOCAL_2 = new RegExp(`${NOT_ALNUM_BEFORE}[2-9２-９]${D}{6,7}${NOT_ALNUM_AFTER}`, 'g');

export function fixedPhones(env: DetectEnv): Candidate[] {
  if (env.gen >= 2) return fixedPhones2(env);
  const out: Candidate[] = [];
  const judge = (start: number, s: string) => {
    const digits = digitsOf(s);
    // a fixed line alone on its own line takes the owner before it: the agency's contact line at the end
    const owner = env.cues.owner(start, true);
    const why =
      whyPublic(env, start, digits, true) ??
      ([...env.publicNumbers].some((p) => p.endsWith(digits) || digits.endsWith(p)) || owner === 'public' || owner === 'official'
        ? '执法机关的公开电话'
        : owner === 'org'
          ? '单位的电话（不是自然人的个人信息）'
          : null);
    if (why) env.keep({ start, end: start + s.length, rule: 'fixed-phone', why });
    else out.push({ start, end: start + s.length, rule: 'fixed-phone', replacement: maskFixedPhone(s) });
  };
  for (const m of env.text.matchAll(FIXED)) judge(m.index, m[0]);
  // a local number without area code only after a phone label (电话：6512345)
  for (const m of env.text.matchAll(LOCAL)) {
    if (out.some((c) => c.start <= m.index && c.end >= m.index + m[0].length)) continue;
    if (labelOf(env, m.index)?.kind === 'phone' && m.index - (labelOf(env, m.index)?.end ?? 0) <= 3) judge(m.index, m[0]);
  }
  return out;
}

/**
 * Generation 2: a fixed line after 住宅电话, 家庭电话 … is a person's whoever is spoken of around it;
 * the lines under the agency's signature (地址：…　电话：…) are the agency's and public.
 */
function fixedPhones2(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  // 2026.5: from the line after the agency's name, when lines stand between it and the date
  const closing = env.gen >= 6 ? signatureLinesStart(env.text) : closingStart(env.text);
  const judge = (start: number, s: string) => {
    const digits = digitsOf2(s);
    const label = labelOf(env, start);
    const personal = label?.kind === 'phone' && PERSONAL_PHONE_WORDS.test(label.word);
    const owner = cuesFor(env).owner(start, true);
    const why =
      whyPublic(env, start, digits, !personal) ??
      ([...env.publicNumbers].some((p) => p.endsWith(digits) || digits.endsWith(p))
        ? '执法机关的公开电话'
        : personal
          ? null
          : (start >= closing || (env.gen >= 6 && contactLine(env, start))) && !personLine(env, start)
            ? '执法机关落款处的电话（公开）'
            : inOrgPartyBlock(env, start)
              ? '当事人单位的电话（公开：登记信息）'
              : owner === 'public' || owner === 'official'
                ? '执法机关的公开电话'
                : owner === 'org'
                  ? '单位的电话（不是自然人的个人信息）'
                  : null);
    if (why) env.keep({ start, end: start + s.length, rule: 'fixed-phone', why });
    else out.push({ start, end: start + s.length, rule: 'fixed-phone', replacement: maskFixedPhone2(s) });
  };
  for (const m of env.text.matchAll(FIXED_2)) judge(m.index, m[0]);
  // 2026.5: a fixed line right after another one found, a space between (0310-7221234 0310-7221235): the
  // lookbehind above keeps spaced digit runs whole, but a line found is no part of a run
  if (env.gen >= 6)
    for (const m of env.text.matchAll(FIXED_6)) {
      // (fifth round: or right after a mobile number on the same line, 联系电话：138 … 0951-…)
      const afterMobile = MOBILE_BEFORE_6.test(env.text.slice(Math.max(0, m.index - 16), m.index));
      // (and, so that a published text redacted again keeps its characters, right after a vehicle plate: 冀D12345 0310-…)
      const afterPlate = PLATE_BEFORE_6.test(env.text.slice(Math.max(0, m.index - 12), m.index));
      if (
        !(afterMobile || afterPlate || out.some((c) => c.end === m.index - 1)) ||
        out.some((c) => c.start < m.index + m[0].length && m.index < c.end)
      )
        continue;
      judge(m.index, m[0]);
    }
  for (const m of env.text.matchAll(LOCAL_2)) {
    if (out.some((c) => c.start <= m.index && c.end >= m.index + m[0].length)) continue;
    const label = labelOf(env, m.index);
    // 号码 after 台胞证, 通行证, 护照 … is a document's number, not a phone's
    if (label?.word === '号码' && /(?:证|照|证件|卡|码)$/.test(env.text.slice(Math.max(0, label.start - 3), label.start))) continue;
    if (label?.kind === 'phone' && m.index - label.end <= 3) judge(m.index, m[0]);
  }
  return recur(env, out, maskFixedPhone2);
}

/** Digits in groups with single spaces or dashes: 6222 0204 0200 1234 564. */
const DIGIT_RUN = new RegExp(`${NOT_ALNUM_BEFORE}${D}(?:${D}|[ \\-](?=${D})){6,34}${D}${NOT_ALNUM_AFTER}`, 'g');

function accountWhy(env: DetectEnv, start: number, digits: string): string | null {
  if ([...env.publicAccounts].some((a) => a === digits)) return '执法机关的收款账户（公开）';
  return whyPublic(env, start, digits, true) ?? (env.cues.owner(start) === 'finance' ? '罚没款缴款账户（公开）' : null);
}

/** Generation 2: a run followed by a letter (…008Ｘ, a full-width ID number) is not a card. */
const DIGIT_RUN_2 = new RegExp(`(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])${D}(?:${D}|[ \\-](?=${D})){6,34}${D}(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])`, 'g');

export function bankCards(env: DetectEnv, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(env.gen >= 2 ? DIGIT_RUN_2 : DIGIT_RUN)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 16 || digits.length > 19 || !/^[3-6]/.test(digits) || !luhnValid(digits)) continue;
    // an 18-digit ID number that happens to pass Luhn is the ID rule's
    if (env.gen >= 2 && digits.length === 18 && isIdNumber18(digits) && !/^[3-6]\d{3}[ -]\d{4}/.test(m[0])) continue;
    const end = m.index + m[0].length;
    const why = accountWhy(env, m.index, digits);
    if (why) env.keep({ start: m.index, end, rule: 'bank-card', why });
    else out.push({ start: m.index, end, rule: 'bank-card', replacement: maskDigits(m[0], 0, keepEnd) });
  }
  return env.gen >= 2 ? recur(env, out, (s) => maskDigits(s, 0, keepEnd)) : out;
}

/** An account number without a Luhn digit: only right after an account label (账号：…). */
export function bankAccounts(env: DetectEnv, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(env.gen >= 2 ? DIGIT_RUN_2 : DIGIT_RUN)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 8 || digits.length > 30) continue;
    const label = labelOf(env, m.index);
    // generation 2: the bank's name may stand between (账号：中国农业银行××支行 6228…)
    const near =
      label?.kind === 'account' && (m.index - label.end <= 12 || (env.gen >= 2 && BANK_NAME_GAP.test(env.text.slice(label.end, m.index))));
    if (!near) continue;
    const end = m.index + m[0].length;
    const why = accountWhy(env, m.index, digits);
    if (why) env.keep({ start: m.index, end, rule: 'bank-account', why });
    else out.push({ start: m.index, end, rule: 'bank-account', replacement: maskDigits(m[0], 0, keepEnd) });
  }
  return env.gen >= 2 ? recur(env, out, (s) => maskDigits(s, 0, keepEnd), 8) : out;
}

/** 冀D12345, 苏E·8K9Z2, 湘ADF1234 (新能源), 冀D1732挂, 冀D·3876学 */
const PLATE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z][·•．.\\s]?(?:[A-HJ-NP-Z0-9]{4}[挂学警港澳领使]|[A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])`,
  'g',
);

/** Generation 2: the separator may also follow the third character (沪FQ·7352). */
const PLATE_2 = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z](?:[·•．.\\s\\-－]?(?:[A-HJ-NP-Z0-9]{4}[挂学警港澳领使]|[A-HJ-NP-Z0-9]{5,6})|[A-HJ-NP-Z0-9][·•．][A-HJ-NP-Z0-9]{4,5})(?![A-Za-z0-9])`,
  'g',
);

/**
 * 2026.5: a trailer's or a learner's letter after five characters too, as writers give them (苏A·F7263挂, 皖AZ1357学) —
 * never the start of a word after the plate (学员, 学校).
 */
const PLATE_6 = new RegExp(
  PLATE_2.source.replace('[A-HJ-NP-Z0-9]{4}[挂学警港澳领使]', '[A-HJ-NP-Z0-9]{4,5}(?:[挂警港澳领使]|学(?![员生校习历位费期时]))'),
  'g',
);

/** 2026.5: a vehicle plate and a space right before a position (a number after it is no part of the plate). */
const PLATE_BEFORE_6 = new RegExp(`[${PROVINCES}][A-HJ-NP-Z][·•．.]?[A-HJ-NP-Z0-9]{5,6}[ 　]$`);

export function vehiclePlates(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(env.gen >= 6 ? PLATE_6 : env.gen >= 2 ? PLATE_2 : PLATE)) {
    if (!/[0-9]/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'vehicle-plate', replacement: maskPlate(m[0]) });
  }
  return out;
}

const OWNER_KINDS: readonly CueKind[] = ['public', 'finance', 'org', 'person', 'party', 'official'];

/**
 * Generation 2: an account or e-mail address is the agency's own only when its own clause says so
 * (本局微信公众号…, 监督电话 … 邮箱) — an official or 本局 earlier in the paragraph does not make the
 * accounts of the persons the story goes on to tell about public.
 */
function agencysOwn(env: DetectEnv, pos: number): boolean {
  if (env.gen >= 6 && personsBracket(env.text, pos)) return false;
  return (
    cuesFor(env).nearest(pos, OWNER_KINDS, clauseStart(env.text, pos))?.kind === 'public' ||
    (pos >= closingStart(env.text) && !personLine(env, pos))
  );
}

/** 2026.5: is `pos` on a contact line of the agency after the paragraph on remedies (联系电话：0871-…)? */
function contactLine(env: DetectEnv, pos: number): boolean {
  if (pos < afterRemedies(env.text)) return false;
  const lineStart = env.text.lastIndexOf('\n', pos - 1) + 1;
  return CONTACT_LINE.test(env.text.slice(lineStart, pos));
}

/** Does the line up to `pos` speak of a person (当事人签收：…, 送达 …)? Then it is not the agency's closing line. */
export function personLine(env: DetectEnv, pos: number): boolean {
  const lineStart = env.text.lastIndexOf('\n', pos - 1) + 1;
  return cuesFor(env).nearest(pos, ['person', 'party'], lineStart) !== null || /(?:签收|送达|受送达)/.test(env.text.slice(lineStart, pos));
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function emails(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(EMAIL)) {
    const end = m.index + m[0].length;
    const owner = env.cues.owner(m.index);
    // generation 2: the agency's own only when its cue stands close before (本局邮箱：…), not 本局收到某某通过电子邮件（…）
    const near = cuesFor(env).nearest(m.index, OWNER_KINDS, Math.max(clauseStart(env.text, m.index), m.index - 12));
    if (
      env.gen >= 2
        ? agencysOwn(env, m.index) && (near?.kind === 'public' || m.index >= closingStart(env.text))
        : owner === 'public' || owner === 'official'
    )
      env.keep({ start: m.index, end, rule: 'email', why: env.gen >= 2 ? '执法机关自己的邮箱（公开）' : '执法机关的公开邮箱' });
    else out.push({ start: m.index, end, rule: 'email', replacement: maskEmail(m[0]) });
  }
  return out;
}

/** 冀（2023）馆陶县不动产权第0004517号; 房产证号：…; 不动产权证书号：… */
const PROPERTY = new RegExp(
  `[\\p{Script=Han}][（(]${D}{4}[）)][\\p{Script=Han}]{1,12}不动产权第${D}{4,12}号|(?<=(?:房产证号|房屋所有权证号|房权证号|土地证号|不动产权证号|不动产权证书号)[：:]?)(?![：:])[^\\s，。；、：:]{4,30}`,
  'gu',
);
/** Generation 2: 不动产权证书号为冀（2019）…号 — the number begins at the province, not at 为 */
const PROPERTY_2 = new RegExp(
  `[${PROVINCES}][（(]${D}{4}[）)][\\p{Script=Han}]{1,12}不动产权第${D}{4,12}号|(?<=(?:房产证号|房屋所有权证号|房权证号|土地证号|不动产权证号|不动产权证书号|不动产权证书编号)(?:为|是)?[：:]?)(?![：:为是])(?![${PROVINCES}][（(])[^\\s，。；、：:]{4,30}`,
  'gu',
);

export function propertyCertificates(env: DetectEnv): Candidate[] {
  return [...env.text.matchAll(env.gen >= 2 ? PROPERTY_2 : PROPERTY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: 'property-certificate' as const,
    replacement: maskPropertyNumber(m[0]),
  }));
}

/** 微信号：songjy0817, QQ：123456789 — 通信方式 of a person: the first character stays. */
const IM =
  /(?<=(?:微信号|微信账号|微信|QQ号码|QQ号|QQ|qq)[：:\s　]{0,2})(?:[A-Za-z][-_A-Za-z0-9]{5,19}|[1-9][0-9]{4,11})(?![-_A-Za-z0-9])/g;

export function imAccounts(env: DetectEnv): Candidate[] {
  if (env.gen >= 2) return imAccounts2(env);
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(IM)) {
    const end = m.index + m[0].length;
    const owner = env.cues.owner(m.index);
    if (owner === 'public' || owner === 'official') env.keep({ start: m.index, end, rule: 'im-account', why: '执法机关的公开账号' });
    else out.push({ start: m.index, end, rule: 'im-account', replacement: m[0][0] + '*'.repeat(m[0].length - 1) });
  }
  return out;
}

/**
 * Generation 2: every phrasing of a 微信号 or QQ号 — QQ号码为X, 的QQ号码是X, QQ小号（X）,
 * 通过QQ（号码：X）, 扣扣号：X, 微信（微信号X）, 微信号X向… — and every account of a list
 * (QQ号码为X、Y). The first character stays; each recurrence of a hidden account is hidden.
 */
const IM_VALUE = '(?:[A-Za-z][-_A-Za-z0-9]{5,19}|[1-9][0-9]{4,11})(?![-_A-Za-z0-9@.])';
// (each pattern led by a lookbehind below first asks for a character its value can begin with: a lookbehind tried
// at every position of the text is costly, the one-character lookahead refuses nearly all of them at once; it is
// implied by what follows, so the matches are the same)
const IM_2 = new RegExp(
  `(?=[A-Za-z1-9])(?<=${IM_LABELS_2.source}(?:分别)?(?:为|是)?[（(]?(?:号码|账号|号|QQ号码?|qq号|微信号|扣扣号)?(?:分别)?(?:为|是)?[：:\\s　]{0,2}[“"「]?)${IM_VALUE}`,
  'g',
);
/** 2026.5 (tenth round): also after the account labels of short-video and social platforms (抖音号：X, 快手号X). */
const IM_6 = new RegExp(
  IM_2.source.replace(IM_LABELS_2.source, IM_LABELS_2.source.replace('(?:', '(?:抖音号|快手号|小红书号|微博号|视频号|抖音账号|快手账号|')),
  'g',
);
const IM_MORE = new RegExp(`^(?:[、，,和及与或]|以及|或者)[\\s　]?(?:另一?个?|小号|大号)?[（(]?(${IM_VALUE})`);

function imAccounts2(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  const take = (start: number, value: string) => {
    const end = start + value.length;
    if (out.some((c) => c.start === start)) return;
    if (agencysOwn(env, start)) env.keep({ start, end, rule: 'im-account', why: '执法机关自己的账号（同一句中说明属于本机关，公开）' });
    else out.push({ start, end, rule: 'im-account', replacement: value[0] + '*'.repeat(value.length - 1) });
  };
  for (const m of env.text.matchAll(env.gen >= 6 ? IM_6 : IM_2)) {
    let start = m.index;
    let value = m[0];
    take(start, value);
    for (let k = 0; k < 5; k++) {
      const more = IM_MORE.exec(env.text.slice(start + value.length));
      if (!more) break;
      start = start + value.length + more[0].length - more[1]!.length;
      value = more[1]!;
      take(start, value);
    }
  }
  // the same account again, anywhere
  for (const c of [...out]) {
    const value = env.text.slice(c.start, c.end);
    for (let i = env.text.indexOf(value); i >= 0; i = env.text.indexOf(value, i + 1)) {
      const before = env.text[i - 1] ?? '';
      const after = env.text[i + value.length] ?? '';
      if (/[-_A-Za-z0-9]/.test(before) || /[-_A-Za-z0-9]/.test(after)) continue;
      take(i, value);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 护照 and 通行证 numbers (engine 2), after a travel-document label only, so that model numbers and
 * batch codes stay: 护照 E + 8 digits, E + letter + 7 digits, G + 8; 往来港澳通行证 C + 8;
 * 港澳居民来往内地通行证 H/M + 8 or 10; 台湾居民来往大陆通行证 (台胞证) 8 digits (or T/L + 8). In every
 * phrasing: 护照号码E…, 护照（号码E…）, 持往来港澳通行证，号码C…, （港澳通行证号码C…）, 护照号码为….
 * Mask (`maskTravelDocument`): the leading letters stay (they tell the kind of document, not the
 * holder), every digit goes but the last `keepEnd`. Each recurrence of a hidden number is hidden.
 */
const TRAVEL_LABEL = '(?:护照|通行证|台胞证|回乡证|旅行证|证件)';
const TRAVEL_TAIL = '(?:号码|证号|编号|号)?(?:为|是)?[（(]?(?:号码|证号|编号|号)?(?:为|是)?[：:\\s　]{0,2}';
const TRAVEL = new RegExp(
  `(?=[EGCHMTL0-9])(?<=${TRAVEL_LABEL}(?:[）)]?[，,][\\s　]?)?${TRAVEL_TAIL})(?:E[A-Z]?\\d{7,8}|G\\d{8}|[CHMTL]\\d{8,10}|\\d{8}(?=[^0-9A-Za-z]|$))(?![0-9A-Za-z])`,
  'g',
);

/** A passport of another country after 护照: 9 digits (566031842), letters and digits (TZ1185463, C4J7R9X21). */
const PASSPORT_ANY = new RegExp(
  `(?=[A-Z0-9])(?<=护照${TRAVEL_TAIL})(?=[A-Z0-9]{7,10}(?![0-9A-Za-z]))(?=(?:[A-Z]*[0-9]){5})[A-Z0-9]{7,10}(?![0-9A-Za-z])`,
  'g',
);

export function travelDocuments(env: DetectEnv, keepStart: number, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(PASSPORT_ANY)) {
    if (TRAVEL_AT(env.text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'travel-document', replacement: maskTravel(m[0], keepEnd) });
  }
  for (const m of env.text.matchAll(TRAVEL)) {
    const value = m[0];
    // 8 bare digits only after the Taiwan pass (台湾居民来往大陆通行证, 台胞证)
    if (/^\d/.test(value) && !/(?:台湾|台胞|大陆)/.test(env.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + value.length,
      rule: 'travel-document',
      replacement: maskTravelDocument(value, keepStart, keepEnd),
    });
  }
  // 2026.5: a foreign passport number written in two groups after its label (护照号码75 4821936, 护照号码：5382 91746)
  if (env.gen >= 6)
    for (const m of env.text.matchAll(PASSPORT_SPACED)) {
      if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'travel-document', replacement: maskTravel(m[0], keepEnd) });
    }
  // 2026.5 (eighth round): a number told before its document word (持E63218857号护照, 持C12345678号港澳通行证)
  if (env.gen >= 6)
    for (const m of env.text.matchAll(NUMBER_BEFORE_DOCUMENT_16)) {
      if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule: 'travel-document', replacement: maskTravel(m[0], keepEnd) });
    }
  for (const c of [...out]) {
    const value = env.text.slice(c.start, c.end);
    for (let i = env.text.indexOf(value); i >= 0; i = env.text.indexOf(value, i + 1)) {
      if (/[0-9A-Za-z]/.test(env.text[i - 1] ?? '') || /[0-9A-Za-z]/.test(env.text[i + value.length] ?? '')) continue;
      if (!out.some((o) => o.start < i + value.length && i < o.end)) out.push({ ...c, start: i, end: i + value.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PASSPORT_SPACED = new RegExp(`(?=[A-Z0-9])(?<=护照${TRAVEL_TAIL})(?:[A-Z0-9]{2,4}|[A-Z])[ 　][0-9]{5,8}(?![0-9A-Za-z])`, 'g');

/**
 * Letters and digits right before 号 and a travel document's word (E63218857号护照, C12345678号往来港澳通行证); (eleventh
 * round) a Russian passport's two groups (75 4418603号护照).
 */
const NUMBER_BEFORE_DOCUMENT_16 =
  /(?<![0-9A-Za-z])(?:[A-Z]{1,2}[0-9]{7,10}|[0-9]{2}[ 　][0-9]{7})(?=号(?:因私|普通|外交|公务)?(?:护照|(?:往来|来往)?(?:港澳|台湾|大陆|内地)?(?:居民)?(?:来往内地|来往大陆)?通行证|台胞证|回乡证))/g;

/** Is a number of the ordinary travel-document shapes standing at `i` (the main pattern takes it)? */
function TRAVEL_AT(text: string, i: number): boolean {
  return [...text.matchAll(TRAVEL)].some((m) => m.index === i);
}

/** The letters of a passport number stay, the digits go but the last `keepEnd`. */
function maskTravel(s: string, keepEnd: number): string {
  return [...s].map((c, k) => (/[0-9]/.test(c) && k < s.length - keepEnd ? '*' : c)).join('');
}

/**
 * 个人资格证书编号 (generation 2): the number of a person's own licence after its label —
 * 医师执业证书编码, 导游证号, 从业资格证号, 教练员证号 … (a credential tied to one person).
 */
const LICENCE =
  /(?=[-A-Z0-9])(?<=(?:医师执业证书|执业证书|医师资格证书|执业医师证|护士执业证书|导游证|从业资格证|资格证|教练员证|执业证|(?:员|师|工)(?:职业技能等级|职业资格|资格|执业|上岗|作业)?(?:证书|证)|人员许可证|适任证书)(?:”)?(?:[（(])?(?:编码|编号|号码|证号|号)?(?:为|是)?[：:\s　]{0,2})[A-Z]{0,3}-?[0-9][0-9A-Z-]{5,23}(?![0-9A-Za-z-])/g;

/** Generation 3 (2026.2): also a bare 资格证书编号 after the person it belongs to (安全评价师…，资格证书编号：S0110…). */
const LICENCE_3 = new RegExp(
  LICENCE.source.replace('(?:医师执业证书|', '(?:资格证书|职业资格证书|执业药师注册证|注册证书|医师执业证书|'),
  'g',
);

/** 2026.5 (fifth round): the label's number written out in the brackets too (执业证书（证书编号：…）). */
/** (eleventh round: also after the label in title marks, 《医师执业证书》（证书编码：…）) */
const LICENCE_6 = new RegExp(
  LICENCE_3.source.replace('(?:编码|编号|', '(?:证书编号|证书编码|编码|编号|').replace('(?:”)?', '(?:[”》])?'),
  'g',
);

export function personalLicences(env: DetectEnv, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(env.gen >= 6 ? LICENCE_6 : env.gen >= 3 ? LICENCE_3 : LICENCE)) {
    const digits = digitsOf2(m[0]);
    if (digits.length < 6) continue;
    // T + an ID number is the ID rule's (only the ID digits go)
    if (/\d{17}[\dXx]$/.test(m[0]) && isIdNumber18(m[0].slice(-18))) continue;
    const why = whyPublic(env, m.index, digits, false);
    if (why) env.keep({ start: m.index, end: m.index + m[0].length, rule: 'personal-licence', why });
    else out.push({ start: m.index, end: m.index + m[0].length, rule: 'personal-licence', replacement: maskDigits2(m[0], 0, keepEnd) });
  }
  return recur(env, out, (s) => maskDigits2(s, 0, keepEnd), 8);
}
