import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { PERSON_A } from '../../demo/demo-cases.ts';
import { notifiedCase } from '../../test/party.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';

/**
 * 行政处罚法 §63 (the 告知's hearing right follows from the proposed penalty), §44/§45 (a new 告知书
 * opens a new window), §45 二款/§62 (no heavier penalty than notified, every sanction compared),
 * walked through the API as officers, the party and the head take them.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 120_000);
afterAll(async () => h?.close());

async function step(username: string, caseId: string, code: string, inputs: Record<string, unknown> = {}) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/steps`, { step: code, inputs });
}

const REVOKE = { kind: '吊销许可证件', detail: '食品经营许可证' };
const FINE = { kind: '罚款', amount: 5000 };

/** The review proposal of a decision with these sanctions. */
function proposalWith(sanctions: { kind: string; amount?: number; detail?: string }[]) {
  const p = penaltyProposal(5000);
  return { ...p, decision: { ...p.decision, penalty: '罚款 5000 元，吊销食品经营许可证', sanctions }, sanctions: ['罚款', '吊销许可证件'] };
}

describe('行政处罚法第六十三条 the hearing right of the 告知', () => {
  it('行政处罚法第六十三条: 对法人罚款 10 万元、吊销许可证件须告知听证权利; the 告知 is refused without it', async () => {
    const id = await readyPenaltyCase(h);
    for (const sanctions of [[{ kind: '罚款', amount: 100_000 }], [FINE, REVOKE]]) {
      const refused = await step('scjg.liming', id, 'notify', { proposedPenalty: '拟处罚', sanctions, hearingRight: false });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(errorCode(refused)).toBe('STEP_GUARD_FAILED');
      expect(refused.json().error.message).toContain('第六十三条');
    }
    const below = await step('scjg.liming', id, 'notify', {
      proposedPenalty: '罚款 99999 元',
      sanctions: [{ kind: '罚款', amount: 99_999 }],
      hearingRight: false,
    });
    expect(below.statusCode, below.body).toBe(200);
    const bad = await step('scjg.liming', id, 'notify', {
      proposedPenalty: 'p',
      sanctions: [{ kind: '吊销许可证件' }],
      hearingRight: true,
    });
    expect(errorCode(bad)).toBe('STEP_INPUT_INVALID');
    expect(bad.json().error.message).toContain('许可证件名称');
  });

  it('行政处罚法第六十四条: the party area offers the hearing request only where the notice gave the right', async () => {
    const { code, number } = await notifiedCase(h, PERSON_A, false);
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/party/sign-in',
      payload: new URLSearchParams({ caseNumber: number, code }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(signIn.statusCode, signIn.body).toBe(303);
    const cookie = /sx_party=[^;]+/.exec(String(signIn.headers['set-cookie']))![0];
    const page = await h.app.inject({ method: 'GET', url: '/party/case', headers: { cookie } });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('罚款 5,000 元');
    expect(page.body).toContain('拟作出的处罚不属于应当告知听证权利的情形');
  });
});

describe('行政处罚法第四十四条、第四十五条 re-notification and no heavier penalty', () => {
  it('行政处罚法第四十五条第二款: a proposal adding 吊销许可证件 to the notified fine is not sent to review; re-notify first', async () => {
    const id = await readyPenaltyCase(h);
    expect((await propose(h, 'scjg.liming', id, proposalWith([FINE, REVOKE]))).statusCode).toBe(201);
    const s = await submit(h, 'scjg.liming', id);
    expect(s.statusCode, s.body).toBe(422);
    expect(errorCode(s)).toBe('STEP_GUARD_FAILED');
    expect(s.json().error.message).toContain('告知书未载明的「吊销许可证件（食品经营许可证）」');
    expect((await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/review`)).json().rounds).toEqual([]);
  });

  it('行政处罚法第四十四条、第四十五条: notify → re-notify → decide; the waiver given to the first notice does not open the way', async () => {
    const id = await readyPenaltyCase(h); // notified 罚款 5000 元, the party waived
    const again = await step('scjg.liming', id, 'notify', {
      proposedPenalty: '罚款 5000 元，吊销食品经营许可证',
      sanctions: [FINE, REVOKE],
      hearingRight: true,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().state).toBe('notified');
    expect((await propose(h, 'scjg.liming', id, proposalWith([FINE, REVOKE]))).statusCode).toBe(201);
    const early = await submit(h, 'scjg.liming', id);
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().error.message).toContain('期限尚未届满');
    // the party waives on THIS notice
    expect((await step('scjg.liming', id, 'waive', { statement: '当事人收到新的告知书后放弃陈述申辩和听证。' })).statusCode).toBe(200);
    const s = await submit(h, 'scjg.liming', id);
    expect(s.statusCode, s.body).toBe(201);
    expect((s.json().findings as { message: string }[]).some((f) => f.message === '拟处罚未重于告知的处罚')).toBe(true);
    expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
    // 吊销许可证件 is one the catalog sends to 集体讨论
    const held = await h.request(await h.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/review/discussions`, {
      heldOn: h.clock.now().toISOString().slice(0, 10),
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
    const d = await step('scjg.juzhang', id, 'decide');
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json().state).toBe('decided');
  });
});
