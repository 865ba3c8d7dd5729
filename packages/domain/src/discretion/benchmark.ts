import { DomainError } from '../errors.ts';
import { DISCRETION_GRADES, SANCTIONS, type DiscretionGrade, type Sanction } from '../review/catalog.ts';
import type { DecisionProposal } from '../review/proposal.ts';

/**
 * 行政处罚裁量基准 (R-REV-10): for each violation an agency punishes, the articles it breaks and
 * is punished under, and for each circumstance grade (不予处罚 … 从重处罚) the range of the fine —
 * a fixed amount range, or a multiple of a base such as 货值金额 or 违法所得 — and the sanctions
 * that grade allows. A proposal outside the range of its grade is flagged and needs a written
 * reason, which the reviewer sees.
 */

export type FineRange =
  /** 罚款 from min to max yuan */
  | { kind: 'amount'; min: number; max: number }
  /** 罚款 from min to max times the base (货值金额, 违法所得 …) */
  | { kind: 'multiple'; min: number; max: number; base: string }
  /** no fine at this grade (不予处罚, or a grade that only warns) */
  | { kind: 'none' };

export interface BenchmarkGrade {
  grade: DiscretionGrade;
  /** the circumstances of this grade, as the benchmark words them */
  circumstances: string;
  fine: FineRange;
  /** sanctions this grade allows besides 罚款 (警告, 没收违法所得, 吊销许可证件 …) */
  sanctions: Sanction[];
}

export interface DiscretionBenchmark {
  /** stable code, e.g. food-expired-small; a proposal names it */
  id: string;
  /** 违法行为 */
  name: string;
  /** 违法依据: the article broken */
  violatedArticle: string;
  /** 处罚依据: the article punishing it */
  penaltyArticle: string;
  grades: BenchmarkGrade[];
}

export interface DiscretionBenchmarks {
  benchmarks: DiscretionBenchmark[];
}

const ID = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** Everything wrong with a set of benchmarks, for one clear refusal. */
export function benchmarkProblems(b: DiscretionBenchmarks): string[] {
  const out: string[] = [];
  if (!b || !Array.isArray(b.benchmarks)) return ['裁量基准格式不正确'];
  const ids = new Set<string>();
  for (const [i, v] of b.benchmarks.entries()) {
    const at = `第 ${i + 1} 项「${v?.name ?? ''}」`;
    if (!v || typeof v !== 'object') {
      out.push(`第 ${i + 1} 项格式不正确`);
      continue;
    }
    if (typeof v.id !== 'string' || !ID.test(v.id)) out.push(`${at}的代码应为 2–40 位小写字母、数字或连字符`);
    else if (ids.has(v.id)) out.push(`${at}的代码「${v.id}」重复`);
    else ids.add(v.id);
    if (typeof v.name !== 'string' || !v.name.trim()) out.push(`${at}缺少违法行为名称`);
    if (typeof v.violatedArticle !== 'string' || !v.violatedArticle.trim()) out.push(`${at}缺少违法依据`);
    if (typeof v.penaltyArticle !== 'string' || !v.penaltyArticle.trim()) out.push(`${at}缺少处罚依据`);
    if (!Array.isArray(v.grades) || v.grades.length === 0) {
      out.push(`${at}至少应有一个裁量阶次`);
      continue;
    }
    const seen = new Set<string>();
    for (const g of v.grades) {
      if (!DISCRETION_GRADES.includes(g?.grade)) {
        out.push(`${at}的裁量阶次应为：${DISCRETION_GRADES.join('、')}`);
        continue;
      }
      if (seen.has(g.grade)) out.push(`${at}的「${g.grade}」重复`);
      seen.add(g.grade);
      if (typeof g.circumstances !== 'string' || !g.circumstances.trim()) out.push(`${at}「${g.grade}」缺少适用情形`);
      if (!Array.isArray(g.sanctions) || g.sanctions.some((s) => !SANCTIONS.includes(s) || s === '罚款'))
        out.push(`${at}「${g.grade}」的其他处罚种类应为：${SANCTIONS.filter((s) => s !== '罚款').join('、')}`);
      const f = g.fine;
      if (!f || !['amount', 'multiple', 'none'].includes(f.kind)) out.push(`${at}「${g.grade}」的罚款幅度格式不正确`);
      else if (f.kind !== 'none') {
        if (!(Number.isFinite(f.min) && Number.isFinite(f.max) && f.min >= 0 && f.max >= f.min))
          out.push(`${at}「${g.grade}」的罚款幅度应为 0 ≤ 下限 ≤ 上限`);
        if (f.kind === 'multiple' && (typeof f.base !== 'string' || !f.base.trim()))
          out.push(`${at}「${g.grade}」按倍数计算时须写明计算基数（如货值金额）`);
      }
      if (g.grade === '不予处罚' && f && f.kind !== 'none') out.push(`${at}「不予处罚」不应有罚款幅度`);
    }
  }
  return out;
}

