import {
  ENFORCEMENT_KINDS,
  FIELD_SETS,
  chinaDay,
  fieldName,
  normalizeArticle,
  normalizeLawName,
  type PublicationFieldSet,
} from '@sanxiang/domain';
import { esc, layout, printUrl } from '../../http/html-layout.ts';
import type { PublicDecisionRow } from './search.repository.ts';
import type { SearchQuery, SearchResult } from './search.schemas.ts';

/** The public search page and decision page (R-PUB-8, R-PUB-3): script-free, labelled, usable on a phone. */

const STATUS_NAMES: Record<string, string> = {
  published: '公示中',
  corrected: '已更正',
  withdrawn: '已撤下',
  expired: '公示期满',
  stopped: '已停止公示',
};

/** A party's profile page (publications/party-profile.routes.ts): only by 统一社会信用代码, never for a natural person. */
const partyHref = (creditCode: string) => `/parties/${encodeURIComponent(creditCode)}`;

/** Marks each term in a plain text with <mark> (case-insensitive on the normalised text). */
function highlight(text: string, terms: string[]): string {
  if (!terms.length) return esc(text);
  const lower = text.normalize('NFKC').toLowerCase();
  if (lower.length !== text.length) return esc(text);
  const spans: [number, number][] = [];
  for (const t of terms) for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) spans.push([i, i + t.length]);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [a, b] of spans) {
    if (a < pos) continue;
    out += `${esc(text.slice(pos, a))}<mark>${esc(text.slice(a, b))}</mark>`;
    pos = b;
  }
  return out + esc(text.slice(pos));
}

const FORM_KEYS = [
  'q',
  'agency',
  'kind',
  'party',
  'creditCode',
  'docNumber',
  'violation',
  'law',
  'article',
  'region',
  'fineMin',
  'fineMax',
  'from',
  'to',
  'sort',
  'cursor',
] as const;

/** A region the 地区 filter offers (org/org.queries.ts#regionsOfAgencies). */
export type RegionChoice = { code: string; name: string; level: string };

/** An amount in 元 as people read it: 12,500 元, 3.5 万元. */
function yuan(n: number): string {
  if (n >= 10_000) return `${(n / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 万元`;
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}

