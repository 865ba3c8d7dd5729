import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/typebox.ts';

/** What the 音像记录 routes return: a case's recordings as evidence.service.ts presents them. */

export const EvidenceView = Type.Object({
  id: Uuid,
  caseId: Uuid,
  step: Type.Union([Type.String(), Type.Null()]),
  filename: Type.String(),
  mediaType: Type.String(),
  mediaKind: Type.String({ description: 'photo | audio | video | other' }),
  size: Type.Integer(),
  sha256: Type.String(),
  sm3: Type.String(),
  capturedAt: Type.String({ description: '采集时间' }),
  capturedPlace: Type.String({ description: '采集地点' }),
  capturedBy: Type.String({ description: '采集人' }),
  provesWhat: Type.String({ description: '证明对象' }),
  recordedBy: Uuid,
  recordedAt: Type.String(),
  eventSeq: Type.Integer({ description: '本案全过程记录中的序号' }),
});

export const EvidenceListView = Type.Array(EvidenceView);
