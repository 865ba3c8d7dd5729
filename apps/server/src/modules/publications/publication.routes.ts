import type { Static, TSchema } from '@sinclair/typebox';
import type { Actor } from '../../http/actor.ts';
import { chinaDate, type Redaction } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { IdParams, errors, type App } from '../../http/typebox.ts';
import { esc } from '../../http/html-layout.ts';
import { correct, publish, setAutoPublish, type PublicationDeps } from './publication.service.ts';
import { recordGround, stopEarly, withdraw } from './publication.withdrawal.ts';
import { getPublication, listPublications, previewPublication } from './publication.queries.ts';
import {
  CorrectionBody,
  PublicationListQuery,
  PublicationListSchema,
  PublicationPreviewSchema,
  PublicationSchema,
  PublicationSettingsBody,
  PublicationSettingsView,
  PublicationVersionBody,
  StopBody,
  WithdrawalBody,
  WithdrawalGroundBody,
} from './publication.schemas.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { ReasonQuery } from '../access/record-access.ts';

/** 事后公开 (R-PUB-3 … R-PUB-5): the 公示管理员's queue and acts; the 司法局 reads the same in its region. */
export function registerPublicationRoutes(app: App, deps: PublicationDeps): void {
  const tags = ['公示 publications'];
  const today = () => chinaDate(deps.clock.now());

  app.get('/api/v1/publications', {
    schema: {
      tags,
      summary: '公示记录：待公示、已公示、待撤下……及法定期限、逾期标记（司法局可见辖区内全部机关）',
      querystring: PublicationListQuery,
      response: { 200: PublicationListSchema, ...errors() },
    },
    handler: async (req) => ({ today: today(), items: await listPublications(deps.db, actorOf(req), today(), req.query as never) }),
  });

  app.get('/api/v1/publications/:id', {
    schema: {
      tags,
      summary: '一条公示记录：各版本（数据项、公示文本、脱敏记录、理由）与全部操作',
      params: IdParams,
      response: { 200: PublicationSchema, ...errors() },
    },
    handler: async (req) => getPublication(deps.db, actorOf(req), req.params.id),
  });

  app.post('/api/v1/publications/:id/preview', {
    schema: {
      tags,
      summary:
        '公示前对照：原文与脱敏后文本并列，列出每处隐去及所依规则或人工标注（仅本机关公示管理员、负责人；须说明调阅事由，记入调阅记录）',
      params: IdParams,
      querystring: ReasonQuery,
      body: PublicationVersionBody,
      response: { 200: PublicationPreviewSchema, ...errors(409, 422) },
    },
    handler: async (req) => previewPublication(deps, actorOf(req), req.params.id, req.body, req.query.reason),
  });

  // the same preview as a page for the publisher's browser (signed in by its session cookie)
  app.get('/api/v1/publications/:id/preview', {
    schema: {
      tags,
      summary: '公示前对照：浏览器请求 text/html 时返回对照页面，否则与 POST 相同的 JSON（须说明调阅事由）',
      params: IdParams,
      querystring: ReasonQuery,
      response: { 200: PublicationPreviewSchema, ...errors(409) },
    },
    handler: async (req, reply) => {
      const p = await previewPublication(deps, actorOf(req), req.params.id, {}, req.query.reason);
      if (!req.headers.accept?.includes('text/html')) return p;
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(previewHtml(p) as never);
    },
  });

  /** An act on one publication: the act in its transaction, then the record as it now stands. */
  function act<B extends TSchema>(
    path: string,
    summary: string,
    body: B,
    run: (actor: Actor, id: string, body: Static<B>) => Promise<void>,
  ) {
    app.post(`/api/v1/publications/:id/${path}`, {
      schema: { tags, summary, params: IdParams, body, response: { 200: PublicationSchema, ...errors(403, 409, 422) } },
      handler: async (req) => {
        const actor = actorOf(req);
        await run(actor, req.params.id, req.body as Static<B>);
        return getPublication(deps.db, actor, req.params.id);
      },
    });
  }
  act('publish', '审核通过并公示（公示管理员）：按记录的规则与人工标注生成公示文本', PublicationVersionBody, (a, id, b) =>
    publish(deps, a, id, b),
  );
  act('corrections', '更正（R-PUB-5）：发布新版本并写明理由，旧版本保留；发现错误后 20 个工作日内', CorrectionBody, (a, id, b) =>
    correct(deps, a, id, b),
  );
  act(
    'withdrawal-ground',
    '登记撤下事由（决定被撤销、确认违法或责令重作）：行政处罚 3 个工作日内撤下，其他 20 个工作日内',
    WithdrawalGroundBody,
    (a, id, b) => recordGround(deps, a, id, b),
  );
  act('withdrawal', '撤下（公示管理员）：已登记事由的直接撤下，否则须同时写明事由', WithdrawalBody, (a, id, b) => withdraw(deps, a, id, b));
  act('stop', '信用修复后提前停止公示（记录修复决定与理由）', StopBody, (a, id, b) => stopEarly(deps, a, id, b));

  app.put('/api/v1/agencies/:id/publication-settings', {
    schema: {
      tags,
      summary: '公示方式：自动公示（无需公示管理员逐条审核）或人工审核',
      params: IdParams,
      body: PublicationSettingsBody,
      response: { 200: PublicationSettingsView, ...errors(403) },
    },
    handler: async (req) => {
      await setAutoPublish(deps, actorOf(req), req.params.id, req.body.autoPublish);
      return { autoPublish: req.body.autoPublish };
    },
  });

  app.get('/api/v1/agencies/:id/publication-settings', {
    schema: {
      tags,
      summary: '本机关的公示方式',
      params: IdParams,
      response: { 200: PublicationSettingsView, ...errors() },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      authorize(actor, 'agency.read', { agencyId: req.params.id });
      const s = await deps.db
        .selectFrom('publication_settings')
        .select('auto_publish')
        .where('agency_id', '=', req.params.id)
        .executeTakeFirst();
      return { autoPublish: s?.auto_publish ?? false };
    },
  });
}

