import { describe, expect, it } from 'vitest';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, fourth round (2026-12n read as a development set). General signals, each
 * checked here on invented text: names in other letters where the sentence shows a person, what a person is called
 * besides his name (online accounts, nicknames beside their full name, words of address), and a few shapes of numbers
 * and dwellings; and what must stay: brands and slogans in quotes, label texts in other letters.
 */
describe('R-PUB-4 脱敏 2026.5, fourth round', () => {
  it('names in other letters in a list, before a verb of telling, counted, in brackets after a name', () => {
    expect(hidden('现场证人Maria Santos、Ahmed Khan证实当事人销售过期食品。')).toEqual(['Maria Santos', 'Ahmed Khan']);
    expect(hidden('员工小Kim（金志勇）陈述，货物系当事人购进。')).toEqual(expect.arrayContaining(['小Kim', '金志勇']));
    expect(hidden('顾客王丽（外孙女）、Peter Novak及其子在场。')).toContain('Peter Novak');
    expect(hidden('登记表载有Sarah Lee等12人。')).toEqual(['Sarah Lee']);
    expect(hidden('其女儿（未成年人，Ольга）在场。')).toContain('Ольга');
    expect(old('登记表载有Sarah Lee等12人。')).toBe('登记表载有Sarah Lee等12人。');
  });

  it('online accounts and nicknames beside their full name', () => {
    expect(unsure('当事人以“渝北老周”为快手账号直播销售。')).toEqual(['渝北老周']);
    expect(unsure('其直播账号为“川妹子小琴”。')).toEqual(['川妹子小琴']);
    expect(hidden('当事人以“江城家电旗舰店”为账号销售。')).toEqual([]);
    expect(hidden('钢材由“老杨”（杨树林）提供，电工“二狗”（真名刘二狗）在场。')).toEqual(['老杨', '杨树林', '二狗', '刘二狗']);
    expect(hidden('调度“大黄”即黄志强安排出车。')).toEqual(['大黄', '黄志强']);
    expect(hidden('投诉人李先生（李建军）反映噪音扰民。')).toEqual(['李先生', '李建军']);
    expect(unsure('货物由“张胖子”送来，系“周老板”安排。')).toEqual(['张胖子', '周老板']);
  });

  it('brands, products and slogans in quotes, and label texts in other letters, stay', () => {
    expect(hidden('当事人销售“老干妈”辣酱、“小米”手机及“三无”产品，并驾驶“黑车”载客。')).toEqual([]);
    expect(hidden('店内销售“马大姐”食品、“大红袍”茶叶，以“健康讲座”为名推销。')).toEqual([]);
    expect(hidden('商品标签为俄文“Молоко”，使用Excel表格记账。')).toEqual([]);
  });

  it('a +86 mobile in groups, a one-letter passport series, a bracketed building and room, a dwelling in the story', () => {
    expect(hidden('联系电话+86 139 1234 5678。')).toEqual(['+86 139 1234 5678']);
    expect(hidden('外籍员工（护照号码E 5531209）在场。')).toEqual(['E 5531209']);
    const t = '暂住地宜春市袁州区秀江街道东风路12号（3幢502）。你在暂住地宜春市袁州区秀江街道东风路12号院内堆放杂物。';
    expect(hidden(t)).toEqual(['宜春市袁州区秀江街道东风路12号（3幢502）', '宜春市袁州区秀江街道东风路12号']);
    expect(hidden('司机王强、车牌苏E·5Z8K1到场。')).toEqual(['王强', '苏E·5Z8K1']);
  });
});
