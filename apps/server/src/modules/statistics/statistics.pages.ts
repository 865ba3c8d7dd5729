import { chinaDay, type StatisticsReport } from '@sanxiang/domain';
import { esc, layout } from '../../http/html-layout.ts';

/**
 * 统计年报 on the portal (R-PUB-7): each published year as tables, with bar charts drawn as inline
 * SVG on the server (no scripts). Every chart has a title and description and its figures are in
 * the table beside it, so a screen reader loses nothing.
 */
interface Agency {
  name: string;
  credit_code: string;
}
interface Published {
  year: number;
  figures: StatisticsReport;
  at: string;
  late: boolean;
  sha256: string;
}

const href = (credit: string) => `/agencies/${encodeURIComponent(credit)}`;
const money = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** A horizontal bar chart; bars #0b5cad on white (contrast 6.6:1), values written beside each bar. */
export function barChart(id: string, title: string, rows: { label: string; value: number }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 30;
  const labelW = 150;
  const barW = 260;
  const h = rows.length * rowH + 10;
  const bars = rows
    .map((r, i) => {
      const w = Math.round((r.value / max) * barW);
      const y = i * rowH + 5;
      return `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="14" fill="#1f2933">${esc(r.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="20" fill="#0b5cad"/><text x="${labelW + w + 6}" y="${y + 19}" font-size="14" fill="#1f2933">${r.value}</text>`;
    })
    .join('');
  return `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${labelW + barW + 70} ${h}" width="100%" style="max-width:30rem"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(rows.map((r) => `${r.label} ${r.value}`).join('，'))}</desc>${bars}</svg>`;
}

export function statisticsIndexPage(a: Agency, reports: Published[]): string {
  const items = reports
    .map(
      (r) =>
        `<li><a href="${href(a.credit_code)}/statistics/${r.year}">${r.year} 年度行政执法统计年报</a>（公开于 ${esc(chinaDay(r.at) ?? '')}${r.late ? '，晚于 1 月 31 日' : ''}）</li>`,
    )
    .join('');
  return layout({
    title: `${a.name} 统计年报`,
    main: `<p class="hint"><a href="${href(a.credit_code)}">${esc(a.name)}</a></p><h1>行政执法统计年报</h1>
${items ? `<ul>${items}</ul>` : '<p>尚未公开统计年报。</p>'}`,
  });
}

export function statisticsYearPage(a: Agency, r: Published, _today: string): string {
  const f = r.figures;
  const kindRows = f.kinds
    .map(
      (k) =>
        `<tr><th scope="row">${esc(k.kind)}</th><td>${k.opened}</td><td>${k.decided}</td><td>${
          Object.entries(k.results)
            .map(([res, n]) => `${esc(res)} ${n}`)
            .join('；') || '—'
        }</td></tr>`,
    )
    .join('');
  const quarterRows = f.quarters
    .map((q) => `<tr><th scope="row">第 ${q.quarter} 季度</th><td>${q.opened}</td><td>${q.decided}</td><td>${money(q.fines)}</td></tr>`)
    .join('');
  const p = f.publications;
  return layout({
    title: `${a.name} ${r.year} 年度统计`,
    main: `<p class="hint"><a href="${href(a.credit_code)}">${esc(a.name)}</a> · <a href="${href(a.credit_code)}/statistics">统计年报</a></p>
<h1>${r.year} 年度行政执法统计年报</h1>
<p>公开日期 ${esc(chinaDay(r.at) ?? '')}${r.late ? '（晚于 1 月 31 日）' : ''}；数据摘要 SHA-256 <code>${esc(r.sha256.slice(0, 16))}…</code></p>
<dl><dt>立案（受理）</dt><dd>${f.totals.opened} 件</dd><dt>作出决定</dt><dd>${f.totals.decided} 件</dd><dt>罚款</dt><dd>${money(f.totals.fines)} 元</dd><dt>没收违法所得</dt><dd>${money(f.totals.confiscations)} 元</dd>
<dt>听证</dt><dd>申请 ${f.hearings.requested} 件，举行 ${f.hearings.held} 件</dd>
<dt>法制审核</dt><dd>送审 ${f.reviews.submitted} 件次，通过 ${f.reviews.passed}（一次通过 ${f.reviews.passedFirstTime}），退回 ${f.reviews.returned}，集体讨论 ${f.reviews.collective}，未采纳审核意见 ${f.reviews.overrides}</dd>
<dt>决定公示</dt><dd>应公示 ${p.due} 件，按期 ${p.onTime}，逾期公示 ${p.late}，逾期未公示 ${p.overdue}，更正 ${p.corrected}，撤下 ${p.withdrawn}${p.rate !== null ? `；公示率 ${p.rate}%` : ''}</dd></dl>
<section aria-labelledby="h-kinds"><h2 id="h-kinds">按执法行为类别</h2>
${barChart(
  'c-kinds',
  `${r.year} 年各类执法决定件数`,
  f.kinds.map((k) => ({ label: k.kind, value: k.decided })),
)}
<div class="scroll" tabindex="0" role="region" aria-labelledby="h-kinds"><table><caption>各类别立案、决定件数及结果</caption><thead><tr><th scope="col">类别</th><th scope="col">立案</th><th scope="col">决定</th><th scope="col">结果</th></tr></thead><tbody>${kindRows}</tbody></table></div></section>
<section aria-labelledby="h-quarters"><h2 id="h-quarters">按季度</h2>
${barChart(
  'c-quarters',
  `${r.year} 年各季度决定件数`,
  f.quarters.map((q) => ({ label: `第 ${q.quarter} 季度`, value: q.decided })),
)}
<div class="scroll" tabindex="0" role="region" aria-labelledby="h-quarters"><table><caption>各季度立案、决定与罚款</caption><thead><tr><th scope="col">季度</th><th scope="col">立案</th><th scope="col">决定</th><th scope="col">罚款（元）</th></tr></thead><tbody>${quarterRows}</tbody></table></div></section>`,
  });
}

export function statisticsNotFoundPage(what: string): string {
  return layout({ title: '未找到', main: `<h1>未找到统计年报</h1><p>没有「${esc(what)}」已公开的统计年报。</p>` });
}
