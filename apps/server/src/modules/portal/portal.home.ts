import { PROCEDURES, chinaDateTime } from '@sanxiang/domain';
import { esc, layout, officerLookupForm } from '../../http/html-layout.ts';
import type { PublicAgency } from './portal.service.ts';

/**
 * What is happening on the portal (issue 22 point 4). The portal sits below the modules that know
 * it (publications, ledger): it declares what the home page needs, and the composition root hands it
 * a function that answers (app.ts).
 */
export interface HomeDecisions {
  latest: {
    title: string;
    kind: string;
    docNumber: string;
    partyName: string;
    partyCreditCode: string | null;
    agency: { name: string; creditCode: string };
    decidedOn: string;
    /** China date of its 公示 */
    publishedOn: string;
    url: string;
  }[];
  /** agencies by their newest publication, newest first; `recent`: how many of the newest publications are theirs */
  agencies: { name: string; creditCode: string; lastPublishedOn: string; recent: number }[];
  /** this China year's decisions now public, by kind, and their fines (万元) */
  year: { year: number; total: number; byKind: { kind: string; count: number }[]; fineWan: number };
}

export interface HomeCheckpoint {
  agency: { name: string; creditCode: string };
  size: number;
  signedAt: Date;
  cosigned: number;
}

export interface HomeActivity extends HomeDecisions {
  /** each agency's newest checkpoint, newest first */
  checkpoints: HomeCheckpoint[];
}

const agencyHref = (creditCode: string) => `/agencies/${encodeURIComponent(creditCode)}`;
export const partyHref = (creditCode: string) => `/parties/${encodeURIComponent(creditCode)}`;

/** An instant as Beijing wall-clock time, to the minute: 2026-11-02 10:05（北京时间）. */
export function beijingTime(at: Date): string {
  const t = chinaDateTime(at);
  return `${t.date} ${t.time.slice(0, 5)}`;
}

function latestList(a: HomeActivity): string {
  if (!a.latest.length) return '<p>尚无公示的执法决定。</p>';
  const items = a.latest
    .map(
      (d) =>
        `<li><a href="${esc(d.url)}">${esc(d.title)}</a><br><span class="hint">${esc(d.kind)} · ${esc(d.agency.name)} · ${esc(d.docNumber)} · 当事人 ${
          d.partyCreditCode ? `<a href="${esc(partyHref(d.partyCreditCode))}">${esc(d.partyName)}</a>` : esc(d.partyName)
        } · <span class="nw">公示日期 <time datetime="${esc(d.publishedOn)}">${esc(d.publishedOn)}</time></span></span></li>`,
    )
    .join('');
  return `<ul class="latest">${items}</ul><p><a href="/search?sort=newest">查看全部公示的执法决定</a> · <a href="/decisions.atom">订阅（Atom）</a></p>`;
}

function yearFigures(a: HomeActivity): string {
  const y = a.year;
  const kinds = y.byKind.map((k) => `<li>${esc(k.kind)} <strong>${k.count}</strong> 件</li>`).join('');
  return `<ul class="figures"><li>合计 <strong>${y.total}</strong> 件</li>${kinds}${
    y.fineWan > 0 ? `<li>罚款合计 <strong>${y.fineWan.toLocaleString('zh-CN')}</strong> 万元</li>` : ''
  }</ul><p class="hint">${y.year} 年作出、目前公示中的执法决定；各机关的统计年报见其执法主体页面。</p>`;
}

function agencyList(a: HomeActivity): string {
  if (!a.agencies.length) return '<p>尚无公示。</p>';
  return `<ul>${a.agencies
    .map(
      (g) =>
        `<li><a href="${esc(agencyHref(g.creditCode))}">${esc(g.name)}</a><br><span class="hint">最近公示 ${esc(g.lastPublishedOn)} · <a href="/search?agency=${esc(encodeURIComponent(g.creditCode))}&amp;sort=newest" aria-label="本机关公示：${esc(g.name)}">本机关公示</a></span></li>`,
    )
    .join('')}</ul>`;
}

function ledgerNote(a: HomeActivity): string {
  const newest = a.checkpoints[0];
  if (!newest) return '<p>尚无账本检查点。</p>';
  return `<p>最新检查点：${esc(newest.agency.name)}，共 ${newest.size.toLocaleString('zh-CN')} 条记录，签发于 <time datetime="${esc(newest.signedAt.toISOString())}">${esc(beijingTime(newest.signedAt))}</time>（北京时间）${
    newest.cosigned ? `，已经司法局见证副署` : '，尚待司法局见证副署'
  }。</p><p>${a.checkpoints.length} 个执法机关的执法记录登记在不可删改的账本中：<a href="/ledger">查看账本检查点并自行核验</a>。</p>`;
}

export function homePage(agencies: PublicAgency[], activity: HomeActivity): string {
  const items = agencies
    .map(
      (a) =>
        `<li><a href="${agencyHref(a.creditCode)}">${esc(a.name)}</a><br><span class="hint">${esc(a.region.name)} · ${esc(a.kindName)}${a.fields.length ? ` · ${a.fields.map(esc).join('、')}` : ''}</span></li>`,
    )
    .join('\n');
  const procedures = PROCEDURES.map(
    (p) => `<li><a href="/api/v1/procedures/${esc(p.code)}/flowchart.svg">${esc(p.name)}</a>（${esc(p.kind)}）</li>`,
  ).join('');
  return layout({
    title: '首页',
    current: 'home',
    main: `<h1>行政执法公示平台</h1>
<p>公开执法主体、执法人员、执法程序、执法决定和执法记录，接受社会监督。</p>
<section aria-labelledby="h-search"><h2 id="h-search">检索公示信息</h2>
<form class="inline" action="/search" method="get" role="search" aria-labelledby="h-search">
<div><label for="q">关键词</label><input id="q" name="q" type="search" maxlength="100" aria-describedby="q-hint"></div>
<button type="submit">检索</button></form>
<p class="hint" id="q-hint">可按当事人名称、统一社会信用代码、文书号或决定中的任意文字检索已公示的执法决定；<a href="/search">更多检索条件</a>。</p></section>
<section aria-labelledby="h-latest"><h2 id="h-latest">最新公示</h2>${latestList(activity)}</section>
<div class="cards">
<section aria-labelledby="h-year"><h2 id="h-year">${activity.year.year} 年执法决定公示</h2>${yearFigures(activity)}</section>
<section aria-labelledby="h-active"><h2 id="h-active">近期公示的执法机关</h2>${agencyList(activity)}</section>
<section aria-labelledby="h-ledger"><h2 id="h-ledger">执法全过程记录</h2>${ledgerNote(activity)}</section>
</div>
<section aria-labelledby="h-officer"><h2 id="h-officer">执法人员核验</h2>
${officerLookupForm('', { id: 'home-number' })}</section>
<section aria-labelledby="h-agencies"><h2 id="h-agencies">执法主体</h2>
${items ? `<ul>${items}</ul>` : '<p>尚无执法主体。</p>'}</section>
<section aria-labelledby="h-procedures"><h2 id="h-procedures">执法流程图</h2><ul>${procedures}</ul></section>`,
  });
}
