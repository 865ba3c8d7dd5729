import type { LimitKey, RulePack, RuleLimit } from './rule-pack.ts';

const CF = '《中华人民共和国行政处罚法》';
const QZ = '《中华人民共和国行政强制法》';
const XK = '《中华人民共和国行政许可法》';
const SJ = '《市场监督管理行政处罚程序规定》';

/** Limits that did not change between the packs. */
const common: Omit<Record<LimitKey, RuleLimit>, 'penalty.decideAfterFiling' | 'penalty.hearingRequestWindow' | 'publication.withdraw'> = {
  'penalty.fileAfterClue': { days: 15, unit: 'working', name: '立案期限', basis: `${SJ}第十八条` },
  'penalty.decideExtension': { days: 30, unit: 'natural', name: '延长办案期限', basis: `${SJ}第六十四条` },
  'penalty.deliverAfterDecision': { days: 7, unit: 'working', name: '决定书送达期限', basis: `${CF}第六十一条` },
  'penalty.hearingNoticeBefore': { days: 7, unit: 'working', name: '听证通知提前期', basis: `${CF}第六十四条` },
  'penalty.preservationDispose': { days: 7, unit: 'working', name: '先行登记保存处理期限', basis: `${CF}第五十六条` },
  'penalty.payment': { days: 15, unit: 'natural', name: '缴纳罚款期限', basis: `${CF}第六十七条` },
  'penalty.simpleFiling': { days: 5, unit: 'working', name: '简易程序备案期限', basis: `${CF}第五十二条` },
  'review.legalReview': { days: 10, unit: 'working', name: '法制审核期限', basis: `${SJ}第五十九条` },
  'coercion.measureDuration': { days: 30, unit: 'natural', name: '查封扣押期限', basis: `${QZ}第二十五条` },
  'coercion.measureExtension': { days: 30, unit: 'natural', name: '查封扣押延长期限', basis: `${QZ}第二十五条` },
  'coercion.handleAfterRelease': { days: 3, unit: 'working', name: '解除后退还财物期限', basis: `${QZ}第二十八条` },
  'inspection.conclude': { days: 15, unit: 'working', name: '检查结论期限', basis: '本机关行政检查工作规定' },
  'license.acceptance': { days: 5, unit: 'working', name: '受理决定期限', basis: `${XK}第三十二条` },
  'license.decision': { days: 20, unit: 'working', name: '许可决定期限', basis: `${XK}第四十二条` },
  'license.deliver': { days: 10, unit: 'working', name: '许可证件送达期限', basis: `${XK}第四十四条` },
  'publication.penalty': { days: 7, unit: 'working', name: '行政处罚信息公示期限', basis: '《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》' },
  'publication.license': { days: 7, unit: 'working', name: '行政许可信息公示期限', basis: '《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》' },
  'publication.other': { days: 20, unit: 'working', name: '其他执法决定公示期限', basis: '《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》' },
};

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
    'penalty.decideAfterFiling': { days: 90, unit: 'natural', name: '作出处罚决定期限', basis: '《市场监督管理行政处罚程序规定》（2018）第五十七条' },
    'penalty.hearingRequestWindow': { days: 3, unit: 'working', name: '听证申请期限', basis: `${CF}（2017）第四十二条` },
    'publication.withdraw': { days: 20, unit: 'working', name: '撤回公示期限', basis: '国办发〔2018〕118号' },
  },
  thresholds: {
    'simple.fineMaxPerson': { value: 50, name: '简易程序罚款上限（公民）', basis: `${CF}（2017）第三十三条` },
    'simple.fineMaxOrg': { value: 1000, name: '简易程序罚款上限（法人或其他组织）', basis: `${CF}（2017）第三十三条` },
    'officers.min': { value: 2, name: '执法人员最少人数', basis: `${CF}（2017）第三十七条` },
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
    'penalty.decideAfterFiling': { days: 90, unit: 'natural', name: '作出处罚决定期限', basis: `${CF}第六十条` },
    'penalty.hearingRequestWindow': { days: 5, unit: 'working', name: '听证申请期限', basis: `${CF}第六十四条` },
    'publication.withdraw': { days: 3, unit: 'working', name: '撤回公示期限', basis: `${CF}第四十八条` },
  },
  thresholds: {
    'simple.fineMaxPerson': { value: 200, name: '简易程序罚款上限（公民）', basis: `${CF}第五十一条` },
    'simple.fineMaxOrg': { value: 3000, name: '简易程序罚款上限（法人或其他组织）', basis: `${CF}第五十一条` },
    'officers.min': { value: 2, name: '执法人员最少人数', basis: `${CF}第四十二条` },
  },
};

export const RULE_PACKS: readonly RulePack[] = [PACK_CF_2017, PACK_CF_2021];
