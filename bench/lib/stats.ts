export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export function summarise(latencies: readonly number[], elapsedMs: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    perSecond: (sorted.length / elapsedMs) * 1000,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) a process has used so far (user + system, children included), or null once it has ended. */
function processCpuMs(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 10; // utime stime cutime cstime, USER_HZ = 100
  } catch {
    return null; // the process ended meanwhile
  }
}

/** CPU time (ms) used so far by every process named `postgres` on this machine (Linux /proc). */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
    } catch {
      continue;
    }
    ms += processCpuMs(pid) ?? 0;
  }
  return ms;
}

/**
 * CPU time of one database's PostgreSQL processes over a measured run: the backends connected to it
 * and the cluster's own background processes (WAL writer, checkpointer, …), but not the backends of
 * other databases, which on a shared server (other people's tests) would otherwise be counted, and
 * whose exit in the middle of a run made the machine-wide sum fall. `pids` lists the processes
 * (`SELECT pid FROM pg_stat_activity …`), asked once before and once after the run; a process that
 * started during the run counts from zero.
 */
export async function databaseCpuMeter(pids: () => Promise<number[]>): Promise<{ stop(): Promise<number> }> {
  const start = new Map<number, number>();
  for (const pid of await pids()) start.set(pid, processCpuMs(String(pid)) ?? 0);
  return {
    async stop() {
      let ms = 0;
      for (const pid of new Set([...start.keys(), ...(await pids())])) {
        const now = processCpuMs(String(pid));
        if (now !== null) ms += now - (start.get(pid) ?? 0);
      }
      return ms;
    },
  };
}
