import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the 执法文书 routes take and return. */

export const DocumentKindListView = Type.Array(Type.Object({ code: Type.String(), title: Type.String() }));

export const DocumentSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.String(),
  title: Type.String(),
  number: Type.Union([Type.String(), Type.Null()], {
    description: '文书编号（单独编号的文书种类；表格类文书为 null，以案号标明所属案件）',
  }),
  contentSha256: Type.String({ description: '文书内容（规范 JSON）的 SHA-256，电子签章所签' }),
  pdfSha256: Type.Union([Type.String(), Type.Null()], {
    description: 'PDF 的 SHA-256；文书记入案卷后随即生成，生成前为 null（下载会等待生成完成）',
  }),
  docxSha256: Type.Union([Type.String(), Type.Null()], { description: 'Word 的 SHA-256；同上' }),
  seal: Type.Object({ algorithm: Type.String(), keyId: Type.String(), signature: Type.String() }),
  issuedAt: Type.String(),
  eventSeq: Type.Integer(),
});

export const DocumentListView = Type.Array(DocumentSchema);

export const IssueDocumentBody = Type.Object({ kind: Type.String({ maxLength: 50 }) });

/** An issued document, with the 当事人专区 access code when the document carries one (given once). */
export const IssuedDocumentView = Type.Intersect([
  DocumentSchema,
  Type.Object({ partyAccess: Type.Optional(Type.Object({ url: Type.String(), code: Type.String() })) }),
]);

export const DocumentNumberingSchema = Type.Object({
  template: Type.String({ description: '机关的编号规则，如 {short}{word}〔{year}〕{seq}号' }),
  shortName: Type.String(),
  kinds: Type.Array(
    Type.Object({
      kind: Type.String(),
      title: Type.String(),
      word: Type.String({ description: '文书代字' }),
      defaultWord: Type.String(),
      nextNumber: Type.String({ description: '本年度下一份此类文书的编号' }),
    }),
  ),
});

export const DocumentWordsBody = Type.Object({
  words: Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 20 }), { maxProperties: 100 }),
});
