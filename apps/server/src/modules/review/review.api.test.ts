import { rendersSettled } from '../documents/document.render.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEFAULT_REVIEW_CATALOG } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';
import { PERSON_A } from '../../demo/demo-cases.ts';
import { ALL_PASS, SUBMISSION, opinion, pendingMaterials, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * 重大执法决定法制审核 end to end on a real database (R-REV-1 … R-REV-9): each path a case can take
 * through the gate, the separation of handler, reviewer and approver, and the database's own
 * refusal of a decision without its clearance.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
});
afterAll(async () => h?.close());

async function step(username: string, caseId: string, code: string, inputs: Record<string, unknown>) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/steps`, { step: code, inputs });
}
async function get(username: string, url: string) {
  return h.request(await h.token(username), 'GET', url);
}
async function reviewOf(caseId: string, username = 'scjg.liming') {
  const r = await get(username, `/api/v1/cases/${caseId}/review`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** A 一般程序 case of 市场监管局 ready for a proposal. */
function readyCase(officerIds = [h.user('scjg.o1'), h.user('scjg.o2')], opener = 'scjg.liming', notifiedFine = 5000): Promise<string> {
  return readyPenaltyCase(h, { officerIds, opener, notifiedFine });
}

async function decide(username: string, caseId: string, inputs: Record<string, unknown> = {}) {
  return step(username, caseId, 'decide', inputs);
}

async function documentsOf(caseId: string): Promise<string[]> {
  const rows = await h.tdb.db.selectFrom('documents').select('kind').where('case_id', '=', caseId).execute();
  return rows.map((r) => r.kind);
}

/** A user made by the agency's administrator through the API, as an agency would. */
async function newUser(username: string, body: Record<string, unknown>, cert?: string): Promise<string> {
  const admin = await h.token('scjg.admin');
  const units = (await h.request(admin, 'GET', `/api/v1/agencies/${h.agency('scjg')}`)).json().units as { id: string; name: string }[];
  const unitName = (body['unit'] as string) ?? '法制科';
  const unitId = units.find((u) => u.name === unitName)!.id;
  const { unit: _, ...rest } = body;
  const r = await h.request(admin, 'POST', '/api/v1/users', {
    agencyId: h.agency('scjg'),
    unitId,
    username,
    password: DEMO_PASSWORD,
    ...rest,
  });
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json().id as string;
  if (cert) {
    const c = await h.request(admin, 'POST', `/api/v1/users/${id}/certificates`, {
      number: cert,
      fields: ['市场监管'],
      regions: ['130433'],
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
    });
    expect(c.statusCode, c.body).toBe(201);
  }
  return id;
}

describe('R-REV-1 catalog', () => {
  it('an agency without its own catalog judges under the default; a new version is published, invalid ones refused', async () => {
    const agency = h.agency('scjg');
    const first = await get('scjg.chenjing', `/api/v1/agencies/${agency}/review-catalog`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(0);
    expect(first.json().catalog.rules.map((r: { id: string }) => r.id)).toContain('penalty-general');

    const bad = await h.request(await h.token('scjg.chenjing'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
      catalog: {
        rules: [{ id: 'x', name: '未知条件', condition: { type: 'moonPhase' }, basis: '无' }],
        settings: { reviewDays: 10, remindDays: 2, maxRounds: 2 },
      },
      note: '测试',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('REVIEW_CATALOG_INVALID');
    const withoutMandatory = await h.request(await h.token('scjg.chenjing'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
      catalog: { rules: DEFAULT_REVIEW_CATALOG.rules.filter((r) => r.id !== 'penalty-general'), settings: DEFAULT_REVIEW_CATALOG.settings },
      note: '去掉一般程序',
    });
    expect(errorCode(withoutMandatory)).toBe('REVIEW_CATALOG_INVALID');
    const officer = await h.request(await h.token('scjg.liming'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
      catalog: DEFAULT_REVIEW_CATALOG,
      note: '执法人员修改',
    });
    expect(officer.statusCode).toBe(403);

    // the agency's own 较大数额罚款 threshold: 30,000 yuan for organisations
    const rules = DEFAULT_REVIEW_CATALOG.rules.map((r) =>
      r.id === 'large-fine' ? { ...r, condition: { type: 'amountAtLeast', facet: 'fine', org: 30000, person: 3000 } } : r,
    );
    const put = await h.request(await h.token('scjg.chenjing'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
      catalog: { rules, settings: DEFAULT_REVIEW_CATALOG.settings },
      note: '本局较大数额罚款标准',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().version).toBe(1);
    expect(put.json().history[0]).toMatchObject({ version: 1, note: '本局较大数额罚款标准', by: '陈静' });
    const v1 = await get('scjg.liming', `/api/v1/agencies/${agency}/review-catalog/versions/1`);
    expect(v1.json().catalog.rules.find((r: { id: string }) => r.id === 'large-fine').condition.org).toBe(30000);
    expect((await get('scjg.liming', `/api/v1/agencies/${agency}/review-catalog/versions/9`)).statusCode).toBe(404);

    // a 派出机构 without a catalog of its own inherits its parent's
    const sub = await get('scjgs.yangli', `/api/v1/agencies/${h.agency('scjgs')}/review-catalog`);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toMatchObject({ version: 1, inheritedFrom: agency });
  });
});

describe('R-REV-2 pass first time', () => {
  it('no decision before review; frozen materials; the opinion ties to them; the head decides what was reviewed', async () => {
    const id = await readyCase(undefined, undefined, 35000);
    const none = await decide('scjg.juzhang', id, penaltyProposal(5000).decision);
    expect(none.statusCode).toBe(409);
    expect(errorCode(none)).toBe('REVIEW_REQUIRED');
    const noDoc = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
    expect(errorCode(noDoc)).toBe('REVIEW_REQUIRED');

    const p = await propose(h, 'scjg.liming', id, penaltyProposal(35000));
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json().evaluation.required).toBe(true);
    // judged under the agency's version 1: the mandatory rule and its 30,000 threshold both fire
    expect(p.json().catalogVersion).toBe(1);
    expect(
      p
        .json()
        .evaluation.fired.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual(['large-fine', 'penalty-general']);
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');

    // the reviewer cannot start on incomplete materials, and nothing is recorded
    const incomplete = await submit(h, 'scjg.liming', id, { ...SUBMISSION, facts: ' ' });
    expect(incomplete.statusCode).toBe(422);
    expect(errorCode(incomplete)).toBe('REVIEW_MATERIALS_INCOMPLETE');
    expect(incomplete.json().error.details.missing).toContain('违法事实');
    expect((await reviewOf(id)).rounds).toHaveLength(0);

    const s = await submit(h, 'scjg.liming', id);
    expect(s.statusCode, s.body).toBe(201);
    expect(s.json()).toMatchObject({ round: 1, proposalVersion: 1 });
    expect(s.json().materialsSha256).toMatch(/^[0-9a-f]{64}$/);
    // the system's own pre-checks for the reviewer (R-REV-5)
    const findings = s.json().findings as { point: string; ok: boolean; message: string }[];
    expect(findings.map((f) => f.point)).toEqual(
      expect.arrayContaining(['subject', 'qualification', 'procedure', 'discretion', 'documents']),
    );
    expect(findings.find((f) => f.point === 'qualification')).toMatchObject({ ok: true });
    expect(findings.find((f) => f.point === 'procedure' && f.message.includes('放弃'))).toMatchObject({ ok: true });
    expect(findings.find((f) => f.point === 'discretion' && f.message.includes('未重于告知'))).toMatchObject({ ok: true });
    expect(findings.find((f) => f.point === 'documents')).toMatchObject({ ok: true });
    const round = (await reviewOf(id)).rounds[0];
    expect(round.materials.evidence.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['音像记录', '现场笔录', '询问笔录']),
    );
    expect(round.materials.evidence.every((e: { entrySha256: string }) => /^[0-9a-f]{64}$/.test(e.entrySha256))).toBe(true);
    expect(round.dueOn).toBe('2026-08-17');

    // an opinion on other materials than the frozen ones is refused
    const stale = await h.request(await h.token('scjg.chenjing'), 'POST', `/api/v1/cases/${id}/review/opinions`, {
      materialsSha256: 'ab'.repeat(32),
      answers: ALL_PASS,
      conclusion: 'agree',
      opinion: '同意。',
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('REVIEW_STALE');
    // a checklist point left unanswered is refused
    const partial = await h.request(await h.token('scjg.chenjing'), 'POST', `/api/v1/cases/${id}/review/opinions`, {
      materialsSha256: s.json().materialsSha256,
      answers: ALL_PASS.slice(1),
      conclusion: 'agree',
      opinion: '同意。',
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.message).toContain('主体合法');

    const ok = await opinion(h, 'scjg.chenjing', id, 'agree');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await documentsOf(id)).toContain('legal-review-opinion');

    // the decision must be the reviewed one: a different fine is refused, naming the field
    const changed = await decide('scjg.juzhang', id, { ...penaltyProposal(35000).decision, fineAmount: 30000 });
    expect(errorCode(changed)).toBe('REVIEW_STALE');
    expect(changed.json().error.details.changed).toContain('fineAmount');
    const d = await decide('scjg.juzhang', id);
    expect(d.statusCode, d.body).toBe(200);
    const r = await reviewOf(id);
    expect(r.phase).toBe('decided');
    expect(r.decision).toMatchObject({ step: 'decide', by: { name: '张建国' } });
    expect(r.decision.review).toMatchObject({
      clearanceId: r.clearance.id,
      proposalVersion: 1,
      proposalSha256: r.proposals[0].proposalSha256,
    });
    const issued = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
    expect(issued.statusCode, issued.body).toBe(201);

    // R-REV-8: one view of who did what on which version
    const t = (await get('scjg.juzhang', `/api/v1/cases/${id}/review/trace`)).json();
    expect(t.trace.map((x: { act: string; who: { name: string } }) => `${x.act}:${x.who?.name}`)).toEqual([
      '提出拟作出的决定:李明',
      '提交法制审核:李明',
      '出具审核意见:陈静',
      '作出决定（作出处罚决定）:张建国',
    ]);
  });
});

describe('R-REV-3 办、审、定分离', () => {
  it('refuses, naming the rule: a head who reviewed, a reviewer outside the 法制审核机构, a first-time reviewer without 法律职业资格, a reviewer who handled the case', async () => {
    const headReviewer = await newUser('scjg.fujuzhang', {
      displayName: '何志远',
      post: '副局长兼法制科科长',
      roles: ['head', 'reviewer'],
      legalQualification: true,
      reviewerQualified: true,
    });
    await newUser('scjg.bangongshi', {
      displayName: '韩冰',
      post: '办公室科员',
      roles: ['reviewer'],
      unit: '办公室',
      legalQualification: true,
      reviewerQualified: true,
    });
    await newUser('scjg.xinren', {
      displayName: '罗佳',
      post: '法制科科员',
      roles: ['reviewer'],
      legalQualification: false,
      reviewerQualified: true,
    });
    const officerReviewer = await newUser(
      'scjg.jianzhi',
      { displayName: '蒋涛', post: '法制科副科长', roles: ['officer', 'reviewer'], legalQualification: true, reviewerQualified: true },
      '13043301000188',
    );

    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const hash = await pendingMaterials(h, 'scjg.chenjing', id);
    const give = async (username: string) =>
      h.request(await h.token(username), 'POST', `/api/v1/cases/${id}/review/opinions`, {
        materialsSha256: hash,
        answers: ALL_PASS,
        conclusion: 'agree',
        opinion: '同意。',
      });

    const handler = await give('scjg.liming');
    expect(handler.statusCode).toBe(403);
    expect(handler.json().error.details.rule).toBe('reviewer-role');
    const office = await give('scjg.bangongshi');
    expect(office.json().error.details.rule).toBe('legal-unit');
    expect(office.json().error.message).toContain('法制审核机构');
    const novice = await give('scjg.xinren');
    expect(novice.json().error.details.rule).toBe('first-review-legal-qualification');
    expect(novice.json().error.message).toContain('第五十八条');
    expect((await reviewOf(id)).rounds[0].status).toBe('pending');

    // the head who is also a reviewer reviews; then may not decide
    expect((await give('scjg.fujuzhang')).statusCode).toBe(201);
    const self = await decide('scjg.fujuzhang', id);
    expect(self.statusCode).toBe(403);
    expect(errorCode(self)).toBe('SEPARATION_OF_DUTIES');
    expect(self.json().error.details.rule).toBe('approver-not-reviewer');
    expect((await decide('scjg.juzhang', id)).statusCode).toBe(200);
    const r = await reviewOf(id);
    expect(r.rounds[0].opinion.reviewer.id).toBe(headReviewer);

    // a reviewer who is an officer of the case may not review it
    const own = await readyCase([h.user('scjg.o1'), officerReviewer]);
    expect((await propose(h, 'scjg.liming', own, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', own)).statusCode).toBe(201);
    const mine = await h.request(await h.token('scjg.jianzhi'), 'POST', `/api/v1/cases/${own}/review/opinions`, {
      materialsSha256: await pendingMaterials(h, 'scjg.liming', own),
      answers: ALL_PASS,
      conclusion: 'agree',
      opinion: '同意。',
    });
    expect(mine.statusCode).toBe(403);
    expect(mine.json().error.details.rule).toBe('reviewer-not-handler');
  });
});

describe('R-REV-6 rounds', () => {
  it('存在问题 returns the case; the revised version is resubmitted, compared and passed', async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const back = await opinion(h, 'scjg.chenjing', id, 'problems', '证据不足：缺少进货单据，罚款金额偏高。');
    expect(back.statusCode, back.body).toBe(201);
    let r = await reviewOf(id);
    expect(r.phase).toBe('returned');
    expect(r.rounds[0].opinion.answers.find((a: { point: string }) => a.point === 'evidence')).toMatchObject({
      result: 'problem',
      comment: '缺少进货单据',
    });
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');
    // the same version cannot simply be sent again
    expect(errorCode(await submit(h, 'scjg.liming', id))).toBe('REVIEW_STATE');

    const v2 = await propose(
      h,
      'scjg.liming',
      id,
      penaltyProposal(4000, { discretion: { grade: '从轻处罚', reasoning: '当事人主动召回，依法从轻。' } }),
    );
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().changes.map((c: { field: string }) => c.field)).toEqual(['decision.penalty', 'decision.fineAmount', 'discretion']);
    expect((await submit(h, 'scjg.liming', id, { ...SUBMISSION, facts: '当事人销售超过保质期的食品，已补充进货单据。' })).statusCode).toBe(
      201,
    );
    const cmp = await get('scjg.chenjing', `/api/v1/cases/${id}/review/compare?from=1&to=2`);
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json().from).toEqual({ round: 1, proposalVersion: 1 });
    expect(cmp.json().to).toEqual({ round: 2, proposalVersion: 2 });
    expect(cmp.json().proposalChanges.find((c: { field: string }) => c.field === 'decision.fineAmount')).toMatchObject({
      before: 5000,
      after: 4000,
    });
    expect(cmp.json().materialChanges.map((c: { field: string }) => c.field)).toContain('facts');

    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    // deciding on version 1's content is refused; version 2's goes through
    expect(errorCode(await decide('scjg.juzhang', id, penaltyProposal(5000).decision))).toBe('REVIEW_STALE');
    expect((await decide('scjg.juzhang', id)).statusCode).toBe(200);
    r = await reviewOf(id);
    expect(r.rounds.map((x: { round: number; status: string }) => `${x.round}:${x.status}`)).toEqual(['1:problems', '2:agreed']);
    expect(r.decision.review.proposalVersion).toBe(2);
  });

  const discussion = (outcome: string, participants = DISCUSSANTS) => ({
    heldOn: '2026-08-03',
    recorder: '孙丽',
    participants,
    conclusion: outcome === 'further-review' ? '经讨论，提请法制审核机构再次审核。' : '经讨论，同意按拟作出的决定作出。',
    outcome,
  });
  const DISCUSSANTS = [
    { name: '张建国', post: '局长', opinion: '同意承办人意见。', vote: 'agree' },
    { name: '陈静', post: '法制科科长', opinion: '坚持审核意见。', vote: 'disagree' },
    { name: '李明', post: '综合执法大队队长', opinion: '同意按拟作出的决定作出。', vote: 'agree' },
  ];

  it('行政处罚法第五十八条: a disagreement goes to 集体讨论, which cannot decide against the failed review; it sends the same proposal to a further round, and only a passed review clears it', async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'problems', '适用法律不准确。')).statusCode).toBe(201);
    const dis = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/review/disagreement`, {
      reason: '适用法律准确，审核意见所引条款已废止。',
    });
    expect(dis.statusCode, dis.body).toBe(200);
    expect(dis.json().phase).toBe('collective');
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');
    const byReviewer = await h.request(
      await h.token('scjg.chenjing'),
      'POST',
      `/api/v1/cases/${id}/review/discussions`,
      discussion('further-review'),
    );
    expect(byReviewer.statusCode).toBe(403);
    // deciding as proposed would be a decision without a passed review: refused, nothing recorded
    // counted once the documents' files are recorded (their renders run after filing)
    const events = async () => {
      await rendersSettled();
      return (await get('scjg.liming', `/api/v1/cases/${id}/events`)).json().events.length as number;
    };
    const before = await events();
    const against = await h.request(
      await h.token('scjg.juzhang'),
      'POST',
      `/api/v1/cases/${id}/review/discussions`,
      discussion('decide-as-proposed'),
    );
    expect(against.statusCode).toBe(409);
    expect(errorCode(against)).toBe('REVIEW_STATE');
    expect(against.json().error.message).toBe(
      '法制审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条）；集体讨论可以决定退回修改，或者提请再次法制审核',
    );
    expect(await events()).toBe(before);
    expect((await reviewOf(id)).discussions).toEqual([]);
    // the discussion sends the same proposal to a further review round (held later that day)
    h.clock.set(new Date(h.clock.now().getTime() + 3600_000));
    const held = await h.request(
      await h.token('scjg.juzhang'),
      'POST',
      `/api/v1/cases/${id}/review/discussions`,
      discussion('further-review'),
    );
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ outcome: 'further-review', override: null, proposalVersion: 1 });
    expect((await reviewOf(id)).phase).toBe('to-submit');
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');
    h.clock.set(new Date(h.clock.now().getTime() + 3600_000));
    const again = await submit(h, 'scjg.liming', id);
    expect(again.statusCode, again.body).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree', '经再次审核，适用法律准确。')).statusCode).toBe(201);
    expect((await decide('scjg.juzhang', id)).statusCode).toBe(200);
    const r = await reviewOf(id);
    expect(r.clearance.basis).toBe('review-passed');
    expect(r.rounds.map((x: { round: number; proposalVersion: number; status: string }) => [x.round, x.proposalVersion, x.status])).toEqual(
      [
        [1, 1, 'problems'],
        [2, 1, 'agreed'],
      ],
    );
    expect(await documentsOf(id)).toEqual(expect.arrayContaining(['legal-review-opinion', 'collective-discussion-record']));
    const acts = r.trace.map((x: { act: string }) => x.act);
    expect(acts).toEqual([
      '提出拟作出的决定',
      '提交法制审核',
      '出具审核意见',
      '提请集体讨论',
      '集体讨论',
      '提交法制审核',
      '出具审核意见',
      '作出决定（作出处罚决定）',
    ]);
    expect(r.trace.find((x: { act: string }) => x.act === '集体讨论').detail).toContain('提请再次法制审核');
  });

  it('an agency whose catalog names a provision may let 集体讨论 decide against the review: recorded with that provision, shown to the 司法局', async () => {
    const agency = h.agency('scjg');
    const current = (await get('scjg.chenjing', `/api/v1/agencies/${agency}/review-catalog`)).json().catalog;
    const basis = '《河北省行政执法监督条例》第二十条';
    const setOverride = async (overrideBasis: string | null) => {
      const put = await h.request(await h.token('scjg.chenjing'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
        catalog: { ...current, settings: { ...current.settings, overrideBasis } },
        note: overrideBasis ? '依地方性法规允许集体讨论不采纳审核意见' : '恢复：审核未通过的不得作出决定',
      });
      expect(put.statusCode, put.body).toBe(200);
    };
    const vague = await h.request(await h.token('scjg.chenjing'), 'PUT', `/api/v1/agencies/${agency}/review-catalog`, {
      catalog: { ...current, settings: { ...current.settings, overrideBasis: '领导同意即可' } },
      note: '无依据',
    });
    expect(vague.statusCode).toBe(400);
    expect(vague.json().error.message).toContain('须写明法规规章名称和条款');
    await setOverride(basis);
    try {
      const id = await readyCase();
      expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
      expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
      expect((await opinion(h, 'scjg.chenjing', id, 'problems', '适用法律不准确。')).statusCode).toBe(201);
      expect(
        (await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/review/disagreement`, { reason: '有异议。' }))
          .statusCode,
      ).toBe(200);
      const minority = await h.request(
        await h.token('scjg.juzhang'),
        'POST',
        `/api/v1/cases/${id}/review/discussions`,
        discussion(
          'decide-as-proposed',
          DISCUSSANTS.map((p) => ({ ...p, vote: p.name === '张建国' ? 'agree' : 'disagree' })),
        ),
      );
      expect(errorCode(minority)).toBe('REVIEW_STATE');
      expect(minority.json().error.message).toContain('不足半数');
      const held = await h.request(
        await h.token('scjg.juzhang'),
        'POST',
        `/api/v1/cases/${id}/review/discussions`,
        discussion('decide-as-proposed'),
      );
      expect(held.statusCode, held.body).toBe(201);
      expect(held.json().override).toMatchObject({ reviewerName: '陈静', round: 1, chairName: '张建国', proposalVersion: 1, basis });
      expect((await decide('scjg.juzhang', id)).statusCode).toBe(200);
      const r = await reviewOf(id);
      expect(r.clearance.basis).toBe('collective');
      expect(r.discussions[0].votes).toEqual({ agree: 2, disagree: 1, abstain: 0 });
      expect(r.trace.map((x: { act: string }) => x.act)).toContain('集体讨论（未采纳审核意见）');
      expect(r.trace.find((x: { act: string }) => x.act.startsWith('集体讨论')).detail).toContain('未采纳陈静第 1 轮审核意见');
      // the same trace as a page for people, the override marked
      const page = await h.request(await h.token('scjg.juzhang'), 'GET', `/api/v1/cases/${id}/review/trace`, undefined, {
        accept: 'text/html,application/xhtml+xml',
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(/<tr class="override">.*集体讨论（未采纳审核意见）.*张建国/);
      expect((await get('zhzf.juzhang', `/api/v1/cases/${id}/review/trace`)).statusCode).toBe(404);
      // the 司法局 sees it in its overview
      const overview = (await get('sfj.jiandu', '/api/v1/supervision/overview')).json();
      expect(overview.agencies.find((a: { agency: { id: string } }) => a.agency.id === agency).reviews.overrides).toBeGreaterThanOrEqual(1);
      expect(overview.totals.reviewOverrides).toBeGreaterThanOrEqual(1);
    } finally {
      await setOverride(null);
    }
  });

  it('after a return the handler records the 复核 the reviewer asked for, and the same proposal with changed materials is a new round; unchanged it is refused (issue 18 item 12)', async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'problems', '未对当事人的陈述申辩进行复核。')).statusCode).toBe(201);
    const unchanged = await submit(h, 'scjg.liming', id);
    expect(unchanged.statusCode).toBe(409);
    expect(unchanged.json().error.message).toBe('退回的拟作出决定和送审材料均未修改：须修改或补充后再提交法制审核，或者提请集体讨论');
    // the 复核 of the party's statement, recorded in the returned case (行政处罚法第四十五条)
    const recheck = await step('scjg.liming', id, 'record-defence', {
      ...recordTimes(h.clock.now()),
      statement: '当事人称不知酸奶已过期。经复核，其陈述不能成立。',
      adopted: false,
    });
    expect(recheck.statusCode, recheck.body).toBe(200);
    const again = await submit(h, 'scjg.liming', id);
    expect(again.statusCode, again.body).toBe(201);
    const r = await reviewOf(id);
    expect(r.rounds.map((x: { round: number; proposalVersion: number; status: string }) => [x.round, x.proposalVersion, x.status])).toEqual(
      [
        [1, 1, 'problems'],
        [2, 1, 'pending'],
      ],
    );
    // the 复核 is among the evidence the reviewer sees now; the review's own 意见书 is not evidence
    expect(r.rounds[1].materials.evidence.length).toBe(r.rounds[0].materials.evidence.length + 1);
    expect(JSON.stringify(r.rounds[1].materials.evidence.at(-1))).toContain('陈述申辩');
    expect(JSON.stringify(r.rounds[1].materials.evidence)).not.toContain('法制审核意见书');
    expect(r.rounds[1].materialsSha256).not.toBe(r.rounds[0].materialsSha256);
  });

  it('after the round limit the case goes to 集体讨论 instead of a further round', async () => {
    const id = await readyCase();
    for (const fine of [5000, 4500]) {
      const p = await propose(h, 'scjg.liming', id, penaltyProposal(fine));
      expect(p.statusCode, p.body).toBe(201);
      const s = await submit(h, 'scjg.liming', id);
      expect(s.statusCode, s.body).toBe(201);
      const o = await opinion(h, 'scjg.chenjing', id, 'problems');
      expect(o.statusCode, o.body).toBe(201);
    }
    const r = await reviewOf(id);
    expect(r.phase).toBe('collective');
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(4000))).statusCode).toBe(409);
    const back = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/review/discussions`, {
      heldOn: '2026-08-03',
      recorder: '孙丽',
      participants: [
        { name: '张建国', post: '局长', opinion: '补充证据后再定。', vote: 'disagree' },
        { name: '陈静', post: '法制科科长', opinion: '证据仍不足。', vote: 'disagree' },
        { name: '王芳', post: '执法队员', opinion: '同意补充调查。', vote: 'disagree' },
      ],
      conclusion: '退回承办人补充调查后重新提出。',
      outcome: 'revise',
    });
    expect(back.statusCode, back.body).toBe(201);
    expect((await reviewOf(id)).phase).toBe('returned');
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');
  });
});

