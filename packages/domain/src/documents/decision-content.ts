import { countInChinese, yuanText } from './amount-in-words.ts';
import { BLANK, chineseDate, isPresent, lastStep, row, stepDay, text, you } from './document-fill.ts';
import type { DocumentContext, DocumentStep, FieldRow } from './document-model.ts';
import { hearingRightNotified } from './notice-templates.ts';
import { sanctionsOf, type SanctionItem } from '../procedures/sanctions.ts';
import type { StepDef } from '../procedures/types.ts';

/**
 * The parts of a 决定书 after 行政处罚法 §59 and the 2021 市场监督管理行政处罚文书格式范本 that more
 * than one document states: the evidence with what each item proves, the party's 陈述申辩 or 听证
 * and the answer to it, the 裁量 grade and its reasons, every sanction, and how to pay.
 */

const LAW = '《中华人民共和国行政处罚法》';

/** Where the decision keeps its penalty: the structured list, and the money inputs of earlier cases. */
export const DECISION_SANCTIONS = { sanctions: 'sanctions', fine: 'fineAmount', confiscation: 'confiscation' } as const;

/** The sanctions a decision step states (the list, else its money inputs). */
export function decisionSanctions(step: DocumentStep | null): SanctionItem[] {
  return step ? sanctionsOf(step.inputs, DECISION_SANCTIONS) : [];
}

/** The items of a 没收非法财物 as the officer listed them: 名称 and 数量, separated by 、，； */
export function goodsOf(detail: string | undefined): string[] {
  return (detail ?? '')
    .split(/[、，,；;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** One sanction as a clause of the decision: 罚款人民币50000元（大写：伍万元整）. */
export function sanctionClause(s: SanctionItem): string {
  const days = s.days ? `，期限${countInChinese(s.days)}日` : '';
  switch (s.kind) {
    case '罚款':
      return `罚款${yuanText(s.amount ?? 0)}`;
    case '没收违法所得':
      return `没收违法所得${yuanText(s.amount ?? 0)}`;
    case '没收非法财物':
      return `没收非法财物：${goodsOf(s.detail).join('、')}${s.amount ? `（价值${yuanText(s.amount)}）` : ''}`;
    default:
      return `${s.kind}${s.detail ? `（${s.detail}）` : ''}${days}`;
  }
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number) => ORDINALS[i] ?? String(i + 1);

/** 「一、没收违法所得人民币48元（大写：肆拾捌元整）；二、罚款人民币50000元（大写：伍万元整）。」 */
export function sanctionsSentence(list: readonly SanctionItem[]): string {
  return `${list.map((s, i) => `${ordinal(i)}、${sanctionClause(s)}`).join('；')}。`;
}

/**
 * The sanctions as table rows: one row per kind, one per confiscated item (名称及数量), and the
 * 罚没款 total to pay when there is money.
 */
export function sanctionRows(list: readonly SanctionItem[]): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const s of list) {
    if (s.kind === '没收非法财物') {
      const goods = goodsOf(s.detail);
      goods.forEach((g, i) => rows.push(row(i === 0 ? '没收非法财物' : '', `${i + 1}. ${g}`)));
      if (s.amount) rows.push(row('', `以上财物价值${yuanText(s.amount)}`));
      continue;
    }
    const value =
      s.amount !== undefined
        ? yuanText(s.amount)
        : [s.detail ?? '', s.days ? `期限${countInChinese(s.days)}日` : ''].filter(Boolean).join('，') || '予以执行';
    rows.push(row(s.kind, value));
  }
  const money = moneyToPay(list);
  if (money.fine && money.confiscation) rows.push(row('罚没款合计', yuanText(money.fine + money.confiscation)));
  return rows;
}

/** 罚款 and 没收违法所得 to pay (the goods are confiscated in kind). */
export function moneyToPay(list: readonly SanctionItem[]): { fine: number; confiscation: number } {
  const sum = (k: SanctionItem['kind']) => list.filter((s) => s.kind === k).reduce((a, s) => a + (s.amount ?? 0), 0);
  return { fine: sum('罚款'), confiscation: sum('没收违法所得') };
}

// ---- evidence ----

/**
 * 笔录 of the investigation that are evidence of the facts (行政处罚法 §46: 现场笔录, 当事人的陈述,
 * 证人证言), with their names on the list; the 陈述申辩笔录 is answered in its own paragraph.
 */
const RECORD_STEPS: Readonly<Record<string, string>> = {
  inspect: '现场检查笔录',
  inquire: '询问笔录',
  'collect-evidence': '证据提取记录',
};

const MEDIA_KIND: Readonly<Record<string, string>> = { photo: '照片', audio: '录音', video: '视频', other: '电子数据' };

/** What the system knows a 笔录 shows, when the officer did not state it. */
function recordProves(s: DocumentStep): string {
  const said = (k: string) => (isPresent(s.inputs[k]) ? String(s.inputs[k]).trim() : '');
  switch (s.code) {
    case 'inspect':
      return said('findings') ? `现场检查发现的情况：${said('findings')}` : '现场检查的情况';
    case 'inquire':
      return '被询问人陈述的案件有关情况';
    default:
      return said('items') ? `提取的证据：${said('items')}` : '提取证据的情况';
  }
}

/** The officer's 证明对象 lines (「名称：证明对象」), by name. */
function statedProves(v: unknown): { name: string; proves: string }[] {
  if (typeof v !== 'string') return [];
  return v
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const at = l.search(/[：:]/);
      return at > 0 ? { name: l.slice(0, at).trim(), proves: l.slice(at + 1).trim() } : { name: '', proves: l };
    });
}