function queryString(q: SearchQuery, change: Partial<Record<keyof SearchQuery, string | undefined>>): string {
  const p = new URLSearchParams();
  const merged = { ...q, ...change } as Record<string, unknown>;
  for (const k of FORM_KEYS) {
    const v = merged[k];
    if ((typeof v === 'string' && v !== '') || typeof v === 'number') p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `/search?${s}` : '/search';
}

export function searchPage(
  q: SearchQuery,
  r: SearchResult | null,
  opts: { regions?: RegionChoice[]; error?: string | undefined; field?: string | undefined } = {},
): string {
  const { error, regions = [] } = opts;
  const invalid = (name: string) => (error && opts.field === name ? ' aria-invalid="true" aria-describedby="s-error"' : '');
  const field = (name: keyof SearchQuery, label: string, attrs = '') =>
    `<div><label for="s-${name}">${label}</label><input id="s-${name}" name="${name}" value="${esc(String(q[name] ?? ''))}"${attrs}${invalid(name)}></div>`;
  const indent = { province: '', city: '\u3000', county: '\u3000\u3000' } as Record<string, string>;
  const regionOptions = regions
    .map((g) => `<option value="${esc(g.code)}"${q.region === g.code ? ' selected' : ''}>${indent[g.level] ?? ''}${esc(g.name)}</option>`)
    .join('');
  // a region asked for that the list does not hold (an old link) stays chosen, by its code
  const unlisted =
    q.region && !regions.some((g) => g.code === q.region) ? `<option value="${esc(q.region)}" selected>${esc(q.region)}</option>` : '';
  const kinds = ENFORCEMENT_KINDS.map((k) => `<option value="${esc(k)}"${q.kind === k ? ' selected' : ''}>${esc(k)}</option>`).join('');
  const form = `<form class="inline" action="/search" method="get" role="search" aria-label="检索公示的执法决定">
${field('q', '关键词', ' type="search" maxlength="100"')}
${field('party', '当事人名称', ' maxlength="100"')}
${field('creditCode', '统一社会信用代码', ' maxlength="18" autocomplete="off"')}
${field('docNumber', '文书号', ' maxlength="100"')}
<div><label for="s-kind">执法类别</label><select id="s-kind" name="kind"><option value="">全部</option>${kinds}</select></div>
${field('from', '决定日期起', ' type="date"')}
${field('to', '决定日期止', ' type="date"')}
<fieldset class="filters"><legend>按法律依据、违法行为、罚款金额、地区筛选</legend>
${field('law', '法律依据（法律法规名称）', ' maxlength="100" placeholder="如：食品安全法" aria-describedby="s-law-hint"')}
${field('article', '条', ' maxlength="20" inputmode="numeric" placeholder="如：124" aria-describedby="s-law-hint"')}
${field('violation', '违法行为类型', ' maxlength="100"')}
${field('fineMin', '罚款金额不低于（元）', ' inputmode="decimal" maxlength="14"')}
${field('fineMax', '罚款金额不高于（元）', ' inputmode="decimal" maxlength="14"')}
<div><label for="s-region">地区（执法机关所在地）</label><select id="s-region" name="region"${invalid('region')}><option value="">全部</option>${unlisted}${regionOptions}</select></div>
<p class="hint" id="s-law-hint">法律依据按处罚决定所引用的法律法规检索，书名号和“中华人民共和国”可省略；条可写 124 或 第一百二十四条。违法行为类型须填写完整名称，也可在检索结果的筛选中点选。</p>
</fieldset>
${q.agency ? `<input type="hidden" name="agency" value="${esc(q.agency)}">` : ''}
<button type="submit">检索</button></form>
<p class="hint">多个关键词以空格分隔，须同时出现；任意两个字以上的连续文字都能检索到。按相关度排序时，当事人、标题、文号中出现关键词的排在前面（在最新 2000 条结果中排序）。</p>`;
  if (error)
    return layout({
      title: '检索',
      current: 'search',
      main: `<h1>检索执法决定</h1><p class="alert" role="alert" id="s-error"><strong>${esc(error)}</strong></p>${form}`,
    });
  if (!r) return layout({ title: '检索', current: 'search', main: `<h1>检索执法决定</h1>${form}` });
  const sorts = (['relevance', 'newest', 'oldest'] as const)
    .map((s) => {
      const label = { relevance: '相关度', newest: '最新', oldest: '最早' }[s];
      const current = (q.sort ?? 'newest') === s;
      return current
        ? `<li><span aria-current="true"><strong>${label}</strong></span></li>`
        : `<li><a href="${esc(queryString(q, { sort: s, cursor: undefined }))}">${label}</a></li>`;
    })
    .join('');
  type FacetItem = { label: string; count: number; change: Partial<Record<keyof SearchQuery, string | undefined>> };
  const facet = (title: string, items: FacetItem[]) =>
    items.length
      ? `<section aria-label="${title}"><h3>${title}</h3><ul>${items.map((i) => `<li><a href="${esc(queryString(q, { ...i.change, cursor: undefined }))}">${esc(i.label)}</a>（${i.count}）</li>`).join('')}</ul></section>`
      : '';
  const facets = `${facet(
    '执法类别',
    r.facets.kinds.map((k) => ({ label: k.value, count: k.count, change: { kind: k.value } })),
  )}
${facet(
  '执法机关',
  r.facets.agencies.map((a) => ({ label: a.name, count: a.count, change: { agency: a.value } })),
)}
${facet(
  '违法行为类型',
  r.facets.violations.map((v) => ({ label: v.value, count: v.count, change: { violation: v.value } })),
)}
${facet(
  '年份',
  r.facets.years.map((y) => ({ label: `${y.value} 年`, count: y.count, change: { from: `${y.value}-01-01`, to: `${y.value}-12-31` } })),
)}`;
  // why a hit matched a filter: the law and article it cites, its fine, its violation type — marked
  const law = q.law ? normalizeLawName(q.law) : null;
  const article = law && q.article ? normalizeArticle(q.article) : null;
  const lawMarks = [law, article].filter((x): x is string => !!x);
  const fineMarked = q.fineMin !== undefined || q.fineMax !== undefined;
  const why = (i: SearchResult['items'][number]) =>
    [
      i.basis ? `<p class="basis">依据：${highlight(i.basis, lawMarks)}</p>` : '',
      i.violation ? `<p>违法行为类型：${q.violation === i.violation ? `<mark>${esc(i.violation)}</mark>` : esc(i.violation)}</p>` : '',
      i.fineAmount !== null ? `<p>罚款金额：${fineMarked ? `<mark>${esc(yuan(i.fineAmount))}</mark>` : esc(yuan(i.fineAmount))}</p>` : '',
    ].join('');
  const items = r.items
    .map(
      (i) => `<li class="hit"><h3><a href="${esc(i.url)}">${highlight(i.title, r.terms)}</a></h3>
<p class="hint">${esc(i.kind)} · <span>${highlight(i.docNumber, r.terms)}</span> · ${esc(i.agency.name)} · 决定日期 <time datetime="${esc(i.decidedOn)}">${esc(i.decidedOn)}</time>${i.status === 'corrected' ? ' · 已更正' : ''}</p>
<p>当事人：${
        i.partyCreditCode
          ? `<a href="${esc(partyHref(i.partyCreditCode))}" aria-label="${esc(i.partyName)}（${esc(i.partyCreditCode)}）的全部公示信息">${highlight(i.partyName, r.terms)}</a>（${esc(i.partyCreditCode)}）`
          : highlight(i.partyName, r.terms)
      }</p>
<p>${highlight(i.excerpt, r.terms)}</p><p>结论：${highlight(i.conclusion, r.terms)}</p>${why(i)}</li>`,
    )
    .join('\n');
  // a search stopped at its cost cap shows what it found among the records it read, and says so (issue 23)
  const total =
    r.partial?.reason === 'busy'
      ? '未能执行'
      : r.partial
        ? `已检索部分记录，找到 ${r.total.value} 条`
        : r.total.exact
          ? `共 ${r.total.value} 条`
          : `约 ${r.total.value.toLocaleString('zh-CN')} 条`;
  const partial = r.partial
    ? `<p class="alert" role="status"><strong>${r.partial.reason === 'busy' ? '检索繁忙。' : '结果不完整。'}</strong>${esc(r.partial.message)}</p>`
    : '';
  return layout({
    title: q.q ? `检索：${q.q}` : '检索',
    current: 'search',
    main: `<h1>检索执法决定</h1>${form}
<h2 id="h-results">检索结果（${total}）</h2>${partial}
${r.partial?.reason === 'busy' ? '' : `<nav aria-label="排序" class="sort">排序：<ul class="inline-list">${sorts}</ul></nav>`}
${facets && !(r.partial && !r.items.length) ? `<details><summary>按类别、机关、违法行为类型、年份筛选${r.partial ? '（按已检索的部分统计）' : r.facets.sampled ? `（按最新的 500 条统计）` : ''}</summary>${facets}</details>` : ''}
${items ? `<ol class="hits" aria-labelledby="h-results">${items}</ol>` : r.partial ? '' : '<p>没有找到符合条件的执法决定。可以减少关键词或放宽条件再试。</p>'}
${r.nextCursor ? `<p><a rel="next" href="${esc(queryString(q, { cursor: r.nextCursor }))}">下一页</a></p>` : ''}`,
  });
}

export function decisionPage(d: PublicDecisionRow, today: string): string {
  const set = FIELD_SETS[d.field_set as PublicationFieldSet] ?? [];
  const fields = d.fields as Record<string, string | null>;
  const rows = (set.length ? set.map((f) => f.code) : Object.keys(fields))
    .filter((code) => fields[code] !== null && fields[code] !== undefined && fields[code] !== '')
    .map((code) => `<tr><th scope="row">${esc(fieldName(code))}</th><td>${esc(String(fields[code]))}</td></tr>`)
    .join('');
  const history = (d.history as { version: number | null; act: string; on: string; reason: string | null }[])
    .map(
      (h) =>
        `<li><time datetime="${esc(h.on)}">${esc(chinaDay(h.on) ?? '')}</time> ${esc(h.act)}${h.version ? `（第 ${h.version} 版）` : ''}${h.reason ? `：${esc(h.reason)}` : ''}</li>`,
    )
    .join('');
  const expired =
    d.status === 'expired' || (!!d.public_until && d.public_until < today && (d.status === 'published' || d.status === 'corrected'));
  // the Beijing date of the act, as every date a person reads (issue 18 item 11)
  const statusAt = chinaDay(d.status_at) ?? '';
  const banner =
    d.status === 'withdrawn'
      ? `<div class="alert" role="status"><strong>本决定已撤下</strong>（${esc(statusAt)}）：${esc(d.status_reason ?? '')}</div>`
      : d.status === 'stopped'
        ? `<div class="alert" role="status"><strong>本决定已提前停止公示</strong>（${esc(statusAt)}）：${esc(d.status_reason ?? '')}</div>`
        : expired
          ? `<div class="alert" role="status"><strong>公示期已满</strong>（公示截止期 ${esc(d.public_until ?? '')}）</div>`
          : d.status === 'corrected'
            ? `<div class="status-ok" role="status">本决定的公示信息已于 ${esc(statusAt)} 更正（第 ${d.version} 版）：${esc(d.status_reason ?? '')}</div>`
            : '';
  const live = !['withdrawn', 'stopped'].includes(d.status) && !expired;
  const body =
    live && d.body
      ? `<section aria-labelledby="h-text"><h2 id="h-text">决定书全文</h2><div class="doc">${d.body
          .split('\n')
          .map((l) => `<p>${esc(l)}</p>`)
          .join('')}</div><p class="hint">公示文本由决定书原文按记录的脱敏规则生成，个人隐私已作处理。</p></section>`
      : '';
  const json = `/api/v1/public/decisions/${encodeURIComponent(d.agency_credit_code)}/${encodeURIComponent(d.doc_number)}`;
  return layout({
    title: `${d.doc_number} ${d.title}`,
    path: `/decisions/${encodeURIComponent(d.agency_credit_code)}/${encodeURIComponent(d.doc_number)}`,
    main: `<p class="hint"><a href="/agencies/${esc(encodeURIComponent(d.agency_credit_code))}">${esc(d.agency_name)}</a> · ${esc(d.kind)} · ${STATUS_NAMES[d.status] ?? ''}</p>
<h1>${esc(d.title)}</h1>
${banner}
<dl><dt>文书号</dt><dd>${esc(d.doc_number)}</dd><dt>当事人</dt><dd>${
      d.party_credit_code
        ? `<a href="${esc(partyHref(d.party_credit_code))}"${printUrl(partyHref(d.party_credit_code))}>${esc(d.party_name)}</a><br><span class="hint">统一社会信用代码 ${esc(d.party_credit_code)}；点当事人名称可查看其在各机关的全部公示信息</span>`
        : esc(d.party_name)
    }</dd><dt>执法结论</dt><dd>${esc(d.conclusion)}</dd><dt>决定日期</dt><dd>${esc(d.decided_on)}</dd>${d.public_until ? `<dt>公示截止期</dt><dd>${esc(d.public_until)}</dd>` : ''}</dl>
${live ? `<section aria-labelledby="h-fields"><h2 id="h-fields">公示信息</h2><div class="scroll" tabindex="0" role="region" aria-label="“双公示”数据项表格"><table class="kv"><caption>“双公示”数据项</caption><tbody>${rows}</tbody></table></div></section>` : ''}
${body}
<section aria-labelledby="h-history"><h2 id="h-history">公示记录</h2><ol>${history}</ol></section>
<p class="no-print"><a href="${esc(`/complaints?agency=${encodeURIComponent(d.agency_credit_code)}&ref=${encodeURIComponent(d.doc_number)}`)}">对此执法行为投诉</a> <span class="hint">（由${esc(d.agency_name)}受理并答复，司法行政部门监督；您的个人信息不公开）</span></p>
<p><a href="${esc(json)}"${printUrl(json)}>本决定的数据（JSON，双公示数据项代码）</a> · <a href="/agencies/${esc(encodeURIComponent(d.agency_credit_code))}/decisions.atom">本机关公示订阅（Atom）</a>${d.source !== 'local' ? ` · 数据来源：${esc(d.source)}` : ''}</p>`,
  });
}
