import { DomainError } from '../errors.ts';
import type { EnforcementKind } from '../procedures/types.ts';
import { addMonths } from './dates.ts';

/**
 * 提前停止公示 after 信用修复 where the sector provides it (R-PUB-5). 市场监管:《市场监督管理行政处罚信息公示规定》
 * §14 lets the party apply when the publication has reached the required time and it (一) has performed the
 * decision's obligations of its own accord, (二) has removed the harm and its ill effects, (三) has not been
 * punished again by 市场监管 for the same kind of violation and (四) is in neither the 经营异常名录 nor the
 * 严重违法失信名单; §14 三款 excludes 责令停产停业, 限制开展生产经营活动, 限制从业, 降低资质等级, 吊销许可证件
 * and 吊销营业执照. The time required is the 总局's (§14 二款): 《市场监督管理信用修复管理办法》§6 — six
 * months, one year in the 食品, 药品 and 特种设备 areas; a decision of 警告, 通报批评 or a 较低数额罚款 only
 * is not repaired, its own 公示期 (three months, §13) being the shortest.
 */
export interface EarlyStopConditions {
  /** months the record must have been public before it may stop */
  minimumMonths: number;
  /** a longer minimum in some areas, recognised in the decision's 处罚依据 and 违法行为类型 */
  longerMinimum: { months: number; areas: readonly { name: string; pattern: RegExp }[] };
  /** sanctions whose publication never stops early, found in the 处罚内容 */
  excludedSanctions: readonly { name: string; pattern: RegExp }[];
  basis: { time: string; conditions: string; excluded: string };
}

const MARKET_RULE = '《市场监督管理行政处罚信息公示规定》';
const REPAIR_RULE = '《市场监督管理信用修复管理办法》';

export const MARKET_EARLY_STOP: EarlyStopConditions = {
  minimumMonths: 6,
  longerMinimum: {
    months: 12,
    areas: [
      { name: '食品', pattern: /食品/ },
      { name: '药品', pattern: /药品|疫苗/ },
      { name: '特种设备', pattern: /特种设备/ },
    ],
  },
  excludedSanctions: [
    { name: '责令停产停业', pattern: /责令停产停业/ },
    { name: '限制开展生产经营活动', pattern: /限制开展生产经营活动/ },
    { name: '限制从业', pattern: /限制从业/ },
    { name: '降低资质等级', pattern: /降低资质等级/ },
    { name: '吊销营业执照', pattern: /吊销[^，。；、]*?营业执照/ },
    { name: '吊销许可证件', pattern: /吊销[^，。；、]*?(?:许可证|证书|证件)/ },
  ],
  basis: {
    time: `${MARKET_RULE}第十四条第二款，${REPAIR_RULE}第六条`,
    conditions: `${MARKET_RULE}第十四条第一款`,
    excluded: `${MARKET_RULE}第十四条第三款`,
  },
};

/** Each condition has a machine code; the refusal names the first unmet one and lists all. */
export type EarlyStopCondition =
  'penalty-only' | 'excluded-sanction' | 'short-period' | 'minimum-period' | 'performed' | 'no-repeat' | 'harm-removed' | 'not-listed';

export interface EarlyStopFacts {
  kind: EnforcementKind;
  /** the day the record was first published */
  publishedOn: string;
  today: string;
  /** 处罚内容 (CF_NR) as published */
  penalty: string;
  /** 处罚依据 (CF_YJ) and 违法行为类型 (CF_WFXW), where the area shows */
  legalBasis: string;
  /** the record's 公示期 is the short one of §13 (警告, 通报批评 or a 较低数额罚款 only) */
  shortPeriod: boolean;
  /** how the case record says the obligations were met: 自觉履行, 强制执行, none owed; null when not recorded yet */
  performance: 'paid' | 'enforced' | 'none' | null;
  /** 文号 of a later 行政处罚 of the same party for the same kind of violation on this platform, if any */
  repeatedBy: string | null;
  /** what the 公示管理员 confirms from the 信用修复 decision, which the platform cannot see itself */
  confirmed: { harmRemoved: boolean; notListed: boolean };
}

