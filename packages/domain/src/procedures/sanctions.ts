import type { RulePack } from '../rules/rule-pack.ts';
import type { Inputs } from './case-view.ts';

/**
 * 拟作出（或作出）的行政处罚 as structure, not prose: each sanction by its kind (行政处罚法 §9, plus
 * 行政拘留 and 其他), with the amount, term and object where the kind has one. The 告知's hearing
 * right (§63) and the rule that the decision is no heavier than notified (§45 二款, §62) read these.
 */

export interface SanctionKindDef {
  /** 金额 (元): 罚款 amount, 违法所得 amount, 非法财物 value */
  amount?: string;
  /** 期限 (日) */
  days?: string;
  /** what the sanction falls on: the licence, the goods, the scope */
  detail?: string;
  /** the detail is required */
  detailRequired?: boolean;
  /** 行政处罚法 §63 item that makes this kind one with a right to a hearing, whatever its size */
  hearing?: string;
}

export const SANCTION_KINDS = {
  警告: {},
  通报批评: {},
  罚款: { amount: '罚款金额（元）' },
  没收违法所得: { amount: '违法所得金额（元）' },
  没收非法财物: { amount: '非法财物价值（元）', detail: '财物名称及数量（以、分隔）', detailRequired: true },
  暂扣许可证件: { detail: '许可证件名称', detailRequired: true, days: '暂扣期限（日）' },
  降低资质等级: { detail: '资质名称及降低后的等级', detailRequired: true, hearing: '（三）降低资质等级' },
  吊销许可证件: { detail: '许可证件名称', detailRequired: true, hearing: '（三）吊销许可证件' },
  限制开展生产经营活动: { detail: '限制的内容', detailRequired: true, days: '期限（日）' },
  责令停产停业: { detail: '停产停业的范围', days: '期限（日）', hearing: '（四）责令停产停业' },
  责令关闭: { hearing: '（四）责令关闭' },
  限制从业: { detail: '限制从业的范围', days: '期限（日）', hearing: '（四）限制从业' },
  行政拘留: { days: '拘留日数' },
  其他: { detail: '法律、行政法规规定的其他行政处罚', detailRequired: true },
} as const satisfies Record<string, SanctionKindDef>;

export type SanctionKind = keyof typeof SANCTION_KINDS;
export const SANCTION_KIND_NAMES = Object.keys(SANCTION_KINDS) as SanctionKind[];

export interface SanctionItem {
  kind: SanctionKind;
  amount?: number;
  days?: number;
  detail?: string;
}

const kindDef = (k: SanctionKind): SanctionKindDef => SANCTION_KINDS[k];

