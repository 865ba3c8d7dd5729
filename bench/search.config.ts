/** The search benchmark's sizes, read once from the environment. */
export const N = Number(process.env['SEARCH_BENCH_ROWS'] ?? 1_000_000);
export const FULL_TEXT = Math.round(N / 10);
export const BATCH = 2_000;
