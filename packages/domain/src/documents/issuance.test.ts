import { describe, expect, it } from 'vitest';
import { penaltyGeneral } from '../procedures/definitions/penalty-general.ts';
import { A, codeOf, makeCase, officer } from '../procedures/test-factories.ts';
import { checkDocumentIssue } from './issuance.ts';

/** R-REC-2: a document is issued by whoever may take its step, at its stage or after it. */
describe('R-REC-2 who may issue a document, and when', () => {
  const today = '2026-08-10';
  const investigating = makeCase(penaltyGeneral, { state: 'investigating' });
  const investigated = makeCase(penaltyGeneral, { state: 'investigated' });
  const publisher = { userId: 'p1', name: '孙丽', roles: ['publisher' as const] };

  it('a 行政处罚告知书 is not issued while the case is still under investigation', () => {
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigating, A.o1, today))).toBe('STEP_ORDER');
    expect(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigating, A.o1, today)).toThrow(
      /行政处罚告知书在「行政处罚告知」环节制作，本案当前处于/,
    );
  });

  it("at the 告知 stage the case's officer issues it; staff not on the case, or without the step's role, may not", () => {
    expect(checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigated, A.o1, today).code).toBe('notify');
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigated, publisher, today))).toBe('FORBIDDEN_ROLE');
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigated, A.o3, today))).toBe('OFFICER_NOT_QUALIFIED');
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', investigated, A.head, today))).toBe('FORBIDDEN_ROLE');
  });

  it('an officer whose certificate has expired may not issue it', () => {
    const expired = makeCase(penaltyGeneral, { state: 'investigated', officers: [officer('o1', '李明', { validTo: '2026-01-01' })] });
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', expired, A.o1, today))).toBe('OFFICER_NOT_QUALIFIED');
  });

  it("once the step was taken, the case's officers and the step's roles issue it again; others still may not", () => {
    const notified = makeCase(penaltyGeneral, {
      state: 'notified',
      steps: [
        { code: 'open', on: '2026-08-03', actorId: 'o1', inputs: {} },
        { code: 'notify', on: '2026-08-09', actorId: 'o1', inputs: {} },
      ],
    });
    expect(checkDocumentIssue(penaltyGeneral, 'penalty-notice', notified, A.o2, today).code).toBe('notify');
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', notified, publisher, today))).toBe('FORBIDDEN_ROLE');
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'penalty-notice', notified, A.admin, today))).toBe('FORBIDDEN_ROLE');
  });

  it('a document its procedure does not make is refused by name', () => {
    expect(codeOf(() => checkDocumentIssue(penaltyGeneral, 'on-spot-penalty-decision', investigated, A.o1, today))).toBe(
      'DOCUMENT_KIND_UNKNOWN',
    );
  });
});
