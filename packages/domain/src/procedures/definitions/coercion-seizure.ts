import type { Guard, InputDef, ProcedureDef } from '../types.ts';
import { SAME } from '../types.ts';
import { END_STATES, archiveStep, closeStep, officersPresent } from './common.ts';
import { othersPresentInput, recordTimeGuard, recordTimeInputs, recorderInput } from '../record-inputs.ts';

/** 行政强制法 §18(九): 当事人不到场的，邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章. */
const witnessWhenAbsent: Guard = {
  type: 'requiredWhen',
  input: 'witness',
  when: { input: 'partyPresent', equals: false },
  reason: '当事人不到场的，应当邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章（《行政强制法》第十八条第（九）项）',
};

/** What officers record when they impose a measure on the spot (行政强制法 §18, §24). */
const imposeInputs: readonly InputDef[] = [
  officersPresent,
  { name: 'place', label: '实施地点', type: 'text' },
  { name: 'items', label: '查封扣押财物清单', type: 'longtext' },
  { name: 'partyPresent', label: '当事人到场', type: 'boolean' },
  { name: 'witness', label: '见证人', type: 'text', required: false },
  ...recordTimeInputs('实施'),
  recorderInput,
  othersPresentInput,
  // §18(八): 当事人拒绝的，在笔录中予以注明
  { name: 'refusedToSign', label: '当事人拒绝签名或者盖章', type: 'boolean', required: false },
  { name: 'statement', label: '当事人陈述申辩', type: 'longtext', required: false },
];

const imposeTimes = recordTimeGuard('查封扣押的实施');

const IMPOSE_DOCUMENTS = ['实施行政强制措施决定书', '查封（扣押）财物清单', '现场笔录'] as const;

/** States in which a measure is in force: it may be lifted at any time it is no longer needed (§28). */
const IN_FORCE = ['imposed', 'emergency-imposed', 'emergency-reported', 'emergency-approved', 'release-ordered'] as const;

/**
 * 行政强制措施：查封、扣押 (《行政强制法》第十八条至第二十八条). Two ways in: the head approves
 * first (§18(一)), or, 情况紧急, officers impose on the spot, report to the head within 24 hours and
 * the head approves after the fact or orders the measure lifted at once (§19). Every approval and
 * extension is the head's own act in the system, with identity and time.
 */
