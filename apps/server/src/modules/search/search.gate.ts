/**
 * Who runs a public search now (issue 23 point 4 and the attack from many addresses): the rate
 * limits stop a client that keeps one address; a client that changes its address with every
 * request (a botnet) passes them, and its worst queries would take every connection of the public
 * pool, with the citizens' searches queued behind them. So searches run under a gate of as many
 * permits as the public pool has connections, and the permits are not all equal:
 *
 * - an address in **good standing** — it first searched at least `standingAfterMs` ago and has not
 *   been refused by the rate limit in the last minute — may take any free permit, and waits ahead
 *   of the others;
 * - a **newcomer** (an address seen for the first time, or one over its budget lately) may hold at
 *   most `newcomerPermits` at once. What a botnet sends is all newcomers', so at most that share of
 *   the database works for it, and a citizen who has been searching finds a permit free.
 *
 * A search that waits longer than `maxWaitMs`, or finds `maxQueue` searches waiting, is not run: it
 * is answered at once that the search is busy (200, marked partial, in Chinese, never cached) —
 * never a 5xx, never a long hold. A person's first search during such an attack may be answered so;
 * the next, a little later, is in good standing.
 *
 * One gate per process, in memory, like the rate limits; the addresses it remembers are bounded
 * (`maxAddresses`, those that searched least recently forgotten first).
 */
export interface SearchGateOptions {
  /** searches running at once: the public pool's connections */
  permits: number;
  /** of these, how many newcomers may hold at once */
  newcomerPermits: number;
  /** an address is in good standing this long after its first search (and not refused since) */
  standingAfterMs: number;
  /** how long a search waits for a permit before it is answered busy */
  maxWaitMs: number;
  /** searches waiting at most; past it a search is answered busy at once */
  maxQueue: number;
  /** addresses remembered at most */
  maxAddresses: number;
  now?: () => number;
}

/** A refusal by the rate limit takes the standing away for this long. */
const DEMOTED_FOR_MS = 60_000;

export function searchGateOptions(permits: number): SearchGateOptions {
  const p = Math.max(1, permits);
  return {
    permits: p,
    // half the pool (at least one) for addresses the gate does not know yet
    newcomerPermits: Math.max(1, Math.floor(p / 2)),
    standingAfterMs: 10_000,
    maxWaitMs: 1_000,
    maxQueue: 8 * p,
    maxAddresses: 100_000,
  };
}

/**
 * SANXIANG_SEARCH_GATE: "off", or "<newcomer permits>/<longest wait in ms>" (e.g. "2/1000"); default
 * half the public pool's connections (at least one) and 1,000 ms.
 */
export function searchGateFromEnv(env: NodeJS.ProcessEnv, poolSize: number): SearchGateOptions | false {
  const v = env['SANXIANG_SEARCH_GATE']?.trim();
  const options = searchGateOptions(poolSize);
  if (!v) return options;
  if (v === 'off') return false;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > options.permits || Number(m[2]) < 1 || Number(m[2]) > 60_000)
    throw new Error(
      `SANXIANG_SEARCH_GATE 应写作「新来地址可同时占用的检索连接数/最长等待毫秒数」，如 2/1000（连接数 1–${options.permits}，等待 1–60000 毫秒），或 off`,
    );
  return { ...options, newcomerPermits: Number(m[1]), maxWaitMs: Number(m[2]) };
}

export interface SearchGateStats {
  /** searches run, by standing */
  admitted: { standing: number; newcomer: number };
  /** searches answered busy without running */
  busy: number;
}

interface Waiter {
  newcomer: boolean;
  resolve: (permit: Permit | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A held permit: release it exactly once when the search is done. */
export interface Permit {
  release(): void;
}

export class SearchGate {
  readonly stats: SearchGateStats = { admitted: { standing: 0, newcomer: 0 }, busy: 0 };
  private readonly now: () => number;
  private readonly seen = new Map<string, { first: number; demotedAt: number }>();
  private running = 0;
  private runningNew = 0;
  private readonly waiting: { standing: Waiter[]; newcomer: Waiter[] } = { standing: [], newcomer: [] };

  constructor(private readonly options: SearchGateOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Whether `address` is in good standing now (the first search at least standingAfterMs ago, no refusal lately). */
  inStanding(address: string): boolean {
    const s = this.seen.get(address);
    if (!s) return false;
    const now = this.now();
    return now - s.first >= this.options.standingAfterMs && now - s.demotedAt >= DEMOTED_FOR_MS;
  }

  /** The rate limit refused `address`: it searches as a newcomer for a minute. */
  demote(address: string): void {
    const s = this.seen.get(address);
    if (s) s.demotedAt = this.now();
    else this.remember(address, { first: this.now(), demotedAt: this.now() });
  }

  /** A permit to search for `address`, or null: busy (it waited maxWaitMs, or too many wait). */
  acquire(address: string): Promise<Permit | null> {
    const newcomer = !this.inStanding(address);
    // seen again: moved to the newest end, so a flood of new addresses forgets the idle ones first
    const had = this.seen.get(address);
    if (had) this.seen.delete(address);
    this.remember(address, had ?? { first: this.now(), demotedAt: -Infinity });
    if (this.free(newcomer)) return Promise.resolve(this.grant(newcomer));
    if (this.waiting.standing.length + this.waiting.newcomer.length >= this.options.maxQueue) {
      this.stats.busy += 1;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const queue = newcomer ? this.waiting.newcomer : this.waiting.standing;
      const w: Waiter = {
        newcomer,
        resolve,
        timer: setTimeout(() => {
          const i = queue.indexOf(w);
          if (i >= 0) queue.splice(i, 1);
          this.stats.busy += 1;
          resolve(null);
        }, this.options.maxWaitMs),
      };
      queue.push(w);
    });
  }

  get load(): { running: number; runningNewcomers: number; waiting: number; addresses: number } {
    return {
      running: this.running,
      runningNewcomers: this.runningNew,
      waiting: this.waiting.standing.length + this.waiting.newcomer.length,
      addresses: this.seen.size,
    };
  }

  private free(newcomer: boolean): boolean {
    return this.running < this.options.permits && (!newcomer || this.runningNew < this.options.newcomerPermits);
  }

  private grant(newcomer: boolean): Permit {
    this.running += 1;
    if (newcomer) this.runningNew += 1;
    this.stats.admitted[newcomer ? 'newcomer' : 'standing'] += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running -= 1;
        if (newcomer) this.runningNew -= 1;
        this.next();
      },
    };
  }

  /** Hands free permits to the waiting: those in good standing first, then newcomers within their share. */
  private next(): void {
    for (;;) {
      const w = this.free(false) && this.waiting.standing.length ? this.waiting.standing.shift() : undefined;
      const v = w ?? (this.free(true) && this.waiting.newcomer.length ? this.waiting.newcomer.shift() : undefined);
      if (!v) return;
      clearTimeout(v.timer);
      v.resolve(this.grant(v.newcomer));
    }
  }

  private remember(address: string, entry: { first: number; demotedAt: number }): void {
    this.seen.set(address, entry);
    if (this.seen.size > this.options.maxAddresses) {
      // the least recently seen first: a Map iterates in insertion order, and a search re-inserts its address
      const drop = this.seen.size - this.options.maxAddresses;
      let i = 0;
      for (const k of this.seen.keys()) {
        if (i++ >= drop) break;
        this.seen.delete(k);
      }
    }
  }
}
