import type { WorkingCalendar } from '@sanxiang/domain';
import { ManualClock, type Clock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { publish, sweepPublications } from '../modules/publications/publication.service.ts';
import { pendingPublications } from '../modules/publications/publication.records.ts';
import type { DemoOrg } from './demo-org.ts';
import type { DemoStore } from './demo-cases.ts';

/**
 * The demo's decisions on the portal (R-PUB-3): each gets its publication record; the 公示管理员
 * of 市场监管局 has published those whose text is ready, and the newest stays in the queue so a new
 * user sees both a published decision and one waiting for approval.
 */
export async function publishDemoDecisions(
  store: DemoStore,
  clock: Clock,
  calendar: () => WorkingCalendar,
  org: DemoOrg,
): Promise<{ published: number; pending: number }> {
  const deps = { db: store.db, clock, calendar };
  await sweepPublications(deps);
  const pending = await pendingPublications(store.db);
  let published = 0;
  for (const p of pending.slice(0, -1)) {
    const publisher = [...org.users.entries()].find(
      ([k]) => k.endsWith('.publisher') && org.agencies.get(k.split('.')[0]!) === p.agency_id,
    );
    if (!publisher) continue;
    try {
      // published the working day after the decision, as a diligent 公示管理员 would
      const day = calendar().addWorkingDays(p.decided_on, 1);
      const at = new ManualClock(`${day}T02:30:00Z`);
      if (at.now() > clock.now()) continue;
      await publish({ ...deps, clock: at }, await loadActor(store.db, publisher[1]), p.id, {});
      published++;
    } catch {
      // a full-text decision whose 决定书 the demo did not issue stays in the queue
    }
  }
  return { published, pending: pending.length - published };
}
