import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { EnforcementKind } from '../procedures/types.ts';
import { LONG_TERM, type PublicationDraft } from './build.ts';
import { NATIONAL_PUBLICATION_RULES, type PublicationRules } from './sector-rules.ts';
import { addDays, addMonths } from './dates.ts';

export { addDays, addMonths } from './dates.ts';

/**
 * Time rules of publication (R-PUB-3, R-PUB-5): by when a decision must be public, by when a
 * withdrawn one must come down or a wrong one be corrected, and how long it stays up (公示期).
 */

/**
 * R-PUB-3: 7 working days for 行政许可 and 行政处罚, 20 for the other decisions — the rule pack's national
 * limits; a sector's own limit for 行政处罚 (市场监管 公示规定 §9: 20 working days) applies only where it is the stricter.
 */
export function publicationDue(
  kind: EnforcementKind,
  decidedOn: string,
  pack: RulePack,
  calendar: WorkingCalendar,
  rules: Pick<PublicationRules, 'penaltyPublicationLimit'> = NATIONAL_PUBLICATION_RULES,
): { dueOn: string; limit: string; basis: string } {
  const key = kind === '行政处罚' ? 'publication.penalty' : kind === '行政许可' ? 'publication.license' : 'publication.other';
  // where the sector's rule and the national one differ, the stricter applies (DOMAIN R-PUB-5's
  // principle): a record on time under 国办发〔2018〕118号's 7 working days is on time under 公示规定 §9's 20
  const sector = kind === '行政处罚' ? rules.penaltyPublicationLimit : null;
  const national = pack.limits[key];
  const limit = sector && calendar.dueDate(decidedOn, sector) < calendar.dueDate(decidedOn, national) ? sector : national;
  return {
    dueOn: calendar.dueDate(decidedOn, limit),
    limit: `${limit.days}个${limit.unit === 'working' ? '工作日' : '日'}`,
    basis: limit.basis,
  };
}

/**
 * R-PUB-5: a decision 撤销, 确认违法 or ordered re-made comes down within 3 working days for 行政处罚
 * (行政处罚法 2021 §48, the stricter rule), within 20 working days otherwise.
 */
export function withdrawalDue(kind: EnforcementKind, groundOn: string, pack: RulePack, calendar: WorkingCalendar): string {
  const limit = kind === '行政处罚' ? pack.limits['publication.withdraw'] : pack.limits['publication.other'];
  return calendar.dueDate(groundOn, limit);
}

/** R-PUB-5: inaccurate information is corrected within 20 working days of being found. */
export function correctionDue(foundOn: string, pack: RulePack, calendar: WorkingCalendar): string {
  return calendar.dueDate(foundOn, pack.limits['publication.other']);
}

/**
 * Why a published decision comes down: 行政处罚法 §48 二款 (依法变更、撤销、确认违法或者确认无效; 市场监管
 * 公示规定 §11 the same), and 国办发〔2018〕118号 (撤销、确认违法或者要求重新作出).
 */
export const WITHDRAWAL_GROUNDS = {
  revoked: '被撤销',
  changed: '被依法变更',
  'confirmed-illegal': '被确认违法',
  'confirmed-void': '被确认无效',
  'ordered-remade': '被责令重新作出',
  'revoked-by-agency': '本机关依法撤销',
} as const;
export type WithdrawalGround = keyof typeof WITHDRAWAL_GROUNDS;

/**
 * 公示期 (R-PUB-5, 市场监管 rule): 3 months for 警告 / 通报批评 or a 较低数额罚款, 3 years otherwise;
 * 较低数额 is below the amounts that open a hearing (自然人 10,000 yuan, 组织 100,000 yuan).
 */
export const PUBLICATION_PERIODS = {
  shortMonths: 3,
  longMonths: 36,
  smallFinePerson: 10_000,
  smallFineOrg: 100_000,
  basis: '《市场监督管理行政处罚信息公示规定》第十三条；《市场监督管理行政处罚听证办法》第五条',
} as const;

/**
 * The last day a publication stays up (公示截止期), counted from the day it was first published;
 * where the sector's rules say so (市场监管 公示规定 §13), a 限制期 longer than that keeps it up for the
 * 限制期, counted from the same day.
 */
export function publicUntil(
  draft: Pick<PublicationDraft, 'kind' | 'sanctionWeight' | 'fields'>,
  partyKind: 'person' | 'org',
  publishedOn: string,
  rules: Pick<PublicationRules, 'restrictionSetsPeriod'> = NATIONAL_PUBLICATION_RULES,
): { until: string; period: string } {
  const restriction = draft.kind === '行政处罚' ? (draft.sanctionWeight.restrictionDays ?? null) : null;
  if (restriction && rules.restrictionSetsPeriod.value) {
    const byPenalty = publicUntil(draft, partyKind, publishedOn, NATIONAL_PUBLICATION_RULES);
    const byRestriction = addDays(publishedOn, restriction);
    if (byRestriction > byPenalty.until) return { until: byRestriction, period: `限制期${restriction}日` };
    return byPenalty;
  }
  if (draft.kind === '行政处罚') {
    const small = partyKind === 'person' ? PUBLICATION_PERIODS.smallFinePerson : PUBLICATION_PERIODS.smallFineOrg;
    const short =
      draft.sanctionWeight.warningOnly ||
      (draft.sanctionWeight.fine > 0 &&
        draft.sanctionWeight.fine < small &&
        !/没收|暂扣|吊销|停产|关闭|限制/.test(draft.fields['CF_CFLB'] ?? ''));
    const months = short ? PUBLICATION_PERIODS.shortMonths : PUBLICATION_PERIODS.longMonths;
    return { until: addMonths(publishedOn, months), period: short ? '3个月' : '3年' };
  }
  if (draft.kind === '行政许可') {
    const validTo = draft.fields['XK_YXQZI'];
    if (validTo && validTo !== LONG_TERM && /^\d{4}-\d{2}-\d{2}$/.test(validTo) && validTo > publishedOn)
      return { until: validTo, period: '许可有效期内' };
  }
  return { until: addMonths(publishedOn, PUBLICATION_PERIODS.longMonths), period: '3年' };
}
