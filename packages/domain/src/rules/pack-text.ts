import { chineseNumeral } from './citations.ts';
import type { RuleLimit, RulePack } from './rule-pack.ts';

/**
 * Legal prose built from a rule pack, so a number the pack holds is never written a second time
 * by hand (and changes with the pack a case is handled under).
 */

/** A day count as the law writes it: 7 → 七日 (the limit's unit says whether they are working days, §85). */
export function daysInWords(limit: Pick<RuleLimit, 'days'>): string {
  return `${chineseNumeral(limit.days)}日`;
}

/** 简易程序's scope as the pack's edition of 行政处罚法 states it (2021 §51: 二百元 / 三千元; 2017 §33: 五十元 / 一千元). */
export function simpleProcedureScope(pack: RulePack): string {
  const person = chineseNumeral(pack.thresholds['simple.fineMaxPerson'].value);
  const org = chineseNumeral(pack.thresholds['simple.fineMaxOrg'].value);
  return `违法事实确凿并有法定依据，对公民处${person}元以下、对法人或者其他组织处${org}元以下罚款或者警告的，可以当场作出行政处罚决定。`;
}
