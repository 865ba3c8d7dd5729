import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-org.ts';
import type { Harness } from '../apps/server/src/test/harness.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * What the workbench's browser tests share: a browser whose clock is the harness's (so legal
 * dates agree with the server), sign-in through the page, antd controls driven as a person drives
 * them (by their labels), screenshots at 1280 and 1024 px into test-artifacts/workbench/.
 */
export const WORKBENCH_ARTIFACTS = path.resolve('test-artifacts/workbench');

export async function launchWorkbench(name: string): Promise<PortalBrowser> {
  return PortalBrowser.launch(name, WORKBENCH_ARTIFACTS);
}

/** A browser context at `width`, its clock set to the harness's now (running on from there). */
export async function workbenchContext(
  kit: PortalBrowser,
  h: Harness,
  width = 1280,
  opts: Parameters<PortalBrowser['context']>[0] = {},
): Promise<BrowserContext> {
  // an agency's browser runs on China time: dates typed into the forms are Beijing dates
  const ctx = await kit.context({ viewport: { width, height: 900 }, timezoneId: 'Asia/Shanghai', ...opts });
  await ctx.clock.install({ time: h.clock.now() });
  ctx.on('page', trackRequests);
  return ctx;
}

export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/workbench/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  try {
    await page.getByRole('heading', { level: 1, name: '待办' }).waitFor({ timeout: 15_000 });
  } catch (e) {
    throw new Error(`sign-in as ${username} did not reach 待办: ${(await page.locator('body').innerText()).slice(0, 500)}`, { cause: e });
  }
}

/**
 * Chooses an option of an antd Select found by its label. Chosen means the select itself shows the
 * option: on a busy page a click on a list still opening (or on options still loading) can be lost,
 * so the list is opened again, up to three times, before the test gives up.
 */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp, scope: Page | Locator = page): Promise<void> {
  const input = scope.getByLabel(label);
  const select = input.locator(`xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`);
  for (let attempt = 1; ; attempt++) {
    await input.click();
    // the open list (earlier lists of other fields stay in the page, hidden)
    const list = page.locator('.ant-select-dropdown:visible');
    try {
      await list.locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 10_000 });
      await select.filter({ hasText: option }).waitFor({ timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Types a date into an antd DatePicker found by its label. */
export async function pickDate(page: Page, label: string | RegExp, date: string, scope: Page | Locator = page): Promise<void> {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/**
 * Types a date and time (YYYY-MM-DD HH:mm, China time) into an antd DatePicker with showTime found by
 * its exact label, e.g. a 笔录's 询问开始时间, and waits until the field shows it.
 */
export async function pickMoment(scope: Locator, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** Screenshot and axe check of the page as it is, named for its screen. */
export async function look(kit: PortalBrowser, page: Page, name: string, opts: { axe?: boolean } = {}): Promise<void> {
  await quiet(page);
  await settled(page);
  if (opts.axe !== false) await kit.checkAccessibility(page, name);
  await kit.shot(page, name);
}

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight from now on (called once per page, before it navigates). */
export function trackRequests(page: Page): void {
  if (inFlight.has(page)) return;
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** Until the page has no request in flight (for a tracked page), else until the network is idle. */
export async function quiet(page: Page): Promise<void> {
  const open = inFlight.get(page);
  if (!open) return page.waitForLoadState('networkidle');
  await page.waitForLoadState('load');
  for (let idle = 0; idle < 2;) {
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)))');
    idle = open.size === 0 ? idle + 1 : 0;
  }
}

/** Waits for an antd success message with this text. */
export async function toast(page: Page, text: string | RegExp): Promise<void> {
  await expect
    .poll(
      async () =>
        page
          .locator('.ant-message')
          .innerText()
          .catch(() => ''),
      { timeout: 15_000 },
    )
    .toMatch(text);
}

/** Until every CSS transition and animation has ended (a drawer's mask fading out, a message sliding in). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`,
  );
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}
