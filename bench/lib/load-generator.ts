import net from 'node:net';
import { rng } from './rng.ts';

/**
 * A load generator that runs in its own process (so it does not share the server's event loop),
 * like wrk: `concurrency` virtual users, each walking its own work items one request at a time
 * over its own keep-alive connection. Requests are serialised once up front and responses parsed
 * minimally (status line + Content-Length), so the generator takes as little of the shared CPU
 * as it can. Receives a plan over IPC and answers with the latencies.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  /** the status expected, or the statuses accepted (e.g. 200 or 429 under a rate limit) */
  expect: number | readonly number[];
  /** extra request headers (e.g. X-Forwarded-For: one client's address behind the trusted proxy) */
  headers?: Readonly<Record<string, string>>;
  /** save these top-level fields of the JSON response for later requests of the same item */
  capture?: readonly string[];
  /** the body holds "$name" strings to replace with fields captured earlier in the item */
  uses?: boolean;
}

/** Replaces "$name" string values anywhere in a body by captured values. */
function substitute(v: unknown, vars: Map<string, unknown>): unknown {
  if (typeof v === 'string' && v.startsWith('$') && vars.has(v.slice(1))) return vars.get(v.slice(1));
  if (Array.isArray(v)) return v.map((x) => substitute(x, vars));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, vars)]));
  return v;
}

export interface LoadPlan {
  baseUrl: string;
  concurrency: number;
  durationMs: number;
  /** each item is a sequence of requests that must run in order (e.g. the steps of one case) */
  items: LoadRequest[][];
  /** each virtual user starts a request at most every paceMs (a person's pace; default: at once) */
  paceMs?: number;
  /**
   * with paceMs: the users' first requests spread evenly over one pace (user i starts i × paceMs /
   * concurrency in) instead of all at once — without it they start together and, each keeping its
   * pace, arrive in bursts of `concurrency` requests for the whole run
   */
  stagger?: boolean;
  /**
   * with paceMs: 'poisson' draws each user's gaps between starts from an exponential distribution
   * of mean paceMs (seeded by the user's number): independent people arriving at random, as a
   * portal's visitors do — neither in lockstep bursts nor evenly spaced; 'paced' (default) keeps
   * exactly paceMs
   */
  arrivals?: 'paced' | 'poisson';
  /** count the responses whose body holds each of these strings */
  countBodies?: readonly string[];
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
  /** the latencies by kind of request (method, path without ids, the body's step or document kind) */
  byLabel: Record<string, number[]>;
  /** CPU the generator itself used, ms (user + system) */
  cpuMs: number;
  /** responses by status */
  statuses: Record<string, number>;
  /** responses whose body held each of `countBodies` */
  bodyCounts: Record<string, number>;
}

function serialise(base: URL, r: LoadRequest): Buffer {
  const body = r.body === undefined ? null : Buffer.from(JSON.stringify(r.body));
  const head =
    `${r.method} ${r.path} HTTP/1.1\r\nhost: ${base.host}\r\nconnection: keep-alive\r\n` +
    (r.token ? `authorization: Bearer ${r.token}\r\n` : '') +
    Object.entries(r.headers ?? {})
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    (body ? `content-type: application/json\r\ncontent-length: ${body.length}\r\n` : '') +
    '\r\n';
  return body ? Buffer.concat([Buffer.from(head), body]) : Buffer.from(head);
}

/** One keep-alive connection that sends a request and resolves with the response's status and body. */
class Connection {
  private socket: net.Socket;
  private buf: Buffer = Buffer.alloc(0);
  private waiting: ((r: { status: number; body: string }) => void) | null = null;
  private failed: ((e: Error) => void) | null = null;

