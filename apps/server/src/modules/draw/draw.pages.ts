import { chinaDateTime as chinaDt, type DrawInput, type DrawResult, type DrawSample } from '@sanxiang/domain';
import { esc, layout } from '../../http/html-layout.ts';
import type { PublicDrawRecord } from './draw.views.ts';

/**
 * 双随机、一公开 on the portal (R-PUB-6): the agency's plans, and for each the plan, the
 * commitment published before the seed existed, the seed, the drawn targets and inspectors, each
 * inspection's result (检查结果, published within 20 working days) and how to re-run the draw.
 */
interface Agency {
  name: string;
  credit_code: string;
}

export interface DrawnRow {
  caseNumber: string | null;
  /** 未检查 / 待公示 / 已公示 … */
  result: string;
  resultUrl: string | null;
  dueOn: string | null;
}

const chinaDateTime = (d: Date) => {
  const t = chinaDt(d);
  return `${t.date} ${t.time.slice(0, 5)}`;
};
const base = (a: Agency) => `/agencies/${encodeURIComponent(a.credit_code)}`;
const sampleText = (s: DrawSample) => (s.kind === 'count' ? `${s.count} 户` : `${s.percent}%（向上取整）`);
const mono = (s: string) => `<code style="word-break:break-all">${esc(s)}</code>`;

