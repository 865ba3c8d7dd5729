import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { runDemoCases } from '../apps/server/src/test/demo-cases.ts';
import { publishDemoDecisions } from '../apps/server/src/demo/demo-publications.ts';
import { loadDemoLists } from '../apps/server/src/demo/demo-lists.ts';
import { CalendarService } from '../apps/server/src/modules/calendar/calendar.service.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { launchWorkbench, look, signIn, workbenchContext } from './workbench-kit.ts';

/**
 * Every screen of the workbench, for the role that uses it, on the demo county's data: rendered in
 * chromium at 1280 px (a desktop) and 1024 px (a tablet, the menu folded to icons), checked by
 * axe-core (nothing serious or critical) and kept as screenshots in test-artifacts/workbench/.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let ids: { penalty: string; reviewed: string; publication: string };

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cases = await runDemoCases(h);
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await publishDemoDecisions(h.demoStore(), h.clock, () => cal.current(), h.org);
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  const rounds = await h.tdb.db.selectFrom('review_rounds').select('case_id').where('agency_id', '=', h.agency('scjg')).orderBy('submitted_at', 'desc').executeTakeFirstOrThrow();
  const pub = await h.tdb.db.selectFrom('publications').select('id').where('agency_id', '=', h.agency('scjg')).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const penalty = cases.find((c) => c.scenario.procedure === 'penalty-general')!.id;
  ids = { penalty, reviewed: rounds.case_id, publication: pub.id };
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-workbench-screens');
}, 300_000);
afterAll(async () => {
  await kit?.close();
  await h?.close();
});

/** Screens by the user who works on them; `{penalty}` and the like are filled from the data. */
const SCREENS: [string, string, string][] = [
  ['scjg.liming', 'officer-home', '/'],
  ['scjg.liming', 'officer-my-cases', '/cases?mine=1'],
  ['scjg.liming', 'officer-new-case', '/cases/new'],
  ['scjg.liming', 'officer-evidence', '/evidence'],
  ['scjg.liming', 'case-history', '/cases/{penalty}'],
  ['scjg.liming', 'case-documents', '/cases/{penalty}?tab=documents'],
  ['scjg.liming', 'case-evidence', '/cases/{penalty}?tab=evidence'],
  ['scjg.liming', 'case-review', '/cases/{penalty}?tab=review'],
  ['scjg.liming', 'case-file', '/cases/{penalty}?tab=file'],
  ['scjg.chenjing', 'reviewer-queue', '/reviews'],
  ['scjg.chenjing', 'reviewer-done', '/reviews/done'],
  ['scjg.chenjing', 'reviewer-case', '/reviews/{reviewed}'],
  ['scjg.chenjing', 'reviewer-discretion', '/admin/discretion'],
  ['scjg.chenjing', 'reviewer-catalog', '/admin/review-catalog'],
  ['scjg.juzhang', 'head-home', '/'],
  ['scjg.juzhang', 'head-approvals', '/approvals'],
  ['scjg.juzhang', 'head-discussions', '/approvals/discussions'],
  ['scjg.juzhang', 'head-cases', '/cases'],
  ['scjg.juzhang', 'head-statistics', '/statistics'],
  ['scjg.gongshi', 'publisher-due', '/publications'],
  ['scjg.gongshi', 'publisher-published', '/publications/published'],
  ['scjg.gongshi', 'publisher-withdrawals', '/publications/withdrawals'],
  ['scjg.gongshi', 'publisher-publication', '/publications/{publication}'],
  ['scjg.gongshi', 'publisher-lists', '/admin/lists'],
  ['scjg.gongshi', 'publisher-settings', '/admin/publication-settings'],
  ['sfj.jiandu', 'supervisor-dashboard', '/supervision'],
  ['sfj.jiandu', 'supervisor-cases', '/supervision/cases'],
  ['sfj.jiandu', 'supervisor-access-log', '/supervision/access-log'],
  ['sfj.jiandu', 'supervisor-party-records', '/supervision/party-records'],
  ['sfj.jiandu', 'supervisor-annual-reports', '/supervision/annual-reports'],
  ['sfj.jiandu', 'supervisor-staffing', '/supervision/staffing'],
  ['sfj.jiandu', 'supervisor-case-reason', '/cases/{penalty}'],
  ['scjg.admin', 'admin-agencies', '/admin/agencies'],
  ['scjg.admin', 'admin-users', '/admin/users'],
  ['scjg.admin', 'admin-review-catalog', '/admin/review-catalog'],
  ['scjg.admin', 'admin-recording-list', '/admin/recording-list'],
  ['scjg.admin', 'admin-discretion', '/admin/discretion'],
  ['scjg.admin', 'admin-case-file-standards', '/admin/case-file-standards'],
  ['scjg.admin', 'admin-calendar', '/admin/calendar'],
  ['scjg.admin', 'admin-lists', '/admin/lists'],
  ['scjg.admin', 'admin-exchange', '/admin/exchange'],
  ['scjg.admin', 'admin-publication-settings', '/admin/publication-settings'],
  ['sfj.admin', 'justice-admin-agencies', '/admin/agencies'],
];

describe('every workbench screen at 1280 px and 1024 px', () => {
  for (const width of [1280, 1024]) {
    it(`renders each screen for its role at ${width} px, accessible (axe) and with nothing failed to load`, async () => {
      const pages = new Map<string, Page>();
      for (const [user, name, route] of SCREENS) {
        let page = pages.get(user);
        if (!page) {
          page = await (await workbenchContext(kit, h, width)).newPage();
          await signIn(page, base, user);
          pages.set(user, page);
        }
        const failures: string[] = [];
        const onResponse = (r: { status: () => number; url: () => string }) => {
          if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
        };
        page.on('response', onResponse);
        await page.goto(`${base}/workbench${route.replace(/\{(\w+)\}/g, (_, k: keyof typeof ids) => ids[k])}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await look(kit, page, `${name}-${width}`);
        page.off('response', onResponse);
        expect(failures, name).toEqual([]);
        expect(await page.getByText('载入失败').count(), `${name} shows a load error`).toBe(0);
      }
    }, 600_000);
  }
});
