import { dayNumber, isoOfDay } from '../calendar/calendar.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { TakenStep } from './case-view.ts';
import type { Guard, InputDef } from './types.ts';

/**
 * 送达 (行政处罚法 §61; 民事诉讼法 第七章第二节): the day a party receives a document, from which
 * the periods it states run ("自收到本告知书之日起", §44–45, §64, §67) — not the day it was made.
 */

export const DELIVERY_METHODS = [
  { value: 'direct', label: '直接送达' },
  { value: 'left', label: '留置送达' },
  { value: 'mail', label: '邮寄送达' },
  { value: 'electronic', label: '电子送达（经当事人同意）' },
  { value: 'notice', label: '公告送达' },
] as const;

type Method = (typeof DELIVERY_METHODS)[number]['value'];

/**
 * What the 送达回证 of each method must state (民事诉讼法 §87–§95, 行政处罚法 §61), beyond the date,
 * method and recipient: 留置送达 the refusal, the place and the witnesses (§89); 邮寄送达 the address
 * and the postal tracking number (§91); 电子送达 the electronic address and the moment it reached
 * the party's system (§90, only with the party's consent); 公告送达 where it was published (§95).
 * Each is required when its method is chosen, and only then shown in the form.
 */
const METHOD_INPUTS: readonly (InputDef & { method: Method })[] = [
  { method: 'direct', name: 'proxy', label: '代收人及代收理由（本人签收的不填）', type: 'text', required: false },
  { method: 'left', name: 'leftReason', label: '拒收事由和日期', type: 'text', required: false },
  { method: 'left', name: 'witnesses', label: '见证人（姓名及所在基层组织或者单位）', type: 'text', required: false },
  { method: 'mail', name: 'mailAddress', label: '邮寄地址', type: 'text', required: false },
  { method: 'mail', name: 'trackingNumber', label: '邮件号码（挂号信或者特快专递）', type: 'text', required: false, max: 40 },
  {
    method: 'electronic',
    name: 'electronicAddress',
    label: '电子送达地址（电子邮箱或者手机号码）',
    type: 'text',
    required: false,
    max: 200,
  },
  { method: 'electronic', name: 'reachedAt', label: '送达信息到达对方特定系统的时间', type: 'datetime', required: false },
  { method: 'notice', name: 'noticeMedium', label: '公告方式（刊登公告的报刊、网站或者张贴公告的地点）', type: 'text', required: false },
];

/** What the law asks each method to record, for the message when an input of it is missing. */
const LEGAL: Record<Method, { what: string; basis: string }> = {
  direct: { what: '直接送达', basis: '《民事诉讼法》第八十七条' },
  left: { what: '受送达人拒绝接收、留置送达', basis: '《民事诉讼法》第八十九条' },
  mail: { what: '邮寄送达', basis: '《民事诉讼法》第九十一条' },
  electronic: { what: '电子送达', basis: '《民事诉讼法》第九十条' },
  notice: { what: '公告送达', basis: '《民事诉讼法》第九十五条' },
};

/**
 * The inputs of a 送达 step: 送达回证's date, method and recipient, and what the chosen method
 * must state. `methods` narrows the choice (行政许可 has no 留置 or 公告 in its form).
 */
export function deliveryInputsFor(methods: readonly Method[] = DELIVERY_METHODS.map((m) => m.value)): InputDef[] {
  return [
    { name: 'deliveredOn', label: '送达日期（公告送达为发出公告之日）', type: 'date' },
    { name: 'method', label: '送达方式', type: 'choice', choices: DELIVERY_METHODS.filter((m) => methods.includes(m.value)) },
    { name: 'recipient', label: '受送达人', type: 'text' },
    // where the document was handed over or left; printed for 直接送达 and 留置送达
    { name: 'place', label: '送达地点（直接送达、留置送达）', type: 'text', required: false },
    ...METHOD_INPUTS.filter((i) => methods.includes(i.method)).map(({ method, ...i }): InputDef => ({
      ...i,
      onlyWhen: { input: 'method', equals: method },
    })),
  ];
}

export const deliveryInputs: readonly InputDef[] = deliveryInputsFor();

/** Each method's own inputs are required when it is chosen; the arrival time is a real one, not later than now. */
export function deliveryMethodGuards(methods: readonly Method[] = DELIVERY_METHODS.map((m) => m.value)): Guard[] {
  return [
    ...METHOD_INPUTS.filter((i) => methods.includes(i.method) && i.name !== 'proxy').map((i): Guard => ({
      type: 'requiredWhen',
      input: i.name,
      when: { input: 'method', equals: i.method },
      reason: `${LEGAL[i.method].what}的，应当记明${i.label.replace(/（.*）$/, '')}（${LEGAL[i.method].basis}）`,
    })),
    ...(methods.includes('left')
      ? [
          {
            type: 'requiredWhen',
            input: 'place',
            when: { input: 'method', equals: 'left' },
            reason: '留置送达的，应当记明留置文书的地点（受送达人的住所）（《民事诉讼法》第八十九条）',
          } as const,
        ]
      : []),
    ...(methods.includes('electronic') ? [{ type: 'timeSpan', start: 'reachedAt', reason: '送达信息到达的时间有误' } as const] : []),
  ];
}

/**
 * The day the party is taken to have received the document: the 送达日期, or for 公告送达 the end of
 * the pack's 公告 period counted from it (民事诉讼法 §95: 自发出公告之日起，经过三十日，即视为送达).
 * Null when the step holds no date (a case recorded before 送达 was recorded).
 */
export function receivedOn(inputs: Record<string, unknown>, pack: RulePack): string | null {
  const on = inputs['deliveredOn'];
  if (typeof on !== 'string') return null;
  if (inputs['method'] !== 'notice') return on;
  return isoOfDay(dayNumber(on) + pack.limits['delivery.publicNotice'].days);
}

export interface NoticeReceipt {
  notice: TakenStep;
  /** index of the notice among the case's steps */
  at: number;
  /** the 送达 recorded for THIS notice, if any */
  delivery: TakenStep | undefined;
  /** the day the party received it; null while it has not been served */
  receivedOn: string | null;
}

/**
 * The last `notice` step and its own 送达 (`delivery`, the first one taken after it): a new notice
 * is served anew, and a 送达 of an earlier notice does not count for it.
 */
export function noticeReceipt(steps: readonly TakenStep[], notice: string, delivery: string, pack: RulePack): NoticeReceipt | null {
  const at = steps.findLastIndex((s) => s.code === notice);
  if (at < 0) return null;
  const served = steps.slice(at + 1).find((s) => s.code === delivery);
  return { notice: steps[at]!, at, delivery: served, receivedOn: served ? receivedOn(served.inputs, pack) : null };
}
