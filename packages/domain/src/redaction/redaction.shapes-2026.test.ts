import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { protectedSpans } from './protected.ts';
import { DEFAULT_REDACTION_RULES, REDACTION_RULES_2025_1 } from './rules.ts';
import { Cues } from './scan.ts';

/**
 * R-PUB-4: shapes the generation-2 detectors (rule set 2026.1, the default) read and generation 1
 * (2025.1, frozen) does not. Every sentence is made up; none names a person, so that only the
 * number and address rules speak. Where 2025.1 is asserted, it shows that a text published under
 * it re-derives as it did.
 */
const now = (text: string) => redact(text, { rules: DEFAULT_REDACTION_RULES });
const old = (text: string) => redact(text, { rules: REDACTION_RULES_2025_1 });

describe('R-PUB-4 脱敏 shapes of rule set 2026.1', () => {
  it('R-PUB-4 1: ID numbers spaced 6-8-4, in full-width digits with Ｘ (not a bank card), and inside other numbers', () => {
    const spaced = '当事人身份证号码：410105 19870312 4537，联系电话：13912345678。';
    expect(now(spaced).text).toBe('当事人身份证号码：410105 ******** 4537，联系电话：139****5678。');
    expect(old(spaced).text).toBe('当事人身份证号码：410105 19870312 4537，联系电话：139****5678。');

    const wide = '经营者身份证号：３２０１０６１９９１０５０３１０９Ｘ。';
    expect(now(wide).text).toBe('经营者身份证号：３２０１０６********１０９Ｘ。');
    expect(now(wide).redactions.map((r) => r.rule)).toEqual(['id-number']);
    // 2025.1 took the 17 digits before Ｘ for a bank card: published so, it re-derives so
    expect(old(wide).text).toBe('经营者身份证号：*************３１０９Ｘ。');

    const inside = '作业人员特种作业操作证号T370202197809091015已过期，驾驶证号130433199002281037。';
    expect(now(inside).text).toBe('作业人员特种作业操作证号T370202********1015已过期，驾驶证号130433********1037。');
    expect(old(inside).text).toBe('作业人员特种作业操作证号T370202197809091015已过期，驾驶证号130433********1037。');

    expect(now('公民身份号码410105-19870312-4537。').text).toBe('公民身份号码410105-********-4537。');
  });

  it('R-PUB-4 2: 护照 and 通行证 numbers in every phrasing; the letters and the last two digits stay', () => {
    const text =
      '投诉人持往来港澳通行证，号码C12345678，另一投诉人提供了护照（号码E12345678），第三人护照号码为EJ1234567，' +
      '第四人（港澳通行证号码C87654321），第五人港澳居民来往内地通行证号码H1234567801，' +
      '第六人台湾居民来往大陆通行证号码12345678，第七人护照号码G12345678。型号E12345679的设备不是证件。';
    expect(now(text).text).toBe(
      '投诉人持往来港澳通行证，号码C******78，另一投诉人提供了护照（号码E******78），第三人护照号码为EJ*****67，' +
        '第四人（港澳通行证号码C******21），第五人港澳居民来往内地通行证号码H********01，' +
        '第六人台湾居民来往大陆通行证号码******78，第七人护照号码G******78。型号E12345679的设备不是证件。',
    );
    expect(old(text).text).toBe(text);

    // 回乡证, 台胞证 and 证件号码 too; 8 digits after 台胞证号码 are not a phone number, and do not hide G87654321
    const more = '投诉人提供了回乡证号码M1234567890及台胞证号码87654321，证件号码为G87654321的护照。';
    const r = now(more);
    expect(r.text).toBe('投诉人提供了回乡证号码M********90及台胞证号码******21，证件号码为G******21的护照。');
    expect(r.redactions.map((x) => x.rule)).toEqual(['travel-document', 'travel-document', 'travel-document']);
  });

  it('R-PUB-4 3: QQ and 微信 accounts in every phrasing, every account of the person, wherever they recur', () => {
    const text =
      '举报人称，对方的QQ号码为123456789，另有一个QQ小号（987654321），并通过QQ（号码：234567891）联系；' +
      '对方扣扣号：345678912，微信（微信号ab_cd1234），又用微信号xyz_2020向其发送图片，QQ号为456789123的账号亦属对方，' +
      'QQ号码是567891234、678912345。后对方再次用123456789联系。';
    expect(now(text).text).toBe(
      '举报人称，对方的QQ号码为1********，另有一个QQ小号（9********），并通过QQ（号码：2********）联系；' +
        '对方扣扣号：3********，微信（微信号a********），又用微信号x*******向其发送图片，QQ号为4********的账号亦属对方，' +
        'QQ号码是5********、6********。后对方再次用1********联系。',
    );
    // the agency's own account stays
    expect(now('本局微信公众号：sxscjg2026，欢迎关注。').text).toBe('本局微信公众号：sxscjg2026，欢迎关注。');
  });

  it('R-PUB-4 4: mobiles in full-width digits and split 3-4-4; a fixed line after 住宅电话 is the person’s', () => {
    const text =
      '本局联系电话0371-65551234。当事人联系电话：１３９１２３４５６７８，备用手机139  1234  5678，本局执法人员当场登记其住宅电话0371-65432198。';
    const r = now(text);
    expect(r.text).toBe(
      '本局联系电话0371-65551234。当事人联系电话：１３９****５６７８，备用手机139  ****  5678，本局执法人员当场登记其住宅电话0371-********。',
    );
    expect(r.kept).toEqual([{ start: 6, end: 19, rule: 'fixed-phone', why: '执法机关的公开电话' }]);
    expect(old(text).text).toBe(
      '本局联系电话0371-65551234。当事人联系电话：１３９１２３４５６７８，备用手机139  1234  5678，本局执法人员当场登记其住宅电话0371-65432198。',
    );
  });

  it('R-PUB-4 4b: fixed lines in full-width digits keep their own characters for the area code', () => {
    expect(now('当事人家庭座机：０３７１－６５４３２１９８。').text).toBe('当事人家庭座机：０３７１－********。');
  });

  it('R-PUB-4 5: a bank account with the bank’s name between its label and its number', () => {
    const text = '当事人的收款账号：中国农业银行郑州金水支行 12345678901234567，另在宁夏银行开立的账户（账号1100 0201 3400 8812 45）。';
    expect(now(text).text).toBe(
      '当事人的收款账号：中国农业银行郑州金水支行 *************4567，另在宁夏银行开立的账户（账号**** **** **** **12 45）。',
    );
  });

  it('R-PUB-4 6: a natural person’s dwelling told inside the story is hidden; an organisation’s premises stay', () => {
    const text =
      '执法人员在其位于河南省郑州市金水区花园路街道文化路12号院3号楼2单元501室的住处对其进行询问。' +
      '经查，当事人系湖北省武汉市洪山区珞喻路100号5栋1单元202室房屋的所有权人，' +
      '自2026年1月起在其租住的浙江省杭州市西湖区文三路88号2幢1501室内经营；货物储存于其安徽省合肥市蜀山区南七街道望江村二组8号住宅内，' +
      '另在其四川省成都市武侯区永丰乡双楠村四组6号家中存放。某贸易有限公司位于江苏省苏州市吴中区木渎镇金山路8号的院落内堆放货物。';
    expect(now(text).text).toBe(
      '执法人员在其位于河南省郑州市金水区***的住处对其进行询问。' +
        '经查，当事人系湖北省武汉市洪山区***房屋的所有权人，' +
        '自2026年1月起在其租住的浙江省杭州市西湖区***内经营；货物储存于其安徽省合肥市蜀山区***住宅内，' +
        '另在其四川省成都市武侯区***家中存放。某贸易有限公司位于江苏省苏州市吴中区木渎镇金山路8号的院落内堆放货物。',
    );
    expect(old(text).text).toBe(text);

    const more =
      '本局执法人员在当事人家中（河北省保定市莲池区东关街道裕华东路88号2单元301室）查获，当事人在其居住的云南省昆明市五华区华山街道北门街15号擅自改建。';
    expect(now(more).text).toBe('本局执法人员在当事人家中（河北省保定市莲池区***）查获，当事人在其居住的云南省昆明市五华区***擅自改建。');
  });

  it('R-PUB-4 7: a hidden number or address is hidden wherever it recurs, in another shape or by its tail', () => {
    const text =
      '当事人：某某，男，身份证号码：430121197611117777，住址：江苏省南通市海安县城东镇新民村三组41号。\n' +
      '2026年3月，本局在新民村三组41号查获货物。当事人提交的身份证复印件载明号码４３０１２１ １９７６１１１１ ７７７７。';
    expect(now(text).text).toBe(
      '当事人：某某，男，身份证号码：430121********7777，住址：江苏省南通市海安县***。\n' +
        '2026年3月，本局在***查获货物。当事人提交的身份证复印件载明号码４３０１２１ ******** ７７７７。',
    );
    expect(old(text).text).toBe(
      '当事人：某某，男，身份证号码：430121********7777，住址：江苏省南通市海安县***。\n' +
        '2026年3月，本局在新民村三组41号查获货物。当事人提交的身份证复印件载明号码４３０１２１ １９７６１１１１ ７７７７。',
    );
  });

  it('R-PUB-4 8: the agency’s closing lines and 执法证号 lists stay; a 执法证号 does not keep a later phone', () => {
    const closing =
      '当事人：某某，男，住址：河南省郑州市金水区文化路12号。\n\n郑州市交通运输综合行政执法支队\n2026年5月1日\n' +
      '本支队地址：郑州市中原区建设西路18号；联系电话：0371-67891234\n（地址：郑州市中原区建设西路18号；联系电话：0371-67891235）';
    expect(now(closing).text).toBe(
      '当事人：某某，男，住址：河南省郑州市金水区***。\n\n郑州市交通运输综合行政执法支队\n2026年5月1日\n' +
        '本支队地址：郑州市中原区建设西路18号；联系电话：0371-67891234\n（地址：郑州市中原区建设西路18号；联系电话：0371-67891235）',
    );
    expect(old(closing).text).toBe(
      '当事人：某某，男，住址：河南省郑州市金水区***。\n\n郑州市交通运输综合行政执法支队\n2026年5月1日\n' +
        '本支队地址：郑州市中原区***；联系电话：0371-********\n（地址：郑州市中原区***；联系电话：0371-********）',
    );

    const lists = '本局执法人员（执法证件号码：13043301001、13043301002、13043301003）到场检查。执法证号分别为13043301004、13043301005。';
    expect(now(lists).text).toBe(lists);
    expect(old(lists).text).toBe(
      '本局执法人员（执法证件号码：130****1001、130****1002、130****1003）到场检查。执法证号分别为13043301004、13043301005。',
    );

    const reach = '执法人员（执法证号13043301001）到场，当事人手机13912345678。';
    expect(now(reach).text).toBe('执法人员（执法证号13043301001）到场，当事人手机139****5678。');
    // a certificate label protects the numbers of its own list only (engine generation 2)
    const further = '执法人员（执法证号13043301001）到场检查，并拨打13912345678询问。';
    const guarded = (gen: 1 | 2) =>
      protectedSpans(further, undefined, new Cues(further, 'unknown'), gen)
        .filter((p) => p.kind === 'certificate')
        .map((p) => further.slice(p.start, p.end));
    expect(guarded(2)).toEqual(['13043301001']);
    expect(guarded(1)).toEqual(['13043301001', '13912345678']);
  });

  it('R-PUB-4 9: every kept number or address that looks personal is reported with the rule that kept it', () => {
    const text =
      '本局执法人员（执法证件号码：13043301001、13043301002）到场检查。\n\n郑州市金水区市场监督管理局\n2026年5月1日\n' +
      '地址：郑州市金水区经三路66号　电话：0371-63351234';
    const r = now(text);
    expect(r.text).toBe(text);
    expect(r.kept.map((k) => [text.slice(k.start, k.end), k.rule, k.why])).toEqual([
      ['13043301001', 'mobile-phone', '「执法证件号码」后的编号（公开：执法人员信息）'],
      ['13043301002', 'mobile-phone', '「执法证件号码」后的编号（公开：执法人员信息）'],
      ['郑州市金水区经三路66号', 'home-address', '执法机关落款处的地址（公开）'],
      ['0371-63351234', 'fixed-phone', '执法机关落款处的电话（公开）'],
    ]);
  });
});
