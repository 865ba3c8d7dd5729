import { PROCEDURES } from '@sanxiang/domain';
import { esc, layout, siteIdentity } from '../../http/html-layout.ts';
import type { PublicAgency } from './portal.service.ts';

/**
 * The pages every Chinese government website carries (政府网站发展指引, 国办发〔2017〕47号): 网站地图,
 * 联系我们, 无障碍声明; and 开放数据, where developers find the JSON, feeds and ledger files that
 * used to sit in the public footer.
 */

const agencyHref = (creditCode: string) => `/agencies/${encodeURIComponent(creditCode)}`;

export function sitemapPage(agencies: PublicAgency[]): string {
  const agencyItems = agencies
    .map(
      (a) =>
        `<li><a href="${agencyHref(a.creditCode)}">${esc(a.name)}</a><ul>
<li><a href="${agencyHref(a.creditCode)}/lists">事前公开清单</a></li>
<li><a href="/search?agency=${esc(encodeURIComponent(a.creditCode))}&amp;sort=newest" aria-label="公示的执法决定：${esc(a.name)}">公示的执法决定</a></li>
<li><a href="${agencyHref(a.creditCode)}/statistics" aria-label="行政执法统计年报：${esc(a.name)}">行政执法统计年报</a></li></ul></li>`,
    )
    .join('');
  const procedures = PROCEDURES.map((p) => `<li><a href="/api/v1/procedures/${esc(p.code)}/flowchart.svg">${esc(p.name)}</a></li>`).join(
    '',
  );
  return layout({
    title: '网站地图',
    main: `<h1>网站地图</h1>
<div class="cards">
<section aria-labelledby="h-pub"><h2 id="h-pub">公示信息</h2><ul>
<li><a href="/">首页</a></li>
<li><a href="/search">执法决定检索</a>（行政处罚、行政许可等执法决定）</li>
<li>当事人公示信息：从执法决定页面或检索结果中的当事人名称进入，按统一社会信用代码汇集该当事人的全部公示决定</li>
<li><a href="/officers">执法人员核验</a></li>
<li><a href="/ledger">执法记录账本</a></li></ul></section>
<section aria-labelledby="h-service"><h2 id="h-service">办事与互动</h2><ul>
<li><a href="/party">当事人专区</a>（凭案件编号和访问码查看本人案件、提交陈述申辩）</li>
<li><a href="/complaints">投诉举报</a>（对执法行为提出投诉、举报）；<a href="/complaints/track">投诉举报查询</a>（凭查询码查看办理进度和答复）</li>
<li><a href="/contact">联系我们</a></li>
<li><a href="/accessibility">无障碍声明</a></li>
<li><a href="/open-data">开放数据</a>（面向开发者的数据接口）</li></ul></section>
</div>
<section aria-labelledby="h-agencies"><h2 id="h-agencies">执法主体</h2>${agencyItems ? `<ul>${agencyItems}</ul>` : '<p>尚无执法主体。</p>'}</section>
<section aria-labelledby="h-flow"><h2 id="h-flow">执法流程图</h2><ul>${procedures}</ul></section>`,
  });
}

