import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { DEFAULT_REDACTION_RULES, REDACTION_RULES_2025_1 } from './rules.ts';
import type { ManualMark } from './types.ts';

/**
 * Rule set 2026.1's names (issue 19): the ways decisions introduce a person that 2025.1 missed.
 * Sentences are made up for these tests; each asserts the exact published text.
 */
const pub = (text: string, marks: ManualMark[] = []) => redact(text, { rules: DEFAULT_REDACTION_RULES, marks }).text;

describe('R-PUB-4 names under rule set 2026.1', () => {
  it('a name after any title, job or kinship word is hidden; 2025.1 did not know these titles', () => {
    const t = '经查，当事人雇用的喷漆工龚德胜在露天作业，执业药师邬春兰不在岗，项目经理阙海军到场。';
    expect(pub(t)).toBe('经查，当事人雇用的喷漆工龚某某在露天作业，执业药师邬某某不在岗，项目经理阙某某到场。');
    expect(redact(t, { rules: REDACTION_RULES_2025_1 }).text).toContain('邬春兰'); // the old set keeps its output
    expect(pub('其之子鲁小川（13岁）在店内，由其祖母冉桂英陪同，其表哥冉志伟的身份证被借用。')).toBe(
      '其之子鲁某某（13岁）在店内，由其祖母冉某甲陪同，其表哥冉某乙的身份证被借用。',
    );
  });

  it('bare lists counted as persons, customers with an age, names in quotes, the role after the name', () => {
    expect(pub('附近摊主韩秀梅、焦大勇二人目睹了倾倒过程。')).toBe('附近摊主韩某某、焦某某二人目睹了倾倒过程。');
    expect(pub('当事人向蒲晓雯（19岁，学生）销售电子烟。')).toBe('当事人向蒲某某（19岁，学生）销售电子烟。');
    expect(pub('乘客姓名为“宁思远”“柴可欣”。')).toBe('乘客姓名为“宁某某”“柴某某”。');
    expect(pub('2026年3月2日，谭美琳向本局投诉。')).toBe('2026年3月2日，谭某某向本局投诉。');
    expect(pub('执法人员对詹秋生进行询问，詹秋生系当事人的雇员。')).toBe('执法人员对詹某某进行询问，詹某某系当事人的雇员。');
    expect(pub('在场人员：祁玉兰，女，45岁。')).toBe('在场人员：祁某某，女，45岁。');
    expect(pub('以上事实有对邝建业、蓝晓静和戈志鹏的询问笔录为证。')).toBe('以上事实有对邝某某、蓝某某和戈某某的询问笔录为证。');
  });

  it('compound and rare surnames; a name beside officials is hidden and the officials stay', () => {
    expect(pub('投诉人欧阳晓东、夏侯惇与阎振华到场。')).toBe('投诉人欧阳某某、夏侯某与阎某某到场。');
    expect(pub('执法人员李明、王芳与证人邰小红到场。')).toBe('执法人员李明、王芳与证人邰某某到场。');
  });

  it('an official title keeps only its own list: a phone number later in the sentence is hidden (2025.1 kept it)', () => {
    const t = '执法人员王五、赵六于2026年3月2日检查，当场拨打13912345678。';
    expect(pub(t)).toBe('执法人员王五、赵六于2026年3月2日检查，当场拨打139****5678。');
    expect(redact(t, { rules: REDACTION_RULES_2025_1 }).text).toBe(t);
    expect(pub('承办人：李明（13043301001）　审核人：陈静（13043301005）')).toBe(
      '承办人：李明（13043301001）　审核人：陈静（13043301005）',
    );
  });

  it('every occurrence of a hidden name is hidden; two different names that mask alike are numbered 甲/乙', () => {
    expect(pub('当事人：滕建国，男，1970年生。经查，滕建国于2026年3月销售。证人滕建华证实。滕建国承认。')).toBe(
      '当事人：滕某甲，男，1970年生。经查，滕某甲于2026年3月销售。证人滕某乙证实。滕某甲承认。',
    );
  });

  it('dictionary words after a role are no names; the 字号 with the operator given name and the 法定代表人 stay', () => {
    expect(pub('你单位员工宿舍设在车间楼上，系经营者安排。')).toBe('你单位员工宿舍设在车间楼上，系经营者安排。');
    const shop = '当事人：淮川市清河区建华副食店（个体工商户）\n经营者：王建华，男\n经查，建华副食店销售过期食品。';
    expect(pub(shop)).toBe('当事人：淮川市清河区建华副食店（个体工商户）\n经营者：王某某，男\n经查，建华副食店销售过期食品。');
    const company =
      '当事人：淮川市鸿运化工有限公司\n统一社会信用代码：91320802MA1XK3T56Q\n法定代表人：马华安\n经查，法定代表人马华安同意后支付。';
    expect(pub(company)).toBe(company);
  });

  it('a name seen only before a verb is 请确认: hidden until a recorded decision, which covers every occurrence', () => {
    const t = '经查，巩立新称该批货物系其代为保管。巩立新另称不知情。';
    const r = redact(t);
    expect(r.text).toBe('经查，巩某某称该批货物系其代为保管。巩某某另称不知情。');
    expect(r.unconfirmed.map((x) => t.slice(x.start, x.end))).toEqual(['巩立新', '巩立新']);
    expect(r.unconfirmed.every((x) => x.uncertain)).toBe(true);

    const at = t.indexOf('巩立新');
    const hidden = redact(t, { marks: [{ start: at, end: at + 3, reason: '确认为个人信息', confirm: 'hide' }] });
    expect(hidden.text).toBe(r.text);
    expect(hidden.unconfirmed).toEqual([]);
    expect(hidden.redactions.every((x) => x.confirmed === 'hide')).toBe(true);

    const published = redact(t, { marks: [{ start: at, end: at + 3, reason: '系化名，已公开', confirm: 'publish' }] });
    expect(published.text).toBe(t);
    expect(published.kept.map((k) => k.why)).toContain('公示管理员确认公开：系化名，已公开');

    // a decision where nothing is uncertain is refused, and so is one under a rule set without 请确认
    expect(() => redact(t, { marks: [{ start: 0, end: 2, reason: 'x', confirm: 'publish' }] })).toThrow(/不是待确认的内容/);
    expect(() => redact(t, { rules: REDACTION_RULES_2025_1, marks: [{ start: at, end: at + 3, reason: 'x', confirm: 'hide' }] })).toThrow(
      /没有待确认的内容/,
    );
  });
});
