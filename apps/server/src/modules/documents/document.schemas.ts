import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the 执法文书 routes take and return. */

export const DocumentKindListView = Type.Array(Type.Object({ code: Type.String(), title: Type.String() }));

export const DocumentSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.String(),
  title: Type.String(),
  contentSha256: Type.String({ description: '文书内容（规范 JSON）的 SHA-256，电子签章所签' }),
  pdfSha256: Type.String(),
  docxSha256: Type.String(),
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
