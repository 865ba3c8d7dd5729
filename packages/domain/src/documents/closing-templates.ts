import {
  BLANK,
  BLANK_DATE,
  chineseDate,
  fields,
  heading,
  input,
  isPresent,
  issuedNumber,
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
import type { DocumentContext, DocumentStep, FieldRow } from './document-model.ts';
import { momentText } from './record-fill.ts';

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

/** 送达回证's closing sentence on the law of the method used (民事诉讼法 第七章第二节). */
const METHOD_LAW: Record<string, string> = {
  direct:
    '受送达人应当在本回证上记明收到日期，并签名或者盖章；受送达人本人不在的，交其同住成年家属签收；受送达人是法人或者其他组织的，由其法定代表人、主要负责人或者办理收发事项的部门签收（《中华人民共和国民事诉讼法》第八十七条、第八十八条）。',
  left: '受送达人拒绝接收，送达人邀请有关基层组织或者所在单位的代表到场，说明情况，在本回证上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达（《中华人民共和国民事诉讼法》第八十九条）。',
  mail: '邮寄送达的，以回执上注明的收件日期为送达日期（《中华人民共和国民事诉讼法》第九十一条）。邮件回执或者查询单附后。',
  electronic:
    '经受送达人同意，采用能够确认其收悉的电子方式送达，以送达信息到达受送达人特定系统的日期为送达日期（《中华人民共和国行政处罚法》第六十一条，《中华人民共和国民事诉讼法》第九十条）。',
  notice:
    '受送达人下落不明，或者用其他方式无法送达的，公告送达；自发出公告之日起，经过法律规定的公告期间，即视为送达（《中华人民共和国民事诉讼法》第九十五条）。',
};

/** The agreement to electronic delivery: the 送达地址确认书 the case recorded, or the consent the 送达 itself states. */
function eConsent(ctx: DocumentContext, delivery: DocumentStep): string {
  const own = delivery.inputs['consent'];
  if (isPresent(own)) return text(own);
  const consent = lastStep(ctx, 'consent-e-delivery');
  return consent ? `受送达人于${chineseDate(stepDay(consent))}确认同意电子送达（送达地址确认书）` : BLANK;
}

/**
 * 送达回证 — 行政处罚法 §61: a decision not handed over on the spot is served within seven days as
 * the 民事诉讼法 provides. What the receipt states follows the method: 直接送达 the recipient signs
 * and dates it; 留置送达 the refusal, place and witnesses; 邮寄送达 the address and tracking number;
 * 电子送达 the consent, the electronic address and the moment it arrived — no street address and no
 * line for a handwritten signature; 公告送达 where and when it was published. Before the 送达 is
 * recorded the receipt is a blank form with every row.
 */
export const deliveryReceipt: DocumentTemplate = {
  title: '送达回证',
  build: (ctx) => {
    // the receipt of the last 送达 recorded: of the 告知书 (its window runs from it), or of a decision
    const delivery = lastStep(ctx, ...DELIVERIES);
    const code = delivery?.code ?? 'deliver';
    const recipient = rawInput(ctx, code, 'recipient');
    const served = servedDocument(ctx, delivery);
    const method = delivery ? String(delivery.inputs['method'] ?? '') : '';
    const v = (name: string, blank = BLANK) => input(ctx, code, name, blank);
    const head = [
      row('送达文书名称及文号', `《${served}》${issuedNumber(ctx, served)}`),
      row('受送达人', isPresent(recipient) ? text(recipient) : text(ctx.party.name)),
      row('送达方式', v('method')),
    ];
    // 送达人: the officer who recorded the 送达 (with the 执法证 number), not every officer of the case
    const server = ctx.officers.filter((o) => delivery && o.name === delivery.actorName);
    const by = row(
      '送达人',
      server.length ? officerText({ ...ctx, officers: server }) : delivery ? text(delivery.actorName) : officerText(ctx),
    );
    let rows: FieldRow[];
    let signers: string[];
    switch (delivery ? method : '') {
      case 'direct':
        rows = [
          row('送达地点', v('place')),
          row('送达日期', v('deliveredOn', chineseDate(null))),
          by,
          row('代收人及代收理由', v('proxy', '无')),
        ];
        signers = ['受送达人（签名或者盖章）', '送达人（签名）'];
        break;
      case 'left':
        rows = [
          row('留置地点', v('place')),
          row('送达日期', v('deliveredOn', chineseDate(null))),
          row('拒收事由和日期', v('leftReason')),
          row('见证人', v('witnesses')),
          by,
        ];
        signers = ['送达人（签名）', '见证人（签名或者盖章）'];
        break;
      case 'mail':
        rows = [
          row('邮寄地址', v('mailAddress')),
          row('邮件号码', v('trackingNumber')),
          row('送达日期（回执注明的收件日期）', v('deliveredOn', chineseDate(null))),
          by,
        ];
        signers = ['送达人（签名）'];
        break;
      case 'electronic': {
        const consentAddress = rawInput(ctx, 'consent-e-delivery', 'address');
        const address = v('electronicAddress', isPresent(consentAddress) ? text(consentAddress) : BLANK);
        rows = [
          row('受送达人同意电子送达', eConsent(ctx, delivery!)),
          row('电子送达地址', address),
          row('送达信息到达时间', momentText(delivery!.inputs['reachedAt']) ?? `${BLANK_DATE}＿＿时＿＿分`),
          row('送达日期', v('deliveredOn', chineseDate(null))),
          by,
        ];
        signers = [];
        break;
      }
      case 'notice':
        rows = [row('公告方式', v('noticeMedium')), row('发出公告日期', v('deliveredOn', chineseDate(null))), by];
        signers = ['送达人（签名）'];
        break;
      default:
        // no 送达 recorded yet: the paper form, every row to fill by hand
        rows = [row('送达地点', BLANK), row('送达日期', chineseDate(null)), by, row('代收人及代收理由', BLANK), row('备注', BLANK)];
        signers = ['受送达人（签名或者盖章）', '送达人（签名）', '见证人（签名）'];
    }
    return [
      fields(...head, ...rows),
      paragraph(METHOD_LAW[method] ?? `${METHOD_LAW['direct']}${METHOD_LAW['left']}`),
      ...(lastStep(ctx, 'decide') && code === 'deliver'
        ? [
            paragraph(
              '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内送达（《中华人民共和国行政处罚法》第六十一条）。',
            ),
          ]
        : []),
      ...(signers.length ? [signatures(...signers)] : []),
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
