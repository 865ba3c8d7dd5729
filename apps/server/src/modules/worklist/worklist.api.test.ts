import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { approveFiling } from '../../test/filing.ts';

/**
 * 待办 (GET /api/v1/worklist) end to end: what each open case waits for (from the procedure
 * definitions), whether it waits for the person asking, its due state on the working-day calendar
 * (逾期 before today, 临期 within 3 working days, 正常), the counts over everything and the 50 most
 * urgent items — for an officer, a head, a reviewer and a publisher, never across agencies (R-X-5).
 */

let h: Harness;

interface Item {
  kind: string;
  role: string;
  caseId: string | null;
  caseNumber: string | null;
  title: string;
  partyName: string | null;
  procedureName: string | null;
  stateName: string | null;
  what: string;
  mine: boolean;
  dueOn: string | null;
  dueState: 'overdue' | 'soon' | 'normal' | null;
  target: { kind: string; id: string };
}
interface Worklist {
  today: string;
  items: Item[];
  counts: { waitingOnMe: number; overdue: number; soon: number; total: number };
}

/** Beijing 10:00 on a day. */
const at = (day: string) => h.clock.set(`${day}T02:00:00Z`);

async function worklist(username: string): Promise<Worklist> {
  const r = await h.request(await h.token(username), 'GET', '/api/v1/worklist');
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Worklist;
}

/**
 * Opens a 一般程序 case through the API on the clock's day, the clue found that day, and has the
 * agency's head approve the 立案 the same day (市场监管 rules §20): its 90-day limit runs from then.
 */
async function open(
  username: string,
  o: { title: string; field?: string; regionCode?: string; officers: string[] },
): Promise<{ id: string; number: string }> {
  const today = h.clock.now().toISOString().slice(0, 10);
  const r = await h.request(await h.token(username), 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: o.title,
    field: o.field ?? '市场监管',
    regionCode: o.regionCode ?? '130433100',
    party: COMPANY_A,
    officerIds: o.officers.map((k) => h.user(k)),
    inputs: { source: 'inspection', clueOn: today, summary: '检查发现过期食品。' },
  });
  expect(r.statusCode, r.body).toBe(201);
  await approveFiling(h, r.json().id, username);
  return { id: r.json().id, number: r.json().number };
}

const numberOf = async (caseId: string) =>
  (await h.tdb.db.selectFrom('cases').select('number').where('id', '=', caseId).executeTakeFirstOrThrow()).number;

/**
 * The county on 2026-10-28 (Wednesday; 3 working days on is Monday 11-02), cases of 李明 and 王芳:
 * A opened 07-27, its 90-day decision limit ended 10-26 (逾期); B opened 08-03, due 11-02 (临期);
 * C opened 08-10, due 11-09 (正常) — all three in 调查取证, waiting for the officers. D is in legal
 * review since 08-03 (review due 08-17) and E passed review on 08-03 (waits for the head's decision).
 * The 市场监管所's 杨丽 and 黄伟 carry 55 cases (5 from 07-27, 45 from 08-03, 5 from 08-10); the
 * 综合执法局's 周杰 and 徐娜 carry Z.
 */
const A = { id: '', number: '' };
const B = { id: '', number: '' };
const C = { id: '', number: '' };
const D = { id: '', number: '' };
const E = { id: '', number: '' };
const Z = { id: '', number: '' };
const station: { id: string; openedOn: string }[] = [];

