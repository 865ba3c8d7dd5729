import type { LimitKey, ThresholdKey } from '../rules/rule-pack.ts';
import type { SanctionFields } from './sanctions.ts';

/** 角色. 执法人员, 法制审核人员, 机关负责人, 公示管理员, 监督人员, 系统管理员. */
export type Role = 'officer' | 'reviewer' | 'head' | 'publisher' | 'supervisor' | 'admin';

export const ROLE_NAMES: Record<Role, string> = {
  officer: '执法人员',
  reviewer: '法制审核人员',
  head: '机关负责人',
  publisher: '公示管理员',
  supervisor: '监督人员',
  admin: '系统管理员',
};

/** 执法行为类别 (DOMAIN.md "Who uses it"). */
export type EnforcementKind =
  '行政许可' | '行政处罚' | '行政强制' | '行政检查' | '行政征收征用' | '行政收费' | '行政确认' | '行政给付' | '行政裁决';

export const ENFORCEMENT_KINDS: readonly EnforcementKind[] = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政检查',
  '行政征收征用',
  '行政收费',
  '行政确认',
  '行政给付',
  '行政裁决',
];

/** The stages every procedure passes through (R-REC-1). */
export type Stage = '启动' | '调查取证' | '审核' | '决定' | '送达' | '执行' | '结案' | '归档';
export const STAGES: readonly Stage[] = ['启动', '调查取证', '审核', '决定', '送达', '执行', '结案', '归档'];

/**
 * `sanctions`: 处罚种类 with amount, term and object per kind (procedures/sanctions.ts); `datetime`: a
 * moment in China time (UTC+8) as YYYY-MM-DDTHH:mm, e.g. when an interview began
 */
export type InputType = 'text' | 'longtext' | 'money' | 'date' | 'datetime' | 'boolean' | 'choice' | 'officers' | 'sanctions';

export interface InputDef {
  name: string;
  /** Chinese label, used in forms and in error messages */
  label: string;
  type: InputType;
  /** default true */
  required?: boolean;
  choices?: readonly { value: string; label: string }[];
  /** max length for text, max value for money */
  max?: number;
  /** the input concerns only this case (e.g. 邮件号码 only 邮寄送达): forms show it only then */
  onlyWhen?: { input: string; equals: string | boolean };
}

/** 音像记录 needed by a step: 'record' = 记录, 'full-process' = 全程音像记录 (R-REC-3). */
export interface RecordingRequirement {
  level: 'record' | 'full-process';
  what: string;
}

/** Declarative checks evaluated by the engine (never code in route handlers). */
export type Guard =
  /** §51: 简易程序 only up to the pack's fine limit for the party's kind */
  | { type: 'maxFineForParty'; input: string; person: ThresholdKey; org: ThresholdKey }
  /** §62: no heavier penalty after the party's 陈述申辩 than the one notified */
  | { type: 'notHeavierThan'; input: string; earlier: { step: string; input: string }; reason: string }
  /**
   * §45 二款, §62: every sanction of this step (kinds, amounts, terms, goods and licences) no heavier
   * than those of the last `notice`; the money inputs, where a step has both, say what the list says
   */
  | { type: 'sanctionsNotHeavier'; fields: SanctionFields; notice: { step: string; fields: SanctionFields }; reason: string }
  /** §63: where the sanctions are ones with a right to a hearing (pack thresholds by party kind), `input` must be true */
  | { type: 'hearingRightFollows'; fields: SanctionFields; input: string; reason: string }
  /** §63, §64: the last `notice` told of the right to a hearing, or its sanctions gave it by law */
  | { type: 'hearingRightGiven'; notice: { step: string; fields: SanctionFields; input: string }; reason: string; appliesTo?: 'party' }
  /** the actor must not have taken any of these steps in this case (e.g. §64 听证主持人非调查人员) */
  | { type: 'actorNotFrom'; steps: readonly string[]; reason: string }
  /** a step must have been taken before (beyond what the states already enforce) */
  | { type: 'stepTaken'; step: string; reason: string }
  /**
   * the window opened by the last `step` (e.g. 听证申请期限) must have passed, unless one of `unless` was
   * taken after it (a new 告知 opens a new window); with `delivery`, the window runs from the day the
   * party received the notice (its 送达, recorded by that step), and has not begun before it
   */
  | { type: 'windowPassed'; step: string; limit: LimitKey; delivery?: string; unless: readonly string[]; reason: string }
  /** an approval (`approval`, taken by the head in the system) must have been given since this step was last taken (e.g. 先行登记保存 §56) */
  | { type: 'approvalHeld'; approval: string; reason: string }
  /** a date input lies between the day the last `after` step was taken and today (e.g. 送达日期) */
  | { type: 'dateSince'; input: string; after: string; reason: string }
  /** one of the choices of an input decides among steps: input must equal value */
  | { type: 'inputIn'; input: string; values: readonly string[]; reason: string }
  /** a date input must lie at least `limit` after the day of the step (e.g. 听证通知 7 working days ahead, §64) */
  | { type: 'dateNotBefore'; input: string; limit: LimitKey; reason: string }
  /** `input` becomes required when another input has a given value (e.g. 见证人 when the party is absent) */
  | { type: 'requiredWhen'; input: string; when: { input: string; equals: string | boolean }; reason: string }
  /**
   * the window opened by `step` must still be open: on the date in `input`, or today (e.g. 听证申请
   * within 5 working days, §64); with `delivery`, counted from the notice's 送达 (open until it is served)
   */
  | { type: 'withinWindow'; step: string; limit: LimitKey; delivery?: string; input?: string; reason: string; appliesTo?: 'party' }
  /** an input of the last `step` must have had a value (e.g. the 告知书 told of the right to a hearing) */
  | { type: 'earlierInputEquals'; step: string; input: string; equals: string | boolean; reason: string; appliesTo?: 'party' }
  /**
   * the real times a 笔录 records (datetime inputs): `end`, when given, after `start`; neither later than
   * the moment the step is recorded (the interview happened before it is entered)
   */
  | { type: 'timeSpan'; start: string; end?: string; reason: string }
  /** `step` must have been taken when an input has a given value (e.g. 电子送达 only after the party's consent, §61) */
  | { type: 'stepTakenWhen'; step: string; when: { input: string; equals: string | boolean }; reason: string }
  /** `input` must be given when one of `steps` was taken after the last `since` (e.g. reasons answering a 陈述申辩) */
  | { type: 'requiredIfTaken'; input: string; steps: readonly string[]; since: string; reason: string };

