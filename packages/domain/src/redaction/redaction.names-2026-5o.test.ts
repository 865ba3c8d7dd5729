import { describe, expect, it } from 'vitest';
import { hidden, old, unsure } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, eleventh round (names written with a space, names read with a word too many,
 * names continued in other letters, numbers with their code or label in other shapes, dwellings said to be one's own,
 * and an organisation addressed by its name). General signals, each checked on invented text, with what must stay.
 */
const texts = {
  spaced: '巡查时发现，帮工龙阿妹、服务员岑 娟正在人行道上为食客烤制食品。',
  spacedVerb: '原定驾驶员陈 光临时请假，公司未核实。',
  conjunction: '执法人员对当事人和格桑卓玛、边巴进行了询问。',
  and: '参加演出的有其朋友包金花、苏日娜及自称“北北”的男青年。',
  verb: '6月10日因休假由同事阚秀云代班，交接时未核对到期日。阚秀云证实其代班。',
  hyphen: '随团游客陶 然、Chen Wei-Ling（台湾居民）投诉。',
  kana: '其中日本籍游客高桥由美、小林さくら等11人。',
  code: '联系电话：(+86)186 0821 7734　028-84716523',
  passport: '驾驶员（俄罗斯籍，持75 4418603号护照）也在该路段。',
  licence: '其《医师执业证书》（证书编码：110630100061742）注册的执业地点为某医院。',
  own: '本局接群众反映：位于天河区车陂街道东圃大马路38号的自家住宅楼顶有人搭建铁皮房。',
  group: '货物存放于其位于船营区欢喜乡腰屯村四社的自家院子内。',
  addressed:
    '唐山宏基特钢有限公司：\n统一社会信用代码：91130230MA07T2D68R\n地址：河北省唐山市丰南区沿海工业区钢城路9号\n法定代表人：毕振江\n环保负责人：那仁格日勒\n\n我局于2026年2月27日对你公司进行现场检查。',
};

/** As the frozen rule set 2026.4 publishes the texts above. */
const OLD_OUTPUT = [
  '巡查时发现，帮工龙某某、服务员岑 娟正在人行道上为食客烤制食品。',
  '原定驾驶员陈 光临时请假，公司未核实。',
  '执法人员对当事人和某某某某、边巴进行了询问。',
  '参加演出的有其朋友包某某、苏某某及自称“北北”的男青年。',
  '6月10日因休假由同事阚某某代班，交接时未核对到期日。阚某某证实其代班。',
  '随团游客陶 然、Chen Wei-Ling（台湾居民）投诉。',
  '其中日本籍游客高桥某某、小林さくら等11人。',
  '联系电话：(+86)186 **** 7734　028-84716523',
  '驾驶员（俄罗斯籍，持75 4418603号护照）也在该路段。',
  '其《医师执业证书》（证书编码：110630100061742）注册的执业地点为某医院。',
  '本局接群众反映：位于天河区车陂街道东圃大马路38号的自家住***。',
  '货物存放于其位于船营区欢喜乡腰屯村四社的自家院子内。',
  '唐山宏基特钢有限公司：\n统一社会信用代码：91130230MA07T2D68R\n地址：河北省唐山市丰南区沿海工业区钢城路9号\n法定代表人：毕振江\n环保负责人：那某某日勒\n\n我局于2026年2月27日对你公司进行现场检查。',
];

describe('R-PUB-4 脱敏 2026.5, eleventh round (issue 19)', () => {
  it('a name written with a space right after a word for a person, whatever follows; officials’ spaced names stay', () => {
    expect(hidden(texts.spaced)).toEqual(['龙阿妹', '岑 娟']);
    expect(hidden(texts.spacedVerb)).toEqual(['陈 光']);
    expect(hidden('执法人员张 伟、李 强到场检查。')).toEqual([]);
    expect(hidden('行 政 处 罚 决 定 书')).toEqual([]);
  });

  it('a name read with a word too many: 和 before, 及 after, a verb after a name found', () => {
    expect(unsure(texts.conjunction)).toContain('格桑卓玛');
    expect(hidden(texts.conjunction)).not.toContain('和格桑卓玛');
    expect(hidden(texts.and)).toEqual(expect.arrayContaining(['包金花', '苏日娜']));
    expect(hidden(texts.and)).not.toContain('苏日娜及');
    expect(hidden(texts.verb)).toEqual(['阚秀云', '阚秀云']);
    // a Naxi name of 和 and two characters stays whole
    expect(hidden('经营者和阿妹称其不知情。')).not.toContain('阿妹');
  });

  it('a name continued in other letters: a hyphenated Latin given name, a Japanese given name in kana', () => {
    expect(hidden(texts.hyphen)).toEqual(['陶 然', 'Chen Wei-Ling']);
    expect(hidden(texts.kana)).toEqual(['高桥由美', '小林さくら']);
  });

  it('numbers: (+86) before a mobile followed by another number, a passport in two groups before 号护照, a licence after 《…》', () => {
    expect(hidden(texts.code)).toEqual(['(+86)186 0821 7734', '028-84716523']);
    expect(hidden(texts.passport)).toEqual(['75 4418603']);
    expect(hidden(texts.licence)).toEqual(['110630100061742']);
  });

  it('dwellings and premises said to be one’s own (自家) are a person’s, whoever the clause names first', () => {
    expect(hidden(texts.own)).toEqual(['天河区车陂街道东圃大马路38号']);
    expect(hidden(texts.group)).toEqual(['船营区欢喜乡腰屯村四社']);
  });

  it('an organisation addressed by its name on its own line: its registered heads stay, from the text alone', () => {
    expect(hidden(texts.addressed)).toEqual([]);
  });

  it("2026.4's output on these texts is unchanged", () => {
    expect(Object.values(texts).map((t) => old(t))).toEqual(OLD_OUTPUT);
  });
});
