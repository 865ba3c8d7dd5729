import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';

/**
 * 案卷评查标准 (R-REC-8): the items a 司法局's reviewers score an archived case file on, each with
 * its maximum points and how to score it, grouped as the provincial 行政处罚案卷评查标准 are
 * (the seeds cite 《河南省行政处罚案卷评查标准》 and 《行政处罚案卷文书评查标准及细则》 as the basis
 * of each agency's 文字记录, 002 and 003), and the grade thresholds. Kept by version: a round
 * freezes the version it scores by, so a later change never re-grades a returned result.
 */
export type EvaluationGroup = 'completeness' | 'timeliness' | 'legal-basis' | 'discretion' | 'documents';

export const EVALUATION_GROUPS: Record<EvaluationGroup, string> = {
  completeness: '完整性与规范性',
  timeliness: '时效',
  'legal-basis': '法律依据与程序',
  discretion: '裁量',
  documents: '文书',
};

export interface EvaluationItem {
  /** stable code within the standard (C1, T2 …) */
  code: string;
  group: EvaluationGroup;
  name: string;
  /** maximum points */
  points: number;
  /** how to score it: what costs points (评分细则) */
  guidance: string;
  /** 否决项: a file that scores 0 on it is 不合格 whatever its total */
  veto?: boolean;
}

export interface EvaluationGrades {
  /** lowest total for 优秀 */
  excellent: number;
  /** lowest total for 良好 */
  good: number;
  /** lowest total for 合格; below it 不合格 */
  pass: number;
}

export interface EvaluationStandard {
  items: EvaluationItem[];
  grades: EvaluationGrades;
}

/**
 * The default standard (version 2026.1): 100 points in the five groups the issue names, the
 * deductions provincial standards use, citing 行政处罚法 (2021) where a rule is the law's.
 */
export const DEFAULT_EVALUATION_STANDARD: EvaluationStandard = {
  items: [
    {
      code: 'C1',
      group: 'completeness',
      name: '执法主体合法，执法人员具备执法资格',
      points: 8,
      guidance:
        '执法主体不合法或超越职权的，本项不得分且案卷不合格；调查取证执法人员少于两人或无有效执法证的，扣 4 分（行政处罚法第四十二条）。',
      veto: true,
    },
    {
      code: 'C2',
      group: 'completeness',
      name: '事实清楚，证据确凿充分，取证合法',
      points: 12,
      guidance:
        '主要事实无证据支持的扣 8 分；证据之间矛盾未排除的扣 4 分；证据来源不明、取证程序违法的每项扣 2 分（行政处罚法第四十条、第四十六条）。',
    },
    {
      code: 'C3',
      group: 'completeness',
      name: '卷内材料齐全，立卷归档规范',
      points: 10,
      guidance: '缺少案卷标准要求的文书或音像记录的每件扣 2 分；无卷内文件目录、备考表或排列装订混乱的扣 2 分；归档不及时的扣 2 分。',
    },
    {
      code: 'T1',
      group: 'timeliness',
      name: '立案及时',
      points: 5,
      guidance: '发现线索之日起 15 个工作日内未决定立案且无延长审批的扣 3 分；先调查后立案的扣 5 分。',
    },
    {
      code: 'T2',
      group: 'timeliness',
      name: '在法定期限内作出决定',
      points: 5,
      guidance: '超过立案之日起九十日且无延期批准的，本项不得分（行政处罚法第六十条）；延期审批手续不全的扣 2 分。',
    },
    {
      code: 'T3',
      group: 'timeliness',
      name: '送达、公示及时',
      points: 5,
      guidance: '决定书未在七日内送达的扣 3 分（行政处罚法第六十一条）；未在规定的工作日内公示的扣 2 分。',
    },
    {
      code: 'L1',
      group: 'legal-basis',
      name: '定性准确，适用法律正确',
      points: 12,
      guidance: '定性错误的，本项不得分；适用法律、法规、规章错误的扣 8 分；引用条款不具体到条、款、项的扣 2 分。',
    },
    {
      code: 'L2',
      group: 'legal-basis',
      name: '程序合法',
      points: 8,
      guidance:
        '未告知陈述、申辩、听证权利或未听取陈述申辩的，本项不得分（行政处罚法第四十四条、第六十二条）；应当法制审核或集体讨论而未进行的扣 5 分（第五十七条、第五十八条）。',
    },
    {
      code: 'D1',
      group: 'discretion',
      name: '处罚种类和幅度符合裁量基准',
      points: 10,
      guidance: '超出裁量基准幅度且无理由的扣 6 分；从轻、减轻、从重处罚无事实依据的扣 4 分。',
    },
    {
      code: 'D2',
      group: 'discretion',
      name: '裁量理由说明充分',
      points: 5,
      guidance: '审批表、决定书中未说明裁量情节和理由的扣 3 分；说明与证据不符的扣 2 分。',
    },
    {
      code: 'W1',
      group: 'documents',
      name: '文书格式规范、要素齐全',
      points: 10,
      guidance:
        '未使用规范文书格式的每件扣 2 分；决定书缺少法定内容的扣 4 分（行政处罚法第五十九条）；文号、日期、签名、印章缺漏的每处扣 1 分。',
    },
    {
      code: 'W2',
      group: 'documents',
      name: '文书用语准确、制作规范',
      points: 5,
      guidance: '表述错误、前后不一致的每处扣 1 分；涂改未签名确认的每处扣 1 分。',
    },
    {
      code: 'W3',
      group: 'documents',
      name: '送达凭证完整',
      points: 5,
      guidance: '无送达回证或送达方式不合法的扣 3 分；电子送达未经当事人同意的扣 2 分（行政处罚法第六十一条）。',
    },
  ],
  grades: { excellent: 90, good: 80, pass: 60 },
};

