import { DomainError } from '../errors.ts';
import type { RuleLimit } from '../rules/rule-pack.ts';
import { earlyStopRefusals, earlyStopMinimum, type EarlyStopCondition, type EarlyStopFacts } from './early-stop.ts';
import { addMonths } from './dates.ts';
import { publicationRulesFor, type PublicationRules } from './sector-rules.ts';

/**
 * 信用修复 online (issue 22 point 2): the party applies to end the publication of a 行政处罚 early,
 * where its sector's rules allow it; the agency decides within its limit. The rules are data per
 * sector, each with its provision. 市场监管: 《市场监督管理行政处罚信息公示规定》(总局令第45号) §14
 * (conditions, excluded penalties) and 《市场监督管理信用修复管理办法》(总局令第41号) (time public,
 * materials, the decision's limit) — the conditions themselves are those of `early-stop.ts`, shared
 * with the 公示管理员's own stop, so an application and a stop can never disagree.
 *
 * Article numbers of the 信用修复管理办法 other than §6 (already cited by early-stop.ts) could not be
 * checked against the text here (the seeds do not carry it): the basis of the materials and of the
 * decision's limit names the 办法 and what it says, not an article number.
 */
export interface CreditRepairRules {
  id: string;
  name: string;
  /** the publication rules this applies to (the sector's, found by the case's 执法领域) */
  publicationRules: string;
  /** whether a party may apply at all, and why not */
  allowed: { value: boolean; basis: string; reason: string | null };
  /** what the application must carry (申请书, 信用承诺书, evidence of performance and 整改) */
  materials: readonly { name: string; basis: string }[];
  /** the 信用承诺书 the party accepts */
  commitment: { text: string; basis: string };
  /** the agency's limit for deciding, from the day the application is received */
  decisionLimit: RuleLimit | null;
}

const REPAIR_RULE = '《市场监督管理信用修复管理办法》';
const MARKET_RULE = '《市场监督管理行政处罚信息公示规定》';

/** Sectors without a provision: no application, and the party is told so. */
export const NO_CREDIT_REPAIR: CreditRepairRules = {
  id: 'none',
  name: '国家规定（行政处罚法、国办发〔2018〕118号）',
  publicationRules: 'national',
  allowed: {
    value: false,
    basis: '',
    reason: '本领域的公示规定没有信用修复后提前停止公示的规定，行政处罚信息公示至公示期满；本领域有信用修复规定的，请向作出决定的机关咨询',
  },
  materials: [],
  commitment: { text: '', basis: '' },
  decisionLimit: null,
};

export const MARKET_CREDIT_REPAIR: CreditRepairRules = {
  id: 'market-2021',
  name: `${MARKET_RULE}、${REPAIR_RULE}`,
  publicationRules: 'market-2021',
  allowed: { value: true, basis: `${MARKET_RULE}第十四条`, reason: null },
  materials: [
    { name: '信用修复申请书（本页填写的申请理由）', basis: REPAIR_RULE },
    { name: '守信承诺书', basis: REPAIR_RULE },
    { name: '已经自觉履行行政处罚决定中规定义务的材料（如罚没款缴纳凭证）', basis: `${MARKET_RULE}第十四条第一款第（一）项` },
    { name: '已经主动消除危害后果和不良影响的材料（整改情况）', basis: `${MARKET_RULE}第十四条第一款第（二）项` },
  ],
  commitment: {
    text: '本单位（本人）承诺：所提交的材料真实、合法、有效；已经自觉履行行政处罚决定中规定的义务，已经主动消除危害后果和不良影响；今后严格遵守法律法规，诚信经营。如有虚假，愿意承担相应的法律责任，并同意撤销信用修复决定、恢复公示。',
    basis: REPAIR_RULE,
  },
  // 十五个工作日 from receipt of the application, as the 办法 sets for its decisions; the article
  // number is not cited because it could not be checked against the text (see the file's comment)
  decisionLimit: { days: 15, unit: 'working', name: '信用修复决定期限（自收到申请之日起十五个工作日）', basis: REPAIR_RULE },
};

const BY_PUBLICATION_RULES: Readonly<Record<string, CreditRepairRules>> = { 'market-2021': MARKET_CREDIT_REPAIR };

