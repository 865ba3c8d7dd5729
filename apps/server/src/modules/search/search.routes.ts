import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { DomainError, ENFORCEMENT_KINDS, chinaDate } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { PUBLIC_COLUMNS, decisionByKey, decisionUrl, searchDecisions, type SearchQuery } from './search.service.ts';
import { decisionPage, searchPage } from './search.pages.ts';
import { atomFeed } from './search.feed.ts';
import { PublicDecisionSchema, SearchResultSchema } from './search.schemas.ts';

const Str = (max: number, description: string) => Type.Optional(Type.String({ maxLength: max, description }));
const SearchQuerySchema = Type.Object({
  q: Str(100, '关键词（多个以空格分隔，须同时出现；任意两个字以上的子串均可检索）'),
  agency: Str(18, '执法机关统一社会信用代码'),
  kind: Type.Optional(Type.Union(ENFORCEMENT_KINDS.map((k) => Type.Literal(k)), { description: '执法类别' })),
  party: Str(100, '当事人名称（部分即可）'),
  creditCode: Str(18, '当事人统一社会信用代码'),
  docNumber: Str(100, '文书号（部分即可）'),
  violation: Str(100, '违法行为类型'),
  from: Str(10, '决定日期起 YYYY-MM-DD'),
  to: Str(10, '决定日期止 YYYY-MM-DD'),
  sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('newest'), Type.Literal('oldest')])),
  cursor: Str(300, '上一页返回的 nextCursor'),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

const PUBLIC_API_CACHE = 'public, max-age=60';

function cors(reply: FastifyReply) {
  // agencies' own sites pull or embed the same data (R-PUB-8)
  reply.header('access-control-allow-origin', '*');
}

/** The raw query string's first values, for the no-JavaScript page (invalid values answered in Chinese, not 400 JSON). */
function pageQuery(req: FastifyRequest): SearchQuery {
  const raw = req.query as Record<string, unknown>;
  const one = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string).trim() || undefined : Array.isArray(raw[k]) ? String((raw[k] as unknown[])[0] ?? '') || undefined : undefined);
  const sort = one('sort');
  return {
    q: one('q'), agency: one('agency'), kind: one('kind'), party: one('party'), creditCode: one('creditCode'), docNumber: one('docNumber'),
    violation: one('violation'), from: one('from'), to: one('to'), cursor: one('cursor'),
    sort: sort === 'newest' || sort === 'oldest' || sort === 'relevance' ? sort : undefined,
  };
}

/**
 * 公示 search and open data (R-PUB-8, issue 5 point 10): the search page, each decision's permanent
 * page derived from its 文号, its JSON with the 双公示 codes, the paged read API, and Atom feeds.
 */
export function registerSearchRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock; pool?: SqlPool }): void {
  const tags = ['公示 public'];
  const today = () => chinaDate(deps.clock.now());

  app.get('/search', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const q = pageQuery(req);
    const empty = Object.values(q).every((v) => v === undefined);
    if (empty) return sendCached(req, reply, 'text/html; charset=utf-8', searchPage(q, null));
    try {
      return sendCached(req, reply, 'text/html; charset=utf-8', searchPage(q, await searchDecisions(deps.db, q)));
    } catch (e) {
      if (e instanceof DomainError && e.code === 'VALIDATION_FAILED') return sendPage(reply, 400, searchPage(q, null, e.message));
      throw e;
    }
  });

  app.get<{ Params: { credit: string; doc: string } }>('/decisions/:credit/:doc', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const d = await decisionByKey(deps.db, req.params.credit, req.params.doc, deps.pool);
    if (!d) return sendPage(reply, 404, searchPage({ docNumber: shown(req.params.doc) }, null, `没有找到文书号为「${shown(req.params.doc)}」的公示决定。`));
    return sendCached(req, reply, 'text/html; charset=utf-8', decisionPage(d, today()));
  });

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
      const r = await searchDecisions(deps.db, req.query as SearchQuery);
      cors(reply);
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(r), PUBLIC_API_CACHE);
    },
  });

  app.get('/api/v1/public/decisions/:credit/:doc', {
    config: { public: true },
    schema: {
      tags,
      summary: '一项公示决定的数据：双公示数据项（代码为键）、状态、各版本记录、全文（如有）',
      security: [],
      params: Type.Object({ credit: Type.String({ maxLength: 18 }), doc: Type.String({ maxLength: 100 }) }),
      response: { 200: PublicDecisionSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const d = await decisionByKey(deps.db, req.params.credit, req.params.doc);
      if (!d) throw new DomainError('NOT_FOUND', `没有文书号为「${req.params.doc}」的公示决定`);
      const live = d.status === 'published' || d.status === 'corrected';
      const body = {
        url: decisionUrl(d.agency_credit_code, d.doc_number),
        docNumber: d.doc_number,
        kind: d.kind,
        agency: { name: d.agency_name, creditCode: d.agency_credit_code },
        status: d.status,
        statusReason: d.status_reason,
        statusAt: d.status_at?.toISOString() ?? null,
        decidedOn: d.decided_on,
        publicUntil: d.public_until,
        version: d.version,
        history: d.history,
        source: d.source,
        fieldSet: d.field_set,
        fields: live ? d.fields : null,
        fullText: live ? d.body : null,
      };
      cors(reply);
      return sendCached(req, reply, 'application/json; charset=utf-8', JSON.stringify(body), PUBLIC_API_CACHE);
    },
  });

  const feed = async (req: FastifyRequest, reply: FastifyReply, credit: string | null) => {
    let q = deps.db.selectFrom('public_decisions').select(PUBLIC_COLUMNS).orderBy('updated_at', 'desc').orderBy('id').limit(50);
    let title = '行政执法公示平台 · 执法决定';
    if (credit) {
      const agency = await deps.db.selectFrom('agencies').select(['name']).where('credit_code', '=', credit).executeTakeFirst();
      if (!agency) return sendPage(reply, 404, searchPage({}, null, `没有统一社会信用代码为「${shown(credit)}」的执法主体。`));
      q = q.where('agency_credit_code', '=', credit);
      title = `${agency.name} · 执法决定公示`;
    }
    const rows = await q.execute();
    const base = `${req.protocol}://${req.host}`;
    return sendCached(req, reply, 'application/atom+xml; charset=utf-8', atomFeed({ title, self: `${base}${req.url}`, base, rows }), PUBLIC_API_CACHE);
  };
  app.get('/decisions.atom', { config: { public: true }, schema: { hide: true } }, (req, reply) => feed(req, reply, null));
  app.get<{ Params: { credit: string } }>('/agencies/:credit/decisions.atom', { config: { public: true }, schema: { hide: true } }, (req, reply) => feed(req, reply, req.params.credit));
}
