import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_3, REDACTION_RULES_2026_4, ruleSetByVersion } from './rules.ts';

const unsure = (text: string, r: ReturnType<typeof redact>) => r.unconfirmed.map((u) => text.slice(u.start, u.end));

/**
 * R-PUB-4, issue 19: rule set 2026.4 (engine generation 5) widens the candidate tier of 2026.3 — names the
 * recogniser splits, read by their common given-name characters; names without a Chinese surname; more places
 * where a person stands — and still hides them as 请确认, never over what must stay.
 */
describe('R-PUB-4 脱敏 2026.4: the widened candidate tier (请确认)', () => {
  it('2026.4 is recorded as engine generation 5 (the default until 2026.5); 2026.3 stays available', () => {
    expect(ruleSetByVersion('2026.4')).toBe(REDACTION_RULES_2026_4);
    expect(REDACTION_RULES_2026_4.engine).toBe(5);
    expect(ruleSetByVersion('2026.3')).toBe(REDACTION_RULES_2026_3);
  });

  it('a compound surname the recogniser reads as a word of its own (东方/s 宏伟) is read by its given name', () => {
    const text = '当事人与东方宏伟合伙经营该店。';
    expect(redact(text, { rules: REDACTION_RULES_2026_3 }).text).toBe(text);
    const r = redact(text);
    expect(r.text).toBe('当事人与东方某某合伙经营该店。');
    expect(unsure(text, r)).toEqual(['东方宏伟']);
  });

  it('a name without a Chinese surname where a person stands (雇请的扎西平措) and the one a call came from (接到邝美兰电话)', () => {
    const a = '该车由其雇请的扎西平措驾驶。';
    expect(redact(a, { rules: REDACTION_RULES_2026_3 }).text).toBe(a);
    expect(redact(a).text).toBe('该车由其雇请的扎某某驾驶。');
    const b = '本局接到邝美兰电话后立即核查。';
    expect(redact(b, { rules: REDACTION_RULES_2026_3 }).text).toBe(b);
    const r = redact(b);
    expect(r.text).toBe('本局接到邝某某电话后立即核查。');
    expect(unsure(b, r)).toEqual(['邝美兰']);
  });

  it('a street, a station and the officials stay: 海秀西路, 石家庄站, the list after 执法人员', () => {
    const text = [
      '执法人员：毕永庆（执法证号13043301001）、缪婷（执法证号13043301002）',
      '经营场所：海南省海口市秀英区海秀西路168号',
      '本局接到海秀西路周边居民投诉。二人自石家庄站前往鹿泉区。',
    ].join('\n');
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.unconfirmed).toEqual([]);
  });
});
