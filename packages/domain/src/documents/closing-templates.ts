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
  signatures,
  stepDay,
  text,
  type DocumentTemplate,
} from './document-fill.ts';
import type { DocumentContext, DocumentStep } from './document-model.ts';

/**
 * 送达 and 结案 documents (R-REC-2): 送达回证 and 结案审批表. Steps: decide / grant / deny (what is
 * served), deliver, execute, close, and the outcomes of the other procedures.
 */

/** The decision a 送达回证 serves, by the decision step the case took last. */
/** The 送达 steps of the procedures: the 告知书's, a 不予行政处罚决定's, and a decision's. */
const DELIVERIES = ['deliver', 'deliver-notice', 'deliver-no-penalty'];

function servedDocument(ctx: DocumentContext, delivery: DocumentStep | null): string {
  if (delivery?.code === 'deliver-notice') return '行政处罚告知书';
  if (delivery?.code === 'deliver-no-penalty') return '不予行政处罚决定书';
  const d = lastStep(ctx, 'decide', 'grant', 'deny', 'dispose');
  switch (d?.code) {
    case 'decide':
      return d.inputs['decisionType'] === 'no-penalty' ? '不予行政处罚决定书' : '行政处罚决定书';
    case 'grant':
      return '准予行政许可决定书';
    case 'deny':
      return '不予行政许可决定书';
    case 'dispose':
      return '行政处理决定书';
    default:
      return BLANK;
  }
}

/**
 * 送达回证 — 行政处罚法 §61: a decision not handed over on the spot is served within seven days as
 * the 民事诉讼法 provides: the recipient notes the date received and signs (送达回证); a refusal
 * is noted with a witness and the document left at the residence (留置送达).
 */
export const deliveryReceipt: DocumentTemplate = {
  title: '送达回证',
  build: (ctx) => {
    // the receipt of the last 送达 recorded: of the 告知书 (its window runs from it), or of a decision
    const delivery = lastStep(ctx, ...DELIVERIES);
    const code = delivery?.code ?? 'deliver';
    const recipient = rawInput(ctx, code, 'recipient');
    const number = text(ctx.documentNumber ?? ctx.case.number);
    return [
      fields(
        row('送达文书名称及文号', `《${servedDocument(ctx, delivery)}》${number}`),
        row('受送达人', isPresent(recipient) ? text(recipient) : text(ctx.party.name)),
        row('送达地点', text(ctx.party.address)),
        row('送达方式', input(ctx, code, 'method')),
        row('送达日期', input(ctx, code, 'deliveredOn', chineseDate(null))),
        row('送达人', officerText(ctx)),
        row('代收人及代收理由', BLANK),
        row('备注', BLANK),
      ),
      paragraph(
        '受送达人应当在本回证上记明收到日期，并签名或者盖章。受送达人拒绝接收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在本回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达（依照《中华人民共和国民事诉讼法》有关送达的规定）。',
      ),
      ...(lastStep(ctx, 'decide') && code === 'deliver'
        ? [
            paragraph(
              '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内送达（《中华人民共和国行政处罚法》第六十一条）。',
            ),
          ]
        : []),
      signatures('受送达人（签名或者盖章）', '送达人（签名）', '见证人（签名）'),
      sealBlock(ctx, stepDay(delivery)),
    ];
  },
};

/** What the case came to, by the step that decided it in any procedure. */
function outcome(ctx: DocumentContext): { text: string; step: DocumentStep | null } {
  const sources: [string, string][] = [
    ['decide', 'penalty'],
    ['decide-on-spot', 'penaltyType'],
    ['terminate', 'reason'],
    ['dispose', 'decision'],
    ['release', 'reason'],
    ['grant', 'scope'],
    ['deny', 'reason'],
    ['refuse-acceptance', 'reason'],
    ['conclude', 'conclusion'],
  ];
  const s = lastStep(ctx, ...sources.map(([c]) => c));
  if (!s) return { text: BLANK, step: null };
  const name = sources.find(([c]) => c === s.code)![1];
  return { text: `${s.name}：${input(ctx, s.code, name)}`, step: s };
}

/** 结案审批表 — closing needs the head's approval once the decision is performed (or the case ended). */
export const caseClosingApproval: DocumentTemplate = {
  title: '结案审批表',
  build: (ctx) => {
    const result = outcome(ctx);
    const close = lastStep(ctx, 'close');
    return [
      fields(
        row('案件名称', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        row('立案（启动）日期', chineseDate(openedOn(ctx))),
        ...partyRows(ctx),
        row('承办人员', officerText(ctx)),
        row('处理结果', result.text),
        row('决定日期', chineseDate(stepDay(result.step))),
        row(
          '送达日期',
          input(ctx, ['deliver', 'deliver-on-spot'], 'deliveredOn', chineseDate(stepDay(lastStep(ctx, 'deliver', 'deliver-on-spot')))),
        ),
        row('执行情况', input(ctx, 'execute', 'performance')),
        row('已缴罚没款', input(ctx, 'execute', 'paidAmount', lastStep(ctx, 'execute') ? '无' : BLANK)),
      ),
      heading('结案意见'),
      paragraph(passage(ctx, 'close', 'summary', 3)),
      fields(row('审批负责人', text(close?.actorName)), row('审批日期', chineseDate(stepDay(close)))),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};
