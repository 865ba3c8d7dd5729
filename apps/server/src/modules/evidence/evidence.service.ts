import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError, getProcedure, mediaKindOf, type MediaKind } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { appendCaseRecord } from '../cases/case.records.ts';
import { caseHeader } from '../cases/case.reads.ts';

/**
 * 音像记录 bound to a case (R-REC-2, R-REC-3): the file is already in the content-addressed
 * store; this writes the evidence row and the case's ledger entry in one transaction. The entry
 * carries both digests and the 采集 facts, so the binding itself is tamper-evident.
 */
export interface EvidenceDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface EvidenceInput {
  caseId: string;
  /** the procedure step the recording documents (R-REC-3), if any */
  step?: string | null | undefined;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  sm3: string;
  /** 采集时间 */
  capturedAt: string;
  /** 采集地点 */
  capturedPlace: string;
  /** 采集人 */
  capturedBy: string;
  /** 证明对象 */
  provesWhat: string;
}

export interface EvidenceView {
  id: string;
  caseId: string;
  step: string | null;
  filename: string;
  mediaType: string;
  mediaKind: MediaKind;
  size: number;
  sha256: string;
  sm3: string;
  capturedAt: string;
  capturedPlace: string;
  capturedBy: string;
  provesWhat: string;
  recordedBy: string;
  recordedAt: string;
  eventSeq: number;
}

const HEX64 = /^[0-9a-f]{64}$/;

function text(value: string | undefined, name: string, max = 200): string {
  const v = (value ?? '').trim();
  if (!v) throw new DomainError('EVIDENCE_INVALID', `请填写${name}`, { field: name });
  if (v.length > max) throw new DomainError('EVIDENCE_INVALID', `${name}不能超过 ${max} 个字`, { field: name });
  return v;
}

/** The 采集 facts of a recording, checked and normalised; the same check before an upload starts and when it is bound. */
export async function checkCaptureFacts(deps: EvidenceDeps, input: Omit<EvidenceInput, 'size' | 'sha256' | 'sm3'>) {
  const capturedAt = new Date(input.capturedAt);
  if (Number.isNaN(capturedAt.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(input.capturedAt))
    throw new DomainError('EVIDENCE_INVALID', '采集时间应为 ISO 8601 时间，如 2026-11-02T09:30:00+08:00');
  const now = deps.clock.now();
  if (capturedAt.getTime() > now.getTime() + 5 * 60_000) throw new DomainError('EVIDENCE_INVALID', '采集时间不能晚于当前时间');
  const filename = text(input.filename, '文件名', 255);
  const mediaType = /^[a-z]+\/[a-z0-9.+-]+$/i.test(input.mediaType) ? input.mediaType.toLowerCase() : 'application/octet-stream';
  const capturedPlace = text(input.capturedPlace, '采集地点');
  const capturedBy = text(input.capturedBy, '采集人', 100);
  const provesWhat = text(input.provesWhat, '证明对象', 500);
  const c = await caseHeader(deps.db, input.caseId);
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  const step = input.step ? input.step : null;
  if (step) {
    const def = getProcedure(c.procedure_code);
    if (!def?.steps.some((s) => s.code === step) && def?.open.code !== step)
      throw new DomainError('EVIDENCE_INVALID', `本案程序没有环节「${step}」`, { field: 'step' });
  }
  return { capturedAt, filename, mediaType, capturedPlace, capturedBy, provesWhat, step };
}

export async function bindEvidence(deps: EvidenceDeps, actor: Actor, input: EvidenceInput): Promise<EvidenceView> {
  if (!HEX64.test(input.sha256) || !HEX64.test(input.sm3)) throw new DomainError('EVIDENCE_INVALID', '文件摘要格式错误');
  if (!Number.isSafeInteger(input.size) || input.size < 0) throw new DomainError('EVIDENCE_INVALID', '文件大小无效');
  const { capturedAt, filename, mediaType, capturedPlace, capturedBy, provesWhat, step } = await checkCaptureFacts(deps, input);
  const now = deps.clock.now();
  const id = randomUUID();
  const mediaKind = mediaKindOf(mediaType);
  const entry = {
    evidenceId: id,
    filename,
    mediaType,
    size: input.size,
    sha256: input.sha256,
    sm3: input.sm3,
    step,
    capturedAt: capturedAt.toISOString(),
    capturedPlace,
    capturedBy,
    provesWhat,
  };
  return deps.db.transaction().execute(async (tx) => {
    const { seq, agencyId } = await appendCaseRecord(tx, {
      caseId: input.caseId,
      actor,
      action: 'case.record',
      kind: 'case.evidence',
      at: now,
      data: entry,
    });
    await tx
      .insertInto('evidence')
      .values({
        id,
        agency_id: agencyId,
        case_id: input.caseId,
        event_seq: seq,
        sha256: input.sha256,
        sm3: input.sm3,
        size: input.size,
        media_type: mediaType,
        media_kind: mediaKind,
        filename,
        step,
        captured_at: capturedAt,
        captured_place: capturedPlace,
        captured_by: capturedBy,
        proves: provesWhat,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .execute();
    return { id, caseId: input.caseId, ...entry, mediaKind, recordedBy: actor.userId, recordedAt: now.toISOString(), eventSeq: seq };
  });
}

export async function listEvidence(db: Kysely<Database>, caseId: string): Promise<EvidenceView[]> {
  const rows = await db.selectFrom('evidence').selectAll().where('case_id', '=', caseId).orderBy('recorded_at').orderBy('id').execute();
  return rows.map(evidenceView);
}

export function evidenceView(
  r: Database['evidence'] extends infer T
    ? { [K in keyof T]: T[K] extends import('kysely').ColumnType<infer S, any, any> ? S : T[K] }
    : never,
): EvidenceView {
  return {
    id: r.id,
    caseId: r.case_id,
    step: r.step,
    filename: r.filename,
    mediaType: r.media_type,
    mediaKind: r.media_kind,
    size: r.size,
    sha256: r.sha256,
    sm3: r.sm3,
    capturedAt: r.captured_at.toISOString(),
    capturedPlace: r.captured_place,
    capturedBy: r.captured_by,
    provesWhat: r.proves,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at.toISOString(),
    eventSeq: r.event_seq,
  };
}
