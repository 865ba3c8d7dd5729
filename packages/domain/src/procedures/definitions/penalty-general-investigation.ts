import type { StepDef } from '../types.ts';
import { SAME } from '../types.ts';
import { inspectStep, officersPresent } from './common.ts';
import { recordInputs, recordTimeGuard } from '../record-inputs.ts';

/** 行政处罚一般程序, 调查取证: evidence gathering, extension, termination and the investigation's end. */

/** What an investigation proposes and a decision says: penalty, none (§30–§33), or referral (§27). */
export const OUTCOMES = [
  { value: 'penalty', label: '给予行政处罚' },
  { value: 'no-penalty', label: '不予行政处罚' },
  { value: 'transfer', label: '移送司法机关或者有管辖权的机关' },
] as const;

export const investigationSteps: StepDef[] = [
  // 核查 before 立案 may inspect, ask and take evidence too (市场监管 rules §18)
  inspectStep(['filing', 'investigating', 'revising'], SAME, '《行政处罚法》第五十五条'),
  {
    code: 'inquire',
    name: '询问',
    evidence: '询问笔录',
    stage: '调查取证',
    from: ['filing', 'investigating', 'revising'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    presentOfficers: true,
    inputs: [
      officersPresent,
      { name: 'person', label: '被询问人', type: 'text' },
      { name: 'personIdNumber', label: '身份证件号码', type: 'text', required: false, max: 30 },
      { name: 'personRelation', label: '与本案关系（当事人、法定代表人、员工、证人等）', type: 'text', required: false, max: 50 },
      { name: 'personWork', label: '工作单位及职务', type: 'text', required: false },
      { name: 'personPhone', label: '联系电话', type: 'text', required: false, max: 30 },
      { name: 'place', label: '询问地点', type: 'text', required: false },
      ...recordInputs('询问'),
      { name: 'summary', label: '询问内容摘要', type: 'longtext' },
    ],
    guards: [recordTimeGuard('询问')],
    documents: ['询问笔录'],
    recordings: [],
    basis: '《行政处罚法》第五十五条',
  },
  {
    code: 'collect-evidence',
    name: '提取证据',
    evidence: '证据提取单',
    stage: '调查取证',
    from: ['filing', 'investigating', 'revising'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    presentOfficers: true,
    inputs: [officersPresent, { name: 'items', label: '证据名称及数量', type: 'longtext' }],
    documents: ['证据提取单'],
    recordings: [{ level: 'record', what: '证据提取' }],
    basis: '《行政处罚法》第五十五条',
  },
  {
    // §56: 经行政机关负责人批准 — the head's act in the system, before the officers preserve
    code: 'approve-preserve',
    name: '负责人批准先行登记保存',
    stage: '调查取证',
    from: ['investigating'],
    to: SAME,
    roles: ['head'],
    inputs: [
      { name: 'items', label: '拟先行登记保存的证据', type: 'longtext' },
      { name: 'reason', label: '理由（证据可能灭失或者以后难以取得）', type: 'longtext' },
    ],
    documents: ['先行登记保存证据审批表'],
    recordings: [],
    basis: '《行政处罚法》第五十六条',
  },
  {
    code: 'preserve',
    name: '先行登记保存',
    evidence: '先行登记保存证据清单',
    stage: '调查取证',
    from: ['investigating'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    presentOfficers: true,
    inputs: [officersPresent, { name: 'items', label: '保存物品清单', type: 'longtext' }],
    documents: ['先行登记保存证据通知书'],
    recordings: [{ level: 'full-process', what: '先行登记保存财物' }],
    guards: [
      {
        type: 'approvalHeld',
        approval: 'approve-preserve',
        reason: '先行登记保存须经行政机关负责人批准（《行政处罚法》第五十六条），请先由负责人在系统中批准',
      },
    ],
    basis: '《行政处罚法》第五十六条',
  },
  {
    // §56: 应当在七日内及时作出处理决定 (市场监管: seven working days), tracked by the `preservation` deadline
    code: 'handle-preserved',
    name: '先行登记保存证据处理决定',
    stage: '调查取证',
    from: ['investigating', 'investigated', 'notified', 'hearing-requested', 'hearing-scheduled', 'heard', 'revising'],
    to: SAME,
    roles: ['head'],
    inputs: [
      {
        name: 'measure',
        label: '处理措施',
        type: 'choice',
        choices: [
          { value: 'record', label: '采取记录、复制、拍照、录像等证据保全措施后解除' },
          { value: 'test', label: '送交检测、检验、检疫、鉴定' },
          { value: 'seize', label: '依法采取查封、扣押行政强制措施' },
          { value: 'confiscate', label: '违法事实成立，依法予以没收（随处罚决定）' },
          { value: 'release', label: '违法事实不成立或者不应查封扣押、没收，解除先行登记保存' },
        ],
      },
      { name: 'detail', label: '处理决定内容', type: 'longtext' },
    ],
    documents: ['先行登记保存证据处理决定书'],
    recordings: [],
    guards: [{ type: 'approvalHeld', approval: 'preserve', reason: '没有待处理的先行登记保存证据' }],
    basis: '《行政处罚法》第五十六条',
  },
  {
    code: 'extend',
    name: '延长办案期限',
    stage: '调查取证',
    from: [
      'investigating',
      'investigated',
      'notified',
      'hearing-requested',
      'hearing-scheduled',
      'heard',
      'in-review',
      'revising',
      'reviewed',
    ],
    to: SAME,
    roles: ['head'],
    inputs: [{ name: 'reason', label: '延期理由', type: 'longtext' }],
    documents: ['延长办案期限审批表'],
    recordings: [],
    basis: '《市场监督管理行政处罚程序规定》第六十四条',
  },
  {
    code: 'terminate',
    name: '终止调查',
    stage: '决定',
    from: ['investigating', 'investigated', 'revising'],
    to: 'terminated',
    roles: ['head'],
    inputs: [{ name: 'reason', label: '终止理由', type: 'longtext' }],
    documents: ['终止调查审批表'],
    recordings: [],
  },
  {
    code: 'conclude-investigation',
    name: '调查终结',
    stage: '调查取证',
    from: ['investigating'],
    to: 'investigated',
    roles: ['officer'],
    officerAct: true,
    inputs: [
      { name: 'facts', label: '违法事实', type: 'longtext' },
      { name: 'evidence', label: '证据清单', type: 'longtext' },
      // the provision broken and the penalty provision apart, as the 告知书 and the 决定书 state them (§44, §59);
      // required when the investigation concludes that a violation calls for a penalty (the guard below)
      { name: 'violatedProvision', label: '违反的规定', type: 'longtext', required: false },
      { name: 'legalBasis', label: '法律依据', type: 'longtext' },
      { name: 'proposal', label: '处理意见', type: 'choice', choices: OUTCOMES },
    ],
    guards: [
      {
        type: 'requiredWhen',
        input: 'violatedProvision',
        when: { input: 'proposal', equals: OUTCOMES[0].value },
        reason: '拟给予行政处罚的，应当写明当事人违反的法律、法规、规章的具体规定（《行政处罚法》第四十四条、第五十九条）',
      },
    ],
    documents: ['案件调查终结报告'],
    recordings: [],
  },
];
