/**
 * The soak's traffic (issue 17), in its own process so that it does not share the server's event
 * loop or heap: flows of staff and public requests started at fixed rates (an open schedule, not
 * as fast as the server answers), at most `maxInFlight` at a time, for `durationMs`. Every
 * response's status is compared with the one the flow expects; any other is an error. Latencies
 * are kept per class from the end of the warm-up on. Receives a plan over IPC, says `warm` when
 * the warm-up is over (the server then samples its memory) and answers with the figures.
 */
export interface SoakPlan {
  baseUrl: string;
  durationMs: number;
  warmupMs: number;
  maxInFlight: number;
  seed: number;
  password: string;
  /** staff accounts signing in and out (the sign-in class) */
  signInUsers: string[];
  /** staff accounts whose 待办 is read */
  worklistUsers: string[];
  /** the officer who opens and walks the soak's cases, and reads them */
  officer: string;
  /** the second officer on each case (a step needs two) */
  officer2: string;
  /** the head who approves each case's 立案 */
  head: string;
  /** cases opened before the soak, for reads */
  caseIds: string[];
  /** at most this many cases are opened and walked during the soak */
  maxCases: number;
  openBody: unknown;
  /** the investigation walk: steps with their inputs, each taken by officer or officer2 */
  walk: { step: string; by: 'officer' | 'officer2' | 'head'; inputs: unknown }[];
  staffSearches: string[];
  /** public pages and API reads, every one answering 200 */
  portal: string[];
  publicSearches: string[];
  officers: string[];
  decisions: string[];
  ledger: string[];
  /** flows per second of each class */
  rates: Record<SoakClass, number>;
}

export type SoakClass =
  | 'staff.signin'
  | 'staff.worklist'
  | 'staff.case'
  | 'staff.search'
  | 'staff.step'
  | 'public.portal'
  | 'public.search'
  | 'public.officer'
  | 'public.decision'
  | 'public.ledger';

export interface ClassResult {
  flows: number;
  requests: number;
  errors: number;
  latenciesMs: number[];
}

export interface SoakResult {
  classes: Record<string, ClassResult>;
  errors: number;
  firstErrors: string[];
  /** flows that waited for a free slot (the server fell behind the schedule) */
  delayed: number;
  casesOpened: number;
  elapsedMs: number;
  measuredMs: number;
  cpuMs: number;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}

