/**
 * Citations of the law, built from data rather than typed by hand, so a citation says exactly
 * what the rule pack holds: 《中华人民共和国行政处罚法》第五十七条, 第五十八条第一款第（一）项.
 */
export const LAWS = {
  /** 行政处罚法 */
  penalty: '中华人民共和国行政处罚法',
  /** 行政强制法 */
  coercion: '中华人民共和国行政强制法',
  /** 行政许可法 */
  license: '中华人民共和国行政许可法',
  /** 市场监管 rule on penalty procedure */
  marketPenaltyProcedure: '市场监督管理行政处罚程序规定',
  /** 市场监管 rule on hearings (2021 text; 2018 edition: 市场监督管理行政处罚听证暂行办法) */
  marketPenaltyHearing: '市场监督管理行政处罚听证办法',
  /** its 2018 edition, in force 2019-04-01 to 2021-07-14 */
  marketPenaltyHearing2018: '市场监督管理行政处罚听证暂行办法',
  /** 民事诉讼法: delivery (送达) of administrative documents follows it (行政处罚法 §61) */
  civilProcedure: '中华人民共和国民事诉讼法',
} as const;
export type LawKey = keyof typeof LAWS;

/** An article, optionally down to its 款 (paragraph) and 项 (item). */
export interface ArticleRef {
  article: number;
  paragraph?: number;
  item?: number;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACES = ['', '十', '百', '千'];

/** 0–9999 with 零 for skipped places; `short` writes 10–19 as 十… (as a whole number is written). */
function section(n: number, short: boolean): string {
  if (short && n >= 10 && n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + PLACES[place]!;
  });
  return out || '零';
}

/**
 * Whole numbers as laws write them (articles, amounts, days): 5 → 五, 12 → 十二, 57 → 五十七,
 * 105 → 一百零五, 110 → 一百一十, 3000 → 三千, 10000 → 一万, 100000 → 十万. Figures for anything
 * that is not a whole number from 0 to 99,999,999.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) return String(n);
  if (n < 10_000) return section(n, true);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  return `${section(high, true)}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${section(low, false)}`}`;
}

function articleText(ref: number | ArticleRef): string {
  const r = typeof ref === 'number' ? { article: ref } : ref;
  const paragraph = r.paragraph === undefined ? '' : `第${chineseNumeral(r.paragraph)}款`;
  const item = r.item === undefined ? '' : `第（${chineseNumeral(r.item)}）项`;
  return `第${chineseNumeral(r.article)}条${paragraph}${item}`;
}

/**
 * The citation of one or more articles of a law: citeLaw('penalty', 57) is
 * 《中华人民共和国行政处罚法》第五十七条; citeLaw('penalty', [44, 45]) joins the articles with 、;
 * `edition` names a superseded text, e.g. 《中华人民共和国行政处罚法》（2017）第四十二条.
 */
export function citeLaw(
  law: LawKey,
  articles: number | ArticleRef | readonly (number | ArticleRef)[],
  o: { edition?: string } = {},
): string {
  const list = Array.isArray(articles) ? (articles as readonly (number | ArticleRef)[]) : [articles as number | ArticleRef];
  return `《${LAWS[law]}》${o.edition ? `（${o.edition}）` : ''}${list.map(articleText).join('、')}`;
}
