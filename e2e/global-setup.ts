import { ensureChromium } from './chromium.ts';

/**
 * Vitest global setup for the browser tests: Debian's chromium, installed once when missing, and
 * the workbench built when its sources changed since the last build (as `npm install` does).
 */
export async function setup(): Promise<void> {
  ensureChromium();
  const { ensureBuilt } = await import('../apps/workbench/build.mjs');
  await ensureBuilt();
}
