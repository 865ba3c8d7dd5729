import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { approveFiling } from '../../test/filing.ts';

/**
 * 执法监督概览 (GET /api/v1/supervision/overview, R-X-3): every enforcement agency in the asker's
 * scope with figures that must equal what the database holds — counted here directly in SQL —
 * after real cases, review rounds and publications were made through the API; the 司法局 sees its
 * region, a head their own agency and those under it (R-X-5), an officer nothing.
 */

let h: Harness;
const TODAY = '2026-10-20';

interface AgencyFigures {
  agency: { id: string; name: string; parentId: string | null; creditCode: string };
  cases: {
    total: number;
    open: number;
    closed: number;
    overdue: number;
    byState: { procedure: string; procedureName: string; state: string; stateName: string; terminal: boolean; count: number }[];
  };
  reviews: { pending: number; overdue: number; closed: number; returned: number; overrides: number };
  publications: { pending: number; overdue: number; published: number; publishedLate: number; withdrawalOverdue: number };
  staffing: {
    officers: number;
    reviewers: number;
    ratio: number | null;
    required: number;
    flagged: boolean;
    reviewedBy: string | null;
  } | null;
}
interface Overview {
  today: string;
  agencies: AgencyFigures[];
  totals: Record<
    | 'cases'
    | 'openCases'
    | 'overdueCases'
    | 'pendingReviews'
    | 'overdueReviews'
    | 'reviewOverrides'
    | 'pendingPublications'
    | 'overduePublications'
    | 'publishedLate'
    | 'staffingFlagged',
    number
  >;
}

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);
const at = (day: string) => h.clock.set(`${day}T02:00:00Z`);

async function overview(username: string): Promise<Overview> {
  const r = await as(username, 'GET', '/api/v1/supervision/overview');
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Overview;
}

/** A 一般程序 case opened and its 立案 approved on the clock's day, the clue found that day. */
async function open(username: string, o: { field: string; officers: string[] }): Promise<string> {
  const r = await as(username, 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '监督统计用案件',
    field: o.field,
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: o.officers.map((k) => h.user(k)),
    inputs: {
      source: 'inspection',
      clueOn: h.clock.now().toISOString().slice(0, 10),
      summary: '检查发现违法行为。',
    },
  });
  expect(r.statusCode, r.body).toBe(201);
  // the head approves the 立案 the same day (市场监管 rules §20): the 90-day limit runs from then
  await approveFiling(h, r.json().id, username);
  return r.json().id as string;
}

async function step(username: string, caseId: string, code: string, inputs: Record<string, unknown>) {
  const r = await as(username, 'POST', `/api/v1/cases/${caseId}/steps`, { step: code, inputs });
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
}

/** A 市场监管局 case brought to a decision on 2026-09-28 after a passed review: its publication is due 10-13. */
async function decidedCase(): Promise<string> {
  at('2026-09-25');
  const id = await readyPenaltyCase(h);
  at('2026-09-28');
  expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
  await step('scjg.juzhang', id, 'decide', {});
  return id;
}

