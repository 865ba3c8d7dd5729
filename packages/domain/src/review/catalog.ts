import { DomainError } from '../errors.ts';
import type { EnforcementKind } from '../procedures/types.ts';
import { ENFORCEMENT_KINDS } from '../procedures/types.ts';

/**
 * 重大执法决定法制审核目录清单 (R-REV-1): each agency's rules, as data, over what a case proposes.
 * The catalog is versioned; a proposal keeps the version it was judged under, and which rules fired.
 */

/** 行政处罚的种类 (行政处罚法 §9) and the 行政强制/许可 measures a proposal may carry. */
export const SANCTIONS = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '查封',
  '扣押',
  '不予许可',
] as const;
export type Sanction = (typeof SANCTIONS)[number];

/** 裁量阶次: the grades a 裁量基准 sets ranges for, mildest first. */
export const DISCRETION_GRADES = ['不予处罚', '减轻处罚', '从轻处罚', '一般处罚', '从重处罚'] as const;
export type DiscretionGrade = (typeof DISCRETION_GRADES)[number];

/** Flags the handler sets on a proposal; each names what the seeds call it. */
export const CASE_FLAGS = {
  publicInterest: '涉及重大公共利益',
  socialImpact: '可能造成重大社会影响或引发社会风险',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  foreign: '涉外或者涉港澳台',
} as const;
export type CaseFlag = keyof typeof CASE_FLAGS;

/** The amounts a rule can look at: 涉案金额, 罚款, 没收违法所得. */
export const AMOUNT_FACETS = { caseAmount: '涉案金额', fine: '罚款金额', confiscation: '没收违法所得金额' } as const;
export type AmountFacet = keyof typeof AMOUNT_FACETS;

export type CatalogCondition =
  /** every decision of these procedures (e.g. 一般程序 行政处罚: penalty-general) */
  | { type: 'procedure'; procedures: readonly string[] }
  /** every decision of these 执法行为类别 (e.g. 行政强制) */
  | { type: 'kind'; kinds: readonly EnforcementKind[] }
  /** an amount at or above a threshold; `person` is the threshold for natural persons when it differs (较大数额罚款) */
  | { type: 'amountAtLeast'; facet: AmountFacet; org: number; person?: number }
  /** one of these sanctions is proposed (吊销许可证照, 责令停产停业 …) */
  | { type: 'sanction'; sanctions: readonly Sanction[] }
  /** a hearing (听证) was held in the case */
  | { type: 'hearingHeld' }
  /** the handler flagged the case so */
  | { type: 'flag'; flag: CaseFlag };

export interface CatalogRule {
  id: string;
  /** as published, e.g. 较大数额罚款 */
  name: string;
  condition: CatalogCondition;
  basis: string;
  /**
   * 情节复杂或者重大违法行为: the decision is also taken by the heads' 集体讨论 (行政处罚法 §57 二款),
   * after the review passed
   */
  collective?: boolean;
}

export interface ReviewSettings {
  /** 审核期限 in working days */
  reviewDays: number;
  /** reminder this many working days before the review is due */
  remindDays: number;
  /** after this many rounds returned with problems, the case goes to 集体讨论 */
  maxRounds: number;
  /**
   * The provision (a local regulation or rule, cited as 《…》第…条) that lets a 集体讨论 decide as
   * proposed although the legal review did not pass. Unset (the national law, 行政处罚法 §58:
   * 未经法制审核或者审核未通过的，不得作出决定): a 集体讨论 after a failed review sends the proposal
   * back for revision or to a further review round, never to the decision.
   */
  overrideBasis?: string | null;
}

export interface ReviewCatalog {
  rules: readonly CatalogRule[];
  settings: ReviewSettings;
}

/** What the catalog looks at: a proposal's facets plus what the case record says. */
export interface CatalogFacts {
  procedure: string;
  kind: EnforcementKind;
  partyKind: 'person' | 'org';
  amounts: Partial<Record<AmountFacet, number | null>>;
  sanctions: readonly Sanction[];
  hearingHeld: boolean;
  flags: Partial<Record<CaseFlag, boolean>>;
}

export interface FiredRule {
  id: string;
  name: string;
  basis: string;
  /** why it fired, for people */
  why: string;
}

export interface CatalogEvaluation {
  required: boolean;
  fired: FiredRule[];
  /** a fired rule marks the case for 集体讨论 (行政处罚法 §57 二款); absent in evaluations made before it existed */
  collectiveRequired?: boolean;
}

