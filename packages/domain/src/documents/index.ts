/** 执法文书 (R-REC-2): the document model, the templates, and what renderers and seals need. */
export * from './document-model.ts';
export * from './document-templates.ts';
export * from './document-numbers.ts';
export { yuanInWords, yuanText } from './amount-in-words.ts';
export { BLANK, BLANK_DATE, chineseDate, type DocumentTemplate } from './document-fill.ts';
export { sampleReviewRecords } from './document-test-factories.ts';
export { checkDocumentIssue } from './issuance.ts';
export { proposalInWords } from './decision-content.ts';