export function drawsIndexPage(
  a: Agency,
  plans: {
    id: string;
    item_name: string;
    state: string;
    planned_on: string;
    period_from: string;
    period_to: string;
    committed_at: Date | null;
  }[],
): string {
  const rows = plans
    .map(
      (p) =>
        `<tr><td><a href="/draws/${p.id}">${esc(p.item_name)}</a></td><td>${esc(p.period_from)} 至 ${esc(p.period_to)}</td><td>${esc(p.planned_on)}</td><td>${
          p.state === 'drawn' ? '已抽取' : '已公布承诺，等待种子'
        }</td><td>${esc(p.committed_at ? chinaDateTime(p.committed_at) : '')}</td></tr>`,
    )
    .join('');
  return layout({
    title: `${a.name} 双随机抽查`,
    main: `<p class="hint"><a href="${base(a)}">${esc(a.name)}</a> · <a href="${base(a)}/lists/inspections">随机抽查事项清单</a></p>
<h1>双随机抽查</h1>
<p>随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果向社会公开。每次抽取前先公布承诺，抽取后公布种子和结果，任何人都可以重新计算核验。</p>
${
  plans.length
    ? `<div class="scroll" tabindex="0" role="region" aria-label="抽查方案"><table><caption>抽查方案</caption><thead><tr><th scope="col">抽查事项</th><th scope="col">抽查期间</th><th scope="col">计划检查日期</th><th scope="col">状态</th><th scope="col">承诺公布时间</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : '<p>本机关尚未公布双随机抽查方案。</p>'
}`,
  });
}

export function drawPage(a: Agency, r: PublicDrawRecord, rows: Map<string, DrawnRow>, publicUrl: string): string {
  const input: DrawInput = r.input;
  const p = input.plan;
  const result = r.result as DrawResult | null;
  const names = new Map(input.inspectors.map((i) => [i.certificate, i.name]));
  const jsonUrl = `/api/v1/public/draws/${r.id}`;
  const resultTable = result
    ? `<div class="scroll" tabindex="0" role="region" aria-label="抽取结果"><table><caption>抽取结果（共 ${result.sampleSize} 户，按抽中顺序）</caption>
<thead><tr><th scope="col">序号</th><th scope="col">检查对象</th><th scope="col">统一社会信用代码</th><th scope="col">执法检查人员（执法证号）</th><th scope="col">案件编号</th><th scope="col">检查结果</th></tr></thead><tbody>${result.targets
        .map((t, i) => {
          const row = rows.get(t.code);
          const res = row?.resultUrl ? `<a href="${esc(row.resultUrl)}">${esc(row.result)}</a>` : esc(row?.result ?? '尚未检查');
          return `<tr><td>${i + 1}</td><td>${esc(t.name)}</td><td>${esc(t.code)}</td><td>${t.inspectors
            .map(
              (c) =>
                `<span style="white-space:nowrap"><a href="/officers/${encodeURIComponent(c)}">${esc(names.get(c) ?? c)}</a>（${esc(c)}）</span>`,
            )
            .join('<br>')}</td><td>${esc(row?.caseNumber ?? '')}</td><td>${res}${
            row?.dueOn && !row.resultUrl ? `<br><span class="hint">应于 ${esc(row.dueOn)} 前公示（工作日）</span>` : ''
          }</td></tr>`;
        })
        .join('')}</tbody></table></div>
<p class="hint">检查结果自检查结论作出之日起 20 个工作日内公示（《河北省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案》冀政办字〔2019〕31号（六）：执法决定作出之日起 20 个工作日内公布执法机关、执法对象、执法类别、执法结论）。</p>`
    : `<p class="status-ok">种子尚未产生：须待本机关执法记录账本达到 ${r.commitment.seedSource.treeSize} 条。届时该条数下的账本根哈希即为种子，抽取随即进行并在此公布。</p>`;
  const evidence = r.seedEvidence as { checkpointSize: number; commitmentLeaf: { index: number } } | null;
  return layout({
    title: `双随机抽查：${p.item.name}`,
    main: `<p class="hint"><a href="${base(a)}">${esc(a.name)}</a> · <a href="${base(a)}/draws">双随机抽查</a></p>
<h1>双随机抽查：${esc(p.item.name)}</h1>
<h2>抽查方案</h2>
<dl>
<dt>执法机关</dt><dd>${esc(a.name)}（${esc(a.credit_code)}）</dd>
<dt>抽查事项</dt><dd>${esc(p.item.code)} ${esc(p.item.name)}</dd>
<dt>执法类别</dt><dd>${esc(p.field)}</dd>
<dt>抽查对象</dt><dd>${p.targetCategory ? `名录库中类别为「${esc(p.targetCategory)}」的对象` : '名录库中的全部对象'}（${result ? result.populationSize : input.targets.filter((t) => !p.targetCategory || t.category === p.targetCategory).length} 户）</dd>
<dt>抽取数量</dt><dd>${sampleText(p.sample)}</dd>
<dt>每户执法检查人员</dt><dd>${p.inspectorsPerTarget} 名（执法证在计划检查日期有效且涵盖执法类别；与检查对象有回避关系的不抽取）</dd>
<dt>抽查期间</dt><dd>${esc(p.periodFrom)} 至 ${esc(p.periodTo)}</dd>
<dt>计划检查日期</dt><dd>${esc(p.plannedOn)}</dd>
</dl>
<h2>抽取前公布的承诺</h2>
<dl>
<dt>公布时间</dt><dd>${esc(chinaDateTime(new Date(r.committedAt)))}</dd>
<dt>承诺哈希</dt><dd>${mono(r.commitmentHash)}</dd>
<dt>名录库与方案哈希</dt><dd>${mono(r.commitment.inputHash)}</dd>
<dt>冻结的名录库</dt><dd>检查对象 ${input.targets.length} 户，执法检查人员 ${input.inspectors.length} 名，回避关系 ${input.conflicts.length} 对</dd>
<dt>种子来源</dt><dd>执法记录账本 ${mono(r.commitment.seedSource.origin)} 达到 ${r.commitment.seedSource.treeSize} 条时的根哈希（承诺公布时账本尚未达到该条数，任何人都无法预知）</dd>
</dl>
<h2>种子</h2>
${
  r.seed
    ? `<dl><dt>种子</dt><dd>${mono(r.seed)}</dd><dt>抽取时间</dt><dd>${esc(chinaDateTime(new Date(r.drawnAt!)))}</dd>${
        evidence
          ? `<dt>凭据</dt><dd>本机关签署的第 ${evidence.checkpointSize} 条检查点及一致性证明；承诺记于账本第 ${evidence.commitmentLeaf.index + 1} 条，早于种子所在的前 ${r.commitment.seedSource.treeSize} 条</dd>`
          : ''
      }</dl>`
    : '<p>尚未产生。</p>'
}
<h2>抽取结果</h2>
${resultTable}
<h2>如何核验</h2>
<ol>
<li>下载<a href="${jsonUrl}">公布的全部数据（JSON）</a>：方案、冻结的名录库（检查对象、执法检查人员及其执法证有效期和执法类别、回避关系）、承诺、种子及其凭据、结果。</li>
<li>核对名录库与方案的 SHA-256 与上面的承诺哈希一致：抽取前公布的承诺锁定了名录库，事后无法替换。</li>
<li>核对种子：它是账本在第 ${r.commitment.seedSource.treeSize} 条时的根哈希，由本机关签署的检查点和一致性证明担保；承诺本身记在账本更早的位置。</li>
<li>用公开的算法（SHA-256 计数器模式随机数流、拒绝采样、Fisher–Yates 洗牌）重新抽取，结果应与公布的完全一致。命令：<br><code style="word-break:break-all">npx sanxiang draw verify ${esc(publicUrl.replace(/\/$/, ''))}${jsonUrl}</code></li>
</ol>
<p class="hint">方法说明见项目文档 docs/draw.md。回避关系只公布执法证号与检查对象的配对，不公布回避事由。</p>`,
  });
}
