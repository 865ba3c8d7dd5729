import { isIdNumber15, isIdNumber18, luhnValid } from './checks.ts';
import { maskDigits, maskEmail, maskFixedPhone, maskPlate, maskPropertyNumber } from './masks.ts';
import { clauseStart, digitsOf, type CueKind } from './scan.ts';
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
  return env.cues.nearest(pos, NUMBER_LABELS, clauseStart(env.text, pos));
}

/** Why a number that a rule matched stays, or null: certificate, known official, neutral label. */
function whyPublic(env: DetectEnv, start: number, digits: string, allowNeutral: boolean): string | null {
  if (env.certificates.has(digits)) return '本案执法人员的执法证号（公开）';
  const label = labelOf(env, start);
  if (label?.kind === 'certificate' || label?.kind === 'official') return `「${label.word}」后的执法证号（公开）`;
  if (allowNeutral && label?.kind === 'neutral') return `「${label.word}」后的编号，不是个人信息`;
  return null;
}

const ID18 = new RegExp(`${NOT_ALNUM_BEFORE}${D}{17}[0-9０-９Xx]${NOT_ALNUM_AFTER}`, 'g');
const ID15 = new RegExp(`${NOT_ALNUM_BEFORE}${D}{15}${NOT_ALNUM_AFTER}`, 'g');

export function idNumbers(env: DetectEnv, keepStart: number, keepEnd: number, legacy15: boolean): Candidate[] {
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

const MOBILE = new RegExp(`(?<![0-9A-Za-z０-９+＋])(?:[+＋]86[\\s-]?)?1[3-9]${D}(?:[\\s\\-－]?${D}{4}){2}${NOT_ALNUM_AFTER}`, 'g');

export function mobilePhones(env: DetectEnv, keepStart: number, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(MOBILE)) {
    const s = m[0];
    const cc = /^[+＋]86/.test(s) ? 2 : 0;
    const digits = digitsOf(s).slice(cc);
    if (digits.length !== 11) continue;
    const end = m.index + s.length;
    // a mobile is a person's device: public only when the case context lists it as the agency's
    const why = whyPublic(env, m.index, digits, true) ?? (env.publicNumbers.has(digits) ? '执法机关的公开电话' : null);
    if (why) env.keep({ start: m.index, end, rule: 'mobile-phone', why });
    else out.push({ start: m.index, end, rule: 'mobile-phone', replacement: maskDigits(s, keepStart, keepEnd, cc) });
  }
  return out;
}

const FIXED = new RegExp(
  `${NOT_ALNUM_BEFORE}(?:[（(]0${D}{2,3}[）)][\\s-]?|0${D}{2,3}[\\s\\-－—–]?)[2-9]${D}{6,7}(?:[-－转]${D}{1,5})?${NOT_ALNUM_AFTER}`,
  'g',
);
const LOCAL = new RegExp(`${NOT_ALNUM_BEFORE}[2-9]${D}{6,7}${NOT_ALNUM_AFTER}`, 'g');

export function fixedPhones(env: DetectEnv): Candidate[] {
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

/** Digits in groups with single spaces or dashes: 6222 0204 0200 1234 564. */
const DIGIT_RUN = new RegExp(`${NOT_ALNUM_BEFORE}${D}(?:${D}|[ \\-](?=${D})){6,34}${D}${NOT_ALNUM_AFTER}`, 'g');

function accountWhy(env: DetectEnv, start: number, digits: string): string | null {
  if ([...env.publicAccounts].some((a) => a === digits)) return '执法机关的收款账户（公开）';
  return whyPublic(env, start, digits, true) ?? (env.cues.owner(start) === 'finance' ? '罚没款缴款账户（公开）' : null);
}

export function bankCards(env: DetectEnv, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(DIGIT_RUN)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 16 || digits.length > 19 || !/^[3-6]/.test(digits) || !luhnValid(digits)) continue;
    const end = m.index + m[0].length;
    const why = accountWhy(env, m.index, digits);
    if (why) env.keep({ start: m.index, end, rule: 'bank-card', why });
    else out.push({ start: m.index, end, rule: 'bank-card', replacement: maskDigits(m[0], 0, keepEnd) });
  }
  return out;
}

/** An account number without a Luhn digit: only right after an account label (账号：…). */
export function bankAccounts(env: DetectEnv, keepEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(DIGIT_RUN)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 8 || digits.length > 30) continue;
    const label = labelOf(env, m.index);
    if (label?.kind !== 'account' || m.index - label.end > 12) continue;
    const end = m.index + m[0].length;
    const why = accountWhy(env, m.index, digits);
    if (why) env.keep({ start: m.index, end, rule: 'bank-account', why });
    else out.push({ start: m.index, end, rule: 'bank-account', replacement: maskDigits(m[0], 0, keepEnd) });
  }
  return out;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** 冀D12345, 苏E·8K9Z2, 湘ADF1234 (新能源), 冀D1732挂, 冀D·3876学 */
const PLATE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z][·•．.\\s]?(?:[A-HJ-NP-Z0-9]{4}[挂学警港澳领使]|[A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])`,
  'g',
);

export function vehiclePlates(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(PLATE)) {
    if (!/[0-9]/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'vehicle-plate', replacement: maskPlate(m[0]) });
  }
  return out;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function emails(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  for (const m of env.text.matchAll(EMAIL)) {
    const end = m.index + m[0].length;
    const owner = env.cues.owner(m.index);
    if (owner === 'public' || owner === 'official') env.keep({ start: m.index, end, rule: 'email', why: '执法机关的公开邮箱' });
    else out.push({ start: m.index, end, rule: 'email', replacement: maskEmail(m[0]) });
  }
  return out;
}

/** 冀（2023）馆陶县不动产权第0004517号; 房产证号：…; 不动产权证书号：… */
const PROPERTY = new RegExp(
  `[\\p{Script=Han}][（(]${D}{4}[）)][\\p{Script=Han}]{1,12}不动产权第${D}{4,12}号|(?<=(?:房产证号|房屋所有权证号|房权证号|土地证号|不动产权证号|不动产权证书号)[：:]?)(?![：:])[^\\s，。；、：:]{4,30}`,
  'gu',
);

export function propertyCertificates(env: DetectEnv): Candidate[] {
  return [...env.text.matchAll(PROPERTY)].map((m) => ({
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
 * 护照 (E/EA–EZ/G + digits) and 港澳/台湾 通行证 (C, H, M, T, L + 8 digits) numbers (engine 2): after a
 * travel-document label only, so that model numbers and batch codes stay.
 */
const TRAVEL =
  /(?<=(?:护照|通行证)(?:号码|号|证号|编号)?(?:为|是)?[（(]?(?:号码)?[：:\s　]{0,2})(?:E[A-Z]?\d{7,8}|G\d{8}|[CHMTL]\d{8,10})(?![0-9A-Za-z])/g;

export function travelDocuments(env: DetectEnv, keepStart: number, keepEnd: number): Candidate[] {
  return [...env.text.matchAll(TRAVEL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: 'travel-document' as const,
    replacement: m[0].slice(0, keepStart) + '*'.repeat(Math.max(0, m[0].length - keepStart - keepEnd)) + m[0].slice(m[0].length - keepEnd),
  }));
}
