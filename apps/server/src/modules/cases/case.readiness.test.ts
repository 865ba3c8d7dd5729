import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { approveFiling, deliverNotice } from '../../test/filing.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * What a step still needs (GET /api/v1/cases/{id}/steps/{step}/readiness) and whom a case can be
 * given to (GET /api/v1/officer-candidates): the engine's own checks, one by one, on a real
 * database — each kind of item met and not met, and the engine refusing a step that readiness
 * says is not ready with the same reason.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
});
afterAll(async () => h?.close());

interface ReadinessItem {
  kind: 'state' | 'role' | 'officer' | 'recording' | 'guard' | 'review';
  met: boolean;
  need: string;
  problem: string | null;
}
interface Readiness {
  step: { code: string; name: string };
  ready: boolean;
  items: ReadinessItem[];
  documents: string[];
  recording: { level: string; what: string; present: number } | null;
  proposedDecision: Record<string, unknown> | null;
}

/** 现场检查、询问 serve the 核查 before 立案 too (市场监管 rules §18), and the investigation after it. */
const INVESTIGATION_STATES = '案件处于：待批准立案、调查取证、退回补正';
const TWO = () => ({ officers: [h.user('scjg.o1'), h.user('scjg.o2')] });
const INSPECT = () => ({ ...TWO(), place: '惠民超市', ...recordTimes(h.clock.now()), findings: '发现过期酸奶 12 盒。' });