/** The 信用修复 rules of a case's 执法领域: the sector's own where its publication rules allow an early stop. */
export function creditRepairRulesFor(field: string): { repair: CreditRepairRules; publication: PublicationRules } {
  const publication = publicationRulesFor(field);
  const repair = publication.earlyStop.value ? (BY_PUBLICATION_RULES[publication.id] ?? NO_CREDIT_REPAIR) : NO_CREDIT_REPAIR;
  return { repair, publication };
}

/** The conditions the party's application is refused on at once: what the published record itself shows. */
export const APPLICATION_CONDITIONS: readonly EarlyStopCondition[] = [
  'penalty-only',
  'excluded-sanction',
  'short-period',
  'minimum-period',
];

export interface CreditRepairCheck {
  condition: EarlyStopCondition | 'not-allowed';
  message: string;
  basis: string;
}

export interface CreditRepairEligibility {
  eligible: boolean;
  /** why the application is refused (the record's own facts), in the order of the rule */
  refusals: CreditRepairCheck[];
  /** what the agency still verifies before it may grant (自觉履行, 再次处罚, 消除影响, 名单) */
  toVerify: CreditRepairCheck[];
  /** the first day the record may stop early (the minimum time public), when the sector sets one */
  from: string | null;
  minimum: { months: number; area: string | null; basis: string } | null;
}

/**
 * Whether the party may apply now: the sector must allow it; then the record's facts (kind,
 * sanctions, 公示期, time public) decide. The remaining conditions are the agency's to verify.
 */
export function creditRepairEligibility(
  rules: { repair: CreditRepairRules; publication: PublicationRules },
  facts: Omit<EarlyStopFacts, 'confirmed'> & { confirmed?: EarlyStopFacts['confirmed'] },
): CreditRepairEligibility {
  const { repair, publication } = rules;
  const conditions = publication.earlyStopConditions;
  if (!repair.allowed.value || !conditions)
    return {
      eligible: false,
      refusals: [
        { condition: 'not-allowed', message: repair.allowed.reason ?? NO_CREDIT_REPAIR.allowed.reason!, basis: repair.allowed.basis },
      ],
      toVerify: [],
      from: null,
      minimum: null,
    };
  const all = earlyStopRefusals(conditions, { ...facts, confirmed: facts.confirmed ?? { harmRemoved: false, notListed: false } });
  const refusals = all.filter((r) => APPLICATION_CONDITIONS.includes(r.condition));
  const toVerify = all.filter((r) => !APPLICATION_CONDITIONS.includes(r.condition));
  const min = earlyStopMinimum(conditions, facts.legalBasis);
  return {
    eligible: refusals.length === 0,
    refusals,
    toVerify,
    from: addMonths(facts.publishedOn, min.months),
    minimum: { ...min, basis: conditions.basis.time },
  };
}

/** Refuses an application the rules do not allow, naming the rule and its article (HTTP 409, nothing stored). */
export function assertCreditRepairEligible(e: CreditRepairEligibility): void {
  const first = e.refusals[0];
  if (!first) return;
  throw new DomainError(
    'CREDIT_REPAIR_REFUSED',
    `不能申请信用修复：${e.refusals.map((r) => `${r.message}${r.basis ? `（${r.basis}）` : ''}`).join('；')}`,
    { condition: first.condition, basis: first.basis, unmet: e.refusals },
  );
}

/** The states of an application: 待决定 → 准予（提前停止公示）/ 不予. */
export type CreditRepairState = 'pending' | 'granted' | 'refused';
export const CREDIT_REPAIR_STATE_NAMES: Readonly<Record<CreditRepairState, string>> = {
  pending: '待决定',
  granted: '准予信用修复，已停止公示',
  refused: '不予信用修复',
};

/** Who decides: the agency's 公示管理员, who also ends the publication (lifecycle.ts: the stop is the publisher's act). */
export function assertCreditRepairDecider(roles: readonly string[]): void {
  if (!roles.includes('publisher')) throw new DomainError('FORBIDDEN_ROLE', '只有作出行政处罚决定的机关的公示管理员可以作出信用修复决定');
}
