import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { DomainError, chinaDate } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { busyAnswer, searchDecisions, type SearchQuery, type SearchResult } from './search.service.ts';
import type { SearchGate } from './search.gate.ts';
import { decisionByKey, latestChanges } from './search.repository.ts';
import { agencyByCreditCode, regionsOfAgencies } from '../org/org.queries.ts';
import { publicDecisionBody } from './search.present.ts';
import { decisionPage, searchPage, type RegionChoice } from './search.pages.ts';
import { atomFeed } from './search.feed.ts';
import { DecisionParamsSchema, PublicDecisionSchema, SearchQuerySchema, SearchResultSchema } from './search.schemas.ts';

/** `publicUrl`: the portal's configured address, written into the feeds (never the request's Host) */
type SearchDeps = { db: Kysely<Database>; clock: Clock; pool?: SqlPool; publicUrl: string; gate?: SearchGate | null | undefined };

const PUBLIC_API_CACHE = 'public, max-age=60';
/** A search stopped by its timeout (the database was held up) or not run (busy) is not kept: the next ask may get it whole. */
const cacheOf = (r: SearchResult, normal: string) =>
  r.partial?.reason === 'timeout' || r.partial?.reason === 'busy' ? 'no-store' : normal;

/** A search run under the gate's permit (search.gate.ts), or answered busy when none came in time. */
async function gatedSearch(deps: SearchDeps, req: FastifyRequest, q: SearchQuery): Promise<SearchResult> {
  if (!deps.gate) return searchDecisions(deps.db, q);
  const permit = await deps.gate.acquire(req.ip);
  if (!permit) return busyAnswer(q);
  try {
    return await searchDecisions(deps.db, q);
  } finally {
    permit.release();
  }
}

function cors(reply: FastifyReply) {
  // agencies' own sites pull or embed the same data (R-PUB-8)
  reply.header('access-control-allow-origin', '*');
}

/** The raw query string's first values, for the no-JavaScript page (invalid values answered in Chinese, not 400 JSON). */
function pageQuery(req: FastifyRequest): SearchQuery {
  const raw = req.query as Record<string, unknown>;
  const one = (k: string) =>
    typeof raw[k] === 'string'
      ? (raw[k] as string).trim() || undefined
      : Array.isArray(raw[k])
        ? String((raw[k] as unknown[])[0] ?? '') || undefined
        : undefined;
  const sort = one('sort');
  return {
    q: one('q'),
    agency: one('agency'),
    kind: one('kind'),
    party: one('party'),
    creditCode: one('creditCode'),
    docNumber: one('docNumber'),
    violation: one('violation'),
    law: one('law'),
    article: one('article'),
    region: one('region'),
    fineMin: one('fineMin'),
    fineMax: one('fineMax'),
    from: one('from'),
    to: one('to'),
    cursor: one('cursor'),
    sort: sort === 'newest' || sort === 'oldest' || sort === 'relevance' ? sort : undefined,
  };
}

/** The no-JavaScript search page: results, or the form with what was wrong with the query (in Chinese). */
async function searchHtml(deps: SearchDeps, req: FastifyRequest, reply: FastifyReply) {
  const q = pageQuery(req);
  const empty = Object.values(q).every((v) => v === undefined);
  const regions = await regionChoices(deps.db);
  if (empty) return sendCached(req, reply, 'text/html; charset=utf-8', searchPage(q, null, { regions }));
  try {
    const r = await gatedSearch(deps, req, q);
    return sendCached(req, reply, 'text/html; charset=utf-8', searchPage(q, r, { regions }), cacheOf(r, 'public, max-age=60'));
  } catch (e) {
    if (e instanceof DomainError && e.code === 'VALIDATION_FAILED')
      return sendPage(
        reply,
        400,
        searchPage(q, null, { regions, error: e.message, field: (e.details as { field?: string } | undefined)?.field }),
      );
    throw e;
  }
}