async function readiness(username: string, caseId: string, step: string): Promise<Readiness> {
  const r = await h.request(await h.token(username), 'GET', `/api/v1/cases/${caseId}/steps/${step}/readiness`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Readiness;
}

async function step(username: string, caseId: string, code: string, inputs: Record<string, unknown>) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/steps`, { step: code, inputs });
}

async function ok(username: string, caseId: string, code: string, inputs: Record<string, unknown>) {
  const r = await step(username, caseId, code, inputs);
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
}

async function open(o: { username?: string; officerIds?: string[]; regionCode?: string } = {}): Promise<string> {
  const r = await h.request(await h.token(o.username ?? 'scjg.liming'), 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: o.regionCode ?? '130433100',
    party: COMPANY_A,
    officerIds: o.officerIds ?? TWO().officers,
    inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

const met = (kind: ReadinessItem['kind'], need: string): ReadinessItem => ({ kind, met: true, need, problem: null });
const unmet = (kind: ReadinessItem['kind'], need: string, problem: string): ReadinessItem => ({ kind, met: false, need, problem });

const versionOf = async (caseId: string) =>
  (await h.tdb.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version;
const eventCount = async (caseId: string) =>
  (await h.tdb.db.selectFrom('case_events').select('seq').where('case_id', '=', caseId).execute()).length;

describe('readiness: each kind of item', () => {
  it('R-REC-3: 现场检查 needs its recording — not met before a photo is bound, met after; readiness writes nothing', async () => {
    const id = await open();
    const before = await readiness('scjg.liming', id, 'inspect');
    expect(before).toEqual({
      step: { code: 'inspect', name: '现场检查' },
      ready: false,
      items: [
        met('state', INVESTIGATION_STATES),
        met('role', '办理人：执法人员'),
        met('officer', '本案承办人，持有效执法证'),
        unmet('recording', '音像记录：现场检查', '「现场检查」须音像记录（现场检查），尚未上传该环节的照片、录音或录像'),
      ],
      documents: ['现场检查笔录'],
      recording: { level: 'record', what: '现场检查', present: 0 },
      proposedDecision: null,
    });
    // the engine refuses the step for the same reason
    const refused = await step('scjg.liming', id, 'inspect', INSPECT());
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('RECORDING_MISSING');
    expect(refused.json().error.message).toBe(before.items[3]!.problem);

    await attachMedia(h, 'scjg.o1', id, 'inspect');
    const events = await eventCount(id);
    const version = await versionOf(id);
    const after = await readiness('scjg.liming', id, 'inspect');
    expect(after.ready).toBe(true);
    expect(after.items.at(-1)).toEqual(met('recording', '音像记录：现场检查'));
    expect(after.recording).toEqual({ level: 'record', what: '现场检查', present: 1 });
    // asking wrote nothing: the case keeps its version and its record
    expect(await eventCount(id)).toBe(events);
    expect(await versionOf(id)).toBe(version);
    await ok('scjg.liming', id, 'inspect', INSPECT());
  });

  it('state: 送达 on a case still under investigation names the state it needs and the one it is in; the engine refuses the step order', async () => {
    const id = await open();
    await approveFiling(h, id);
    const r = await readiness('scjg.wangfang', id, 'deliver');
    expect(r.ready).toBe(false);
    expect(r.items).toEqual([
      unmet('state', '案件处于：已决定', '案件当前为「调查取证」'),
      met('role', '办理人：执法人员'),
      met('officer', '本案承办人，持有效执法证'),
    ]);
    const refused = await step('scjg.wangfang', id, 'deliver', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' });
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('STEP_ORDER');
    // the engine's message says the same, and which states the step needs
    expect(refused.json().error.message).toBe('案件当前为「调查取证」，不能办理「送达」（须处于：已决定）');
  });

  it("role: the head asking for an officer's step is told who takes it; the engine refuses with the same words", async () => {
    const id = await open();
    const r = await readiness('scjg.juzhang', id, 'inspect');
    expect(r.ready).toBe(false);
    expect(r.items).toEqual([
      met('state', INVESTIGATION_STATES),
      unmet('role', '办理人：执法人员', '「现场检查」只能由执法人员办理'),
      unmet('officer', '本案承办人，持有效执法证', '「现场检查」须由本案承办执法人员办理，张建国不是本案承办人'),
      unmet('recording', '音像记录：现场检查', '「现场检查」须音像记录（现场检查），尚未上传该环节的照片、录音或录像'),
    ]);
    const refused = await step('scjg.juzhang', id, 'inspect', INSPECT());
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('FORBIDDEN_ROLE');
    expect(refused.json().error.message).toBe('「现场检查」只能由执法人员办理');
  });

  it('R-X-1 officer: an officer who is not on the case cannot take its steps', async () => {
    const id = await open();
    await attachMedia(h, 'scjg.o1', id, 'inspect');
    const r = await readiness('scjg.sunhao', id, 'inspect');
    expect(r.ready).toBe(false);
    expect(r.items.filter((i) => !i.met)).toEqual([
      unmet('officer', '本案承办人，持有效执法证', '「现场检查」须由本案承办执法人员办理，孙浩不是本案承办人'),
    ]);
    const refused = await step('scjg.sunhao', id, 'inspect', INSPECT());
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('OFFICER_NOT_QUALIFIED');
    expect(refused.json().error.message).toBe('「现场检查」须由本案承办执法人员办理，孙浩不是本案承办人');
  });

  it('R-X-1 officer: a case officer whose certificate is suspended by the administrator is not ready, and ready again once restored', async () => {
    const id = await open();
    const admin = await h.token('scjg.admin');
    const certId = (await h.request(admin, 'GET', `/api/v1/users/${h.user('scjg.o2')}`)).json().certificates[0].id as string;
    expect((await readiness('scjg.wangfang', id, 'inquire')).ready).toBe(true);
    const s = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, {
      status: 'suspended',
      reason: '涉嫌违纪，暂扣执法证',
    });
    expect(s.statusCode, s.body).toBe(200);
    try {
      const r = await readiness('scjg.wangfang', id, 'inquire');
      expect(r.ready).toBe(false);
      expect(r.items).toEqual([
        met('state', INVESTIGATION_STATES),
        met('role', '办理人：执法人员'),
        unmet(
          'officer',
          '本案承办人，持有效执法证',
          '王芳不能办理「询问」：执法证（13043301000102）状态为「暂扣」（自 2026-08-03 起，理由：涉嫌违纪，暂扣执法证）',
        ),
      ]);
      const refused = await step('scjg.wangfang', id, 'inquire', {
        ...recordTimes(h.clock.now()),
        ...TWO(),
        person: '钱立新',
        summary: '承认销售过期食品。',
      });
      expect(refused.statusCode).toBe(422);
      expect(errorCode(refused)).toBe('OFFICER_NOT_QUALIFIED');
      expect(refused.json().error.message).toBe(
        '王芳不能办理「询问」：执法证（13043301000102）状态为「暂扣」（自 2026-08-03 起，理由：涉嫌违纪，暂扣执法证）',
      );
    } finally {
      expect(
        (await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, { status: 'valid', reason: '调查结束，恢复' })).statusCode,
      ).toBe(200);
    }
    expect((await readiness('scjg.wangfang', id, 'inquire')).ready).toBe(true);
  });

  it('§64 guard: an investigator may not host the hearing (actorNotFrom) — neither who took an investigation step nor who was present at it', async () => {
    const id = await open();
    await approveFiling(h, id);
    await attachMedia(h, 'scjg.o1', id, 'inspect');
    await ok('scjg.liming', id, 'inspect', INSPECT());
    await ok('scjg.liming', id, 'conclude-investigation', {
      facts: '销售过期食品。',
      evidence: '笔录、照片',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '食品安全法第一百二十四条',
      proposal: 'penalty',
    });
    await ok('scjg.liming', id, 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true });
    await ok('scjg.liming', id, 'request-hearing', { requestedOn: '2026-08-03' });
    await ok('scjg.liming', id, 'notify-hearing', { hearingOn: '2026-08-20', place: '局听证室', host: '陈静' });
    const guardNeed = '听证由非本案调查人员主持（《行政处罚法》第六十四条）';
    const recordingMissing = unmet('recording', '音像记录：听证会', '「举行听证」须音像记录（听证会），尚未上传该环节的照片、录音或录像');
    const investigator = await readiness('scjg.liming', id, 'hold-hearing');
    expect(investigator).toMatchObject({
      step: { code: 'hold-hearing', name: '举行听证' },
      ready: false,
      documents: ['听证笔录', '听证报告'],
      recording: { level: 'record', what: '听证会', present: 0 },
    });
    expect(investigator.items).toEqual([
      met('state', '案件处于：待听证'),
      met('role', '办理人：执法人员或法制审核人员'),
      recordingMissing,
      unmet('guard', guardNeed, guardNeed),
    ]);
    // 王芳 took no step but was present at the inspection
    expect((await readiness('scjg.wangfang', id, 'hold-hearing')).items.at(-1)).toEqual(unmet('guard', guardNeed, guardNeed));
    const hearing = { ...recordTimes(h.clock.now()), record: '听证会依法举行。', opinion: '维持拟处罚意见。' };
    const refused = await step('scjg.liming', id, 'hold-hearing', hearing);
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('STEP_GUARD_FAILED');
    expect(refused.json().error.message).toBe(guardNeed);

    // the 法制科 head investigated nothing: only the recording is missing
    expect((await readiness('scjg.chenjing', id, 'hold-hearing')).items).toEqual([
      met('state', '案件处于：待听证'),
      met('role', '办理人：执法人员或法制审核人员'),
      recordingMissing,
      met('guard', guardNeed),
    ]);
    await attachMedia(h, 'scjg.o1', id, 'hold-hearing');
    const host = await readiness('scjg.chenjing', id, 'hold-hearing');
    expect(host.ready).toBe(true);
    expect(host.recording).toEqual({ level: 'record', what: '听证会', present: 1 });
    await ok('scjg.chenjing', id, 'hold-hearing', hearing);
  });

  it('§62 guards: 提交法制审核 waits for the hearing window (windowPassed); the review submission is refused with the same reason, and accepted once it passed', async () => {
    const id = await open();
    await approveFiling(h, id);
    await attachMedia(h, 'scjg.o1', id, 'inspect');
    await ok('scjg.liming', id, 'inspect', INSPECT());
    await ok('scjg.liming', id, 'conclude-investigation', {
      facts: '销售过期食品。',
      evidence: '笔录、照片',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '食品安全法第一百二十四条',
      proposal: 'penalty',
    });
    await ok('scjg.liming', id, 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true });
    const window = '当事人陈述申辩和申请听证的期限尚未届满';
    // the window runs from the day the party received the 告知书 (§44, §64(1)): before its 送达 it has not begun
    const unserved = (await readiness('scjg.liming', id, 'submit-review')).items.at(-1)!;
    expect(unserved).toEqual(unmet('guard', window, `${window}（告知书尚未送达，听证申请期限自当事人收到告知书之日起计算）`));
    await deliverNotice(h, id, { on: '2026-08-03' });
    const r = await readiness('scjg.liming', id, 'submit-review');
    expect(r.ready).toBe(false);
    expect(r.items).toEqual([
      met('state', '案件处于：已告知、已听证、退回补正'),
      met('role', '办理人：执法人员'),
      met('officer', '本案承办人，持有效执法证'),
      met('guard', '提交法制审核前须已告知当事人拟作出的处罚（《行政处罚法》第六十二条）'),
      // 5 working days from Monday 08-03 end on Monday 08-10
      unmet('guard', window, `${window}（听证申请期限自 2026-08-03 起算，至 2026-08-10 届满）`),
    ]);
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    const early = await submit(h, 'scjg.liming', id);
    expect(early.statusCode).toBe(422);
    expect(errorCode(early)).toBe('STEP_GUARD_FAILED');
    expect(early.json().error.message).toBe(`${window}（听证申请期限自 2026-08-03 起算，至 2026-08-10 届满）`);

    h.clock.set('2026-08-11T02:00:00Z');
    try {
      // the party-only guard of 放弃陈述申辩和听证 (withinWindow, appliesTo party) is not the officer's
      const waive = await readiness('scjg.liming', id, 'waive');
      expect(waive.items).toEqual([
        met('state', '案件处于：已告知'),
        met('role', '办理人：执法人员'),
        met('officer', '本案承办人，持有效执法证'),
      ]);
      expect(waive.ready).toBe(true);
      const later = await readiness('scjg.liming', id, 'submit-review');
      expect(later.ready).toBe(true);
      expect(later.items.at(-1)).toEqual(met('guard', window));
      const s = await submit(h, 'scjg.liming', id);
      expect(s.statusCode, s.body).toBe(201);
    } finally {
      h.clock.set('2026-08-03T02:00:00Z');
    }
  });

  it("R-REV-2 review gate: 作出处罚决定 is not ready before review, nor while in review; after a passed review it is, with the cleared proposal's decision", async () => {
    const id = await readyPenaltyCase(h);
    const gateNeed = '经法制审核通过（决定内容与审核通过的拟作出决定一致）';
    // the party waived its 陈述申辩 and 听证 (readyPenaltyCase): §62 does not hold the decision
    const windowNeed = '当事人陈述申辩和申请听证的期限尚未届满，不得作出行政处罚决定（《行政处罚法》第六十二条）';
    const noProposal = '作出「作出处罚决定」前，须由承办人提出拟作出的决定并按目录清单完成法制审核';
    const before = await readiness('scjg.juzhang', id, 'decide');
    expect(before).toEqual({
      step: { code: 'decide', name: '作出处罚决定' },
      ready: false,
      items: [
        unmet('state', '案件处于：审核通过', '案件当前为「已告知」'),
        met('role', '办理人：机关负责人'),
        met('guard', windowNeed),
        unmet('review', gateNeed, noProposal),
      ],
      documents: ['行政处罚决定书'],
      recording: null,
      proposedDecision: null,
    });
    const refused = await step('scjg.juzhang', id, 'decide', {});
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('REVIEW_REQUIRED');
    expect(refused.json().error.message).toBe(noProposal);

    const proposal = penaltyProposal(5000);
    expect((await propose(h, 'scjg.liming', id, proposal)).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const inReview = await readiness('scjg.juzhang', id, 'decide');
    expect(inReview.ready).toBe(false);
    // nothing to pre-fill the decision with while the proposal is still in review
    expect(inReview.proposedDecision).toBeNull();
    expect(inReview.items).toEqual([
      unmet('state', '案件处于：审核通过', '案件当前为「法制审核中」'),
      met('role', '办理人：机关负责人'),
      met('guard', windowNeed),
      unmet('review', gateNeed, '未经法制审核或者审核未通过的，不得作出决定（当前：法制审核中）'),
    ]);
    const early = await step('scjg.juzhang', id, 'decide', {});
    expect(errorCode(early)).toBe('REVIEW_REQUIRED');
    expect(early.json().error.message).toBe('未经法制审核或者审核未通过的，不得作出决定（当前：法制审核中）');

    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    const cleared = await readiness('scjg.juzhang', id, 'decide');
    expect(cleared.items).toEqual([
      met('state', '案件处于：审核通过'),
      met('role', '办理人：机关负责人'),
      met('guard', windowNeed),
      met('review', gateNeed),
    ]);
    expect(cleared.ready).toBe(true);
    expect(cleared.proposedDecision).toEqual(proposal.decision);
    // the handler may not decide: role
    const handler = await readiness('scjg.liming', id, 'decide');
    expect(handler.items[1]).toEqual(unmet('role', '办理人：机关负责人', '「作出处罚决定」只能由机关负责人办理'));
    const byHandler = await step('scjg.liming', id, 'decide', {});
    expect(byHandler.statusCode).toBe(403);
    expect(byHandler.json().error.message).toBe('「作出处罚决定」只能由机关负责人办理');
    // the head decides with the empty form, i.e. the cleared proposal, as readiness said
    const d = await step('scjg.juzhang', id, 'decide', {});
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json().state).toBe('decided');
  });
});

describe('readiness agrees with the engine', () => {
  it('for every not-ready case and step below, POST /steps is refused with one of the reasons readiness gave', async () => {
    const fresh = await open();
    const ready = await readyPenaltyCase(h);
    const scenarios: [string, string, string, Record<string, unknown>][] = [
      ['scjg.liming', fresh, 'inspect', INSPECT()],
      ['scjg.juzhang', fresh, 'inspect', INSPECT()],
      ['scjg.sunhao', fresh, 'inquire', { ...recordTimes(h.clock.now()), ...TWO(), person: '钱立新', summary: 'x' }],
      ['scjg.liming', fresh, 'terminate', { reason: '无' }],
      ['scjg.liming', fresh, 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
      ['scjg.juzhang', fresh, 'close', { summary: '同意结案。' }],
      ['scjg.juzhang', fresh, 'decide', {}],
      [
        'scjg.chenjing',
        fresh,
        'conclude-investigation',
        {
          facts: 'x',
          evidence: 'y',
          violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
          legalBasis: 'z',
          proposal: 'penalty',
        },
      ],
      ['scjg.juzhang', ready, 'decide', {}],
      ['scjg.wangfang', ready, 'deliver', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' }],
      ['scjg.sunhao', ready, 'record-defence', { ...recordTimes(h.clock.now()), statement: '无异议。', adopted: false }],
    ];
    for (const [user, caseId, code, inputs] of scenarios) {
      const r = await readiness(user, caseId, code);
      const label = `${user} ${code}`;
      expect(r.ready, label).toBe(false);
      const problems = r.items.filter((i) => !i.met).map((i) => i.problem!);
      const res = await step(user, caseId, code, inputs);
      expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
      const message = res.json().error.message as string;
      // the engine's state refusal adds the states the step needs to readiness's 「案件当前为…」
      expect(
        problems.some((p) => message === p || (p.startsWith('案件当前为') && message.startsWith(`${p}，不能办理`))),
        `${label}: ${message} ∉ ${JSON.stringify(problems)}`,
      ).toBe(true);
    }
  });
});

describe('readiness: what cannot be asked', () => {
  it("an unknown step is 404 with the procedure's name; an unknown case is 404; a malformed id is 400", async () => {
    const id = await open();
    const fly = await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/steps/fly/readiness`);
    expect(fly.statusCode).toBe(404);
    expect(errorCode(fly)).toBe('NOT_FOUND');
    expect(fly.json().error.message).toBe('「行政处罚一般程序」没有环节「fly」');
    const none = await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${randomUUID()}/steps/inspect/readiness`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe('案件不存在');
    const bad = await h.request(await h.token('scjg.liming'), 'GET', '/api/v1/cases/not-a-uuid/steps/inspect/readiness');
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
  });

  it('R-X-5: a case of another agency is 404, exactly as if it did not exist', async () => {
    const id = await open();
    const other = await h.request(await h.token('zhzf.zhoujie'), 'GET', `/api/v1/cases/${id}/steps/inspect/readiness`);
    expect(other.statusCode).toBe(404);
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(other.json().error.message).toBe('案件不存在');
    const stationOfficer = await h.request(await h.token('scjgs.yangli'), 'GET', `/api/v1/cases/${id}/steps/inspect/readiness`);
    expect(stationOfficer.statusCode).toBe(404);
  });

  it("R-X-5: the parent agency's head sees a 所 case but is told that only the handling agency takes its steps, as the engine says", async () => {
    const id = await open({ username: 'scjgs.yangli', officerIds: [h.user('scjgs.o1'), h.user('scjgs.o2')] });
    await approveFiling(h, id, 'scjgs.yangli');
    const r = await readiness('scjg.juzhang', id, 'terminate');
    expect(r.ready).toBe(false);
    expect(r.items).toEqual([
      unmet('role', '本案办案机关的人员', '只有本案办案机关的人员可以办理案件环节'),
      met('state', '案件处于：调查取证、调查终结、退回补正'),
      met('role', '办理人：机关负责人'),
    ]);
    const refused = await step('scjg.juzhang', id, 'terminate', { reason: '证据不足' });
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('FORBIDDEN_ROLE');
    expect(refused.json().error.message).toBe('只有本案办案机关的人员可以办理案件环节');
    // the 所's own head is ready
    expect((await readiness('scjgs.suozhang', id, 'terminate')).ready).toBe(true);
  });
});

interface Candidate {
  userId: string;
  name: string;
  unitName: string | null;
  self: boolean;
  certificate: { number: string; fields: string[]; status: string; statusName: string; validTo: string } | null;
  eligible: boolean;
  reason: string | null;
}

async function candidates(username: string, query: string): Promise<Candidate[]> {
  const r = await h.request(await h.token(username), 'GET', `/api/v1/officer-candidates?${query}`);
  expect(r.statusCode, r.body).toBe(200);
  // the order is the database's collation of names; compare by name
  return (r.json() as Candidate[]).sort((a, b) => a.certificate!.number.localeCompare(b.certificate!.number));
}

describe('officer candidates (R-X-1)', () => {
  it('every officer of the agency, eligible or not with the reason; the asking officer marked self', async () => {
    const list = await candidates('scjg.liming', `field=${encodeURIComponent('市场监管')}&regionCode=130433100`);
    const cert = (n: string, status = 'valid', statusName = '有效', validTo = '2028-12-31') => ({
      number: n,
      fields: ['市场监管'],
      status,
      statusName,
      validTo,
    });
    expect(list).toEqual([
      {
        userId: h.user('scjg.o1'),
        name: '李明',
        unitName: '综合执法大队',
        self: true,
        certificate: cert('13043301000101'),
        eligible: true,
        reason: null,
      },
      {
        userId: h.user('scjg.o2'),
        name: '王芳',
        unitName: '综合执法大队',
        self: false,
        certificate: cert('13043301000102'),
        eligible: true,
        reason: null,
      },
      {
        userId: h.user('scjg.o3'),
        name: '赵强',
        unitName: '综合执法大队',
        self: false,
        certificate: cert('13043301000103', 'suspended', '暂扣'),
        eligible: false,
        reason: '执法证（13043301000103）状态为「暂扣」（自 2026-08-03 起，理由：年度考核不合格，暂扣执法证）',
      },
      {
        userId: h.user('scjg.o4'),
        name: '刘洋',
        unitName: '综合执法大队',
        self: false,
        certificate: cert('13043301000104', 'expired', '过期', '2026-06-30'),
        eligible: false,
        reason: '执法证（13043301000104）状态为「过期」',
      },
      {
        userId: h.user('scjg.o5'),
        name: '孙浩',
        unitName: '登记注册科',
        self: false,
        certificate: cert('13043301000105'),
        eligible: true,
        reason: null,
      },
    ]);
    // the head asking gets the same officers, none of them self
    const byHead = await candidates('scjg.juzhang', `field=${encodeURIComponent('市场监管')}&regionCode=130433100`);
    expect(byHead.map((c) => [c.name, c.self, c.eligible])).toEqual(list.map((c) => [c.name, false, c.eligible]));
  });

  it('the check is the one made at 立案: an ineligible candidate is refused when the case is opened, for the same reason', async () => {
    const list = await candidates('scjg.liming', `field=${encodeURIComponent('市场监管')}&regionCode=130433100`);
    const zhao = list.find((c) => c.name === '赵强')!;
    const r = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
      procedure: 'penalty-general',
      title: '销售过期食品案',
      field: '市场监管',
      regionCode: '130433100',
      party: COMPANY_A,
      officerIds: [h.user('scjg.o1'), zhao.userId],
      inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
    });
    expect(r.statusCode).toBe(422);
    expect(errorCode(r)).toBe('OFFICER_NOT_QUALIFIED');
    expect(r.json().error.message).toBe(`赵强：${zhao.reason}`);
  });

  it("on a given date: 刘洋's certificate was valid until 2026-06-30", async () => {
    const list = await candidates('scjg.liming', `field=${encodeURIComponent('市场监管')}&regionCode=130433100&on=2026-06-01`);
    expect(list.find((c) => c.name === '刘洋')).toMatchObject({
      eligible: true,
      reason: null,
      certificate: { status: 'valid', statusName: '有效' },
    });
    // R-X-1: 赵强's suspension applies from the day it was recorded (2026-08-03), not before
    expect(list.find((c) => c.name === '赵强')).toMatchObject({ eligible: true, reason: null });
    const later = await candidates('scjg.liming', `field=${encodeURIComponent('市场监管')}&regionCode=130433100&on=2026-08-03`);
    expect(later.find((c) => c.name === '赵强')).toMatchObject({
      eligible: false,
      reason: '执法证（13043301000103）状态为「暂扣」（自 2026-08-03 起，理由：年度考核不合格，暂扣执法证）',
    });
  });

  it('a field the certificates do not cover makes every valid holder ineligible with the field as reason', async () => {
    const list = await candidates('scjg.liming', `field=${encodeURIComponent('城市管理')}&regionCode=130433100`);
    expect(list.map((c) => [c.name, c.eligible, c.reason])).toEqual([
      ['李明', false, '执法证（13043301000101）的执法类别不含「城市管理」'],
      ['王芳', false, '执法证（13043301000102）的执法类别不含「城市管理」'],
      ['赵强', false, '执法证（13043301000103）状态为「暂扣」（自 2026-08-03 起，理由：年度考核不合格，暂扣执法证）'],
      ['刘洋', false, '执法证（13043301000104）状态为「过期」'],
      ['孙浩', false, '执法证（13043301000105）的执法类别不含「城市管理」'],
    ]);
  });

  it("a 派出机构's officers hold 馆陶镇 only: a place in 房寨镇 gives the region as reason", async () => {
    const home = await candidates('scjgs.yangli', `field=${encodeURIComponent('市场监管')}&regionCode=130433100`);
    expect(home.map((c) => [c.name, c.self, c.eligible, c.reason])).toEqual([
      ['杨丽', true, true, null],
      ['黄伟', false, true, null],
    ]);
    const away = await candidates('scjgs.yangli', `field=${encodeURIComponent('市场监管')}&regionCode=130433101`);
    expect(away.map((c) => [c.name, c.eligible, c.reason])).toEqual([
      ['杨丽', false, '执法证（13043301000201）的执法区域不含本案发生地'],
      ['黄伟', false, '执法证（13043301000202）的执法区域不含本案发生地'],
    ]);
  });

  it('an unknown region is 400 with a Chinese message; a missing field is 400', async () => {
    const t = await h.token('scjg.liming');
    const unknown = await h.request(t, 'GET', `/api/v1/officer-candidates?field=${encodeURIComponent('市场监管')}&regionCode=999999`);
    expect(unknown.statusCode).toBe(400);
    expect(errorCode(unknown)).toBe('VALIDATION_FAILED');
    expect(unknown.json().error.message).toBe('行政区划代码「999999」不存在');
    const missing = await h.request(t, 'GET', '/api/v1/officer-candidates?regionCode=130433100');
    expect(missing.statusCode).toBe(400);
    expect(errorCode(missing)).toBe('VALIDATION_FAILED');
  });
});
