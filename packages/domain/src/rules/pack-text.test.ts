import { describe, expect, it } from 'vitest';
import { penaltySimple } from '../procedures/definitions/penalty-simple.ts';
import { daysInWords, simpleProcedureScope } from './pack-text.ts';
import { PACK_CF_2017, PACK_CF_2021, RULE_PACKS } from './packs.ts';
import { rulePackInForce } from './rule-pack.ts';

describe('legal prose from the rule pack', () => {
  it('§51: 简易程序 covers 二百元 / 三千元 under the 2021 law and 五十元 / 一千元 under the 2017 text (§33)', () => {
    expect(simpleProcedureScope(PACK_CF_2021)).toBe(
      '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定。',
    );
    expect(simpleProcedureScope(PACK_CF_2017)).toContain('对公民处五十元以下、对法人或者其他组织处一千元以下罚款或者警告');
  });

  it('§51: the 简易程序 definition states the limits of the pack in force, with no number written twice', () => {
    expect(penaltySimple.description).toBe(simpleProcedureScope(rulePackInForce(RULE_PACKS, '2026-09-01')));
    expect(penaltySimple.description).not.toMatch(/\d/);
  });

  it('§64: day counts as the law writes them', () => {
    expect(daysInWords(PACK_CF_2021.limits['penalty.hearingNoticeBefore'])).toBe('七日');
    expect(daysInWords(PACK_CF_2021.limits['penalty.hearingRequestWindow'])).toBe('五日');
    expect(daysInWords(PACK_CF_2017.limits['penalty.hearingRequestWindow'])).toBe('三日');
  });
});
