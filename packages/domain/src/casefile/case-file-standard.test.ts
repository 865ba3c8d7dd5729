import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import { DOCUMENT_KINDS, documentKindOfName } from '../documents/document-templates.ts';
import { defaultCaseFileStandard, validateCaseFileStandard } from './case-file-standard.ts';
import type { ProcedureDef } from '../procedures/types.ts';

/**
 * R-REC-6, issue 20: the 案卷标准 names only documents the product can make. Every document a
 * procedure's steps name has a template, so the default standard requires all of them; a procedure
 * naming one without a template is a configuration error, and an agency's standard naming one is
 * refused with its name.
 */
describe('R-REC-6 案卷标准 and the document templates', () => {
  it('every document every procedure names has a template, and the default standard requires each', () => {
    const missing = PROCEDURES.flatMap((p) =>
      [p.open, ...p.steps].flatMap((s) => s.documents.filter((n) => !documentKindOfName(n)).map((n) => `${p.code}/${s.code}: ${n}`)),
    );
    expect(missing).toEqual([]);
    for (const p of PROCEDURES) {
      const named = [p.open, ...p.steps].reduce((n, s) => n + s.documents.length, 0);
      const standard = defaultCaseFileStandard(p, []);
      expect(standard.filter((i) => i.kind === 'document')).toHaveLength(named);
    }
    // each template's title is the name the procedures use for it
    for (const p of PROCEDURES)
      for (const s of [p.open, ...p.steps])
        for (const n of s.documents) expect(DOCUMENT_KINDS.find((k) => k.code === documentKindOfName(n))?.title).toBe(n);
  });

  it('a procedure naming a document without a template is refused, never skipped', () => {
    const def = PROCEDURES.find((p) => p.code === 'penalty-general')!;
    const broken: ProcedureDef = {
      ...def,
      steps: def.steps.map((s, k) => (k === 0 ? { ...s, documents: [...s.documents, '卷宗封皮'] } : s)),
    };
    expect(() => defaultCaseFileStandard(broken, [])).toThrow(/要求制作「卷宗封皮」，但没有该文书模板/);
  });

  it("an agency's standard naming a document without a template is refused with its name", () => {
    const def = PROCEDURES.find((p) => p.code === 'penalty-general')!;
    expect(() =>
      validateCaseFileStandard(def, [{ kind: 'document', document: 'case-file-cover', step: 'archive', when: 'step-taken' }]),
    ).not.toThrow();
    expect(() => validateCaseFileStandard(def, [{ kind: 'document', document: '卷宗封皮', step: 'archive', when: 'step-taken' }])).toThrow(
      '没有「卷宗封皮」文书模板，不能列入案卷标准',
    );
  });
});
