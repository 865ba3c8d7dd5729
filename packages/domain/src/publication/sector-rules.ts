import { DomainError } from '../errors.ts';
import type { RuleLimit } from '../rules/rule-pack.ts';
import type { PublicationDraft } from './build.ts';
import { MARKET_EARLY_STOP, type EarlyStopConditions } from './early-stop.ts';

/**
 * Publication rules that differ by sector (issue 18 item 10), as data with their legal basis. The
 * default is the national rule (行政处罚法 §48, 国办发〔2018〕118号); a sector's own regulation
 * replaces a value only where it says something else. 市场监管: 《市场监督管理行政处罚信息公示规定》
 * (国家市场监督管理总局令第45号, in force from 2021-09-01).
 */
export interface PublicationRules {
  id: string;
  name: string;
  /** 执法领域 (the case's `field`) the rules apply to; empty for the national default */
  fields: readonly string[];
  /** a 行政处罚 of 警告 only (no other sanction) is published */
  warningOnlyPublished: { value: boolean; basis: string };
  /**
   * procedures whose 行政处罚 decisions the rule does not cover (市场监管 公示规定 §2: only decisions made
   * under the 普通程序 are published, so a 简易程序 decision is not); empty for the national default
   */
  unpublishedProcedures: { value: readonly string[]; basis: string };
  /**
   * the sector's own time limit for publishing a 行政处罚 decision, replacing the rule pack's
   * `publication.penalty` (市场监管 公示规定 §9: 二十个工作日); null: the pack's national limit
   */
  penaltyPublicationLimit: RuleLimit | null;
  /** a 限制开展生产经营活动 / 限制从业 longer than the 公示期 keeps the decision public for the 限制期 */
  restrictionSetsPeriod: { value: boolean; basis: string };
  /** 提前停止公示 after 信用修复: only where a provision allows it, named here */
  earlyStop: { value: boolean; basis: string };
  /** the conditions of that early stop, where the sector names them (市场监管: 公示规定 §14, 信用修复管理办法 §6) */
  earlyStopConditions: EarlyStopConditions | null;
  /** the sentence the 行政处罚决定书 carries to tell the party the decision will be published, when the sector requires one */
  decisionNotice: { text: string; basis: string } | null;
}

const MARKET_RULE = '《市场监督管理行政处罚信息公示规定》';

/** National default: 行政处罚法 §48 — every 行政处罚 决定 with a certain social impact is published; 警告 is no exception. */
export const NATIONAL_PUBLICATION_RULES: PublicationRules = {
  id: 'national',
  name: '国家规定（行政处罚法、国办发〔2018〕118号）',
  fields: [],
  warningOnlyPublished: { value: true, basis: '《中华人民共和国行政处罚法》第四十八条' },
  restrictionSetsPeriod: { value: false, basis: '' },
  unpublishedProcedures: { value: [], basis: '' },
  penaltyPublicationLimit: null,
  // neither 行政处罚法 nor 国办发〔2018〕118号 lets an agency end a publication early: a sector or
  // province that does gets rules of its own naming the provision
  earlyStop: { value: false, basis: '' },
  earlyStopConditions: null,
  decisionNotice: null,
};

/** 市场监管: the 总局's own publication rule. */
export const MARKET_PUBLICATION_RULES: PublicationRules = {
  id: 'market-2021',
  name: MARKET_RULE,
  fields: ['市场监管'],
  // §2: 仅受到警告行政处罚的不予公示
  warningOnlyPublished: { value: false, basis: `${MARKET_RULE}第二条` },
  // §2: 对适用普通程序作出行政处罚决定的相关信息……向社会公示 — a 简易程序 decision is outside the rule
  unpublishedProcedures: { value: ['penalty-simple'], basis: `${MARKET_RULE}第二条第一款` },
  // §9: 自作出行政处罚决定之日起二十个工作日内 (the party registered in the agency's province; §10's
  // hand-over to another province's agency is not modelled)
  penaltyPublicationLimit: { days: 20, unit: 'working', name: '行政处罚信息公示期限', basis: `${MARKET_RULE}第九条` },
  // §13: 通报批评 or a 较低数额罚款 3 months, others 3 years; a longer 限制期 is the 公示期
  restrictionSetsPeriod: { value: true, basis: `${MARKET_RULE}第十三条` },
  // §14: after 信用修复 the publication may stop early
  earlyStop: { value: true, basis: `${MARKET_RULE}第十四条` },
  earlyStopConditions: MARKET_EARLY_STOP,
  // §8: the 决定书 tells the party that the decision's information will be published
  decisionNotice: {
    text: '本行政处罚决定信息将依照《市场监督管理行政处罚信息公示规定》通过国家企业信用信息公示系统向社会公示。',
    basis: `${MARKET_RULE}第八条`,
  },
};

export const PUBLICATION_RULES: readonly PublicationRules[] = [MARKET_PUBLICATION_RULES];

/** The rules for a case's 执法领域: the sector's own where it has them, else the national default. */
export function publicationRulesFor(field: string): PublicationRules {
  return PUBLICATION_RULES.find((r) => r.fields.includes(field)) ?? NATIONAL_PUBLICATION_RULES;
}

/**
 * Whether a decision is published at all under its sector's rules, and why not: a 行政处罚 of
 * 警告 only is not, where the sector says so (市场监管 公示规定 §2).
 */
export function publicationRequired(
  draft: Pick<PublicationDraft, 'kind' | 'sanctionWeight' | 'procedureCode'>,
  rules: PublicationRules,
): { required: true } | { required: false; reason: string; basis: string } {
  if (draft.kind === '行政处罚' && rules.unpublishedProcedures.value.includes(draft.procedureCode)) {
    return {
      required: false,
      reason: '适用简易程序作出的行政处罚决定，不属于本领域公示规定的公示范围',
      basis: rules.unpublishedProcedures.basis,
    };
  }
  if (draft.kind === '行政处罚' && draft.sanctionWeight.onlyWarning && !rules.warningOnlyPublished.value) {
    return { required: false, reason: '仅受到警告行政处罚的，不予公示', basis: rules.warningOnlyPublished.basis };
  }
  return { required: true };
}

/**
 * Whether a published record may be stopped early after 信用修复 at all, before its conditions are
 * checked (what the publisher is offered): only where the sector's rules name a provision (市场监管:
 * 公示规定 §14) and only for 行政处罚 information, which is all that provision speaks of.
 */
export function earlyStopAvailability(
  kind: string,
  rules: PublicationRules,
): { allowed: true; basis: string; reason: null } | { allowed: false; basis: null; reason: string } {
  if (!rules.earlyStop.value)
    return { allowed: false, basis: null, reason: '本领域的公示规定没有信用修复后提前停止公示的规定，公示至公示期满' };
  if (kind !== '行政处罚') return { allowed: false, basis: null, reason: `提前停止公示只适用于行政处罚信息，${kind}决定公示至公示期满` };
  return { allowed: true, basis: rules.earlyStop.basis, reason: null };
}

/** 提前停止公示 is refused where the sector's rules name no provision for it (市场监管: 公示规定 §14). */
export function assertEarlyStopAllowed(rules: PublicationRules): void {
  if (!rules.earlyStop.value) {
    throw new DomainError('PUBLICATION_STATE', '本领域的公示规定没有信用修复后提前停止公示的规定，公示期满前不能提前停止公示', {
      rules: rules.id,
    });
  }
}
