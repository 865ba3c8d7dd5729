import { yuanText } from './amount-in-words.ts';
import {
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
import type { DocumentBlock, DocumentContext, FieldRow } from './document-model.ts';
import {
  decisionSanctions,
  discretionSentence,
  evidenceList,
  hearingAndDefence,
  performance,
  sanctionRows,
  sanctionsSentence,
} from './decision-content.ts';
import type { SanctionItem } from '../procedures/sanctions.ts';
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

const isNoPenalty = (ctx: DocumentContext) => rawInput(ctx, 'decide', 'decisionType') === 'no-penalty';

/** 警告 and no other sanction (市场监管 公示规定 §2: such a decision is not published) */
function onlyWarning(list: readonly SanctionItem[], penalty: unknown): boolean {
  if (list.length) return list.every((s) => s.kind === '警告');
  const p = typeof penalty === 'string' ? penalty : '';
  return /警告/.test(p) && !/通报批评|罚款|没收|暂扣|吊销|降低|停产|停业|关闭|限制/.test(p);
}

/**
 * 当事人 block of a 决定书 (行政处罚法 §59(一): 姓名或者名称、地址): the party's identification and
 * address, and no more — no telephone number, which the decision does not need and publication would expose.
 */
export function decisionPartyRows(ctx: DocumentContext): FieldRow[] {
  return partyRows(ctx, { phone: false });
}

/** 落款 of a decision: the agency's name and the date under its seal (the shared sealBlock). */
export function decisionSeal(ctx: DocumentContext, day: string | null): DocumentBlock {
  return sealBlock(ctx, day);
}

/** The provision the party broke (§59(三)): the decision's own, else the one the 调查终结报告 named; null for earlier cases that kept one basis. */
export function violatedProvision(ctx: DocumentContext, decisionStep: string): string | null {
  for (const [code, name] of [
    [decisionStep, 'violatedProvision'],
    ['conclude-investigation', 'violatedProvision'],
  ] as const) {
    const v = rawInput(ctx, code, name);
    if (isPresent(v)) return String(v).trim();
  }
  return null;
}

/** 「上述事实，有以下证据证明：」 and the numbered list, or the 调查终结报告's list for earlier cases. */
export function evidenceBlocks(ctx: DocumentContext, decisionStep: string): DocumentBlock[] {
  const items = evidenceList(ctx, decisionStep);
  if (!items.length) return [paragraph(`上述事实，有${input(ctx, 'conclude-investigation', 'evidence')}等证据证实。`)];
  return [
    paragraph('上述事实，有以下证据证明：'),
    ...items.map((t, i) => paragraph(`${i + 1}. ${t}${i === items.length - 1 ? '。' : '；'}`)),
  ];
}

/**
 * 行政处罚决定书 — 行政处罚法 §59 and the 2021 市场监管 范本: (一) 当事人 and address; (二) facts and
 * evidence with what each item proves; the party's statement and the answer; (三) the provision
 * broken, the 裁量 and the penalty provision, every sanction; (四) how and by when to perform it,
 * with the agency's account or 缴款码; (五) remedies naming the bodies; (六) agency and date under seal.
 */
export const penaltyDecision: DocumentTemplate = {
  title: '行政处罚决定书',
  titleFor: (ctx) => (isNoPenalty(ctx) ? '不予行政处罚决定书' : '行政处罚决定书'),
  build: (ctx) => {
    const d = lastStep(ctx, 'decide');
    const v = you(ctx);
    const noPenalty = isNoPenalty(ctx);
    const list = decisionSanctions(d);
    const structured = Array.isArray(d?.inputs['sanctions']);
    const facts = isPresent(d?.inputs['facts']) ? passage(ctx, 'decide', 'facts') : passage(ctx, 'conclude-investigation', 'facts');
    const violated = violatedProvision(ctx, 'decide');
    const discretion = discretionSentence(ctx, 'decide');
    const blocks: DocumentBlock[] = [
      fields(...decisionPartyRows(ctx)),
      heading('违法事实和证据'),
      paragraph(`本机关于${chineseDate(openedOn(ctx))}对「${text(ctx.case.title)}」立案调查。经查明：${facts}`),
      ...evidenceBlocks(ctx, 'decide'),
      heading('陈述、申辩和听证情况'),
      paragraph(hearingAndDefence(ctx, 'decide')),
    ];
    if (noPenalty) {
      blocks.push(
        heading('不予行政处罚的理由和依据'),
        ...(violated ? [paragraph(`本机关认为，${v}的上述行为违反了${violated}的规定。`)] : []),
        paragraph(`依据${input(ctx, 'decide', 'legalBasis')}的规定，本机关决定对${v}不予行政处罚。${input(ctx, 'decide', 'penalty', '')}`),
      );
    } else {
      blocks.push(
        heading('处罚依据和处罚内容'),
        ...(violated ? [paragraph(`本机关认为，${v}的上述行为违反了${violated}的规定，依法应当予以行政处罚。`)] : []),
        ...(discretion ? [paragraph(discretion)] : []),
        paragraph(
          `依据${input(ctx, 'decide', 'legalBasis')}的规定，本机关决定对${v}作出如下行政处罚：${structured && list.length ? sanctionsSentence(list) : input(ctx, 'decide', 'penalty')}`,
        ),
        ...(list.length ? [fields(...sanctionRows(list))] : []),
        heading('履行方式和期限'),
        paragraph(performance(ctx, list, d?.inputs['paymentCode'])),
      );
    }
    blocks.push(heading('申请行政复议或者提起行政诉讼的途径和期限'), paragraph(remedies(ctx, noPenalty)));
    // 市场监管 公示规定 §8: the 决定书 tells the party its information will be published (not a 警告 only: §2)
    const notice = publicationRulesFor(ctx.case.field).decisionNotice;
    if (notice && !noPenalty && !onlyWarning(list, rawInput(ctx, 'decide', 'penalty'))) blocks.push(paragraph(notice.text));
    if (!noPenalty && list.some((s) => s.kind === '罚款' || s.kind === '没收违法所得'))
      blocks.push(
        paragraph(
          `${v}逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本机关将依法采取加处罚款等措施或者申请人民法院强制执行（${LAW}第七十二条）。`,
        ),
      );
    blocks.push(decisionSeal(ctx, stepDay(d)));
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
      fields(...decisionPartyRows(ctx)),
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
          : `${performance(ctx, fine ? [{ kind: '罚款', amount: fine }] : [], d?.inputs['paymentCode'])}依法当场收缴罚款的，执法人员应当出具专用票据（${LAW}第六十八条、第七十条）。`,
      ),
      heading('申请行政复议或者提起行政诉讼的途径和期限'),
      paragraph(remedies(ctx)),
      paragraph(`执法人员已向当事人出示执法证件，本决定书当场交付当事人（${LAW}第五十二条）。`),
      { type: 'signatures', lines: [signLine('执法人员（签名或者盖章）'), signLine('当事人（签名）')] },
      sealBlock(ctx, stepDay(d)),
    ];
  },
};
