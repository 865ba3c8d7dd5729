import type { ProcedureDef } from '../types.ts';
import { END_STATES, archiveStep, closeStep } from './common.ts';
import { investigationSteps } from './penalty-general-investigation.ts';
import { defenceSteps } from './penalty-general-defence.ts';
import { decisionSteps } from './penalty-general-decision.ts';
import { filingSteps } from './penalty-general-filing.ts';

/** 行政处罚一般程序 (行政处罚法 第五章第三节, 市场监督管理行政处罚程序规定). */

export const penaltyGeneral: ProcedureDef = {
  code: 'penalty-general',
  version: '2021.1',
  name: '行政处罚一般程序',
  kind: '行政处罚',
  numberWord: '罚',
  description: '核查线索、负责人批准立案、调查取证、告知并送达、陈述申辩或听证、法制审核、决定、送达、执行、结案、归档。',
  states: [
    { code: 'filing', name: '待批准立案' },
    { code: 'investigating', name: '调查取证' },
    { code: 'investigated', name: '调查终结' },
    { code: 'notified', name: '已告知' },
    { code: 'hearing-requested', name: '已申请听证' },
    { code: 'hearing-scheduled', name: '待听证' },
    { code: 'heard', name: '已听证' },
    { code: 'in-review', name: '法制审核中' },
    { code: 'revising', name: '退回补正' },
    { code: 'reviewed', name: '审核通过' },
    { code: 'decided', name: '已决定' },
    { code: 'delivered', name: '已送达' },
    { code: 'executed', name: '已执行' },
    { code: 'terminated', name: '已终止调查', branch: true },
    { code: 'not-filed', name: '不予立案', branch: true },
    { code: 'revoked', name: '已撤销立案', branch: true },
    { code: 'transferred', name: '已移送', branch: true },
    { code: 'no-penalty', name: '已决定不予行政处罚', branch: true },
    { code: 'no-penalty-delivered', name: '不予处罚决定已送达', branch: true },
    ...END_STATES,
  ],
  // 立案 is the head's act (approve-filing); the opening registers the clue and the 立案审批表 the
  // officers put to the head, after which the clue may be verified (核查) until the head decides
  open: {
    code: 'open',
    name: '立案申请',
    stage: '启动',
    from: [],
    to: 'filing',
    roles: ['officer'],
    inputs: [
      {
        name: 'source',
        label: '案件来源',
        type: 'choice',
        choices: [
          { value: 'inspection', label: '监督检查发现' },
          { value: 'complaint', label: '投诉举报' },
          { value: 'referral', label: '移送' },
          { value: 'other', label: '其他' },
        ],
      },
      { name: 'clueOn', label: '发现线索日期', type: 'date' },
      { name: 'summary', label: '案情摘要', type: 'longtext' },
    ],
    documents: ['立案审批表'],
    recordings: [],
    basis: '《行政处罚法》第五十四条；《市场监督管理行政处罚程序规定》第十八条、第二十条',
  },
  steps: [
    ...filingSteps,
    ...investigationSteps,
    ...defenceSteps,
    ...decisionSteps,
    closeStep(['executed', 'terminated', 'not-filed', 'revoked', 'transferred', 'no-penalty-delivered']),
    archiveStep,
  ],
  deadlines: [
    {
      // 市场监管 rules §18: 核查 and the head's decision within 15 working days of the clue, +15 with the
      // head's approval; 检测、检验、检疫、鉴定 time not counted
      code: 'file',
      name: '立案',
      limit: 'penalty.fileAfterClue',
      from: 'open',
      fromInput: 'clueOn',
      until: ['approve-filing', 'refuse-filing', 'transfer'],
      extendBy: { step: 'extend-filing', limit: 'penalty.fileExtension' },
      pausedBy: { from: 'start-testing', until: 'finish-testing' },
    },
    {
      // §60: from 立案 (the head's approval); 市场监管 rules §64: +30 days once with the head's approval,
      // 检测、检验、检疫、鉴定 time not counted
      code: 'decide',
      name: '作出处理决定',
      limit: 'penalty.decideAfterFiling',
      from: 'approve-filing',
      until: ['decide', 'decide-no-penalty', 'transfer', 'terminate', 'revoke-filing'],
      extendBy: { step: 'extend', limit: 'penalty.decideExtension' },
      pausedBy: { from: 'start-testing', until: 'finish-testing' },
    },
    // §56, 市场监管 rules: 先行登记保存 dealt with within seven (working) days
    { code: 'preservation', name: '先行登记保存处理', limit: 'penalty.preservationDispose', from: 'preserve', until: ['handle-preserved'] },
    { code: 'review', name: '法制审核', limit: 'review.legalReview', from: 'submit-review', until: ['review-pass', 'review-return'] },
    { code: 'deliver', name: '送达决定书', limit: 'penalty.deliverAfterDecision', from: 'decide', until: ['deliver'] },
    // §67: fifteen days from the day the party received the 决定书
    { code: 'payment', name: '缴纳罚款', limit: 'penalty.payment', from: 'deliver', fromDelivery: true, until: ['execute'] },
  ],
};
