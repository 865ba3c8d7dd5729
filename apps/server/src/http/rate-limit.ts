import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@sanxiang/domain';
import { esc, layout } from './html-layout.ts';
import { SESSION_COOKIE } from './auth.ts';

/**
 * Fair use per client (issue 23): token buckets in this process's memory, one per client and
 * budget. A request over its budget is answered 429 at once, before any database work, with
 * `Retry-After`: a Chinese page for pages, feeds and tiles, the JSON error `RATE_LIMITED` for the
 * API.
 *
 * - `search`: the search page and the search API (the costliest public requests), per address;
 * - `public`: every other public page, JSON, feed and ledger tile, and any API request that comes
 *   without a session, per address;
 * - `complaint`: filings of 投诉举报 on the portal (POST /complaints), per address, on top of `public`:
 *   a person files a few, a flood of filings would bury an agency's real ones (absent: not limited);
 * - `staff`: API requests of a signed-in person, per person (never per address), so that citizens
 *   or a crawler behind the same address as an agency's office never lock its officers out; the
 *   staff API's writes are queued apart as well (admission.ts).
 *
 * The address is the one the trusted proxy reports (`trustProxy`, app.ts) and else the socket's.
 * The workbench's static files and /health are not counted. Each instance counts for itself: behind
 * a load balancer over N instances a client gets up to N times the budget unless the balancer keeps
 * a client on one instance or limits it itself (docs/deploy.md shows nginx's `limit_req`).
 */
export interface RateBudget {
  /** requests per minute kept up */
  perMinute: number;
  /** requests allowed at once after a quiet spell */
  burst: number;
}

export interface RateLimitOptions {
  search: RateBudget;
  public: RateBudget;
  staff: RateBudget;
  /** filings of 投诉举报 per address (POST /complaints); absent: not limited beyond `public` */
  complaint?: RateBudget | undefined;
  /** the clock of the buckets (ms); tests pass a manual one */
  now?: () => number;
}

export type RateClass = 'search' | 'public' | 'staff' | 'complaint';

export interface RateLimitStats {
  /** requests refused with 429, by budget */
  refused: Record<RateClass, number>;
}

/** SANXIANG_RATE_<SEARCH|PUBLIC|STAFF> = "<per minute>/<burst>", e.g. "60/20"; "off" turns a budget off. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitOptions {
  const budget = (name: string, dflt: RateBudget): RateBudget => {
    const v = env[name]?.trim();
    if (!v) return dflt;
    if (v === 'off') return UNLIMITED;
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error(`${name} 应写作「每分钟次数/突发次数」，如 60/20，或 off`);
    return { perMinute: Number(m[1]), burst: Number(m[2]) };
  };
  return {
    search: budget('SANXIANG_RATE_SEARCH', DEFAULT_LIMITS.search),
    public: budget('SANXIANG_RATE_PUBLIC', DEFAULT_LIMITS.public),
    staff: budget('SANXIANG_RATE_STAFF', DEFAULT_LIMITS.staff),
    complaint: budget('SANXIANG_RATE_COMPLAINT', DEFAULT_LIMITS.complaint),
  };
}

/**
 * A person reading results searches a few times a minute; a crawler, or someone sending the worst
 * queries in a loop, hundreds of times. Pages are cheap (one lookup by key), searches are not.
 */
export const DEFAULT_LIMITS: Required<Omit<RateLimitOptions, 'now' | 'complaint'>> & { complaint: RateBudget } = {
  search: { perMinute: 30, burst: 15 },
  public: { perMinute: 300, burst: 100 },
  staff: { perMinute: 1200, burst: 300 },
  // five at once, then one every five minutes: a person with several complaints is served, a flood is not
  complaint: { perMinute: 0.2, burst: 5 },
};

const UNLIMITED: RateBudget = { perMinute: Infinity, burst: Infinity };
/** No budget at all (tests and benches that drive one server from one address). */
export const NO_RATE_LIMITS: RateLimitOptions = { search: UNLIMITED, public: UNLIMITED, staff: UNLIMITED };

interface Bucket {
  tokens: number;
  at: number;
}

/** One budget's buckets by key; full ones are forgotten, so memory follows the clients active in the last minutes. */
export class TokenBuckets {
  private buckets = new Map<string, Bucket>();
  private swept = 0;

  constructor(private now: () => number) {}

