import { describe, expect, it } from 'vitest';
import { redact } from './engine.ts';
import { REDACTION_RULES_2026_4 } from './rules.ts';
import { hidden, unsure, old } from './redaction-test-helpers.ts';

/**
 * R-PUB-4, issue 19: rule set 2026.5, fifth round (Han names by role and count). General signals, each checked on
 * invented text: Han names after a role word with a modifier or a role noun of a trade, in traditional characters,
 * before an age in brackets, at the end of a list counted in persons; a licence number after 证书编号 in brackets, a fixed line after a mobile on
 * one line, a floor and a door in brackets after an address; and what must stay.
 */
describe('R-PUB-4 脱敏 2026.5, fifth round', () => {
  it('names after role words, with a modifier, in traditional characters', () => {
    expect(hidden('当晚由值班场控宋文涛、主播助理柏青负责。')).toContain('宋文涛');
    expect(hidden('检查时，诊所聘用的医师黃淑芬（台湾居民）正在接诊。')).toContain('黃淑芬');
    expect(hidden('现场前台韦秋萍，未查验顾客身份证件。')).toContain('韦秋萍');
  });

  it('a name before an age in brackets at the start of a clause (请确认 when the surname is rare)', () => {
    expect(hidden('顾客甲登记上网；卞海林（15岁）未登记。')).toContain('卞海林');
    expect(unsure('张某登记上网；玄志民（16岁）未登记。')).toContain('玄志民');
  });

  it('the last item of a list counted in persons', () => {
    expect(hidden('经核查，员工杜春燕、龚晓梅、覃丽三人均未持健康证明。')).toEqual(expect.arrayContaining(['杜春燕', '龚晓梅', '覃丽']));
    expect(hidden('当事人为Maria Santos、敖登其木格等6名顾客注射。')).toContain('敖登其木格');
    expect(hidden('参加讲座的王秀芝、王秀兰姐妹二人购买产品。')).toEqual(expect.arrayContaining(['王秀芝', '王秀兰']));
  });

  it('numbers and dwellings', () => {
    expect(hidden('当事人曾持有的乡村医生执业证书（证书编号：5102370981234）已注销。')).toContain('5102370981234');
    const block = '当事人：吕某，男\n住址：吉林省长春市南关区永吉街道民康路8-2号（3楼1门）\n联系电话：139 4312 7788　0431-8856231\n';
    expect(hidden(block)).toEqual(
      expect.arrayContaining(['吉林省长春市南关区永吉街道民康路8-2号（3楼1门）', '139 4312 7788', '0431-8856231']),
    );
  });

  it('what must stay: officials, labels; older rule sets unchanged', () => {
    expect(hidden('执法人员武振华、李晓东对当事人进行检查。')).toEqual([]);
    expect(hidden('性别：男　出生年月：1983年5月')).toEqual([]);
    expect(old('当晚由值班场控宋文涛负责。')).toBe(redact('当晚由值班场控宋文涛负责。', { rules: REDACTION_RULES_2026_4 }).text);
    expect(old('当事人曾持有的乡村医生执业证书（证书编号：5102370981234）已注销。')).toContain('5102370981234');
  });
});
