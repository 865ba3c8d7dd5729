import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from '../../http/cookies.ts';
import { DomainError } from '@sanxiang/domain';
import type { App } from '../../http/typebox.ts';
import { statusOf } from '../../http/errors.ts';
import { sendBlob } from '../../http/blob-download.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { partyCasePage, partyErrorPage, partySignInPage } from './party.pages.ts';
import {
  PARTY_SESSION_MS,
  partyAct,
  partyCaseView,
  partyDocument,
  partySessionOf,
  partySignIn,
  partySignOut,
  type PartyAct,
  type PartyDeps,
  type PartySession,
} from './party.service.ts';

export const PARTY_COOKIE = 'sx_party';
const ACTS: readonly PartyAct[] = ['statement', 'hearing', 'waive', 'consent'];
/** The 当事人专区's pages: no script, forms to this site only (the 信用修复 pages use the same). */
export const partyCsp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const cookieToken = (req: FastifyRequest): string | null => readCookie(req, PARTY_COOKIE);

/** A party's pages are private: never cached, never framed. */
function sendPrivate(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', partyCsp)
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html);
}

const formOf = (body: unknown): Record<string, string> => (body && typeof body === 'object' ? (body as Record<string, string>) : {});

/**
 * 当事人专区 routes (/party/*): HTML forms posted as application/x-www-form-urlencoded, the party's
 * session in its own cookie (SameSite=Strict, scoped to /party) and a per-session token in every
 * form, so another site cannot act for a signed-in party.
 */
export function registerPartyRoutes(
  app: App,
  deps: PartyDeps & { blobs: BlobStore; keys: KeyStore; secureCookies?: boolean | undefined },
): void {
  const cookie = (value: string, maxAge: number) =>
    [
      `${PARTY_COOKIE}=${value}`,
      'Path=/party',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${maxAge}`,
      ...(deps.secureCookies ? ['Secure'] : []),
    ].join('; ');

  app.register(async (p) => {
    p.removeAllContentTypeParsers();
    p.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
      const out: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(String(body))) if (!(k in out)) out[k] = v;
      done(null, out);
    });

    const session = (req: FastifyRequest) => partySessionOf(deps, cookieToken(req));

    p.get('/party', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      if (await session(req)) return reply.redirect('/party/case', 303);
      return sendPrivate(reply, 200, partySignInPage());
    });

    p.post('/party/sign-in', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const f = formOf(req.body);
      const caseNumber = (f['caseNumber'] ?? '').slice(0, 60);
      try {
        const { token } = await partySignIn(deps, { caseNumber, code: (f['code'] ?? '').slice(0, 40), ip: req.ip });
        reply.header('set-cookie', cookie(token, PARTY_SESSION_MS / 1000));
        return reply.redirect('/party/case', 303);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        if (e.code === 'RATE_LIMITED') reply.header('retry-after', String(e.details?.['retryAfterSeconds'] ?? 900));
        return sendPrivate(reply, statusOf(e.code), partySignInPage({ caseNumber, error: e.message }));
      }
    });

    p.get('/party/case', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await session(req);
      if (!s) return reply.redirect('/party', 303);
      const q = req.query as Record<string, unknown>;
      const done = typeof q['done'] === 'string' ? q['done'] : undefined;
      return sendPrivate(reply, 200, partyCasePage(await partyCaseView(deps, s), { csrf: s.csrf, done }));
    });

    const signedIn = async (req: FastifyRequest, reply: FastifyReply): Promise<PartySession | null> => {
      const s = await session(req);
      if (!s) {
        await sendPrivate(reply, 401, partyErrorPage('登录已过期或者访问码已失效，请重新登录。'));
        return null;
      }
      if (formOf(req.body)['csrf'] !== s.csrf) {
        const e = new DomainError('FORM_EXPIRED', '页面已过期，请返回当事人专区刷新后重新提交');
        await sendPrivate(reply, statusOf(e.code), partyErrorPage(e.message));
        return null;
      }
      return s;
    };

    for (const act of ACTS) {
      p.post(`/party/${act}`, { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
        const s = await signedIn(req, reply);
        if (!s) return reply;
        try {
          await partyAct(deps, s, act, formOf(req.body));
          return reply.redirect(`/party/case?done=${act}`, 303);
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          return sendPrivate(
            reply,
            statusOf(e.code),
            partyCasePage(await partyCaseView(deps, s), { csrf: s.csrf, error: { act, message: e.message } }),
          );
        }
      });
    }

    p.post('/party/sign-out', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await signedIn(req, reply);
      if (!s) return reply;
      await partySignOut(deps, cookieToken(req));
      reply.header('set-cookie', cookie('', 0));
      return reply.redirect('/party', 303);
    });

    p.get('/party/documents/:id/:format', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const s = await session(req);
      if (!s) return sendPrivate(reply, 401, partyErrorPage('请先登录当事人专区。'));
      const { id, format } = req.params as { id: string; format: string };
      if ((format !== 'pdf' && format !== 'docx') || !/^[0-9a-f-]{36}$/.test(id))
        return sendPrivate(reply, 404, partyErrorPage('文书不存在。'));
      try {
        const d = await partyDocument(deps, s, id, format);
        return sendBlob(req, reply, {
          blobs: deps.blobs,
          sha256: d.sha256,
          mediaType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          filename: `${d.title}.${format}`,
          missing: '文书文件暂时无法读取，请联系办案机关',
          beforeSend: d.log,
        });
      } catch (e) {
        if (e instanceof DomainError && e.code === 'NOT_FOUND') return sendPrivate(reply, 404, partyErrorPage('文书不存在。'));
        throw e;
      }
    });
  });
}
