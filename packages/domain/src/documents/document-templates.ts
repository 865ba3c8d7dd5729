import { DomainError } from '../errors.ts';
import {
  BLANK,
  chineseDate,
  input,
  lastStep,
  officerLine,
  partyRows,
  text,
  type DocumentBlock,
  type DocumentContext,
  type DocumentModel,
} from './document-model.ts';

/**
 * The templates of 执法文书. Each fills the model from the case; legal content that must be on
 * a document (rights, remedies, time limits) is part of the template, citing the law.
 */
type Template = { title: string; build: (ctx: DocumentContext) => DocumentBlock[] };

const sign = (...lines: string[]): DocumentBlock => ({ type: 'signatures', lines });
const p = (t: string): DocumentBlock => ({ type: 'paragraph', text: t });
const fields = (...rows: { label: string; value: string }[]): DocumentBlock => ({ type: 'fields', rows });
const f = (label: string, value: string) => ({ label, value });

/** 救济渠道 (行政处罚法 §59(5), 行政复议法 §20, 行政诉讼法 §46) */
const remedies = (ctx: DocumentContext) =>
  `如不服本决定，可以在收到本决定书之日起六十日内向${ctx.agency.reviewBody}申请行政复议，或者在六个月内依法向${ctx.agency.court}提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。`;

