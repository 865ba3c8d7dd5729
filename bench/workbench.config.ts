/** The workbench benchmark's settings, read once from the environment (sizes, rounds, browser path). */
export const CASES = Number(process.env['WORKBENCH_BENCH_CASES'] ?? 10_000);
export const REQUESTS = Number(process.env['WORKBENCH_BENCH_REQUESTS'] ?? 500);
export const CLIENTS = Number(process.env['WORKBENCH_BENCH_CLIENTS'] ?? 8);
export const LOADS = Number(process.env['WORKBENCH_BENCH_LOADS'] ?? 5);
export const SEED_CONCURRENCY = Number(process.env['WORKBENCH_BENCH_SEED_CONCURRENCY'] ?? 8);
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const DAY = 86_400_000;
