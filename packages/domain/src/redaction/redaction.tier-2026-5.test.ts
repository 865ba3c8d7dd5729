import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { DEFAULT_REDACTION_RULES, REDACTION_RULES_2026_4, REDACTION_RULES_2026_5, ruleSetByVersion } from './rules.ts';

const unsure = (text: string, r: ReturnType<typeof redact>) => r.unconfirmed.map((u) => text.slice(u.start, u.end));
const old = (text: string) => redact(text, { rules: REDACTION_RULES_2026_4 }).text;

/**
 * R-PUB-4, issue 19: rule set 2026.5 (engine generation 6) reads a name from its own characters where a person
 * stands for sure (after a word for a person, in a list, after 真名/本名), however the recogniser splits it;
 * nicknames and stage names after the words that introduce them; traditional surname characters; Yi family
 * names; a few more shapes of mobiles and dwellings. Never over the officials or an organisation's name.
 */
describe('R-PUB-4 脱敏 2026.5: names where a person stands for sure (请确认)', () => {
  it('2026.5 is the default and recorded as engine generation 6; 2026.4 stays available', () => {
    expect(DEFAULT_REDACTION_RULES).toBe(REDACTION_RULES_2026_5);
    expect(REDACTION_RULES_2026_5.engine).toBe(6);
    expect(ruleSetByVersion('2026.4')).toBe(REDACTION_RULES_2026_4);
  });

  it('a name the recogniser glues to the verb after it is read whole after a word for a person (技术员苗晓宇称)', () => {
    const text = '经查，维保单位技术员苗晓宇称其已于上月巡检。';
    expect(old(text)).toBe('经查，维保单位技术员苗某宇称其已于上月巡检。');
    expect(redact(text).text).toBe('经查，维保单位技术员苗某某称其已于上月巡检。');
  });

  it('nicknames after the words that introduce them, a name after 真实姓名, a traditional surname: 请确认', () => {
    const a = '另有帮工“小燕”在门外招揽顾客，货源系从绰号“黑豆”的男子处购进。';
    expect(old(a)).toBe(a);
    const ra = redact(a);
    expect(ra.text).toBe('另有帮工“小某”在门外招揽顾客，货源系从绰号“黑某”的男子处购进。');
    // (eighth round of 2026.5: a quoted 小X after a word for a person — 帮工“小燕” — is a sure name, still hidden)
    expect(unsure(a, ra)).toEqual(['黑豆']);
    const b = '现场清扫由工人蔡老四（真实姓名蔡茂根）负责。';
    expect(unsure(b, redact(b))).toEqual(['蔡茂根']);
    const c = '本局接到游客陳雅婷（持港澳居民来往内地通行证）投诉。';
    expect(old(c)).toBe(c);
    expect(redact(c).text).toBe('本局接到游客陳某某（持港澳居民来往内地通行证）投诉。');
    const d = '注射操作者自称“Kiki老师”。';
    expect(unsure(d, redact(d))).toEqual(['Kiki']);
  });

  it('a Yi name by its family name (车主吉克木呷), a mobile written digit by digit, a dwelling after 暂住地', () => {
    expect(redact('车主吉克木呷（该车挂靠当事人经营）电话安排。').text).toBe('车主吉某某某（该车挂靠当事人经营）电话安排。');
    expect(redact('联系电话：1 5 8 2 7 3 6 4 1 9 0').text).toBe('联系电话：1 5 8 * * * * 4 1 9 0');
    // two fixed lines with a space between: both, so that redacting the published text changes nothing
    expect(redact('0310-7221234 0310-7221235').text).toBe('0310-******* 0310-*******');
    expect(redact('0310-7221234 0310-7221235', { rules: REDACTION_RULES_2026_4 }).text).toBe('0310-******* 0310-7221235');
    const e = '当事人：邱国栋，男，暂住地：成都市武侯区簇桥街道锦城社区三组12号。';
    expect(old(e)).toContain('锦城社区三组12号');
    expect(redact(e).text).toBe('当事人：邱某某，男，暂住地：成都市武侯区***。');
  });

  it('two dotted names joined by 及 are two names; a passport number in two groups; a list after a word for a person', () => {
    const a = '对艾山·买买提及依明江·吐尔逊的询问笔录，从帕尔哈提·托合提处购进。';
    // 2026.4 read one name across 及 and the words before and after the second
    expect(old(a)).toBe('对艾某·买某·吐某的询问笔录，从某·托某购进。');
    expect(redact(a).text).toBe('对艾某·买某及依某·吐某的询问笔录，从帕某·托某处购进。');
    expect(redact('乐手Anna Petrova（俄罗斯籍，护照号码75 4821936）').text).toBe('乐手A*** P******（俄罗斯籍，护照号码** *****36）');
    const b = '酒吧调酒师聂波、服务员胡思雨、甘露证实了上述演出情况。';
    expect(old(b)).toContain('甘露');
    expect(unsure(b, redact(b))).toEqual(['甘露']);
  });

  it('the officials listed from the text alone and an organisation named after its kind stay', () => {
    const text = '本局执法人员杜明远、閤丽娟对当事人进行检查。物业公司成都锦城物业服务有限公司项目经理出具了情况说明。';
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.unconfirmed).toEqual([]);
  });
});
