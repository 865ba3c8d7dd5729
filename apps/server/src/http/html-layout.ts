/**
 * The public pages' one layout (portal, party area, lists, search, statistics, ledger, publications),
 * kept in http/ as the HTML kit every module's pages share: server-rendered, script-free, small inline CSS and system fonts only
 * (no web fonts: a slow link pays for nothing but text). Landmarks, a skip link and headings in
 * order so that screen readers can move through every page the same way.
 */

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const SITE_NAME = '行政执法公示平台';

// Colours meet WCAG AA on white (text #1f2933 ≈ 14:1, links #0b5cad ≈ 6.6:1, badges ≥ 5.9:1).
const CSS = `*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.7;color:#1f2933;background:#fff;font-size:1rem}
a{color:#0b5cad}a:focus,button:focus,input:focus,.scroll:focus{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:1}.skip:focus{left:.5rem}
header,main,footer{padding:0 1rem}.wrap{max-width:56rem;margin:0 auto}
header{background:#0b3d6e;color:#fff}header a{color:#fff}
header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.3rem 1.2rem;padding:.6rem 0}
.site{font-weight:700;font-size:1.15rem;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
h1{font-size:1.5rem;line-height:1.35;margin:1.2rem 0 .6rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0}
form.inline fieldset{flex:1 1 100%;display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;border:1px solid #cbd2d9;padding:.4rem .75rem .6rem;margin:0}form.inline legend{font-weight:600;padding:0 .3rem}form.inline fieldset .hint{flex:1 1 100%}
label{display:block;font-weight:600}
input,textarea{font:inherit;padding:.45rem .6rem;border:1px solid #52606d;border-radius:4px;min-width:14rem;max-width:100%}
button{font:inherit;padding:.45rem 1rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;cursor:pointer}
.hint{color:#3e4c59;font-size:.9rem;margin:.2rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th{white-space:nowrap}td:first-child{white-space:nowrap}
th,td{border-bottom:1px solid #cbd2d9;padding:.4rem .5rem;text-align:left;vertical-align:top}th{background:#f0f4f8}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;min-width:0}
time,.nw{white-space:nowrap}.badge{display:inline-block;padding:0 .5em;border-radius:4px;font-weight:700;white-space:nowrap}
.ok{background:#e3f1e7;color:#0a5c28}.bad{background:#b3261e;color:#fff}.muted{background:#e4e7eb;color:#323f4b}.info{background:#e0ecf8;color:#0b3d6e}
.alert{border:3px solid #b3261e;background:#fdecea;padding:.6rem 1rem;margin:1rem 0}.alert strong{color:#8a1c16}
.status-ok{border:2px solid #0a5c28;background:#e3f1e7;padding:.6rem 1rem;margin:1rem 0}
.qr img{width:10rem;height:10rem}
footer{margin-top:2.5rem;background:#f0f4f8;border-top:1px solid #cbd2d9}footer .wrap{padding:.8rem 0;font-size:.9rem}
footer ul{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
select{font:inherit;padding:.45rem .6rem;border:1px solid #52606d;border-radius:4px;background:#fff}
mark{background:#fde68a;color:inherit}ol.hits{padding-left:1.2rem}li.hit{margin:0 0 1.2rem}li.hit h3{font-size:1.05rem;margin:.2rem 0}li.hit p{margin:.15rem 0}
.inline-list{list-style:none;padding:0;margin:0;display:inline-flex;gap:1rem;flex-wrap:wrap}.doc p{margin:.3rem 0}details{margin:.8rem 0}summary{cursor:pointer;font-weight:600}
pre{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-all;background:#f5f7fa;border:1px solid #cbd2d9;padding:.5rem .7rem;font-size:.85rem;max-width:100%}
code{overflow-wrap:anywhere}
.print-only{display:none}.site-info p{margin:.2rem 0}.site-info span{display:inline-block;margin-right:1.2rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem 1.2rem}.cards>section h2{margin-top:.8rem}
.figures{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.figures strong{font-size:1.4rem;color:#0b3d6e}
ul.latest{padding-left:1.1rem}ul.latest li{margin:.3rem 0}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}input{min-width:0;width:100%}
table.kv,table.kv tbody,table.kv tr,table.kv th,table.kv td,table.kv caption,table.rows caption{display:block;width:100%}table.kv th{white-space:normal;background:none;border:0;padding:.5rem 0 0;color:#3e4c59;font-size:.9rem}table.kv td{padding:.1rem 0 .5rem}
table.rows thead{position:absolute;left:-9999px}table.rows,table.rows tbody,table.rows tr,table.rows td{display:block;width:100%}table.rows tr{border-bottom:1px solid #cbd2d9;padding:.4rem 0}table.rows td{border:0;padding:.1rem 0;white-space:normal}table.rows td[data-label]::before{content:attr(data-label) "：";font-weight:600;color:#3e4c59;display:inline-block;white-space:nowrap}}
@media print{body{color:#000;background:#fff;font-size:11pt;line-height:1.5}header{background:none;color:#000;border-bottom:2px solid #000;padding:0}header a{color:#000;text-decoration:none}
header nav,.skip,footer ul,form,.no-print{display:none}.print-only{display:block;font-size:.85em;overflow-wrap:anywhere}details>*{display:block}main,footer{padding:0}a{color:#000}
main a[data-url]::after{content:" （" attr(data-url) "）";font-size:.8em;overflow-wrap:anywhere}
.scroll{overflow:visible}pre{background:none;border:1px solid #000}th{background:none}.badge,.alert,.status-ok{background:none;color:#000;border:1px solid #000}.alert strong{color:#000}
mark{background:none;font-weight:700;text-decoration:underline}.hint,th,caption{color:#000}footer{margin-top:1.5rem;background:none;border-top:1px solid #000}tr,li,dt,dd{break-inside:avoid}h1,h2,h3{break-after:avoid}}`;

