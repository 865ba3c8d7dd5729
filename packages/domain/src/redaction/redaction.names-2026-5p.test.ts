import { describe, expect, it } from 'vitest';
import { hidden, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, twelfth round (names a character or two off at their ends, addresses read on
 * into the story or cut before their flat, dwellings in brackets and premises of one's own). General signals, each
 * checked on invented text, with what must stay.
 */
const texts = {
  verb: '据车间主任周文斌介绍，罗长贵系6月中旬通过同乡罗满秀介绍入职。',
  says: '危废管理员马晓倩称其1月起休产假。',
  compound: '店长孙晓光陈述，旅行社每带一团来店。',
  among: '超员乘客中有陶凤兰、陶子轩（陶凤兰之孙，8岁）等人。',
  surname: '现场有患者二人正在输液，分别为关玉兰（女，71岁）和吴占奎（男，66岁）。',
  given: '举报人富春华称，其父富永和2025年12月在当事人处输液后出现皮疹。',
  floor: '住址：山东省威海市环翠区竹岛街道海滨北路67号2单元（6层）601室\n联系电话：15963113275',
  bracket: '后经本局联系，宫德明（住威海市环翠区孙家疃街道西北山村118号）证实其交出了证书复印件。',
  act: '在当事人住所呼和浩特市新城区海拉尔东路锡林小区7号楼2单元502室进行检查，现场查获假冒商品。',
  premises: '在位于遵义市红花岗区深溪镇水洞村田坝组17号的当事人自家仓库内查获组合烟花148箱。',
  villageEnd: '存放在位于宣化区春光乡李家堡村西头的自家院子内。',
};

/** As the frozen rule set 2026.4 publishes the texts above. */
const OLD_OUTPUT = [
  '据车间主任周某某介绍，罗某甲系6月中旬通过同乡罗某乙介绍入职。',
  '危废管理员马某某称其1月起休产假。',
  '店长孙某某陈述，旅行社每带一团来店。',
  '超员乘客中有陶某甲、陶某乙（陶某甲之孙，8岁）等人。',
  '现场有患者二人正在输液，分别为关玉某（女，71岁）和吴某某（男，66岁）。',
  '举报人富某某称，其父富永和2025年12月在当事人处输液后出现皮疹。',
  '住址：山东省威海市环翠区***（6层）601室\n联系电话：159****3275',
  '后经本局联系，宫某某（住威海市环翠区孙家疃街道西北山村118号）证实其交出了证书复印件。',
  '在当事人住所呼和浩特市新城区***，现场查获假冒商品。',
  '在位于遵义市红花岗区深溪镇水洞村田坝组17号的当事人自家仓库内查获组合烟花148箱。',
  '存放在位于宣化区春光乡李家堡村西头的自家院子内。',
];

describe('R-PUB-4 脱敏 2026.5, twelfth round (issue 19)', () => {
  it('a name a character or two off at its ends: 系/称其 after it, a word for a person or 中有 before it', () => {
    expect(hidden(texts.verb)).toEqual(['周文斌', '罗长贵', '罗满秀']);
    expect(hidden(texts.says)).toEqual(['马晓倩']);
    expect(hidden(texts.compound)).toEqual(['孙晓光']);
    expect(hidden(texts.among)).toEqual(['陶凤兰', '陶子轩', '陶凤兰']);
  });

  it('the surname before a given name read alone, and a given name’s last character before a number, belong to the name', () => {
    expect(hidden(texts.surname)).toEqual(['关玉兰', '吴占奎']);
    expect(hidden(texts.given)).toEqual(['富春华', '富永和']);
    // never a little word (交由X) nor a place's or a thing's end (高铁站)
    expect(hidden('该批货物交由金星物流公司承运。')).not.toContain('由金星');
  });

  it('addresses: the flat after a floor in brackets, 住 in brackets after a name, an address read on into the story', () => {
    expect(hidden(texts.floor)).toContain('山东省威海市环翠区竹岛街道海滨北路67号2单元（6层）601室');
    expect(hidden(texts.bracket)).toContain('威海市环翠区孙家疃街道西北山村118号');
    expect(hidden(texts.act)).toContain('呼和浩特市新城区海拉尔东路锡林小区7号楼2单元502室');
  });

  it('premises of one’s own: 的当事人自家仓库, a village’s end (…村西头)', () => {
    expect(hidden(texts.premises)).toEqual(['遵义市红花岗区深溪镇水洞村田坝组17号']);
    expect(hidden(texts.villageEnd)).toEqual(['宣化区春光乡李家堡村西头']);
  });

  it("2026.4's output on these texts is unchanged", () => {
    expect(Object.values(texts).map((t) => old(t))).toEqual(OLD_OUTPUT);
  });
});
