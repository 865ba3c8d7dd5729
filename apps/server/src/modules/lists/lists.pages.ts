import {
  PROCEDURES,
  chinaDay,
  rangeText,
  type DiscretionBenchmark,
  type ListDef,
  type RecordingListItem,
  type ReviewCatalog,
} from '@sanxiang/domain';
import { esc, layout } from '../../http/html-layout.ts';
import type { ListView } from './lists.service.ts';

/**
 * 事前公开 on the portal (R-PUB-1): an index per agency, each kept list as a table with its version,
 * date and history, and the lists that come from the product's own rules (流程图, 裁量基准, 法制审核
 * 目录清单, 音像记录事项清单), so the public sees exactly what the system enforces.
 */
interface Agency {
  name: string;
  credit_code: string;
  procedure_kinds: string[];
}

const base = (a: Agency) => `/agencies/${encodeURIComponent(a.credit_code)}`;
const crumbs = (a: Agency) => `<p class="hint"><a href="${base(a)}">${esc(a.name)}</a> · <a href="${base(a)}/lists">事前公开</a></p>`;

export function listsIndexPage(a: Agency, lists: { def: ListDef; view: ListView }[]): string {
  const kept = lists
    .map(
      ({ def, view }) =>
        `<li><a href="${base(a)}/lists/${def.code}">${esc(def.name)}</a>${view.version ? `（第 ${view.version} 版，${esc(chinaDay(view.at) ?? '')} 更新）` : '（尚未公布）'}</li>`,
    )
    .join('');
  const procedures = PROCEDURES.filter((p) => a.procedure_kinds.includes(p.kind))
    .map((p) => `<li><a href="${base(a)}/lists/flowcharts#${esc(p.code)}">${esc(p.name)}</a></li>`)
    .join('');
  return layout({
    title: `${a.name} 事前公开`,
    main: `<p class="hint"><a href="${base(a)}">${esc(a.name)}</a></p><h1>事前公开</h1>
<p>本机关执法的主体、人员、职责、依据、程序、裁量标准和救济渠道。清单按版本公布，变化后 20 个工作日内更新，历史版本可查。</p>
<h2>执法主体与执法人员</h2><ul><li><a href="${base(a)}">执法主体信息与执法人员清单</a>（<a href="${base(a)}/officers.xlsx">下载电子表格</a>）</li></ul>
<h2>本机关公布的清单</h2><ul>${kept}</ul>
<h2>由本平台的规则直接生成</h2><ul>
<li><a href="${base(a)}/lists/flowcharts">执法流程图</a><ul>${procedures}</ul></li>
<li><a href="${base(a)}/lists/discretion">行政处罚裁量基准</a></li>
<li><a href="${base(a)}/lists/review-catalog">重大执法决定法制审核目录清单</a></li>
<li><a href="${base(a)}/lists/recording">音像记录事项清单</a></li></ul>`,
  });
}

