import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { DomainError } from '@sanxiang/domain';
import { errors, type App } from '../../http/typebox.ts';
import { agencyNotFoundPage, agencyPage, officerLookupPage, officerNotFoundPage, officerPage } from './portal.pages.ts';
import { homePage, type HomeActivity } from './portal.home.ts';
import { accessibilityPage, contactPage, openDataPage, sitemapPage } from './portal.site.ts';
import { PublicOfficerParams, PublicOfficerSchema } from './portal.schemas.ts';
import { CERTIFICATE_NUMBER, publicAgencies, publicAgency, publicOfficer, type PortalDeps } from './portal.service.ts';

export interface PortalRouteDeps extends PortalDeps {
  /** the portal's public address (SANXIANG_PUBLIC_URL), printed in QR codes and officer links */
  publicUrl: string;
  /** what the home page shows is happening: publications and the ledger answer it (app.ts) */
  activity: () => Promise<HomeActivity>;
}

/** Pages are public and change rarely; a minute of caching lets a slow link revisit for free. */
const PAGE_CACHE = 'public, max-age=60';
// No scripts at all; inline styles only; forms and images from this site.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Sends a body with a strong ETag and answers a matching If-None-Match with 304. */
export function sendCached(req: FastifyRequest, reply: FastifyReply, type: string, body: string, cache = PAGE_CACHE) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('cache-control', cache).header('etag', etag).header('x-content-type-options', 'nosniff').type(type);
  if (type.startsWith('text/html')) reply.header('content-security-policy', PAGE_CSP);
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
  return reply.send(body);
}

export function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', PAGE_CSP)
    .type('text/html; charset=utf-8')
    .send(html);
}

/**
 * The home page is the most visited page and its year's figures count a year of decisions (≈ 60 ms
 * at a million decisions, bench/RESULTS.md): its news is read at most once per 30 s of the clock, and
 * requests arriving meanwhile share the answer (or the read under way).
 */
const ACTIVITY_TTL_MS = 30_000;

function shared<T>(read: () => Promise<T>, clock: { now(): Date }, ttlMs: number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | null = null;
  return () => {
    const now = clock.now().getTime();
    if (last && now - last.at < ttlMs && now >= last.at) return last.value;
    const value = read();
    last = { at: now, value };
    // a failed read is not kept: the next request tries again
    value.catch(() => {
      if (last?.value === value) last = null;
    });
    return value;
  };
}

/** Path parameters are shown back to the reader; keep them short. */
export const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * The public 行政执法公示平台 (issue 5, first slice): home, 执法主体 pages with their 执法人员清单
 * (R-PUB-1), and 执法人员核验 by 执法证号 or QR code (R-PUB-2). Server-rendered, no scripts.
 */
export function registerPortalRoutes(app: App, deps: PortalRouteDeps): void {
  // the configured address, never the request's Host header: that is the client's to write
  const base = (_req: FastifyRequest) => deps.publicUrl;
  const officerUrl = (req: FastifyRequest, number: string) => `${base(req)}/officers/${encodeURIComponent(number)}`;

  const activity = shared(deps.activity, deps.clock, ACTIVITY_TTL_MS);
  app.get('/', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const [agencies, news] = await Promise.all([publicAgencies(deps), activity()]);
    return sendCached(req, reply, 'text/html; charset=utf-8', homePage(agencies, news));
  });

  // what every government website carries (政府网站发展指引): 网站地图, 联系我们, 无障碍声明, and 开放数据 for developers
  app.get('/sitemap', { config: { public: true }, schema: { hide: true } }, async (req, reply) =>
    sendCached(req, reply, 'text/html; charset=utf-8', sitemapPage(await publicAgencies(deps))),
  );
  app.get('/contact', { config: { public: true }, schema: { hide: true } }, async (req, reply) =>
    sendCached(req, reply, 'text/html; charset=utf-8', contactPage(await publicAgencies(deps))),
  );
  app.get('/accessibility', { config: { public: true }, schema: { hide: true } }, async (req, reply) =>
    sendCached(req, reply, 'text/html; charset=utf-8', accessibilityPage()),
  );
  app.get('/open-data', { config: { public: true }, schema: { hide: true } }, async (req, reply) =>
    sendCached(req, reply, 'text/html; charset=utf-8', openDataPage(await publicAgencies(deps))),
  );

  app.get<{ Params: { credit: string } }>('/agencies/:credit', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const found = await publicAgency(deps, req.params.credit);
    if (!found) return sendPage(reply, 404, agencyNotFoundPage(shown(req.params.credit)));
    return sendCached(req, reply, 'text/html; charset=utf-8', agencyPage(found.agency, found.officers));
  });

  // GET form: works without JavaScript; a well-formed number goes to its canonical page.
  app.get('/officers', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const raw = (req.query as Record<string, unknown>)['number'];
    if (raw === undefined) return sendCached(req, reply, 'text/html; charset=utf-8', officerLookupPage());
    if (typeof raw !== 'string') return sendPage(reply, 400, officerLookupPage('', '执法证号格式不正确：请只填写一个执法证号。'));
    const number = raw.replace(/\s+/g, '');
    if (number === '') return sendPage(reply, 400, officerLookupPage('', '请输入执法证号。'));
    if (!CERTIFICATE_NUMBER.test(number)) {
      return sendPage(reply, 400, officerLookupPage(shown(number), '执法证号格式不正确：应为 6–30 位字母、数字或连字符。'));
    }
    return reply.redirect(`/officers/${encodeURIComponent(number)}`, 303);
  });

  app.get<{ Params: { number: string } }>('/officers/:number', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const officer = await publicOfficer(deps, req.params.number);
    if (!officer) return sendPage(reply, 404, officerNotFoundPage(shown(req.params.number)));
    return sendCached(req, reply, 'text/html; charset=utf-8', officerPage(officer));
  });

  app.get<{ Params: { number: string } }>(
    '/officers/:number/qr.svg',
    { config: { public: true }, schema: { hide: true } },
    async (req, reply) => {
      const officer = await publicOfficer(deps, req.params.number);
      if (!officer) return sendPage(reply, 404, officerNotFoundPage(shown(req.params.number)));
      const url = officerUrl(req, officer.number);
      const svg = (await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).replace(
        '<svg ',
        `<svg role="img" aria-label="执法证 ${officer.number} 核验二维码" `,
      );
      // the code encodes only the page's address, which does not change with the status: cache for a day
      return sendCached(req, reply, 'image/svg+xml; charset=utf-8', svg, 'public, max-age=86400');
    },
  );

  app.get('/api/v1/public/officers/:number', {
    config: { public: true },
    schema: {
      tags: ['公示 public'],
      summary: '执法人员核验（R-PUB-2）：按执法证号查询执法证状态、所在机关、执法类别、执法区域',
      security: [],
      params: PublicOfficerParams,
      response: { 200: PublicOfficerSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const officer = await publicOfficer(deps, req.params.number);
      if (!officer) throw new DomainError('NOT_FOUND', `没有证号为「${req.params.number}」的执法证`);
      const body = JSON.stringify({ ...officer, url: officerUrl(req, officer.number) });
      return sendCached(req, reply, 'application/json; charset=utf-8', body);
    },
  });
}
