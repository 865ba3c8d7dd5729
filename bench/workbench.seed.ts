/**
 * Stores the workbench benchmark's caseload through the real services: 12 more officers with
 * 执法证, every planned case opened through `openCase` on its own opening day, its later steps taken
 * through `takeStep`, and the figures of what was stored.
 */
import { sql, type Kysely } from 'kysely';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import { ManualClock, systemClock } from '../apps/server/src/adapters/clock.ts';
import type { Database } from '../apps/server/src/db/schema.ts';
import { caseEngineLinks } from '../apps/server/src/app.ts';
import { loadActor } from '../apps/server/src/modules/auth/session.store.ts';
import { takeStep, type CaseDeps } from '../apps/server/src/modules/cases/case.service.ts';
import { openCase } from '../apps/server/src/modules/cases/case.open.ts';
import type { SqlPool } from '../apps/server/src/modules/cases/case.repository.ts';
import { createUser, issueCertificate } from '../apps/server/src/modules/people/people.service.ts';
import type { Actor } from '../apps/server/src/http/actor.ts';
import { DEMO_PASSWORD, type DemoOrg } from '../apps/server/src/demo/demo-org.ts';
import { inParallel } from './lib/in-parallel.ts';
import { rng } from './lib/rng.ts';
import { CASES, DAY, SEED_CONCURRENCY } from './workbench.config.ts';
import { GIVEN, PARTIES, SURNAMES, partyOf, planCases, type PlannedCase } from './workbench.caseload.ts';

/** Officers a county bureau with 10,000 cases would have: 12 more, each with a valid 执法证. */
async function addOfficers(db: Kysely<Database>, org: DemoOrg): Promise<string[]> {
  const agency = org.agencies.get('scjg')!;
  const unit = (
    await db.selectFrom('units').select('id').where('agency_id', '=', agency).where('name', '=', '综合执法大队').executeTakeFirstOrThrow()
  ).id;
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = await createUser({ db, clock: systemClock }, null, {
      agencyId: agency,
      unitId: unit,
      username: `scjg.bench${String(i + 1).padStart(2, '0')}`,
      displayName: `${SURNAMES[i]}${GIVEN[(i * 7) % GIVEN.length]}`,
      post: '执法队员',
      roles: ['officer'],
      password: DEMO_PASSWORD,
    });
    await issueCertificate({ db, clock: systemClock }, null, id, {
      number: `130433010009${String(i + 1).padStart(2, '0')}`,
      fields: ['市场监管'],
      regions: ['130433'],
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      issuedBy: '邯郸市人民政府',
    });
    ids.push(id);
  }
  return ids;
}

export interface Seeded {
  openSecs: number;
  stepSecs: number;
  steps: number;
  open: number;
  liming: { total: number; open: number; overdue: number };
  headApprovals: number;
}

export async function seed(db: Kysely<Database>, pool: SqlPool, org: DemoOrg, calendar: () => WorkingCalendar): Promise<Seeded> {
  const agency = org.agencies.get('scjg')!;
  const admin = org.users.get('scjg.admin')!;
  // the bench archives cases without their 案卷 documents: this agency keeps an empty 案卷标准 for
  // the procedures it archives here (an allowed setting; transitions.bench.ts does the same)
  for (const procedure of ['penalty-general', 'license', 'coercion-seizure']) {
    await sql`INSERT INTO case_file_standards (agency_id, procedure_code, items, updated_by, updated_at)
              VALUES (${agency}, ${procedure}, '[]'::jsonb, ${admin}, now())`.execute(db);
  }
  const extra = await addOfficers(db, org);
  const liming = org.users.get('scjg.o1')!;
  // 赵强's certificate is suspended and 刘洋's expired in June: they take no new cases
  const others = [org.users.get('scjg.o2')!, org.users.get('scjg.o5')!, ...extra];
  const actors = new Map<string, Actor>();
  for (const id of [liming, ...others, org.users.get('scjg.head')!]) actors.set(id, await loadActor(db, id));
  const head = actors.get(org.users.get('scjg.head')!)!;
  const now = new Date();
  const plan = planCases(CASES, liming, others, now);
  const pr = rng(7);
  const parties = Array.from({ length: PARTIES }, (_, i) => partyOf(i, pr));

  const ids: string[] = new Array(plan.length);
  const open = async (c: PlannedCase, i: number) => {
    const deps: CaseDeps = { ...caseEngineLinks, db, pool, clock: new ManualClock(c.openedAt), calendar };
    ids[i] = await openCase(deps, actors.get(c.officers[0]!)!, {
      procedure: c.procedure,
      title: c.title,
      field: '市场监管',
      regionCode: c.region,
      party: parties[c.party]!,
      officerIds: c.officers,
      inputs: c.openInputs,
    });
  };
  const t0 = performance.now();
  // each party's first case first, so that concurrent openings never create the same party twice
  const first = plan.slice(0, PARTIES);
  await inParallel(first, SEED_CONCURRENCY, (c, i) => open(c, i));
  await inParallel(plan.slice(PARTIES), SEED_CONCURRENCY, (c, i) => open(c, i + PARTIES));
  const openSecs = (performance.now() - t0) / 1000;

  // later steps, each at a time between the opening and now (a case's steps in order)
  const t1 = performance.now();
  let steps = 0;
  await inParallel(plan, SEED_CONCURRENCY, async (c, i) => {
    if (!c.steps.length) return;
    const span = Math.min(now.getTime() - c.openedAt.getTime(), c.steps.length * 20 * DAY);
    const clock = new ManualClock(c.openedAt);
    const deps: CaseDeps = { ...caseEngineLinks, db, pool, clock, calendar };
    for (let j = 0; j < c.steps.length; j++) {
      const s = c.steps[j]!;
      clock.set(new Date(c.openedAt.getTime() + Math.floor(((j + 1) * span) / (c.steps.length + 1))));
      await takeStep(deps, s.by === 'head' ? head : actors.get(c.officers[0]!)!, ids[i]!, { step: s.step, inputs: s.inputs });
      steps++;
    }
  });
  const stepSecs = (performance.now() - t1) / 1000;
  await sql`VACUUM ANALYZE`.execute(db);

  const today = chinaDate(now);
  const [l] = (
    await sql<{ total: number; open: number; overdue: number }>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT c.terminal)::int AS open,
             count(*) FILTER (WHERE NOT c.terminal AND c.next_due_on < ${today}::date)::int AS overdue
        FROM cases c JOIN case_officers co ON co.case_id = c.id WHERE co.user_id = ${liming}`.execute(db)
  ).rows;
  const [o] = (
    await sql<{ open: number }>`SELECT count(*)::int AS open FROM cases WHERE agency_id = ${agency} AND NOT terminal`.execute(db)
  ).rows;
  const [h] = (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM cases WHERE agency_id = ${agency} AND procedure_code = 'coercion-seizure' AND state = 'pending-approval'`.execute(
      db,
    )
  ).rows;
  return { openSecs, stepSecs, steps, open: o!.open, liming: l!, headApprovals: h!.n };
}
