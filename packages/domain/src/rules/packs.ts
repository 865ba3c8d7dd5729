import type { LimitKey, RulePack, RuleLimit, ThresholdKey } from './rule-pack.ts';
import { citeLaw } from './citations.ts';

/** 国办发〔2018〕118号, the State Council's guidance on the three systems. */
const GUIDANCE = '《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》';
/** seeds/002: the implementation plan that sets 20 working days for updating, withdrawing and correcting published information (三（六）). */
const PUYANG_PLAN =
  '《濮阳市市场监督管理局全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案》（濮市监〔2019〕203号）第三部分第（六）项';

/** Limits that did not change between the packs. */
const common: Omit<
  Record<LimitKey, RuleLimit>,
  'penalty.decideAfterFiling' | 'penalty.hearingRequestWindow' | 'publication.withdraw' | 'delivery.publicNotice'
> = {
  'penalty.fileAfterClue': { days: 15, unit: 'working', name: '立案期限', basis: citeLaw('marketPenaltyProcedure', 18) },
  'penalty.fileExtension': { days: 15, unit: 'working', name: '延长立案期限', basis: citeLaw('marketPenaltyProcedure', 18) },
  'penalty.decideExtension': { days: 30, unit: 'natural', name: '延长办案期限', basis: citeLaw('marketPenaltyProcedure', 64) },
  'penalty.deliverAfterDecision': { days: 7, unit: 'working', name: '决定书送达期限', basis: citeLaw('penalty', 61) },
  'penalty.hearingNoticeBefore': { days: 7, unit: 'working', name: '听证通知提前期', basis: citeLaw('penalty', 64) },
  'penalty.preservationDispose': { days: 7, unit: 'working', name: '先行登记保存处理期限', basis: citeLaw('penalty', 56) },
  'penalty.payment': { days: 15, unit: 'natural', name: '缴纳罚款期限', basis: citeLaw('penalty', 67) },
  'penalty.simpleFiling': { days: 5, unit: 'working', name: '简易程序备案期限', basis: citeLaw('penalty', 52) },
  'review.legalReview': { days: 10, unit: 'working', name: '法制审核期限', basis: citeLaw('marketPenaltyProcedure', 59) },
  'coercion.measureDuration': { days: 30, unit: 'natural', name: '查封扣押期限', basis: citeLaw('coercion', 25) },
  'coercion.measureExtension': { days: 30, unit: 'natural', name: '查封扣押延长期限', basis: citeLaw('coercion', 25) },
  // 二十四小时: the engine counts days, so the report is due by the next calendar day — even a rest day
  'coercion.emergencyReport': {
    days: 1,
    unit: 'natural',
    rollOver: false,
    name: '当场实施后报告期限（二十四小时）',
    basis: citeLaw('coercion', 19),
  },
  'inspection.conclude': { days: 15, unit: 'working', name: '检查结论期限', basis: '本机关行政检查工作规定' },
  'license.acceptance': { days: 5, unit: 'working', name: '受理决定期限', basis: citeLaw('license', 32) },
  'license.decision': { days: 20, unit: 'working', name: '许可决定期限', basis: citeLaw('license', 42) },
  'license.decisionExtension': { days: 10, unit: 'working', name: '延长许可决定期限', basis: citeLaw('license', 42) },
  'license.deliver': { days: 10, unit: 'working', name: '许可证件送达期限', basis: citeLaw('license', 44) },
  'publication.penalty': { days: 7, unit: 'working', name: '行政处罚信息公示期限', basis: GUIDANCE },
  'publication.license': { days: 7, unit: 'working', name: '行政许可信息公示期限', basis: GUIDANCE },
  'publication.other': { days: 20, unit: 'working', name: '其他执法决定公示期限', basis: GUIDANCE },
  'lists.reflectChange': { days: 20, unit: 'working', name: '事前公开信息更新期限', basis: PUYANG_PLAN },
};

/**
 * 较大数额 for the right to a hearing (行政处罚法 §63(一)(二); 2017 text §42): the law leaves the amount
 * to others; 市场监管 sets 10,000 yuan for natural persons and 100,000 yuan for organisations, for
 * fines and for confiscation alike (听证办法 §5(三)(四); 以上 includes the amount). A province that sets
 * other amounts (§5 二款) gets a pack of its own with its basis.
 */
function hearingThresholds(basis: string): Pick<RulePack['thresholds'], ThresholdKey & `hearing.${string}`> {
  return {
    'hearing.fineMinPerson': { value: 10_000, name: '较大数额罚款（自然人）', basis },
    'hearing.fineMinOrg': { value: 100_000, name: '较大数额罚款（法人或者其他组织）', basis },
    'hearing.confiscationMinPerson': { value: 10_000, name: '较大数额没收（自然人）', basis },
    'hearing.confiscationMinOrg': { value: 100_000, name: '较大数额没收（法人或者其他组织）', basis },
  };
}

