import { ensureChromium } from './chromium.ts';

/**
 * Vitest global setup for the browser tests: Debian's chromium, installed once when missing, and
 * the workbench and the server's bundle built when their sources changed since the last build (as
 * `npm install` does) — tests that start `sanxiang` as a command then find the bundle current.
 */
export async function setup(): Promise<void> {
  ensureChromium();
  const { ensureBuilt } = await import('../apps/workbench/build.mjs');
  await ensureBuilt();
  const { serverEntry } = await import('../apps/server/build.mjs');
  await serverEntry();
}
