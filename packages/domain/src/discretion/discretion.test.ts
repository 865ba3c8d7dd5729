import { describe, expect, it } from 'vitest';
import {
  assertBenchmarks,
  benchmarkProblems,
  judgeProposal,
  rangeText,
  similarCases,
  textSimilarity,
  type DiscretionBenchmark,
} from './index.ts';
import type { DecisionProposal } from '../review/proposal.ts';

const EXPIRED: DiscretionBenchmark = {
  id: 'food-expired-small',
  name: '经营超过保质期的食品（货值金额不足一万元）',
  violatedArticle: '《中华人民共和国食品安全法》第三十四条第（十）项',
  penaltyArticle: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
  grades: [
    {
      grade: '减轻处罚',
      circumstances: '主动消除或者减轻违法行为危害后果',
      fine: { kind: 'amount', min: 5000, max: 49999 },
      sanctions: ['没收违法所得', '没收非法财物'],
    },
    {
      grade: '从轻处罚',
      circumstances: '货值金额较小，积极配合调查',
      fine: { kind: 'amount', min: 50000, max: 65000 },
      sanctions: ['没收违法所得', '没收非法财物'],
    },
    {
      grade: '一般处罚',
      circumstances: '无从轻、从重情节',
      fine: { kind: 'amount', min: 65000, max: 85000 },
      sanctions: ['没收违法所得', '没收非法财物'],
    },
    {
      grade: '从重处罚',
      circumstances: '一年内再次违法，或者涉及婴幼儿食品',
      fine: { kind: 'amount', min: 85000, max: 100000 },
      sanctions: ['没收违法所得', '没收非法财物', '吊销许可证件'],
    },
  ],
};
const MULTIPLE: DiscretionBenchmark = {
  id: 'food-expired-large',
  name: '经营超过保质期的食品（货值金额一万元以上）',
  violatedArticle: '《中华人民共和国食品安全法》第三十四条第（十）项',
  penaltyArticle: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
  grades: [
    { grade: '一般处罚', circumstances: '无从轻、从重情节', fine: { kind: 'multiple', min: 13, max: 17, base: '货值金额' }, sanctions: [] },
  ],
};

function proposal(fine: number, over: Partial<DecisionProposal> = {}): DecisionProposal {
  return {
    step: 'decide',
    decision: { decisionType: 'penalty', fineAmount: fine },
    caseAmount: null,
    sanctions: ['罚款'],
    flags: {},
    discretion: { violation: EXPIRED.id, grade: null, baseAmount: null, reasoning: '' },
    ...over,
  };
}

describe('R-REV-10 discretion benchmarks', () => {
  it('accepts a well-formed set and names every problem of a bad one', () => {
    expect(() => assertBenchmarks({ benchmarks: [EXPIRED, MULTIPLE] })).not.toThrow();
    const bad = benchmarkProblems({
      benchmarks: [
        { ...EXPIRED, id: 'X' },
        { ...EXPIRED, grades: [{ grade: '不予处罚', circumstances: '', fine: { kind: 'amount', min: 9, max: 1 }, sanctions: ['罚款'] }] },
        {
          ...MULTIPLE,
          id: 'food-expired-small',
          grades: [{ grade: '一般处罚', circumstances: 'x', fine: { kind: 'multiple', min: 1, max: 2, base: '' }, sanctions: [] }],
        },
      ],
    });
    expect(bad.join('\n')).toMatch(/代码应为/);
    expect(bad.join('\n')).toMatch(/缺少适用情形/);
    expect(bad.join('\n')).toMatch(/0 ≤ 下限 ≤ 上限/);
    expect(bad.join('\n')).toMatch(/不予处罚」不应有罚款幅度/);
    expect(bad.join('\n')).toMatch(/其他处罚种类/);
    expect(bad.join('\n')).toMatch(/代码「food-expired-small」重复/);
    expect(bad.join('\n')).toMatch(/计算基数/);
  });

  it('finds the grade a fine falls in, and shows every range with its articles', () => {
    const v = judgeProposal(EXPIRED, proposal(70000));
    expect(v).toMatchObject({ inRange: true, reasonRequired: false, grade: '一般处罚', fine: 70000 });
    expect(v.violation.penaltyArticle).toContain('第一百二十四条');
    expect(v.ranges.map((r) => r.range)).toContain('罚款 65,000 元至 85,000 元');
  });

  it('flags a fine outside its named grade, and a sanction the grade does not allow; a reason is then required', () => {
    const low = judgeProposal(
      EXPIRED,
      proposal(30000, { discretion: { violation: EXPIRED.id, grade: '一般处罚', baseAmount: null, reasoning: '' } }),
    );
    expect(low).toMatchObject({ inRange: false, reasonRequired: true });
    expect(low.message).toContain('不在「一般处罚」的幅度内');
    const revoke = judgeProposal(EXPIRED, proposal(70000, { sanctions: ['罚款', '吊销许可证件'] }));
    expect(revoke.inRange).toBe(false);
    expect(judgeProposal(EXPIRED, proposal(90000, { sanctions: ['罚款', '吊销许可证件'] }))).toMatchObject({
      inRange: true,
      grade: '从重处罚',
    });
    expect(judgeProposal(EXPIRED, proposal(200000)).message).toContain(
      '不在「经营超过保质期的食品（货值金额不足一万元）」任何裁量阶次的幅度内',
    );
  });

  it('multiples need the base amount and are judged in yuan', () => {
    const p = (fine: number, base: number | null) =>
      proposal(fine, { discretion: { violation: MULTIPLE.id, grade: '一般处罚', baseAmount: base, reasoning: '' } });
    expect(judgeProposal(MULTIPLE, p(150000, null)).problems[0]).toContain('须填写计算基数');
    expect(judgeProposal(MULTIPLE, p(150000, 10000)).inRange).toBe(true);
    expect(judgeProposal(MULTIPLE, p(120000, 10000)).message).toContain('即 130,000 元至 170,000 元');
    expect(rangeText(MULTIPLE.grades[0]!.fine)).toBe('罚款货值金额 13 倍至 17 倍');
  });
});

describe('R-REV-10 类案推送', () => {
  it('ranks by violation and by the facts text, leaving out the case itself and unrelated ones', () => {
    const past = [
      { caseId: 'a', violation: 'food-expired-small', facts: '当事人在其经营的超市销售超过保质期的酸奶 12 盒。' },
      { caseId: 'b', violation: 'food-expired-small', facts: '当事人销售过期面包。' },
      { caseId: 'c', violation: 'noise', facts: '夜间施工噪声扰民。' },
      { caseId: 'd', violation: null, facts: '当事人在超市销售超过保质期的酸奶。' },
      { caseId: 'self', violation: 'food-expired-small', facts: '当事人在超市销售超过保质期的酸奶 12 盒。' },
    ];
    const got = similarCases({ caseId: 'self', violation: 'food-expired-small', facts: '当事人在其超市销售超过保质期的酸奶。' }, past, 3);
    expect(got.map((s) => s.case.caseId)).toEqual(['a', 'b', 'd']);
    expect(got[0]!.sameViolation).toBe(true);
    expect(textSimilarity('销售过期食品', '销售过期食品')).toBe(1);
    expect(textSimilarity('销售过期食品', '夜间施工噪声')).toBe(0);
  });
});
