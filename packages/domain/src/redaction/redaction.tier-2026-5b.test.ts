import { describe, expect, it } from 'vitest';
import { hidden, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, second round (2026-12l read as a development set). General signals, each
 * checked here on invented text: names in Latin, Cyrillic and Hangul letters where a person stands, words of
 * address (群众耿大爷), rare surnames where a person stands for sure, a name written with a space, dwellings
 * told in more phrasings, an ID with its check character set apart; and what must stay: an organisation's
 * registered people on one line, however written, the agency's lines under and above its signature.
 */
describe('R-PUB-4 脱敏 2026.5, second round', () => {
  it('names in other letters where a person stands (one word too)', () => {
    expect(hidden('店长“Vivi”（真实姓名柯晓琳）在场。')).toEqual(expect.arrayContaining(['Vivi', '柯晓琳']));
    expect(hidden('顾客Natalia在等候。')).toContain('Natalia');
    expect(hidden('邻居Иван Смирнов在场见证。')).toContain('Иван Смирнов');
    expect(hidden('其韩文名字“박민수”印在名片上。')).toContain('박민수');
    expect(hidden("乘客周明远、陈佳欣、Sean O'Connor分别支付车费。")).toContain("Sean O'Connor");
    expect(hidden('店内使用KTV点歌系统。')).toEqual([]);
  });

  it('words of address and nicknames after a word for a person; rare surnames; a name with a space', () => {
    expect(hidden('路过群众齐大爷反映占道。')).toEqual(['齐大爷']);
    expect(hidden('货物从废品商“刘胖子”处收购。')).toEqual(['刘胖子']);
    expect(hidden('车间主任淦志明在场。')).toEqual(['淦志明']);
    expect(hidden('学员冉茂林、葛 芳、马小军分别缴费。')).toEqual(expect.arrayContaining(['冉茂林', '葛 芳']));
    expect(hidden('执法人员张 伟、李 强到场。')).toEqual([]);
    expect(hidden('另查明，罗志远曾用名罗二牛。')).toEqual(expect.arrayContaining(['罗二牛']));
  });

  it('an ID with its check character set apart; dwellings in more phrasings', () => {
    const id = '身份证号码11010519491231002 X';
    expect(old(id)).toBe(id);
    expect(hidden(id)).toEqual(['11010519491231002 X']);
    expect(hidden('搬运货物至褚大山家（山东省临沂市兰山区白沙埠镇前村三组）。')).toEqual(['山东省临沂市兰山区白沙埠镇前村三组']);
    expect(hidden('其女婿居住于济宁市任城区越河北路12号。')).toEqual(['济宁市任城区越河北路12号']);
    expect(hidden('现住：乌鲁木齐市天山区解放南路40号院（6号楼1402室）')).toEqual(['乌鲁木齐市天山区解放南路40号院（6号楼1402室）']);
  });

  it('an organisation’s registered people on one line, dotted or in Latin letters, stay public', () => {
    const text = [
      '当事人：某某餐饮管理有限公司',
      '统一社会信用代码：91441900MA56DL8Y2R',
      '法定代表人：Peter Weber（德国籍）　门店负责人：邝丽华',
      '',
      '经查，门店负责人邝丽华在场，Peter Weber未到场。',
    ].join('\n');
    expect(hidden(text, { party: { kind: 'org', name: '某某餐饮管理有限公司' } })).toEqual([]);
  });

  it('the agency’s lines between its name and the date, and after the remedies, stay public', () => {
    const a = '如不服，可申请行政复议。\n\n某市卫生健康局\n地址：某市人民路18号　电话：0433-2512041\n2026年7月30日';
    expect(hidden(a)).toEqual([]);
    const b = '如不服，可申请行政复议或者提起行政诉讼。\n\n联系电话：0871-65150312';
    expect(hidden(b)).toEqual([]);
  });
});