export interface StepDef {
  code: string;
  /** Chinese name, e.g. 立案 */
  name: string;
  stage: Stage;
  /** states the step may be taken from; empty for the opening step */
  from: readonly string[];
  /** the state after the step; SAME keeps the case where it is (e.g. a further 询问) */
  to: string;
  roles: readonly Role[];
  /** the actor must be one of the case's officers holding a valid certificate (R-X-1) */
  officerAct?: boolean;
  /** the step is done by officers present in person: input `officers` lists at least officers.min qualified case officers (§42) */
  presentOfficers?: boolean;
  inputs: readonly InputDef[];
  /** 文书 codes the step produces or needs (enforced by the record capability) */
  documents: readonly string[];
  recordings: readonly RecordingRequirement[];
  guards?: readonly Guard[];
  /** legal basis shown to people */
  basis?: string;
  /** the step's own record is evidence of this kind (行政处罚法 §46: 现场笔录, 当事人的陈述 …) and goes into 送审材料 */
  evidence?: string;
  /** R-REV-2: a decision step, taken only on a proposal cleared by legal review (法制审核) */
  gate?: 'legal-review';
  /** R-PUB-3: taking this step is a 执法决定 that must be published (公示) within the kind's time limit */
  publish?: boolean;
  /** taken only by the legal-review module (提交审核, 审核意见, 集体讨论), never directly */
  via?: 'legal-review';
  /**
   * 当事人 may take this step themselves, online with the access code on their 告知书 (陈述申辩,
   * 听证申请, 放弃, 同意电子送达). Staff still need one of `roles`.
   */
  partyMay?: boolean;
}

/** `to` value of steps that leave the state unchanged. */
export const SAME = '@same';

export interface StateDef {
  code: string;
  name: string;
  terminal?: boolean;
  /** an ending off the main line (不予立案, 移送 …): progress views show it only once the case reaches it */
  branch?: boolean;
}

/** A time limit running from one step until another (R-PUB-3, §85). */
export interface DeadlineDef {
  code: string;
  name: string;
  limit: LimitKey;
  /** the step that starts the clock */
  from: string;
  /** start from a date entered at that step instead of the day it was taken (e.g. 发现线索日期) */
  fromInput?: string;
  /** steps any of which stop the clock */
  until: readonly string[];
  /** start from the day the party received what the `from` step served: its 送达 inputs (deliveredOn, method; 公告 adds its period) */
  fromDelivery?: boolean;
  /**
   * a step that extends the deadline by another limit (e.g. 延长办案期限), at most `times` times (default
   * once), only while the deadline runs; each extension counts from the original end, and a period
   * ending on a rest day moves to the next working day once, at the final end
   */
  extendBy?: { step: string; limit: LimitKey; times?: number };
  /** time between a `from` step and the next `until` step is not counted (e.g. 检测、检验、检疫、鉴定, 听证) */
  pausedBy?: { from: string; until: string };
}

export interface ProcedureDef {
  code: string;
  version: string;
  /** Chinese name, e.g. 行政处罚一般程序 */
  name: string;
  kind: EnforcementKind;
  /** the kind word in case numbers, e.g. 罚 in 馆市监罚〔2026〕42号 */
  numberWord: string;
  description: string;
  states: readonly StateDef[];
  /** the opening step (立案/受理): from = [] */
  open: StepDef;
  steps: readonly StepDef[];
  deadlines: readonly DeadlineDef[];
  /** officers assigned at opening; defaults to the rule pack's officers.min (§42) */
  minOfficersAtOpening?: number;
}
