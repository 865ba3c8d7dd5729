import type { Sheet } from '../../http/xlsx.ts';
import { analysisSheets } from './analysis.service.ts';
import type { annualReport } from './statistics.service.ts';

/**
 * The annual report (R-PUB-7) as a workbook: the report's own figures (totals, hearings, legal
 * review, publication, by kind and result), then the year's breakdowns from the analysis query set
 * (R-X-3) — the same numbers the 统计分析 screen shows for that agency and year.
 */
export function reportSheets(r: Awaited<ReturnType<typeof annualReport>>): Sheet[] {
  const f = r.figures;
  const line = (item: string, value: number | string) => ({ item, value });
  const summary: Sheet = {
    title: `${r.year}年度统计总表`,
    columns: [
      { key: 'item', label: '项目' },
      { key: 'value', label: '数值' },
    ],
    rows: [
      line('立案（受理）件数', f.totals.opened),
      line('作出执法决定件数', f.totals.decided),
      line('罚款金额（元）', f.totals.fines),
      line('没收违法所得金额（元）', f.totals.confiscations),
      line('申请听证', f.hearings.requested),
      line('举行听证', f.hearings.held),
      line('提交法制审核（轮次）', f.reviews.submitted),
      line('审核通过', f.reviews.passed),
      line('第一轮即通过', f.reviews.passedFirstTime),
      line('审核退回', f.reviews.returned),
      line('集体讨论', f.reviews.collective),
      line('应公示的执法决定', f.publications.due),
      line('按期公示', f.publications.onTime),
      line('逾期公示', f.publications.late),
      line('逾期尚未公示', f.publications.overdue),
      line('公示率（%）', f.publications.rate ?? '—'),
      line('报送司法局期限', r.deadlines.reportBy),
      line('向社会公开期限', r.deadlines.publishBy),
    ],
  };
  const kinds: Sheet = {
    title: '按执法行为类别和结果',
    columns: [
      { key: 'kind', label: '执法行为类别' },
      { key: 'opened', label: '立案（件）' },
      { key: 'decided', label: '作出决定（件）' },
      { key: 'results', label: '决定结果' },
    ],
    rows: f.kinds.map((k) => ({
      kind: k.kind,
      opened: k.opened,
      decided: k.decided,
      results: Object.entries(k.results)
        .map(([name, n]) => `${name} ${n} 件`)
        .join('；'),
    })),
  };
  const quarters: Sheet = {
    title: '按季度',
    columns: [
      { key: 'quarter', label: '季度' },
      { key: 'opened', label: '立案（件）' },
      { key: 'decided', label: '作出决定（件）' },
      { key: 'fines', label: '罚款（元）' },
    ],
    rows: f.quarters.map((q) => ({ quarter: `第${q.quarter}季度`, opened: q.opened, decided: q.decided, fines: q.fines })),
  };
  return [summary, kinds, quarters, ...analysisSheets(r.analysis, 'all').filter((s) => !s.title.startsWith('按执法机关'))];
}
