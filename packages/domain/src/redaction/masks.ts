import { COMPOUND_SURNAMES } from './lexicon.ts';

/**
 * Masking styles. A mask keeps the shape a reader needs (that there was a phone number, which
 * county) and nothing that identifies the person. The character is the ASCII asterisk.
 */
export const MASK = '*';

const isDigit = (ch: string) => /[0-9０-９Xx]/.test(ch);

/**
 * Masks the digits of `s` except the first `keepStart` and the last `keepEnd`; separators stay.
 * `skip` leading digits (a +86 country code) are neither counted nor masked.
 */
export function maskDigits(s: string, keepStart: number, keepEnd: number, skip = 0): string {
  const chars = [...s];
  const positions = chars
    .map((c, i) => (isDigit(c) ? i : -1))
    .filter((i) => i >= 0)
    .slice(skip);
  const n = positions.length;
  positions.forEach((p, k) => {
    if (k >= keepStart && k < n - keepEnd) chars[p] = MASK;
  });
  return chars.join('');
}

/** Length of the surname at the start of a name: 2 for 复姓 (欧阳), else 1. */
export function surnameLength(name: string): number {
  return COMPOUND_SURNAMES.some((s) => name.startsWith(s)) && name.length > 2 ? 2 : 1;
}

/** 张三 → 张某, 张三丰 → 张某某, 欧阳晓峰 → 欧阳某某 (the 最高人民法院 style: surname kept, name replaced by 某). */
export function maskName(name: string): string {
  const sl = surnameLength(name);
  return name.slice(0, sl) + '某'.repeat([...name.slice(sl)].length);
}

/** 冀D·12345 → 冀D·*****: province and issuing letter stay, separators stay. */
export function maskPlate(plate: string): string {
  return [...plate].map((c, i) => (i < 2 || /[·•．.\s]/.test(c) ? c : MASK)).join('');
}

/** 0310-6512345 → 0310-*******; (0310)6518877 → (0310)*******: the area code stays. */
export function maskFixedPhone(phone: string): string {
  const withArea = /^([（(]0\d{2,3}[）)][\s-]?|0\d{2,3}[\s\-－—–])/.exec(phone);
  if (withArea) return withArea[1] + maskDigits(phone.slice(withArea[1]!.length), 0, 0);
  if (/^0/.test(phone)) {
    const area = /^0(?:10|2\d)/.test(phone) ? 3 : 4;
    return maskDigits(phone, area, 0);
  }
  return maskDigits(phone, 0, 0);
}

/** oyxf1995@163.com → o*******@163.com */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return email[0] + MASK.repeat(Math.max(at - 1, 0)) + email.slice(at);
}

/**
 * The administrative prefix of an address that may stay: 省/自治区, 市/自治州/地区/盟, 县/区/旗/市.
 * Everything after it (乡镇, 街道, 村, street and number) goes.
 */
const ADMIN_PREFIX =
  /^((?:北京|天津|上海|重庆)市|[^\s省市县区镇乡村街路道号]{2,7}?(?:省|自治区))?([^\s市县区镇乡村街路道号巷]{2,8}?(?:自治州|地区|盟|市))?([^\s市县区旗镇乡村街路道号巷]{1,6}?(?:自治县|县|区|旗|市))?/;

export function addressPrefix(address: string): string {
  const m = ADMIN_PREFIX.exec(address);
  if (!m) return '';
  // a 区 or 市 alone is more likely 幸福小区 than a district: alone, only a 县 or 旗 stays
  if (!m[1] && !m[2] && m[3] && !/(?:县|旗)$/.test(m[3])) return '';
  return m[0];
}

export function maskAddress(address: string): string {
  return `${addressPrefix(address)}${MASK.repeat(3)}`;
}

/** 冀（2023）馆陶县不动产权第0004517号 → 冀（2023）馆陶县不动产权第*******号 */
export function maskPropertyNumber(s: string): string {
  const m = /第([0-9０-９]+)号$/.exec(s);
  if (m) return s.slice(0, m.index + 1) + MASK.repeat(m[1]!.length) + '号';
  return [...s].map((c) => (isDigit(c) ? MASK : c)).join('');
}

/** What a manual mark leaves in the published text. */
export function manualReplacement(reason: string): string {
  return `［已隐去：${reason}］`;
}

const isDigit2 = (ch: string) => /[0-9０-９XxＸｘ]/.test(ch);

/**
 * Generation 2 `maskDigits`: full-width digits and a full-width check character Ｘ count as digits
 * (３２０１０６…００８Ｘ keeps its first 6 and last 4 like 320106…008X); separators stay.
 */
export function maskDigits2(s: string, keepStart: number, keepEnd: number): string {
  const chars = [...s];
  const positions = chars.map((c, i) => (isDigit2(c) ? i : -1)).filter((i) => i >= 0);
  const n = positions.length;
  positions.forEach((p, k) => {
    if (k >= keepStart && k < n - keepEnd) chars[p] = MASK;
  });
  return chars.join('');
}

/**
 * 护照/通行证: E63925174 → E*******74, EJ4172635 → EJ*****35, C38207514 → C*******14. The leading
 * letters stay when `keepStart` ≥ 1 (they tell the kind of document: E/G 护照, C 往来港澳通行证, H/M
 * 港澳居民来往内地通行证), never a digit; every digit goes but the last `keepEnd`.
 */
export function maskTravelDocument(s: string, keepStart: number, keepEnd: number): string {
  const letters = keepStart > 0 ? (/^[A-Za-z]+/.exec(s)?.[0] ?? '') : '';
  const rest = s.slice(letters.length);
  const keep = Math.min(keepEnd, Math.max(0, rest.length - 4));
  return letters + MASK.repeat(rest.length - keep) + rest.slice(rest.length - keep);
}

/** Generation 2 `maskFixedPhone`: full-width digits too (０３７１－６５４３２１９８ → ０３７１－********); characters that stay are the original ones. */
export function maskFixedPhone2(phone: string): string {
  const half = phone.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const masked = maskFixedPhone(half);
  return [...phone].map((c, i) => (masked[i] === MASK ? MASK : c)).join('');
}
