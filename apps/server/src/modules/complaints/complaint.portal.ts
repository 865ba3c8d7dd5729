import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COMPLAINT_LIMITS, DomainError, complaintProblems, type FieldProblem } from '@sanxiang/domain';
import type { App } from '../../http/typebox.ts';
import { statusOf } from '../../http/errors.ts';
import { readCookie } from '../../http/cookies.ts';
import { checkSameOrigin } from '../../http/csrf.ts';
import { fileComplaint, type ComplaintDeps, type UploadedFile } from './complaint.service.ts';
import { complaintAgencies, lookupComplaint } from './complaint.views.ts';
import { EMPTY_FORM, complaintFiledPage, complaintFormPage, complaintTrackPage, type FormValues } from './complaint.pages.ts';

/**
 * 投诉举报 on the portal: GET /complaints (the form), POST /complaints (multipart: the fields and
 * the files in one plain form post, so it works without JavaScript — the workbench's resumable tus
 * uploads need a script, and complaint files are small), GET/POST /complaints/track (the lookup; the
 * code goes in the body, never in an address that logs and Referer headers would keep).
 *
 * Guard against other sites and floods, as the 当事人专区 does: a form token in a SameSite=Strict
 * cookie scoped to /complaints that the form must repeat (double submit), the browser's
 * Sec-Fetch-Site/Origin checked, the per-address filing budget (http/rate-limit.ts, `complaint`) and
 * wrong tracking codes slowed per address (sign-in throttle).
 */
export const COMPLAINT_FORM_COOKIE = 'sx_cform';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** the form body is read into memory: the attachments' total and the text fields */
const BODY_LIMIT = COMPLAINT_LIMITS.attachmentsTotalBytes + 256 * 1024;

/**
 * Never cached, never framed. The form's own pages send their origin to this site only
 * ('same-origin': under 'no-referrer' a browser posts the form with `Origin: null`, which the
 * origin check must refuse); the lookup's pages send nothing anywhere.
 */
function sendPrivate(reply: FastifyReply, status: number, html: string, referrer: 'same-origin' | 'no-referrer' = 'no-referrer') {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', CSP)
    .header('referrer-policy', referrer)
    .type('text/html; charset=utf-8')
    .send(html);
}

interface ParsedForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

/** The multipart body through the platform's own parser (WHATWG FormData): no extra dependency. */
async function parseMultipart(contentType: string, body: Buffer): Promise<ParsedForm> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [k, v] of form.entries()) {
    if (typeof v === 'string') {
      if (!(k in fields)) fields[k] = v;
    } else if (k === 'attachments' && (v.size > 0 || v.name)) {
      // a browser sends an empty part without a name when no file was chosen
      files.push({ filename: v.name, mediaType: v.type, bytes: Buffer.from(await v.arrayBuffer()) });
    }
  }
  return { fields, files };
}

const valuesOf = (f: Record<string, string>): FormValues => ({
  agencyId: (f['agencyId'] ?? '').slice(0, 40),
  kind: (f['kind'] ?? '').slice(0, 20),
  subjectRef: (f['subjectRef'] ?? '').slice(0, 200),
  facts: (f['facts'] ?? '').slice(0, COMPLAINT_LIMITS.facts + 1000),
  request: (f['request'] ?? '').slice(0, COMPLAINT_LIMITS.request + 1000),
  name: (f['name'] ?? '').slice(0, 200),
  phone: (f['phone'] ?? '').slice(0, 100),
});

