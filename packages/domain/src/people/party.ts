import { DomainError } from '../errors.ts';

/** 行政相对人: a natural person (自然人) or an organisation (单位, with 统一社会信用代码). */
export interface PartyInput {
  kind: 'person' | 'org';
  name: string;
  creditCode?: string | null;
  idNumber?: string | null;
  legalRep?: string | null;
  address?: string | null;
  phone?: string | null;
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character for the first 17 characters of a 统一社会信用代码. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) throw new DomainError('PARTY_INVALID', '统一社会信用代码含有无效字符');
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return CREDIT_CHARS[c]!;
}

export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits of a 公民身份号码. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth || birth < '1900-01-01') return false;
  return idNumberCheckChar(id.slice(0, 17)) === id[17];
}

/** Normalises and checks a party; refuses with every problem named. */
export function validateParty(p: PartyInput): PartyInput {
  const problems: string[] = [];
  const name = p.name.trim();
  if (!name) problems.push('当事人名称不能为空');
  if (name.length > 100) problems.push('当事人名称不能超过 100 字');
  const creditCode = p.creditCode?.trim().toUpperCase() || null;
  const idNumber = p.idNumber?.trim().toUpperCase() || null;
  if (p.kind === 'org') {
    if (!creditCode) problems.push('单位当事人须填写统一社会信用代码');
    else if (!isValidCreditCode(creditCode)) problems.push(`统一社会信用代码「${creditCode}」校验不通过`);
    if (idNumber) problems.push('单位当事人不填写身份证号码');
  } else {
    if (idNumber && !isValidIdNumber(idNumber)) problems.push(`身份证号码「${idNumber}」校验不通过`);
    if (creditCode && !isValidCreditCode(creditCode)) problems.push(`统一社会信用代码「${creditCode}」校验不通过`);
  }
  if (problems.length > 0) throw new DomainError('PARTY_INVALID', problems.join('；'), { problems });
  return {
    kind: p.kind,
    name,
    creditCode,
    idNumber,
    legalRep: p.legalRep?.trim() || null,
    address: p.address?.trim() || null,
    phone: p.phone?.trim() || null,
  };
}
