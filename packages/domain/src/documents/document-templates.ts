import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { caseClosingApproval, deliveryReceipt } from './closing-templates.ts';
import { onSpotPenaltyDecision, penaltyDecision } from './decision-templates.ts';
import type { DocumentTemplate } from './document-fill.ts';
import type { DocumentContext, DocumentModel } from './document-model.ts';
import { caseTransfer, noPenaltyDecision } from './ending-templates.ts';
import { caseFilingApproval, evidenceExtraction, inquiryRecord, inspectionRecord } from './investigation-templates.ts';
import { hearingNotice, hearingRecord, hearingRightsNotice, penaltyNotice } from './notice-templates.ts';
import { collectiveDiscussionRecord, legalReviewOpinion } from './review-templates.ts';
import { COERCION_NAMES, COERCION_TEMPLATES } from './coercion-templates.ts';
import { INSPECTION_ARCHIVE_NAMES, INSPECTION_ARCHIVE_TEMPLATES } from './inspection-archive-templates.ts';
import { LICENSE_NAMES, LICENSE_TEMPLATES } from './license-templates.ts';
import { PENALTY_MORE_NAMES, PENALTY_MORE_TEMPLATES } from './penalty-more-templates.ts';

/**
 * The unified templates of 执法文书 (R-REC-2), by kind code. A template is data plus a pure
 * function of the case; the legal content a document must state is part of its template.
 */
const TEMPLATES = {
  'case-filing-approval': caseFilingApproval,
  'inspection-record': inspectionRecord,
  'inquiry-record': inquiryRecord,
  'evidence-extraction': evidenceExtraction,
  'penalty-notice': penaltyNotice,
  'hearing-rights-notice': hearingRightsNotice,
  'hearing-notice': hearingNotice,
  'hearing-record': hearingRecord,
  'penalty-decision': penaltyDecision,
  'no-penalty-decision': noPenaltyDecision,
  'case-transfer': caseTransfer,
  'on-spot-penalty-decision': onSpotPenaltyDecision,
  'delivery-receipt': deliveryReceipt,
  'case-closing-approval': caseClosingApproval,
  'legal-review-opinion': legalReviewOpinion,
  'collective-discussion-record': collectiveDiscussionRecord,
  ...PENALTY_MORE_TEMPLATES,
  ...COERCION_TEMPLATES,
  ...INSPECTION_ARCHIVE_TEMPLATES,
  ...LICENSE_TEMPLATES,
} as const satisfies Record<string, DocumentTemplate>;

export type DocumentKind = keyof typeof TEMPLATES;

/** Every kind with its 文书名称, in the order a case uses them. */
export const DOCUMENT_KINDS: readonly { code: DocumentKind; title: string }[] = (Object.keys(TEMPLATES) as DocumentKind[]).map((code) => ({
  code,
  title: TEMPLATES[code].title,
}));

/**
 * The names procedure definitions give documents in their steps' `documents` lists, mapped to the
 * template that makes them. Every name a procedure gives has one (procedures.test.ts holds it); a
 * 案卷标准 naming a document without a template is refused when it is set.
 */
export const DOCUMENT_NAME_TO_KIND: Readonly<Record<string, DocumentKind>> = {
  立案审批表: 'case-filing-approval',
  现场检查笔录: 'inspection-record',
  询问笔录: 'inquiry-record',
  证据提取单: 'evidence-extraction',
  行政处罚告知书: 'penalty-notice',
  听证告知书: 'hearing-rights-notice',
  听证通知书: 'hearing-notice',
  听证笔录: 'hearing-record',
  行政处罚决定书: 'penalty-decision',
  不予行政处罚决定书: 'no-penalty-decision',
  案件移送书: 'case-transfer',
  当场行政处罚决定书: 'on-spot-penalty-decision',
  送达回证: 'delivery-receipt',
  结案审批表: 'case-closing-approval',
  法制审核意见书: 'legal-review-opinion',
  集体讨论记录: 'collective-discussion-record',
  ...PENALTY_MORE_NAMES,
  ...COERCION_NAMES,
  ...INSPECTION_ARCHIVE_NAMES,
  ...LICENSE_NAMES,
};

export function isDocumentKind(kind: string): kind is DocumentKind {
  return Object.hasOwn(TEMPLATES, kind);
}

/** The kind a procedure's document name refers to, when there is a template for it. */
export function documentKindOfName(name: string): DocumentKind | null {
  return Object.hasOwn(DOCUMENT_NAME_TO_KIND, name) ? DOCUMENT_NAME_TO_KIND[name]! : null;
}

/** Fills the template of `kind` from the case. Pure: the same context gives the same model. */
export function buildDocument(kind: string, ctx: DocumentContext): DocumentModel {
  if (!isDocumentKind(kind)) {
    throw new DomainError('DOCUMENT_KIND_UNKNOWN', `没有「${kind}」文书模板`, { kinds: DOCUMENT_KINDS.map((k) => k.code) });
  }
  const t: DocumentTemplate = TEMPLATES[kind];
  return {
    kind,
    title: t.titleFor?.(ctx) ?? t.title,
    agencyName: ctx.agency.name,
    // the kind's own 文书编号 (document-numbers.ts), given when the document is filed; a form has none
    number: (ctx.documentNumber ?? '').trim(),
    issuedOn: ctx.issuedOn,
    blocks: t.build(ctx),
  };
}

/** SHA-256 (hex) of the model's canonical JSON: the document's content, which the 电子签章 signs. */
export function documentContentSha256(model: DocumentModel): string {
  return createHash('sha256').update(canonicalJson(model)).digest('hex');
}
