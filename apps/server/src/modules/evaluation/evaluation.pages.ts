import { chinaDateTime as chinaDt } from '@sanxiang/domain';
import { esc, layout } from '../../http/html-layout.ts';
import type { PublicRoundRecord } from './evaluation.views.ts';

/**
 * 案卷评查 on the portal (R-REC-8): the round's published list (how many files each agency archived
 * in the period, hashed), the commitment made before the seed existed, the seed and the drawn 案号 —
 * no party, no content of a file — and how to re-derive the sample. Scores stay between the 司法局
 * and each agency.
 */
const chinaDateTime = (d: Date) => {
  const t = chinaDt(d);
  return `${t.date} ${t.time.slice(0, 5)}`;
};
const mono = (s: string) => `<code style="word-break:break-all">${esc(s)}</code>`;

export function evaluationPage(r: PublicRoundRecord, publicUrl: string): string {
  const p = r.input.plan;
  const jsonUrl = `/api/v1/public/evaluations/${r.id}`;
  const sample = p.sample.kind === 'count' ? `每个机关 ${p.sample.count} 份` : `每个机关归档案卷的 ${p.sample.percent}%（向上取整）`;
  const drawn = new Map((r.result?.agencies ?? []).map((a) => [a.agency, a]));
  const rows = r.input.agencies
    .map((a) => {
      const d = drawn.get(a.agency);
      return `<tr><td>${esc(a.name)}</td><td>${esc(a.agency)}</td><td>${a.caseFiles.length}</td><td>${
        d ? `${d.sampleSize}` : '—'
      }</td><td>${d ? d.caseFiles.map((f, i) => `${i + 1}. ${esc(f.number)}`).join('<br>') || '（无归档案卷）' : '待种子产生后抽取'}</td></tr>`;
    })
    .join('');
  return layout({
    title: `案卷评查：${p.title}`,
    main: `<p class="hint">${esc(r.justice.name)} · 案卷评查</p>
<h1>案卷评查：${esc(p.title)}</h1>
<p>司法行政部门从各执法机关在评查期间归档的案卷中随机抽取案卷进行评查。抽取前先公布案卷名单的哈希（承诺），种子在承诺之后才产生，任何人都可以按公开数据重新抽取核验。</p>
<h2>评查方案</h2>
<dl>
<dt>组织机关</dt><dd>${esc(r.justice.name)}（${esc(r.justice.creditCode)}）</dd>
<dt>评查期间</dt><dd>${esc(p.periodFrom)} 至 ${esc(p.periodTo)} 归档的案卷</dd>
<dt>抽取数量</dt><dd>${sample}</dd>
<dt>评查标准</dt><dd>${p.standard.version === 0 ? '系统默认标准' : `第 ${p.standard.version} 版`}（SHA-256 ${mono(p.standard.hash)}）</dd>
</dl>
<h2>抽取结果</h2>
<div class="scroll" tabindex="0" role="region" aria-label="抽取结果"><table><caption>各机关归档案卷与抽中的案号（按抽中顺序）</caption>
<thead><tr><th scope="col">被评查机关</th><th scope="col">统一社会信用代码</th><th scope="col">期间归档案卷</th><th scope="col">抽取</th><th scope="col">抽中的案号</th></tr></thead><tbody>${rows}</tbody></table></div>
<h2>抽取前公布的承诺</h2>
<dl>
<dt>公布时间</dt><dd>${esc(chinaDateTime(new Date(r.committedAt)))}</dd>
<dt>承诺哈希</dt><dd>${mono(r.commitmentHash)}</dd>
<dt>案卷名单与方案哈希</dt><dd>${mono(r.commitment.inputHash)}</dd>
<dt>种子来源</dt><dd>${esc(r.ledgerAgency.name)}执法记录账本 ${mono(r.commitment.seedSource.origin)} 达到 ${r.commitment.seedSource.treeSize} 条时的根哈希（承诺记入该账本时尚未达到该条数，任何人都无法预知）</dd>
</dl>
<h2>种子</h2>
${
  r.seed
    ? `<dl><dt>种子</dt><dd>${mono(r.seed)}</dd><dt>抽取时间</dt><dd>${esc(chinaDateTime(new Date(r.drawnAt!)))}</dd></dl>`
    : `<p>尚未产生：须待该账本达到 ${r.commitment.seedSource.treeSize} 条并签署检查点。</p>`
}
<h2>如何核验</h2>
<ol>
<li>下载<a href="${jsonUrl}">公布的全部数据（JSON）</a>：方案、各机关期间归档案卷的名单（案卷标识、案号、归档日期，不含当事人信息）、承诺、种子及其凭据、抽取结果。</li>
<li>核对名单与方案的 SHA-256 与承诺一致；核对种子是账本第 ${r.commitment.seedSource.treeSize} 条时的根哈希，且承诺记在更早的位置。</li>
<li>用与双随机抽查相同的算法（SHA-256 计数器模式随机数流、拒绝采样、Fisher–Yates 洗牌）重新抽取。命令：<br><code style="word-break:break-all">npx sanxiang draw verify ${esc(publicUrl.replace(/\/$/, ''))}${jsonUrl}</code></li>
</ol>
<p class="hint">评查得分和发现的问题反馈给被评查机关，不在此公布。方法说明见项目文档 docs/draw.md。</p>`,
  });
}
