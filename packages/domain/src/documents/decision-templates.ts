import { yuanText } from './amount-in-words.ts';
import {
  BLANK,
  chineseDate,
  fields,
  heading,
  input,
  isPresent,
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
import type { DocumentBlock, DocumentContext } from './document-model.ts';
import { hearingRightNotified } from './notice-templates.ts';
import { publicationRulesFor } from '../publication/sector-rules.ts';

/**
 * 决定 documents (R-REC-2): 行政处罚决定书 (一般程序, step decide) and 当场行政处罚决定书
 * (简易程序, step decide-on-spot). Their content is what 行政处罚法 §59 and §52 require.
 */

const LAW = '《中华人民共和国行政处罚法》';

/** A positive amount of money, or null. */
function amount(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}

/**
 * 救济渠道 (行政处罚法 §59(5)): 行政复议 within 60 days (行政复议法 §20) before the people's
 * government at the agency's level (§24), or 行政诉讼 within 6 months (行政诉讼法 §46) before the
 * court where the agency sits (§18); neither suspends the decision (行政处罚法 §73).
 */
export function remedies(ctx: DocumentContext, nothingToPerform = false, instrument: '决定' | '通知' = '决定'): string {
  const v = you(ctx);
  const base = `${v}如不服本${instrument}，可以自收到本${instrument}书之日起六十日内向${text(ctx.agency.reviewBody)}申请行政复议（《中华人民共和国行政复议法》第二十条），也可以自收到本${instrument}书之日起六个月内依法向${text(ctx.agency.court)}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。`;
  return nothingToPerform ? base : `${base}申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外（${LAW}第七十三条）。`;
}

/** How the party was told and heard before the decision (行政处罚法 §44, §45, §62–§65). */
function hearingAndDefence(ctx: DocumentContext): string {
  const v = you(ctx);
  const notified = lastStep(ctx, 'notify');
  const hearing = hearingRightNotified(ctx);
  let s = `本机关于${chineseDate(stepDay(notified))}向${v}告知了拟作出行政处罚的事实、理由、依据和处罚内容，以及${v}依法享有的陈述、申辩${hearing ? '、要求听证' : ''}等权利。`;
  const heard = lastStep(ctx, 'hold-hearing');
  // the officer's 复核 of what the party said (in person or online through the portal)
  const defence = lastStep(ctx, 'record-defence') ?? lastStep(ctx, 'party-defence');
  if (heard) s += `${v}要求举行听证，本机关于${chineseDate(stepDay(heard))}依法举行了听证。`;
  if (defence) {
    const adopted = defence.inputs['adopted'];
    s += `${v}提出了陈述、申辩意见，本机关进行了复核，${adopted === true ? '予以采纳' : adopted === false ? '不予采纳' : BLANK}。`;
  }
  if (!heard && !defence) {
    if (lastStep(ctx, 'waive')) s += `${v}明确表示放弃陈述、申辩${hearing ? '和听证' : ''}的权利。`;
    else if (notified) s += `${v}在规定期限内未提出陈述、申辩意见${hearing ? '，也未要求听证' : ''}。`;
    else s += `${v}${BLANK}。`;
  }
  return s;
}

/** 履行方式和期限 (行政处罚法 §59(4)): fines in 15 days (§67); 加处罚款 up to the fine (§72). */
function performance(ctx: DocumentContext, fine: number | null, confiscation: number | null): string {
  const v = you(ctx);
  if (!fine && !confiscation) return `${v}应当自收到本决定书之日起按照本决定履行（${LAW}第六十六条）。`;
  let s = `${v}应当自收到本决定书之日起十五日内，将上述${fine && confiscation ? '罚没款' : fine ? '罚款' : '没收的违法所得'}缴至指定的银行或者通过电子支付系统缴纳（${LAW}第六十七条）。`;
  if (fine) s += `到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（第七十二条）。`;
  return s;
}

/** 警告 and no other sanction (市场监管 公示规定 §2: such a decision is not published) */
function onlyWarning(penalty: unknown, fine: number | null, confiscation: number | null): boolean {
  const p = typeof penalty === 'string' ? penalty : '';
  return !fine && !confiscation && /警告/.test(p) && !/通报批评|罚款|没收|暂扣|吊销|降低|停产|停业|关闭|限制/.test(p);
}

const isNoPenalty = (ctx: DocumentContext) => rawInput(ctx, 'decide', 'decisionType') === 'no-penalty';

/**
 * 行政处罚决定书 — 行政处罚法 §59: (一) 当事人 and address; (二) facts and evidence; (三) kind and
 * basis of the penalty; (四) how and by when to perform it; (五) remedies with bodies and time
 * limits; (六) the agency and the date, under its seal.
 */
export const penaltyDecision: DocumentTemplate = {
  title: '行政处罚决定书',
  titleFor: (ctx) => (isNoPenalty(ctx) ? '不予行政处罚决定书' : '行政处罚决定书'),
  build: (ctx) => {
    const d = lastStep(ctx, 'decide');
    const v = you(ctx);
    const noPenalty = isNoPenalty(ctx);
    const fine = amount(d?.inputs['fineAmount']);
    const confiscation = amount(d?.inputs['confiscation']);
    const facts = isPresent(d?.inputs['facts']) ? passage(ctx, 'decide', 'facts') : passage(ctx, 'conclude-investigation', 'facts');
    const amounts = [
      ...(fine ? [row('罚款', yuanText(fine))] : []),
      ...(confiscation ? [row('没收违法所得', yuanText(confiscation))] : []),
    ];
    const blocks: DocumentBlock[] = [
      fields(...partyRows(ctx)),
      heading('违法事实和证据'),
      paragraph(`本机关于${chineseDate(openedOn(ctx))}对「${text(ctx.case.title)}」立案调查。经查明：${facts}`),
      paragraph(`上述事实，有${input(ctx, 'conclude-investigation', 'evidence')}等证据证实。`),
      paragraph(hearingAndDefence(ctx)),
    ];
    if (noPenalty) {
      blocks.push(
        heading('不予行政处罚的理由和依据'),
        paragraph(`依据${input(ctx, 'decide', 'legalBasis')}的规定，本机关决定对${v}不予行政处罚。${input(ctx, 'decide', 'penalty', '')}`),
      );
    } else {
      blocks.push(
        heading('处罚依据和处罚内容'),
        paragraph(`依据${input(ctx, 'decide', 'legalBasis')}的规定，本机关决定对${v}作出如下行政处罚：${input(ctx, 'decide', 'penalty')}`),
        ...(amounts.length ? [fields(...amounts)] : []),
        heading('履行方式和期限'),
        paragraph(performance(ctx, fine, confiscation)),
      );
    }
    blocks.push(heading('申请行政复议或者提起行政诉讼的途径和期限'), paragraph(remedies(ctx, noPenalty)));
    // 市场监管 公示规定 §8: the 决定书 tells the party its information will be published (not a 警告 only: §2)
    const notice = publicationRulesFor(ctx.case.field).decisionNotice;
    if (notice && !noPenalty && !onlyWarning(rawInput(ctx, 'decide', 'penalty'), fine, confiscation)) blocks.push(paragraph(notice.text));
    if (!noPenalty)
      blocks.push(
        paragraph(
          `${v}逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本机关将依法采取加处罚款等措施或者申请人民法院强制执行（${LAW}第七十二条）。`,
        ),
      );
    blocks.push(sealBlock(ctx, stepDay(d)));
    return blocks;
  },
};

/**
 * 当场行政处罚决定书 — 行政处罚法 §52: the party's violation, kind and basis of the penalty, the
 * fine, time and place, the remedies, the agency's name, signed by the officers and handed over.
 */
export const onSpotPenaltyDecision: DocumentTemplate = {
  title: '当场行政处罚决定书',
  build: (ctx) => {
    const d = lastStep(ctx, 'decide-on-spot');
    const fine = amount(d?.inputs['fineAmount']);
    const v = you(ctx);
    return [
      fields(...partyRows(ctx)),
      heading('违法行为'),
      paragraph(passage(ctx, 'open', 'facts', 3)),
      heading('处罚种类和依据'),
      paragraph(
        `依据${input(ctx, 'decide-on-spot', 'legalBasis')}的规定，按照${LAW}第五十一条、第五十二条，当场作出如下行政处罚：${input(ctx, 'decide-on-spot', 'penaltyType')}${fine ? `，罚款${yuanText(fine)}` : ''}。`,
      ),
      fields(row('作出决定的时间', stepDateTime(d)), row('作出决定的地点', input(ctx, 'open', 'place')), row('执法人员', officerText(ctx))),
      heading('履行方式和期限'),
      paragraph(
        d?.inputs['penaltyType'] === 'warning' && !fine
          ? '本决定为警告，本决定书当场交付即为执行。'
          : `${v}应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款（第六十七条）；依法当场收缴罚款的，执法人员应当出具专用票据（第六十八条、第七十条）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（第七十二条）。`,
      ),
      heading('申请行政复议或者提起行政诉讼的途径和期限'),
      paragraph(remedies(ctx)),
      paragraph(`执法人员已向当事人出示执法证件，本决定书当场交付当事人（${LAW}第五十二条）。`),
      { type: 'signatures', lines: [signLine('执法人员（签名或者盖章）'), signLine('当事人（签名）')] },
      sealBlock(ctx, stepDay(d)),
    ];
  },
};
