import { demoScenarios, runScenario, type Scenario } from '../demo/demo-cases.ts';
import { CalendarService } from '../modules/calendar/calendar.service.ts';
import type { Harness } from './harness.ts';

/** Takes the demo's cases (those `keep` selects) through the real services, as of 2026-11-16; their ids in order. */
export async function runDemoCases(h: Harness, keep: (s: Scenario) => boolean = () => true): Promise<{ scenario: Scenario; id: string }[]> {
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  const out: { scenario: Scenario; id: string }[] = [];
  for (const s of demoScenarios((k) => h.user(k), '2026-11-16').filter(keep)) {
    out.push({ scenario: s, id: await runScenario(h.demoStore(), () => cal.current(), h.org, s) });
  }
  return out;
}
