import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM } from './chromium.ts';

/**
 * What the portal's browser tests share: Debian's chromium through playwright-core, contexts that
 * let axe-core in despite the pages' no-script CSP, screenshots, and the accessibility check.
 * Artifacts go to test-artifacts/portal/ (git-ignored).
 */
export const ARTIFACTS = path.resolve('test-artifacts/portal');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

export class PortalBrowser {
  private contexts: BrowserContext[] = [];
  readonly axeSummary: Record<string, { violations: number; seriousOrCritical: string[]; passes: number }> = {};
  private constructor(
    private readonly browser: Browser,
    private readonly summaryFile: string,
    readonly dir: string,
  ) {}

  /** `dir`: where screenshots and axe reports go (test-artifacts/portal unless another is named). */
  static async launch(summaryName: string, dir: string = ARTIFACTS): Promise<PortalBrowser> {
    mkdirSync(dir, { recursive: true });
    // root in a container: chromium's sandbox needs namespaces it may not get
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    return new PortalBrowser(browser, path.join(dir, `${summaryName}.json`), dir);
  }

  async context(opts: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    // bypassCSP: the pages forbid every script; the test injects axe-core all the same
    const c = await this.browser.newContext({ locale: 'zh-CN', bypassCSP: true, ...opts });
    this.contexts.push(c);
    return c;
  }

  async shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(this.dir, `${name}.png`), fullPage: true });
  }

  /** Runs axe-core in the page (WCAG 2.x A/AA and best practices) and keeps its report; no serious or critical findings allowed. */
  async checkAccessibility(page: Page, name: string): Promise<AxeResult> {
    await page.addScriptTag({ content: axe.source });
    const result = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
    )) as AxeResult;
    writeFileSync(path.join(this.dir, `axe-${name}.json`), `${JSON.stringify(result.violations, null, 2)}\n`);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    this.axeSummary[name] = {
      violations: result.violations.length,
      seriousOrCritical: serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      passes: result.passes.length,
    };
    expect(this.axeSummary[name]!.seriousOrCritical, `axe on ${name}`).toEqual([]);
    return result;
  }

  async close(): Promise<void> {
    writeFileSync(this.summaryFile, `${JSON.stringify(this.axeSummary, null, 2)}\n`);
    console.log(`axe-core ${axe.version}:`, JSON.stringify(this.axeSummary));
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close();
  }
}
