import { describe, expect, it } from 'vitest';
import { hidden, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, fifth round. What a person is called besides his name, read from the class of
 * context before the quotes (a verb of calling with a person as object, a word for an internet user, a word for a
 * person before a word of address or slang, a foreigner's Chinese name), a Latin name in capitals after a Hangul
 * name, and an account in brackets right after a person's name. Invented text only.
 */
describe('R-PUB-4 脱敏 2026.5, fifth round', () => {
  it('what others call a person, in quotes', () => {
    expect(hidden('教练员江海波（学员们称他“波哥”）驾驶教练车。')).toEqual(expect.arrayContaining(['江海波', '波哥']));
    expect(hidden('投诉人系网友“鹭岛老陈”，反映噪声扰民。')).toEqual(['鹭岛老陈']);
    expect(hidden('王立新称，系经同事“黄阿姨”介绍购买。')).toEqual(expect.arrayContaining(['黄阿姨']));
    expect(hidden('货物系从供货商“靓仔”处购进。')).toEqual(['靓仔']);
    expect(hidden('外籍人员Olga Petrova（中文名“奥丽加”）在场。')).toEqual(expect.arrayContaining(['Olga Petrova', '奥丽加']));
  });

  it('a Latin name in capitals after a name in Hangul', () => {
    expect(hidden('现场有韩国籍人员이서연（LEE SEOYEON，护照号码：M12345678）。')).toEqual(
      expect.arrayContaining(['이서연', 'LEE SEOYEON']),
    );
  });

  it('an account in brackets after a person, though the agency is named earlier in the sentence', () => {
    expect(hidden('本局接到柳青（QQ号：912345678）举报。')).toEqual(['柳青', '912345678']);
    expect(hidden('本局接到举报，微信账号“阿强土特产”（微信号：aqiang_0810）销售无标签食品。')).toContain('aqiang_0810');
  });

  it('what stays: things called so, quoted speech, the agency’s own account, older rule sets', () => {
    expect(hidden('当事人销售卫星电视地面接收设施（俗称“锅盖”）。')).toEqual([]);
    expect(hidden('本局（QQ号：912345678）受理投诉。')).toEqual([]);
    expect(hidden('本局官方微信公众号“某市市场监管”（微信号：scjg_2026）发布通告。')).toEqual([]);
    expect(hidden('当事人提示主播“多讲优惠活动”。')).toEqual([]);
    expect(old('货物系从供货商“靓仔”处购进。')).toBe('货物系从供货商“靓仔”处购进。');
  });
});