/** The 地区 choices of the search form, read once a minute (regions and agencies change seldom). */
const regionCache = new WeakMap<Kysely<Database>, { at: number; list: Promise<RegionChoice[]> }>();
function regionChoices(db: Kysely<Database>): Promise<RegionChoice[]> {
  const c = regionCache.get(db);
  if (c && Date.now() - c.at < 60_000) return c.list;
  const list = regionsOfAgencies(db);
  regionCache.set(db, { at: Date.now(), list });
  list.catch(() => regionCache.delete(db));
  return list;
}

/** A decision's permanent page. */
async function decisionHtml(deps: SearchDeps, req: FastifyRequest<{ Params: { credit: string; doc: string } }>, reply: FastifyReply) {
  const d = await decisionByKey(deps.db, req.params.credit, req.params.doc, deps.pool);
  if (!d)
    return sendPage(
      reply,
      404,
      searchPage({ docNumber: shown(req.params.doc) }, null, { error: `没有找到文书号为「${shown(req.params.doc)}」的公示决定。` }),
    );
  return sendCached(req, reply, 'text/html; charset=utf-8', decisionPage(d, chinaDate(deps.clock.now())));
}

/** The Atom feed of the newest 50 changes, of all agencies or of one. */
async function feed(deps: SearchDeps, req: FastifyRequest, reply: FastifyReply, credit: string | null) {
  let title = '行政执法公示平台 · 执法决定';
  if (credit) {
    const agency = (await agencyByCreditCode(deps.db, credit))?.name;
    if (agency === undefined)
      return sendPage(reply, 404, searchPage({}, null, { error: `没有统一社会信用代码为「${shown(credit)}」的执法主体。` }));
    title = `${agency} · 执法决定公示`;
  }
  const rows = await latestChanges(deps.db, credit);
  const base = deps.publicUrl;
  return sendCached(
    req,
    reply,
    'application/atom+xml; charset=utf-8',
    atomFeed({ title, self: `${base}${req.url}`, base, rows }),
    PUBLIC_API_CACHE,
  );
}

/**
 * 公示 search and open data (R-PUB-8, issue 5 point 10): the search page, each decision's permanent
 * page derived from its 文号, its JSON with the 双公示 codes, the paged read API, and Atom feeds.
 */
export function registerSearchRoutes(app: App, deps: SearchDeps): void {
  const tags = ['公示 public'];
  // pages and feeds: public, kept out of the API document (a fresh options object per route)
  const html = () => ({ config: { public: true }, schema: { hide: true } });

  app.get('/search', html(), (req, reply) => searchHtml(deps, req, reply));
  app.get<{ Params: { credit: string; doc: string } }>('/decisions/:credit/:doc', html(), (req, reply) => decisionHtml(deps, req, reply));

  app.get('/api/v1/public/decisions', {
    config: { public: true },
    schema: {
      tags,
      summary: '检索公示的执法决定（公开，分页用 nextCursor；总数在 500 条以内为精确值，否则为估计值）',
      security: [],
      querystring: SearchQuerySchema,
      response: { 200: SearchResultSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const r = await gatedSearch(deps, req, req.query as SearchQuery);
      cors(reply);
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(r), cacheOf(r, PUBLIC_API_CACHE));
    },
  });

  app.get('/api/v1/public/decisions/:credit/:doc', {
    config: { public: true },
    schema: {
      tags,
      summary: '一项公示决定的数据：双公示数据项（代码为键）、状态、各版本记录、全文（如有）',
      security: [],
      params: DecisionParamsSchema,
      response: { 200: PublicDecisionSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const d = await decisionByKey(deps.db, req.params.credit, req.params.doc);
      if (!d) throw new DomainError('NOT_FOUND', `没有文书号为「${req.params.doc}」的公示决定`);
      cors(reply);
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(publicDecisionBody(d)), PUBLIC_API_CACHE);
    },
  });

  app.get('/decisions.atom', html(), (req, reply) => feed(deps, req, reply, null));
  app.get<{ Params: { credit: string } }>('/agencies/:credit/decisions.atom', html(), (req, reply) =>
    feed(deps, req, reply, req.params.credit),
  );
}
