/**
 * Amounts of money as written on 执法文书: figures, and the uppercase form (大写) that money
 * amounts carry on decisions and receipts so they cannot be altered.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

/** 大写金额: 5000 → 伍仟元整, 10005.3 → 壹万零伍元叁角, 0.05 → 伍分. Null for what is not an amount. */
export function yuanInWords(amount: number): string | null {
  if (!Number.isFinite(amount) || amount < 0 || amount >= 1e16) return null;
  const cents = Math.round(amount * 100);
  const whole = String(Math.floor(cents / 100));
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = '';
  if (whole !== '0') {
    let zeros = 0;
    for (let i = 0; i < whole.length; i++) {
      const d = Number(whole[i]);
      const pos = whole.length - 1 - i;
      if (d === 0) zeros++;
      else {
        if (zeros > 0) out += DIGITS[0];
        zeros = 0;
        out += DIGITS[d]! + PLACES[pos % 4]!;
      }
      // a section word (万, 亿) unless the whole four-digit section was zero
      if (pos % 4 === 0 && zeros < 4) out += SECTIONS[pos / 4]!;
    }
    out += '元';
  }
  if (jiao === 0 && fen === 0) return out ? `${out}整` : '零元整';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (out) out += DIGITS[0];
  if (fen > 0) out += `${DIGITS[fen]}分`;
  return out;
}

/** 5000 → 5000元, 1234.5 → 1234.50元 */
export function yuanFigures(amount: number): string {
  return Number.isInteger(amount) ? `${amount}元` : `${amount.toFixed(2)}元`;
}

/** 人民币5000元（大写：伍仟元整） */
export function yuanText(amount: number): string {
  const words = yuanInWords(amount);
  return words ? `人民币${yuanFigures(amount)}（大写：${words}）` : yuanFigures(amount);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Small counts as words in legal text: 5 → 五, 15 → 十五, 60 → 六十. Figures from 100 on. */
export function countInChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return SMALL[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : SMALL[tens]}十${n % 10 ? SMALL[n % 10] : ''}`;
}
