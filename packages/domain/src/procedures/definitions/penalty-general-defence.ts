import type { Guard, StepDef } from '../types.ts';
import { deliveryInputs, deliveryMethodGuards } from '../delivery.ts';
import { SAME } from '../types.ts';
import { recordInputs, recordTimeGuard } from '../record-inputs.ts';

/**
 * 行政处罚一般程序, 告知 to 听证: the notice, the party's 陈述申辩 (recorded or online), waiver,
 * hearing request and hearing (行政处罚法 §44, §45, §62–§64), and consent to electronic delivery (§61).
 */

/** Where the 告知 keeps the proposed penalty: the structured list, and 拟罚款金额 of cases recorded before it. */
export const NOTICE_SANCTIONS = { sanctions: 'sanctions', fine: 'proposedFine' } as const;

/**
 * The 陈述申辩 and 听证申请 window: opened by the 告知, running from the day the party received it
 * (its 送达, "自收到本告知书之日起"), lasting the pack's limit (§64(1): 五日, working days by §85).
 */
export const DEFENCE_WINDOW = { step: 'notify', limit: 'penalty.hearingRequestWindow', delivery: 'deliver-notice' } as const;

/** A 送达 of what `served` made: not before it, not in the future; 电子送达 only with the party's consent (§61). */
export function deliveryGuards(served: string): Guard[] {
  return [
    { type: 'dateSince', input: 'deliveredOn', after: served, reason: '送达日期应在文书作出之后、不晚于今日' },
    {
      type: 'stepTakenWhen',
      step: 'consent-e-delivery',
      when: { input: 'method', equals: 'electronic' },
      reason: '当事人未同意电子送达，不能采用电子送达（《行政处罚法》第六十一条）',
    },
    ...deliveryMethodGuards(),
  ];
}

