/**
 * Deterministic pseudo-random picks for the benchmarks' generated data: a linear congruential
 * generator read from its high bits. (Read as `s % n`, its low bits repeat with a period of 2^k,
 * so picks from pools of 8 or 16 came in fixed cycles: the newest 121,167 search records held no
 * 行政检查 at all, and one party name matched 5 % of all records.)
 */
export function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}

/** One element of `a`, chosen by `r`. */
export const pick = <T>(r: (n: number) => number, a: readonly T[]): T => a[r(a.length)]!;
