import http from 'node:http';

/**
 * A load generator that runs in its own process (so it does not share the server's event loop),
 * like wrk: `concurrency` virtual users, each walking its own work items one request at a time
 * over keep-alive connections. Receives a plan over IPC and answers with the latencies.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  expect: number;
}

export interface LoadPlan {
  baseUrl: string;
  concurrency: number;
  durationMs: number;
  /** each item is a sequence of requests that must run in order (e.g. the steps of one case) */
  items: LoadRequest[][];
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
  /** CPU the generator itself used, ms (user + system) */
  cpuMs: number;
}

function send(agent: http.Agent, base: URL, r: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = r.body === undefined ? undefined : Buffer.from(JSON.stringify(r.body));
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...(r.token ? { authorization: `Bearer ${r.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const base = new URL(plan.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const deadline = start + plan.durationMs;
  async function worker() {
    while (performance.now() < deadline) {
      const item = plan.items[next++];
      if (!item) return;
      for (const r of item) {
        if (performance.now() >= deadline) return;
        const t0 = performance.now();
        try {
          const res = await send(agent, base, r);
          latencies.push(performance.now() - t0);
          if (res.status !== r.expect) {
            errors++;
            firstError ??= `${r.method} ${r.path} -> ${res.status} ${res.body.slice(0, 300)}`;
            break;
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
  agent.destroy();
  const cpu = process.cpuUsage(cpu0);
  return { requests: latencies.length, errors, firstError, elapsedMs, latenciesMs: latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

if (process.send) {
  process.on('message', async (plan: LoadPlan) => {
    const result = await runLoad(plan);
    process.send!(result, () => process.exit(0));
  });
}
