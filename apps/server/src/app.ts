import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { chinaDate } from '@sanxiang/domain';
import type { Database } from './db/schema.ts';
import { checkDatabaseReadable } from './db/meta.ts';
import type { Clock } from './adapters/clock.ts';
import { frameworkError, installErrorHandling } from './http/errors.ts';
import { installHardening } from './http/hardening.ts';
import { admissionFromEnv, installAdmission, type AdmissionOptions, type AdmissionStats } from './http/admission.ts';
import { installRateLimits, installStaffRateLimit, NO_RATE_LIMITS, type RateLimitOptions, type RateLimitStats } from './http/rate-limit.ts';
import { installAuthentication } from './http/auth.ts';
import { registerWorkbench } from './http/workbench.ts';
import { ErrorSchema, type App } from './http/typebox.ts';
import { SessionStore, endSessionsOfUser } from './modules/auth/session.store.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { registerOrgRoutes } from './modules/org/org.routes.ts';
import { registerAgencySealRoutes } from './modules/seal/seal.routes.ts';
import { CoalescingRunner } from './modules/alerts/alert.scheduler.ts';
import { sweepAlerts } from './modules/alerts/alert.sweep.ts';
import { deliverAlertWebhooks } from './modules/alerts/alert.webhook.ts';
import { recordRefusal } from './modules/alerts/alert.service.ts';
import { registerAlertRoutes } from './modules/alerts/alert.routes.ts';
import { registerOutcomeRoutes } from './modules/outcomes/outcome.routes.ts';
import { registerQualificationRoutes } from './modules/people/qualification.routes.ts';
import { registerPeopleRoutes } from './modules/people/people.routes.ts';
import { registerCaseRoutes } from './modules/cases/case.routes.ts';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes.ts';
import { CalendarService } from './modules/calendar/calendar.service.ts';
import { registerProcedureRoutes } from './modules/procedures/procedure.routes.ts';
import { registerPortalRoutes } from './modules/portal/portal.routes.ts';
import { configureSite, type SiteIdentity } from './http/html-layout.ts';
import { portalActivity } from './modules/publications/public-decision.reads.ts';
import { registerPartyProfileRoutes } from './modules/publications/party-profile.routes.ts';
import { newestCheckpoints } from './modules/ledger/ledger.queries.ts';
import type { SqlPool } from './modules/cases/case.repository.ts';
import type { KeyStore } from './adapters/keys/key-store.ts';
import { LedgerService } from './modules/ledger/ledger.service.ts';
import type { WitnessTarget } from './modules/witness/witness.service.ts';
import { registerLedgerRoutes } from './modules/ledger/ledger.routes.ts';
import { startLedgerWorker } from './modules/ledger/ledger.worker.ts';
import { registerEvidenceRoutes } from './modules/evidence/evidence.routes.ts';
import { registerEvidenceUploads } from './modules/evidence/evidence.tus.ts';
import { renderPendingDocuments, rendersSettled } from './modules/documents/document.render.ts';
import { registerDocumentRoutes } from './modules/documents/document.routes.ts';
import type { IssueDeps } from './modules/documents/document.service.ts';
import { decisionStepsSubquery } from './modules/review/review.records.ts';
import { ACCESS_NOTICE_KINDS, newAccessCode, recordAccessCode } from './modules/party/party-access.ts';
import { registerCaseFileRoutes } from './modules/casefile/case-file.routes.ts';
import type { BlobStore } from './adapters/blobs/blob-store.ts';
import { registerAccessRoutes } from './modules/access/access.routes.ts';
import { accessReason, logAccess } from './modules/access/access.service.ts';
import { registerRecordingListRoutes } from './modules/cases/recording-list.routes.ts';
import { registerReviewRoutes } from './modules/review/review.routes.ts';
import { registerDiscretionRoutes } from './modules/discretion/discretion.routes.ts';
import { registerDocumentSettingsRoutes } from './modules/documents/document-settings.routes.ts';
import { discretionCheck } from './modules/discretion/discretion.service.ts';
import { decisionGate, syncDecisionSteps } from './modules/review/review.state.ts';
import { caseFileStatus } from './modules/casefile/case-file.service.ts';
import { evidenceCountOfCase, mediaOfStepRecordedAfter } from './modules/evidence/evidence.queries.ts';
import { documentCountOfCase } from './modules/documents/document.queries.ts';
import type { CaseDeps } from './modules/cases/case.service.ts';
import {
  ensurePublications,
  onDocumentIssued,
  sweepPublications,
  type PublicationDeps,
} from './modules/publications/publication.service.ts';
import { registerPublicationRoutes } from './modules/publications/publication.routes.ts';
import { registerSearchRoutes } from './modules/search/search.routes.ts';
import { SearchGate, type SearchGateOptions } from './modules/search/search.gate.ts';
import { registerStatisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { registerExchangeRoutes } from './modules/exchange/exchange.routes.ts';
import { registerListRoutes } from './modules/lists/lists.routes.ts';
import { registerDrawRoutes } from './modules/draw/draw.routes.ts';
import { registerEvaluationRoutes } from './modules/evaluation/evaluation.routes.ts';
import { registerPartyRoutes } from './modules/party/party.routes.ts';
import { registerCreditRepairRoutes } from './modules/credit-repair/credit-repair.routes.ts';
import { registerCreditRepairPartyRoutes } from './modules/credit-repair/credit-repair.party-routes.ts';
import { registerComplaintRoutes } from './modules/complaints/complaint.routes.ts';
import { registerComplaintPortal } from './modules/complaints/complaint.portal.ts';
import { registerPartyAccessRoutes } from './modules/party/party-access.routes.ts';
import { registerWorklistRoutes } from './modules/worklist/worklist.routes.ts';
import { registerSupervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { deliverPending, enqueueUpstream, type Upstream } from './modules/exchange/outbox.ts';
import { lazySchemaCompilers } from './http/lazy-schemas.ts';

/**
 * What the case engine asks of the modules above it, wired here once (for the server, the demo and
 * the benches): the legal-review gate of decision steps (R-REV-2), the case file checked before
 * archiving (R-REC-6) and the media recorded for a step (R-REC-3).
 */
export const caseEngineLinks: Pick<CaseDeps, 'decisionGate' | 'caseFileStatus' | 'stepMedia'> = {
  decisionGate,
  caseFileStatus,
  stepMedia: mediaOfStepRecordedAfter,
};

/** What issuing a document asks of review (the decision steps) and of the party area (access codes on a 告知书). */
export const documentIssueLinks: Pick<IssueDeps, 'decisionSteps' | 'accessCodes'> = {
  decisionSteps: decisionStepsSubquery,
  accessCodes: { noticeKinds: ACCESS_NOTICE_KINDS, newCode: newAccessCode, record: recordAccessCode },
};

export interface AppDeps {
  db: Kysely<Database>;
  /** the pool behind `db`, for prepared statements on hot paths */
  pool: SqlPool;
  /**
   * The public side's own database pool (db/database.ts#openPortalPool: fewer connections, a
   * statement timeout): the portal's pages, the search, its feeds and the public decisions' API
   * read through it, so that public load never waits on, or takes, the staff API's connections
   * (issue 23). Absent: the public side shares `db`.
   */
  portal?: { db: Kysely<Database>; pool: SqlPool } | undefined;
  clock: Clock;
  /** 'embedded' or 'external': shown by /health */
  databaseKind: 'embedded' | 'external';
  logger?: boolean;
  /** session cookies marked Secure; default: whether `publicUrl` is https (then HSTS is sent as well) */
  secureCookies?: boolean;
  /** signing keys, kept outside the database */
  keys: KeyStore;
  /** the product's data folder (unfinished uploads; the blobs too when they are kept in a folder) */
  dataDir: string;
  /** where evidence files and issued documents are stored by content (a folder or an S3 bucket) */
  blobs: BlobStore;
  ledger?: { logPrefix?: string; witnessPrefix?: string; remoteWitnesses?: WitnessTarget[] };
  /**
   * the portal's public address, e.g. https://gs.example.gov.cn (no trailing slash): printed in QR
   * codes, 告知书, feeds and officer links. Configuration only — never taken from a request's Host
   * header, which the client writes. Default: DEFAULT_PUBLIC_URL (the CLI warns while it is unset).
   */
  publicUrl?: string | undefined;
  /** 主办单位, 承办单位, 网站标识码, 备案号 and contact shown by every public page (SANXIANG_SITE_*) */
  site?: SiteIdentity | undefined;
  /** R-X-6: the upper platform this product pushes its publications to (SANXIANG_UPSTREAM_URL/KEY); none: nothing is queued */
  upstream?: Upstream | undefined;
  /** the built workbench (apps/workbench/dist by default) */
  workbenchDir?: string;
  /** minutes without use after which a workbench session ends (SANXIANG_IDLE_MINUTES, default 30) */
  idleMinutes?: number;
  /** the longest a request may take to arrive, headers and body (default 120 s; tests shorten it) */
  requestTimeoutMs?: number;
  /** run the ledger's background sequencing and checkpointing (off in tests, which drive it) */
  backgroundWork?: boolean;
  /** how many staff API writes are worked on at once (http/admission.ts); default from SANXIANG_API_CONCURRENCY */
  admission?: AdmissionOptions;
  /**
   * requests per client and budget (http/rate-limit.ts); `serve` passes SANXIANG_RATE_SEARCH/PUBLIC/STAFF
   * or their defaults. Absent: no limits (tests and benches that drive the server from one address)
   */
  rateLimits?: RateLimitOptions | undefined;
  /**
   * the reverse proxies whose X-Forwarded-For names the client (addresses or CIDR ranges,
   * SANXIANG_TRUSTED_PROXIES); `true` trusts any (TRUST_PROXY=1)
   */
  trustedProxies?: string[] | boolean;
  /**
   * the public search's permits (modules/search/search.gate.ts): addresses in good standing ahead of
   * newcomers, whose share is bounded; `serve` passes SANXIANG_SEARCH_GATE or its default. Absent or
   * false: no gate (tests and benches that drive the server from one address)
   */
  searchGate?: SearchGateOptions | false | undefined;
}

/** The composition root: every dependency is passed explicitly; nothing is discovered by magic. */
export interface BuiltApp {
  app: App;
  calendar: CalendarService;
  sessions: SessionStore;
  ledger: LedgerService;
  blobs: BlobStore;
  /** the staff API's writes in flight and waiting */
  admission: AdmissionStats;
  /** the alerts' sweep after the last change: `settled` waits for it (tests) */
  alerts: { settled: () => Promise<void>; sweepNow: () => Promise<void> };
  /** requests refused for their client's budget */
  rateLimits: RateLimitStats;
  /** the public search's gate, when there is one */
  searchGate: SearchGate | null;
}

/**
 * Whose X-Forwarded-For to believe: SANXIANG_TRUSTED_PROXIES (comma-separated addresses or CIDR
 * ranges: only a request from one of them has its forwarded address taken, the nearest untrusted
 * one from the right); TRUST_PROXY=1 believes any (the instance must then be reachable only
 * through the proxy); else none.
 */
export function trustedProxiesFromEnv(env: NodeJS.ProcessEnv): string[] | boolean {
  const list = (env['SANXIANG_TRUSTED_PROXIES'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length) return list;
  return env['TRUST_PROXY'] === '1';
}

/** The address used while SANXIANG_PUBLIC_URL is not set: the default listening address. */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:3000';

export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  const publicUrl = deps.publicUrl ?? DEFAULT_PUBLIC_URL;
  const app = Fastify({
    logger: deps.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    // a body trickled in a byte at a time does not hold a connection for ever (tus chunks are 8 MB:
    // two minutes allow 70 KB/s)
    requestTimeout: deps.requestTimeoutMs ?? 120_000,
    // Node checks the request and header timeouts on this interval (30 s by default): each second, so a
    // trickled request ends at its limit, not up to half a minute after it
    http: { connectionsCheckingInterval: 1_000 },
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
    trustProxy: deps.trustedProxies ?? trustedProxiesFromEnv(process.env),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    schemaController: { compilersFactory: lazySchemaCompilers() },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Sanxiang 三项 API', description: '行政执法公示、全过程记录、重大执法决定法制审核', version: '1' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'sx_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });

  installErrorHandling(app);
  // behind TLS (the public address is https): cookies only over https, and browsers told so (HSTS)
  const https = publicUrl.startsWith('https://');
  const secureCookies = deps.secureCookies ?? https;
  installHardening(app, { hsts: https, bodyTimeoutMs: deps.requestTimeoutMs ?? 120_000 });
  const admission = installAdmission(app, deps.admission ?? admissionFromEnv());
  // per client, before anything reads the database; the staff's own budgets once the session is known
  const limits = deps.rateLimits ?? NO_RATE_LIMITS;
  const searchGate = deps.searchGate ? new SearchGate(deps.searchGate) : null;
  // an address refused by its search budget searches as a newcomer for a while
  const rateLimits = installRateLimits(
    app,
    limits,
    searchGate
      ? (which, ip) => {
          if (which === 'search') searchGate.demote(ip);
        }
      : undefined,
  );
  const sessions = new SessionStore(deps.db, deps.clock, (deps.idleMinutes ?? 30) * 60_000);
  installAuthentication(app, sessions, { publicUrl: deps.publicUrl });
  installStaffRateLimit(app, limits, rateLimits);
  // the public side reads through its own pool when it has one
  const portal = deps.portal ?? { db: deps.db, pool: deps.pool };
  const calendar = new CalendarService(deps.db);
  await calendar.load();

  registerAuthRoutes(app, { db: deps.db, clock: deps.clock, sessions }, { secureCookies, publicUrl: deps.publicUrl });
  await registerWorkbench(app, deps.workbenchDir);
  registerOrgRoutes(app, { db: deps.db, onOrgChanged: () => sessions.forgetAll() });
  registerPeopleRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    onUserChanged: (id) => sessions.forgetUser(id),
    endSessions: (id) => endSessionsOfUser(deps.db, id),
  });
  registerQualificationRoutes(app, { db: deps.db, clock: deps.clock });
  const publications: PublicationDeps = {
    db: deps.db,
    clock: deps.clock,
    calendar: () => calendar.current(),
    ...(deps.upstream ? { onPublicChange: (tx, id, act) => enqueueUpstream(tx, id, act, deps.clock.now()) } : {}),
  };
  const caseDeps: CaseDeps = {
    ...caseEngineLinks,
    db: deps.db,
    pool: deps.pool,
    clock: deps.clock,
    calendar: () => calendar.current(),
    // after the decision committed: a failure here (e.g. next year's calendar not yet imported) must not
    // answer the officer that the decision failed; the sweep creates the record once it can
    onPublishingStep: async (caseId: string) => {
      try {
        await ensurePublications(publications, caseId);
      } catch (e) {
        app.log.error({ err: e, caseId }, 'publication record not created after the decision; the sweep will retry');
      }
    },
  };
  const alertDeps = { db: deps.db, clock: deps.clock, calendar: () => calendar.current() };
  // 执法监督预警 (R-X-3): re-read every minute (below), and at once after the changes that only alerts
  // follow — a step refused (422, recorded in step_refusals), a certificate's life, training, a 复议/诉讼
  // outcome, the alert settings. Time limits move in days: a case step's own change is picked up by the
  // next minute's sweep, so the sweep (a read of the whole record) does not follow every step under load
  // (issue 20 item 7: at 32 officers it cost the whole case's p95 about a third).
  const alertRunner = new CoalescingRunner(
    () => sweepAlerts(alertDeps).then(() => (deps.backgroundWork ? deliverAlertWebhooks(alertDeps) : undefined)),
    (e) => app.log.error(e, 'alert sweep failed'),
  );
  const ALERT_WRITES =
    /^\/api\/v1\/(?:certificates\/|users\/[^/]+\/training|cases\/[^/]+\/outcomes|agencies\/[^/]+\/(?:alert|complaint)-settings|complaints\/)/;
  app.addHook('onResponse', async (req, reply) => {
    if (req.method === 'GET') return;
    if (reply.statusCode === 422 || (reply.statusCode < 400 && ALERT_WRITES.test(req.url))) alertRunner.poke();
  });
  app.addHook('onClose', async () => alertRunner.close());
  registerAlertRoutes(app, { db: deps.db, clock: deps.clock, onSettingsChanged: () => alertRunner.poke() });
  registerOutcomeRoutes(app, { db: deps.db, clock: deps.clock });
  registerCaseRoutes(app, {
    ...caseDeps,
    recordRefusal: (r) => recordRefusal(deps.db, { ...r, at: deps.clock.now() }),
    logRecordView: (actor, v) =>
      logAccess(deps, actor, {
        agencyId: v.agencyId,
        action: 'view',
        targetKind: v.targetKind,
        targetId: v.targetId,
        caseId: v.caseId,
        reason: accessReason(v.reason, { assignedOfficer: v.assignedOfficer }),
      }),
  });
  registerWorklistRoutes(app, caseDeps);
  registerSupervisionRoutes(app, caseDeps);
  registerCalendarRoutes(app, { calendar, clock: deps.clock });
  registerProcedureRoutes(app);
  configureSite({ ...deps.site, publicUrl });
  const logPrefix = deps.ledger?.logPrefix ?? process.env['SANXIANG_LOG_PREFIX'] ?? 'sanxiang.local/log';
  const witnessPrefix = deps.ledger?.witnessPrefix ?? process.env['SANXIANG_WITNESS_PREFIX'] ?? 'sanxiang.local/witness';
  const ledger = new LedgerService(
    { db: deps.db, keys: deps.keys, clock: deps.clock },
    { logPrefix, witnessPrefix, remoteWitnesses: deps.ledger?.remoteWitnesses ?? [] },
  );
  registerPortalRoutes(app, {
    db: portal.db,
    clock: deps.clock,
    publicUrl,
    // the home page's news: publications and the ledger answer what the portal below them asks
    activity: async () => {
      const [decisions, checkpoints] = await Promise.all([
        portalActivity(portal.db, chinaDate(deps.clock.now())),
        newestCheckpoints(portal.db),
      ]);
      return { ...decisions, checkpoints };
    },
  });
  registerLedgerRoutes(app, {
    db: deps.db,
    publicUrl,
    ledger,
    keys: deps.keys,
    witness: { db: deps.db, keys: deps.keys, clock: deps.clock, witnessPrefix },
  });
  const blobs = deps.blobs;
  registerEvidenceRoutes(app, { db: deps.db, clock: deps.clock, blobs });
  registerAgencySealRoutes(app, { db: deps.db, clock: deps.clock, blobs });
  registerPartyRoutes(app, { ...caseDeps, blobs, keys: deps.keys, secureCookies });
  registerPartyAccessRoutes(app, { db: deps.db, clock: deps.clock });
  // 投诉举报 (R-X-4): the portal's form and lookup, the staff API
  const complaintDeps = { db: deps.db, clock: deps.clock, calendar: () => calendar.current(), blobs };
  registerComplaintPortal(app, { ...complaintDeps, publicUrl: deps.publicUrl, secureCookies });
  registerComplaintRoutes(app, complaintDeps);
  registerEvidenceUploads(app, { db: deps.db, clock: deps.clock, dataDir: deps.dataDir, blobs });
  registerAccessRoutes(app, { db: deps.db, clock: deps.clock, counts: { evidence: evidenceCountOfCase, documents: documentCountOfCase } });
  registerDocumentRoutes(app, {
    ...documentIssueLinks,
    db: deps.db,
    clock: deps.clock,
    keys: deps.keys,
    blobs,
    portalUrl: publicUrl,
    onIssued: (caseId) => onDocumentIssued(publications, caseId),
  });
  registerPublicationRoutes(app, publications);
  registerCreditRepairRoutes(app, { ...publications, blobs });
  registerCreditRepairPartyRoutes(app, { ...publications, blobs });
  registerPartyProfileRoutes(app, { db: portal.db, clock: deps.clock });
  registerSearchRoutes(app, { db: portal.db, clock: deps.clock, pool: portal.pool, publicUrl, gate: searchGate });
  registerStatisticsRoutes(app, { db: deps.db, clock: deps.clock, calendar: () => calendar.current() });
  registerExchangeRoutes(app, { db: deps.db, clock: deps.clock });
  registerListRoutes(app, { db: deps.db, clock: deps.clock, calendar: () => calendar.current() });
  // after the lists: the .xlsx body parser is theirs, shared by the 名录库 import
  registerDrawRoutes(app, { db: deps.db, clock: deps.clock, calendar: () => calendar.current(), ledger, publicUrl, cases: caseDeps });
  registerEvaluationRoutes(app, { db: deps.db, clock: deps.clock, ledger, publicUrl });
  registerCaseFileRoutes(app, { db: deps.db, clock: deps.clock, keys: deps.keys, blobs, ledger, witnessPrefix });
  registerRecordingListRoutes(app, { db: deps.db, clock: deps.clock });
  await syncDecisionSteps(deps.db);
  registerReviewRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    calendar: () => calendar.current(),
    keys: deps.keys,
    blobs,
    discretion: discretionCheck(deps.db),
  });
  registerDiscretionRoutes(app, { db: deps.db, clock: deps.clock });
  registerDocumentSettingsRoutes(app, { db: deps.db, clock: deps.clock });
  // R-PUB-3: a decision taken while the process was down still gets its publication record
  await sweepPublications(publications);
  // documents filed while the process was down but not yet rendered get their PDF and Word (issue 20)
  void renderPendingDocuments({ db: deps.db, clock: deps.clock, blobs, keys: deps.keys }).catch((e: unknown) => app.log.error(e));
  // renders under way finish before the database pool closes
  app.addHook('onClose', async () => rendersSettled());
  if (deps.backgroundWork) {
    const stop = startLedgerWorker(ledger);
    const sweep = setInterval(() => void sweepPublications(publications).catch((e) => app.log.error(e)), 60_000);
    const upstream = deps.upstream;
    const relay = upstream
      ? setInterval(() => void deliverPending({ db: deps.db, clock: deps.clock }, upstream).catch((e) => app.log.error(e)), 10_000)
      : null;
    // a calendar year imported through another instance (or the CLI) reaches this one within a minute
    const calendarRefresh = setInterval(() => void calendar.refresh().catch((e) => app.log.error(e)), 60_000);
    const alertSweep = setInterval(() => alertRunner.poke(), 60_000);
    alertSweep.unref();
    calendarRefresh.unref();
    app.addHook('onClose', async () => {
      clearInterval(sweep);
      clearInterval(calendarRefresh);
      clearInterval(alertSweep);
      if (relay) clearInterval(relay);
      // the ledger task under way finishes before the pool closes (else it meets a destroyed driver)
      await stop();
    });
  }

  app.get('/health', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    // a load balancer's check gets an answer within 5 s even when the database does not answer at all
    let timer: NodeJS.Timeout | undefined;
    const readable = await Promise.race([
      checkDatabaseReadable(deps.db).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000))),
    ]);
    clearTimeout(timer);
    if (!readable) return reply.status(503).send({ ok: false, database: deps.databaseKind, error: '数据库无法访问或没有应答' });
    return {
      ok: true,
      database: deps.databaseKind,
      calendarWarning: calendar.current().nextYearMissingWarning(chinaDate(deps.clock.now())),
    };
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await app.ready();
  /** the alerts' work under way (a sweep after each change): tests wait for it */
  const alerts = { settled: () => alertRunner.settled(), sweepNow: () => alertRunner.now() };
  return { app, calendar, sessions, ledger, blobs, admission, alerts, rateLimits, searchGate };
}

/**
 * What Node's HTTP parser refuses before any route sees the request — a request line with raw (not
 * percent-encoded) Chinese characters, a malformed or oversized header — answered like every other
 * refusal, with a machine-readable code and a Chinese message (Fastify's own answer is English); the
 * connection is closed after it. (A body trickled past the request timeout is answered 408 by Node.)
 */
function clientError(err: NodeJS.ErrnoException, socket: import('node:net').Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy(err);
    return;
  }
  const [status, reason, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', '请求头过大']
      : [400, 'Bad Request', 'BAD_REQUEST', '请求格式不正确：网址中的中文等字符须经百分号编码（浏览器会自动编码）'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