export const coercionSeizure: ProcedureDef = {
  code: 'coercion-seizure',
  version: '2021.2',
  name: '行政强制（查封扣押）',
  kind: '行政强制',
  numberWord: '强',
  description:
    '报请负责人批准后，两名以上执法人员实施查封扣押并全程音像记录；情况紧急当场实施的，二十四小时内向负责人报告并补办批准手续，负责人认为不应当采取的立即解除。期限三十日，情况复杂的经负责人批准可在届满前延长一次，不超过三十日；解除的立即退还财物。',
  states: [
    { code: 'pending-approval', name: '待负责人批准' },
    { code: 'approved', name: '已批准' },
    { code: 'imposed', name: '查封扣押中' },
    { code: 'emergency-imposed', name: '紧急情况下当场实施，待向负责人报告' },
    { code: 'emergency-reported', name: '已向负责人报告，待补办批准' },
    { code: 'emergency-approved', name: '已补办批准，查封扣押中' },
    { code: 'release-ordered', name: '负责人决定解除，待立即解除' },
    { code: 'released', name: '已解除' },
    { code: 'disposed', name: '已作出处理决定' },
    { code: 'withdrawn', name: '未予实施' },
    ...END_STATES,
  ],
  open: {
    code: 'open',
    name: '立案',
    stage: '启动',
    from: [],
    to: 'pending-approval',
    roles: ['officer'],
    inputs: [
      { name: 'reason', label: '采取强制措施的理由', type: 'longtext' },
      { name: 'legalBasis', label: '法律依据', type: 'longtext' },
      { name: 'property', label: '拟查封扣押的场所、设施或财物', type: 'longtext' },
    ],
    documents: ['行政强制措施审批表'],
    recordings: [],
    basis: '《行政强制法》第十八条',
  },
  steps: [
    {
      code: 'approve',
      name: '负责人批准',
      stage: '审核',
      from: ['pending-approval'],
      to: 'approved',
      roles: ['head'],
      inputs: [{ name: 'opinion', label: '批准意见', type: 'longtext', required: false }],
      documents: [],
      recordings: [],
      // a decision: through legal review where the agency's catalog lists it, else cleared at once (R-REV-1)
      gate: 'legal-review',
      basis: '《行政强制法》第十八条第（一）项',
    },
    {
      code: 'reject',
      name: '不予批准',
      stage: '审核',
      from: ['pending-approval'],
      to: 'withdrawn',
      roles: ['head'],
      inputs: [{ name: 'reason', label: '不予批准理由', type: 'longtext' }],
      documents: [],
      recordings: [],
    },
    {
      code: 'impose',
      publish: true,
      name: '实施查封扣押',
      stage: '执行',
      from: ['approved'],
      to: 'imposed',
      roles: ['officer'],
      officerAct: true,
      presentOfficers: true,
      inputs: imposeInputs,
      documents: IMPOSE_DOCUMENTS,
      recordings: [{ level: 'full-process', what: '查封扣押财产' }],
      guards: [witnessWhenAbsent, imposeTimes],
      basis: '《行政强制法》第十八条、第二十四条',
    },
    {
      code: 'impose-emergency',
      publish: true,
      name: '情况紧急，当场实施查封扣押',
      stage: '执行',
      from: ['pending-approval'],
      to: 'emergency-imposed',
      roles: ['officer'],
      officerAct: true,
      presentOfficers: true,
      inputs: [{ name: 'urgency', label: '需要当场实施的紧急情况', type: 'longtext' }, ...imposeInputs],
      documents: IMPOSE_DOCUMENTS,
      recordings: [{ level: 'full-process', what: '查封扣押财产' }],
      guards: [witnessWhenAbsent, imposeTimes],
      basis: '《行政强制法》第十九条、第十八条、第二十四条',
    },
    {
      code: 'report-emergency',
      name: '向负责人报告',
      stage: '审核',
      from: ['emergency-imposed'],
      to: 'emergency-reported',
      roles: ['officer'],
      officerAct: true,
      inputs: [{ name: 'report', label: '报告内容（实施情况、理由和依据）', type: 'longtext' }],
      documents: ['行政强制措施审批表'],
      recordings: [],
      basis: '《行政强制法》第十九条',
    },
    {
      // the head's own act: approval after the fact (补办批准手续); not held behind legal review,
      // since the head must decide at once whether the measure stays (§19)
      code: 'approve-emergency',
      name: '负责人补办批准',
      stage: '审核',
      from: ['emergency-reported'],
      to: 'emergency-approved',
      roles: ['head'],
      inputs: [{ name: 'opinion', label: '批准意见', type: 'longtext', required: false }],
      documents: [],
      recordings: [],
      basis: '《行政强制法》第十九条',
    },
    {
      code: 'order-release',
      name: '负责人决定立即解除',
      stage: '审核',
      from: ['emergency-reported'],
      to: 'release-ordered',
      roles: ['head'],
      inputs: [{ name: 'reason', label: '不应当采取行政强制措施的理由', type: 'longtext' }],
      documents: [],
      recordings: [],
      basis: '《行政强制法》第十九条',
    },
    {
      code: 'extend',
      name: '延长查封扣押期限',
      stage: '执行',
      from: ['imposed'],
      to: SAME,
      roles: ['head'],
      inputs: [{ name: 'reason', label: '情况复杂需要延长的理由', type: 'longtext' }],
      documents: ['延长查封扣押期限决定书'],
      recordings: [],
      basis: '《行政强制法》第二十五条第一款、第二款',
    },
    {
      // the same extension for a measure imposed in an emergency: its clock started on that day
      code: 'extend-emergency',
      name: '延长查封扣押期限',
      stage: '执行',
      from: ['emergency-approved'],
      to: SAME,
      roles: ['head'],
      inputs: [{ name: 'reason', label: '情况复杂需要延长的理由', type: 'longtext' }],
      documents: ['延长查封扣押期限决定书'],
      recordings: [],
      basis: '《行政强制法》第二十五条第一款、第二款',
    },
    {
      code: 'release',
      name: '解除查封扣押',
      stage: '执行',
      from: IN_FORCE,
      to: 'released',
      roles: ['officer'],
      officerAct: true,
      presentOfficers: true,
      inputs: [
        officersPresent,
        {
          name: 'reason',
          label: '解除理由',
          type: 'choice',
          choices: [
            { value: 'no-violation', label: '当事人没有违法行为' },
            { value: 'unrelated', label: '财物与违法行为无关' },
            { value: 'decided', label: '已作出处理决定，不再需要查封扣押' },
            { value: 'expired', label: '查封扣押期限已经届满' },
            { value: 'not-approved', label: '负责人认为不应当采取行政强制措施' },
            { value: 'other', label: '其他不再需要的情形' },
          ],
        },
        // §28 二款: 解除查封、扣押应当立即退还财物 — returned in the same act, no later limit
        { name: 'returned', label: '立即退还的财物清单', type: 'longtext' },
      ],
      documents: ['解除行政强制措施决定书', '退还财物清单'],
      recordings: [{ level: 'full-process', what: '解除查封扣押、退还财物' }],
      basis: '《行政强制法》第十九条、第二十八条',
    },
    {
      code: 'dispose',
      publish: true,
      name: '作出处理决定',
      stage: '决定',
      from: ['imposed', 'emergency-approved'],
      to: 'disposed',
      roles: ['head'],
      inputs: [
        {
          name: 'disposal',
          label: '处理方式',
          type: 'choice',
          choices: [
            { value: 'confiscate', label: '依法没收' },
            { value: 'destroy', label: '依法销毁' },
            { value: 'transfer', label: '移送司法机关' },
          ],
        },
        { name: 'decision', label: '处理决定内容', type: 'longtext' },
      ],
      documents: ['行政处理决定书'],
      recordings: [],
      gate: 'legal-review',
      basis: '《行政强制法》第二十五条、第二十七条',
    },
    closeStep(['released', 'disposed', 'withdrawn']),
    archiveStep,
  ],
  deadlines: [
    {
      code: 'measure',
      name: '查封扣押期限',
      limit: 'coercion.measureDuration',
      from: 'impose',
      until: ['release', 'dispose'],
      extendBy: { step: 'extend', limit: 'coercion.measureExtension', times: 1 },
    },
    {
      code: 'measure-emergency',
      name: '查封扣押期限（当场实施）',
      limit: 'coercion.measureDuration',
      from: 'impose-emergency',
      until: ['release', 'dispose'],
      extendBy: { step: 'extend-emergency', limit: 'coercion.measureExtension', times: 1 },
    },
    {
      // 24 hours, kept as the next calendar day (the engine counts days, not hours)
      code: 'emergency-report',
      name: '当场实施后向负责人报告',
      limit: 'coercion.emergencyReport',
      from: 'impose-emergency',
      until: ['report-emergency', 'release'],
    },
  ],
};