/** R-REV-1: every 一般程序 行政处罚 decision is reviewed; no catalog may drop this rule. */
export const MANDATORY_RULE_ID = 'penalty-general';

const MANDATORY_RULE: CatalogRule = {
  id: MANDATORY_RULE_ID,
  name: '适用普通程序作出的行政处罚决定',
  condition: { type: 'procedure', procedures: ['penalty-general'] },
  basis: '《中华人民共和国行政处罚法》第五十八条；本机关重大执法决定法制审核制度',
};

/** The catalog an agency starts with: what §58 and the provincial plans name. */
export const DEFAULT_REVIEW_CATALOG: ReviewCatalog = {
  rules: [
    MANDATORY_RULE,
    {
      id: 'large-fine',
      name: '较大数额罚款',
      condition: { type: 'amountAtLeast', facet: 'fine', org: 50000, person: 5000 },
      basis: '《中华人民共和国行政处罚法》第六十三条；省级较大数额罚款标准',
    },
    {
      id: 'large-confiscation',
      name: '没收较大数额违法所得、非法财物',
      condition: { type: 'amountAtLeast', facet: 'confiscation', org: 50000, person: 5000 },
      basis: '《中华人民共和国行政处罚法》第六十三条',
    },
    {
      id: 'large-case-amount',
      name: '涉案金额较大',
      condition: { type: 'amountAtLeast', facet: 'caseAmount', org: 100000 },
      basis: '本机关重大执法决定法制审核目录清单',
    },
    {
      id: 'severe-sanction',
      name: '吊销许可证件、责令停产停业、责令关闭、限制从业',
      condition: { type: 'sanction', sanctions: ['吊销许可证件', '降低资质等级', '责令停产停业', '责令关闭', '限制从业'] },
      basis: '《中华人民共和国行政处罚法》第五十七条第二款、第六十三条',
      collective: true,
    },
    {
      id: 'hearing',
      name: '经过听证程序作出的决定',
      condition: { type: 'hearingHeld' },
      basis: '《中华人民共和国行政处罚法》第五十八条第一款第（一）项',
    },
    {
      id: 'public-interest',
      name: CASE_FLAGS.publicInterest,
      condition: { type: 'flag', flag: 'publicInterest' },
      basis: '《中华人民共和国行政处罚法》第五十八条第一款第（一）项',
    },
    {
      id: 'social-impact',
      name: CASE_FLAGS.socialImpact,
      condition: { type: 'flag', flag: 'socialImpact' },
      basis: '《中华人民共和国行政处罚法》第五十八条第一款第（一）项',
    },
    {
      id: 'complex',
      name: CASE_FLAGS.complex,
      condition: { type: 'flag', flag: 'complex' },
      basis: '《中华人民共和国行政处罚法》第五十七条第二款、第五十八条第一款第（二）项',
      collective: true,
    },
    {
      id: 'coercion',
      name: '查封、扣押等行政强制措施决定',
      condition: { type: 'kind', kinds: ['行政强制'] },
      basis: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》',
    },
  ],
  settings: { reviewDays: 10, remindDays: 2, maxRounds: 2 },
};

function yuan(n: number): string {
  return `${n.toLocaleString('zh-CN')} 元`;
}

function describe(rule: CatalogRule, f: CatalogFacts): string | null {
  const c = rule.condition;
  switch (c.type) {
    case 'procedure':
      return c.procedures.includes(f.procedure) ? `本案适用「${rule.name}」` : null;
    case 'kind':
      return c.kinds.includes(f.kind) ? `本案为${f.kind}` : null;
    case 'amountAtLeast': {
      const v = f.amounts[c.facet];
      const limit = f.partyKind === 'person' && c.person !== undefined ? c.person : c.org;
      return typeof v === 'number' && v >= limit ? `${AMOUNT_FACETS[c.facet]} ${yuan(v)}，达到 ${yuan(limit)}` : null;
    }
    case 'sanction': {
      const hit = f.sanctions.filter((s) => c.sanctions.includes(s));
      return hit.length ? `拟${hit.join('、')}` : null;
    }
    case 'hearingHeld':
      return f.hearingHeld ? '本案举行了听证' : null;
    case 'flag':
      return f.flags[c.flag] === true ? `承办人标明：${CASE_FLAGS[c.flag]}` : null;
  }
}

