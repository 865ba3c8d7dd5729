import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_1, REDACTION_RULES_2026_2 } from './rules.ts';
import type { RedactionContext } from './types.ts';

/**
 * Rule set 2026.2 (engine generation 3, issue 19): names and numbers the blind sets showed 2026.1
 * missed or hid wrongly. Sentences are made up; each asserts the exact published text, and where
 * 2026.1 read it otherwise, that 2026.1 still does (a text published under it keeps its characters).
 */
const run = (text: string, context?: RedactionContext) => redact(text, { rules: REDACTION_RULES_2026_2, ...(context ? { context } : {}) });
const pub = (text: string, context?: RedactionContext) => run(text, context).text;
const old = (text: string) => redact(text, { rules: REDACTION_RULES_2026_1 }).text;
const unsure = (text: string) => run(text).unconfirmed.map((u) => text.slice(u.start, u.end));
const ORG = '当事人：某某有限公司。';

describe('R-PUB-4 names under rule set 2026.2', () => {
  it('a name in quotes after a title, and a role or origin in brackets after a name', () => {
    expect(pub(`${ORG}广告中使用了患者“何秀英”的照片，何秀英本人表示从未同意。`)).toBe(
      `${ORG}广告中使用了患者“何某某”的照片，何某某本人表示从未同意。`,
    );
    expect(old(`${ORG}广告中使用了患者“何秀英”的照片。`)).toContain('何秀英');
    expect(pub(`${ORG}本局接到路海英（举报人）电话举报。`)).toBe(`${ORG}本局接到路某某（举报人）电话举报。`);
    expect(pub(`${ORG}对副总经理黎卓男（香港居民）进行询问。`)).toBe(`${ORG}对副总经理黎某某（香港居民）进行询问。`);
  });

  it('Tibetan, Mongolian and Japanese names, and foreign names before their nationality', () => {
    expect(pub(`${ORG}发货方联系人格桑卓玛称装载量由当事人确定，同车人员扎西证实。`)).toBe(
      `${ORG}发货方联系人格某某称装载量由当事人确定，同车人员扎某某证实。`,
    );
    expect(pub(`${ORG}参演学生家长李桂香、拉毛措证实观众超员。由经营者之子敖日格乐通过微信收款。`)).toBe(
      `${ORG}参演学生家长李某某、拉某某证实观众超员。由经营者之子敖某某通过微信收款。`,
    );
    expect(pub(`${ORG}当事人总经理助理高桥理惠提交了情况说明。`)).toBe(`${ORG}当事人总经理助理高桥某某提交了情况说明。`);
    expect(pub(`${ORG}倒车时撞伤搬运工马哈茂德（巴基斯坦籍）。`)).toBe(`${ORG}倒车时撞伤搬运工马某某某（巴基斯坦籍）。`);
  });

  it("the 联系人, 经办人 or 负责人 of someone other than the party is a natural person; the party's stays public", () => {
    expect(pub(`${ORG}施工方负责人涂国亮称其受委托施工；食堂负责人周丽娟称未整改。`)).toBe(
      `${ORG}施工方负责人涂某某称其受委托施工；食堂负责人周某某称未整改。`,
    );
    expect(old(`${ORG}施工方负责人涂国亮称其受委托施工。`)).toContain('涂国亮');
    expect(pub('当事人：某某有限公司\n法定代表人：次仁多吉\n\n经查，次仁多吉组织游客前往未开放地区。')).toBe(
      '当事人：某某有限公司\n法定代表人：次仁多吉\n\n经查，次仁多吉组织游客前往未开放地区。',
    );
  });

  it('rarer surnames, the last of a counted list, the person one bought from, a title glued to a name', () => {
    expect(pub(`${ORG}投诉人纳小花投诉，实验员锁丽证实，歌手木子阳演出。`)).toBe(
      `${ORG}投诉人纳某某投诉，实验员锁某证实，歌手木某某演出。`,
    );
    expect(pub(`${ORG}学员黄丽萍、韦小燕、陆俊三人的学时记录与实际不符。`)).toBe(
      `${ORG}学员黄某某、韦某某、陆某三人的学时记录与实际不符。`,
    );
    expect(pub(`${ORG}当事人供述柴油系从贠小军处购进。`)).toBe(`${ORG}当事人供述柴油系从贠某某处购进。`);
    expect(pub(`${ORG}新入职的开料工赖德华、打磨工卢小燕等8人未体检。`)).toBe(`${ORG}新入职的开料工赖某某、打磨工卢某某等8人未体检。`);
    expect(pub(`${ORG}其经人介绍联系到一名自称“卢师傅”的男子。`)).toBe(`${ORG}其经人介绍联系到一名自称“卢某某”的男子。`);
  });

  it('a bare list of three or more names, glued and verb-made titles, dictionary names after a title, more surnames and name parts', () => {
    expect(pub(`${ORG}上述5人为某中学高一学生，分别为金子涵、朴敏浩、刘欣怡、吕思远和全一鸣，年龄均为15至16周岁。`)).toBe(
      `${ORG}上述5人为某中学高一学生，分别为金某某、朴某某、刘某某、吕某某和全某某，年龄均为15至16周岁。`,
    );
    expect(pub(`${ORG}经检定（检定员薛冬冬、核验员白雅琪），该秤加装作弊装置。未审核处方即向购药人邓思琪销售处方药。`)).toBe(
      `${ORG}经检定（检定员薛某某、核验员白某某），该秤加装作弊装置。未审核处方即向购药人邓某某销售处方药。`,
    );
    expect(pub(`${ORG}由学徒李俊（17岁）签收了文书。楼顶所在建筑业主方物业负责人包玉兰称未同意设置。`)).toBe(
      `${ORG}由学徒李某（17岁）签收了文书。楼顶所在建筑业主方物业负责人包某某称未同意设置。`,
    );
    expect(pub(`${ORG}上述货物系经营者从兰州个人何正贵处购进。本局接居民贺兰秋菊举报，执业药师税春燕不在岗。`)).toBe(
      `${ORG}上述货物系经营者从兰州个人何某某处购进。本局接居民贺兰某某举报，执业药师税某某不在岗。`,
    );
    expect(pub(`${ORG}施工人员乌力吉、胡和、苏德巴雅尔三人作业；另查，当事人的另一驾驶员才让东智此前亦有类似行为。`)).toBe(
      `${ORG}施工人员乌某某、胡某、苏某某三人作业；另查，当事人的另一驾驶员才某某此前亦有类似行为。`,
    );
    // an ordinary word the dictionary calls a name stays after a title: 投诉人陈述
    expect(pub(`${ORG}投诉人陈述，其于当日购买。`)).toBe(`${ORG}投诉人陈述，其于当日购买。`);
  });

  it("a name that is also an ordinary word is hidden as 请确认 after a title or in a list, and sure with a person's brackets", () => {
    const t = `${ORG}该住宅与邻居阎秀梅、付长河家相邻。当事人的朋友于海鸥负责带队。`;
    expect(pub(t)).toBe(`${ORG}该住宅与邻居阎某某、付某某家相邻。当事人的朋友于某某负责带队。`);
    expect(unsure(t)).toEqual(['付长河', '于海鸥']);
    expect(pub(`${ORG}投诉人于涛称其子于晨曦（4岁）在该园就读。`)).toBe(`${ORG}投诉人于某称其子于某某（4岁）在该园就读。`);
    expect(unsure(`${ORG}投诉人于涛称其子于晨曦（4岁）在该园就读。`)).toEqual([]);
    // ordinary words after a title stay: 站长曾交代, 同团游客, 网名为“阿豪代购”
    for (const s of ['站长曾交代“有检查的来就关上”。', '同团游客樊志强证实。', '系当事人从一名网名为“阿豪代购”的卖家处购进。'])
      expect(pub(`${ORG}${s}`)).not.toMatch(/曾某|同某|阿某/);
  });

  it("from the text alone: the officials' list, the party's registered name and the agency's duty mobile stay", () => {
    expect(pub('经查，本局执法队员沈国平、顾晓东巡查至余姚路403号，发现当事人占道经营。')).toBe(
      '经查，本局执法队员沈国平、顾晓东巡查至余姚路403号，发现当事人占道经营。',
    );
    expect(old('经查，本局执法队员沈国平、顾晓东巡查至余姚路403号。')).not.toContain('沈国平');
    expect(pub('当事人：天山区艾力烧烤店\n经营者：艾力·买买提\n\n经查，天山区艾力烧烤店在店外烧烤。')).toBe(
      '当事人：天山区艾力烧烤店\n经营者：艾某·买某\n\n经查，天山区艾力烧烤店在店外烧烤。',
    );
    const closing =
      '当事人：南宁某某运输有限公司\n法定代表人：韦某\n\n经查，当事人未按规定维护车辆。本局决定罚款人民币五千元。\n\n南宁市交通运输局\n2025年5月26日\n\n地址：南宁市青秀区竹溪大道111号　电话：0771-5512345　值班手机：13908901234';
    expect(pub(closing)).toContain('电话：0771-5512345　值班手机：13908901234');
    expect(pub('当事人：某某有限公司。证人手机：13908901234。')).toContain('139****1234');
  });

  it('numbers and dwellings in more shapes: a bare 资格证书编号, 位于X的三层住宅, 其位于X的出租房', () => {
    expect(pub(`${ORG}指派安全评价师巴特尔（一级安全评价师，资格证书编号：S011015000110192）担任项目负责人。`)).toContain(
      '资格证书编号：S*************92',
    );
    expect(pub('当事人：张三。当事人所有的位于馆陶县馆陶镇陶山街东段117号的三层住宅被改建。')).toContain('馆陶县***');
    expect(pub('当事人：张三。将其位于雁塔区枫林绿洲小区9号楼2单元1502室的出租房装修。')).not.toContain('1502室');
  });
});
