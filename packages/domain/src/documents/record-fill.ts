import { BLANK, BLANK_DATE, chineseDate, isPresent, officerText, text } from './document-fill.ts';
import type { DocumentContext, DocumentStep } from './document-model.ts';

/**
 * What a 笔录 says about itself, from the inputs its step recorded (procedures/record-inputs.ts):
 * the real start and end, the officers who were there with their certificates, the recorder, who
 * else was present, and a refusal to sign. What the step did not record stays a blank to fill by
 * hand — never the day or hour the record was typed in.
 */

const BLANK_TIME = '＿＿时＿＿分';
const MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** 2026-08-20T09:30 (China time) → 2026年8月20日9时30分; null when it is not a moment. */
export function momentText(v: unknown): string | null {
  const m = typeof v === 'string' ? MOMENT.exec(v) : null;
  if (!m) return null;
  return `${chineseDate(m[1]!)}${Number(m[2])}时${m[3]}分`;
}

/**
 * 起止时间: 2026年8月20日9时30分至10时15分 (an end on another day gives its date too). Without a
 * start, the whole line is blank, or blank hours on `knownDay` (a day the case holds for certain,
 * e.g. the 听证 date that was notified).
 */
export function recordPeriod(step: DocumentStep | null, knownDay?: string | null): string {
  const start = step?.inputs['startedAt'];
  const end = step?.inputs['endedAt'];
  const from = momentText(start) ?? `${knownDay ? chineseDate(knownDay) : BLANK_DATE}${BLANK_TIME}`;
  const endText = momentText(end);
  if (!endText) return `${from}至${BLANK_TIME}`;
  const sameDay = typeof start === 'string' && typeof end === 'string' && start.slice(0, 10) === end.slice(0, 10);
  return `${from}至${sameDay ? endText.slice(endText.indexOf('日') + 1) : endText}`;
}

/**
 * The officers present at the step (its 在场执法人员) with their 执法证 numbers (行政处罚法 §42);
 * the case's officers when the step names none.
 */
export function presentOfficerText(ctx: DocumentContext, step: DocumentStep | null): string {
  const ids = step?.inputs['officers'];
  if (Array.isArray(ids) && ids.length) {
    const present = ctx.officers.filter((o) => o.userId && ids.includes(o.userId));
    if (present.length) return officerText({ ...ctx, officers: present });
  }
  return officerText(ctx);
}

/** 记录人: as entered, else the person who recorded the step. */
export function recorderText(step: DocumentStep | null): string {
  const r = step?.inputs['recorder'];
  return isPresent(r) ? text(r) : text(step?.actorName);
}

/** 其他在场人员, or 无 once the record is made without any. */
export function othersPresentText(step: DocumentStep | null): string {
  if (!step) return BLANK;
  const v = step.inputs['othersPresent'];
  return isPresent(v) ? text(v) : '无';
}

/**
 * The officers' note that `who` refused to sign (行政强制法 §18(八); 市场监督管理行政处罚程序规定
 * §28), with the witness who attests it; null when nobody refused.
 */
export function refusalNote(step: DocumentStep | null, who: string, basis = ''): string | null {
  if (step?.inputs['refusedToSign'] !== true) return null;
  const witness = step.inputs['witness'];
  const attested = isPresent(witness) ? `，见证人${text(witness)}在场见证并签名` : '';
  return `执法人员注明：${who}拒绝签名或者盖章${attested}${basis}。`;
}
