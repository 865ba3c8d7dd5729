import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `apps/workbench/build.mjs` puts the built workbench. */
export const DEFAULT_WORKBENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../workbench/dist');

/**
 * The workbench's pages carry no inline script: every script is a file of this origin. Ant Design
 * writes its styles into <style> elements at run time, hence 'unsafe-inline' for styles only.
 * Evidence is shown from this origin (blob: for a PDF page or an EXIF thumbnail).
 */
export const WORKBENCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', WORKBENCH_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('x-frame-options', 'DENY')
    .header('cache-control', 'no-cache');
}

/**
 * 执法工作台: the built single-page application under /workbench/. Hashed assets are immutable;
 * index.html is revalidated on every visit and answers every other /workbench/ path (the
 * application's own routes). Pre-compressed .br/.gz files are sent as they are. `dir` is resolved
 * so that paths are compared with it exactly.
 */
export async function registerWorkbench(app: FastifyInstance, workbenchDir: string = DEFAULT_WORKBENCH_DIR): Promise<void> {
  const dir = path.resolve(workbenchDir);
  app.get('/workbench', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/workbench/'));
  if (!existsSync(path.join(dir, 'index.html'))) {
    app.get('/workbench/*', { schema: { hide: true } }, async (_req, reply) =>
      pageHeaders(reply)
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>执法工作台尚未构建</title>' +
            '<main><h1>执法工作台尚未构建</h1><p>请在仓库根目录运行 <code>npm install</code>（或 <code>node apps/workbench/build.mjs</code>）后重新启动。</p></main></html>',
        ),
    );
    return;
  }
  // serve: false — only reply.sendFile; the route below picks the file, so a rebuilt workbench
  // (new hashed names) is served without a restart
  await app.register(fastifyStatic, {
    root: dir,
    serve: false,
    index: false,
    preCompressed: true,
    decorateReply: true,
    setHeaders(reply, file) {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const index = async (_req: unknown, reply: FastifyReply) =>
    pageHeaders(reply).sendFile('index.html', dir, { maxAge: 0, immutable: false, cacheControl: false });
  app.get('/workbench/', { schema: { hide: true } }, index);
  app.get('/workbench/*', { schema: { hide: true } }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    const file = path.resolve(dir, rel);
    const inside = file.startsWith(`${dir}${path.sep}`) && !rel.includes('\u0000');
    if (inside && rel !== 'index.html' && !path.basename(file).startsWith('.') && existsSync(file) && statSync(file).isFile())
      return reply.sendFile(rel, dir);
    // a missing asset is a 404, not the application page
    if (rel.startsWith('assets/') || !inside) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '请求的资源不存在' } });
    return index(req, reply);
  });
}