export async function runSoak(plan: SoakPlan, onWarm: () => void): Promise<SoakResult> {
  const r = rng(plan.seed);
  const pick = <T>(a: readonly T[]): T => a[r(a.length)]!;
  const classes: Record<string, ClassResult> = {};
  for (const c of Object.keys(plan.rates)) classes[c] = { flows: 0, requests: 0, errors: 0, latenciesMs: [] };
  const firstErrors: string[] = [];
  let errors = 0;
  let measuring = false;

  class FlowError extends Error {}
  async function call(cls: SoakClass, method: string, path: string, expect: number, token?: string, body?: unknown): Promise<string> {
    const t0 = performance.now();
    let status = 0;
    let text = '';
    try {
      const res = await fetch(plan.baseUrl + path, {
        method,
        redirect: 'manual',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : null,
      });
      status = res.status;
      text = await res.text();
    } catch (e) {
      text = String(e);
    }
    const c = classes[cls]!;
    c.requests++;
    if (measuring) c.latenciesMs.push(performance.now() - t0);
    if (status !== expect) {
      c.errors++;
      errors++;
      if (firstErrors.length < 10) firstErrors.push(`${cls}: ${method} ${path} -> ${status} (expected ${expect}) ${text.slice(0, 300)}`);
      throw new FlowError();
    }
    return text;
  }

  const signIn = async (cls: SoakClass, username: string): Promise<string> =>
    (JSON.parse(await call(cls, 'POST', '/api/v1/auth/login', 200, undefined, { username, password: plan.password })) as { token: string })
      .token;

  // sessions the reading classes use, made before the schedule starts (not measured)
  const tokens = new Map<string, string>();
  for (const u of new Set([...plan.worklistUsers, plan.officer, plan.officer2, plan.head])) tokens.set(u, await signIn('staff.signin', u));
  classes['staff.signin'] = { flows: 0, requests: 0, errors: 0, latenciesMs: [] };
  const officer = tokens.get(plan.officer)!;
  const officer2 = tokens.get(plan.officer2)!;
  const caseIds = [...plan.caseIds];
  let casesOpened = 0;

  const flows: Record<SoakClass, () => Promise<void>> = {
    'staff.signin': async () => {
      const token = await signIn('staff.signin', pick(plan.signInUsers));
      await call('staff.signin', 'GET', '/api/v1/auth/me', 200, token);
      await call('staff.signin', 'POST', '/api/v1/auth/logout', 204, token);
    },
    'staff.worklist': async () => {
      await call('staff.worklist', 'GET', '/api/v1/worklist', 200, tokens.get(pick(plan.worklistUsers)));
    },
    'staff.case': async () => {
      const id = pick(caseIds);
      await call('staff.case', 'GET', `/api/v1/cases/${id}`, 200, officer);
      await call('staff.case', 'GET', `/api/v1/cases/${id}/events`, 200, officer);
    },
    'staff.search': async () => {
      await call('staff.search', 'GET', `/api/v1/cases?q=${encodeURIComponent(pick(plan.staffSearches))}&limit=20`, 200, officer);
    },
    'staff.step': async () => {
      if (casesOpened >= plan.maxCases) return;
      casesOpened++;
      const { id } = JSON.parse(await call('staff.step', 'POST', '/api/v1/cases', 201, officer, plan.openBody)) as { id: string };
      for (const s of plan.walk)
        await call(
          'staff.step',
          'POST',
          `/api/v1/cases/${id}/steps`,
          200,
          s.by === 'officer' ? officer : s.by === 'head' ? tokens.get(plan.head)! : officer2,
          {
            step: s.step,
            inputs: s.inputs,
          },
        );
      caseIds.push(id);
    },
    'public.portal': async () => {
      await call('public.portal', 'GET', pick(plan.portal), 200);
    },
    'public.search': async () => {
      const q = encodeURIComponent(pick(plan.publicSearches));
      await call('public.search', 'GET', r(2) ? `/search?q=${q}` : `/api/v1/public/decisions?q=${q}`, 200);
    },
    'public.officer': async () => {
      const n = pick(plan.officers);
      await call('public.officer', 'GET', r(2) ? `/officers/${n}` : `/api/v1/public/officers/${n}`, 200);
    },
    'public.decision': async () => {
      await call('public.decision', 'GET', pick(plan.decisions), 200);
    },
    'public.ledger': async () => {
      await call('public.ledger', 'GET', pick(plan.ledger), 200);
    },
  };

  // the schedule: each class's next start, spaced by 1/rate with ±50 % jitter
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + plan.durationMs;
  const next = new Map<SoakClass, number>();
  for (const c of Object.keys(plan.rates) as SoakClass[]) if (plan.rates[c] > 0) next.set(c, start + r(1000) / plan.rates[c]);
  let inFlight = 0;
  let delayed = 0;
  let measuredFrom = end;
  const running = new Set<Promise<void>>();
  while (performance.now() < end) {
    const now = performance.now();
    if (!measuring && now >= start + plan.warmupMs) {
      measuring = true;
      measuredFrom = now;
      onWarm();
    }
    for (const [c, at] of next) {
      if (at > now) continue;
      if (inFlight >= plan.maxInFlight) {
        delayed++;
        continue;
      }
      next.set(c, at + ((0.5 + r(1000) / 1000) * 1000) / plan.rates[c]);
      classes[c]!.flows++;
      inFlight++;
      const p = flows[c]()
        .catch((e) => {
          if (!(e instanceof FlowError)) {
            errors++;
            if (firstErrors.length < 10) firstErrors.push(`${c}: ${String(e)}`);
          }
        })
        .finally(() => {
          inFlight--;
          running.delete(p);
        });
      running.add(p);
    }
    await new Promise((res) => setTimeout(res, 5));
  }
  await Promise.all(running);
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return {
    classes,
    errors,
    firstErrors,
    delayed,
    casesOpened,
    elapsedMs,
    measuredMs: performance.now() - measuredFrom,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

if (process.send) {
  process.on('message', async (plan: SoakPlan) => {
    const result = await runSoak(plan, () => process.send!('warm'));
    process.send!(result, () => process.exit(0));
  });
}