export function listPage(a: Agency, def: ListDef, v: ListView, old = false): string {
  const head = def.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  // on a phone each row reads as a card, label before value (html-layout.ts, table.rows)
  const rows = v.rows
    .map((r) => `<tr>${def.columns.map((c) => `<td data-label="${esc(c.label)}">${esc(r[c.key] ?? '')}</td>`).join('')}</tr>`)
    .join('');
  const history = v.history
    .map(
      (h) =>
        `<li><a href="${base(a)}/lists/${def.code}/versions/${h.version}">第 ${h.version} 版</a>，<time datetime="${esc(h.at)}">${esc(chinaDay(h.at) ?? '')}</time>：${esc(h.note)}${h.added.length ? `；新增 ${h.added.length} 项` : ''}${h.changed.length ? `；修改 ${h.changed.length} 项` : ''}${h.removed.length ? `；删除 ${h.removed.length} 项` : ''}${h.changedOn ? `（依据的变化生效于 ${esc(h.changedOn)}，应于 ${esc(h.dueOn ?? '')} 前更新${h.late ? '，<strong>逾期更新</strong>' : '，按期更新'}）` : ''}</li>`,
    )
    .join('');
  const inherited = v.ownerId && v.ownerId !== v.agencyId ? '<p class="hint">本机关沿用上级机关公布的清单。</p>' : '';
  return layout({
    title: `${a.name} ${def.name}`,
    main: `${crumbs(a)}<h1>${esc(def.name)}</h1>
${old ? `<p class="alert" role="status"><strong>这是历史版本（第 ${v.version} 版）。</strong><a href="${base(a)}/lists/${def.code}">查看现行版本</a></p>` : ''}
${
  v.version
    ? `<p>第 ${v.version} 版，更新于 <time datetime="${esc(v.at ?? '')}">${esc(chinaDay(v.at) ?? '')}</time>：${esc(v.note)}。依据：${esc(def.basis)}。 <a href="${base(a)}/lists/${def.code}.xlsx">下载电子表格（.xlsx）</a></p>${inherited}
<div class="scroll" tabindex="0" role="region" aria-label="${esc(def.name)}"><table class="rows"><caption>${esc(def.name)}（共 ${v.rows.length} 项）</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
    : '<p>本机关尚未公布此清单。</p>'
}
${history ? `<section aria-labelledby="h-history"><h2 id="h-history">历史版本</h2><ol reversed>${history}</ol></section>` : ''}`,
  });
}

export function flowchartsPage(a: Agency): string {
  const items = PROCEDURES.filter((p) => a.procedure_kinds.includes(p.kind))
    .map((p) => {
      const steps = [p.open, ...p.steps].map((s) => `<li>${esc(s.name)}（${esc(s.stage)}）</li>`).join('');
      return `<section id="${esc(p.code)}" aria-labelledby="h-${esc(p.code)}"><h2 id="h-${esc(p.code)}">${esc(p.name)}</h2><p>${esc(p.description)}</p>
<p><img src="/api/v1/procedures/${esc(p.code)}/flowchart.svg" alt="${esc(p.name)}流程图，文字说明见下方环节列表" style="max-width:100%"></p>
<details><summary>环节（文字版）</summary><ol>${steps}</ol></details></section>`;
    })
    .join('');
  return layout({
    title: `${a.name} 执法流程图`,
    main: `${crumbs(a)}<h1>执法流程图</h1><p>流程图由本平台实际执行的程序定义生成，与办案系统的每一个环节一致。</p>${items || '<p>本机关没有适用的执法程序。</p>'}`,
  });
}

export function discretionPage(a: Agency, b: { version: number; benchmarks: DiscretionBenchmark[] }): string {
  const items = b.benchmarks
    .map((x) => {
      const grades = x.grades
        .map(
          (g) =>
            `<tr><th scope="row">${esc(g.grade)}</th><td>${esc(g.circumstances)}</td><td>${esc(rangeText(g.fine))}</td><td>${esc(g.sanctions.join('、') || '—')}</td></tr>`,
        )
        .join('');
      return `<section aria-label="${esc(x.name)}"><h2>${esc(x.name)}</h2><p>违法依据：${esc(x.violatedArticle)}；处罚依据：${esc(x.penaltyArticle)}</p>
<div class="scroll" tabindex="0" role="region" aria-label="${esc(x.name)}裁量阶次"><table><thead><tr><th scope="col">阶次</th><th scope="col">情形</th><th scope="col">罚款幅度</th><th scope="col">其他处罚</th></tr></thead><tbody>${grades}</tbody></table></div></section>`;
    })
    .join('');
  return layout({
    title: `${a.name} 裁量基准`,
    main: `${crumbs(a)}<h1>行政处罚裁量基准</h1><p>${b.version ? `第 ${b.version} 版。` : ''}办案时系统按本基准判断拟作出的处罚是否在幅度内，超出的须写明理由并经法制审核。</p>${items || '<p>尚未公布裁量基准。</p>'}`,
  });
}

export function reviewCatalogPage(a: Agency, c: { version: number; catalog: ReviewCatalog }): string {
  const rows = c.catalog.rules.map((r) => `<tr><th scope="row">${esc(r.name)}</th><td>${esc(r.basis)}</td></tr>`).join('');
  return layout({
    title: `${a.name} 法制审核目录清单`,
    main: `${crumbs(a)}<h1>重大执法决定法制审核目录清单</h1><p>${c.version ? `第 ${c.version} 版` : '平台默认目录'}；法制审核期限 ${c.catalog.settings.reviewDays} 个工作日。符合下列任一情形的执法决定，未经法制审核或者审核未通过的，不得作出。</p>
<div class="scroll" tabindex="0" role="region" aria-label="审核情形"><table><thead><tr><th scope="col">情形</th><th scope="col">依据</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  });
}

export function recordingPage(a: Agency, items: RecordingListItem[]): string {
  const level = { none: '不要求', record: '音像记录', 'full-process': '全程音像记录' } as const;
  const rows = items
    .filter((i) => i.level !== 'none')
    .map(
      (i) =>
        `<tr><td data-label="程序">${esc(i.procedureName)}</td><td data-label="环节">${esc(i.stepName)}</td><td data-label="要求">${level[i.level]}</td><td data-label="记录内容">${esc(i.what)}</td></tr>`,
    )
    .join('');
  return layout({
    title: `${a.name} 音像记录事项清单`,
    main: `${crumbs(a)}<h1>音像记录事项清单</h1><p>下列环节须作音像记录；“全程音像记录”的环节（查封扣押财产、强制拆除等）须全程记录，缺少记录的，系统不允许完成该环节。</p>
<div class="scroll" tabindex="0" role="region" aria-label="音像记录事项"><table class="rows"><thead><tr><th scope="col">程序</th><th scope="col">环节</th><th scope="col">要求</th><th scope="col">记录内容</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  });
}
