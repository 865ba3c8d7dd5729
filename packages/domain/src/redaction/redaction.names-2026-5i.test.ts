import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_4 } from './rules.ts';
import { hidden, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, seventh round (lists, roles and dotted names read broadly). General signals,
 * each checked on invented text: the other item of a list beside a found name read to its clean end (no Chinese
 * surname, a nickname, a word of address), a name after a word for a person read to a bracket or a digit, a dotted
 * name's first part after a word for a person and its last part before an ordinary word or a little word, a
 * nickname before brackets that give the real name, a Latin name in brackets after a Hangul name or before a
 * contact, an ID number in any grouping; and what must stay beside them.
 */
describe('R-PUB-4 脱敏 2026.5, seventh round (issue 19)', () => {
  const both = (t: string) => [...hidden(t)];

  it('list propagation: the other item beside a found name, however it is written', () => {
    expect(both('现场服务员包春梅、阿拉坦呼和收拾了货架。')).toContain('阿拉坦呼和');
    expect(both('教练员承认收取了学员赵雨萱、次仁央宗各300元。')).toContain('次仁央宗');
    expect(both('另有村民曹婆婆、孙老六证实当事人长期行医。')).toContain('曹婆婆');
    // (what stays: a word for a person, an organisation, a thing beside a name)
    const t = '经营者周海涛、店员及顾客均在场；周海涛和物业公司签订了合同。';
    expect(both(t)).not.toContain('店员');
    expect(both(t)).not.toContain('物业公司');
  });

  it('a name after a word for a person, read to a bracket or a digit', () => {
    expect(both('车间主任助理巴雅尔图门（蒙古族）陪同检查。')).toContain('巴雅尔图门');
    expect(both('门诊部检验师次旺7月离职后无人顶岗。')).toContain('次旺');
    // (an official before a certificate number stays)
    expect(both('本局卫生监督员格桑旺堆（54010226002）检查时发现问题。')).not.toContain('格桑旺堆');
  });

  it("dotted names' ends: before an ordinary word or a little word", () => {
    const t = '驾驶员努尔艾合买提·吐尔洪道路运输从业资格证已过期；努尔艾合买提·吐尔洪则称不知情。';
    expect(both(t)).toContain('努尔艾合买提·吐尔洪');
    expect(both(t)).not.toContain('努尔艾合买提·吐尔洪道');
    expect(both(t)).not.toContain('努尔艾合买提·吐尔洪则');
  });

  it('a nickname before brackets that give the real name; Latin names in brackets and before a contact', () => {
    expect(both('现场有学徒小武子（真实姓名武子健，16周岁）在操作。')).toContain('小武子');
    expect(both('当事人雇用韩国籍人员이서연（Lee Seo-yeon，中文名李瑞妍）从事美容。')).toContain('Lee Seo-yeon');
    expect(both('当事人从Choi Jiwoo（微信号：jiwoo_k22）处进货。')).toContain('Choi Jiwoo');
  });

  it('an ID number in any grouping whose check character verifies', () => {
    expect(both('身份证号：110105 199003 071511，住北京市。')).toContain('110105 199003 071511');
    // (a number of the same shape with a wrong check character stays when nothing says it is an ID)
    expect(both('批次号 110105 199003 071512 的产品已召回。')).not.toContain('110105 199003 071512');
  });

  it('2026.4 output unchanged on these texts', () => {
    for (const t of [
      '现场服务员包春梅、阿拉坦呼和收拾了货架。',
      '车间主任助理巴雅尔图门（蒙古族）陪同检查。',
      '现场有学徒小武子（真实姓名武子健，16周岁）在操作。',
      '身份证号：110105 199003 071511，住北京市。',
    ])
      expect(old(t)).toBe(redact(t, { rules: REDACTION_RULES_2026_4 }).text);
  });
});
