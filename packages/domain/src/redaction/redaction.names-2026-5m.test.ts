import { describe, expect, it } from 'vitest';
import { hidden, old } from './redaction-test-helpers.ts';
import { redact } from './engine.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, ninth round (readings at the wrong length, names beside names, numbers and
 * dwellings in more shapes). General signals, each checked on invented text: a name read with an adverb after it ends
 * before the adverb; 有 before a name after a word for a person is no surname; a minority name read short runs on over
 * the characters of such names; a surname and a word of address stands as a person; Latin names in a list with a sure
 * one, and the Chinese form in brackets after one; a plate with a trailer's or learner's letter after five characters;
 * a mobile with (+86) before it; a dwelling rented or lived in by its owner; and what must stay beside them.
 */
const PERSON = '当事人：申建国\n性别：男　出生年月：1979年3月\n身份证号码：220104197903121514\n';
const HEAD = ['申建国', '220104197903121514'];
/** As the frozen rule set 2026.4 publishes the texts of the first and third groups (the adverb and the characters read into names). */
const OLD_OUTPUT = [
  '同车乘客邝某甲、邝某甲之父邝某乙及其表姐温某亦证实上述情况。',
  '买某·艾某不服本决定，可以依法申请行政复议。',
  '车辆登记在其表哥巴某某毕力格名下，系借用。',
  '检查时，顾客及其同行的阿某某呷正在店外就餐。',
  '当晚该网吧另有收银员帕丽古丽一名在岗。',
];

describe('R-PUB-4 脱敏 2026.5, ninth round (issue 19)', () => {
  const tails = ['同车乘客邝晓梅、邝晓梅之父邝国栋及其表姐温佩亦证实上述情况。', '买买提·艾合买提如不服本决定，可以依法申请行政复议。'];
  it('a name read with the adverb after it ends before the adverb (亦证实, 如不服)', () => {
    expect(hidden(tails[0]!)).toEqual(['邝晓梅', '邝晓梅', '邝国栋', '温佩']);
    expect(hidden(tails[1]!)).toEqual(['买买提·艾合买提']);
    // a given name that is such a character stays whole where no adverb's phrase follows (李一如陈述)
    expect(hidden('驾驶员李一如陈述其不知情。')).toContain('李一如');
  });

  it('有 after a word for a person is no surname (学员有X、Y二人)', () => {
    expect(hidden('据查，接受培训的学员有邬晨、玉素甫·阿力木、欧阳雨彤三人。')).toEqual(['邬晨', '玉素甫·阿力木', '欧阳雨彤']);
  });

  const minority = [
    '车辆登记在其表哥巴图毕力格名下，系借用。',
    '检查时，顾客及其同行的阿苏木呷正在店外就餐。',
    '当晚该网吧另有收银员帕丽古丽一名在岗。',
  ];
  it('a minority name read short runs on to its end, forward and back', () => {
    expect(hidden(minority[0]!)).toEqual(['巴图毕力格']);
    expect(hidden(minority[1]!)).toEqual(['阿苏木呷']);
    expect(hidden(minority[2]!)).toContain('帕丽古丽');
    // never back over a word that ends where a name begins (本名X)
    expect(hidden('美容师Lulu（本名阮可儿）为顾客注射。')).toEqual(['Lulu', '阮可儿']);
  });

  it('a surname and a word of address standing as a word of its own is a person (同团的钟大爷、柯阿姨)', () => {
    expect(hidden('导游带领同团的钟大爷、柯阿姨进入购物店。')).toEqual(['钟大爷', '柯阿姨']);
    // a word of address that is an ordinary word stays (老大爷)
    expect(hidden('一名老大爷向执法人员反映情况。')).toEqual([]);
  });

  it('Latin names in a list with a sure one, and the Chinese form in brackets after one', () => {
    const t = '车上乘客有Kim Soyeon（护照号码M12345678）、Choi Jinho，另有游客Emma Clarke和Haruka Mori（森遥）同行。';
    const h = hidden(t);
    expect(h).toEqual(expect.arrayContaining(['Kim Soyeon', 'Choi Jinho', 'Emma Clarke', 'Haruka Mori', '森遥']));
    // a nationality or a country in brackets stays
    expect(hidden('游客Emma Clarke（英国籍）投诉。')).toEqual(['Emma Clarke']);
  });

  it('a plate with a trailer’s or a learner’s letter after five characters, whole; 学员 after a plate is no letter', () => {
    expect(hidden('车牌号为鲁B·K7281挂的半挂车')).toEqual(['鲁B·K7281挂']);
    expect(hidden('使用豫AZ6620学教练车进行培训')).toEqual(['豫AZ6620学']);
    expect(hidden('豫AZ6620学员陈述')).not.toContain('豫AZ6620学');
  });

  it('a mobile with (+86) before it is hidden with its code', () => {
    expect(hidden(`${PERSON}联系电话(+86)151 3344 7726。`)).toEqual([...HEAD, '(+86)151 3344 7726']);
    expect(redact(`${PERSON}联系电话（+86）15133447726。`).text).not.toContain('15133447726');
  });

  it('a dwelling rented or lived in by its owner is hidden (位于X的租住处, 位于X号的自住房)', () => {
    expect(hidden(`${PERSON}执法人员在当事人位于和平区南营门街道河沿路4-1-302的租住处查获假冒运动鞋40双。`)).toContain(
      '和平区南营门街道河沿路4-1-302',
    );
    expect(hidden(`${PERSON}另在其位于鼓楼区安泰街道三坊社区后街17号的自住房内存放烟花爆竹。`)).toContain('鼓楼区安泰街道三坊社区后街17号');
  });

  it("2026.4's output on these texts is unchanged", () => {
    expect([...tails, ...minority].map((t) => old(t))).toEqual(OLD_OUTPUT);
  });
});
