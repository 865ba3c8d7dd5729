import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, chinaDate, creditRepairRulesFor } from '@sanxiang/domain';
import type { App } from '../../http/typebox.ts';
import { statusOf } from '../../http/errors.ts';
import { readCookie } from '../../http/cookies.ts';
import { multipartBoundary, parseMultipart, type MultipartForm } from '../../http/multipart-form.ts';
import { partySessionOf, type PartySession } from '../party/party.service.ts';
import { PARTY_COOKIE, partyCsp } from '../party/party.routes.ts';
import { partyErrorPage } from '../party/party.pages.ts';
import { casePartyView } from '../cases/case.reads.ts';
import { repairTargetsOfCase } from '../publications/publication.credit.ts';
import { applicationsOfCase } from './credit-repair.queries.ts';
import { creditRepairApplyPage, creditRepairListPage } from './credit-repair.pages.ts';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, applyForCreditRepair, type CreditRepairDeps } from './credit-repair.service.ts';

/**
 * 信用修复 in the 当事人专区 (/party/credit-repair): the party's session is the 当事人专区's own
 * (its cookie, scoped to /party, and its per-session form token); the application's form is
 * multipart (its evidence files), read here without any script on the page.
 */
export function registerCreditRepairPartyRoutes(app: App, deps: CreditRepairDeps): void {
  const send = (reply: FastifyReply, status: number, html: string) =>
    reply
      .status(status)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', partyCsp)
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(html);
  const today = () => chinaDate(deps.clock.now());
  const wantsJson = (req: FastifyRequest) => /^application\/json\b/.test(req.headers.accept ?? '');
  const session = (req: FastifyRequest) => partySessionOf(deps, readCookie(req, PARTY_COOKIE));

  async function listPage(s: PartySession, done?: { number: string; dueOn: string }) {
    const c = await casePartyView(deps.db, s.caseId);
    return creditRepairListPage({
      partyName: s.partyName,
      caseNumber: c.number,
      targets: await repairTargetsOfCase(deps.db, s.caseId, today()),
      applications: await applicationsOfCase(deps.db, s.caseId, today()),
      done,
    });
  }

  app.register(async (p) => {
    p.removeAllContentTypeParsers();
    // five files of 5 MB at most and the text fields
    const bodyLimit = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 256 * 1024;
    p.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit }, (req, body, done) => {
      const boundary = multipartBoundary(req.headers['content-type']);
      const form = boundary ? parseMultipart(body as Buffer, boundary) : null;
      done(null, form ?? { fields: {}, files: [], malformed: true });
    });

    p.get('/party/credit-repair', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await session(req);
      if (!s) return reply.redirect('/party', 303);
      const q = req.query as Record<string, unknown>;
      const number = typeof q['done'] === 'string' ? q['done'] : undefined;
      const apps = number ? await applicationsOfCase(deps.db, s.caseId, today()) : [];
      const done = apps.find((a) => a.number === number);
      return send(reply, 200, await listPage(s, done ? { number: done.number, dueOn: done.dueOn } : undefined));
    });

    const targetPage = async (s: PartySession, id: string) =>
      /^[0-9a-f-]{36}$/.test(id) ? (await repairTargetsOfCase(deps.db, s.caseId, today())).find((t) => t.id === id) : undefined;

    p.get('/party/credit-repair/:id', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await session(req);
      if (!s) return reply.redirect('/party', 303);
      const t = await targetPage(s, (req.params as { id: string }).id);
      if (!t) return send(reply, 404, partyErrorPage('公示记录不存在。'));
      return send(reply, 200, creditRepairApplyPage({ target: t, rules: creditRepairRulesFor(t.field).repair, csrf: s.csrf }));
    });

    p.post('/party/credit-repair/:id', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await session(req);
      if (!s) return send(reply, 401, partyErrorPage('登录已过期或者访问码已失效，请重新登录。'));
      const form = (req.body ?? { fields: {}, files: [] }) as MultipartForm & { malformed?: boolean };
      if (form.malformed || form.fields?.['csrf'] !== s.csrf) {
        const e = new DomainError('FORM_EXPIRED', '页面已过期，请返回信用修复页面刷新后重新提交');
        return send(reply, statusOf(e.code), partyErrorPage(e.message));
      }
      const id = (req.params as { id: string }).id;
      const f = form.fields;
      try {
        const r = await applyForCreditRepair(deps, s, {
          publicationId: id,
          applicantRole: f['applicantRole'] ?? '',
          applicantName: f['applicantName'] ?? '',
          contact: f['contact'] ?? '',
          reasons: f['reasons'] ?? '',
          commitment: f['commitment'] ?? '',
          files: form.files.filter((x) => x.field === 'files'),
        });
        if (wantsJson(req)) return reply.status(201).send(r);
        return reply.redirect(`/party/credit-repair?done=${encodeURIComponent(r.number)}`, 303);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        // a client that asks for JSON (a party's own software) gets the machine-readable refusal
        if (wantsJson(req))
          return reply
            .status(statusOf(e.code))
            .send({ error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } });
        const t = await targetPage(s, id);
        if (!t || e.code === 'NOT_FOUND') return send(reply, 404, partyErrorPage('公示记录不存在。'));
        const field = typeof e.details?.['field'] === 'string' ? (e.details['field'] as string) : undefined;
        return send(
          reply,
          statusOf(e.code),
          creditRepairApplyPage({
            target: t,
            rules: creditRepairRulesFor(t.field).repair,
            csrf: s.csrf,
            form: { applicantRole: f['applicantRole'], applicantName: f['applicantName'], contact: f['contact'], reasons: f['reasons'] },
            error: { message: e.message, code: e.code, field },
          }),
        );
      }
    });
  });
}
