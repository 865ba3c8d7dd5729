import { describe, expect, it } from 'vitest';
import { hidden, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, tenth round (numbers and addresses in more shapes, names beside names, and
 * registered people and officials that stay). General signals, each checked on invented text: an account after a
 * short-video platform's label; a half-width bracket inside an address and a unit in brackets before the flat; an ID
 * whose check character stands alone as the last group; a name written with a space before 的; a surname alone before
 * 医生 in what a person acts under; a rare surname (奇) where a person stands; a Latin name in brackets after a Cyrillic
 * one; a Yi name begun by its clan name; and what stays: an official's dotted name before 执法证号, a 个人独资企业's 投资人.
 */
const texts = {
  douyin: '通过其抖音账号（抖音号：lanlan_cake0612）接受订单。',
  bracket: '当事人：柯明，现住：江苏省苏州市姑苏区金阊街道留园路18号留园新村7幢(3单元)402室，手机：18151260937。',
  id: '经营者身份证号：320506 198811 04231 6',
  spaced: '本局接到邻居邝秀兰、邝 军的投诉。',
  doctor: '据查，柯晓琳以“柯医生”名义接诊。',
  rare: '乘客通过其同事奇海燕拨打电话。',
  cyrillic: '邀请俄罗斯籍歌手Ирина Волкова（Irina Volkova，中文名伊琳娜）演出。',
  yi: '同行的阿鲁木呷称其不知情。',
  official: '执法人员：马建军　执法证号：65010219014\n　　　　　阿依努尔·托合提　执法证号：65010219022',
  investor:
    '当事人：佛山市南海区志豪五金厂（个人独资企业）\n统一社会信用代码：91440605MA4W8KJ63T\n投资人：何志豪\n地址：广东省佛山市南海区狮山镇罗村联和路6号',
};

/** As the frozen rule set 2026.4 publishes the texts above. */
const OLD_OUTPUT = [
  '通过其抖音账号（抖音号：lanlan_cake0612）接受订单。',
  '当事人：柯某，现住：江苏省苏州市姑苏区金阊街道留园路18号留园新村7幢(3单元)402室，手机：181****0937。',
  '经营者身份证号：320506 198811 04231 6',
  '本局接到邻居邝某某、邝 军的投诉。',
  '据查，柯某某以“柯医生”名义接诊。',
  '乘客通过其同事奇海燕拨打电话。',
  '邀请俄罗斯籍歌手Ирина Волкова（Irina Volkova，中文名伊某某）演出。',
  '同行的阿某某呷称其不知情。',
  '执法人员：马建军　执法证号：65010219014\n　　　　　阿某·托某　执法证号：65010219022',
  '当事人：佛山市南海区志豪五金厂（个人独资企业）\n统一社会信用代码：91440605MA4W8KJ63T\n投资人：何某某\n地址：广东省佛山市南海区狮山镇罗某某和路6号',
];

describe('R-PUB-4 脱敏 2026.5, tenth round (issue 19)', () => {
  it('numbers: an account after 抖音号, an ID whose check character stands alone', () => {
    expect(hidden(texts.douyin)).toEqual(['lanlan_cake0612']);
    expect(hidden(texts.id)).toEqual(['320506 198811 04231 6']);
  });

  it('an address with a half-width bracket inside, and a unit in brackets before the flat, is hidden whole', () => {
    expect(hidden(texts.bracket)).toContain('江苏省苏州市姑苏区金阊街道留园路18号留园新村7幢(3单元)402室');
    expect(hidden('暂住地浙江省杭州市上城区望江街道近江家园4园12幢（2单元）806室，联系电话153 5712 0846。')).toContain(
      '浙江省杭州市上城区望江街道近江家园4园12幢（2单元）806室',
    );
  });

  it('names: written with a space before 的, a surname before 医生 in quotes, a rare surname, a Latin form in brackets, a Yi name', () => {
    expect(hidden(texts.spaced)).toEqual(['邝秀兰', '邝 军']);
    expect(hidden(texts.doctor)).toContain('柯医生');
    expect(hidden(texts.rare)).toEqual(['奇海燕']);
    expect(hidden(texts.cyrillic)).toEqual(['Ирина Волкова', 'Irina Volkova', '伊琳娜']);
    expect(hidden(texts.yi)).toEqual(['阿鲁木呷']);
  });

  it('what stays: an official with a dotted name before 执法证号, a 个人独资企业’s 投资人', () => {
    expect(hidden(texts.official)).toEqual([]);
    expect(hidden(texts.investor)).toEqual([]);
  });

  it("2026.4's output on these texts is unchanged", () => {
    expect(Object.values(texts).map((t) => old(t))).toEqual(OLD_OUTPUT);
  });
});
