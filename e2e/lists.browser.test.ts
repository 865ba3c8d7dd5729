import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { loadDemoLists } from '../apps/server/src/demo/demo-lists.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import { PortalBrowser } from './portal-kit.ts';

/**
 * 事前公开 and the ledger page in a real browser (R-PUB-1, issue 5 point 11): the lists index, a
 * kept list with its history, the flowcharts with their text alternative, and the ledger page with
 * its instructions — on a desktop and a phone, checked by axe-core.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let credit = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  credit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow())
    .credit_code;
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await PortalBrowser.launch('axe-summary-lists');
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

describe('事前公开 and ledger pages in chromium', () => {
  it('R-PUB-1: from the agency page to the lists, a list with its table and history, the flowcharts', async () => {
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/agencies/${credit}`);
    await page.getByRole('link', { name: /事前公开/ }).click();
    await page.waitForURL(`${base}/agencies/${credit}/lists`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('事前公开');
    await kit.checkAccessibility(page, 'lists-index');
    await kit.shot(page, 'lists-index');
    await page.getByRole('link', { name: '行政执法事项清单（权责清单）' }).click();
    await page.waitForURL(/\/lists\/matters$/);
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      '事项编码',
      '事项名称',
      '事项类别',
      '执法依据',
      '承办机构',
      '办理时限',
      '收费',
    ]);
    expect(await table.getByRole('row').count()).toBe(6);
    await kit.checkAccessibility(page, 'list-matters');
    await kit.shot(page, 'list-matters');
    await page.goto(`${base}/agencies/${credit}/lists/flowcharts`);
    expect(await page.getByRole('img', { name: /行政处罚一般程序流程图/ }).count()).toBe(1);
    await kit.checkAccessibility(page, 'flowcharts');
  });

  it('R-PUB-1: a list on a phone scrolls inside its own region, not the page', async () => {
    const page = await (await kit.context({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    await page.goto(`${base}/agencies/${credit}/lists/guides`);
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(375);
    await kit.checkAccessibility(page, 'list-guides-phone');
    await kit.shot(page, 'list-guides-phone');
  });

  it('issue 5 point 11: the ledger page explains how to verify and offers the verifier', async () => {
    await h.ledger.checkpointAll();
    const page = await (await kit.context({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/ledger`);
    expect(await page.getByRole('heading', { name: '怎样自己核验' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'sanxiang-ledger-verify.mjs' }).getAttribute('href')).toBe('/ledger/verifier.mjs');
    await kit.checkAccessibility(page, 'ledger');
    await kit.shot(page, 'ledger');
  });
});