/** Which rules fire for these facts; review is required when any does (R-REV-1). */
export function evaluateCatalog(catalog: ReviewCatalog, facts: CatalogFacts): CatalogEvaluation {
  const fired: FiredRule[] = [];
  let collectiveRequired = false;
  for (const rule of catalog.rules) {
    const why = describe(rule, facts);
    if (!why) continue;
    fired.push({ id: rule.id, name: rule.name, basis: rule.basis, why });
    if (rule.collective === true) collectiveRequired = true;
  }
  return { required: fired.length > 0, fired, collectiveRequired };
}

function positive(n: unknown): boolean {
  return typeof n === 'number' && Number.isFinite(n) && n > 0;
}

/** Problems of a catalog, in Chinese; a catalog with problems is refused whole. */
export function catalogProblems(catalog: ReviewCatalog): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (
    !catalog.rules.some(
      (r) =>
        r.id === MANDATORY_RULE_ID &&
        r.condition?.type === 'procedure' &&
        Array.isArray(r.condition.procedures) &&
        r.condition.procedures.includes('penalty-general'),
    )
  ) {
    problems.push(`不能删除规则「${MANDATORY_RULE.name}」（${MANDATORY_RULE_ID}）：一般程序行政处罚决定均须法制审核`);
  }
  catalog.rules.forEach((r, i) => {
    const at = `第 ${i + 1} 条规则「${r.name || r.id}」`;
    if (!/^[a-z0-9-]{1,40}$/.test(r.id)) problems.push(`${at}的编号只能由小写字母、数字和连字符组成`);
    if (ids.has(r.id)) problems.push(`${at}的编号「${r.id}」重复`);
    ids.add(r.id);
    if (!r.name?.trim()) problems.push(`${at}缺少名称`);
    if (!r.basis?.trim()) problems.push(`${at}缺少依据`);
    if (r.collective !== undefined && typeof r.collective !== 'boolean') problems.push(`${at}的“须集体讨论”只能为是或否`);
    const c = r.condition;
    const list = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
    if (!c || typeof c !== 'object') {
      problems.push(`${at}缺少条件`);
      return;
    }
    switch (c.type) {
      case 'procedure':
        if (!list(c.procedures)) problems.push(`${at}未列出执法程序`);
        break;
      case 'kind':
        if (!list(c.kinds) || c.kinds.some((k) => !ENFORCEMENT_KINDS.includes(k))) problems.push(`${at}的执法行为类别无效`);
        break;
      case 'amountAtLeast':
        if (typeof c.facet !== 'string' || !Object.hasOwn(AMOUNT_FACETS, c.facet)) problems.push(`${at}的金额项无效`);
        if (!positive(c.org) || (c.person !== undefined && !positive(c.person))) problems.push(`${at}的金额标准须大于 0`);
        break;
      case 'sanction':
        if (!list(c.sanctions) || c.sanctions.some((s) => !SANCTIONS.includes(s))) problems.push(`${at}的处罚种类无效`);
        break;
      case 'hearingHeld':
        break;
      case 'flag':
        if (typeof c.flag !== 'string' || !Object.hasOwn(CASE_FLAGS, c.flag)) problems.push(`${at}的情形标记无效`);
        break;
      default:
        problems.push(`${at}的条件类型无效`);
    }
  });
  const s = catalog.settings;
  if (!Number.isInteger(s?.reviewDays) || s.reviewDays < 1 || s.reviewDays > 30) problems.push('审核期限应为 1 至 30 个工作日');
  if (!Number.isInteger(s?.remindDays) || s.remindDays < 0 || s.remindDays >= s.reviewDays)
    problems.push('提醒天数应不少于 0 且少于审核期限');
  if (!Number.isInteger(s?.maxRounds) || s.maxRounds < 1 || s.maxRounds > 10) problems.push('退回轮次上限应为 1 至 10');
  if (typeof s?.overrideBasis === 'string' && s.overrideBasis.trim() !== '' && !/《[^》]+》.*第.+条/.test(s.overrideBasis))
    problems.push('允许集体讨论不采纳法制审核意见的依据须写明法规规章名称和条款（如《××省行政执法条例》第××条）');
  return problems;
}

export function assertCatalog(catalog: ReviewCatalog): ReviewCatalog {
  const problems = catalogProblems(catalog);
  if (problems.length)
    throw new DomainError('REVIEW_CATALOG_INVALID', `法制审核目录清单有 ${problems.length} 处问题：${problems[0]}`, { problems });
  return catalog;
}
