import type { GetOf } from '../../api/types';

/** Names for the 案卷评查 answers (R-REC-8), taken from the generated types. */
export type RoundView = GetOf<'/api/v1/agencies/{id}/evaluation-rounds/{roundId}'>;
export type RoundState = RoundView['state'];
export type StandardItem = RoundView['standard']['items'][number];
export type AgencyResults = GetOf<'/api/v1/agencies/{id}/evaluation-results'>;

export const ROUND_TAGS: Record<RoundState, { color: string; text: string }> = {
  planned: { color: 'default', text: '已制定，未公布承诺' },
  committed: { color: 'processing', text: '已公布承诺，等待种子' },
  drawn: { color: 'warning', text: '已抽取，评分中' },
  returned: { color: 'success', text: '结果已反馈' },
};

export const GROUP_NAMES: Record<StandardItem['group'], string> = {
  completeness: '完整性与规范性',
  timeliness: '时效',
  'legal-basis': '法律依据与程序',
  discretion: '裁量',
  documents: '文书',
};

export const GRADE_COLORS: Record<string, string> = { excellent: 'success', good: 'processing', pass: 'default', fail: 'error' };

export const sampleText = (s: RoundView['sample']) =>
  s.kind === 'count' ? `每个机关 ${s.count} 份` : `每个机关 ${s.percent}%（向上取整）`;

/** The grade a total reaches (the server decides; this only previews while the form is filled). */
export function previewGrade(g: RoundView['standard']['grades'], total: number, vetoed: boolean): { grade: string; name: string } {
  if (vetoed) return { grade: 'fail', name: '不合格（否决项）' };
  if (total >= g.excellent) return { grade: 'excellent', name: '优秀' };
  if (total >= g.good) return { grade: 'good', name: '良好' };
  if (total >= g.pass) return { grade: 'pass', name: '合格' };
  return { grade: 'fail', name: '不合格' };
}
