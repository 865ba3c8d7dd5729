import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, idNumberCheckChar, isValidCreditCode, isValidIdNumber, validateParty } from './party.ts';
import { certificateProblem, effectiveStatus } from './certificate.ts';

describe('行政相对人 identifiers', () => {
  it('checks 统一社会信用代码 (GB 32100-2015)', () => {
    const first17 = '91350100M000100Y4';
    const code = first17 + creditCodeCheckChar(first17);
    expect(isValidCreditCode(code)).toBe(true);
    expect(isValidCreditCode(code.slice(0, 17) + (code[17] === '0' ? '1' : '0'))).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4I')).toBe(false); // I is not in the alphabet
    expect(isValidCreditCode('123')).toBe(false);
  });

  it('checks 公民身份号码 (GB 11643-1999) including the birth date', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true); // the standard's own example
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    const bad = '13043319850230123';
    expect(isValidIdNumber(bad + idNumberCheckChar(bad))).toBe(false); // 2月30日
  });

  it('names every problem of a party at once', () => {
    expect(() => validateParty({ kind: 'org', name: ' ' })).toThrow(/名称不能为空；单位当事人须填写统一社会信用代码/);
    const p = validateParty({ kind: 'person', name: ' 刘某 ', idNumber: '11010519491231002x' });
    expect(p).toMatchObject({ name: '刘某', idNumber: '11010519491231002X' });
  });
});

describe('R-X-1 certificates', () => {
  const cert = {
    number: '13043301000101',
    fields: ['市场监管'],
    regions: ['130433'],
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    status: 'valid' as const,
  };
  const scope = { field: '市场监管', regionPath: ['130433100', '130433', '130400', '130000'], on: '2026-05-01' };
  it('valid in field, region and time', () => {
    expect(certificateProblem(cert, scope)).toBeNull();
    expect(effectiveStatus(cert, '2027-01-01')).toBe('expired');
    expect(effectiveStatus(cert, '2023-12-31')).toBe('not-yet-valid');
  });
  it('names why not', () => {
    expect(certificateProblem(null, scope)).toBe('未持有行政执法证');
    expect(certificateProblem({ ...cert, status: 'revoked' }, scope)).toContain('吊销');
    expect(certificateProblem(cert, { ...scope, on: '2027-01-01' })).toContain('过期');
    expect(certificateProblem(cert, { ...scope, field: '生态环境' })).toContain('执法类别不含「生态环境」');
    expect(certificateProblem(cert, { ...scope, regionPath: ['130432', '130400', '130000'] })).toContain('执法区域');
  });
});