/** Checks one list of sanctions; returns the normalised list, or the Chinese reason it is not one. */
export function normaliseSanctions(value: unknown): SanctionItem[] | string {
  if (!Array.isArray(value)) return '应为处罚种类列表';
  const out: SanctionItem[] = [];
  for (const [n, raw] of value.entries()) {
    const at = `第 ${n + 1} 项`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${at}格式不正确`;
    const o = raw as Record<string, unknown>;
    const unknownKey = Object.keys(o).find((k) => !['kind', 'amount', 'days', 'detail'].includes(k));
    if (unknownKey) return `${at}不接受字段「${unknownKey}」`;
    const kind = o['kind'];
    if (typeof kind !== 'string' || !Object.hasOwn(SANCTION_KINDS, kind))
      return `${at}的处罚种类应为以下之一：${SANCTION_KIND_NAMES.join('、')}`;
    const def = kindDef(kind as SanctionKind);
    const item: SanctionItem = { kind: kind as SanctionKind };
    if (def.amount) {
      const a = o['amount'];
      if (typeof a !== 'number' || !Number.isFinite(a) || a <= 0 || Math.round(a * 100) !== a * 100)
        return `${at}「${kind}」的${def.amount}应为大于 0、最多两位小数的金额`;
      item.amount = a;
    } else if (o['amount'] !== undefined) return `${at}「${kind}」没有金额`;
    if (def.days) {
      const d = o['days'];
      if (d !== undefined && d !== null) {
        if (typeof d !== 'number' || !Number.isInteger(d) || d <= 0 || d > 36500) return `${at}「${kind}」的${def.days}应为正整数`;
        item.days = d;
      }
    } else if (o['days'] !== undefined && o['days'] !== null) return `${at}「${kind}」没有期限`;
    const detail = o['detail'];
    if (detail !== undefined && detail !== null && detail !== '') {
      if (!def.detail) return `${at}「${kind}」无需说明`;
      if (typeof detail !== 'string' || detail.trim() === '' || detail.length > 500)
        return `${at}「${kind}」的${def.detail}应为不超过 500 字的文本`;
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(detail)) return `${at}「${kind}」的${def.detail}含有不可见的控制字符`;
      item.detail = detail.trim();
    } else if (def.detailRequired) return `${at}「${kind}」须填写${def.detail}`;
    if (out.some((x) => x.kind === item.kind)) return `「${kind}」重复：同一种类请合并为一项`;
    out.push(item);
  }
  return out;
}

/** Where a step keeps its penalty: a structured `sanctions` input, and the older money inputs. */
export interface SanctionFields {
  sanctions: string;
  /** 罚款 amount (money input) — what cases recorded before the structure carry */
  fine?: string;
  /** 没收违法所得 amount (money input) */
  confiscation?: string;
}

/**
 * The sanctions a step's inputs state: the structured list when given, else what the older
 * money inputs say (cases recorded before the structure: 罚款 and 没收违法所得 amounts only).
 */
export function sanctionsOf(inputs: Inputs, f: SanctionFields): SanctionItem[] {
  const given = inputs[f.sanctions];
  if (Array.isArray(given)) return given as SanctionItem[];
  const out: SanctionItem[] = [];
  const fine = f.fine ? inputs[f.fine] : undefined;
  const conf = f.confiscation ? inputs[f.confiscation] : undefined;
  if (typeof fine === 'number' && fine > 0) out.push({ kind: '罚款', amount: fine });
  if (typeof conf === 'number' && conf > 0) out.push({ kind: '没收违法所得', amount: conf });
  return out;
}

/** The money inputs must say what the structured list says (the documents and the review read both). */
export function moneyInputMismatch(inputs: Inputs, f: SanctionFields, labels: { fine?: string; confiscation?: string }): string | null {
  const given = inputs[f.sanctions];
  if (!Array.isArray(given)) return null;
  const list = given as SanctionItem[];
  const pairs: [string | undefined, SanctionKind, string | undefined][] = [
    [f.fine, '罚款', labels.fine],
    [f.confiscation, '没收违法所得', labels.confiscation],
  ];
  for (const [field, kind, label] of pairs) {
    if (!field) continue;
    const v = inputs[field];
    const inList = list.find((s) => s.kind === kind)?.amount;
    if (typeof v === 'number' && v !== (inList ?? 0)) return `「${label ?? field}」${v} 元与处罚种类中的「${kind}」${inList ?? 0} 元不一致`;
  }
  return null;
}

export const money = (n: number): string => `${n.toLocaleString('zh-CN')} 元`;

/** One sanction as people read it: 罚款 50,000 元; 吊销许可证件（食品经营许可证）; 责令停产停业 30 日. */
export function sanctionText(s: SanctionItem): string {
  return [
    s.kind,
    s.amount !== undefined ? ` ${money(s.amount)}` : '',
    s.detail ? `（${s.detail}）` : '',
    s.days ? ` ${s.days} 日` : '',
  ].join('');
}

export function sanctionsText(list: readonly SanctionItem[]): string {
  return list.map(sanctionText).join('；');
}

/**
 * 行政处罚法 §63: the items by which the party must be told of the right to a hearing. 较大数额
 * is the pack's value for the party's kind (市场监管: 听证办法 §5). Empty when no item applies; 其他
 * 较重的行政处罚 (§63(五)) stays the officer's judgement and is not decided here.
 */
export function hearingRightGrounds(list: readonly SanctionItem[], partyKind: 'person' | 'org', pack: RulePack): string[] {
  const out: string[] = [];
  const t = pack.thresholds;
  const fineMin = t[partyKind === 'person' ? 'hearing.fineMinPerson' : 'hearing.fineMinOrg'];
  const confMin = t[partyKind === 'person' ? 'hearing.confiscationMinPerson' : 'hearing.confiscationMinOrg'];
  const fine = list.find((s) => s.kind === '罚款')?.amount ?? 0;
  if (fine >= fineMin.value)
    out.push(`（一）较大数额罚款：罚款 ${money(fine)}，不低于${fineMin.name} ${money(fineMin.value)}（${fineMin.basis}）`);
  // 没收违法所得 and the value of 非法财物 together (听证办法 §5(四), as its 2018 text says: 总额)
  const confiscated = list.filter((s) => s.kind === '没收违法所得' || s.kind === '没收非法财物').reduce((a, s) => a + (s.amount ?? 0), 0);
  if (confiscated > 0 && confiscated >= confMin.value)
    out.push(
      `（二）没收较大数额违法所得、较大价值非法财物：${money(confiscated)}，不低于${confMin.name} ${money(confMin.value)}（${confMin.basis}）`,
    );
  for (const s of list) {
    const h = kindDef(s.kind).hearing;
    if (h) out.push(h);
  }
  return out;
}

const itemsOf = (detail: string | undefined): string[] =>
  (detail ?? '')
    .split(/[、，,；;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * How `after` is heavier than `before` (行政处罚法 §45 二款, §62: no heavier penalty than the one
 * the party was told of and heard on), one Chinese reason per point; empty when it is not. Every
 * sanction counts: a kind not notified, a larger amount, a longer term, goods or licences not named.
 */
export function heavierSanctions(before: readonly SanctionItem[], after: readonly SanctionItem[]): string[] {
  const out: string[] = [];
  for (const a of after) {
    const b = before.find((x) => x.kind === a.kind);
    if (!b) {
      out.push(`增加了告知书未载明的「${sanctionText(a)}」`);
      continue;
    }
    if ((a.amount ?? 0) > (b.amount ?? 0)) out.push(`「${a.kind}」${money(a.amount ?? 0)}高于告知的 ${money(b.amount ?? 0)}`);
    if (b.days !== undefined && (a.days === undefined || a.days > b.days))
      out.push(`「${a.kind}」期限${a.days === undefined ? '未限定' : ` ${a.days} 日`}，长于告知的 ${b.days} 日`);
    const known = new Set(itemsOf(b.detail));
    const added = itemsOf(a.detail).filter((x) => !known.has(x));
    if (added.length && a.kind !== '其他' && kindDef(a.kind).detail) out.push(`「${a.kind}」增加了告知书未载明的：${added.join('、')}`);
    if (a.kind === '其他' && (a.detail ?? '') !== (b.detail ?? '')) out.push(`「其他」处罚内容与告知的不同：${a.detail ?? ''}`);
  }
  return out;
}