/** The figures of every agency counted straight from the tables, as of `today`. */
async function direct(today: string) {
  const q = async <T>(text: string, values: unknown[] = []) => (await h.tdb.pool.query(text, values)).rows as T[];
  type N = string | number;
  const agencies = await q<{ id: string }>(`SELECT id FROM agencies WHERE kind = 'enforcement'`);
  const cases = await q<{ agency_id: string; total: N; open: N; closed: N; overdue: N }>(
    `SELECT agency_id, count(*) AS total, count(*) FILTER (WHERE NOT terminal) AS open, count(*) FILTER (WHERE terminal) AS closed,
            count(*) FILTER (WHERE NOT terminal AND next_due_on < $1::date) AS overdue
       FROM cases GROUP BY agency_id`,
    [today],
  );
  const rounds = await q<{ agency_id: string; pending: N; overdue: N; closed: N; returned: N }>(
    `SELECT agency_id, count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'pending' AND due_on < $1::date) AS overdue,
            count(*) FILTER (WHERE status <> 'pending') AS closed, count(*) FILTER (WHERE status = 'problems') AS returned
       FROM review_rounds GROUP BY agency_id`,
    [today],
  );
  const overrides = await q<{ agency_id: string; n: N }>(
    `SELECT r.agency_id, count(*) AS n FROM collective_discussions d JOIN review_rounds r ON r.id = d.round_id
      WHERE d.overrides IS NOT NULL GROUP BY r.agency_id`,
    [],
  );
  const pubs = await q<{ agency_id: string; pending: N; overdue: N; published: N; late: N; wd: N }>(
    `SELECT agency_id, count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'pending' AND due_on < $1::date) AS overdue,
            count(*) FILTER (WHERE published_on IS NOT NULL) AS published, count(*) FILTER (WHERE published_on > due_on) AS late,
            count(*) FILTER (WHERE state = 'withdrawal-pending' AND withdrawal_due_on < $1::date) AS wd
       FROM publications GROUP BY agency_id`,
    [today],
  );
  const out = new Map<string, { cases: Record<string, number>; reviews: Record<string, number>; publications: Record<string, number> }>();
  for (const a of agencies) {
    const c = cases.find((r) => r.agency_id === a.id);
    const r = rounds.find((x) => x.agency_id === a.id);
    const p = pubs.find((x) => x.agency_id === a.id);
    out.set(a.id, {
      cases: { total: Number(c?.total ?? 0), open: Number(c?.open ?? 0), closed: Number(c?.closed ?? 0), overdue: Number(c?.overdue ?? 0) },
      reviews: {
        pending: Number(r?.pending ?? 0),
        overdue: Number(r?.overdue ?? 0),
        closed: Number(r?.closed ?? 0),
        returned: Number(r?.returned ?? 0),
        overrides: Number(overrides.find((x) => x.agency_id === a.id)?.n ?? 0),
      },
      publications: {
        pending: Number(p?.pending ?? 0),
        overdue: Number(p?.overdue ?? 0),
        published: Number(p?.published ?? 0),
        publishedLate: Number(p?.late ?? 0),
        withdrawalOverdue: Number(p?.wd ?? 0),
      },
    });
  }
  return out;
}

function expectFiguresMatch(o: Overview, counted: Awaited<ReturnType<typeof direct>>) {
  for (const a of o.agencies) {
    const c = counted.get(a.agency.id)!;
    const { byState, ...cases } = a.cases;
    expect(cases, a.agency.name).toEqual(c.cases);
    expect(
      byState.reduce((n, s) => n + s.count, 0),
      a.agency.name,
    ).toBe(c.cases.total);
    expect(
      byState.filter((s) => s.terminal).reduce((n, s) => n + s.count, 0),
      a.agency.name,
    ).toBe(c.cases.closed);
    expect(a.reviews, a.agency.name).toEqual(c.reviews);
    expect(a.publications, a.agency.name).toEqual(c.publications);
  }
}

function expectTotalsAreSums(o: Overview) {
  const sum = (f: (a: AgencyFigures) => number) => o.agencies.reduce((n, a) => n + f(a), 0);
  expect(o.totals).toEqual({
    cases: sum((a) => a.cases.total),
    openCases: sum((a) => a.cases.open),
    overdueCases: sum((a) => a.cases.overdue),
    pendingReviews: sum((a) => a.reviews.pending),
    overdueReviews: sum((a) => a.reviews.overdue),
    reviewOverrides: sum((a) => a.reviews.overrides),
    pendingPublications: sum((a) => a.publications.pending),
    overduePublications: sum((a) => a.publications.overdue),
    publishedLate: sum((a) => a.publications.publishedLate),
    staffingFlagged: sum((a) => (a.staffing?.flagged ? 1 : 0)),
  });
}

const byAgency = (o: Overview) => new Map(o.agencies.map((a) => [a.agency.id, a]));

/**
 * 07-01: the 综合执法局 and the 市场监管所 each open a case whose 90-day limit ends 09-29 (overdue by
 * 10-20) and, on 09-25, one more. The 市场监管局: P decided 09-28 and never published (due 10-13);
 * L decided 09-28, delivered, executed, closed and archived, published on 10-20 (late); V in legal
 * review since 09-28 (due 10-19); X returned by the reviewer.
 */
const ids = { P: '', L: '', V: '', X: '', zOld: '', zNew: '', sOld: '', sNew: '' };