const sameToken = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function registerComplaintPortal(app: App, deps: ComplaintDeps & { publicUrl?: string; secureCookies?: boolean | undefined }): void {
  const cookie = (value: string, maxAge = 7200) =>
    [
      `${COMPLAINT_FORM_COOKIE}=${value}`,
      'Path=/complaints',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${maxAge}`,
      ...(deps.secureCookies ? ['Secure'] : []),
    ].join('; ');
  /** A fresh form token: set as the cookie, written into the form. */
  const newToken = (reply: FastifyReply) => {
    const t = randomBytes(18).toString('base64url');
    reply.header('set-cookie', cookie(t));
    return t;
  };

  const formPage = async (
    reply: FastifyReply,
    status: number,
    values: FormValues,
    more: { problems?: FieldProblem[]; error?: string } = {},
  ) =>
    sendPrivate(
      reply,
      status,
      complaintFormPage({ agencies: await complaintAgencies(deps.db), values, csrf: newToken(reply), ...more }),
      'same-origin',
    );

  app.register(async (p) => {
    p.removeAllContentTypeParsers();
    p.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
    p.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => {
      const out: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(String(body))) if (!(k in out)) out[k] = v;
      done(null, out);
    });

    p.get('/complaints', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const agencies = await complaintAgencies(deps.db);
      // a decision page links here with its agency's 统一社会信用代码 and 文号 (对此执法行为投诉)
      const credit = typeof q['agency'] === 'string' ? q['agency'] : '';
      const ref = typeof q['ref'] === 'string' ? q['ref'].slice(0, COMPLAINT_LIMITS.subjectRef) : '';
      const agency = agencies.find((a) => a.credit_code === credit);
      return formPage(reply, 200, { ...EMPTY_FORM, agencyId: agency?.id ?? '', subjectRef: ref });
    });

    p.post('/complaints', { config: { public: true }, schema: { hide: true } }, async (req: FastifyRequest, reply) => {
      const type = req.headers['content-type'] ?? '';
      if (!Buffer.isBuffer(req.body) || !type.startsWith('multipart/form-data'))
        return formPage(reply, 400, EMPTY_FORM, { error: '提交的内容格式不正确，请在本页填写后提交' });
      let form: ParsedForm;
      try {
        form = await parseMultipart(type, req.body);
      } catch {
        return formPage(reply, 400, EMPTY_FORM, { error: '提交的内容不完整，请重新填写后提交' });
      }
      const values = valuesOf(form.fields);
      try {
        checkSameOrigin(req, deps.publicUrl);
      } catch (e) {
        if (e instanceof DomainError) return formPage(reply, 403, values, { error: '请求来自其他网站，已拒绝。请在本页填写后提交。' });
        throw e;
      }
      if (!sameToken(readCookie(req, COMPLAINT_FORM_COOKIE), form.fields['csrf']))
        return formPage(reply, 403, values, { error: '页面已过期，请核对后重新提交（您填写的内容已保留，附件须重新选择）' });
      const problems = complaintProblems(values);
      if (problems.length) return formPage(reply, 400, values, { problems });
      try {
        const r = await fileComplaint(deps, values, form.files);
        // the token is spent: a reload cannot file the same complaint twice
        reply.header('set-cookie', cookie('', 0));
        return sendPrivate(
          reply,
          201,
          complaintFiledPage({
            code: r.code,
            kindName: values.kind === 'report' ? '举报' : '投诉',
            agencyName: r.agencyName,
            receivedOn: r.receivedOn,
            dueOn: r.dueOn,
          }),
        );
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const path = typeof e.details?.['path'] === 'string' ? e.details['path'] : 'form';
        return formPage(reply, statusOf(e.code), values, { problems: [{ path, message: e.message }] });
      }
    });

    p.get('/complaints/track', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
      sendPrivate(reply, 200, complaintTrackPage()),
    );

    p.post('/complaints/track', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const f = req.body && typeof req.body === 'object' ? (req.body as Record<string, string>) : {};
      const code = (f['code'] ?? '').slice(0, 40);
      try {
        const status = await lookupComplaint(deps, code, req.ip);
        return sendPrivate(reply, 200, complaintTrackPage({ code, status }));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        if (e.code === 'RATE_LIMITED') reply.header('retry-after', String(e.details?.['retryAfterSeconds'] ?? 900));
        return sendPrivate(reply, statusOf(e.code), complaintTrackPage({ code, error: e.message }));
      }
    });
  });
}
