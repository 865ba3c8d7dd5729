import type { TimeLimit } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';

/**
 * Legal parameters (time limits, thresholds) as versioned data with effective dates.
 * A case keeps the pack it was opened under (DOMAIN.md "Rules from the law").
 */
export type LimitKey =
  | 'penalty.fileAfterClue' // 立案: 15 working days from the clue (市场监管 rule)
  | 'penalty.fileExtension' // 市场监管 rule §18: +15 working days with the head's approval
  | 'delivery.publicNotice' // 公告送达: deemed received this long after the notice (民事诉讼法)
  | 'penalty.decideAfterFiling' // §60: 90 days from 立案
  | 'penalty.decideExtension' // 市场监管: +30 days with the head's approval
  | 'penalty.deliverAfterDecision' // §61: 7 (working) days
  | 'penalty.hearingRequestWindow' // §64: 5 (working) days from the notice
  | 'penalty.hearingNoticeBefore' // §64: notice 7 (working) days before the hearing
  | 'penalty.preservationDispose' // §56: 先行登记保存 dealt with in 7 (working) days
  | 'penalty.payment' // §67: 15 days
  | 'penalty.simpleFiling' // §52: simple-procedure decisions filed (备案); 5 working days by local rule
  | 'review.legalReview' // 市场监管: legal review within 10 working days
  | 'coercion.measureDuration' // 行政强制法 §25: 30 days
  | 'coercion.measureExtension' // 行政强制法 §25: +30 days
  | 'coercion.emergencyReport' // 行政强制法 §19: report an on-the-spot measure within 24 hours (kept as 1 day)
  | 'inspection.conclude' // 检查结论 within 15 working days (local rule)
  | 'license.acceptance' // 行政许可法 §32: decide on acceptance within 5 (working) days
  | 'license.decision' // 行政许可法 §42: 20 (working) days from acceptance
  | 'license.decisionExtension' // 行政许可法 §42: +10 (working) days with the head's approval
  | 'license.deliver' // 行政许可法 §44: 10 (working) days after the decision
  | 'publication.penalty' // R-PUB-3: 7 working days
  | 'publication.license' // R-PUB-3: 7 working days
  | 'publication.other' // R-PUB-3: 20 working days
  | 'publication.withdraw' // R-PUB-5: 3 working days (行政处罚法 2021 §48)
  | 'lists.reflectChange'; // R-PUB-1: 事前公开 lists updated within 20 working days of a change of law, organisation or staff

export type ThresholdKey =
  | 'simple.fineMaxPerson' // §51: 简易程序 fine limit, natural persons (yuan)
  | 'simple.fineMaxOrg' // §51: 简易程序 fine limit, organisations (yuan)
  | 'officers.min' // §42: at least two officers
  | 'hearing.fineMinPerson' // §63(一) 较大数额罚款, natural persons (yuan, inclusive)
  | 'hearing.fineMinOrg' // §63(一) 较大数额罚款, organisations (yuan, inclusive)
  | 'hearing.confiscationMinPerson' // §63(二) 没收较大数额违法所得/较大价值非法财物, natural persons (yuan, inclusive)
  | 'hearing.confiscationMinOrg'; // §63(二) the same, organisations (yuan, inclusive)

/** Provisions the product cites to people; their article numbers differ between editions of a law. */
export type ProvisionKey =
  | 'penalty.collectiveDiscussion' // 2021 §57 (2017 §38): 负责人集体讨论决定 for complex or serious cases
  | 'penalty.hearing' // 2021 §64 (2017 §42): the hearing, where the party 申辩 and 质证
  | 'penalty.electronicDelivery'; // 2021 §61: delivery by electronic means with the party's consent (2017 §40: per 民事诉讼法)

export interface RuleLimit extends TimeLimit {
  /** Chinese name shown to people, e.g. 作出处罚决定期限 */
  name: string;
  /** Legal basis, e.g. 《行政处罚法》第六十条 */
  basis: string;
}

export interface RulePack {
  id: string;
  version: string;
  name: string;
  /** first day the pack applies (inclusive, ISO date) */
  effectiveFrom: string;
  /** last day (inclusive), when superseded */
  effectiveTo?: string;
  limits: Record<LimitKey, RuleLimit>;
  thresholds: Record<ThresholdKey, { value: number; name: string; basis: string }>;
  provisions: Record<ProvisionKey, { name: string; basis: string }>;
}

/** The pack in force on a date; refuses a date no pack covers. */
export function rulePackInForce(packs: readonly RulePack[], date: string): RulePack {
  const candidates = packs
    .filter((p) => p.effectiveFrom <= date && (p.effectiveTo === undefined || date <= p.effectiveTo))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  const pack = candidates[0];
  if (!pack) {
    throw new DomainError('RULE_PACK_NOT_IN_FORCE', `${date} 没有生效的规则包`, { date });
  }
  return pack;
}

/** The citation of a provision as the pack's edition of the law numbers it, e.g. 《中华人民共和国行政处罚法》第五十七条. */
export function citeProvision(pack: RulePack, key: ProvisionKey): string {
  return pack.provisions[key].basis;
}

export function findRulePack(packs: readonly RulePack[], id: string): RulePack | undefined {
  return packs.find((p) => p.id === id);
}
