import type { StepDef } from '../types.ts';
import { SAME } from '../types.ts';
import { pauseSteps } from './common.ts';

/**
 * 行政处罚一般程序, 立案 and the endings that are not penalties (行政处罚法 §54, §57; 市场监督管理
 * 行政处罚程序规定 §18–§20): the head approves or refuses the 立案 in the system, may extend the
 * 核查 period once, may revoke a 立案, and the case may be transferred. Each is the head's own act,
 * recorded with identity and time (issue 18 items 7, 8).
 */

/** States in which the case is still being looked into, before a decision. */
const UNDECIDED = ['filing', 'investigating', 'investigated', 'notified', 'hearing-requested', 'hearing-scheduled', 'heard', 'revising'];

export const filingSteps: StepDef[] = [
  {
    code: 'approve-filing',
    name: '批准立案',
    stage: '启动',
    from: ['filing'],
    to: 'investigating',
    roles: ['head'],
    inputs: [{ name: 'opinion', label: '批准意见', type: 'longtext' }],
    documents: ['立案审批表'],
    recordings: [],
    basis: '《行政处罚法》第五十四条第二款；《市场监督管理行政处罚程序规定》第十八条、第二十条',
  },
  {
    code: 'refuse-filing',
    name: '不予立案',
    stage: '启动',
    from: ['filing'],
    to: 'not-filed',
    roles: ['head'],
    inputs: [
      {
        name: 'ground',
        label: '不予立案的理由',
        type: 'choice',
        choices: [
          { value: 'no-violation', label: '没有违法事实或者违法事实不能成立' },
          { value: 'minor', label: '违法行为轻微并及时改正，没有造成危害后果' },
          { value: 'time-barred', label: '超过行政处罚追责时效' },
          { value: 'no-jurisdiction', label: '不属于本机关管辖' },
          { value: 'other', label: '其他依法不予立案的情形' },
        ],
      },
      { name: 'reason', label: '核查情况及理由', type: 'longtext' },
    ],
    documents: ['不予立案审批表'],
    recordings: [],
    basis: '《市场监督管理行政处罚程序规定》第十八条、第二十条',
  },
  {
    code: 'extend-filing',
    name: '延长立案核查期限',
    stage: '启动',
    from: ['filing'],
    to: SAME,
    roles: ['head'],
    inputs: [{ name: 'reason', label: '延期理由', type: 'longtext' }],
    documents: ['延长立案期限审批表'],
    recordings: [],
    basis: '《市场监督管理行政处罚程序规定》第十八条',
  },
  ...pauseSteps(UNDECIDED, '《市场监督管理行政处罚程序规定》第十八条第二款、第六十四条第二款'),
  {
    code: 'revoke-filing',
    name: '撤销立案',
    stage: '决定',
    from: ['investigating', 'investigated', 'revising'],
    to: 'revoked',
    roles: ['head'],
    inputs: [{ name: 'reason', label: '撤销立案的理由（立案后发现不符合立案条件）', type: 'longtext' }],
    documents: ['撤销立案审批表'],
    recordings: [],
  },
  {
    // §27, §57(四): a suspected crime goes to the judicial organs, a matter of another agency to it;
    // neither is a 行政处罚: no 决定书, nothing to publish
    code: 'transfer',
    name: '案件移送',
    stage: '决定',
    from: UNDECIDED,
    to: 'transferred',
    roles: ['head'],
    inputs: [
      {
        name: 'kind',
        label: '移送类别',
        type: 'choice',
        choices: [
          { value: 'judicial', label: '涉嫌犯罪，移送司法机关' },
          { value: 'competent', label: '不属于本机关管辖，移送有管辖权的机关' },
        ],
      },
      { name: 'receiver', label: '接收机关', type: 'text' },
      { name: 'reason', label: '移送理由（涉嫌的罪名或者管辖依据）', type: 'longtext' },
      { name: 'materials', label: '移送材料清单', type: 'longtext' },
    ],
    documents: ['案件移送书'],
    recordings: [],
    basis: '《行政处罚法》第二十七条、第五十七条第一款第（四）项；《行政执法机关移送涉嫌犯罪案件的规定》第五条',
  },
];
