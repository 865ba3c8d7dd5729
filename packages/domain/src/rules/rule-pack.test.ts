import { describe, expect, it } from 'vitest';
import { RULE_PACKS } from './packs.ts';
import { rulePackInForce } from './rule-pack.ts';

describe('versioned rule packs', () => {
  it('chooses the pack in force on a date and refuses dates no pack covers', () => {
    expect(rulePackInForce(RULE_PACKS, '2021-07-14').id).toBe('cf-2017');
    expect(rulePackInForce(RULE_PACKS, '2021-07-15').id).toBe('cf-2021');
    expect(rulePackInForce(RULE_PACKS, '2026-11-22').id).toBe('cf-2021');
    expect(() => rulePackInForce(RULE_PACKS, '2017-01-01')).toThrow('没有生效的规则包');
  });

  it('§51 simple-procedure limits changed from 50/1000 to 200/3000 yuan in 2021', () => {
    const [old, now] = [rulePackInForce(RULE_PACKS, '2020-01-01'), rulePackInForce(RULE_PACKS, '2022-01-01')];
    expect([old.thresholds['simple.fineMaxPerson'].value, old.thresholds['simple.fineMaxOrg'].value]).toEqual([50, 1000]);
    expect([now.thresholds['simple.fineMaxPerson'].value, now.thresholds['simple.fineMaxOrg'].value]).toEqual([200, 3000]);
  });

  it('§85: every limit names its unit; only 2/3/5/7-day limits of 行政处罚法 are working days', () => {
    for (const pack of RULE_PACKS) {
      for (const [key, limit] of Object.entries(pack.limits)) {
        expect(['working', 'natural'], key).toContain(limit.unit);
        expect(limit.name.length, key).toBeGreaterThan(0);
        if (limit.basis.includes('行政处罚法') && !limit.basis.includes('程序规定')) {
          expect(limit.unit === 'working', `${pack.id} ${key}`).toBe([2, 3, 5, 7].includes(limit.days));
        }
      }
    }
  });
});