beforeAll(async () => {
  h = await createHarness({ now: '2026-07-27T02:00:00Z' });
  const scjg = { officers: ['scjg.o1', 'scjg.o2'] };
  const scjgs = { officers: ['scjgs.o1', 'scjgs.o2'] };
  const openStation = async (n: number, day: string) => {
    for (let i = 0; i < n; i++)
      station.push({ id: (await open('scjgs.yangli', { title: `馆陶所案件 ${day} #${i + 1}`, ...scjgs })).id, openedOn: day });
  };

  at('2026-07-27');
  Object.assign(A, await open('scjg.liming', { title: 'A 销售过期食品案', ...scjg }));
  await openStation(5, '2026-07-27');

  at('2026-08-03');
  Object.assign(B, await open('scjg.liming', { title: 'B 销售过期食品案', ...scjg }));
  D.id = await readyPenaltyCase(h);
  D.number = await numberOf(D.id);
  expect((await propose(h, 'scjg.liming', D.id, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', D.id)).statusCode).toBe(201);
  E.id = await readyPenaltyCase(h);
  E.number = await numberOf(E.id);
  expect((await propose(h, 'scjg.liming', E.id, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', E.id)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', E.id, 'agree')).statusCode).toBe(201);
  Object.assign(Z, await open('zhzf.zhoujie', { title: 'Z 占道经营案', field: '城市管理', officers: ['zhzf.o1', 'zhzf.o2'] }));
  await openStation(45, '2026-08-03');

  at('2026-08-10');
  Object.assign(C, await open('scjg.liming', { title: 'C 销售过期食品案', ...scjg }));
  await openStation(5, '2026-08-10');
});
afterAll(async () => h?.close());

describe("an officer's 待办", () => {
  it('R-REC-1: a fresh 一般程序 case waits for its officers: 待承办人办理：调查终结, due at the end of its 90-day limit', async () => {
    at('2026-08-10');
    const w = await worklist('scjg.liming');
    expect(w.today).toBe('2026-08-10');
    expect(w.items.find((i) => i.caseId === C.id)).toEqual({
      kind: 'case',
      role: 'officer',
      caseId: C.id,
      caseNumber: C.number,
      title: 'C 销售过期食品案',
      partyName: COMPANY_A.name,
      procedureName: '行政处罚一般程序',
      stateName: '调查取证',
      what: '待承办人办理：调查终结',
      mine: true,
      // 90 natural days from 08-10 end on Sunday 11-08, so on Monday 11-09
      dueOn: '2026-11-09',
      dueState: 'normal',
      target: { kind: 'case', id: C.id },
    });
  });

  it('lists own open cases, those waiting for the officer first and the most urgent first; a case in review or awaiting the head is shown but not mine', async () => {
    at('2026-10-28');
    const w = await worklist('scjg.liming');
    expect(w.today).toBe('2026-10-28');
    expect(w.items.map((i) => i.caseId)).toEqual([A.id, B.id, C.id, D.id, E.id]);
    expect(w.items.map((i) => [i.title, i.mine, i.dueOn, i.dueState, i.stateName, i.what])).toEqual([
      ['A 销售过期食品案', true, '2026-10-26', 'overdue', '调查取证', '待承办人办理：调查终结'],
      ['B 销售过期食品案', true, '2026-11-02', 'soon', '调查取证', '待承办人办理：调查终结'],
      ['C 销售过期食品案', true, '2026-11-09', 'normal', '调查取证', '待承办人办理：调查终结'],
      // the legal review's 10 working days from 08-03 ended 08-17: overdue, but the reviewer's, not 李明's
      ['销售过期食品案', false, '2026-08-17', 'overdue', '法制审核中', '待法制审核'],
      ['销售过期食品案', false, '2026-11-02', 'soon', '审核通过', '待负责人审批：作出处罚决定'],
    ]);
    expect(w.items.every((i) => i.kind === 'case' && i.role === 'officer')).toBe(true);
    // counts: everything listed; of it, waiting for 李明, and of that, overdue and due soon (D's overdue review is not his)
    expect(w.counts).toEqual({ waitingOnMe: 3, overdue: 1, soon: 1, total: 5 });
  });

  it('the second officer of the same cases sees the same list; an officer on none of them sees nothing', async () => {
    at('2026-10-28');
    const mine = await worklist('scjg.liming');
    const hers = await worklist('scjg.wangfang');
    expect(hers).toEqual(mine);
    expect(await worklist('scjg.sunhao')).toEqual({
      today: '2026-10-28',
      items: [],
      counts: { waitingOnMe: 0, overdue: 0, soon: 0, total: 0 },
    });
  });

  it('due states follow the working-day calendar: 临期 from 3 working days before the due date, 逾期 from the day after it', async () => {
    // B is due Monday 11-02: on Tuesday 10-27 three working days reach Friday 10-30 only
    const stateOfB = async (day: string) => {
      at(day);
      return (await worklist('scjg.liming')).items.find((i) => i.caseId === B.id)!.dueState;
    };
    expect(await stateOfB('2026-10-27')).toBe('normal');
    expect(await stateOfB('2026-10-28')).toBe('soon');
    expect(await stateOfB('2026-11-02')).toBe('soon');
    expect(await stateOfB('2026-11-03')).toBe('overdue');
    at('2026-11-03');
    expect((await worklist('scjg.liming')).counts).toEqual({ waitingOnMe: 3, overdue: 2, soon: 0, total: 5 });
  });

  it('lists the 50 most urgent items and counts all 55 (a 派出机构 officer with 55 open cases)', async () => {
    at('2026-10-28');
    expect(station).toHaveLength(55);
    const w = await worklist('scjgs.yangli');
    expect(w.items).toHaveLength(50);
    expect(w.counts).toEqual({ waitingOnMe: 55, overdue: 5, soon: 45, total: 55 });
    // the 5 overdue first, then the 45 due soon; the 5 opened last (正常) are left out
    const openedOn = new Map(station.map((s) => [s.id, s.openedOn]));
    expect(w.items.map((i) => openedOn.get(i.caseId!))).toEqual([...Array(5).fill('2026-07-27'), ...Array(45).fill('2026-08-03')]);
    expect(w.items.map((i) => i.dueState)).toEqual([...Array(5).fill('overdue'), ...Array(45).fill('soon')]);
    expect(w.items.every((i) => i.mine && i.what === '待承办人办理：调查终结')).toBe(true);
    expect(new Set(w.items.map((i) => i.caseId)).size).toBe(50);
    // the other officer of the same cases gets the same answer
    expect(await worklist('scjgs.huangwei')).toEqual(w);
  });
});

describe("a head's 待办", () => {
  it('R-REV-2: a case whose legal review passed waits for the head: 待负责人审批：作出处罚决定', async () => {
    at('2026-10-28');
    const w = await worklist('scjg.juzhang');
    expect(w.items).toEqual([
      {
        kind: 'approval',
        role: 'head',
        caseId: E.id,
        caseNumber: E.number,
        title: '销售过期食品案',
        partyName: COMPANY_A.name,
        procedureName: '行政处罚一般程序',
        stateName: '审核通过',
        what: '待负责人审批：作出处罚决定',
        mine: true,
        dueOn: '2026-11-02',
        dueState: 'soon',
        target: { kind: 'case', id: E.id },
      },
    ]);
    expect(w.counts).toEqual({ waitingOnMe: 1, overdue: 0, soon: 1, total: 1 });
  });

  it('R-X-5: the heads of the 市场监管所 and of the 综合执法局 have no approvals of the 市场监管局', async () => {
    at('2026-10-28');
    expect((await worklist('scjgs.suozhang')).items).toEqual([]);
    expect((await worklist('zhzf.juzhang')).items).toEqual([]);
  });
});

describe("a reviewer's 待办", () => {
  it('R-REV-7: the pending review rounds, each with its round, submitter and due date; a reminder near the end', async () => {
    const review = async (day: string) => {
      at(day);
      const w = await worklist('scjg.chenjing');
      expect(w.items.map((i) => i.caseId)).toEqual([D.id]);
      return w;
    };
    const first = await review('2026-08-05');
    expect(first.items[0]).toEqual({
      kind: 'review',
      role: 'reviewer',
      caseId: D.id,
      caseNumber: D.number,
      title: '销售过期食品案',
      partyName: null,
      procedureName: null,
      stateName: null,
      what: '法制审核（第 1 轮，李明 提交）',
      mine: true,
      dueOn: '2026-08-17',
      dueState: 'normal',
      target: { kind: 'review', id: D.id },
    });
    expect(first.counts).toEqual({ waitingOnMe: 1, overdue: 0, soon: 0, total: 1 });
    // 08-12: three working days reach 08-17 — 临期, but the catalog's reminder (2 working days before) is not yet due
    const soon = await review('2026-08-12');
    expect(soon.items[0]).toMatchObject({ what: '法制审核（第 1 轮，李明 提交）', dueState: 'soon' });
    expect(soon.counts).toEqual({ waitingOnMe: 1, overdue: 0, soon: 1, total: 1 });
    const remind = await review('2026-08-13');
    expect(remind.items[0]).toMatchObject({ what: '法制审核（第 1 轮，李明 提交），即将到期', dueState: 'soon' });
    const late = await review('2026-08-18');
    // past its due date a round is 逾期, no longer 即将到期
    expect(late.items[0]).toMatchObject({ what: '法制审核（第 1 轮，李明 提交）', dueOn: '2026-08-17', dueState: 'overdue' });
    expect(late.counts).toEqual({ waitingOnMe: 1, overdue: 1, soon: 0, total: 1 });
  });

  it("R-X-5: the 综合执法局's reviewer does not see the 市场监管局's rounds", async () => {
    at('2026-08-12');
    expect(await worklist('zhzf.gaoyan')).toEqual({
      today: '2026-08-12',
      items: [],
      counts: { waitingOnMe: 0, overdue: 0, soon: 0, total: 0 },
    });
  });
});

describe("a publisher's 待办, after the head decides", () => {
  it("R-PUB-3: the decision's publication waits for the 公示管理员, due in 7 working days, and the officers now deliver", async () => {
    at('2026-10-28');
    const d = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${E.id}/steps`, { step: 'decide', inputs: {} });
    expect(d.statusCode, d.body).toBe(200);
    const pubs = (await h.request(await h.token('scjg.gongshi'), 'GET', '/api/v1/publications')).json().items as {
      id: string;
      caseId: string;
      docNumber: string;
      dueOn: string;
    }[];
    const pub = pubs.find((p) => p.caseId === E.id)!;
    expect(pub.dueOn).toBe('2026-11-06');

    const w = await worklist('scjg.gongshi');
    expect(w.items).toEqual([
      {
        kind: 'publication',
        role: 'publisher',
        caseId: E.id,
        caseNumber: null,
        // the publication's own title: the case's and the decision's kind
        title: '销售过期食品案 行政处罚决定',
        partyName: null,
        procedureName: null,
        stateName: '待公示',
        what: `待公示：${pub.docNumber}`,
        mine: true,
        dueOn: '2026-11-06',
        dueState: 'normal',
        target: { kind: 'publication', id: pub.id },
      },
    ]);
    expect(w.counts).toEqual({ waitingOnMe: 1, overdue: 0, soon: 0, total: 1 });

    expect((await worklist('scjg.juzhang')).counts).toEqual({ waitingOnMe: 0, overdue: 0, soon: 0, total: 0 });
    const officer = await worklist('scjg.liming');
    // 送达 within 7 working days of the decision: 11-06
    expect(officer.items.find((i) => i.caseId === E.id)).toMatchObject({
      mine: true,
      stateName: '已决定',
      what: '待承办人办理：送达',
      dueOn: '2026-11-06',
      dueState: 'normal',
    });
    expect(officer.counts).toEqual({ waitingOnMe: 4, overdue: 1, soon: 1, total: 5 });
    expect(officer.items.map((i) => i.caseId)).toEqual([A.id, B.id, E.id, C.id, D.id]);
  });

  it('R-PUB-3: the publication is 临期 three working days before its due date and 逾期 after it', async () => {
    at('2026-11-03');
    expect((await worklist('scjg.gongshi')).items[0]!.dueState).toBe('soon');
    at('2026-11-09');
    const late = await worklist('scjg.gongshi');
    expect(late.items[0]!.dueState).toBe('overdue');
    expect(late.counts).toEqual({ waitingOnMe: 1, overdue: 1, soon: 0, total: 1 });
  });
});

describe("R-X-5: another agency's cases never appear", () => {
  it("the 综合执法局's officer sees only Z; nobody of the 市场监管局 sees Z, nor the 所's cases", async () => {
    at('2026-10-28');
    const zhou = await worklist('zhzf.zhoujie');
    expect(zhou.items.map((i) => [i.caseId, i.caseNumber, i.what, i.mine])).toEqual([[Z.id, Z.number, '待承办人办理：调查终结', true]]);
    expect(zhou.counts).toEqual({ waitingOnMe: 1, overdue: 0, soon: 1, total: 1 });
    const foreign = new Set([Z.id, ...station.map((s) => s.id)]);
    for (const u of ['scjg.liming', 'scjg.wangfang', 'scjg.sunhao', 'scjg.juzhang', 'scjg.chenjing', 'scjg.gongshi']) {
      const w = await worklist(u);
      expect(
        w.items.filter((i) => foreign.has(i.caseId!)),
        u,
      ).toEqual([]);
    }
    const station1 = await worklist('scjgs.yangli');
    expect(station1.items.some((i) => i.caseId === Z.id || [A.id, B.id, C.id, D.id, E.id].includes(i.caseId!))).toBe(false);
  });

  it('needs a signed-in person', async () => {
    const r = await h.request(null, 'GET', '/api/v1/worklist');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('UNAUTHENTICATED');
  });
});
