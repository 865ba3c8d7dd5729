import { DomainError } from '../errors.ts';
import type { ProcedureDef, RecordingRequirement, StepDef } from '../procedures/types.ts';

/**
 * 音像记录事项清单 (R-REC-3): which steps of which procedures need 音像记录 and which need
 * 全程音像记录. The procedure definitions carry the defaults; an agency may add or raise items
 * and may drop plain recording items, but may not lower a full-process item: 查封扣押财产,
 * 强制拆除 and other on-site acts touching personal liberty, life, health or major property
 * must be recorded throughout (国办发〔2018〕118号 三(十二)).
 */
export type RecordingLevel = 'none' | 'record' | 'full-process';
export type MediaKind = 'photo' | 'audio' | 'video' | 'other';

export interface RecordingListItem {
  procedure: string;
  procedureName: string;
  step: string;
  stepName: string;
  level: RecordingLevel;
  what: string;
  /** the level the procedure definition sets; full-process cannot be lowered */
  defaultLevel: RecordingLevel;
}

export interface RecordingOverride {
  procedure: string;
  step: string;
  level: RecordingLevel;
  what: string;
}

const RANK: Record<RecordingLevel, number> = { none: 0, record: 1, 'full-process': 2 };

function defaultOf(step: StepDef): { level: RecordingLevel; what: string } {
  const full = step.recordings.find((r) => r.level === 'full-process');
  const any = full ?? step.recordings[0];
  return any ? { level: any.level, what: step.recordings.map((r) => r.what).join('、') } : { level: 'none', what: '' };
}

/** The agency's list: every step of every procedure with its effective level. */
export function recordingList(procedures: readonly ProcedureDef[], overrides: readonly RecordingOverride[]): RecordingListItem[] {
  const out: RecordingListItem[] = [];
  for (const p of procedures) {
    for (const s of p.steps) {
      const d = defaultOf(s);
      const o = overrides.find((x) => x.procedure === p.code && x.step === s.code);
      out.push({
        procedure: p.code,
        procedureName: p.name,
        step: s.code,
        stepName: s.name,
        level: o?.level ?? d.level,
        what: o ? o.what : d.what,
        defaultLevel: d.level,
      });
    }
  }
  return out;
}

/** Checks one change to the list; throws VALIDATION_FAILED naming the rule it would break. */
export function checkOverride(procedures: readonly ProcedureDef[], o: RecordingOverride): void {
  const p = procedures.find((x) => x.code === o.procedure);
  const s = p?.steps.find((x) => x.code === o.step);
  if (!p || !s) throw new DomainError('VALIDATION_FAILED', `执法程序「${o.procedure}」没有环节「${o.step}」`);
  const d = defaultOf(s);
  if (d.level === 'full-process' && RANK[o.level] < RANK['full-process']) {
    throw new DomainError('VALIDATION_FAILED', `「${p.name}·${s.name}」依法须全程音像记录，不能降低要求`, {
      procedure: p.code,
      step: s.code,
    });
  }
  if (o.level !== 'none' && !o.what.trim()) throw new DomainError('VALIDATION_FAILED', `请说明「${s.name}」须记录的事项`);
}

/** The requirement a step has under the agency's list (null when none). */
export function requirementFor(list: readonly RecordingListItem[], procedure: string, step: string): RecordingRequirement | null {
  const item = list.find((i) => i.procedure === procedure && i.step === step);
  return item && item.level !== 'none' ? { level: item.level, what: item.what } : null;
}

/**
 * R-REC-3: a step that needs recording cannot be completed without it. `recorded` are the media
 * bound to this step since it was last taken. Plain recording needs a photo, audio or video;
 * full-process recording needs continuous audio or video.
 */
export function checkRecordings(stepName: string, req: RecordingRequirement | null, recorded: readonly MediaKind[]): void {
  if (!req) return;
  if (req.level === 'full-process') {
    if (!recorded.some((k) => k === 'video' || k === 'audio')) {
      throw new DomainError('RECORDING_MISSING', `「${stepName}」须全程音像记录（${req.what}），尚未上传该环节的录像或录音`, {
        level: req.level,
        what: req.what,
        missing: ['video'],
      });
    }
    return;
  }
  if (!recorded.some((k) => k === 'photo' || k === 'video' || k === 'audio')) {
    throw new DomainError('RECORDING_MISSING', `「${stepName}」须音像记录（${req.what}），尚未上传该环节的照片、录音或录像`, {
      level: req.level,
      what: req.what,
      missing: ['photo', 'audio', 'video'],
    });
  }
}

export function mediaKindOf(mediaType: string): MediaKind {
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType.startsWith('video/')) return 'video';
  return 'other';
}