export interface EarlyStopRefusal {
  condition: EarlyStopCondition;
  message: string;
  basis: string;
}

const MONTHS_CN: Readonly<Record<number, string>> = { 3: '三个月', 6: '六个月', 12: '一年' };

/** The minimum time public before an early stop, by area (信用修复管理办法 §6). */
export function earlyStopMinimum(c: EarlyStopConditions, legalBasis: string): { months: number; area: string | null } {
  const area = c.longerMinimum.areas.find((a) => a.pattern.test(legalBasis));
  return area ? { months: c.longerMinimum.months, area: area.name } : { months: c.minimumMonths, area: null };
}

/** Every condition the record does not meet, in the order of the rule; empty when it may stop. */
export function earlyStopRefusals(c: EarlyStopConditions, f: EarlyStopFacts): EarlyStopRefusal[] {
  if (f.kind !== '行政处罚')
    return [{ condition: 'penalty-only', message: `提前停止公示只适用于行政处罚信息，${f.kind}决定不适用`, basis: c.basis.conditions }];
  const out: EarlyStopRefusal[] = [];
  const excluded = c.excludedSanctions.filter((s) => s.pattern.test(f.penalty)).map((s) => s.name);
  if (excluded.length)
    out.push({
      condition: 'excluded-sanction',
      message: `受到${excluded.join('、')}行政处罚的，不得提前停止公示`,
      basis: c.basis.excluded,
    });
  if (f.shortPeriod)
    out.push({
      condition: 'short-period',
      message: '仅受到警告、通报批评或者较低数额罚款的，公示期为三个月，届满自动停止公示，不适用提前停止公示',
      basis: c.basis.time,
    });
  const min = earlyStopMinimum(c, f.legalBasis);
  const from = addMonths(f.publishedOn, min.months);
  if (f.today < from)
    out.push({
      condition: 'minimum-period',
      message: `${min.area ? `${min.area}领域` : ''}行政处罚信息须公示满${MONTHS_CN[min.months] ?? `${min.months}个月`}方可提前停止公示（自${f.publishedOn}起，${from}起可以停止）`,
      basis: c.basis.time,
    });
  if (f.performance !== 'paid' && f.performance !== 'none')
    out.push({
      condition: 'performed',
      message:
        f.performance === 'enforced'
          ? '案件记录显示行政处罚决定经申请强制执行，不属于已经自觉履行行政处罚决定中规定的义务'
          : '案件记录中没有当事人自觉履行行政处罚决定中规定义务的执行记录',
      basis: c.basis.conditions,
    });
  if (f.repeatedBy)
    out.push({
      condition: 'no-repeat',
      message: `当事人因同一类违法行为再次受到行政处罚（${f.repeatedBy}）`,
      basis: c.basis.conditions,
    });
  if (!f.confirmed.harmRemoved)
    out.push({ condition: 'harm-removed', message: '须确认当事人已经主动消除危害后果和不良影响', basis: c.basis.conditions });
  if (!f.confirmed.notListed)
    out.push({ condition: 'not-listed', message: '须确认当事人未在经营异常名录和严重违法失信名单中', basis: c.basis.conditions });
  return out;
}

/** Refuses an early stop whose conditions are not all met, naming the first and listing every one (HTTP 409). */
export function assertEarlyStopConditions(c: EarlyStopConditions, f: EarlyStopFacts): void {
  const refusals = earlyStopRefusals(c, f);
  const first = refusals[0];
  if (!first) return;
  throw new DomainError('PUBLICATION_STATE', `不符合提前停止公示的条件：${refusals.map((r) => r.message).join('；')}`, {
    condition: first.condition,
    basis: first.basis,
    unmet: refusals.map((r) => ({ condition: r.condition, message: r.message, basis: r.basis })),
  });
}
