import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_2, REDACTION_RULES_2026_3, ruleSetByVersion } from './rules.ts';

const unsure = (text: string, r: ReturnType<typeof redact>) => r.unconfirmed.map((u) => text.slice(u.start, u.end));

/**
 * R-PUB-4, issue 19: rule set 2026.3 (engine generation 4) hides, as 请确认, what reads like a name where a
 * person can stand although no rule knows the phrasing; it never reads one inside what must stay.
 */
describe('R-PUB-4 脱敏 2026.3: the candidate tier (请确认)', () => {
  it('2026.3 is recorded as engine generation 4; 2026.2 stays available', () => {
    expect(ruleSetByVersion('2026.3')).toBe(REDACTION_RULES_2026_3);
    expect(REDACTION_RULES_2026_3.engine).toBe(4);
    expect(ruleSetByVersion('2026.2')).toBe(REDACTION_RULES_2026_2);
  });

  it('a name introduced in a phrasing no rule knows is hidden as 请确认 wherever it recurs (2026.2 published it)', () => {
    const text = '该车辆当日借给滕浩然使用，车上另有乘员两人。滕浩然所持驾驶证已过期。';
    expect(redact(text, { rules: REDACTION_RULES_2026_2 }).text).toContain('滕浩然');
    const r = redact(text);
    expect(r.text).toBe('该车辆当日借给滕某某使用，车上另有乘员两人。滕某某所持驾驶证已过期。');
    expect(unsure(text, r)).toEqual(['滕浩然', '滕浩然']);
    // the 公示管理员's decision on one occurrence covers all of them, and is recorded as a mark
    const at = text.indexOf('滕浩然');
    const decided = redact(text, { marks: [{ start: at, end: at + 3, reason: '系自然人姓名', confirm: 'hide' }] });
    expect(decided.unconfirmed).toEqual([]);
    expect(decided.text).toBe(r.text);
  });

  it('the object of 与/向/由 and the like is read as a person; the reading stops where the name ends (晏子墨, not 晏子墨合伙)', () => {
    const text = '当事人与晏子墨合伙经营该店，利润五五分成。';
    const r = redact(text);
    expect(r.text).toBe('当事人与晏某某合伙经营该店，利润五五分成。');
    expect(unsure(text, r)).toEqual(['晏子墨']);
  });

  it('the surname list has every compound surname of the 百家姓 (公羊, 闾丘, 颛孙 …)', () => {
    const text = '顾客公羊志远（男，35岁）向本局投诉。公羊志远称其购买的商品已过期。';
    expect(redact(text, { rules: REDACTION_RULES_2026_2 }).text).toContain('公某志远');
    expect(redact(text).text).toBe('顾客公羊某某（男，35岁）向本局投诉。公羊某某称其购买的商品已过期。');
  });

  it('never reads a candidate over officials, the agency, a 文号 or a licence number, or a business 字号', () => {
    const text = [
      '吴交执罚〔2026〕12号',
      '执法人员：毕永庆（执法证号13043301001）、缪婷（执法证号13043301002）',
      '道路运输经营许可证号：冀交运管许可邯字130400012345号',
      '当事人：东莞市南城晓凤网咖（个体工商户）',
      '经查，当事人将货款转给戚梦瑶。',
    ].join('\n');
    const r = redact(text);
    for (const kept of ['吴交执罚', '毕永庆', '缪婷', '冀交运', '晓凤网咖']) expect(r.text).toContain(kept);
    expect(r.text).toContain('转给戚某某');
  });
});