/**
 * 行政处罚法 (2017 text, in force until 2021-07-14): 简易程序 up to 50 / 1,000 yuan (§33),
 * hearing requested within 3 days (§42), no general decision period in the law itself
 * (the 市场监管 rule's 90 days applies).
 */
export const PACK_CF_2017: RulePack = {
  id: 'cf-2017',
  version: '2017.1',
  name: '行政处罚法（2017年修正）及配套规定',
  effectiveFrom: '2018-01-01',
  effectiveTo: '2021-07-14',
  limits: {
    ...common,
    'penalty.decideAfterFiling': {
      days: 90,
      unit: 'natural',
      name: '作出处罚决定期限',
      basis: citeLaw('marketPenaltyProcedure', 57, { edition: '2018' }),
    },
    'penalty.hearingRequestWindow': { days: 3, unit: 'working', name: '听证申请期限', basis: citeLaw('penalty', 42, { edition: '2017' }) },
    // 国办发〔2018〕118号 says only 及时 (promptly); the 20 working days are the seeds' plan's
    'publication.withdraw': { days: 20, unit: 'working', name: '撤回公示期限', basis: PUYANG_PLAN },
    // 民事诉讼法 (2017) §92: 公告送达 deemed received sixty days after the notice
    'delivery.publicNotice': {
      days: 60,
      unit: 'natural',
      name: '公告送达期间',
      basis: citeLaw('civilProcedure', 92, { edition: '2017年修正' }),
    },
  },
  thresholds: {
    'simple.fineMaxPerson': { value: 50, name: '简易程序罚款上限（公民）', basis: citeLaw('penalty', 33, { edition: '2017' }) },
    'simple.fineMaxOrg': { value: 1000, name: '简易程序罚款上限（法人或其他组织）', basis: citeLaw('penalty', 33, { edition: '2017' }) },
    'officers.min': { value: 2, name: '执法人员最少人数', basis: citeLaw('penalty', 37, { edition: '2017' }) },
    ...hearingThresholds(citeLaw('marketPenaltyHearing2018', { article: 5, paragraph: 1 })),
  },
  provisions: {
    'penalty.collectiveDiscussion': { name: '负责人集体讨论', basis: citeLaw('penalty', 38, { edition: '2017' }) },
    'penalty.hearing': { name: '听证程序', basis: citeLaw('penalty', 42, { edition: '2017' }) },
    // the 2017 text has no electronic delivery of its own: §40 delivers by the 民事诉讼法's rules
    'penalty.electronicDelivery': { name: '送达', basis: citeLaw('penalty', 40, { edition: '2017' }) },
  },
};

/** 行政处罚法 (2021 revision, in force from 2021-07-15). */
export const PACK_CF_2021: RulePack = {
  id: 'cf-2021',
  version: '2021.1',
  name: '行政处罚法（2021年修订）及配套规定',
  effectiveFrom: '2021-07-15',
  limits: {
    ...common,
    'penalty.decideAfterFiling': { days: 90, unit: 'natural', name: '作出处罚决定期限', basis: citeLaw('penalty', 60) },
    'penalty.hearingRequestWindow': { days: 5, unit: 'working', name: '听证申请期限', basis: citeLaw('penalty', 64) },
    'publication.withdraw': { days: 3, unit: 'working', name: '撤回公示期限', basis: citeLaw('penalty', 48) },
    // 民事诉讼法 (2021 and 2023) §95: thirty days (sixty until 2021-12-31; a case opened before then keeps this pack)
    'delivery.publicNotice': { days: 30, unit: 'natural', name: '公告送达期间', basis: citeLaw('civilProcedure', 95) },
  },
  thresholds: {
    'simple.fineMaxPerson': { value: 200, name: '简易程序罚款上限（公民）', basis: citeLaw('penalty', 51) },
    'simple.fineMaxOrg': { value: 3000, name: '简易程序罚款上限（法人或其他组织）', basis: citeLaw('penalty', 51) },
    'officers.min': { value: 2, name: '执法人员最少人数', basis: citeLaw('penalty', 42) },
    ...hearingThresholds(citeLaw('marketPenaltyHearing', { article: 5, paragraph: 1 })),
  },
  provisions: {
    'penalty.collectiveDiscussion': { name: '负责人集体讨论', basis: citeLaw('penalty', 57) },
    'penalty.hearing': { name: '听证程序', basis: citeLaw('penalty', 64) },
    'penalty.electronicDelivery': { name: '电子送达', basis: citeLaw('penalty', 61) },
  },
};

export const RULE_PACKS: readonly RulePack[] = [PACK_CF_2017, PACK_CF_2021];