export function assertBenchmarks(b: DiscretionBenchmarks): void {
  const problems = benchmarkProblems(b);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', `裁量基准不符合要求：${problems.join('；')}`, { problems });
}

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

export function rangeText(f: FineRange): string {
  if (f.kind === 'none') return '不罚款';
  if (f.kind === 'amount') return f.min === f.max ? `罚款 ${yuan(f.min)}` : `罚款 ${yuan(f.min)}至 ${yuan(f.max)}`;
  return f.min === f.max ? `罚款${f.base} ${f.min} 倍` : `罚款${f.base} ${f.min} 倍至 ${f.max} 倍`;
}

/** The yuan range of a grade for a proposal (multiples need the base amount). */
function yuanRange(f: FineRange, base: number | null): { min: number; max: number } | null {
  if (f.kind === 'none') return { min: 0, max: 0 };
  if (f.kind === 'amount') return { min: f.min, max: f.max };
  return base === null ? null : { min: Math.round(f.min * base * 100) / 100, max: Math.round(f.max * base * 100) / 100 };
}

export interface DiscretionVerdictCore {
  violation: { id: string; name: string; violatedArticle: string; penaltyArticle: string };
  grade: DiscretionGrade | null;
  /** every grade with its circumstances and range, as shown to the handler */
  ranges: { grade: DiscretionGrade; circumstances: string; range: string; sanctions: Sanction[] }[];
  fine: number | null;
  inRange: boolean;
  /** outside the range: the handler must give a written reason, which the reviewer sees */
  reasonRequired: boolean;
  problems: string[];
  message: string;
}

/**
 * Judges a proposal against the benchmark of the violation it names: the fine within its grade's
 * range (or, with no grade named, within some grade's range), and its other sanctions allowed by
 * that grade.
 */
export function judgeProposal(b: DiscretionBenchmark, p: DecisionProposal): DiscretionVerdictCore {
  const fine = typeof p.decision['fineAmount'] === 'number' ? (p.decision['fineAmount'] as number) : null;
  const base = p.discretion?.baseAmount ?? null;
  const named = p.discretion?.grade ?? null;
  const others = p.sanctions.filter((s) => s !== '罚款');
  const problems: string[] = [];
  const fits = (g: BenchmarkGrade): string[] => {
    const out: string[] = [];
    const r = yuanRange(g.fine, base);
    if (r === null) out.push(`「${g.grade}」按${g.fine.kind === 'multiple' ? g.fine.base : '基数'}的倍数计算，须填写计算基数`);
    else if ((fine ?? 0) < r.min || (fine ?? 0) > r.max)
      out.push(
        `拟罚款 ${yuan(fine ?? 0)}不在「${g.grade}」的幅度内（${rangeText(g.fine)}${g.fine.kind === 'multiple' && r ? `，即 ${yuan(r.min)}至 ${yuan(r.max)}` : ''}）`,
      );
    const extra = others.filter((s) => !g.sanctions.includes(s));
    if (extra.length) out.push(`「${g.grade}」不适用${extra.join('、')}`);
    return out;
  };
  let grade: DiscretionGrade | null = named;
  if (named) {
    const g = b.grades.find((x) => x.grade === named);
    if (!g) problems.push(`本机关裁量基准对「${b.name}」未设「${named}」阶次`);
    else problems.push(...fits(g));
  } else {
    const g = b.grades.find((x) => fits(x).length === 0);
    if (g) grade = g.grade;
    else problems.push(`拟处罚不在「${b.name}」任何裁量阶次的幅度内`);
  }
  const inRange = problems.length === 0;
  return {
    violation: { id: b.id, name: b.name, violatedArticle: b.violatedArticle, penaltyArticle: b.penaltyArticle },
    grade,
    ranges: b.grades.map((g) => ({ grade: g.grade, circumstances: g.circumstances, range: rangeText(g.fine), sanctions: g.sanctions })),
    fine,
    inRange,
    reasonRequired: !inRange,
    problems,
    message: inRange
      ? `拟处罚符合裁量基准「${b.name}」${grade ? `「${grade}」` : ''}的幅度（依据${b.penaltyArticle}）`
      : `拟处罚超出裁量基准「${b.name}」：${problems.join('；')}，须书面说明理由`,
  };
}
