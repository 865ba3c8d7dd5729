import type { WorkingCalendar } from '../calendar/calendar.ts';
import { RULE_PACKS } from '../rules/packs.ts';
import { rulePackInForce, type RulePack } from '../rules/rule-pack.ts';

/**
 * R-PUB-1: a change of law, organisation or staff that took effect on `changedOn` must be reflected
 * in the 事前公开 lists by the returned day — the limit of the rule pack in force on the day of the
 * change (20 working days in the seeds' plans).
 */
export function listUpdateDue(changedOn: string, calendar: WorkingCalendar, packs: readonly RulePack[] = RULE_PACKS): string {
  return calendar.dueDate(changedOn, rulePackInForce(packs, changedOn).limits['lists.reflectChange']);
}