/** Original and published text side by side, every hidden span marked with its rule (R-PUB-4). */
function previewHtml(p: Awaited<ReturnType<typeof previewPublication>>): string {
  const marked = (text: string, rs: readonly Redaction[], side: 'original' | 'published') => {
    let out = '';
    let pos = 0;
    let shift = 0;
    for (const r of rs) {
      const start = side === 'original' ? r.start : r.start + shift;
      const end = side === 'original' ? r.end : start + r.replacement.length;
      // 请确认: a span the rule was unsure of, hidden until the publisher decides, stands out
      const confirm = r.uncertain && !r.confirmed;
      const title = confirm ? `${r.label}（请确认）` : r.confirmed ? `${r.label}（已确认隐去）` : r.label;
      out +=
        esc(text.slice(pos, start)) +
        `<mark${confirm ? ' class="confirm"' : ''} title="${esc(title)}">${esc(text.slice(start, end))}</mark>${confirm ? '<span class="tag">请确认</span>' : ''}`;
      pos = end;
      shift += r.replacement.length - (r.end - r.start);
    }
    return out + esc(text.slice(pos));
  };
  const rows = p.fields
    .map(
      (f) =>
        `<tr><th scope="row">${esc(f.name)}<br><small>${esc(f.code)}</small></th><td>${esc(f.original ?? '')}</td><td>${f.original === f.published ? esc(f.published ?? '') : `<mark>${esc(f.published ?? '')}</mark>`}</td></tr>`,
    )
    .join('');
  const list = p.redactions
    .map(
      (r) =>
        `<li${r.uncertain && !r.confirmed ? ' class="confirm"' : ''}>第 ${r.start}–${r.end} 字：${esc(r.label)}（${esc(r.rule)}）→「${esc(r.replacement)}」${r.uncertain && !r.confirmed ? ' <span class="tag">请确认</span>' : r.confirmed ? '（已确认隐去）' : ''}</li>`,
    )
    .join('');
  const pending = p.unconfirmed.count
    ? `<section class="pending" aria-labelledby="pending-h"><h2 id="pending-h">请确认（${p.unconfirmed.count} 处）</h2>
<p>规则不能确定以下文字是否为个人信息，确认前一律隐去；须在工作台逐项确认隐去或公开后方可公示。</p>
<ol>${p.unconfirmed.items.map((u) => `<li>${esc(u.whereName)} 第 ${u.start}–${u.end} 字「${esc(u.text)}」：${esc(u.label)}</li>`).join('')}</ol></section>`
    : '';
  const text =
    p.original !== null && p.published !== null
      ? `<h2>决定书全文</h2><p>原文摘要 SHA-256 <code>${esc(p.documentSha256 ?? '')}</code>；规则集 ${esc(p.ruleSet.name)} ${esc(p.ruleSet.version)}</p>
<div class="cols"><section><h3>原文（内部）</h3><pre>${marked(p.original, p.redactions, 'original')}</pre></section><section><h3>公示文本</h3><pre>${marked(p.published, p.redactions, 'published')}</pre></section></div>
<h3>隐去之处（${p.redactions.length}）</h3><ol>${list}</ol>`
      : '<p>本条公示没有全文（按规定公开数据项）。</p>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>公示前对照 · ${esc(p.docNumber)}</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #cbd2d9;padding:.4rem;text-align:left;vertical-align:top}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}pre{white-space:pre-wrap;background:#f5f7fa;padding:.6rem;font-family:inherit}mark{background:#fde68a}
mark.confirm{background:#ffd591;outline:2px dashed #d46b08}.tag{display:inline-block;margin-left:2px;padding:0 4px;border:1px solid #d46b08;border-radius:3px;color:#ad4e00;background:#fff7e6;font-size:.75em;line-height:1.4}
li.confirm{color:#ad4e00}.pending{border:1px solid #ffd591;background:#fff7e6;padding:.2rem 1rem;margin:1rem 0}
@media (max-width:50rem){.cols{grid-template-columns:1fr}}</style></head>
<body><main><h1>公示前对照：${esc(p.docNumber)}</h1><p>法定公示期限：${esc(p.dueOn)}。公示文本只能由原文经记录的规则和人工标注生成，不能手工改写。</p>
${pending}<h2>数据项</h2><table><thead><tr><th scope="col">数据项</th><th scope="col">原始</th><th scope="col">公示</th></tr></thead><tbody>${rows}</tbody></table>
${text}</main></body></html>`;
}
