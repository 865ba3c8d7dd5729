import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  MARKET_CREDIT_REPAIR,
  NO_CREDIT_REPAIR,
  assertCreditRepairDecider,
  assertCreditRepairEligible,
  creditRepairEligibility,
  creditRepairRulesFor,
} from './credit-repair.ts';

const facts = {
  kind: '行政处罚' as const,
  publishedOn: '2026-03-02',
  today: '2026-09-02',
  penalty: '罚款 5000 元，没收违法所得 300 元',
  legalBasis: '《中华人民共和国产品质量法》第五十条 销售不合格电线电缆',
  shortPeriod: false,
  performance: 'paid' as const,
  repeatedBy: null,
};

describe('issue 22 point 2: 信用修复 rules as data per sector', () => {
  it('市场监管 has its own rules (公示规定 §14, 信用修复管理办法): conditions, materials, 守信承诺书, a limit of 15 working days; other sectors none, with a clear message', () => {
    expect(creditRepairRulesFor('市场监管').repair).toBe(MARKET_CREDIT_REPAIR);
    expect(MARKET_CREDIT_REPAIR.allowed.basis).toBe('《市场监督管理行政处罚信息公示规定》第十四条');
    expect(MARKET_CREDIT_REPAIR.decisionLimit).toMatchObject({ days: 15, unit: 'working' });
    expect(MARKET_CREDIT_REPAIR.commitment.text).toContain('承诺');
    for (const field of ['城市管理', '交通运输', '']) {
      const rules = creditRepairRulesFor(field);
      expect(rules.repair).toBe(NO_CREDIT_REPAIR);
      const e = creditRepairEligibility(rules, facts);
      expect(e.eligible).toBe(false);
      expect(e.refusals).toEqual([
        expect.objectContaining({ condition: 'not-allowed', message: expect.stringContaining('公示至公示期满') }),
      ]);
    }
  });

  it('R-PUB-5: six months public (信用修复管理办法 §6) — the day before refused, on the day eligible; the rest is the agency’s to verify', () => {
    const rules = creditRepairRulesFor('市场监管');
    const early = creditRepairEligibility(rules, { ...facts, today: '2026-09-01' });
    expect(early.eligible).toBe(false);
    expect(early.refusals.map((r) => r.condition)).toEqual(['minimum-period']);
    expect(early.from).toBe('2026-09-02');
    expect(() => assertCreditRepairEligible(early)).toThrow(/须公示满六个月[\s\S]*《市场监督管理信用修复管理办法》第六条/);
    const onTime = creditRepairEligibility(rules, facts);
    expect(onTime.eligible).toBe(true);
    expect(onTime.toVerify.map((r) => r.condition)).toEqual(['harm-removed', 'not-listed']);
    expect(() => assertCreditRepairEligible(onTime)).not.toThrow();
    // 食品 areas: a year
    expect(creditRepairEligibility(rules, { ...facts, legalBasis: '《中华人民共和国食品安全法》第一百二十四条' }).eligible).toBe(false);
  });

  it('市场监管公示规定 §14 三款, §13: an excluded penalty and a 3-month record are refused with their article, as CREDIT_REPAIR_REFUSED', () => {
    const rules = creditRepairRulesFor('市场监管');
    const revoked = creditRepairEligibility(rules, { ...facts, penalty: '罚款 5000 元，吊销食品经营许可证' });
    expect(revoked.refusals[0]).toMatchObject({
      condition: 'excluded-sanction',
      basis: '《市场监督管理行政处罚信息公示规定》第十四条第三款',
    });
    try {
      assertCreditRepairEligible(revoked);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CREDIT_REPAIR_REFUSED');
      expect((e as DomainError).message).toContain(
        '受到吊销许可证件行政处罚的，不得提前停止公示（《市场监督管理行政处罚信息公示规定》第十四条第三款）',
      );
    }
    expect(creditRepairEligibility(rules, { ...facts, shortPeriod: true }).refusals.map((r) => r.condition)).toEqual(['short-period']);
    // a payment not yet on record does not stop the application: the agency verifies it before granting
    const unpaid = creditRepairEligibility(rules, { ...facts, performance: null });
    expect(unpaid.eligible).toBe(true);
    expect(unpaid.toVerify.map((r) => r.condition)).toContain('performed');
  });

  it('only the 公示管理员 decides', () => {
    expect(() => assertCreditRepairDecider(['officer', 'head'])).toThrow(/公示管理员/);
    expect(() => assertCreditRepairDecider(['publisher'])).not.toThrow();
  });
});
