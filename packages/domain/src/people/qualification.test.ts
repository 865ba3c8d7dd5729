import { describe, expect, it } from 'vitest';
import { certificateProblem, effectiveStatus, type CertificateView } from './certificate.ts';
import { applyInspection, applyStatusChange, checkRenewal, daysToExpiry, nearExpiry, trainingShortfall } from './qualification.ts';
import { DomainError } from '../errors.ts';

const cert: CertificateView = {
  number: '13043300001',
  fields: ['市场监管'],
  regions: ['130433'],
  validFrom: '2024-01-01',
  validTo: '2026-12-31',
  status: 'valid',
};
const scope = { field: '市场监管', regionPath: ['130433', '130400', '130000'], on: '2026-12-09' };

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return undefined;
}

describe('R-X-1 certificate life over time', () => {
  it('a suspension applies from its day, not before, and 恢复 ends it on its day', () => {
    const suspended = applyStatusChange([], { kind: 'suspend', on: '2026-12-10', reason: '涉嫌违法执法，停职审查' });
    const c = { ...cert, restrictions: suspended };
    expect(effectiveStatus(c, '2026-12-09')).toBe('valid');
    expect(effectiveStatus(c, '2026-12-10')).toBe('suspended');
    expect(certificateProblem(c, { ...scope, on: '2026-12-10' })).toBe(
      '执法证（13043300001）状态为「暂扣」（自 2026-12-10 起，理由：涉嫌违法执法，停职审查）',
    );
    const back = applyStatusChange(suspended, { kind: 'reinstate', on: '2026-12-20', reason: '审查结束' });
    expect(effectiveStatus({ ...cert, restrictions: back }, '2026-12-19')).toBe('suspended');
    expect(effectiveStatus({ ...cert, restrictions: back }, '2026-12-20')).toBe('valid');
    expect(code(() => applyStatusChange(back, { kind: 'reinstate', on: '2026-12-21', reason: 'x' }))).toBe('CONFLICT');
  });

  it('吊销 is final and outranks a suspension', () => {
    const s = applyStatusChange([], { kind: 'suspend', on: '2026-12-01', reason: '停职' });
    const r = applyStatusChange(s, { kind: 'revoke', on: '2026-12-05', reason: '调离执法岗位' });
    expect(effectiveStatus({ ...cert, restrictions: r }, '2026-12-03')).toBe('suspended');
    expect(effectiveStatus({ ...cert, restrictions: r }, '2026-12-05')).toBe('revoked');
    expect(code(() => applyStatusChange(r, { kind: 'reinstate', on: '2026-12-06', reason: '恢复' }))).toBe('CONFLICT');
    expect(code(() => applyStatusChange([], { kind: 'suspend', on: '2026-12-01', reason: '  ' }))).toBe('VALIDATION_FAILED');
  });

  it('年检 passes only with 40 学时 of the year; a failure stops the holder from its day until a later pass', () => {
    expect(code(() => applyInspection([], { year: 2026, passed: true, on: '2026-12-10', reason: '', trainingHours: 39.5 }))).toBe(
      'TRAINING_INSUFFICIENT',
    );
    expect(trainingShortfall(39.5)).toBe('年度培训 39.5 学时，不足 40 学时');
    expect(trainingShortfall(40)).toBeNull();
    const failed = applyInspection([], { year: 2026, passed: false, on: '2026-12-10', reason: '培训考试不合格', trainingHours: 40 });
    const c = { ...cert, restrictions: failed };
    expect(effectiveStatus(c, '2026-12-09')).toBe('valid');
    expect(effectiveStatus(c, '2026-12-10')).toBe('inspection-failed');
    expect(certificateProblem(c, { ...scope, on: '2026-12-11' })).toContain('年检未通过');
    expect(certificateProblem(c, { ...scope, on: '2026-12-11' })).toContain('培训考试不合格');
    const passed = applyInspection(failed, { year: 2026, passed: true, on: '2026-12-28', reason: '补考合格', trainingHours: 42 });
    expect(effectiveStatus({ ...cert, restrictions: passed }, '2026-12-27')).toBe('inspection-failed');
    expect(effectiveStatus({ ...cert, restrictions: passed }, '2026-12-28')).toBe('valid');
    expect(code(() => applyInspection([], { year: 2027, passed: false, on: '2026-12-10', reason: 'x', trainingHours: 0 }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('expiry: days left and 临期 within 30 days; renewal only to a later end', () => {
    expect(daysToExpiry(cert, '2026-12-01')).toBe(30);
    expect(nearExpiry(cert, '2026-12-01')).toBe(true);
    expect(nearExpiry(cert, '2026-11-30')).toBe(false);
    expect(nearExpiry(cert, '2027-01-01')).toBe(false);
    expect(code(() => checkRenewal(cert, '2026-12-31'))).toBe('VALIDATION_FAILED');
    expect(code(() => checkRenewal(cert, '2029-12-31'))).toBeUndefined();
    const revoked = applyStatusChange([], { kind: 'revoke', on: '2026-12-01', reason: '吊销' });
    expect(code(() => checkRenewal({ ...cert, restrictions: revoked }, '2029-12-31'))).toBe('CONFLICT');
  });
});
