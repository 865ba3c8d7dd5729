import type { ProcedureDef } from '../types.ts';
import { END_STATES, archiveStep, closeStep, officersPresent } from './common.ts';
import { PACK_CF_2021 } from '../../rules/packs.ts';
import { simpleProcedureScope } from '../../rules/pack-text.ts';

/**
 * 行政处罚简易程序 (行政处罚法 第五章第二节, §51–§53): 当场作出处罚决定. This version (2021.1)
 * follows the 2021 law, the pack in force since 2021-07-15.
 */
export const penaltySimple: ProcedureDef = {
  code: 'penalty-simple',
  version: '2021.1',
  name: '行政处罚简易程序',
  kind: '行政处罚',
  numberWord: '简罚',
  // the prose reads this version's pack; a case under the 2017 pack is held to that pack's limits by the maxFineForParty guard
  description: simpleProcedureScope(PACK_CF_2021),
  states: [
    { code: 'on-spot', name: '现场调查' },
    { code: 'notified', name: '已当场告知' },
    { code: 'decided', name: '已当场决定' },
    { code: 'delivered', name: '已当场交付' },
    { code: 'executed', name: '已执行' },
    { code: 'filed', name: '已备案' },
    ...END_STATES,
  ],
  open: {
    code: 'open',
    name: '当场登记',
    stage: '启动',
    from: [],
    to: 'on-spot',
    roles: ['officer'],
    inputs: [
      { name: 'place', label: '违法行为地点', type: 'text' },
      { name: 'facts', label: '违法事实', type: 'longtext' },
    ],
    documents: [],
    recordings: [{ level: 'record', what: '当场执法' }],
    basis: '《行政处罚法》第五十一条',
  },
  steps: [
    {
      code: 'notify-on-spot',
      name: '当场告知',
      stage: '审核',
      from: ['on-spot'],
      to: 'notified',
      roles: ['officer'],
      officerAct: true,
      presentOfficers: true,
      inputs: [
        officersPresent,
        { name: 'proposedPenalty', label: '拟作出的行政处罚', type: 'longtext' },
        { name: 'proposedFine', label: '拟罚款金额（元）', type: 'money', required: false },
        { name: 'statement', label: '当事人陈述申辩', type: 'longtext', required: false },
      ],
      documents: [],
      recordings: [{ level: 'record', what: '当场告知及陈述申辩' }],
      basis: '《行政处罚法》第四十四条、第五十二条',
    },
    {
      code: 'decide-on-spot',
      publish: true,
      name: '当场作出处罚决定',
      stage: '决定',
      from: ['notified'],
      to: 'decided',
      roles: ['officer'],
      officerAct: true,
      presentOfficers: true,
      inputs: [
        officersPresent,
        {
          name: 'penaltyType',
          label: '处罚种类',
          type: 'choice',
          choices: [
            { value: 'warning', label: '警告' },
            { value: 'fine', label: '罚款' },
          ],
        },
        { name: 'fineAmount', label: '罚款金额（元）', type: 'money', required: false },
        { name: 'legalBasis', label: '处罚依据', type: 'longtext' },
      ],
      documents: ['当场行政处罚决定书'],
      recordings: [{ level: 'record', what: '当场作出处罚决定' }],
      guards: [
        {
          type: 'requiredWhen',
          input: 'fineAmount',
          when: { input: 'penaltyType', equals: 'fine' },
          reason: '处罚种类为罚款时须填写罚款金额',
        },
        { type: 'maxFineForParty', input: 'fineAmount', person: 'simple.fineMaxPerson', org: 'simple.fineMaxOrg' },
        {
          type: 'notHeavierThan',
          input: 'fineAmount',
          earlier: { step: 'notify-on-spot', input: 'proposedFine' },
          reason: '不得因当事人陈述申辩而给予更重的处罚（《行政处罚法》第四十五条）',
        },
      ],
      basis: '《行政处罚法》第五十一条、第五十二条',
    },
    {
      code: 'deliver-on-spot',
      name: '当场交付决定书',
      stage: '送达',
      from: ['decided'],
      to: 'delivered',
      roles: ['officer'],
      officerAct: true,
      inputs: [
        { name: 'recipient', label: '签收人', type: 'text' },
        { name: 'refused', label: '当事人拒绝签收', type: 'boolean' },
      ],
      documents: [],
      recordings: [],
      basis: '《行政处罚法》第五十二条',
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
            { value: 'collected', label: '当场收缴罚款' },
            { value: 'bank', label: '到指定银行缴纳' },
            { value: 'none', label: '警告，无需执行' },
          ],
        },
        { name: 'paidAmount', label: '已缴罚款（元）', type: 'money', required: false },
        { name: 'receipt', label: '罚款收据编号', type: 'text', required: false },
      ],
      documents: [],
      recordings: [],
      basis: '《行政处罚法》第六十七条、第六十八条',
    },
    {
      code: 'file-report',
      name: '报送备案',
      stage: '结案',
      from: ['executed'],
      to: 'filed',
      roles: ['officer'],
      officerAct: true,
      inputs: [{ name: 'reportedTo', label: '备案机构', type: 'text' }],
      documents: [],
      recordings: [],
      basis: '《行政处罚法》第五十二条',
    },
    closeStep(['filed']),
    archiveStep,
  ],
  deadlines: [
    { code: 'filing', name: '报送备案', limit: 'penalty.simpleFiling', from: 'decide-on-spot', until: ['file-report'] },
    { code: 'payment', name: '缴纳罚款', limit: 'penalty.payment', from: 'deliver-on-spot', until: ['execute'] },
  ],
};
