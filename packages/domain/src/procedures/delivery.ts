import { dayNumber, isoOfDay } from '../calendar/calendar.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { TakenStep } from './case-view.ts';
import type { InputDef } from './types.ts';

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

/** The inputs of a 送达 step: 送达回证's date, method and recipient. */
export const deliveryInputs: readonly InputDef[] = [
  { name: 'deliveredOn', label: '送达日期', type: 'date' },
  { name: 'method', label: '送达方式', type: 'choice', choices: DELIVERY_METHODS },
  { name: 'recipient', label: '受送达人', type: 'text' },
];

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
