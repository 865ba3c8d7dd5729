/**
 * The workbench's first screen in chromium: sign-in through the page, cold loads (JS transferred,
 * LCP, table render, main-thread time, request timeline), the size of every JS chunk in the build,
 * and the size and median helpers its report uses.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Cookie, Response } from 'playwright-core';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-org.ts';
import { fmt } from './lib/stats.ts';

export interface Loaded {
  url: string;
  status: number;
  encoding: string;
  contentLength: number;
  bodyBytes: number;
  before: boolean;
}

export interface ColdLoad {
  lcpMs: number;
  lcpElement: string;
  tableMs: number;
  domContentLoadedMs: number;
  js: Loaded[];
  jsAfter: Loaded[];
  /** every request of the load: path, start and end in ms after the page's own request started */
  timeline: { path: string; start: number; end: number }[];
  /** the page's main-thread time in scripts and in layout/style until the table rendered (ms, CDP metrics) */
  scriptMs: number;
  layoutMs: number;
}

const LCP_OBSERVER = `
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__lcp.push({ t: e.startTime, size: e.size, el: el ? (el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + ' «' + (el.textContent || '').trim().slice(0, 24) + '»') : '' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

export async function signInThroughPage(browser: Browser, base: string): Promise<Cookie[]> {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/workbench/login`);
  await page.getByLabel('用户名').fill('scjg.liming');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('待办事项').first().waitFor({ timeout: 30_000 });
  const cookies = await ctx.cookies();
  await ctx.close();
  return cookies;
}

/** One cold load of /workbench/ (empty cache, a new context with the session cookie). */
export async function coldLoad(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  encoding: 'gzip' | 'br',
  rows = '.ant-table-row',
): Promise<ColdLoad> {
  const ctx = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { 'Accept-Encoding': encoding },
  });
  try {
    await ctx.addCookies(cookies);
    const page = await ctx.newPage();
    await page.addInitScript(LCP_OBSERVER);
    let rendered = false;
    const pending: Promise<Loaded | null>[] = [];
    const finished: { path: string; startTime: number; end: number }[] = [];
    page.on('requestfinished', (req) => {
      const t = req.timing();
      finished.push({ path: new URL(req.url()).pathname, startTime: t.startTime, end: t.responseEnd });
    });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    page.on('response', (res: Response) => {
      const before = !rendered;
      pending.push(
        (async () => {
          const url = new URL(res.url());
          if (!url.pathname.endsWith('.js')) return null;
          const h = await res.allHeaders();
          const sizes = await res
            .request()
            .sizes()
            .catch(() => null);
          return {
            url: url.pathname,
            status: res.status(),
            encoding: h['content-encoding'] ?? 'identity',
            contentLength: Number(h['content-length'] ?? NaN),
            bodyBytes: sizes?.responseBodySize ?? NaN,
            before,
          };
        })(),
      );
    });
    await page.goto(url);
    await page.getByText('待办事项').first().waitFor({ timeout: 30_000 });
    const table = await page.waitForFunction(`document.querySelector('${rows}') ? performance.now() : false`, null, {
      polling: 'raf',
      timeout: 30_000,
    });
    const tableMs = (await table.jsonValue()) as number;
    rendered = true;
    // two frames and a pause: the last LCP candidate (the table's) is reported after its paint
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))');
    const metrics = new Map(
      ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]),
    );
    const lcp = (await page.evaluate('window.__lcp')) as { t: number; size: number; el: string }[];
    const dcl = (await page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")) as number;
    await page.waitForLoadState('networkidle');
    const all = (await Promise.all(pending)).filter((x): x is Loaded => x !== null);
    const last = lcp[lcp.length - 1];
    const t0 = finished.find((f) => f.path === new URL(url).pathname)?.startTime ?? NaN;
    const timeline = finished
      .map((f) => ({ path: f.path, start: f.startTime - t0, end: f.startTime - t0 + f.end }))
      .sort((a, b) => a.start - b.start);
    return {
      lcpMs: last?.t ?? NaN,
      lcpElement: last?.el ?? '(none)',
      tableMs,
      domContentLoadedMs: dcl,
      js: all.filter((x) => x.before),
      jsAfter: all.filter((x) => !x.before),
      timeline,
      scriptMs: (metrics.get('ScriptDuration') ?? NaN) * 1000,
      layoutMs: ((metrics.get('LayoutDuration') ?? NaN) + (metrics.get('RecalcStyleDuration') ?? NaN)) * 1000,
    };
  } finally {
    await ctx.close();
  }
}

/** Every JS chunk the build holds, as the server would send it (.gz/.br beside it, else as is). */
export function chunkTotals(workbenchDir: string): {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  byName: Map<string, { gzip: number; brotli: number; raw: number }>;
} {
  const dir = path.join(workbenchDir, 'assets');
  const byName = new Map<string, { gzip: number; brotli: number; raw: number }>();
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.js')) continue;
    const size = (p: string) => statSync(path.join(dir, p), { throwIfNoEntry: false })?.size;
    const r = size(f)!;
    const g = size(`${f}.gz`) ?? r;
    const b = size(`${f}.br`) ?? r;
    raw += r;
    gzip += g;
    brotli += b;
    byName.set(f, { raw: r, gzip: g, brotli: b });
  }
  return { files: byName.size, raw, gzip, brotli, byName };
}

export const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