const withoutFullStop = (s: string) => s.replace(/[。；;，,\s]+$/u, '');

/**
 * 证据及证明对象 (行政处罚法 §59(二)): each 笔录 of the investigation with its date, each evidence
 * item (音像记录 metadata: kind, date, place, 证明对象), and what the officer stated an item proves
 * where the system cannot know it. Empty when the case holds neither (earlier cases: the 调查终结
 * report's evidence list is quoted instead).
 */
export function evidenceList(ctx: DocumentContext, decisionStep: string): string[] {
  const stated = statedProves(lastStep(ctx, decisionStep)?.inputs['evidenceProves']);
  const used = new Set<number>();
  const officerSays = (name: string): string | null => {
    const i = stated.findIndex((s, n) => !used.has(n) && s.name !== '' && (name.includes(s.name) || s.name.includes(name)));
    if (i < 0) return null;
    used.add(i);
    return stated[i]!.proves;
  };
  const items: string[] = [];
  const decisionAt = ctx.steps.findIndex((s) => s.code === decisionStep);
  const before = decisionAt < 0 ? ctx.steps : ctx.steps.slice(0, decisionAt);
  for (const s of before) {
    const name = RECORD_STEPS[s.code];
    if (!name) continue;
    const proves = officerSays(name) ?? recordProves(s);
    items.push(`${name}（${chineseDate(stepDay(s))}），证明${withoutFullStop(proves)}`);
  }
  for (const e of ctx.evidence ?? []) {
    const label = `${MEDIA_KIND[e.kind] ?? '电子数据'}「${e.name}」`;
    const where = [e.capturedOn ? chineseDate(e.capturedOn) : '', e.capturedPlace ? `摄录于${e.capturedPlace}` : '']
      .filter(Boolean)
      .join('，');
    const proves = officerSays(e.name) ?? (isPresent(e.proves) ? String(e.proves).trim() : BLANK);
    items.push(`${label}${where ? `（${where}）` : ''}，证明${withoutFullStop(proves)}`);
  }
  // evidence the officer named that the system does not hold (书证, 物证 kept on paper)
  stated.forEach((s, i) => {
    if (!used.has(i)) items.push(s.name ? `${s.name}，证明${withoutFullStop(s.proves)}` : withoutFullStop(s.proves));
  });
  return items;
}

