import { ensureChromium } from './chromium.ts';

/** Vitest global setup for the browser tests: Debian's chromium, installed once when missing. */
export function setup(): void {
  ensureChromium();
}
