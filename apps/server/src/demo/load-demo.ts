import type { Kysely } from 'kysely';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import type { Database } from '../db/schema.ts';
import { markDemoLoaded } from '../db/meta.ts';
import type { Clock } from '../adapters/clock.ts';
import { hasAnyAgency } from '../modules/org/org.queries.ts';
import { loadDemoOrg, DEMO_AGENCIES, DEMO_PASSWORD } from './demo-org.ts';
import { demoScenarios, runScenario, type DemoStore } from './demo-cases.ts';
import { publishDemoDecisions } from './demo-publications.ts';
import { loadDemoLists } from './demo-lists.ts';
import { loadDemoSealImages } from './demo-seal-images.ts';
import { loadDemoQualifications } from './demo-qualifications.ts';

export { DEMO_PASSWORD };

/** True when the database has no organisation yet: the demo loads only into an empty database. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  return !(await hasAnyAgency(db));
}

export async function loadDemo(store: DemoStore, clock: Clock, calendar: () => WorkingCalendar): Promise<{ cases: number }> {
  const { db } = store;
  const org = await loadDemoOrg(db, clock);
  await loadDemoSealImages(store, clock, org);
  const o = (k: string) => org.users.get(k)!;
  const today = chinaDate(clock.now());
  let cases = 0;
  for (const s of demoScenarios(o, today)) {
    await runScenario(store, calendar, org, s);
    cases++;
  }
  await publishDemoDecisions(store, clock, calendar, org);
  await loadDemoLists(store, clock, calendar, org);
  await loadDemoQualifications({ db, clock, calendar }, org);
  await markDemoLoaded(db, clock.now());
  return { cases };
}

export function demoLogins(): { agency: string; username: string; name: string; roles: string }[] {
  const roleNames: Record<string, string> = {
    officer: '执法人员',
    reviewer: '法制审核人员',
    head: '机关负责人',
    publisher: '公示管理员',
    supervisor: '监督人员',
    admin: '系统管理员',
  };
  return DEMO_AGENCIES.flatMap((a) =>
    a.users.map((u) => ({ agency: a.name, username: u.username, name: u.name, roles: u.roles.map((r) => roleNames[r] ?? r).join('、') })),
  );
}
