import type { Guard, InputDef } from './types.ts';

/**
 * What every 笔录 states about itself (R-REC-2 文字记录): the real start and end of the interview or
 * inspection as the officers enter them (never the moment the record is typed in), who recorded it,
 * who else was present, and a refusal to sign with the witness who attests it. The templates print
 * them. The times are required: a 笔录 that does not say when the interview or inspection began and
 * ended does not tell the truth about it (issue 20); the others, not entered, are blanks to fill by
 * hand on the paper copy.
 */

/** The start and end of what the 笔录 records, e.g. 询问开始时间 / 询问结束时间. */
export function recordTimeInputs(what: string): InputDef[] {
  return [
    { name: 'startedAt', label: `${what}开始时间`, type: 'datetime' },
    { name: 'endedAt', label: `${what}结束时间`, type: 'datetime' },
  ];
}

/** 记录人 (one of the officers or staff, by name), 其他在场人员 (翻译人员, 见证人 …). */
export const recorderInput: InputDef = { name: 'recorder', label: '记录人', type: 'text', required: false, max: 50 };
export const othersPresentInput: InputDef = {
  name: 'othersPresent',
  label: '其他在场人员（姓名、身份，如翻译人员、见证人）',
  type: 'text',
  required: false,
};

/**
 * 拒绝签名: noted in the 笔录 by the officers (行政强制法 §18(八); 市场监督管理行政处罚程序规定 §28).
 * The label names no person: it sits below the person's own field in the form.
 */
export function refusalInputs(): InputDef[] {
  return [
    { name: 'refusedToSign', label: '拒绝在笔录上签名或者盖章', type: 'boolean', required: false },
    { name: 'witness', label: '见证人（姓名、身份证件号码或者工作单位）', type: 'text', required: false },
  ];
}

/** The times a 笔录 records are real ones: the end after the start, neither later than now. */
export function recordTimeGuard(what: string): Guard {
  return { type: 'timeSpan', start: 'startedAt', end: 'endedAt', reason: `${what}的起止时间有误` };
}

/** All of the above for a 笔录 of `what` (询问, 检查, 核查 …). */
export function recordInputs(what: string): InputDef[] {
  return [...recordTimeInputs(what), recorderInput, othersPresentInput, ...refusalInputs()];
}
