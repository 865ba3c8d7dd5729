import { DomainError } from '../errors.ts';

/** 法制审核 checklist (R-REV-5): the points every reviewer answers, in the order of the 意见书. */
export const REVIEW_POINTS = [
  { code: 'subject', name: '执法主体合法' },
  { code: 'qualification', name: '执法人员具备执法资格' },
  { code: 'procedure', name: '执法程序合法' },
  { code: 'facts', name: '案件事实清楚' },
  { code: 'evidence', name: '证据合法充分' },
  { code: 'law', name: '适用法律、法规、规章准确' },
  { code: 'discretion', name: '裁量基准运用适当' },
  { code: 'authority', name: '未超越法定权限' },
  { code: 'documents', name: '执法文书完备规范' },
  { code: 'crime', name: '不涉嫌犯罪、无需移送司法机关' },
] as const;
export type ReviewPoint = (typeof REVIEW_POINTS)[number]['code'];

export type ReviewConclusion = 'agree' | 'problems';
export const CONCLUSION_NAMES: Record<ReviewConclusion, string> = { agree: '同意', problems: '存在问题' };

export interface PointAnswer {
  point: ReviewPoint;
  result: 'pass' | 'problem';
  comment: string;
}

export interface ReviewOpinionInput {
  answers: readonly PointAnswer[];
  conclusion: ReviewConclusion;
  /** 审核意见 in words */
  opinion: string;
}

/**
 * Every point answered once, a problem always explained, and a conclusion that follows from the
 * answers: 同意 only when every point passes; 存在问题 needs at least one point with a problem.
 */
export function checkOpinion(input: ReviewOpinionInput): ReviewOpinionInput {
  const byPoint = new Map<string, PointAnswer>();
  for (const a of input.answers) {
    const point = REVIEW_POINTS.find((p) => p.code === a.point);
    if (!point) throw new DomainError('VALIDATION_FAILED', `未知的审核要点「${String(a.point)}」`);
    if (byPoint.has(a.point)) throw new DomainError('VALIDATION_FAILED', `审核要点「${point.name}」重复作答`);
    if (a.result !== 'pass' && a.result !== 'problem')
      throw new DomainError('VALIDATION_FAILED', `审核要点「${point.name}」应答「通过」或「存在问题」`);
    const comment = (a.comment ?? '').trim();
    if (a.result === 'problem' && !comment)
      throw new DomainError('VALIDATION_FAILED', `审核要点「${point.name}」存在问题，须写明问题`, { point: a.point });
    byPoint.set(a.point, { point: a.point, result: a.result, comment });
  }
  const missing = REVIEW_POINTS.filter((p) => !byPoint.has(p.code)).map((p) => p.name);
  if (missing.length) throw new DomainError('VALIDATION_FAILED', `审核要点未全部作答：${missing.join('、')}`, { missing });
  const problems = REVIEW_POINTS.filter((p) => byPoint.get(p.code)!.result === 'problem').map((p) => p.name);
  if (input.conclusion === 'agree' && problems.length) {
    throw new DomainError('VALIDATION_FAILED', `审核要点存在问题（${problems.join('、')}），不能出具「同意」意见`, { problems });
  }
  if (input.conclusion === 'problems' && !problems.length) {
    throw new DomainError('VALIDATION_FAILED', '「存在问题」的审核意见须至少指出一个存在问题的审核要点');
  }
  const opinion = input.opinion.trim();
  if (!opinion || opinion.length > 20000) throw new DomainError('VALIDATION_FAILED', '审核意见不能为空且不超过 20000 字');
  return { answers: REVIEW_POINTS.map((p) => byPoint.get(p.code)!), conclusion: input.conclusion, opinion };
}
