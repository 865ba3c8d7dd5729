import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { propose } from '../../test/review.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * 行政强制（查封扣押）over the API (issue 18 items 5, 8, 9): the §19 emergency path, the §25
 * extension before and after expiry, approvals as the head's own acts, and the approval going
 * through legal review only where the agency's catalog lists it. The 综合执法局's catalog (demo)
 * leaves 查封扣押 out; the 市场监管局 judges under the default catalog, which lists 行政强制.
 */

let h: Harness;
beforeAll(async () => {
  // Tuesday 2025-09-02, 10:00 Beijing
  h = await createHarness({ now: '2025-09-02T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);
const step = (username: string, id: string, code: string, inputs: Record<string, unknown>) =>
  as(username, 'POST', `/api/v1/cases/${id}/steps`, { step: code, inputs });
const ok = async (username: string, id: string, code: string, inputs: Record<string, unknown>) => {
  const r = await step(username, id, code, inputs);
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
  return r.json();
};
const caseOf = async (id: string) => (await as('zhzf.zhoujie', 'GET', `/api/v1/cases/${id}`)).json();
const deadline = async (id: string, code: string) => (await caseOf(id)).deadlines.find((d: { code: string }) => d.code === code);

async function open(agency: 'zhzf' | 'scjg' = 'zhzf'): Promise<string> {
  const [opener, officers, field] =
    agency === 'zhzf' ? ['zhzf.zhoujie', ['zhzf.o1', 'zhzf.o2'], '城市管理'] : ['scjg.liming', ['scjg.o1', 'scjg.o2'], '市场监管'];
  const res = await as(opener, 'POST', '/api/v1/cases', {
    procedure: 'coercion-seizure',
    title: '占道经营物品扣押',
    field,
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers.map((o) => h.user(o)),
    inputs: { reason: '经责令改正后仍占道经营。', legalBasis: '《河北省城市市容和环境卫生条例》第五十二条', property: '三轮车 1 辆' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const two = () => [h.user('zhzf.o1'), h.user('zhzf.o2')];
/** What the officers record when they impose the measure: its 现场笔录's real start and end included (R-REC-2). */
const seized = () => ({ officers: two(), place: '平安大街北段', items: '三轮车 1 辆', partyPresent: true, ...recordTimes(h.clock.now()) });

async function imposed(): Promise<string> {
  const id = await open();
  // the 综合执法局's catalog does not list 查封扣押: the approval is cleared at once, no review round
  const p = await propose(h, 'zhzf.zhoujie', id, { step: 'approve', decision: {}, sanctions: ['扣押'] });
  expect(p.statusCode, p.body).toBe(201);
  expect(p.json().evaluation.required).toBe(false);
  await ok('zhzf.juzhang', id, 'approve', {});
  await attachMedia(h, 'zhzf.o1', id, 'impose', 'video');
  await ok('zhzf.zhoujie', id, 'impose', seized());
  return id;
}

describe('行政强制法 §18(一), R-REV-1: the approval goes through legal review only where the catalog lists it', () => {
  it('行政强制法 §18(一): with a catalog that leaves 查封扣押 out, the head approves with no review round', async () => {
    const id = await imposed();
    const review = (await as('zhzf.zhoujie', 'GET', `/api/v1/cases/${id}/review`)).json();
    expect(review.rounds).toEqual([]);
    const events = (await as('zhzf.zhoujie', 'GET', `/api/v1/cases/${id}/events?reason=${encodeURIComponent('核对批准记录')}`)).json();
    const approve = events.events.find((e: { step: string | null }) => e.step === 'approve');
    // the approval is the head's act: who and when, not a typed name
    expect(approve).toMatchObject({ actorId: h.user('zhzf.head'), actorName: '吴海军' });
    expect(approve.at).toBeTruthy();
  });

  it('R-REV-1: where the catalog lists 行政强制 (default catalog), the approval waits for a passed review', async () => {
    const id = await open('scjg');
    expect(errorCode(await step('scjg.juzhang', id, 'approve', {}))).toBe('REVIEW_REQUIRED');
    const p = await propose(h, 'scjg.liming', id, { step: 'approve', decision: {}, sanctions: ['扣押'] });
    expect(p.json().evaluation.required).toBe(true);
    expect(errorCode(await step('scjg.juzhang', id, 'approve', {}))).toBe('REVIEW_REQUIRED');
  });
});

describe('行政强制法 §25: one extension by the head, before expiry', () => {
  it('行政强制法 §25: 30 days from 2025-09-02 end in 国庆节 → 2025-10-09; an officer cannot extend; the head can, once, from the original end', async () => {
    const id = await imposed();
    expect(await deadline(id, 'measure')).toMatchObject({ startedOn: '2025-09-02', dueOn: '2025-10-09', state: 'running' });
    expect(errorCode(await step('zhzf.zhoujie', id, 'extend', { reason: '情况复杂' }))).toBe('FORBIDDEN_ROLE');
    h.clock.set('2025-09-30T02:00:00Z');
    try {
      await ok('zhzf.juzhang', id, 'extend', { reason: '需对扣押物品进行检验，情况复杂' });
      // 2025-10-02 + 30 = 2025-11-01 (Saturday) → 2025-11-03
      expect(await deadline(id, 'measure')).toMatchObject({ dueOn: '2025-11-03', extended: true });
      const again = await step('zhzf.juzhang', id, 'extend', { reason: '仍需检验' });
      expect(again.statusCode).toBe(422);
      expect(errorCode(again)).toBe('EXTENSION_NOT_ALLOWED');
    } finally {
      h.clock.set('2025-09-02T02:00:00Z');
    }
  });

  it('行政强制法 §25: after the period has ended, an extension is refused (422) and the measure is overdue', async () => {
    const id = await imposed();
    h.clock.set('2025-10-10T02:00:00Z');
    try {
      const late = await step('zhzf.juzhang', id, 'extend', { reason: '情况复杂' });
      expect(late.statusCode, late.body).toBe(422);
      expect(errorCode(late)).toBe('EXTENSION_NOT_ALLOWED');
      expect((await deadline(id, 'measure')).state).toBe('overdue');
      // §28: lifted, the things are returned in the same act
      await attachMedia(h, 'zhzf.o1', id, 'release', 'video');
      await ok('zhzf.zhoujie', id, 'release', { officers: two(), reason: 'expired', returned: '三轮车 1 辆' });
      expect(await deadline(id, 'measure')).toMatchObject({ state: 'met-late', metOn: '2025-10-10' });
    } finally {
      h.clock.set('2025-09-02T02:00:00Z');
    }
  });
});

describe('行政强制法 §19: 情况紧急，当场实施', () => {
  it('行政强制法 §19: imposed on the spot, reported the next day, approved after the fact by the head; the 30 days run from the spot', async () => {
    const id = await open();
    await attachMedia(h, 'zhzf.o1', id, 'impose-emergency', 'video');
    const r = await ok('zhzf.zhoujie', id, 'impose-emergency', { urgency: '当事人正在转移涉案物品', ...seized() });
    expect(r.state).toBe('emergency-imposed');
    expect(await deadline(id, 'emergency-report')).toMatchObject({ dueOn: '2025-09-03', state: 'running' });
    // the head cannot approve what was not reported; nothing is disposed of before approval
    expect(errorCode(await step('zhzf.juzhang', id, 'approve-emergency', {}))).toBe('STEP_ORDER');
    h.clock.set('2025-09-03T01:00:00Z');
    try {
      await ok('zhzf.zhoujie', id, 'report-emergency', { report: '2025-09-02 当场扣押三轮车 1 辆，理由和依据见审批表。' });
      expect((await deadline(id, 'emergency-report')).state).toBe('met');
      expect(errorCode(await step('zhzf.zhoujie', id, 'approve-emergency', {}))).toBe('FORBIDDEN_ROLE');
      expect((await ok('zhzf.juzhang', id, 'approve-emergency', { opinion: '同意，补办批准手续。' })).state).toBe('emergency-approved');
      expect(await deadline(id, 'measure-emergency')).toMatchObject({ startedOn: '2025-09-02', dueOn: '2025-10-09' });
      await ok('zhzf.juzhang', id, 'extend-emergency', { reason: '情况复杂' });
      expect(await deadline(id, 'measure-emergency')).toMatchObject({ dueOn: '2025-11-03', extended: true });
    } finally {
      h.clock.set('2025-09-02T02:00:00Z');
    }
  });

  it('行政强制法 §19: a head who finds the measure should not stand orders it lifted at once, and the officers return the things', async () => {
    const id = await open();
    await attachMedia(h, 'zhzf.o1', id, 'impose-emergency', 'video');
    await ok('zhzf.zhoujie', id, 'impose-emergency', {
      urgency: '当事人正在转移涉案物品',
      ...seized(),
      partyPresent: false,
      witness: '社区网格员刘某',
    });
    await ok('zhzf.zhoujie', id, 'report-emergency', { report: '当场扣押三轮车 1 辆。' });
    expect((await ok('zhzf.juzhang', id, 'order-release', { reason: '当事人已自行清理，无需扣押' })).state).toBe('release-ordered');
    // the head's list shows it as an order carried out by the officers
    await attachMedia(h, 'zhzf.o1', id, 'release', 'video');
    const released = await ok('zhzf.zhoujie', id, 'release', { officers: two(), reason: 'not-approved', returned: '三轮车 1 辆' });
    expect(released.state).toBe('released');
  });

  it('行政强制法 §18(九): the party absent and no witness — refused with the article, not a 500', async () => {
    const id = await open();
    await attachMedia(h, 'zhzf.o1', id, 'impose-emergency', 'video');
    const r = await step('zhzf.zhoujie', id, 'impose-emergency', { urgency: '转移物品', ...seized(), partyPresent: false });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.message).toContain('第十八条第（九）项');
  });
});