  constructor(base: URL) {
    this.socket = net.connect({ host: base.hostname, port: Number(base.port) });
    this.socket.setNoDelay(true);
    this.socket.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.tryParse();
    });
    this.socket.on('error', (e) => this.failed?.(e));
  }

  private tryParse(): void {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buf.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const m = /content-length: *(\d+)/i.exec(head);
    const len = m ? Number(m[1]) : 0;
    if (this.buf.length < end + 4 + len) return;
    const body = this.buf.subarray(end + 4, end + 4 + len).toString();
    this.buf = this.buf.subarray(end + 4 + len);
    const done = this.waiting;
    this.waiting = null;
    done({ status, body });
  }

  send(payload: Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
      this.socket.write(payload);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const base = new URL(plan.baseUrl);
  const items = plan.items.map((item) => item.map((r) => ({ r, payload: serialise(base, r), label: labelOf(r) })));
  const latencies: number[] = [];
  const byLabel: Record<string, number[]> = {};
  const statuses: Record<string, number> = {};
  const bodyCounts: Record<string, number> = Object.fromEntries((plan.countBodies ?? []).map((b) => [b, 0]));
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const deadline = start + plan.durationMs;
  let started = 0;
  async function worker() {
    const i = started++;
    if (plan.stagger && plan.paceMs) await new Promise((res) => setTimeout(res, (i * plan.paceMs!) / plan.concurrency));
    const conn = new Connection(base);
    try {
      await work(conn, plan.arrivals === 'poisson' && plan.paceMs ? exponentialGaps(plan.paceMs, i + 1) : null);
    } finally {
      conn.close();
    }
  }
  async function work(conn: Connection, gaps: (() => number) | null) {
    // with Poisson arrivals the first request comes after a gap too, so the users do not start together
    let lastStart = gaps ? performance.now() : 0;
    let gap = gaps ? gaps() : (plan.paceMs ?? 0);
    while (performance.now() < deadline) {
      const item = items[next++];
      if (!item) return;
      const vars = new Map<string, unknown>();
      for (const { r, payload, label } of item) {
        if (plan.paceMs) {
          // a person's pace: the next request no sooner than paceMs after the last one started
          const wait = lastStart + gap - performance.now();
          if (wait > 0) await new Promise((res) => setTimeout(res, wait));
        }
        if (performance.now() >= deadline) return;
        const t0 = performance.now();
        lastStart = t0;
        if (gaps) gap = gaps();
        try {
          const res = await conn.send(r.uses ? serialise(base, { ...r, body: substitute(r.body, vars) }) : payload);
          const ms = performance.now() - t0;
          latencies.push(ms);
          (byLabel[label] ??= []).push(ms);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          for (const b of plan.countBodies ?? []) if (res.body.includes(b)) bodyCounts[b]! += 1;
          if (Array.isArray(r.expect) ? !r.expect.includes(res.status) : res.status !== r.expect) {
            errors++;
            firstError ??= `${r.method} ${r.path} -> ${res.status} ${res.body.slice(0, 300)}`;
            break;
          }
          if (r.capture) {
            const json = JSON.parse(res.body) as Record<string, unknown>;
            for (const k of r.capture) vars.set(k, json[k]);
          }
        } catch (e) {
          errors++;
          firstError ??= String(e);
          break;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return {
    requests: latencies.length,
    errors,
    firstError,
    elapsedMs,
    latenciesMs: latencies,
    byLabel,
    cpuMs: (cpu.user + cpu.system) / 1000,
    statuses,
    bodyCounts,
  };
}

function labelOf(r: LoadRequest): string {
  const body = (r.body ?? {}) as { step?: unknown; kind?: unknown };
  const what = typeof body.step === 'string' ? body.step : typeof body.kind === 'string' ? body.kind : '';
  return `${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')}${what ? ` ${what}` : ''}`;
}

if (process.send) {
  process.on('message', async (plan: LoadPlan) => {
    const result = await runLoad(plan);
    process.send!(result, () => process.exit(0));
  });
}

/** Exponential gaps of mean `meanMs` from a seeded generator (the same run draws the same gaps). */
function exponentialGaps(meanMs: number, seed: number): () => number {
  const r = rng((seed * 2654435761) >>> 0);
  return () => -Math.log((r(0x1_0000_0000) + 1) / 0x1_0000_0001) * meanMs; // u in (0, 1)
}
