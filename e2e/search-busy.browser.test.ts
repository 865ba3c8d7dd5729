import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { searchGateOptions, type Permit } from '../apps/server/src/modules/search/search.gate.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * Issue 23 in chromium: what a citizen sees when the search gate answers busy (a flood from new
 * addresses holds the newcomers' permits): the search page with the form kept, a clear Chinese
 * notice and no "nothing found" — at 1280 and 390 px, without scripts, with axe-core.
 * Screenshots: test-artifacts/portal/search-busy-*.png.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z', searchGate: { ...searchGateOptions(2), maxWaitMs: 100 } });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-search-busy');
});

afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('issue 23: the 检索繁忙 answer in chromium', () => {
  it('a newcomer’s search while the newcomers’ permit is taken shows the form, the notice and no results, at 1280 and 390 px', async () => {
    // the flood: the one permit newcomers may hold is taken
    const held = (await h.searchGate!.acquire('203.0.113.1')) as Permit;
    try {
      for (const width of [1280, 390]) {
        const page = await (await kit.context({ viewport: { width, height: 800 } })).newPage();
        await page.goto(`${base}/search?q=${encodeURIComponent('过期食品')}`);
        expect(await page.evaluate('document.scripts.length')).toBe(0);
        await expect.poll(() => page.locator('h2#h-results').textContent()).toBe('检索结果（未能执行）');
        const notice = (await page.locator('[role=status]').textContent()) ?? '';
        expect(notice).toContain('检索繁忙。');
        expect(notice).toContain('当前检索的人较多，本次检索未能执行，请稍后再试。');
        expect(await page.locator('input[name=q]').inputValue()).toBe('过期食品');
        expect(await page.content()).not.toContain('没有找到符合条件的执法决定');
        expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
        await kit.checkAccessibility(page, `search-busy-${width}`);
        await kit.shot(page, `search-busy-${width}`);
      }
    } finally {
      held.release();
    }
    // the permit back, the same search runs
    const page = await (await kit.context()).newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent('过期食品')}`);
    expect(await page.locator('h2#h-results').textContent()).toBe('检索结果（共 0 条）');
  });
});
