import { decisionPartyRows, decisionSeal, evidenceBlocks, remedies, violatedProvision } from './decision-templates.ts';
import { hearingAndDefence } from './decision-content.ts';
import {
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
  row,
  sealBlock,
  stepDay,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';

/**
 * The endings of a 一般程序 case that are not a penalty (行政处罚法 §57(二)(四); issue 18 item 7):
 * the 不予行政处罚决定书 and the 案件移送书. Step codes and inputs are those of
 * procedures/definitions (decide-no-penalty, transfer).
 */

/** 不予行政处罚决定书 — §57(二): the facts found, the legal ground for no penalty, remedies; no performance, nothing published. */
export const noPenaltyDecision: DocumentTemplate = {
  title: '不予行政处罚决定书',
  build: (ctx) => {
    const d = lastStep(ctx, 'decide-no-penalty');
    const v = you(ctx);
    const violated = violatedProvision(ctx, 'decide-no-penalty');
    // heard only when the party was told of a penalty first (a 告知 is not owed for this ending)
    const heard = lastStep(ctx, 'notify') ? [heading('陈述、申辩和听证情况'), paragraph(hearingAndDefence(ctx, 'decide-no-penalty'))] : [];
    return [
      fields(...decisionPartyRows(ctx)),
      heading('查明的事实'),
      paragraph(
        `本机关于${chineseDate(openedOn(ctx))}对「${text(ctx.case.title)}」立案调查。经查明：${passage(ctx, 'decide-no-penalty', 'facts')}`,
      ),
      ...evidenceBlocks(ctx, 'decide-no-penalty'),
      ...heard,
      heading('不予行政处罚的理由和依据'),
      ...(violated ? [paragraph(`${v}的上述行为违反了${violated}的规定。`)] : []),
      paragraph(`${v}的情形属于：${input(ctx, 'decide-no-penalty', 'ground')}。`),
      paragraph(
        `依据${input(ctx, 'decide-no-penalty', 'legalBasis')}的规定，按照《中华人民共和国行政处罚法》第五十七条第一款第（二）项，本机关决定对${v}不予行政处罚。`,
      ),
      heading('申请行政复议或者提起行政诉讼的途径和期限'),
      paragraph(remedies(ctx, true)),
      decisionSeal(ctx, stepDay(d)),
    ];
  },
};

/** 案件移送书 — §27 (涉嫌犯罪 to the judicial organs), §57(四); 行政执法机关移送涉嫌犯罪案件的规定 §6 (the materials sent with it). */
export const caseTransfer: DocumentTemplate = {
  title: '案件移送书',
  titleFor: (ctx) => (lastStep(ctx, 'transfer')?.inputs['kind'] === 'judicial' ? '涉嫌犯罪案件移送书' : '案件移送书'),
  build: (ctx) => {
    const t = lastStep(ctx, 'transfer');
    const judicial = t?.inputs['kind'] === 'judicial';
    return [
      paragraph(`${input(ctx, 'transfer', 'receiver')}：`),
      paragraph(
        `本机关于${chineseDate(openedOn(ctx))}立案调查的「${text(ctx.case.title)}」（案号：${text(ctx.case.number)}），${
          judicial
            ? '经调查，当事人的行为涉嫌构成犯罪，依照《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》，现将该案移送你单位依法处理。'
            : '经审查，不属于本机关管辖，现将该案移送你单位依法处理。'
        }`,
      ),
      fields(...partyRows(ctx, { phone: false })),
      heading('移送理由'),
      paragraph(passage(ctx, 'transfer', 'reason')),
      heading('移送材料'),
      paragraph(passage(ctx, 'transfer', 'materials')),
      fields(row('承办人员', officerText(ctx)), row('移送类别', input(ctx, 'transfer', 'kind'))),
      paragraph('请于收到本移送书及案件材料后，将处理结果书面告知本机关。'),
      sealBlock(ctx, stepDay(t)),
    ];
  },
};