export const DEFAULT_EVALUATION_STANDARD_VERSION = 0;

export type EvaluationGrade = 'excellent' | 'good' | 'pass' | 'fail';
export const EVALUATION_GRADE_NAMES: Record<EvaluationGrade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

const isHalf = (n: number) => Number.isFinite(n) && Math.round(n * 2) === n * 2;

/** What is wrong with a standard an administrator saves (Chinese, with the field's path); empty when it is usable. */
export function evaluationStandardProblems(s: EvaluationStandard): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (!s.items.length) out.push({ path: 'items', message: '评查标准至少须有一个评查项目' });
  const seen = new Set<string>();
  s.items.forEach((it, i) => {
    const at = `items/${i}`;
    if (!/^[A-Za-z0-9-]{1,12}$/.test(it.code)) out.push({ path: `${at}/code`, message: `第 ${i + 1} 项的编号须为 1 至 12 位字母或数字` });
    else if (seen.has(it.code)) out.push({ path: `${at}/code`, message: `编号「${it.code}」重复` });
    seen.add(it.code);
    if (!(it.group in EVALUATION_GROUPS)) out.push({ path: `${at}/group`, message: `第 ${i + 1} 项的类别不认识` });
    if (!it.name.trim()) out.push({ path: `${at}/name`, message: `第 ${i + 1} 项缺少名称` });
    if (!it.guidance.trim()) out.push({ path: `${at}/guidance`, message: `第 ${i + 1} 项（${it.name}）缺少评分细则` });
    if (!(it.points > 0 && isHalf(it.points))) out.push({ path: `${at}/points`, message: `第 ${i + 1} 项的分值须大于 0，最小单位 0.5 分` });
  });
  const total = maxTotal(s);
  const g = s.grades;
  if (!(g.excellent <= total && g.good <= g.excellent && g.pass <= g.good && g.pass > 0))
    out.push({ path: 'grades', message: `等次分数线须满足 0 < 合格 ≤ 良好 ≤ 优秀 ≤ 满分（${total} 分）` });
  return out;
}

export function maxTotal(s: EvaluationStandard): number {
  return s.items.reduce((n, i) => n + i.points, 0);
}

/** SHA-256 (hex) of the standard's canonical JSON: a round names the exact standard it scores by. */
export function evaluationStandardHash(s: EvaluationStandard): string {
  return createHash('sha256').update(canonicalJson(s), 'utf8').digest('hex');
}

/** One item's score as a reviewer enters it: points awarded and, where points were lost, the finding (问题描述). */
export interface ItemScore {
  code: string;
  points: number;
  finding: string;
}

export interface ScoredFile {
  items: ItemScore[];
  total: number;
  max: number;
  grade: EvaluationGrade;
  /** the veto items scored 0 */
  vetoed: string[];
}

/**
 * Scores a case file on a standard: every item scored once, 0 ≤ points ≤ its maximum in half
 * points, a finding for every item that lost points; the total is the sum, the grade the highest
 * whose threshold it reaches — 不合格 when a 否决项 scored 0.
 */
export function scoreCaseFile(s: EvaluationStandard, scores: readonly ItemScore[]): ScoredFile {
  const problems: { path: string; message: string }[] = [];
  const by = new Map<string, ItemScore>();
  scores.forEach((sc, i) => {
    if (by.has(sc.code)) problems.push({ path: `items/${i}/code`, message: `评查项目「${sc.code}」重复评分` });
    by.set(sc.code, sc);
    if (!s.items.some((it) => it.code === sc.code))
      problems.push({ path: `items/${i}/code`, message: `评查标准中没有编号为「${sc.code}」的项目` });
  });
  const items: ItemScore[] = [];
  s.items.forEach((it) => {
    const i = scores.findIndex((x) => x.code === it.code);
    const sc = by.get(it.code);
    if (!sc) {
      problems.push({ path: 'items', message: `「${it.code} ${it.name}」尚未评分` });
      return;
    }
    if (!(sc.points >= 0 && sc.points <= it.points && isHalf(sc.points)))
      problems.push({
        path: `items/${i}/points`,
        message: `「${it.code} ${it.name}」的得分须在 0 至 ${it.points} 分之间，最小单位 0.5 分`,
      });
    const finding = sc.finding.trim();
    if (sc.points < it.points && !finding)
      problems.push({ path: `items/${i}/finding`, message: `「${it.code} ${it.name}」扣了分，须写明问题描述` });
    items.push({ code: it.code, points: sc.points, finding });
  });
  if (problems.length)
    throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.message).join('；'), { problems, path: problems[0]!.path });
  // sums of half points are exact in doubles
  const total = items.reduce((n, i) => n + i.points, 0);
  const vetoed = s.items.filter((it) => it.veto && by.get(it.code)!.points === 0).map((it) => it.code);
  return { items, total, max: maxTotal(s), grade: gradeOf(s.grades, total, vetoed.length > 0), vetoed };
}

export function gradeOf(g: EvaluationGrades, total: number, vetoed = false): EvaluationGrade {
  if (vetoed) return 'fail';
  return total >= g.excellent ? 'excellent' : total >= g.good ? 'good' : total >= g.pass ? 'pass' : 'fail';
}

/** An agency's result in a round: the mean of its sampled files' totals (to 0.1 point) and the grade of that mean. */
export function agencyResult(g: EvaluationGrades, totals: readonly number[]): { mean: number; grade: EvaluationGrade } | null {
  if (!totals.length) return null;
  const mean = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
  return { mean, grade: gradeOf(g, mean) };
}