/**
 * What a government website must show in every page's footer (政府网站发展指引, 国办发〔2017〕47号):
 * 主办单位, 承办单位, 网站标识码, ICP备案号 and 公安机关备案号; plus the site's own contact. One per
 * deployment, from configuration (SANXIANG_SITE_* environment variables, read by the CLI and handed
 * to buildApp, which sets it here once).
 */
export interface SiteIdentity {
  /** 主办单位 */
  sponsor?: string | undefined;
  /** 承办单位 */
  operator?: string | undefined;
  /** 网站标识码 (10 characters, from the 全国政府网站信息报送系统) */
  siteCode?: string | undefined;
  /** ICP备案号, e.g. 冀ICP备12345678号-1 */
  icp?: string | undefined;
  /** 公安机关备案号, e.g. 冀公网安备13043302000123号 */
  psb?: string | undefined;
  /** the site's contact: telephone, e-mail and postal address (联系我们) */
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  /** the portal's public address, printed after important links on paper */
  publicUrl?: string | undefined;
}

let site: SiteIdentity = {};

/** Sets the deployment's site identity (buildApp, once per process). */
export function configureSite(identity: SiteIdentity): void {
  site = { ...identity };
}

export function siteIdentity(): Readonly<SiteIdentity> {
  return site;
}

/** The digits of a 公安机关备案号, for its link to the national filing system. */
const psbDigits = (psb: string) => /(\d{10,})/.exec(psb)?.[1] ?? '';

function footer(): string {
  const who = [
    site.sponsor ? `<span>主办单位：${esc(site.sponsor)}</span>` : '',
    site.operator ? `<span>承办单位：${esc(site.operator)}</span>` : '',
  ].join('');
  const ids = [
    site.siteCode ? `<span>网站标识码：${esc(site.siteCode)}</span>` : '',
    site.icp ? `<span><a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">${esc(site.icp)}</a></span>` : '',
    site.psb
      ? `<span><a href="https://beian.mps.gov.cn/#/query/webSearch?code=${esc(psbDigits(site.psb))}" rel="noopener noreferrer">${esc(site.psb)}</a></span>`
      : '',
  ].join('');
  return `<footer><div class="wrap">
<ul aria-label="网站信息"><li><a href="/sitemap">网站地图</a></li><li><a href="/contact">联系我们</a></li><li><a href="/accessibility">无障碍声明</a></li><li><a href="/open-data">开放数据</a></li><li><a href="/complaints">投诉举报</a></li><li><a href="/complaints/track">投诉举报查询</a></li></ul>
<div class="site-info">${who ? `<p>${who}</p>` : ''}${ids ? `<p>${ids}</p>` : ''}<p>本站内容由各执法机关的业务系统直接生成。</p></div></div></footer>`;
}

/**
 * A link whose address is printed after it on paper (the print stylesheet reads data-url): the
 * portal's configured address before a path of this site.
 */
export function printUrl(href: string): string {
  return ` data-url="${esc(readableUrl(href))}"`;
}

/** A path of this site as an address a reader can type: the portal's address first, 文号 and names as written (not %-encoded). */
function readableUrl(href: string): string {
  const full = href.startsWith('/') ? `${site.publicUrl ?? ''}${href}` : href;
  try {
    return decodeURI(full);
  } catch {
    return full;
  }
}

export interface PageOptions {
  /** page title (h1 is part of `main`) */
  title: string;
  main: string;
  /** current navigation entry, marked with aria-current */
  /** the page's own path: printed with the portal's address at the top of a printed page */
  path?: string;
  current?: 'home' | 'search' | 'officers' | 'ledger' | 'party' | 'complaints';
}

export function layout(o: PageOptions): string {
  const nav = [
    { key: 'home', href: '/', label: '首页' },
    { key: 'search', href: '/search', label: '执法决定' },
    { key: 'officers', href: '/officers', label: '执法人员核验' },
    { key: 'ledger', href: '/ledger', label: '执法记录账本' },
    { key: 'party', href: '/party', label: '当事人专区' },
    { key: 'complaints', href: '/complaints', label: '投诉举报' },
  ]
    .map((n) => `<li><a href="${n.href}"${o.current === n.key ? ' aria-current="page"' : ''}>${n.label}</a></li>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(o.title)} · ${SITE_NAME}</title>
<style>${CSS}</style></head>
<body><a class="skip" href="#main">跳到主要内容</a>
<header><div class="wrap"><a class="site" href="/">三项 · ${SITE_NAME}</a><nav aria-label="主导航"><ul>${nav}</ul></nav></div></header>
<main id="main" tabindex="-1"><div class="wrap">
${o.path ? `<p class="print-only">本页网址：${esc(readableUrl(o.path))}</p>` : ''}${o.main}
</div></main>
${footer()}
</body></html>`;
}

/** The officer lookup form (GET: works without JavaScript). */
export function officerLookupForm(value = '', opts: { id?: string; error?: string } = {}): string {
  const id = opts.id ?? 'number';
  const err = opts.error ? `<p class="alert" id="${id}-error" role="alert"><strong>${esc(opts.error)}</strong></p>` : '';
  return `${err}<form class="inline" action="/officers" method="get">
<div><label for="${id}">执法证号</label><input id="${id}" name="number" inputmode="text" autocomplete="off" maxlength="30" value="${esc(value)}"${opts.error ? ` aria-invalid="true" aria-describedby="${id}-error ${id}-hint"` : ` aria-describedby="${id}-hint"`}></div>
<button type="submit">核验</button></form>
<p class="hint" id="${id}-hint">输入执法证上的证号，或用手机扫描执法证上的二维码。</p>`;
}
