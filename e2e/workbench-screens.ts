import { expect } from 'vitest';
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
 * chromium and kept as screenshots in test-artifacts/workbench/, checked by axe-core (nothing
 * serious or critical). One test file per width, so the two run side by side.
 */

export async function screensSetup(name: string): Promise<Screens> {
  const h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cases = await runDemoCases(h);
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await publishDemoDecisions(h.demoStore(), h.clock, () => cal.current(), h.org);
  await loadDemoLists(h.demoStore(), h.clock, () => cal.current(), h.org);
  const rounds = await h.tdb.db
    .selectFrom('review_rounds')
    .select('case_id')
    .where('agency_id', '=', h.agency('scjg'))
    .orderBy('submitted_at', 'desc')
    .executeTakeFirstOrThrow();
  const pub = await h.tdb.db
    .selectFrom('publications')
    .select('id')
    .where('agency_id', '=', h.agency('scjg'))
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const penalty = cases.find((c) => c.scenario.procedure === 'penalty-general')!.id;
  const ids = { penalty, reviewed: rounds.case_id, publication: pub.id };
  const base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  const kit = await launchWorkbench(name);
  return {
    h,
    base,
    kit,
    ids,
    close: async () => {
      await kit.close();
      await h.close();
    },
  };
}

/** Screens by the user who works on them; `{penalty}` and the like are filled from the data. */
export const SCREENS: [string, string, string][] = [
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
  ['scjg.juzhang', 'head-evaluation-results', '/evaluation/results'],
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
  ['sfj.jiandu', 'supervisor-evaluation', '/evaluation'],
  ['sfj.jiandu', 'supervisor-evaluation-standard', '/evaluation/standard'],
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
  ['scjg.admin', 'admin-document-numbering', '/admin/document-numbering'],
  ['sfj.admin', 'justice-admin-agencies', '/admin/agencies'],
];

export interface Screens {
  h: Harness;
  base: string;
  kit: PortalBrowser;
  ids: Record<'penalty' | 'reviewed' | 'publication', string>;
  close: () => Promise<void>;
}

/**
 * Renders each screen for its role at `width`; axe-core on every screen, or (`axeHomesOnly`) on
 * each role's first screen only — the frame is what changes with the width.
 */
export async function renderScreens(s: Screens, width: number, axeHomesOnly = false): Promise<void> {
  const pages = new Map<string, Page>();
  for (const [user, name, route] of SCREENS) {
    let page = pages.get(user);
    const first = !page;
    if (!page) {
      page = await (await workbenchContext(s.kit, s.h, width)).newPage();
      await signIn(page, s.base, user);
      pages.set(user, page);
    }
    const failures: string[] = [];
    const onResponse = (r: { status: () => number; url: () => string }) => {
      if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
    };
    page.on('response', onResponse);
    const path = `/workbench${route.replace(/\{(\w+)\}/g, (_, k: keyof Screens['ids']) => s.ids[k])}`;
    // moved within the application, as a person does from its menu and links (no reload)
    const here = (u: URL) => `${u.pathname.replace(/\/$/, '')}${u.search}`;
    if (here(new URL(page.url())) !== here(new URL(path, s.base)))
      await page.evaluate(`history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`);
    await page.waitForURL((u) => here(u) === here(new URL(path, s.base)));
    // React renders the new location within a frame; look() then waits until its requests are done
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await look(s.kit, page, `${name}-${width}`, { axe: !axeHomesOnly || first });
    page.off('response', onResponse);
    expect(failures, name).toEqual([]);
    expect(await page.getByText('载入失败').count(), `${name} shows a load error`).toBe(0);
  }
}
