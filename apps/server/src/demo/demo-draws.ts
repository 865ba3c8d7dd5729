import { chinaDate, creditCodeCheckChar, type WorkingCalendar } from '@sanxiang/domain';
import type { Clock } from '../adapters/clock.ts';
import { DEFAULT_PUBLIC_URL, caseEngineLinks } from '../app.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { LedgerService } from '../modules/ledger/ledger.service.ts';
import { agencyCertificates, putRoster } from '../modules/draw/draw.rosters.ts';
import { commitPlan, createPlan, drawPlan, type DrawDeps } from '../modules/draw/draw.service.ts';
import type { DemoOrg } from './demo-org.ts';
import type { DemoStore } from './demo-cases.ts';

/**
 * The demo's 双随机 (R-X-2): 馆陶县市场监督管理局's 名录库 (24 food shops and 2 pharmacies, its five
 * officers, one 回避 pair) and one plan for its first 随机抽查事项, committed before the demo cases are
 * run — their entries carry the ledger past the committed size — and drawn after them, so a new user
 * finds a drawn plan with its inspections opened.
 */
const SHOPS = ['便民', '惠民', '陶山', '馆陶', '兴华', '福源', '佳佳', '万家', '鑫鑫', '宏达', '康乐', '家家乐'];
const STREETS = ['陶山街', '馆陶镇人民路', '卫东大街', '平安路'];

/** A China date `n` natural days after `day` (the plan's dates need no calendar: no deadline is counted). */
const daysAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const code = (n: number) => {
  const first = `92130433MA0${String(n).padStart(6, '0')}`;
  return first + creditCodeCheckChar(first);
};

export const DEMO_TARGETS = Array.from({ length: 26 }, (_, i) => ({
  code: code(i + 1),
  name: i < 24 ? `馆陶县${SHOPS[i % SHOPS.length]}${i < 12 ? '超市' : '食品店'}` : `馆陶县${SHOPS[i % SHOPS.length]}大药房`,
  category: i < 24 ? '食品销售经营者' : '药品零售企业',
  address: `馆陶县${STREETS[i % STREETS.length]} ${10 + i} 号`,
}));

function drawDeps(store: DemoStore, clock: Clock, calendar: () => WorkingCalendar): DrawDeps {
  const ledger = new LedgerService(
    { db: store.db, keys: store.keys, clock },
    {
      logPrefix: process.env['SANXIANG_LOG_PREFIX'] ?? 'sanxiang.local/log',
      witnessPrefix: process.env['SANXIANG_WITNESS_PREFIX'] ?? 'sanxiang.local/witness',
    },
  );
  return {
    db: store.db,
    clock,
    calendar,
    ledger,
    publicUrl: process.env['SANXIANG_PUBLIC_URL'] ?? DEFAULT_PUBLIC_URL,
    cases: { ...caseEngineLinks, db: store.db, pool: store.pool, clock, calendar },
  };
}

/** 名录库 and a committed plan; returns what `drawDemoPlan` needs. Call after the lists, before the cases. */
export async function commitDemoPlan(store: DemoStore, clock: Clock, calendar: () => WorkingCalendar, org: DemoOrg) {
  const deps = drawDeps(store, clock, calendar);
  const agencyId = org.agencies.get('scjg')!;
  const admin = await loadActor(store.db, org.users.get('scjg.admin')!);
  const officer = await loadActor(store.db, org.users.get('scjg.o1')!);
  await putRoster(deps, admin, agencyId, 'targets', { rows: DEMO_TARGETS, note: '依据市场主体登记信息首次导入' });
  const officers = [...(await agencyCertificates(store.db, agencyId)).entries()]
    .map(([number, u]) => ({ number, display_name: u.display_name }))
    .sort((a, b) => (a.number < b.number ? -1 : 1));
  await putRoster(deps, admin, agencyId, 'inspectors', {
    rows: officers.map((o) => ({ certificate: o.number, name: o.display_name, note: '' })),
    note: '本局全体持证执法人员',
  });
  await putRoster(deps, admin, agencyId, 'conflicts', {
    rows: [{ certificate: officers[0]!.number, target: DEMO_TARGETS[0]!.code, reason: '近亲属', note: '本人申报：配偶经营' }],
    note: '执法人员回避申报',
  });
  const today = chinaDate(clock.now());
  const plan = await createPlan(deps, officer, agencyId, {
    itemCode: '130433-SJ-SJ-01',
    field: '市场监管',
    targetCategory: '食品销售经营者',
    sample: { kind: 'ratio', percent: 20 },
    inspectorsPerTarget: 2,
    periodFrom: today,
    periodTo: daysAfter(today, 45),
    plannedOn: daysAfter(today, 7),
  });
  await commitPlan(deps, officer, agencyId, plan.id);
  return { agencyId, planId: plan.id };
}

/** After the demo cases: the ledger has passed the committed size; sequence, sign and draw. */
export async function drawDemoPlan(
  store: DemoStore,
  clock: Clock,
  calendar: () => WorkingCalendar,
  org: DemoOrg,
  committed: { agencyId: string; planId: string },
): Promise<void> {
  const deps = drawDeps(store, clock, calendar);
  await deps.ledger.sequence(committed.agencyId);
  await deps.ledger.sign(committed.agencyId);
  const officer = await loadActor(store.db, org.users.get('scjg.o1')!);
  await drawPlan(deps, officer, committed.agencyId, committed.planId);
}
