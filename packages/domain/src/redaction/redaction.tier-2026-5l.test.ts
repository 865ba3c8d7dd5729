import { describe, expect, it } from 'vitest';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, eighth round (dwellings, premises, brands and online names). General signals,
 * each checked on invented text: 住 that begins a noun (住宅, 住房, 住所 …) is no verb before an address; a natural
 * person's other premises told in the story (位于X的仓库/库房/车库 …) are hidden like a dwelling; a brand in quotes
 * (“X”牌, 标注“X”, “X”+ a product) is no name; an account name after 网名 is hidden like a 昵称; a passport number
 * told before 号护照 is hidden; and what must stay beside them.
 */
const PERSON = '当事人：申建国\n性别：男　出生年月：1979年3月\n身份证号码：220104197903121514\n';
const HEAD = ['申建国', '220104197903121514'];
const ORG = '当事人：江城恒达商贸有限公司\n';

describe('R-PUB-4 脱敏 2026.5, eighth round (issue 19)', () => {
  const zhu = [
    `${PERSON}经查，当事人在其所有的住宅楼顶平台上搭建彩钢板房约40平方米。`,
    `${PERSON}当事人在其位于临川区青云街道梅园村七组21号的自家住宅一楼存放烟花爆竹共计56箱。`,
  ];
  it('住 that begins a noun (住宅, 住房 …) is no verb before an address; the address before the dwelling is hidden', () => {
    expect(hidden(zhu[0]!)).toEqual(HEAD);
    expect(hidden(zhu[1]!)).toEqual([...HEAD, '临川区青云街道梅园村七组21号']);
    // the verb 住 and 家住 before an address still take it
    expect(hidden(`${PERSON}当事人家住宿州市埇桥区北关路16号。`)).toContain('宿州市埇桥区北关路16号');
  });

  const premises = [
    `${PERSON}执法人员在当事人位于长春市绿园区春城大街锦绣家园C栋地下储藏室的仓库内查获卷烟12条。`,
    `${PERSON}在当事人位于阜新市细河区四合镇东梁村北的自家库房内查获烟花爆竹。`,
  ];
  it("a natural person's premises told in the story are hidden; an organisation's stay", () => {
    expect(hidden(premises[0]!)).toContain('长春市绿园区春城大街锦绣家园C栋地下储藏室');
    expect(hidden(premises[1]!)).toContain('阜新市细河区四合镇东梁村北');
    expect(hidden(`${ORG}执法人员在当事人位于长春市绿园区春城大街88号的仓库内查获卷烟12条。`)).toEqual([]);
  });

  const brands = [
    '超过保质期的“禾丰坊”牌燕麦面包共计12袋。',
    '投诉人称其在当事人处购买的“悦滋”牌低脂酸奶已胀袋。',
    '投诉人通过微信购买的“娇韵诗”双萃精华液疑似假冒。',
    '现场查获标注“娇韵诗”“兰芝”注册商标的面霜共计30瓶。',
  ];
  it('a brand in quotes is no name; a nickname after 称/网友 stays a name', () => {
    for (const t of brands) {
      expect(hidden(t)).toEqual([]);
      expect(unsure(t)).toEqual([]);
    }
    expect(hidden('网友“阿强”称其购买的面包已过期。')).toContain('阿强');
  });

  const accounts = [
    `${PERSON}当事人通过微信向网名为“江畔球鞋小铺”的卖家购进运动鞋20双。`,
    `${ORG}当事人从一名网名为“小敏海淘”的卖家处购进化妆品。`,
  ];
  it('an online account name after 网名 is hidden like a 昵称; the organisation party’s own brand stays', () => {
    expect(hidden(accounts[0]!)).toContain('江畔球鞋小铺');
    expect(hidden(accounts[1]!)).toContain('小敏海淘');
    expect(hidden(`${ORG}当事人以网名“恒达商贸官方”在网上销售。`)).toEqual([]);
  });

  const passports = ['乘客Maria Gomez（持E71520394号护照）称其未获提示。', '旅客（持C38207514号港澳通行证）投诉。'];
  it('a passport number told before 号护照/号通行证 is hidden; a model number stays', () => {
    expect(hidden(passports[0]!)).toContain('E71520394');
    expect(hidden(passports[1]!)).toContain('C38207514');
    expect(hidden('现场查获E71520394号型号的配件。')).toEqual([]);
  });

  it("2026.4's output on these texts is unchanged", () => {
    // (as rule set 2026.4 published them: 住 + 宅… read as an address, no premises, 网名 and 号护照 left public)
    const texts = [...zhu, ...premises, ...brands, ...accounts, ...passports];
    expect(texts.map((t) => old(t))).toEqual([
      '当事人：申某某\n性别：男　出生年月：1979年3月\n身份证号码：220104********1514\n经查，当事人在其所有的住宅楼顶平台上搭建彩钢板房约40平方米。',
      '当事人：申某某\n性别：男　出生年月：1979年3月\n身份证号码：220104********1514\n当事人在其位于临川区青云街道梅园村七组21号的自家住***。',
      '当事人：申某某\n性别：男　出生年月：1979年3月\n身份证号码：220104********1514\n执法人员在当事人位于长春市绿园区春城大街锦绣家园C栋地下储藏室的仓库内查获卷烟12条。',
      '当事人：申某某\n性别：男　出生年月：1979年3月\n身份证号码：220104********1514\n在当事人位于阜新市细河区四合镇东梁村北的自家库房内查获烟花爆竹。',
      '超过保质期的“禾丰坊”牌燕麦面包共计12袋。',
      '投诉人称其在当事人处购买的“悦滋”牌低脂酸奶已胀袋。',
      '投诉人通过微信购买的“娇韵诗”双萃精华液疑似假冒。',
      '现场查获标注“娇韵诗”“兰芝”注册商标的面霜共计30瓶。',
      '当事人：申某某\n性别：男　出生年月：1979年3月\n身份证号码：220104********1514\n当事人通过微信向网名为“江畔球鞋小铺”的卖家购进运动鞋20双。',
      '当事人：江城恒达商贸有限公司\n当事人从一名网名为“小敏海淘”的卖家处购进化妆品。',
      '乘客M**** G****（持E71520394号护照）称其未获提示。',
      '旅客（持C38207514号港澳通行证）投诉。',
    ]);
  });
});
