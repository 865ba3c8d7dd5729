import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the staff routes of the 当事人专区 access codes take and return. */

export const AccessCodeSchema = Type.Object({
  id: Uuid,
  documentId: Uuid,
  documentTitle: Type.String({ description: '印有该访问码的告知书' }),
  issuedAt: Type.String(),
  issuedBy: Type.String(),
  voidedAt: Type.Union([Type.String(), Type.Null()]),
  voidedBy: Type.Union([Type.String(), Type.Null()]),
  voidReason: Type.Union([Type.String(), Type.Null()]),
  openSessions: Type.Integer({ description: '以该访问码登录、尚未结束的当事人会话数' }),
});

export const AccessCodeListView = Type.Array(AccessCodeSchema);

export const CaseAccessParams = Type.Object({ id: Uuid, accessId: Uuid });

export const VoidAccessCodeBody = Type.Object(
  { reason: Type.String({ minLength: 2, maxLength: 500, description: '作废理由，记入案件记录' }) },
  { additionalProperties: false },
);