beforeAll(async () => {
  h = await createHarness({ now: '2026-07-01T02:00:00Z' });
  const zhzf = { field: '城市管理', officers: ['zhzf.o1', 'zhzf.o2'] };
  const scjgs = { field: '市场监管', officers: ['scjgs.o1', 'scjgs.o2'] };
  at('2026-07-01');
  ids.zOld = await open('zhzf.zhoujie', zhzf);
  ids.sOld = await open('scjgs.yangli', scjgs);

  ids.P = await decidedCase();
  ids.L = await decidedCase();
  // L: 决定书 issued, delivered, paid, closed and archived with a complete file (R-REC-6)
  expect((await as('scjg.liming', 'POST', `/api/v1/cases/${ids.L}/documents`, { kind: 'penalty-decision' })).statusCode).toBe(201);
  await step('scjg.wangfang', ids.L, 'deliver', { deliveredOn: '2026-09-28', method: 'direct', recipient: '钱立新' });
  await step('scjg.liming', ids.L, 'execute', { performance: 'paid', paidAmount: 5000 });
  await step('scjg.juzhang', ids.L, 'close', { summary: '同意结案。' });
  const file = (await as('scjg.liming', 'GET', `/api/v1/cases/${ids.L}/case-file`)).json();
  for (const item of file.items.filter((i: { present: boolean; kind: string }) => !i.present && i.kind === 'document')) {
    const d = await as('scjg.liming', 'POST', `/api/v1/cases/${ids.L}/documents`, { kind: item.document });
    expect(d.statusCode, d.body).toBe(201);
  }
  await step('scjg.liming', ids.L, 'archive', { volumes: '1' });

  at('2026-09-25');
  ids.V = await readyPenaltyCase(h);
  ids.X = await readyPenaltyCase(h);
  ids.zNew = await open('zhzf.zhoujie', zhzf);
  ids.sNew = await open('scjgs.yangli', scjgs);
  at('2026-09-28');
  for (const id of [ids.V, ids.X]) {
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  }
  expect((await opinion(h, 'scjg.chenjing', ids.X, 'problems')).statusCode).toBe(201);

  // L is published on 10-20, a week after its due date
  at(TODAY);
  const pubs = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json().items as { id: string; caseId: string }[];
  const late = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubs.find((p) => p.caseId === ids.L)!.id}/publish`, {});
  expect(late.statusCode, late.body).toBe(200);
});
afterAll(async () => h?.close());

describe("R-X-3 the 司法局's overview of its region", () => {
  it("lists every enforcement agency of the region, with figures equal to the tables' own counts", async () => {
    at(TODAY);
    const o = await overview('sfj.jiandu');
    expect(o.today).toBe(TODAY);
    expect(o.agencies.map((a) => a.agency.id).sort()).toEqual([h.agency('scjg'), h.agency('scjgs'), h.agency('zhzf')].sort());
    expect(byAgency(o).get(h.agency('scjgs'))!.agency).toMatchObject({
      name: '馆陶县市场监督管理局馆陶镇市场监督管理所',
      parentId: h.agency('scjg'),
    });
    expectFiguresMatch(o, await direct(TODAY));
    expectTotalsAreSums(o);
  });

  it('the figures are those of the cases, rounds and publications made above', async () => {
    at(TODAY);
    const a = byAgency(await overview('sfj.jiandu'));
    const scjg = a.get(h.agency('scjg'))!;
    // P (送达 overdue since 10-13) and V (review overdue since 10-19) are past a limit; X is being revised; L is archived
    expect(scjg.cases).toMatchObject({ total: 4, open: 3, closed: 1, overdue: 2 });
    expect(scjg.cases.byState.map((s) => [s.stateName, s.count]).sort()).toEqual(
      [
        ['已归档', 1],
        ['已决定', 1],
        ['法制审核中', 1],
        ['退回补正', 1],
      ].sort(),
    );
    expect(scjg.reviews).toEqual({ pending: 1, overdue: 1, closed: 3, returned: 1, overrides: 0 });
    expect(scjg.publications).toEqual({ pending: 1, overdue: 1, published: 1, publishedLate: 1, withdrawalOverdue: 0 });
    // the 所 has no 法制审核机构: its two officers count at the 局, whose one reviewer covers 7
    expect(scjg.staffing).toEqual({ officers: 7, reviewers: 1, ratio: 1 / 7, required: 1, flagged: false, reviewedBy: null });
    expect(a.get(h.agency('scjgs'))!.staffing).toEqual({
      officers: 0,
      reviewers: 0,
      ratio: null,
      required: 0,
      flagged: false,
      reviewedBy: '馆陶县市场监督管理局',
    });
    for (const key of ['zhzf', 'scjgs'] as const) {
      const f = a.get(h.agency(key))!;
      // the case opened 07-01 passed its 90-day limit on 09-29
      expect(f.cases, key).toMatchObject({ total: 2, open: 2, closed: 0, overdue: 1 });
      expect(f.reviews, key).toEqual({ pending: 0, overdue: 0, closed: 0, returned: 0, overrides: 0 });
      expect(f.publications, key).toEqual({ pending: 0, overdue: 0, published: 0, publishedLate: 0, withdrawalOverdue: 0 });
    }
    const o = await overview('sfj.jiandu');
    expect(o.totals).toEqual({
      cases: 8,
      openCases: 7,
      overdueCases: 4,
      pendingReviews: 1,
      overdueReviews: 1,
      reviewOverrides: 0,
      pendingPublications: 1,
      overduePublications: 1,
      publishedLate: 1,
      staffingFlagged: 0,
    });
  });

  it('figures are counted on the day asked: before the review and publication limits ran out, nothing of theirs was overdue', async () => {
    at('2026-10-12');
    const o = await overview('sfj.jiandu');
    expect(o.today).toBe('2026-10-12');
    expectFiguresMatch(o, await direct('2026-10-12'));
    expectTotalsAreSums(o);
    expect(byAgency(o).get(h.agency('scjg'))!.reviews).toMatchObject({ pending: 1, overdue: 0 });
    expect(byAgency(o).get(h.agency('scjg'))!.publications).toMatchObject({ pending: 1, overdue: 0 });
    at(TODAY);
  });

  it("the 司法局's administrator, also a supervisor, sees the same", async () => {
    at(TODAY);
    expect(await overview('sfj.admin')).toEqual(await overview('sfj.jiandu'));
  });
});

describe('R-X-5 who may see what', () => {
  it('an officer, a reviewer, a publisher and an agency administrator are refused with FORBIDDEN_ROLE', async () => {
    for (const u of ['scjg.liming', 'scjg.chenjing', 'scjg.gongshi', 'scjg.admin', 'zhzf.zhoujie']) {
      const r = await as(u, 'GET', '/api/v1/supervision/overview');
      expect(r.statusCode, u).toBe(403);
      expect(errorCode(r), u).toBe('FORBIDDEN_ROLE');
      expect(r.json().error.message).toBe('只有监督人员和机关负责人可以查看执法监督数据');
    }
    const anonymous = await h.request(null, 'GET', '/api/v1/supervision/overview');
    expect(anonymous.statusCode).toBe(401);
  });

  it("the 市场监管局's head sees the 局 and the 所 under it, with the same figures as the 司法局; not the 综合执法局", async () => {
    at(TODAY);
    const head = await overview('scjg.juzhang');
    expect(head.agencies.map((a) => a.agency.id).sort()).toEqual([h.agency('scjg'), h.agency('scjgs')].sort());
    const region = byAgency(await overview('sfj.jiandu'));
    for (const a of head.agencies) expect(a, a.agency.name).toEqual(region.get(a.agency.id));
    expectTotalsAreSums(head);
    expect(head.totals).toMatchObject({
      cases: 6,
      openCases: 5,
      overdueCases: 3,
      pendingReviews: 1,
      overdueReviews: 1,
      pendingPublications: 1,
      overduePublications: 1,
      publishedLate: 1,
    });
  });

  it("the 综合执法局's head sees only the 综合执法局", async () => {
    at(TODAY);
    const head = await overview('zhzf.juzhang');
    expect(head.agencies.map((a) => a.agency.name)).toEqual(['馆陶县综合行政执法局']);
    expectFiguresMatch(head, await direct(TODAY));
    expect(head.totals).toMatchObject({ cases: 2, openCases: 2, overdueCases: 1, pendingReviews: 0, pendingPublications: 0 });
  });

  it("the 市场监管所's head sees only the 所", async () => {
    at(TODAY);
    const head = await overview('scjgs.suozhang');
    expect(head.agencies.map((a) => a.agency.id)).toEqual([h.agency('scjgs')]);
    expectFiguresMatch(head, await direct(TODAY));
    expectTotalsAreSums(head);
    expect(head.agencies[0]!.cases).toMatchObject({ total: 2, open: 2, overdue: 1 });
    // R-REV-9: the 所 has no 法制审核机构 of its own; its parent's reviews its cases, whoever asks
    expect(head.agencies[0]!.staffing).toEqual({
      officers: 0,
      reviewers: 0,
      ratio: null,
      required: 0,
      flagged: false,
      reviewedBy: '馆陶县市场监督管理局',
    });
    expect(head.totals.staffingFlagged).toBe(0);
    const justice = await overview('sfj.jiandu');
    expect(justice.agencies.find((a) => a.agency.id === h.agency('scjgs'))!.staffing).toEqual(head.agencies[0]!.staffing);
  });
});
