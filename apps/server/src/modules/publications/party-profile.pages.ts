import { esc, layout, printUrl } from '../../http/html-layout.ts';
import type { PartyProfile, ProfileDecision, ProfileState } from './public-decision.reads.ts';

/** A party's public profile page (issue 22 point 1): its decisions across agencies, with 公示期 and state. */

export const partyPath = (creditCode: string) => `/parties/${encodeURIComponent(creditCode)}`;
export const partyJsonPath = (creditCode: string) => `/api/v1/public/parties/${encodeURIComponent(creditCode)}`;

const BADGE: Record<ProfileState, string> = { public: 'ok', ended: 'muted', withdrawn: 'bad', repaired: 'info' };

function stateCell(d: ProfileDecision): string {
  const badge = `<span class="badge ${BADGE[d.state]}">${esc(d.stateName)}</span>`;
  const note =
    d.state === 'withdrawn'
      ? `${esc(d.endedOn ?? '')} 撤下${d.reason ? `：${esc(d.reason)}` : ''}`
      : d.state === 'repaired'
        ? `${esc(d.endedOn ?? '')} 信用修复后提前停止公示${d.reason ? `：${esc(d.reason)}` : ''}`
        : d.state === 'ended'
          ? `公示期已于 ${esc(d.endedOn ?? '')} 届满`
          : d.corrected
            ? '公示信息已更正'
            : '';
  return `${badge}${note ? `<br><span class="hint">${note}</span>` : ''}`;
}

function period(d: ProfileDecision): string {
  return d.publicUntil
    ? `<time datetime="${esc(d.publishedOn)}">${esc(d.publishedOn)}</time> 至 <time datetime="${esc(d.publicUntil)}">${esc(d.publicUntil)}</time>`
    : `自 <time datetime="${esc(d.publishedOn)}">${esc(d.publishedOn)}</time> 起`;
}

function table(id: string, caption: string, rows: ProfileDecision[]): string {
  const body = rows
    .map(
      (
        d,
      ) => `<tr><td data-label="决定"><a href="${esc(d.url)}"${printUrl(d.url)}>${esc(d.title)}</a><br><span class="hint">${esc(d.docNumber)}</span></td>
<td data-label="执法机关"><a href="/agencies/${esc(encodeURIComponent(d.agency.creditCode))}">${esc(d.agency.name)}</a></td>
<td data-label="决定日期"><time datetime="${esc(d.decidedOn)}">${esc(d.decidedOn)}</time></td>
<td data-label="公示期">${period(d)}</td>
<td data-label="状态">${stateCell(d)}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(caption)}（${rows.length} 项）</h2>
<table class="rows"><caption>${esc(caption)}：按决定日期从新到旧</caption>
<thead><tr><th scope="col">决定</th><th scope="col">执法机关</th><th scope="col">决定日期</th><th scope="col">公示期</th><th scope="col">状态</th></tr></thead>
<tbody>${body}</tbody></table></section>`;
}

export function partyProfilePage(p: PartyProfile): string {
  const groups: [string, string, ProfileDecision[]][] = [
    ['h-penalty', '行政处罚', p.decisions.filter((d) => d.kind === '行政处罚')],
    ['h-license', '行政许可', p.decisions.filter((d) => d.kind === '行政许可')],
    ['h-other', '其他执法决定', p.decisions.filter((d) => d.kind !== '行政处罚' && d.kind !== '行政许可')],
  ];
  const agencies = new Set(p.decisions.map((d) => d.agency.creditCode)).size;
  const facts: [string, string][] = [['统一社会信用代码', esc(p.creditCode)]];
  if (p.otherNames.length) facts.push(['决定中的其他名称', p.otherNames.map(esc).join('、')]);
  facts.push([
    '公示的执法决定',
    `共 ${p.decisions.length} 项，涉及 ${agencies} 个执法机关：公示中 ${p.counts.public} 项，已届满 ${p.counts.ended} 项，已撤下 ${p.counts.withdrawn} 项，已修复 ${p.counts.repaired} 项`,
  ]);
  return layout({
    title: `${p.name} 公示信息`,
    path: partyPath(p.creditCode),
    main: `<p class="hint">当事人公示信息</p>
<h1>${esc(p.name)}</h1>
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="hint">本页按统一社会信用代码汇集各执法机关公示的执法决定。公示期届满、撤下或信用修复后停止公示的决定，只列出文书号和状态，不再公示其内容。${p.truncated ? '决定较多，只列出最新的 500 项。' : ''}</p>
${groups
  .filter(([, , rows]) => rows.length)
  .map(([id, caption, rows]) => table(id, caption, rows))
  .join('\n')}
<p><a href="${esc(partyJsonPath(p.creditCode))}"${printUrl(partyJsonPath(p.creditCode))}>本页的数据（JSON）</a> · <a href="/search?creditCode=${esc(encodeURIComponent(p.creditCode))}&amp;sort=newest">检索该当事人的执法决定</a></p>`,
  });
}

export function partyNotFoundPage(creditCode: string, reason: 'invalid' | 'none'): string {
  return layout({
    title: '未找到当事人公示信息',
    main: `<h1>未找到当事人公示信息</h1>
<div class="alert" role="alert"><p><strong>${
      reason === 'invalid'
        ? `「${esc(creditCode)}」不是有效的统一社会信用代码：应为 18 位数字或大写字母，并符合校验规则。`
        : `没有统一社会信用代码为「${esc(creditCode)}」的当事人的公示决定。`
    }</strong></p></div>
<p>当事人公示信息只按法人和非法人组织的统一社会信用代码汇集；自然人的身份证号码不公示，不提供按自然人汇集的信息。可以<a href="/search">检索执法决定</a>。</p>`,
  });
}