// ---- the party's statement and the answer ----

const excerpt = (v: unknown, max = 200): string => {
  const t = typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : '';
  return t.length > max ? `${t.slice(0, max)}……` : t;
};

/**
 * How the party was told and heard (行政处罚法 §44, §45, §62–§65) and, where it spoke, what it said
 * and the agency's answer with reasons (采纳 or 不予采纳, and why).
 */
export function hearingAndDefence(ctx: DocumentContext, decisionStep: string): string {
  const v = you(ctx);
  const notified = lastStep(ctx, 'notify');
  const hearing = hearingRightNotified(ctx);
  let s = notified
    ? `本机关于${chineseDate(stepDay(notified))}向${v}告知了拟作出行政处罚的事实、理由、依据和处罚内容，以及${v}依法享有的陈述、申辩${hearing ? '、要求听证' : ''}等权利。`
    : '';
  const heard = lastStep(ctx, 'hold-hearing');
  // the officer's 复核 of what the party said (in person or online through the portal)
  const defence = lastStep(ctx, 'record-defence') ?? lastStep(ctx, 'party-defence');
  const reasons = lastStep(ctx, decisionStep)?.inputs['defenceReasons'];
  if (heard) {
    s += `${v}要求举行听证，本机关于${chineseDate(stepDay(heard))}依法举行了听证。`;
    s += `听证中，${v}进行了陈述、申辩和质证。`;
  }
  if (defence) {
    const said = excerpt(defence.inputs['statement']);
    s += `${v}提出了陈述、申辩意见${said ? `：${withoutFullStop(said)}` : ''}。`;
  }
  if (heard || defence) {
    const adopted = defence?.inputs['adopted'];
    const verdict = adopted === true ? '予以采纳' : adopted === false ? '不予采纳' : '';
    if (isPresent(reasons))
      s += `本机关对${v}提出的事实、理由和证据进行了复核，认为：${withoutFullStop(String(reasons).trim())}${verdict ? `，${verdict}` : ''}。`;
    else if (defence) s += `本机关进行了复核，${verdict || BLANK}。`;
  } else if (notified) {
    if (lastStep(ctx, 'waive')) s += `${v}明确表示放弃陈述、申辩${hearing ? '和听证' : ''}的权利。`;
    else s += `${v}在规定期限内未提出陈述、申辩意见${hearing ? '，也未要求听证' : ''}。`;
  }
  return s;
}

// ---- discretion ----

const GRADE_PHRASE: Readonly<Record<string, string>> = {
  减轻处罚: '依法减轻处罚',
  从轻处罚: '依法从轻处罚',
  一般处罚: '按照一般情形处罚',
  从重处罚: '依法从重处罚',
};

/** 裁量 (行政处罚法 §5, §34 裁量基准): the grade applied and its reasons; null when the decision states neither. */
export function discretionSentence(ctx: DocumentContext, decisionStep: string): string | null {
  const d = lastStep(ctx, decisionStep);
  const grade = d?.inputs['discretionGrade'];
  const reasons = d?.inputs['discretionReasons'];
  if (!isPresent(grade) && !isPresent(reasons)) return null;
  const why = isPresent(reasons) ? `${withoutFullStop(String(reasons).trim())}。` : '';
  const phrase = typeof grade === 'string' ? (GRADE_PHRASE[grade] ?? grade) : BLANK;
  return `${why}依照本机关行政处罚裁量基准，本机关决定对${you(ctx)}${phrase}（裁量阶次：${text(grade)}）。`;
}

// ---- payment ----

/**
 * 履行方式和期限 (行政处罚法 §59(四), §67, §72): within fifteen days, into the agency's account
 * (户名, 开户行, 账号) or with the 非税收入缴款码, as the agency configured; 加处罚款 3% a day up to
 * the fine. A setting not made leaves blanks to fill by hand, never "the designated bank".
 */