const TEMPLATES: Record<string, Template> = {
  'case-filing-approval': {
    title: '立案审批表',
    build: (ctx) => [
      fields(f('案件名称', ctx.case.title), f('案件来源', input(ctx, 'open', 'source')), f('发现线索日期', chineseDate(lastStep(ctx, 'open')?.inputs['clueOn'] as string)), ...partyRows(ctx)),
      { type: 'heading', text: '案情摘要' },
      p(input(ctx, 'open', 'summary')),
      fields(f('承办人员', officerLine(ctx)), f('立案依据', '《中华人民共和国行政处罚法》第五十四条'), f('批准负责人', input(ctx, 'open', 'approvedBy')), f('立案日期', chineseDate(ctx.case.openedOn))),
      sign('承办人签名：', '负责人审批意见及签名：', '日期：'),
    ],
  },
  'inspection-record': {
    title: '现场检查笔录',
    build: (ctx) => {
      const s = lastStep(ctx, 'inspect');
      return [
        fields(f('检查时间', chineseDate(s?.on)), f('检查地点', input(ctx, 'inspect', 'place')), ...partyRows(ctx), f('执法人员', officerLine(ctx))),
        p('执法人员已向当事人出示行政执法证件，表明身份，告知当事人有申请回避的权利和如实配合检查的义务（《中华人民共和国行政处罚法》第五十五条）。'),
        { type: 'heading', text: '检查情况' },
        p(input(ctx, 'inspect', 'findings')),
        sign('当事人签名：', '执法人员签名：', '见证人签名：'),
      ];
    },
  },
  'inquiry-record': {
    title: '询问笔录',
    build: (ctx) => {
      const s = lastStep(ctx, 'inquire');
      return [
        fields(f('询问时间', chineseDate(s?.on)), f('被询问人', input(ctx, 'inquire', 'person')), f('询问人', officerLine(ctx)), f('记录人', text(s?.actorName))),
        p('我们是执法人员，已出示执法证件。依法向你进行询问，你应当如实回答，对与本案无关的问题有拒绝回答的权利；你认为执法人员与本案有利害关系的，可以申请回避。'),
        { type: 'heading', text: '询问内容' },
        p(input(ctx, 'inquire', 'summary')),
        p('以上笔录已向被询问人宣读（或由其阅读），确认无误。'),
        sign('被询问人签名：', '询问人签名：', '记录人签名：'),
      ];
    },
  },
  'evidence-extraction': {
    title: '证据提取单',
    build: (ctx) => [
      fields(...partyRows(ctx), f('提取时间', chineseDate(lastStep(ctx, 'collect-evidence')?.on)), f('提取人', officerLine(ctx))),
      { type: 'heading', text: '证据名称及数量' },
      p(input(ctx, 'collect-evidence', 'items')),
      p('以上证据由当事人提供（或经当事人确认），与原件（原物）核对无误。'),
      sign('证据提供人签名：', '执法人员签名：', '日期：'),
    ],
  },
  'penalty-notice': {
    title: '行政处罚告知书',
    build: (ctx) => {
      const hearing = lastStep(ctx, 'notify')?.inputs['hearingRight'] === true;
      return [
        fields(...partyRows(ctx)),
        p(`经调查，你（单位）${input(ctx, 'conclude-investigation', 'facts')}`),
        p(`以上事实有${input(ctx, 'conclude-investigation', 'evidence')}等证据为证。`),
        p(`依据${input(ctx, 'conclude-investigation', 'legalBasis')}，本机关拟对你（单位）作出如下行政处罚：${input(ctx, 'notify', 'proposedPenalty')}。`),
        // 行政处罚法 §44, §45: 陈述、申辩 rights; §63, §64: hearing right, 5 working days (cf-2021)
        p('根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利，可以在收到本告知书之日起五个工作日内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃上述权利。本机关不因你（单位）的陈述、申辩而给予更重的处罚。'),
        ...(hearing
          ? [p('根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。要求听证的，应当在收到本告知书之日起五日内向本机关提出；逾期未提出的，视为放弃听证权利。')]
          : []),
        fields(f('联系地址', text(ctx.agency.address)), f('联系电话', text(ctx.agency.phone))),
        sign('当事人签收：', '日期：'),
      ];
    },
  },
  'hearing-notice': {
    title: '听证告知书',
    build: (ctx) => [
      fields(...partyRows(ctx)),
      p(`你（单位）于${chineseDate(lastStep(ctx, 'request-hearing')?.inputs['requestedOn'] as string)}提出听证申请。根据《中华人民共和国行政处罚法》第六十四条的规定，本机关定于${chineseDate(lastStep(ctx, 'notify-hearing')?.inputs['hearingOn'] as string)}在${input(ctx, 'notify-hearing', 'place')}举行听证，由${input(ctx, 'notify-hearing', 'host')}主持。`),
      p('你（单位）可以亲自参加听证，也可以委托一至二人代理；认为主持人与本案有直接利害关系的，有权申请回避。听证公开举行，涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。'),
      sign('当事人签收：', '日期：'),
    ],
  },
  'hearing-record': {
    title: '听证笔录',
    build: (ctx) => [
      fields(f('听证时间', chineseDate(lastStep(ctx, 'hold-hearing')?.on)), f('听证地点', input(ctx, 'notify-hearing', 'place')), f('听证主持人', input(ctx, 'notify-hearing', 'host')), ...partyRows(ctx), f('案件调查人员', officerLine(ctx))),
      { type: 'heading', text: '听证情况' },
      p(input(ctx, 'hold-hearing', 'record')),
      { type: 'heading', text: '听证意见' },
      p(input(ctx, 'hold-hearing', 'opinion')),
      p('本笔录已交当事人核对，当事人认为有遗漏或者差错的，有权要求补正（《中华人民共和国行政处罚法》第六十四条第八项）。'),
      sign('当事人签名：', '听证主持人签名：', '记录人签名：'),
    ],
  },
  'penalty-decision': {
    title: '行政处罚决定书',
    build: (ctx) => {
      const fine = lastStep(ctx, 'decide')?.inputs['fineAmount'];
      return [
        fields(...partyRows(ctx)),
        { type: 'heading', text: '违法事实和证据' },
        p(input(ctx, 'decide', 'facts')),
        p(`上述事实有${input(ctx, 'conclude-investigation', 'evidence')}等证据证实。`),
        { type: 'heading', text: '处罚依据' },
        p(input(ctx, 'decide', 'legalBasis')),
        { type: 'heading', text: '处罚内容' },
        p(input(ctx, 'decide', 'penalty')),
        { type: 'heading', text: '履行方式和期限' },
        p(
          typeof fine === 'number' && fine > 0
            ? `请于收到本决定书之日起十五日内，将罚款 ${fine} 元缴至指定银行或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款（第七十二条）。`
            : '请自收到本决定书之日起按本决定履行。',
        ),
        { type: 'heading', text: '救济途径和期限' },
        p(remedies(ctx)),
        p('逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本机关将依法申请人民法院强制执行。'),
        sign(`${ctx.agency.name}（印章）`, chineseDate(lastStep(ctx, 'decide')?.on ?? ctx.issuedOn)),
      ];
    },
  },
  'delivery-receipt': {
    title: '送达回证',
    build: (ctx) => [
      fields(
        f('送达文书', `${ctx.case.number} 行政处罚决定书`),
        f('受送达人', input(ctx, 'deliver', 'recipient') === BLANK ? text(ctx.party.name) : input(ctx, 'deliver', 'recipient')),
        f('送达地点', text(ctx.party.address)),
        f('送达方式', input(ctx, 'deliver', 'method')),
        f('送达日期', chineseDate(lastStep(ctx, 'deliver')?.inputs['deliveredOn'] as string)),
        f('送达人', officerLine(ctx)),
      ),
      p('受送达人拒绝签收的，送达人应当注明情况并由见证人签名（《中华人民共和国民事诉讼法》第八十九条，行政处罚法第六十一条）。'),
      sign('受送达人签名：', '送达人签名：', '见证人签名：'),
    ],
  },
  'case-closing-approval': {
    title: '结案审批表',
    build: (ctx) => [
      fields(f('案件名称', ctx.case.title), f('立案日期', chineseDate(ctx.case.openedOn)), ...partyRows(ctx), f('处罚决定', input(ctx, 'decide', 'penalty')), f('执行情况', input(ctx, 'execute', 'performance')), f('已缴罚没款（元）', input(ctx, 'execute', 'paidAmount'))),
      { type: 'heading', text: '结案意见' },
      p(input(ctx, 'close', 'summary')),
      sign('承办人签名：', '负责人审批意见及签名：', '日期：'),
    ],
  },
};

export const DOCUMENT_KINDS: readonly { code: string; title: string }[] = Object.entries(TEMPLATES).map(([code, t]) => ({ code, title: t.title }));

/** The kind a procedure's document name refers to, when we have its template. */
export function documentKindOfName(name: string): string | null {
  return DOCUMENT_KINDS.find((k) => k.title === name || (name === '听证通知书' && k.code === 'hearing-notice'))?.code ?? null;
}

export function buildDocument(kind: string, ctx: DocumentContext): DocumentModel {
  const t = TEMPLATES[kind];
  if (!t) throw new DomainError('DOCUMENT_KIND_UNKNOWN', `没有「${kind}」文书模板`, { kinds: DOCUMENT_KINDS.map((k) => k.code) });
  return { kind, title: t.title, agencyName: ctx.agency.name, number: ctx.case.number, issuedOn: ctx.issuedOn, blocks: t.build(ctx) };
}