export const defenceSteps: StepDef[] = [
  {
    code: 'notify',
    name: '行政处罚告知',
    stage: '审核',
    // a new 告知书 (facts or penalty changed, after the party was heard or after review) opens a new window (§44, §45)
    from: ['investigated', 'revising', 'notified', 'heard'],
    to: 'notified',
    roles: ['officer'],
    officerAct: true,
    inputs: [
      { name: 'proposedPenalty', label: '拟作出的行政处罚', type: 'longtext' },
      // required of every new 告知 from the workbench; a 告知 that gives only 拟罚款金额 is read as a fine alone
      { name: 'sanctions', label: '拟作出的处罚种类', type: 'sanctions', required: false },
      { name: 'proposedFine', label: '拟罚款金额（元）', type: 'money', required: false },
      { name: 'hearingRight', label: '告知听证权利', type: 'boolean' },
    ],
    guards: [
      {
        type: 'hearingRightFollows',
        fields: NOTICE_SANCTIONS,
        input: 'hearingRight',
        reason: '拟作出的行政处罚属于《行政处罚法》第六十三条规定的情形，告知书应当告知当事人有要求听证的权利',
      },
    ],
    documents: ['行政处罚告知书'],
    recordings: [],
    basis: '《行政处罚法》第四十四条、第六十二条、第六十三条',
  },
  {
    // the party's periods run from the day it received THIS 告知书 (§44, §45, §64(1)): a new notice is served anew
    code: 'deliver-notice',
    name: '送达告知书',
    stage: '送达',
    from: ['notified'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    inputs: deliveryInputs,
    documents: ['送达回证'],
    recordings: [],
    guards: [
      ...deliveryGuards('notify'),
      { type: 'approvalHeld', approval: 'notify', reason: '本次告知书已登记送达；重新告知的，请先制作新的告知书' },
    ],
    basis: '《行政处罚法》第四十四条、第六十一条',
  },
  {
    code: 'record-defence',
    name: '陈述申辩',
    stage: '审核',
    // also after the legal review returned the case: the 复核 of the party's statement it asked for (issue 18, item 12)
    from: ['notified', 'revising'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    evidence: '当事人的陈述',
    inputs: [
      { name: 'speaker', label: '陈述申辩人（姓名、职务或者与当事人关系）', type: 'text', required: false },
      { name: 'place', label: '陈述申辩地点', type: 'text', required: false },
      ...recordInputs('陈述申辩'),
      { name: 'statement', label: '陈述申辩内容', type: 'longtext' },
      { name: 'adopted', label: '是否采纳', type: 'boolean' },
    ],
    guards: [recordTimeGuard('陈述申辩')],
    documents: ['陈述申辩笔录'],
    recordings: [],
    basis: '《行政处罚法》第四十五条',
  },
  {
    // 当事人's own 陈述申辩 through the portal, within the window the 告知书 states (§44, §45)
    code: 'party-defence',
    name: '当事人网上陈述申辩',
    stage: '审核',
    from: ['notified'],
    to: SAME,
    roles: [],
    partyMay: true,
    evidence: '当事人的陈述',
    inputs: [{ name: 'statement', label: '陈述申辩意见', type: 'longtext', max: 5000 }],
    documents: [],
    recordings: [],
    guards: [{ type: 'withinWindow', ...DEFENCE_WINDOW, reason: '陈述、申辩期限已过（告知书送达之日起计算）' }],
    basis: '《行政处罚法》第四十四条、第四十五条',
  },
  {
    code: 'waive',
    name: '放弃陈述申辩和听证',
    stage: '审核',
    from: ['notified'],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    partyMay: true,
    inputs: [{ name: 'statement', label: '当事人放弃声明', type: 'longtext' }],
    documents: [],
    recordings: [],
    guards: [{ type: 'withinWindow', ...DEFENCE_WINDOW, reason: '陈述、申辩和听证申请期限已过，无需声明放弃', appliesTo: 'party' }],
  },
  {
    code: 'request-hearing',
    name: '听证申请',
    stage: '审核',
    from: ['notified'],
    to: 'hearing-requested',
    roles: ['officer'],
    officerAct: true,
    partyMay: true,
    inputs: [{ name: 'requestedOn', label: '申请日期', type: 'date' }],
    documents: [],
    recordings: [],
    guards: [
      // §64(1): 五日 from the 告知, which §85 counts in working days
      {
        type: 'withinWindow',
        ...DEFENCE_WINDOW,
        input: 'requestedOn',
        reason: '听证申请须在告知书送达之日起的法定期限内提出（《行政处罚法》第六十四条）',
      },
      {
        type: 'hearingRightGiven',
        notice: { step: 'notify', fields: NOTICE_SANCTIONS, input: 'hearingRight' },
        reason:
          '行政处罚告知书未告知听证权利（拟作出的处罚不属于《行政处罚法》第六十三条规定的情形），不能在网上申请听证；如有异议请联系办案机关',
        appliesTo: 'party',
      },
    ],
    basis: '《行政处罚法》第六十四条',
  },
  {
    // 送达地址确认书: the party agrees to electronic delivery, on paper (recorded by an officer) or online (§61)
    code: 'consent-e-delivery',
    name: '同意电子送达',
    stage: '送达',
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
      'decided',
    ],
    to: SAME,
    roles: ['officer'],
    officerAct: true,
    partyMay: true,
    inputs: [
      { name: 'address', label: '电子送达地址', type: 'text', max: 200 },
      { name: 'contact', label: '接收提醒的手机号码或电子邮箱', type: 'text', required: false, max: 100 },
    ],
    documents: [],
    recordings: [],
    basis: '《行政处罚法》第六十一条',
  },
  {
    code: 'notify-hearing',
    name: '听证通知',
    stage: '审核',
    from: ['hearing-requested'],
    to: 'hearing-scheduled',
    roles: ['officer'],
    officerAct: true,
    inputs: [
      { name: 'hearingOn', label: '听证日期', type: 'date' },
      { name: 'place', label: '听证地点', type: 'text' },
      { name: 'host', label: '听证主持人', type: 'text' },
    ],
    documents: ['听证通知书'],
    recordings: [],
    guards: [
      {
        type: 'dateNotBefore',
        input: 'hearingOn',
        limit: 'penalty.hearingNoticeBefore',
        reason: '应当在举行听证的七日前通知当事人（《行政处罚法》第六十四条）',
      },
    ],
    basis: '《行政处罚法》第六十四条',
  },
  {
    code: 'hold-hearing',
    name: '举行听证',
    evidence: '听证笔录',
    stage: '审核',
    from: ['hearing-scheduled'],
    to: 'heard',
    roles: ['officer', 'reviewer'],
    inputs: [
      { name: 'attendees', label: '出席听证的当事人及其委托代理人（姓名、身份）', type: 'text', required: false },
      ...recordInputs('听证'),
      { name: 'record', label: '听证情况', type: 'longtext' },
      { name: 'opinion', label: '听证意见', type: 'longtext' },
    ],
    documents: ['听证笔录', '听证报告'],
    recordings: [{ level: 'record', what: '听证会' }],
    guards: [
      recordTimeGuard('听证'),
      {
        type: 'actorNotFrom',
        steps: ['inspect', 'inquire', 'collect-evidence', 'preserve', 'conclude-investigation'],
        reason: '听证由非本案调查人员主持（《行政处罚法》第六十四条）',
      },
    ],
    basis: '《行政处罚法》第六十四条',
  },
];
