import { PROCEDURES } from '@sanxiang/domain';
import type { App } from '../../http/typebox.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, script-free landing page: what is running and where to go. */
export function registerHomeRoutes(app: App): void {
  app.get('/', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    const items = PROCEDURES.map(
      (p) => `<li><a href="/api/v1/procedures/${esc(p.code)}/flowchart.svg">${esc(p.name)}</a>（${esc(p.kind)}，编号字「${esc(p.numberWord)}」）</li>`,
    ).join('');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>三项 · 行政执法三项制度平台</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}a{color:#0b5cad}h1{font-size:1.6rem}code{background:#f2f4f7;padding:0 .3em}</style></head>
<body><main><h1>三项 · 行政执法三项制度平台</h1>
<p>行政执法公示、执法全过程记录、重大执法决定法制审核。</p>
<h2>执法流程图</h2><ul>${items}</ul>
<h2>接口</h2><ul><li><a href="/api/openapi.json">OpenAPI 接口文档（JSON）</a></li><li><a href="/api/v1/calendar">工作日历</a></li><li><a href="/health">运行状态</a></li></ul>
<p>登录：<code>POST /api/v1/auth/login</code>，之后以 <code>Authorization: Bearer 令牌</code> 调用接口。</p>
</main></body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
