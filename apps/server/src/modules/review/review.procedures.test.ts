import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURES } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * R-REV-3, issue 18 item 13: every decision the catalog can send to 法制审核 (every step gated by
 * legal review, in every procedure) goes through proposal, submission, 审核意见 and the decision
 * without an error — including procedures that have no review steps of their own (查封扣押, 行政许可).
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
});
afterAll(async () => h?.close());

async function step(username: string, caseId: string, code: string, inputs: Record<string, unknown>) {
  const r = await h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/steps`, { step: code, inputs });
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
}

async function open(procedure: string, title: string, inputs: Record<string, unknown>, officers = ['scjg.o1', 'scjg.o2']) {
  const res = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
    procedure,
    title,
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers.map((o) => h.user(o)),
    inputs,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  // the 证据清单 the submission needs (R-REV-4)
  await attachMedia(h, 'scjg.o1', id, null);
  return id;
}

const seizureInputs = {
  reason: '涉嫌销售假冒注册商标的商品。',
  legalBasis: '《中华人民共和国商标法》第六十二条',
  property: '涉嫌侵权白酒 120 瓶',
};

async function seizureImposed(): Promise<string> {
  const id = await open('coercion-seizure', '涉嫌侵权白酒扣押', seizureInputs);
  await passReview(id, { step: 'approve', decision: { opinion: '同意实施扣押。' }, sanctions: ['扣押'] });
  await step('scjg.juzhang', id, 'approve', {});
  await attachMedia(h, 'scjg.o1', id, 'impose', 'video');
  const officers = [h.user('scjg.o1'), h.user('scjg.o2')];
  await step('scjg.liming', id, 'impose', {
    ...recordTimes(h.clock.now()),
    officers,
    place: '惠民超市仓库',
    items: '白酒 120 瓶',
    partyPresent: true,
  });
  return id;
}

async function licenseExamined(): Promise<string> {
  const id = await open(
    'license',
    '食品经营许可（新办）',
    { item: '食品经营许可', appliedOn: '2026-07-31', materials: '申请书、营业执照' },
    ['scjg.o1'],
  );
  await step('scjg.liming', id, 'accept', { acceptedOn: '2026-08-03', note: '材料齐全，予以受理。' });
  await step('scjg.liming', id, 'examine', { opinion: '符合条件。' });
  return id;
}

/** Propose (flagged 涉及重大公共利益, so any catalog sends it to review), submit, and agree: each answer must succeed. */
async function passReview(id: string, proposal: Record<string, unknown>) {
  const p = await propose(h, 'scjg.liming', id, { ...proposal, flags: { publicInterest: true } });
  expect(p.statusCode, p.body).toBe(201);
  expect(p.json().evaluation.required).toBe(true);
  const s = await submit(h, 'scjg.liming', id);
  expect(s.statusCode, s.body).toBe(201);
  const o = await opinion(h, 'scjg.chenjing', id, 'agree');
  expect(o.statusCode, o.body).toBe(201);
}

/** For each gated step: a case brought to it, the proposal for it, and who takes it. */
const PATHS: Record<string, { ready: () => Promise<string>; proposal: Record<string, unknown>; inputs?: Record<string, unknown> }> = {
  'penalty-general/decide': { ready: () => readyPenaltyCase(h), proposal: penaltyProposal(5000) },
  'coercion-seizure/approve': {
    ready: () => open('coercion-seizure', '涉嫌侵权白酒扣押', seizureInputs),
    proposal: { step: 'approve', decision: { opinion: '同意实施扣押。' }, sanctions: ['扣押'] },
  },
  'coercion-seizure/dispose': {
    ready: seizureImposed,
    proposal: {
      step: 'dispose',
      decision: { disposal: 'confiscate', decision: '依法没收扣押的侵权白酒 120 瓶。' },
      sanctions: ['没收非法财物'],
    },
  },
  'license/grant': {
    ready: licenseExamined,
    proposal: { step: 'grant', decision: { licenceNumber: 'JY11304330000001', scope: '预包装食品销售', validTo: '2031-08-02' } },
  },
  'license/deny': {
    ready: licenseExamined,
    proposal: { step: 'deny', decision: { reason: '经营场所与住宅未有效隔离，不符合食品经营许可条件。' } },
  },
};

const GATED = PROCEDURES.flatMap((p) => p.steps.filter((s) => s.gate === 'legal-review').map((s) => `${p.code}/${s.code}`));

describe('R-REV-3 every procedure the catalog can send to review goes through review (issue 18 item 13)', () => {
  it('this test walks every step gated by legal review', () => {
    expect(Object.keys(PATHS).sort()).toEqual([...GATED].sort());
  });

  // coercion-seizure/dispose is the case's second reviewed decision, after the reviewed approval:
  // it gets its own proposal, round and clearance
  it.each(GATED)('%s: proposal, submission, 审核意见 and the decision answer without an error', (gated) => walk(gated));

  it('a second reviewed decision in one case (扣押 批准, then 处理决定): its own round, and the gate looks at ITS proposal', async () => {
    const id = await seizureImposed();
    const token = await h.token('scjg.liming');
    const review = async () => (await h.request(token, 'GET', `/api/v1/cases/${id}/review`)).json();
    expect((await review()).phase).toBe('decided');
    // the approval already made is not proposed again
    const again = await propose(h, 'scjg.liming', id, { step: 'approve', decision: {}, sanctions: ['扣押'] });
    expect(errorCode(again), again.body).toBe('REVIEW_STATE');
    // the 处理决定 is refused until its own proposal is cleared: the approval's clearance does not count
    const early = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/steps`, {
      step: 'dispose',
      inputs: { disposal: 'confiscate', decision: '依法没收。' },
    });
    expect(errorCode(early)).toBe('REVIEW_REQUIRED');
    const p = await propose(h, 'scjg.liming', id, { ...PATHS['coercion-seizure/dispose']!.proposal, flags: { publicInterest: true } });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json().version).toBe(2);
    expect((await review()).phase).toBe('to-submit');
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
    const o = await opinion(h, 'scjg.chenjing', id, 'agree');
    expect(o.statusCode, o.body).toBe(201);
    await step('scjg.juzhang', id, 'dispose', {});
    const done = await review();
    expect(done.phase).toBe('decided');
    expect(done.rounds.map((r: { proposalVersion: number; status: string }) => [r.proposalVersion, r.status])).toEqual([
      [1, 'agreed'],
      [2, 'agreed'],
    ]);
  });
});

async function walk(gated: string) {
  const path = PATHS[gated]!;
  const id = await path.ready();
  await passReview(id, path.proposal);
  const review = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/review`)).json();
  expect(review.phase).toBe('cleared');
  await step('scjg.juzhang', id, String(path.proposal['step']), {});
}
