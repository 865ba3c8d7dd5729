import {
  chineseDate,
  fields,
  heading,
  officerText,
  paragraph,
  partyRows,
  row,
  sealBlock,
  signatures,
  text,
  type DocumentTemplate,
} from './document-fill.ts';
import type { DocumentBlock, DocumentContext } from './document-model.ts';
import { DomainError } from '../errors.ts';

/**
 * 法制审核 documents (R-REV-5, R-REV-6): the 法制审核意见书 of one round and the 集体讨论记录. They
 * are filled from the review record the server passes in `ctx.review` / `ctx.discussion`, and
 * name the exact version of the materials they answer (its SHA-256), so each opinion stays tied
 * to what its author saw (R-REV-8).
 */

function reviewOf(ctx: DocumentContext): NonNullable<DocumentContext['review']> {
  if (!ctx.review) throw new DomainError('REVIEW_STATE', '法制审核意见书随审核意见生成，不能单独制作');
  return ctx.review;
}

export const legalReviewOpinion: DocumentTemplate = {
  title: '法制审核意见书',
  build: (ctx) => {
    const r = reviewOf(ctx);
    const blocks: DocumentBlock[] = [
      fields(
        row('案件名称', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        ...partyRows(ctx, { phone: false }),
        row('承办人员', officerText(ctx)),
        row('送审人', text(r.submittedBy)),
        row('送审日期', chineseDate(r.submittedOn)),
        row('审核轮次', `第 ${r.round} 轮`),
        row('送审材料摘要值（SHA-256）', r.materialsSha256),
        row('审核依据', r.catalogRules.length ? r.catalogRules.join('；') : '法制审核目录清单'),
      ),
      heading('拟作出的决定'),
      paragraph(text(r.proposedDecision)),
      heading('审核要点'),
      fields(...r.answers.map((a) => row(a.name, a.result === 'pass' ? '符合' : `存在问题：${a.comment}`))),
    ];
    if (r.findings.length) {
      blocks.push(heading('系统预审情况'), ...r.findings.map((f) => paragraph(`${f.ok ? '〇' : '△'}${f.message}`)));
    }
    if (r.advice.length) blocks.push(heading('法律顾问、公职律师意见'), ...r.advice.map((a) => paragraph(`${a.name}：${a.opinion}`)));
    blocks.push(
      heading('审核结论'),
      paragraph(r.conclusion === 'agree' ? '同意。' : '存在问题，退回承办机构补正或者重新调查。'),
      heading('审核意见'),
      paragraph(text(r.opinion)),
      fields(row('法制审核人员', text(r.reviewerName)), row('审核日期', chineseDate(r.reviewedOn))),
      signatures('法制审核人员（签名）', '法制审核机构负责人（签名）'),
      sealBlock(ctx, r.reviewedOn),
    );
    return blocks;
  },
};

export const collectiveDiscussionRecord: DocumentTemplate = {
  title: '集体讨论记录',
  build: (ctx) => {
    const d = ctx.discussion;
    if (!d) throw new DomainError('REVIEW_STATE', '集体讨论记录随集体讨论生成，不能单独制作');
    return [
      fields(
        row('案件名称', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        ...partyRows(ctx, { phone: false }),
        row('讨论日期', chineseDate(d.heldOn)),
        row('主持人', text(d.chair)),
        row('记录人', text(d.recorder)),
        row('讨论的拟作出决定', `第 ${d.proposalVersion} 版：${d.proposedDecision}`),
        row('法制审核意见', text(d.reviewOpinion, '无')),
        row('提请讨论事由', text(d.reason)),
      ),
      heading('参加人员及意见'),
      ...d.participants.map((p) =>
        paragraph(`${p.name}（${p.post}）：${p.opinion}（${p.vote === 'agree' ? '同意' : p.vote === 'disagree' ? '不同意' : '弃权'}）`),
      ),
      heading('表决情况'),
      paragraph(`同意 ${d.votes.agree} 人，不同意 ${d.votes.disagree} 人，弃权 ${d.votes.abstain} 人。`),
      heading('讨论结论'),
      paragraph(text(d.conclusion)),
      ...(d.override ? [heading('与法制审核意见不一致的说明'), paragraph(d.override)] : []),
      signatures('主持人（签名）', '记录人（签名）', '参加人员（签名）'),
    ];
  },
};
