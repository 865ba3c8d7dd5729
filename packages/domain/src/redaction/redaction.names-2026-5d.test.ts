import { describe, expect, it } from 'vitest';
import { hidden } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, fourth round (2026-12n read as a development set). Names in Han characters
 * told by what stands around them, each checked here on invented text: brackets that speak of a person, names read
 * at the wrong length, 姓名/即/a quoted nickname/a list/从X那里 before a name; and a registered person's name on an
 * organisation's header line read whole, so that it stays.
 */
describe('R-PUB-4 脱敏 2026.5, fourth round: Han names told by what stands around them', () => {
  it('a name right before brackets that speak of a person', () => {
    expect(hidden('货物系从司马光明（经营者之弟，手机另附）处取得。')).toContain('司马光明');
    expect(hidden('当事人雇用的于建平（身份证号码另附）未取得资格。')).toContain('于建平');
    expect(hidden('乘客祁志刚及其孙子（未成年，祁小宝）在场。')).toContain('祁小宝');
    // a preposition before the name is no surname
    expect(hidden('当事人向蒲晓雯（19岁，学生）销售电子烟。')).toContain('蒲晓雯');
    // what stays: no person in the brackets
    expect(hidden('经查，当事人（统一社会信用代码另附）未办理许可。')).toEqual([]);
  });

  it('names read at the wrong length, and more places', () => {
    expect(hidden('举报人要求保密，姓名柏素珍，电话另附。')).toContain('柏素珍');
    expect(hidden('当事人之女包娜娜格负责收费。')).toContain('包娜娜格');
    expect(hidden('货是从乌兰图雅那里买的。')).toContain('乌兰图雅');
    expect(hidden('朋友“阿伟”冯伟租用车辆。')).toEqual(expect.arrayContaining(['阿伟', '冯伟']));
    expect(hidden('保安四虎即钱四虎未核验证件。')).toEqual(expect.arrayContaining(['四虎', '钱四虎']));
    expect(hidden('顾客林子豪、陳美玲在场证实。')).toEqual(expect.arrayContaining(['林子豪', '陳美玲']));
  });

  it('a registered person on the header line stays, however the name is written', () => {
    const text =
      '当事人：成都某某建设工程有限公司\n统一社会信用代码：91510100MA6XXXXX1X\n法定代表人：罗文斌　项目负责人：沙马阿木\n住所：成都市武侯区某路1号\n经查，沙马阿木到场确认。';
    expect(hidden(text)).not.toContain('沙马阿木');
  });
});
