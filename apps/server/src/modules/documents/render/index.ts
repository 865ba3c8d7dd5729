/** Rendering 执法文书 to PDF and Word from one model, with the 电子签章 shown on both (R-REC-2). */
export { renderPdf } from './pdf-renderer.ts';
export { renderDocx } from './docx-renderer.ts';
export { sealCaption, pageFooter, chinaTimestamp, type DocumentSeal } from './document-seal.ts';
export { CJK_FONT_FILES } from './cjk-fonts.ts';