  /** Takes one token of `key`'s bucket: 0 when taken, else the seconds until one is there. */
  take(key: string, b: RateBudget): number {
    if (b.perMinute === Infinity) return 0;
    const now = this.now();
    const perMs = b.perMinute / 60_000;
    const have = this.buckets.get(key);
    const tokens = have ? Math.min(b.burst, have.tokens + (now - have.at) * perMs) : b.burst;
    if (now - this.swept > 60_000) this.sweep(now, perMs, b.burst);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled (a client quiet long enough to have its whole burst back). */
  private sweep(now: number, perMs: number, burst: number): void {
    this.swept = now;
    for (const [k, v] of this.buckets) if (v.tokens + (now - v.at) * perMs >= burst) this.buckets.delete(k);
  }
}

/** The search routes: the page and the API's list (one decision's page or JSON is a lookup by key: `public`). */
const isSearch = (path: string) => path === '/search' || path === '/api/v1/public/decisions';

/** Not counted: the workbench's own files (cached by the browser), the load balancer's health check. */
const isExempt = (path: string) => path === '/health' || path === '/workbench' || path.startsWith('/workbench/');

const pathOf = (url: string) => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

export function installRateLimits(
  app: FastifyInstance,
  options: RateLimitOptions,
  /** told of each refusal (the search gate takes the address's standing away) */
  onRefused?: (which: RateClass, address: string) => void,
): RateLimitStats {
  const clock = options.now ?? (() => performance.now());
  const buckets = { search: new TokenBuckets(clock), public: new TokenBuckets(clock), complaint: new TokenBuckets(clock) };
  const stats: RateLimitStats = { refused: { search: 0, public: 0, staff: 0, complaint: 0 } };

  // a client over its budget keeps asking (an attacker as fast as the refusals come back): each
  // refusal page is rendered once per budget and wait
  const pages = new Map<string, string>();
  const pageOf = (which: RateClass, wait: number) => {
    const key = `${which} ${wait}`;
    let page = pages.get(key);
    if (!page) {
      if (pages.size > 1000) pages.clear();
      page = tooManyPage(wait, which);
      pages.set(key, page);
    }
    return page;
  };
  const refuse = (req: FastifyRequest, reply: FastifyReply, which: RateClass, wait: number) => {
    stats.refused[which] += 1;
    onRefused?.(which, req.ip);
    const message = `请求过于频繁，请 ${wait} 秒后再试`;
    if (req.url.startsWith('/api/')) throw new DomainError('RATE_LIMITED', message, { retryAfterSeconds: wait, budget: which });
    return reply
      .status(429)
      .header('retry-after', String(wait))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(pageOf(which, wait));
  };

  // before authentication (registered first): a public request costs nothing past this point when over its budget
  app.addHook('onRequest', async (req, reply) => {
    const path = pathOf(req.url);
    if (isExempt(path)) return;
    const staffRoute = path.startsWith('/api/') && req.routeOptions.config?.public !== true && req.routeOptions.url !== undefined;
    // a staff route with a session is counted per person once the session is known (below)
    if (staffRoute && (req.headers.authorization !== undefined || (req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`))) return;
    const which = isSearch(path) ? 'search' : 'public';
    const wait = buckets[which].take(req.ip, options[which]);
    if (wait > 0) return refuse(req, reply, which, wait);
    if (options.complaint && req.method === 'POST' && path === '/complaints') {
      const w = buckets.complaint.take(req.ip, options.complaint);
      if (w > 0) return refuse(req, reply, 'complaint', w);
    }
  });
  return stats;
}

/** After authentication: the signed-in person's own budget. */
export function installStaffRateLimit(app: FastifyInstance, options: RateLimitOptions, stats: RateLimitStats): void {
  const buckets = new TokenBuckets(options.now ?? (() => performance.now()));
  app.addHook('onRequest', async (req) => {
    const actor = req.actor;
    if (!actor || actor.party) return;
    const wait = buckets.take(actor.userId, options.staff);
    if (wait > 0) {
      stats.refused.staff += 1;
      throw new DomainError('RATE_LIMITED', `请求过于频繁，请 ${wait} 秒后再试`, { retryAfterSeconds: wait, budget: 'staff' });
    }
  });
}

function tooManyPage(wait: number, which: RateClass): string {
  const what = which === 'search' ? '检索' : which === 'complaint' ? '提交投诉举报' : '访问';
  return layout({
    title: '请求过于频繁',
    current: which === 'search' ? 'search' : 'home',
    main: `<h1>请求过于频繁</h1>
<p class="alert" role="alert"><strong>您的${what}次数已超过本平台对每个来源地址的限制，请 ${esc(String(wait))} 秒后再试。</strong></p>
<p>为了让每一位公众都能正常查询，本平台限制同一地址在短时间内的${what}次数。正常浏览不会受到影响。</p>
<p>如需批量获取公示数据，请使用<a href="/api/openapi.json">开放接口</a>和各机关的 Atom 订阅，并控制请求频率。</p>`,
  });
}
