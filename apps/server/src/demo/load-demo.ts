import type { Kysely } from 'kysely';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import type { Database } from '../db/schema.ts';
import { markDemoLoaded } from '../db/meta.ts';
import type { Clock } from '../adapters/clock.ts';
import { hasAnyAgency } from '../modules/org/org.queries.ts';
import { loadDemoOrg, DEMO_PASSWORD, demoLogins } from './demo-org.ts';
import { demoScenarios, runScenario, type DemoStore } from './demo-cases.ts';
import { rendersSettled } from '../modules/documents/document.render.ts';
import { publishDemoDecisions } from './demo-publications.ts';
import { companyProfileScenarios } from './demo-non-penalty-scenarios.ts';
import { loadDemoLists } from './demo-lists.ts';
import { loadDemoSealImages } from './demo-seal-images.ts';
import { commitDemoPlan, drawDemoPlan } from './demo-draws.ts';
import { loadDemoQualifications } from './demo-qualifications.ts';
import { loadDemoComplaints } from './demo-complaints.ts';

export { DEMO_PASSWORD, demoLogins };

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
  // 双随机: the lists and a plan committed first, so the cases below carry the ledger past its seed
  await loadDemoLists(store, clock, calendar, org);
  const draw = await commitDemoPlan(store, clock, calendar, org);
  for (const s of [...demoScenarios(o, today), ...companyProfileScenarios(o)]) {
    await runScenario(store, calendar, org, s, { settle: false });
    cases++;
  }
  await rendersSettled();
  await publishDemoDecisions(store, clock, calendar, org);
  await drawDemoPlan(store, clock, calendar, org, draw);
  await loadDemoQualifications({ db, clock, calendar }, org);
  await loadDemoComplaints(store, clock, calendar, org);
  await markDemoLoaded(db, clock.now());
  return { cases };
}
