import { describe, expect, it } from 'vitest';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, sixth round (names by what they are called and where a person stands). General
 * signals, each checked on invented text: a name glued to a verb of telling, names without a Chinese surname after a
 * worker or a verb phrase's 的, words of company as words for a person, what a person is called in quotes (passive
 * calling, callers in brackets, 阿X with a kin word, slang after a word for a person), signatures, list items before a
 * verb of telling, Latin names with a space in lists, a rarer surname after a word for a person; and what must stay.
 */
describe('R-PUB-4 脱敏 2026.5, sixth round (issue 19)', () => {
  it('a name whose last character the recogniser glued to a verb of telling is read to its end', () => {
    expect(hidden('经查，与其同行的刘志宇称，二人当晚在场。')).toContain('刘志宇');
    expect(hidden('经查，与其同行的刘志宇称，二人当晚在场。')).not.toContain('刘志');
    // (an adverb after a name is no given name: 才 is not glued to 说)
    expect(hidden('张伟才说出实情。')).not.toContain('张伟');
  });

  it('names without a Chinese surname after a worker or after a verb phrase and 的, before a verb', () => {
    expect(hidden('当事人聘用的工人买买提江称，货物由其运来。')).toContain('买买提江');
    expect(hidden('当事人雇用的工人马合木提称，其未见。')).toContain('马合木提');
    expect(unsure('协助操作的阿呷日火未取得护士执业证书。')).toContain('阿呷日火');
    expect(unsure('负责收银的吉克阿呷未取得健康证明。')).toContain('吉克阿呷');
    // (after a verb of goods the word is a product)
    expect(hidden('购买的巴拉巴拉未取得合格证。')).toEqual([]);
  });

  it('words of company are words for a person', () => {
    expect(hidden('游客王小明及其同行赵雅婷，以及随行崔志成均称被强制购物。')).toEqual(
      expect.arrayContaining(['王小明', '赵雅婷', '崔志成']),
    );
  });

  it('what a person is called, in quotes', () => {
    // after a passive verb of calling: the whole designation
    expect(unsure('该店员工在店内被称为“Kevin老师”，无资质。')).toContain('Kevin老师');
    // who calls the person so, in brackets right after the name
    expect(hidden('厨师刘二虎（工友称“虎子”）未持健康证。')).toEqual(expect.arrayContaining(['刘二虎', '虎子']));
    // 阿 and a character and a kin word as a clause's subject
    expect(unsure('王秀英称，“阿福伯”上月开始在此经营。')).toContain('阿福伯');
    // a slang word for a young person after a word for a person
    expect(unsure('邻居“靓妹仔”称曾见到当事人。')).toContain('靓妹仔');
  });

  it('a name signed in quotes, in traditional characters too', () => {
    expect(hidden('经营者在笔录上签名“陳國華”。')).toContain('陳國華');
  });

  it('list items beside found names', () => {
    expect(hidden('店主田春梅、向前进证实曾收购废油。')).toEqual(expect.arrayContaining(['田春梅', '向前进']));
    expect(hidden('王芳、李强、Tom Lee等顾客投诉。')).toContain('Tom Lee');
  });

  it('a rarer surname after a word for a person', () => {
    expect(hidden('顾客延红梅称被收取费用。')).toContain('延红梅');
  });

  it('what must stay', () => {
    expect(hidden('经营者在笔录上签名“同意”。')).toEqual([]);
    expect(hidden('店内有“阿珍阿姨”牌米粉出售。')).toEqual([]);
    expect(hidden('店员张伟、同事称其不在。')).toEqual(['张伟']);
    expect(hidden('当事人从赵丽华、向前进货。')).not.toContain('向前进');
    expect(hidden('位于New York、Los Angeles等地。')).toEqual([]);
    expect(hidden('当事人延长营业时间。')).toEqual([]);
    expect(hidden('执法人员武振华、李晓东对当事人进行检查。')).toEqual([]);
  });

  it('2026.4 publishes these texts as before', () => {
    expect(old('经查，与其同行的刘志宇称，二人当晚在场。')).toBe('经查，与其同行的刘某宇称，二人当晚在场。');
    expect(old('协助操作的阿呷日火未取得护士执业证书。')).toBe('协助操作的阿呷日火未取得护士执业证书。');
    expect(old('该店员工在店内被称为“Kevin老师”，无资质。')).toBe('该店员工在店内被称为“Kevin老师”，无资质。');
    expect(old('厨师刘二虎（工友称“虎子”）未持健康证。')).toBe('厨师刘某某（工友称“虎子”）未持健康证。');
    expect(old('经营者在笔录上签名“陳國華”。')).toBe('经营者在笔录上签名“陳國華”。');
    expect(old('店主田春梅、向前进证实曾收购。')).toBe('店主田某某、向前进证实曾收购。');
    expect(old('王芳、李强、Tom Lee等顾客投诉。')).toBe('王某、李强、Tom Lee等顾客投诉。');
    expect(old('顾客延红梅称被收取费用。')).toBe('顾客延红梅称被收取费用。');
  });
});
