import type { Guard, InputDef, StepDef } from '../types.ts';
import { DISCRETION_GRADES } from '../../review/catalog.ts';
import { notes } from './common.ts';
import { OUTCOMES } from './penalty-general-investigation.ts';
import { DEFENCE_WINDOW, NOTICE_SANCTIONS, deliveryGuards } from './penalty-general-defence.ts';
import { deliveryInputs } from '../delivery.ts';

/** 不予行政处罚的法定情形 (行政处罚法 §30, §31, §33, §36). */
export const NO_PENALTY_GROUNDS = [
  { value: 'minor-age', label: '不满十四周岁的未成年人有违法行为（第三十条）' },
  { value: 'mental', label: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为（第三十一条）' },
  { value: 'minor', label: '违法行为轻微并及时改正，没有造成危害后果（第三十三条第一款）' },
  { value: 'first', label: '初次违法且危害后果轻微并及时改正（第三十三条第一款）' },
  { value: 'no-fault', label: '当事人有证据足以证明没有主观过错（第三十三条第二款）' },
  { value: 'time-barred', label: '违法行为在二年（涉及公民生命健康安全、金融安全且有危害后果的五年）内未被发现（第三十六条）' },
  { value: 'other', label: '法律、行政法规规定的其他不予行政处罚情形' },
] as const;

/**
 * What a 决定书 states beyond the facts and the sanctions (行政处罚法 §59(二)(三), 2021 市场监管
 * 文书范本): what each piece of evidence proves where the system cannot know it, the 裁量 grade of
 * the agency's 裁量基准 and its reasons, and why the party's 陈述申辩 or 听证 意见 were accepted or not.
 */
export const DECISION_REASONS = [
  { name: 'evidenceProves', label: '证据证明对象（每行一项：证据名称：证明对象）', type: 'longtext', required: false, max: 5000 },
  {
    name: 'discretionGrade',
    label: '裁量阶次',
    type: 'choice',
    required: false,
    choices: DISCRETION_GRADES.filter((g) => g !== '不予处罚').map((g) => ({ value: g, label: g })),
  },
  { name: 'discretionReasons', label: '裁量理由', type: 'longtext', required: false, max: 5000 },
  { name: 'defenceReasons', label: '对陈述申辩、听证意见的复核理由', type: 'longtext', required: false, max: 5000 },
] as const satisfies readonly InputDef[];

/** §45, §62: where the party spoke (陈述申辩 recorded or online, 听证) after the 告知, the decision answers it with reasons. */
export const DEFENCE_REASONS_GUARD: Guard = {
  type: 'requiredIfTaken',
  input: 'defenceReasons',
  steps: ['record-defence', 'party-defence', 'hold-hearing'],
  since: 'notify',
  reason: '当事人提出了陈述、申辩或者听证意见，决定须写明复核意见及采纳或者不予采纳的理由（《行政处罚法》第四十五条、第六十二条）',
};

/** 行政处罚一般程序, 法制审核 to 执行: review rounds, 集体讨论, the decision, delivery and execution. */
export const decisionSteps: StepDef[] = [
  {
    code: 'submit-review',
    name: '提交法制审核',
    stage: '审核',
    from: ['notified', 'heard', 'revising'],
    to: 'in-review',
    roles: ['officer'],
    officerAct: true,
    via: 'legal-review',
    inputs: [
      { name: 'round', label: '审核轮次', type: 'text' },
      { name: 'proposalVersion', label: '拟作出决定的版本', type: 'text' },
      { name: 'materialsSha256', label: '送审材料摘要值', type: 'text' },
      { name: 'proposedDecision', label: '拟作出的决定', type: 'longtext' },
      { name: 'proposedFine', label: '拟罚款金额（元）', type: 'money', required: false },
      { name: 'proposedSanctions', label: '拟作出的处罚种类', type: 'sanctions', required: false },
      notes,
    ],
    documents: ['法制审核送审表'],
    recordings: [],
    guards: [
      { type: 'stepTaken', step: 'notify', reason: '提交法制审核前须已告知当事人拟作出的处罚（《行政处罚法》第六十二条）' },
      {
        type: 'windowPassed',
        ...DEFENCE_WINDOW,
        unless: ['waive', 'hold-hearing'],
        reason: '当事人陈述申辩和申请听证的期限尚未届满',
      },
      {
        type: 'notHeavierThan',
        input: 'proposedFine',
        earlier: { step: 'notify', input: 'proposedFine' },
        reason: '拟罚款高于告知书所载金额，应重新告知（《行政处罚法》第四十五条）',
      },
      {
        // every sanction of the proposal, not the fine alone: a heavier one is notified again before review
        type: 'sanctionsNotHeavier',
        fields: { sanctions: 'proposedSanctions', fine: 'proposedFine' },
        notice: { step: 'notify', fields: NOTICE_SANCTIONS },
        reason: '拟作出的处罚重于告知书所载的处罚，应当重新告知当事人后再提交法制审核（《行政处罚法》第四十四条、第四十五条第二款）',
      },
    ],
    basis: '《行政处罚法》第五十八条',
  },
  {
    code: 'review-pass',
    name: '法制审核通过',
    stage: '审核',
    from: ['in-review'],
    to: 'reviewed',
    roles: ['reviewer'],
    via: 'legal-review',
    inputs: [
      { name: 'round', label: '审核轮次', type: 'text' },
      { name: 'opinion', label: '审核意见', type: 'longtext' },
    ],
    documents: ['法制审核意见书'],
    recordings: [],
    basis: '《行政处罚法》第五十八条',
  },
  {
    code: 'review-return',
    name: '法制审核退回',
    stage: '审核',
    from: ['in-review'],
    to: 'revising',
    roles: ['reviewer'],
    via: 'legal-review',
    inputs: [
      { name: 'round', label: '审核轮次', type: 'text' },
      { name: 'problems', label: '存在问题', type: 'longtext' },
    ],
    documents: ['法制审核意见书'],
    recordings: [],
  },
  {
    code: 'revise-proposal',
    name: '修改拟作出的决定',
    stage: '审核',
    from: ['in-review', 'reviewed'],
    to: 'revising',
    roles: ['officer'],
    officerAct: true,
    via: 'legal-review',
    inputs: [
      { name: 'proposalVersion', label: '拟作出决定的版本', type: 'text' },
      { name: 'changes', label: '修改内容', type: 'longtext' },
    ],
    documents: [],
    recordings: [],
    basis: '拟作出的决定经审核后有变更的，应当重新审核',
  },
  collectiveStep('collective-discussion', '集体讨论', 'reviewed'),
  collectiveStep('collective-return', '集体讨论决定退回修改', 'revising'),
  {
    code: 'decide',
    publish: true,
    name: '作出处罚决定',
    stage: '决定',
    from: ['reviewed'],
    to: 'decided',
    roles: ['head'],
    inputs: [
      // 不予行政处罚 and 移送 are their own steps (decide-no-penalty, transfer): this one is a penalty (§57(一))
      { name: 'decisionType', label: '决定类型', type: 'choice', choices: [OUTCOMES[0]] },
      { name: 'facts', label: '违法事实', type: 'longtext' },
      // §59(三): the provision broken and the one the penalty rests on are two provisions, both stated
      // by every penalty decision; decisions recorded before they were held apart carry both in
      // legalBasis (and render as they did)
      { name: 'violatedProvision', label: '违反的规定', type: 'longtext' },
      { name: 'legalBasis', label: '处罚依据', type: 'longtext' },
      { name: 'penalty', label: '处罚内容', type: 'longtext' },
      { name: 'sanctions', label: '处罚种类', type: 'sanctions', required: false },
      { name: 'fineAmount', label: '罚款金额（元）', type: 'money', required: false },
      { name: 'confiscation', label: '没收违法所得（元）', type: 'money', required: false },
      ...DECISION_REASONS,
      { name: 'paymentCode', label: '非税收入缴款码', type: 'text', required: false, max: 60 },
    ],
    documents: ['行政处罚决定书'],
    recordings: [],
    gate: 'legal-review',
    guards: [
      {
        // no decision while the party may still state a defence or ask for a hearing on THIS notice (§62)
        type: 'windowPassed',
        ...DEFENCE_WINDOW,
        unless: ['waive', 'hold-hearing'],
        reason: '当事人陈述申辩和申请听证的期限尚未届满，不得作出行政处罚决定（《行政处罚法》第六十二条）',
      },
      DEFENCE_REASONS_GUARD,
      {
        // every sanction, not the fine alone; a heavier one needs a new 告知书 first
        type: 'sanctionsNotHeavier',
        fields: { sanctions: 'sanctions', fine: 'fineAmount', confiscation: 'confiscation' },
        notice: { step: 'notify', fields: NOTICE_SANCTIONS },
        reason: '作出的处罚重于告知书所载的处罚，应当重新告知当事人（《行政处罚法》第四十四条、第四十五条第二款、第六十二条）',
      },
    ],
    basis: '《行政处罚法》第五十七条、第五十九条',
  },
  {
    // §57(二): 违法行为轻微等依法可以不予行政处罚的 — an ending of its own, not a penalty: no 告知 is
    // owed (§44 concerns a penalty), and nothing is published
    code: 'decide-no-penalty',
    name: '作出不予行政处罚决定',
    stage: '决定',
    from: ['investigated', 'notified', 'heard', 'revising'],
    to: 'no-penalty',
    roles: ['head'],
    inputs: [
      {
        name: 'ground',
        label: '不予行政处罚的法定情形',
        type: 'choice',
        choices: NO_PENALTY_GROUNDS,
      },
      { name: 'facts', label: '查明的事实', type: 'longtext' },
      { name: 'violatedProvision', label: '违反的规定', type: 'longtext', required: false },
      { name: 'legalBasis', label: '不予行政处罚的依据', type: 'longtext' },
      DECISION_REASONS[0],
      DECISION_REASONS[3],
    ],
    guards: [DEFENCE_REASONS_GUARD],
    documents: ['不予行政处罚决定书'],
    recordings: [],
    basis: '《行政处罚法》第三十条、第三十一条、第三十三条、第三十六条、第五十七条第一款第（二）项',
  },
  {
    code: 'deliver-no-penalty',
    name: '送达不予行政处罚决定书',
    stage: '送达',
    from: ['no-penalty'],
    to: 'no-penalty-delivered',
    roles: ['officer'],
    officerAct: true,
    inputs: deliveryInputs,
    documents: ['送达回证'],
    recordings: [],
    guards: deliveryGuards('decide-no-penalty'),
    basis: '《行政处罚法》第六十一条',
  },
  {
    code: 'deliver',
    name: '送达',
    stage: '送达',
    from: ['decided'],
    to: 'delivered',
    roles: ['officer'],
    officerAct: true,
    inputs: deliveryInputs,
    documents: ['送达回证'],
    recordings: [],
    guards: deliveryGuards('decide'),
    basis: '《行政处罚法》第六十一条',
  },
  {
    code: 'execute',
    name: '执行',
    stage: '执行',
    from: ['delivered'],
    to: 'executed',
    roles: ['officer'],
    officerAct: true,
    inputs: [
      {
        name: 'performance',
        label: '履行情况',
        type: 'choice',
        choices: [
          { value: 'paid', label: '当事人自觉履行' },
          { value: 'enforced', label: '申请法院强制执行' },
          { value: 'none', label: '无需执行' },
        ],
      },
      { name: 'paidAmount', label: '已缴罚没款（元）', type: 'money', required: false },
      notes,
    ],
    documents: [],
    recordings: [],
    basis: '《行政处罚法》第六十六条至第七十三条',
  },
];

/** 集体讨论 (行政处罚法 §57), recorded by the legal-review module: decide as proposed, or send back. */
function collectiveStep(code: string, name: string, to: string): StepDef {
  return {
    code,
    name,
    stage: '决定',
    from: ['reviewed', 'revising'],
    to,
    roles: ['head'],
    via: 'legal-review',
    inputs: [
      { name: 'participants', label: '参加人员', type: 'longtext' },
      { name: 'conclusion', label: '讨论结论', type: 'longtext' },
    ],
    documents: ['集体讨论记录'],
    recordings: [],
    basis: '《行政处罚法》第五十七条',
  };
}
