import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_4 } from './rules.ts';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, seventh round (words that are no names, shop names and online accounts).
 * General signals, each checked on invented text: a name read from inside a frequent word (公司), a surname the
 * recogniser reads as a verb or an adverb before an ordinary word, a verb and its result, a locative and a part of a
 * building, an app's name; a shop's 字号 in the story, a registered person read whole, the dotted Chinese form of a
 * registered Latin name, an 个体工商户's premises; online account names after their label; and what must stay.
 */
const shop = (body: string) =>
  `当事人：济南市历下区刘记面馆\n统一社会信用代码：92370102MA3C5X7L2P\n经营者：刘春生　身份证号码：370102197805123416\n经营地址：济南市历下区泉城路与县西巷交口西北侧3号门面\n住址：山东省济南市槐荫区经十路88号3单元502室\n\n${body}`;

describe('R-PUB-4 脱敏 2026.5, seventh round', () => {
  it('ordinary words read as names are no names', () => {
    expect(hidden('经查，你公司利用暗管排放废水。')).toEqual([]);
    expect(hidden('建筑垃圾由当事人委托一家运输公司清运。')).toEqual([]);
    expect(hidden('店员称，主管“老韩”曾交代不必登记。')).not.toContain('曾交代');
    expect(hidden('教练私下收取学员练车费每人300元。')).toEqual([]);
    expect(hidden('执法人员进行检查，查见标有“特效”字样的产品。')).toEqual([]);
    expect(hidden('检查发现：当事人后厨卫生状况差。')).toEqual([]);
    expect(hidden('当事人在抖音、小红书发布广告。')).toEqual([]);
  });

  it('names beside such words stay hidden', () => {
    expect(hidden('举报人符大妈（真实姓名符秀英）系当事人邻居。')).toContain('符大妈');
    expect(hidden('其中，投诉人马秀兰（回族）称其购买了过期食品。')).toContain('马秀兰');
  });

  it("a shop's 字号 stays, the operator's premises stay, his home does not", () => {
    const t = shop('2026年4月1日，执法人员对刘记面馆进行检查，门头招牌为“刘记面馆　老济南味道”。');
    const h = hidden(t, { party: { kind: 'individual-business', name: '济南市历下区刘记面馆', operator: '刘春生' } });
    expect(h).toEqual(expect.arrayContaining(['刘春生', '370102197805123416', '山东省济南市槐荫区经十路88号3单元502室']));
    expect(h.join()).not.toContain('刘记');
    expect(h.join()).not.toContain('泉城路');
  });

  it('registered people on the header line stay whole, a dotted Chinese form of a Latin name too', () => {
    const t =
      '当事人：包头市草原矿业有限公司\n统一社会信用代码：91150200MA0N7R2K3X\n法定代表人：Klaus Bäcker（克劳斯·贝克尔）　安全生产管理负责人：苏和巴特尔\n\n违法事实：安全生产管理负责人苏和巴特尔到本局接受询问。';
    expect(hidden(t)).toEqual([]);
  });

  it('online account names after their label are hidden', () => {
    const t = '经查，当事人以微信昵称“榕榕美妆小铺”发布商品信息，并通过QQ群“榕榕代购交流群”接单，另通过LINE账号“rongrong_tw”联系买家。';
    expect(hidden(t)).toEqual(expect.arrayContaining(['榕榕美妆小铺', '榕榕代购交流群', 'rongrong_tw']));
    expect(hidden('乘客称其通过微信联系人“江城快车欧阳师傅”约车。')).toContain('江城快车欧阳师傅');
    expect(hidden('当事人在微信朋友圈以“老韩烟花批发”名义对外销售。')).toContain('老韩烟花批发');
  });

  it('what must stay: a group named after a route, the agency and older rule sets unchanged', () => {
    expect(hidden('乘客均称系通过微信群“南站—北郊拼车群”联系乘车。')).toEqual([]);
    expect(hidden('本局官方微信公众号“清风市场监管”发布通告。')).toEqual([]);
    expect(unsure('投诉人在我局官方账号“清风市场监管发布”留言。')).toEqual([]);
    for (const t of ['经查，你公司利用暗管排放废水。', '当事人以微信昵称“榕榕美妆小铺”发布商品信息。'])
      expect(old(t)).toBe(redact(t, { rules: REDACTION_RULES_2026_4 }).text);
    expect(old('当事人以微信昵称“榕榕美妆小铺”发布商品信息。')).toContain('榕榕美妆小铺');
  });
});