describe('R-REV-2 change after review', () => {
  it("a new version after the review passed withdraws the clearance and needs review again; 吊销 (行政处罚法第五十七条第二款) also needs the heads' 集体讨论", async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    expect((await reviewOf(id)).phase).toBe('cleared');
    const v2 = await propose(
      h,
      'scjg.liming',
      id,
      penaltyProposal(5000, {
        sanctions: ['罚款', '吊销许可证件'],
        decision: { ...penaltyProposal(5000).decision, penalty: '罚款 5000 元，吊销食品经营许可证' },
      }),
    );
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().evaluation.fired.map((f: { id: string }) => f.id)).toContain('severe-sanction');
    const r = await reviewOf(id);
    expect(r.phase).toBe('to-submit');
    expect(r.clearance).toBeNull();
    expect(errorCode(await decide('scjg.juzhang', id))).toBe('REVIEW_REQUIRED');
    expect(errorCode(await decide('scjg.juzhang', id, penaltyProposal(5000).decision))).toBe('REVIEW_REQUIRED');
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    // 重大违法行为 (吊销许可证件): the review passed, and the heads' 集体讨论 decides (§57 二款)
    expect(v2.json().evaluation.collectiveRequired).toBe(true);
    expect((await reviewOf(id)).phase).toBe('collective');
    const early = await decide('scjg.juzhang', id);
    expect(errorCode(early)).toBe('REVIEW_REQUIRED');
    expect(early.json().error.message).toContain('待集体讨论');
    // the database's own second line: a decision entry carrying the review's clearance alone is refused
    const passed = await h.tdb.pool.query(
      `SELECT id FROM review_clearances WHERE case_id = $1 AND basis = 'review-passed' ORDER BY event_seq DESC LIMIT 1`,
      [id],
    );
    const forged = h.tdb.pool.query(
      `INSERT INTO case_events (agency_id, case_id, seq, kind, step, actor_id, at, inputs, prev_hash, hash)
       SELECT agency_id, id, last_event_seq + 1, 'case.step', 'decide', $2, now(), jsonb_build_object('review', jsonb_build_object('clearanceId', $3::text)), last_event_hash, '\\x00'
         FROM cases WHERE id = $1`,
      [id, h.user('scjg.head'), passed.rows[0].id],
    );
    await expect(forged).rejects.toThrow(/needs the heads' collective discussion/);
    const held = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/review/discussions`, {
      heldOn: '2026-08-03',
      recorder: '孙丽',
      participants: [
        { name: '张建国', post: '局长', opinion: '同意。', vote: 'agree' },
        { name: '马德华', post: '副局长', opinion: '同意。', vote: 'agree' },
        { name: '孙丽', post: '办公室主任', opinion: '同意。', vote: 'agree' },
      ],
      conclusion: '经集体讨论，同意罚款 5000 元并吊销食品经营许可证。',
      outcome: 'decide-as-proposed',
    });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json().override).toBeNull();
    expect((await reviewOf(id)).clearance.basis).toBe('collective');
    const d = await decide('scjg.juzhang', id);
    expect(d.statusCode, d.body).toBe(200);
    expect((await reviewOf(id)).decision.review.proposalVersion).toBe(2);
  });
});

describe('R-REV-1 catalog not requiring review', () => {
  it('a 扣押 under a catalog without 行政强制 is cleared at once, and still only as proposed, by a head', async () => {
    const res = await h.request(await h.token('zhzf.zhoujie'), 'POST', '/api/v1/cases', {
      procedure: 'coercion-seizure',
      title: '占道经营物品扣押',
      field: '城市管理',
      regionCode: '130433100',
      party: PERSON_A,
      officerIds: [h.user('zhzf.o1'), h.user('zhzf.o2')],
      inputs: {
        reason: '当事人经责令改正后仍占道经营。',
        legalBasis: '《河北省城市市容和环境卫生条例》第五十二条',
        property: '三轮车 1 辆',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect(errorCode(await step('zhzf.juzhang', id, 'approve', { opinion: '同意。' }))).toBe('REVIEW_REQUIRED');
    const p = await propose(h, 'zhzf.zhoujie', id, { step: 'approve', decision: { opinion: '同意实施扣押。' }, sanctions: ['扣押'] });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json().evaluation).toMatchObject({ required: false, fired: [] });
    const r = await reviewOf(id, 'zhzf.zhoujie');
    expect(r.phase).toBe('cleared');
    expect(r.clearance.basis).toBe('not-required');
    expect(errorCode(await step('zhzf.juzhang', id, 'approve', { opinion: '同意。' }))).toBe('REVIEW_STALE');
    const ok = await step('zhzf.juzhang', id, 'approve', {});
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('R-REV-2 the database layer refuses what the API refuses', () => {
  it('a decision event without clearance, a forged clearance, or edited opinions are refused by PostgreSQL itself', async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    const c = await h.tdb.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const forgeDecision = sql`
      INSERT INTO case_events (agency_id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash)
      VALUES (${c.agency_id}, ${id}, ${c.last_event_seq + 1}, 'case.step', 'decide', ${c.state}, 'decided', ${h.user('scjg.head')}, now(),
              ${JSON.stringify(penaltyProposal(5000).decision)}::jsonb, ${c.last_event_hash}, ${Buffer.alloc(32, 7)})`;
    await expect(forgeDecision.execute(h.tdb.db)).rejects.toThrow(/legal review: decision decide of case .* carries no clearance/);
    const forgeClearance = sql`
      INSERT INTO review_clearances (id, case_id, proposal_version, proposal_hash, basis, handler_ids, reviewer_ids, event_seq, created_at)
      SELECT gen_random_uuid(), case_id, version, proposal_hash, 'review-passed', '{}', '{}', 1, now() FROM case_proposals WHERE case_id = ${id}`;
    await expect(forgeClearance.execute(h.tdb.db)).rejects.toThrow(/legal review: no passed review/);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', id, 'problems')).statusCode).toBe(201);
    await expect(sql`UPDATE review_opinions SET conclusion = 'agree' WHERE case_id = ${id}`.execute(h.tdb.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM review_rounds WHERE case_id = ${id}`.execute(h.tdb.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE review_rounds SET status = 'agreed' WHERE case_id = ${id}`.execute(h.tdb.db)).rejects.toThrow(
      /already recorded/,
    );
    await expect(sql`UPDATE review_rounds SET materials = '{}'::jsonb WHERE case_id = ${id}`.execute(h.tdb.db)).rejects.toThrow(/frozen/);
    await expect(sql`UPDATE case_proposals SET proposal = '{}'::jsonb WHERE case_id = ${id}`.execute(h.tdb.db)).rejects.toThrow(
      /append-only/,
    );
    expect((await reviewOf(id)).phase).toBe('returned');
  });
});

describe('R-REV-5 time limits, R-REV-9 advisers and staffing', () => {
  it('the queue shows due dates, reminders and overdue rounds in working days', async () => {
    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const row = () => get('scjg.chenjing', '/api/v1/reviews').then((r) => r.json().find((x: { caseId: string }) => x.caseId === id));
    expect(await row()).toMatchObject({ round: 1, dueOn: '2026-08-17', overdue: false, remind: false });
    h.clock.advanceDays(11); // 2026-08-14, a Friday: the reminder is due
    try {
      expect(await row()).toMatchObject({ remind: true, overdue: false });
      h.clock.advanceDays(4); // 2026-08-18
      expect(await row()).toMatchObject({ overdue: true });
      const overdue = (await get('scjg.chenjing', '/api/v1/reviews?overdue=true')).json();
      expect(overdue.map((x: { caseId: string }) => x.caseId)).toContain(id);
    } finally {
      h.clock.advanceDays(-15);
    }
  });

  it('the 司法局 keeps the pool; a reviewer invites an adviser whose opinion goes into the 意见书', async () => {
    const byAgency = await h.request(await h.token('scjg.chenjing'), 'POST', '/api/v1/legal-advisers', {
      kind: 'counsel',
      name: '周律师',
      organisation: '某律师事务所',
      specialties: [],
      phone: '',
    });
    expect(byAgency.statusCode).toBe(403);
    const added = await h.request(await h.token('sfj.jiandu'), 'POST', '/api/v1/legal-advisers', {
      kind: 'public-lawyer',
      name: '林静',
      organisation: '馆陶县司法局公职律师办公室',
      specialties: ['行政处罚', '食品安全'],
      phone: '0310-1234567',
    });
    expect(added.statusCode, added.body).toBe(201);
    const adviserId = added.json().id as string;
    expect((await get('scjg.chenjing', '/api/v1/legal-advisers')).json().map((a: { id: string }) => a.id)).toContain(adviserId);

    const id = await readyCase();
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const invited = await h.request(await h.token('scjg.chenjing'), 'POST', `/api/v1/cases/${id}/review/advisers`, { adviserId });
    expect(invited.statusCode, invited.body).toBe(201);
    const again = await h.request(await h.token('scjg.chenjing'), 'POST', `/api/v1/cases/${id}/review/advisers`, { adviserId });
    expect(errorCode(again)).toBe('CONFLICT');
    const advice = await h.request(
      await h.token('scjg.chenjing'),
      'POST',
      `/api/v1/cases/${id}/review/advisers/${invited.json().id}/opinion`,
      { opinion: '事实清楚，裁量适当。' },
    );
    expect(advice.statusCode, advice.body).toBe(200);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    const r = await reviewOf(id);
    expect(r.rounds[0].advisers).toEqual([expect.objectContaining({ name: '林静', opinion: '事实清楚，裁量适当。' })]);
    // the 意见书 as entered in the record carries the adviser's opinion
    const entry = await h.tdb.db
      .selectFrom('case_events')
      .select('inputs')
      .where('case_id', '=', id)
      .where('kind', '=', 'case.document')
      .where(sql<string>`inputs->>'kind'`, '=', 'legal-review-opinion')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify((entry.inputs as { model: unknown }).model)).toContain('事实清楚，裁量适当。');
  });

  it('agencies with reviewers under 5% of their officers are flagged', async () => {
    const before = (await get('sfj.jiandu', '/api/v1/review-staffing')).json() as {
      agencyName: string;
      agencyId: string;
      officers: number;
      reviewers: number;
      flagged: boolean;
      required: number;
    }[];
    const scjg = before.find((r) => r.agencyId === h.agency('scjg'))!;
    expect(scjg.flagged).toBe(false);
    expect(scjg.reviewers).toBeGreaterThanOrEqual(1);
    // the agency hires officers until one reviewer per twenty is not enough
    const { password_hash, unit_id } = await h.tdb.db
      .selectFrom('users')
      .select(['password_hash', 'unit_id'])
      .where('id', '=', h.user('scjg.o2'))
      .executeTakeFirstOrThrow();
    const need = scjg.reviewers * 20 - scjg.officers + 1;
    await h.tdb.db
      .insertInto('users')
      .values(
        Array.from({ length: need }, (_, i) => ({
          agency_id: h.agency('scjg'),
          unit_id,
          username: `scjg.extra${i}`,
          display_name: `新队员${i}`,
          post: '执法队员',
          roles: ['officer'],
          password_hash,
          created_at: new Date(),
        })),
      )
      .execute();
    const after = (await get('sfj.jiandu', `/api/v1/agencies/${h.agency('scjg')}/review-staffing`)).json()[0];
    expect(after).toMatchObject({ officers: scjg.officers + need, reviewers: scjg.reviewers, flagged: true });
    expect(after.required).toBe(Math.ceil((scjg.officers + need) * 0.05));
  });
});