export function contactPage(agencies: PublicAgency[]): string {
  const s = siteIdentity();
  const own: [string, string][] = [];
  if (s.sponsor) own.push(['主办单位', esc(s.sponsor)]);
  if (s.operator) own.push(['承办单位', esc(s.operator)]);
  if (s.phone) own.push(['联系电话', `<a href="tel:${esc(s.phone.replace(/[^0-9+]/g, ''))}">${esc(s.phone)}</a>`]);
  if (s.email) own.push(['电子邮箱', `<a href="mailto:${esc(s.email)}">${esc(s.email)}</a>`]);
  if (s.address) own.push(['通信地址', esc(s.address)]);
  const rows = agencies
    .map(
      (a) =>
        `<tr><td data-label="执法机关"><a href="${agencyHref(a.creditCode)}">${esc(a.name)}</a></td><td data-label="地址">${esc(a.address || '—')}</td><td data-label="联系电话">${
          a.phone ? `<a href="tel:${esc(a.phone.replace(/[^0-9+]/g, ''))}">${esc(a.phone)}</a>` : '—'
        }</td></tr>`,
    )
    .join('');
  return layout({
    title: '联系我们',
    main: `<h1>联系我们</h1>
<section aria-labelledby="h-site"><h2 id="h-site">本网站</h2>
${own.length ? `<dl>${own.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : '<p>本网站的联系方式尚未配置，请与下列执法机关联系。</p>'}
<p>对网站内容、无障碍使用或数据接口有意见和建议，请通过以上方式联系网站承办单位。</p></section>
<section aria-labelledby="h-agencies"><h2 id="h-agencies">执法机关</h2>
<p>对某项执法决定有疑问，或需要更正公示信息的，请联系作出决定的执法机关；对执法行为的投诉举报，也可拨打 12345 政务服务便民热线，或向当地司法局反映。</p>
${rows ? `<table class="rows"><caption>各执法机关的地址和联系电话</caption><thead><tr><th scope="col">执法机关</th><th scope="col">地址</th><th scope="col">联系电话</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>尚无执法主体。</p>'}</section>`,
  });
}

export function accessibilityPage(): string {
  const s = siteIdentity();
  const contact =
    s.phone || s.email
      ? `（${[s.phone ? `电话 ${esc(s.phone)}` : '', s.email ? `邮箱 ${esc(s.email)}` : ''].filter(Boolean).join('，')}）`
      : '';
  return layout({
    title: '无障碍声明',
    main: `<h1>无障碍声明</h1>
<p>本网站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668—2019）和 Web 内容无障碍指南（WCAG 2.1）AA 级的要求建设，方便老年人、残疾人和使用各种设备的公众获取执法公示信息。</p>
<section aria-labelledby="h-done"><h2 id="h-done">我们做了什么</h2><ul>
<li>全部页面在服务器生成，不依赖 JavaScript，浏览器关闭脚本也能完整使用；不使用网络字体，网速慢时也能较快打开。</li>
<li>每页都有“跳到主要内容”链接，页眉、导航、主要内容、页脚有明确的区域标记，标题层级清楚，便于读屏软件浏览。</li>
<li>所有功能都可以只用键盘操作，当前焦点有醒目的橙色框线。</li>
<li>文字与背景的颜色对比度符合 AA 级要求；状态（如执法证“暂扣”、决定“已撤下”）同时用文字说明，不只靠颜色区分。</li>
<li>页面随屏幕宽度调整，手机上无需横向滚动；浏览器放大到 200% 时内容不丢失。</li>
<li>二维码、流程图等图片有文字替代；表格有表头和说明。</li>
<li>每个页面都可以直接打印，打印时省去导航，并在重要链接后印出网址。</li>
<li>每次发布前，用自动化工具（axe-core）在电脑和手机两种宽度下检查全部公示页面。</li></ul></section>
<section aria-labelledby="h-limits"><h2 id="h-limits">已知的不足</h2><ul>
<li>执法流程图为图片（SVG），复杂流程的读屏体验有限；各步骤的文字说明见对应执法主体的事前公开清单。</li>
<li>执法文书的 PDF 版本为版式文件，读屏软件读取效果取决于阅读器；决定书全文同时以网页文字公示。</li></ul></section>
<section aria-labelledby="h-feedback"><h2 id="h-feedback">意见反馈</h2>
<p>使用中遇到障碍，请告诉我们遇到问题的页面和情况${contact}，我们会尽快改进。也可查看<a href="/contact">联系我们</a>。</p></section>`,
  });
}

export function openDataPage(agencies: PublicAgency[]): string {
  const example = agencies.find((a) => a.kind === 'enforcement') ?? agencies[0];
  const code = example ? esc(example.creditCode) : '&lt;机关统一社会信用代码&gt;';
  const row = (path: string, what: string, href?: string) =>
    `<tr><td data-label="地址"><code>${href ? `<a href="${esc(href)}">${path}</a>` : path}</code></td><td data-label="内容">${what}</td></tr>`;
  const table = (caption: string, rows: string) =>
    `<table class="rows"><caption>${caption}</caption><thead><tr><th scope="col">地址</th><th scope="col">内容</th></tr></thead><tbody>${rows}</tbody></table>`;
  return layout({
    title: '开放数据',
    main: `<h1>开放数据</h1>
<p>本页面向开发者和其他政府网站：本平台公示的全部信息都可以按下列地址以机器可读的格式取得，无需注册，各机关网站可以展示同样的数据。全部接口的说明见<a href="/api/openapi.json">接口文档（OpenAPI 3）</a>。</p>
<section aria-labelledby="h-json"><h2 id="h-json">执法决定与当事人（JSON）</h2>
${table(
  '公示数据接口',
  row(
    '/api/v1/public/decisions?q=关键词',
    '检索公示的执法决定：参数与检索页面相同（关键词、当事人、统一社会信用代码、文书号、机关、类别、日期），按 <code>nextCursor</code> 翻页',
    '/api/v1/public/decisions?sort=newest',
  ) +
    row(
      '/api/v1/public/decisions/&lt;机关统一社会信用代码&gt;/&lt;文书号&gt;',
      '一项决定：按国家“双公示”数据项代码（CF_*、XK_*）给出的公示信息、状态、各版本记录和全文',
    ) +
    row(
      '/api/v1/public/parties/&lt;统一社会信用代码&gt;',
      '一个法人或非法人组织在各机关公示的全部执法决定，含公示期和状态（公示中、已届满、已撤下、已修复）',
    ) +
    row('/api/v1/public/officers/&lt;执法证号&gt;', '执法人员核验：执法证状态、所在机关、执法类别和区域'),
)}
<p class="hint">每个网页都有对应的数据：决定页、当事人页的末尾有“数据（JSON）”链接。应答带 <code>ETag</code> 和 <code>Cache-Control</code>，带 <code>If-None-Match</code> 再次请求时未变化的数据答 304；允许跨域读取（CORS）。自然人的身份证号码不公示，因此不提供按自然人汇集的数据。</p></section>
<section aria-labelledby="h-feeds"><h2 id="h-feeds">订阅（Atom）</h2>
${table(
  '公示订阅',
  row('/decisions.atom', '全平台最新 50 项公示变化（公示、更正、撤下、期满）', '/decisions.atom') +
    row(
      `/agencies/${code}/decisions.atom`,
      `一个机关的公示变化${example ? `（示例：${esc(example.name)}）` : ''}`,
      example ? `/agencies/${example.creditCode}/decisions.atom` : undefined,
    ),
)}</section>
<section aria-labelledby="h-ledger"><h2 id="h-ledger">执法记录账本（瓦片）</h2>
<p>每个执法机关的执法记录登记在只能追加的默克尔树账本中。账本按 C2SP tlog-tiles 规范以静态文件公开：检查点是经机关密钥签名、司法局副署的树根；瓦片是树中各层的哈希，每块最多 256 个。任何人都可以下载检查点和瓦片，自己重算树根，证明之前的记录没有被删改。瓦片只含哈希，不含当事人信息。</p>
${table(
  '账本文件',
  row(
    `/ledger/${code}/checkpoint`,
    '最新检查点（签名文本：来源、记录条数、树根哈希，以及签名行）',
    example ? `/ledger/${example.creditCode}/checkpoint` : undefined,
  ) +
    row(`/ledger/${code}/tile/&lt;层&gt;/&lt;序号&gt;`, '哈希瓦片；未满的瓦片为 <code>…/&lt;序号&gt;.p/&lt;宽度&gt;</code>') +
    row(`/ledger/${code}/keys`, '验证公钥（Ed25519 与 SM2）', example ? `/ledger/${example.creditCode}/keys` : undefined) +
    row(`/api/v1/ledger/${code}/proof/inclusion`, '包含证明：某条记录在树中') +
    row(`/api/v1/ledger/${code}/proof/consistency`, '一致性证明：新树包含旧树的全部记录') +
    row('/ledger/verifier.mjs', '核验工具（单个文件，Node.js 18 及以上，无需安装依赖）', '/ledger/verifier.mjs'),
)}
<p>核验步骤见<a href="/ledger">执法记录账本</a>页面。</p></section>
<section aria-labelledby="h-other"><h2 id="h-other">其他</h2>
${table(
  '其他接口',
  row('/api/v1/calendar', '工作日历：法定节假日和调休工作日（计算公示期限、办理时限所用）', '/api/v1/calendar') +
    row(
      '/api/v1/procedures/&lt;程序代码&gt;/flowchart.svg',
      '执法流程图（由程序定义生成）',
      PROCEDURES[0] ? `/api/v1/procedures/${PROCEDURES[0].code}/flowchart.svg` : undefined,
    ) +
    row(`/agencies/${code}/officers.xlsx`, '执法人员清单（Excel）', example ? `/agencies/${example.creditCode}/officers.xlsx` : undefined) +
    row('/api/openapi.json', '接口文档（OpenAPI 3）', '/api/openapi.json') +
    row('/health', '运行状态（供监控使用）', '/health'),
)}</section>`,
  });
}
