import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_4 } from './rules.ts';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, sixth round (what stays and where names begin). General signals, each checked
 * on invented text: an ordinary phrase is no name (时 'when' after a verb, a little-word surname before a word that
 * qualifies a role noun, a label, a place after a verb of going, an idiom of the trade, an element's name, a ring
 * road); 住处 and 暂住地 followed by no address; a verb cut off before a name without a Chinese surname; the verb 有
 * before a list, the name beginning after it. Names beside them stay hidden.
 */
describe('R-PUB-4 脱敏 2026.5, sixth round (issue 19)', () => {
  it('时 after a verb and a little-word surname before a role noun are no names; the names beside them are', () => {
    const a = '楼下住户鲍秋菊反映，夜间开工时噪声、震动影响其休息。';
    expect(hidden(a)).toContain('鲍秋菊');
    expect(hidden(a)).not.toContain('时噪声');
    const b = '上述模特由演出经纪人柴文斌统一安排。';
    expect(hidden(b)).toContain('柴文斌');
    expect(hidden(b)).not.toContain('由演出');
    // a name of a little-word surname that is a word, with no role noun after it, stays a name
    expect(hidden('船长向前进（适任证书号：3301021970)称，轮机长已离职。')).toContain('向前进');
  });

  it('a label is no name; the name after it is', () => {
    const t = '当事人：郜振东（曾用名郜振西），男，1969年3月出生。';
    expect(hidden(t)).not.toContain('曾用名');
    expect(hidden(t)).toEqual(expect.arrayContaining(['郜振东']));
    expect(hidden('当事人：亓德顺（曾用名：亓德旺），男。')).not.toContain('曾用名');
  });

  it('what follows a verb of going is a place; idioms of the trade and element names are no names', () => {
    expect(unsure('当事人多次招揽游客前往双溪、喜洲。')).not.toContain('双溪');
    expect(hidden('当事人驾车搭载乘客柴文斌前往双溪。')).toEqual(['柴文斌']);
    expect(unsure('举报人称，景苑小区3号楼顶有人私搭乱建。')).not.toContain('私搭乱建');
    expect(unsure('当事人为儿童实施窝沟封闭、涂氟操作，收取费用。')).not.toContain('涂氟');
  });

  it('a ring road in an organisation’s address is a road', () => {
    const t = '当事人：某物流有限公司\n地址：河南省郑州市金水区南二环与文化路交叉口物流园A区2号\n法定代表人：闫志强\n';
    expect(hidden(t)).toEqual([]);
  });

  it('no 请确认 reading inside an organisation’s address line in its 当事人 block', () => {
    const a = '当事人：佛山市某五金制品有限公司\n地址：佛山市南海区大沥镇罗村联和工业区东区二路9号\n法定代表人：冼锦荣\n';
    expect(hidden(a)).toEqual([]);
    const b = '当事人：郑州某物流有限公司\n地址：河南省郑州市经开区第九大街与经北三路交叉口通达物流园\n法定代表人：郜长江\n';
    expect(hidden(b)).toEqual([]);
    // a person's address line stays hidden
    expect(hidden('当事人：冼锦荣，男\n住址：佛山市南海区大沥镇联和村东区二路9号\n').join('')).toContain('二路9号');
  });

  it('住处 is a noun and 暂住地 must be followed by an address', () => {
    const home = '执法人员到当事人住处一楼（柳州市城中区潭中街道文昌路18号）查看。';
    expect(hidden(home)).not.toContain('处一楼');
    expect(hidden(home)).toEqual(['柳州市城中区潭中街道文昌路18号']);
    expect(hidden('当事人在其暂住地开设诊室，为周边群众拔牙。')).not.toContain('开设诊室');
    // an address after 暂住地 is still hidden
    expect(hidden('当事人梁某，暂住地：广西壮族自治区南宁市西乡塘区北湖路18号3栋502室。').join('')).toContain('北湖路18号');
  });

  it('a verb glued before a dotted name is cut off; 有 after 其中 is the verb', () => {
    const t = '当事人导游乌兰安排阿依古丽·买买提全程讲解，阿依古丽·买买提未取得导游证。';
    expect(hidden(t)).toContain('阿依古丽·买买提');
    expect(hidden(t)).not.toContain('安排阿依古丽·买买提');
    const u = '共接诊患者21人次，其中有粟满囤、覃二妹等，收取费用1200元。';
    expect(hidden(u)).toEqual(['粟满囤', '覃二妹']);
  });

  it('rule set 2026.4 derives these texts as before', () => {
    for (const t of [
      '上述模特由演出经纪人柴文斌统一安排。',
      '当事人多次招揽游客前往双溪、喜洲。',
      '执法人员到当事人住处一楼（柳州市城中区潭中街道文昌路18号）查看。',
      '共接诊患者21人次，其中有粟满囤、覃二妹等，收取费用1200元。',
      '当事人：郑州某物流有限公司\n地址：河南省郑州市经开区第九大街与经北三路交叉口通达物流园\n法定代表人：郜长江\n',
    ])
      expect(old(t)).toBe(redact(t, { rules: REDACTION_RULES_2026_4 }).text);
  });
});
