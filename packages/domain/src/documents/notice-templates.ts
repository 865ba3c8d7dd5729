import { countInChinese } from './amount-in-words.ts';
import {
  BLANK,
  addresseeLine,
  agencyContact,
  chineseDate,
  fields,
  heading,
  input,
  lastStep,
  officerText,
  openedOn,
  paragraph,
  partyRows,
  passage,
  rawInput,
  row,
  sealBlock,
  signLine,
  stepDateTime,
  stepDay,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';
import { othersPresentText, recordPeriod, recorderText, refusalNote } from './record-fill.ts';
import type { DocumentBlock, DocumentContext } from './document-model.ts';
import { sanctionsText, type SanctionItem } from '../procedures/sanctions.ts';

/**
 * 告知 and 听证 documents (R-REC-2): 行政处罚告知书, 听证告知书, 听证通知书, 听证笔录. They carry the
 * rights the law says the party must be told of; steps: conclude-investigation, notify,
 * request-hearing, notify-hearing, hold-hearing (and the licence procedure's hearing).
 */

const LAW = '《中华人民共和国行政处罚法》';

/** 行政处罚法 §64(1): 五日, which §85 counts in working days; the rule pack may say otherwise. */
function responseDays(ctx: DocumentContext): string {
  const n = ctx.responseWorkingDays;
  return `${countInChinese(typeof n === 'number' && n > 0 ? n : 5)}个工作日`;
}

/** Whether the 告知 told the party of the right to a hearing (行政处罚法 §63 cases). */
export function hearingRightNotified(ctx: DocumentContext): boolean {
  return lastStep(ctx, 'notify')?.inputs['hearingRight'] === true;
}

/** The 当事人专区 paragraph: what the access code on this 告知书 lets the party do online. */
function onlineAccess(ctx: DocumentContext): DocumentBlock[] {
  const a = ctx.partyAccess;
  if (!a) return [];
  return [
    paragraph(
      `${you(ctx)}也可以登录行政执法公示平台当事人专区（${a.url}），输入案件编号「${text(ctx.case.number)}」和访问码「${a.code}」，在上述期限内在线提出陈述、申辩意见${hearingRightNotified(ctx) ? '或者听证申请' : ''}，办理电子送达确认，并查阅本机关向${you(ctx)}送达的文书。访问码仅用于本案，请妥善保管，不要告知他人。`,
    ),
  ];
}

const receipt = (): DocumentBlock => ({ type: 'signatures', lines: [signLine('当事人签收（签名或者盖章）')] });

/** The facts, evidence, basis and proposed penalty the 告知 must state (行政处罚法 §44). */
function proposal(ctx: DocumentContext): DocumentBlock[] {
  return [
    paragraph(
      `本机关于${chineseDate(openedOn(ctx))}立案调查的「${text(ctx.case.title)}」一案，经调查查明：${passage(ctx, 'conclude-investigation', 'facts', 3)}`,
    ),
    paragraph(`以上事实，有${input(ctx, 'conclude-investigation', 'evidence')}等证据为证。`),
    // the same two provisions the 决定书 will state (§44, §59(三)), when the 调查终结报告 holds them apart
    paragraph(
      `${violated(ctx) ? `${you(ctx)}的上述行为违反了${violated(ctx)}的规定。` : ''}依据${input(ctx, 'conclude-investigation', 'legalBasis')}的规定，本机关拟对${you(ctx)}作出如下行政处罚：${input(ctx, 'notify', 'proposedPenalty')}。`,
    ),
    ...sanctionRows(ctx),
  ];
}

/** 违反的规定 as the 调查终结报告 states it apart from the penalty provision; '' for earlier cases. */
function violated(ctx: DocumentContext): string {
  const v = lastStep(ctx, 'conclude-investigation')?.inputs['violatedProvision'];
  return typeof v === 'string' ? v.trim() : '';
}

/** The proposed sanctions as the 告知 recorded them (the decision may be no heavier: §45 二款). */
function sanctionRows(ctx: DocumentContext): DocumentBlock[] {
  const list = lastStep(ctx, 'notify')?.inputs['sanctions'];
  if (!Array.isArray(list) || list.length === 0) return [];
  return [fields(row('拟作出的处罚种类', text(sanctionsText(list as SanctionItem[]))))];
}

/** 行政处罚法 §63, §64(1): the right to a hearing and its time limit; the party bears no cost. */
function hearingRight(ctx: DocumentContext): string {
  return `根据${LAW}第六十三条、第六十四条的规定，${you(ctx)}有权要求举行听证。要求听证的，应当自收到本告知书之日起${responseDays(ctx)}内向本机关提出；逾期未提出的，视为放弃听证权利。当事人不承担行政机关组织听证的费用。`;
}

/** 行政处罚告知书 — 行政处罚法 §44 (告知), §45 (陈述、申辩; no heavier penalty), §63/§64 (听证). */
export const penaltyNotice: DocumentTemplate = {
  title: '行政处罚告知书',
  build: (ctx) => [
    addresseeLine(ctx),
    ...proposal(ctx),
    paragraph(
      `根据${LAW}第四十四条、第四十五条的规定，${you(ctx)}享有陈述、申辩的权利，可以自收到本告知书之日起${responseDays(ctx)}内向本机关提出陈述、申辩意见，可以书面提出，也可以口头提出；逾期未提出的，视为放弃此权利。本机关将充分听取${you(ctx)}的意见，对提出的事实、理由和证据进行复核，成立的予以采纳，不因${you(ctx)}陈述、申辩而给予更重的处罚。`,
    ),
    ...(hearingRightNotified(ctx) ? [paragraph(hearingRight(ctx))] : []),
    ...onlineAccess(ctx),
    agencyContact(ctx),
    sealBlock(ctx, stepDay(lastStep(ctx, 'notify'))),
    receipt(),
  ],
};

/** 听证告知书 — for penalties within 行政处罚法 §63: the right to a hearing, how and by when to ask (§64). */
export const hearingRightsNotice: DocumentTemplate = {
  title: '听证告知书',
  build: (ctx) => [
    addresseeLine(ctx),
    ...proposal(ctx),
    fields(row('拟罚款金额', input(ctx, 'notify', 'proposedFine', lastStep(ctx, 'notify') ? '无' : BLANK))),
    paragraph(hearingRight(ctx)),
    paragraph(
      `本机关将在举行听证的七日前通知${you(ctx)}听证的时间、地点。听证除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，公开举行；${you(ctx)}可以亲自参加听证，也可以委托一至二人代理；认为听证主持人与本案有直接利害关系的，有权申请回避（${LAW}第六十四条）。`,
    ),
    paragraph(`${you(ctx)}同时享有陈述、申辩的权利（第四十四条、第四十五条），可以在上述期限内向本机关提出陈述、申辩意见。`),
    ...onlineAccess(ctx),
    agencyContact(ctx),
    sealBlock(ctx, stepDay(lastStep(ctx, 'notify'))),
    receipt(),
  ],
};

/** 听证通知书 — 行政处罚法 §64(2)–(6): time and place seven days ahead, public, 代理, 回避, absence. */
export const hearingNotice: DocumentTemplate = {
  title: '听证通知书',
  build: (ctx) => [
    addresseeLine(ctx),
    paragraph(
      `${you(ctx)}于${input(ctx, 'request-hearing', 'requestedOn', chineseDate(null))}对「${text(ctx.case.title)}」一案提出的听证申请，本机关已收悉。根据${LAW}第六十四条的规定，本机关定于${input(ctx, 'notify-hearing', 'hearingOn', chineseDate(null))}＿＿时＿＿分在${input(ctx, 'notify-hearing', 'place')}举行听证，听证主持人：${input(ctx, 'notify-hearing', 'host')}。`,
    ),
    paragraph(
      `${you(ctx)}可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当在听证前提交授权委托书。认为听证主持人与本案有直接利害关系的，有权申请回避。听证公开举行，涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。`,
    ),
    agencyContact(ctx),
    sealBlock(ctx, stepDay(lastStep(ctx, 'notify-hearing'))),
    receipt(),
  ],
};

/**
 * 听证笔录 — 行政处罚法 §64(7)(8): investigators state facts, evidence and proposal; the party
 * defends and cross-examines; the record is checked and signed. Licences: 行政许可法 §48.
 */
export const hearingRecord: DocumentTemplate = {
  title: '听证笔录',
  build: (ctx) => {
    const s = lastStep(ctx, 'hold-hearing', 'hearing');
    const licence = s?.code === 'hearing';
    const law = licence ? '《中华人民共和国行政许可法》第四十八条' : `${LAW}第六十四条`;
    // the day the hearing was notified for is known; its hours are what the hearing recorded
    const notified = rawInput(ctx, 'notify-hearing', 'hearingOn');
    const refusal = refusalNote(s, licence ? '申请人、利害关系人或者其代理人' : '当事人或者其委托代理人', `（${law}）`);
    return [
      fields(
        row('案由', text(ctx.case.title)),
        row('听证时间', recordPeriod(s, licence ? null : typeof notified === 'string' ? notified : null)),
        row('听证地点', input(ctx, 'notify-hearing', 'place')),
        row('听证主持人', input(ctx, 'notify-hearing', 'host')),
        row('记录员', recorderText(s)),
        ...partyRows(ctx),
        row(
          licence ? '出席的申请人、利害关系人及其代理人' : '出席的当事人及其委托代理人',
          input(ctx, ['hold-hearing', 'hearing'], 'attendees'),
        ),
        row(licence ? '审查人员' : '案件调查人员', officerText(ctx)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(`听证主持人宣布听证纪律，核对听证参加人身份，告知当事人享有申请回避、陈述、申辩和质证等权利。当事人是否申请回避：${BLANK}`),
      heading('听证过程'),
      paragraph(
        licence
          ? `审查该行政许可申请的工作人员提供审查意见的证据、理由，申请人、利害关系人提出证据，并进行申辩和质证（${law}）。`
          : `案件调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行申辩和质证（${law}）。`,
      ),
      paragraph(passage(ctx, ['hold-hearing', 'hearing'], 'record', 8)),
      heading('听证意见'),
      paragraph(passage(ctx, 'hold-hearing', 'opinion', 3)),
      paragraph(`本笔录应当交当事人或者其代理人核对无误后签字或者盖章；拒绝签字或者盖章的，由听证主持人在笔录中注明（${law}）。`),
      ...(refusal ? [paragraph(refusal.replace('执法人员注明', '听证主持人注明'))] : []),
      {
        type: 'signatures',
        lines: [
          '当事人或者委托代理人（签名）',
          licence ? '审查人员（签名）' : '案件调查人员（签名）',
          '听证主持人（签名）',
          '记录员（签名）',
        ].map(signLine),
      },
    ];
  },
};
