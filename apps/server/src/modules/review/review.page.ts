import type { caseReview } from './review.queries.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

type Review = Awaited<ReturnType<typeof caseReview>>;

/**
 * 责任追溯 as a page (R-REV-8): who submitted which version, who reviewed it with which opinion,
 * who decided, and every override — plain HTML, readable on a phone and by a screen reader, printable.
 */
export function traceHtml(r: Review): string {
  const rows = r.trace
    .map((t) => {
      const override = t.act.includes('未采纳');
      return `<tr${override ? ' class="override"' : ''}><td><time datetime="${esc(t.at)}">${esc(time(t.at))}</time></td><th scope="row">${esc(t.act)}</th><td>${esc(t.who?.name ?? '—')}</td><td>第 ${t.proposalVersion} 版</td><td>${esc(t.detail)}</td></tr>`;
    })
    .join('\n');
  const versions = r.proposals
    .map((p) => {
      const changes = p.changes.length
        ? `<ul>${p.changes.map((c) => `<li>${esc(c.label)}：${esc(JSON.stringify(c.before))} → ${esc(JSON.stringify(c.after))}</li>`).join('')}</ul>`
        : '<p>首次提出</p>';
      return `<section><h3>第 ${p.version} 版（${esc(p.by?.name ?? '')}，${esc(time(p.at))}）</h3><p>摘要 <code>${esc(p.proposalSha256)}</code>，按目录清单第 ${p.catalogVersion} 版判断</p>${changes}</section>`;
    })
    .join('\n');
  const decision = r.decision
    ? `<p>决定：${esc(r.decision.stepName)}，由${esc(r.decision.by?.name ?? '')}于 ${esc(time(r.decision.at))} 作出（记录第 ${r.decision.eventSeq} 条），依据的审核结论：${esc(r.clearance ? (({ 'review-passed': '法制审核通过', collective: '集体讨论决定', 'not-required': '目录清单未要求法制审核' } as Record<string, string>)[r.clearance.basis] ?? r.clearance.basis) : '—')}。</p>`
    : `<p>尚未作出决定（${esc(r.phaseName)}）。</p>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>责任追溯 · ${esc(r.caseNumber)}</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #cbd2d9;padding:.4rem;text-align:left;vertical-align:top}thead th{background:#f2f4f7}
tr.override{background:#fff4e5}code{font-size:.85em;word-break:break-all}h1{font-size:1.5rem}@media print{body{margin:0}}</style></head>
<body><main>
<h1>重大执法决定法制审核 · 责任追溯</h1>
<p>案件编号：<strong>${esc(r.caseNumber)}</strong>　当前：${esc(r.phaseName)}</p>
${decision}
<h2>经过</h2>
<table><caption class="sr">提交、审核、集体讨论与决定，按时间先后</caption>
<thead><tr><th scope="col">时间</th><th scope="col">行为</th><th scope="col">人员</th><th scope="col">针对版本</th><th scope="col">说明</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>拟作出的决定各版本</h2>
${versions}
</main></body></html>`;
}
