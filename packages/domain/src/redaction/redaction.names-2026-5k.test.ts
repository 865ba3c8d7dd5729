import { describe, expect, it } from 'vitest';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, eighth round (names' ends and starts, titles and nicknames). General signals,
 * each checked on invented text: a dotted name ends before a count of persons or a function character; a reading after
 * a word for a person begins at the surname, not at an adverb, a verb or the word for a person; locatives, 家 "home",
 * a verb and its result, drugs and job words are no names; a quoted nickname after a word for a person is a name,
 * whole; a name after a word for a person before a little word, a count or a verb of contact; and what must stay.
 */
describe('R-PUB-4 脱敏 2026.5, eighth round (issue 19)', () => {
  it('a dotted name ends before a count of persons or a function character', () => {
    expect(hidden('经查，当事人热依汗古丽·阿不力孜自2025年6月起在该处经营。')).toContain('热依汗古丽·阿不力孜');
    expect(hidden('收银员孙丽萍、迪丽拜尔·艾尔肯二人未持健康证明。')).toEqual(['孙丽萍', '迪丽拜尔·艾尔肯']);
    // (阿布都 is part of the name, not the adverb 都)
    expect(hidden('同团游客米吉提·阿布都热依木作证。')).toEqual(['米吉提·阿布都热依木']);
  });

  it('a name after a word for a person begins at its surname', () => {
    const t = '街坊都叫林海峰“阿峰”，其店名也由此而来。';
    expect(hidden(t)).toContain('林海峰');
    expect(hidden(t)).not.toContain('都叫');
    expect(hidden('本局接到当事人邻居鲁大爷反映，称楼道堆放杂物。')).toEqual(['鲁大爷']);
  });

  it('words that are no names: locatives, home, a verb and its result, drugs', () => {
    expect(hidden('店里现有美甲师柯雨桐、卢思琪及店内称为“小鱼”的学徒共3人。')).toEqual(expect.arrayContaining(['柯雨桐', '卢思琪']));
    expect(hidden('店里现有美甲师柯雨桐、卢思琪及店内称为“小鱼”的学徒共3人。').join()).not.toContain('店内');
    expect(hidden('家长称，孩子放学后去同学家写作业。')).toEqual([]);
    expect(hidden('经询问，两名装卸工均承认未按要求关好舱门。')).toEqual([]);
    expect(hidden('现场查获阿莫西林、甲硝唑等药品共计12种。')).toEqual([]);
  });

  it('a quoted nickname after a word for a person is a sure name, whole; a job word is none', () => {
    const t = '游客投诉称，其向当事人计调“小柯”提出异议。';
    expect(hidden(t)).toEqual(['小柯']);
    expect(unsure(t)).toEqual([]);
    expect(hidden('其经朋友“明山大叔”介绍入职。')).toEqual(['明山大叔']);
  });

  it('a name after a word for a person before a little word, a count or a verb of contact', () => {
    expect(hidden('邻居、哈尼族村民阿普者黑亦向执法人员反映。')).toContain('阿普者黑');
    expect(hidden('收银员施慧、保洁员甄秀兰二人均称不知情。')).toEqual(['施慧', '甄秀兰']);
    expect(hidden('演出由领班萨仁联系。')).toEqual(['萨仁']);
    expect(hidden('现场另有外籍工程师Ivan Petrov在机房内。')).toEqual(['Ivan Petrov']);
  });

  it('what must stay: officials, the party’s people unnamed; 2026.4 unchanged', () => {
    expect(hidden('执法人员程亮亦在场。')).toEqual([]);
    expect(hidden('当事人负责人称对此不知情。')).toEqual([]);
    expect(old('收银员孙丽萍、迪丽拜尔·艾尔肯二人未持健康证明。')).toBe('收银员孙某某、迪某·艾某未持健康证明。');
    expect(old('邻居、哈尼族村民阿普者黑亦向执法人员反映。')).toBe('邻居、哈尼族村民阿普者黑亦向执法人员反映。');
    expect(old('游客投诉称，其向当事人计调“小柯”提出异议。')).toBe('游客投诉称，其向当事人计调“小柯”提出异议。');
    expect(old('家长称，孩子放学后去同学家写作业。')).toBe('家长称，孩子放学后去同学家某作业。');
  });
});