export function performance(ctx: DocumentContext, list: readonly SanctionItem[], paymentCode: unknown): string {
  const v = you(ctx);
  const { fine, confiscation } = moneyToPay(list);
  const goods = list.some((s) => s.kind === '没收非法财物');
  const rest = list.filter((s) => !['罚款', '没收违法所得', '没收非法财物'].includes(s.kind));
  let s = '';
  if (fine || confiscation) {
    const what = fine && confiscation ? '罚没款' : fine ? '罚款' : '没收的违法所得';
    const p = ctx.agency.payment;
    if (p?.method === 'code')
      s += `${v}应当自收到本决定书之日起十五日内，凭非税收入缴款码${text(paymentCode)}通过${text(p.codeChannel)}缴纳上述${what}（${LAW}第六十七条）。`;
    else
      s += `${v}应当自收到本决定书之日起十五日内，将上述${what}缴至以下账户（${LAW}第六十七条）：户名：${text(p?.accountName)}；开户行：${text(p?.bank)}；账号：${text(p?.accountNumber)}。缴款时请注明本决定书文号。`;
    if (fine)
      s += `到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（${LAW}第七十二条第一款第（一）项）。`;
  }
  if (goods) s += '没收的非法财物由本机关依法处理。';
  if (rest.length || (!fine && !confiscation && !goods)) s += `${v}应当自收到本决定书之日起按照本决定履行（${LAW}第六十六条）。`;
  return s;
}

// ---- the proposal in words ----

const sentence = (t: string) => `${withoutFullStop(t.trim())}。`;

/**
 * 拟作出的决定 as the 法制审核意见书 and the 集体讨论记录 state it: sentences, not a dump of the
 * proposal's fields. A 行政处罚 decision reads as the 决定书 will (facts, the provision broken, the
 * 裁量, the penalty provision and every sanction); other decisions state each of their inputs.
 */
export function proposalInWords(step: StepDef | undefined, stepCode: string, decision: Record<string, unknown>): string {
  const said = (k: string) => (isPresent(decision[k]) ? String(decision[k]).trim() : '');
  if (stepCode === 'decide') {
    const list = sanctionsOf(decision, DECISION_SANCTIONS);
    const structured = Array.isArray(decision['sanctions']) && list.length > 0;
    const penalty = structured
      ? sanctionsSentence(list)
      : said('penalty')
        ? sentence(said('penalty'))
        : list.length
          ? sanctionsSentence(list)
          : '';
    let s = '拟作出行政处罚决定。';
    if (said('facts')) s += `经查，${sentence(said('facts'))}`;
    if (said('violatedProvision')) s += `当事人的上述行为违反了${withoutFullStop(said('violatedProvision'))}的规定。`;
    if (said('discretionReasons')) s += sentence(said('discretionReasons'));
    if (said('discretionGrade')) s += `依照裁量基准，拟适用「${said('discretionGrade')}」阶次。`;
    if (said('defenceReasons')) s += `对当事人的陈述、申辩或者听证意见，复核认为：${sentence(said('defenceReasons'))}`;
    s += `依据${withoutFullStop(said('legalBasis')) || BLANK}的规定，拟对当事人作出如下行政处罚：${penalty || `${BLANK}。`}`;
    return s;
  }
  const parts = (step?.inputs ?? [])
    .filter((i) => isPresent(decision[i.name]) && i.type !== 'officers')
    .map((i) => {
      const v = decision[i.name];
      const shown =
        i.type === 'choice'
          ? (i.choices?.find((ch) => ch.value === v)?.label ?? String(v))
          : i.type === 'money' && typeof v === 'number'
            ? yuanText(v)
            : i.type === 'sanctions'
              ? sanctionsSentence(v as SanctionItem[])
              : i.type === 'boolean'
                ? v
                  ? '是'
                  : '否'
                : String(v);
      return `${i.label}为：${sentence(shown)}`;
    });
  return `拟作出「${step?.name ?? stepCode}」的决定。${parts.join('')}`;
}
