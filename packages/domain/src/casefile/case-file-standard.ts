import { DomainError } from '../errors.ts';
import type { ProcedureDef } from '../procedures/types.ts';
import { DOCUMENT_KINDS, documentKindOfName } from '../documents/document-templates.ts';
import type { RecordingListItem } from '../recordings/recording-list.ts';

/**
 * 案卷标准 (R-REC-6): which documents and records a procedure's case file must hold before it
 * may be archived. By default every step taken must have the documents the procedure names for
 * it — each has a template; one without is a configuration error (DOCUMENT_KIND_UNKNOWN), not skipped —
 * and the recordings the agency's 音像记录事项清单 asks for; an agency may replace the standard
 * per procedure, and a document it names without a template is refused with its name.
 */
export interface CaseFileItem {
  kind: 'document' | 'recording';
  /** document kind code (for documents) */
  document?: string;
  /** the step the item belongs to */
  step: string;
  /** required once the step was taken, or always */
  when: 'step-taken' | 'always';
}

export interface CaseFileFacts {
  stepsTaken: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  recordedSteps: ReadonlySet<string>;
}

export interface CaseFileCheckItem extends CaseFileItem {
  name: string;
  present: boolean;
}

export function defaultCaseFileStandard(def: ProcedureDef, recordings: readonly RecordingListItem[]): CaseFileItem[] {
  const items: CaseFileItem[] = [];
  for (const s of [def.open, ...def.steps]) {
    for (const name of s.documents) {
      const kind = documentKindOfName(name);
      // a document the procedure requires but the product cannot make is a configuration error, never skipped
      if (!kind)
        throw new DomainError('DOCUMENT_KIND_UNKNOWN', `「${def.name}」的「${s.name}」要求制作「${name}」，但没有该文书模板`, {
          procedure: def.code,
          step: s.code,
          document: name,
        });
      // the 案卷 forms (卷宗封面, 卷内文件目录, 卷内备考表) are made before archiving locks the file
      items.push({
        kind: 'document',
        document: kind,
        step: s.code,
        when: s === def.open || s.code === 'archive' ? 'always' : 'step-taken',
      });
    }
    const rec = recordings.find((r) => r.procedure === def.code && r.step === s.code);
    if (rec && rec.level !== 'none') items.push({ kind: 'recording', step: s.code, when: 'step-taken' });
  }
  return items;
}

export function validateCaseFileStandard(def: ProcedureDef, items: readonly CaseFileItem[]): void {
  for (const i of items) {
    if (![def.open, ...def.steps].some((s) => s.code === i.step))
      throw new DomainError('VALIDATION_FAILED', `「${def.name}」没有环节「${i.step}」`);
    if (i.kind === 'document' && !DOCUMENT_KINDS.some((k) => k.code === i.document))
      throw new DomainError('VALIDATION_FAILED', `没有「${i.document ?? ''}」文书模板，不能列入案卷标准`, { document: i.document ?? null });
  }
}

/** Each item of the standard with whether the case file holds it. */
export function checkCaseFile(def: ProcedureDef, items: readonly CaseFileItem[], facts: CaseFileFacts): CaseFileCheckItem[] {
  const stepName = (code: string) => [def.open, ...def.steps].find((s) => s.code === code)?.name ?? code;
  return items
    .filter((i) => i.when === 'always' || facts.stepsTaken.has(i.step))
    .map((i) => {
      const name =
        i.kind === 'document'
          ? (DOCUMENT_KINDS.find((k) => k.code === i.document)?.title ?? i.document!)
          : `「${stepName(i.step)}」的音像记录`;
      const present = i.kind === 'document' ? facts.documents.has(i.document!) : facts.recordedSteps.has(i.step);
      return { ...i, name, present };
    });
}

/** R-REC-6: archiving locks the case, so the file must be complete first. */
export function assertCaseFileComplete(checked: readonly CaseFileCheckItem[]): void {
  const missing = checked.filter((c) => !c.present);
  if (missing.length) {
    throw new DomainError('CASE_FILE_INCOMPLETE', `案卷不完整，不能归档：缺少${missing.map((m) => m.name).join('、')}`, {
      missing: missing.map((m) => ({ kind: m.kind, step: m.step, document: m.document ?? null, name: m.name })),
    });
  }
}
