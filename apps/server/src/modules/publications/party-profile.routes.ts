import type { Kysely } from 'kysely';
import { DomainError, chinaDate, isValidCreditCode } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import { errors, type App } from '../../http/typebox.ts';
import { sendCached, sendPage, shown } from '../portal/portal.routes.ts';
import { partyProfile } from './public-decision.reads.ts';
import { partyNotFoundPage, partyPath, partyProfilePage } from './party-profile.pages.ts';
import { PartyParamsSchema, PartyProfileSchema } from './party-profile.schemas.ts';

const PUBLIC_API_CACHE = 'public, max-age=60';

/** 统一社会信用代码 as written by people: spaces dropped, letters upper-cased. */
const normalise = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

/**
 * A party's public profile (issue 22 point 1; R-PUB-3, R-PUB-5, R-PUB-8): its page and its JSON, by
 * 统一社会信用代码. There is no profile by a natural person's 身份证号码, which is never published (R-PUB-4).
 */
export function registerPartyProfileRoutes(app: App, deps: { db: Kysely<Database>; clock: Clock }): void {
  app.get<{ Params: { credit: string } }>('/parties/:credit', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
    const code = normalise(req.params.credit);
    if (!isValidCreditCode(code)) return sendPage(reply, 404, partyNotFoundPage(shown(req.params.credit), 'invalid'));
    if (code !== req.params.credit) return reply.redirect(partyPath(code), 301);
    const profile = await partyProfile(deps.db, code, chinaDate(deps.clock.now()));
    if (!profile) return sendPage(reply, 404, partyNotFoundPage(code, 'none'));
    return sendCached(req, reply, 'text/html; charset=utf-8', partyProfilePage(profile));
  });

  app.get('/api/v1/public/parties/:credit', {
    config: { public: true },
    schema: {
      tags: ['公示 public'],
      summary: '当事人公示信息：一个法人或非法人组织（按统一社会信用代码）在各机关公示的全部执法决定，含公示期和状态',
      security: [],
      params: PartyParamsSchema,
      response: { 200: PartyProfileSchema, ...errors() },
    },
    handler: async (req, reply) => {
      const code = normalise(req.params.credit);
      if (!isValidCreditCode(code)) throw new DomainError('VALIDATION_FAILED', `「${shown(req.params.credit)}」不是有效的统一社会信用代码`);
      const profile = await partyProfile(deps.db, code, chinaDate(deps.clock.now()));
      if (!profile) throw new DomainError('NOT_FOUND', `没有统一社会信用代码为「${code}」的当事人的公示决定`);
      // agencies' own sites pull or embed the same data (R-PUB-8)
      reply.header('access-control-allow-origin', '*');
      return sendCached(
        req,
        reply,
        'application/json; charset=utf-8',
        JSON.stringify({ ...profile, url: partyPath(code) }),
        PUBLIC_API_CACHE,
      );
    },
  });
}
