import type { ProcedureDef } from '../types.ts';
import { END_STATES, archiveStep, closeStep } from './common.ts';
import { investigationSteps } from './penalty-general-investigation.ts';
import { defenceSteps } from './penalty-general-defence.ts';
import { decisionSteps } from './penalty-general-decision.ts';

/** 行政处罚一般程序 (行政处罚法 第五章第三节, 市场监督管理行政处罚程序规定). */

export const penaltyGeneral: ProcedureDef = {
  code: 'penalty-general',
  version: '2021.1',
  name: '行政处罚一般程序',
  kind: '行政处罚',
  numberWord: '罚',
  description: '立案、调查取证、告知、陈述申辩或听证、法制审核、决定、送达、执行、结案、归档。',
  states: [
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
    { code: 'terminated', name: '已终止调查' },
    ...END_STATES,
  ],
  open: {
    code: 'open',
    name: '立案',
    stage: '启动',
    from: [],
    to: 'investigating',
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
      { name: 'approvedBy', label: '立案批准负责人', type: 'text' },
    ],
    documents: ['立案审批表'],
    recordings: [],
    basis: '《行政处罚法》第五十四条',
  },
  steps: [...investigationSteps, ...defenceSteps, ...decisionSteps, closeStep(['executed', 'terminated']), archiveStep],
  deadlines: [
    { code: 'file', name: '立案', limit: 'penalty.fileAfterClue', from: 'open', fromInput: 'clueOn', until: ['open'] },
    {
      code: 'decide',
      name: '作出处罚决定',
      limit: 'penalty.decideAfterFiling',
      from: 'open',
      until: ['decide', 'terminate'],
      extendBy: { step: 'extend', limit: 'penalty.decideExtension' },
    },
    { code: 'review', name: '法制审核', limit: 'review.legalReview', from: 'submit-review', until: ['review-pass', 'review-return'] },
    { code: 'deliver', name: '送达决定书', limit: 'penalty.deliverAfterDecision', from: 'decide', until: ['deliver'] },
    { code: 'payment', name: '缴纳罚款', limit: 'penalty.payment', from: 'deliver', until: ['execute'] },
  ],
};
