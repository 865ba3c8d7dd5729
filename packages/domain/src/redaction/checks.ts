import { isValidIdNumber } from '../people/party.ts';

/** Luhn (ISO/IEC 7812) check over a string of digits: bank card numbers pass it. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 18-digit 公民身份号码 with a valid birth date and GB 11643-1999 check character. */
export function isIdNumber18(digits: string): boolean {
  return isValidIdNumber(digits.toUpperCase());
}

/** 15-digit first-generation number (一代身份证, before 1999): 6 region + YYMMDD + 3 digits. */
export function isIdNumber15(digits: string): boolean {
  if (!/^\d{15}$/.test(digits)) return false;
  const mm = Number(digits.slice(8, 10));
  const dd = Number(digits.slice(10, 12));
  const yy = 1900 + Number(digits.slice(6, 8));
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, yy % 4 === 0 && yy !== 1900 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  return dd <= days;
}
