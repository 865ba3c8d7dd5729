import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { penaltyProposal, propose, submit } from '../../test/review.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * 行政处罚一般程序 over the API along the paths issue 18 added (items 2, 5, 6, 7, 8): 立案 as the
 * head's act and 不予立案; the 核查 period extended before, not after, its end; 先行登记保存 on
 * the head's approval and its seven working days; the party's window from the 告知书's 送达;
 * 不予行政处罚 and 移送 as endings of their own, with their documents and nothing published.
 */

let h: Harness;
beforeAll(async () => {
  // Monday 2026-11-02, 10:00 Beijing
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
});
afterAll(async () => h?.close());
// each walk starts on Monday 2026-11-02, whatever the one before set the clock to
beforeEach(() => h?.clock.set('2026-11-02T02:00:00Z'));

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);
const step = (username: string, id: string, code: string, inputs: Record<string, unknown>) =>
  as(username, 'POST', `/api/v1/cases/${id}/steps`, { step: code, inputs });
const ok = async (username: string, id: string, code: string, inputs: Record<string, unknown>) => {
  const r = await step(username, id, code, inputs);
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
  return r.json();
};
const caseOf = async (id: string) => (await as('scjg.liming', 'GET', `/api/v1/cases/${id}`)).json();
const deadline = async (id: string, code: string) => (await caseOf(id)).deadlines.find((d: { code: string }) => d.code === code);
const publications = async (id: string) =>
  Number((await h.tdb.pool.query('SELECT count(*) AS n FROM publications WHERE case_id = $1', [id])).rows[0].n);
const two = () => ({ officers: [h.user('scjg.o1'), h.user('scjg.o2')] });

async function open(clueOn = '2026-10-26'): Promise<string> {
  const r = await as('scjg.liming', 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'complaint', clueOn, summary: '群众举报当事人销售过期食品。' },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

async function filed(): Promise<string> {
  const id = await open();
  await ok('scjg.juzhang', id, 'approve-filing', { opinion: '经核查，符合立案条件，同意立案。' });
  return id;
}

async function investigated(proposal: 'penalty' | 'no-penalty' | 'transfer'): Promise<string> {
  const id = await filed();
  await attachMedia(h, 'scjg.o1', id, 'inspect');
  await ok('scjg.liming', id, 'inspect', {
    ...recordTimes(h.clock.now()),
    ...two(),
    place: '惠民超市',
    findings: '货架上有超过保质期的酸奶 12 盒。',
  });
  await ok('scjg.liming', id, 'conclude-investigation', {
    facts: '当事人销售超过保质期的酸奶 12 盒。',
    evidence: '现场检查笔录、照片',
    violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    proposal,
  });
  return id;
}

describe('市场监管程序规定 §18, §20: 立案 is the head\u2019s act in the system', () => {
  it('市场监管程序规定 §20: an opened case waits for the head; the officers may verify the clue but not end the investigation', async () => {
    const id = await open();
    const c = await caseOf(id);
    expect(c.state.code).toBe('filing');
    expect(c.deadlines.find((d: { code: string }) => d.code === 'decide')).toBeUndefined();
    expect(await deadline(id, 'file')).toMatchObject({ startedOn: '2026-10-26', dueOn: '2026-11-16', state: 'running' });
    // 核查 before 立案: an inspection is allowed, the end of an investigation is not
    await attachMedia(h, 'scjg.o1', id, 'inspect');
    await ok('scjg.liming', id, 'inspect', { ...recordTimes(h.clock.now()), ...two(), place: '惠民超市', findings: '核查举报线索。' });
    const early = await step('scjg.liming', id, 'conclude-investigation', {
      facts: 'f',
      evidence: 'e',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: 'b',
      proposal: 'penalty',
    });
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('STEP_ORDER');
    // the officer cannot approve, and the opening takes no typed approver's name
    const self = await step('scjg.liming', id, 'approve-filing', { opinion: '同意' });
    expect(self.statusCode).toBe(403);
    const typed = await as('scjg.liming', 'POST', '/api/v1/cases', {
      procedure: 'penalty-general',
      title: 't',
      field: '市场监管',
      regionCode: '130433100',
      party: COMPANY_A,
      officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
      inputs: { source: 'inspection', clueOn: '2026-10-30', summary: 's', approvedBy: '张建国' },
    });
    expect(typed.statusCode).toBe(400);
    // the head approves: 立案 with identity and time, the 90-day clock starts that day
    await ok('scjg.juzhang', id, 'approve-filing', { opinion: '经核查，符合立案条件，同意立案。' });
    const after = await caseOf(id);
    expect(after.state.code).toBe('investigating');
    expect(after.history.at(-1)).toMatchObject({ step: 'approve-filing', actorName: '张建国', actorId: h.user('scjg.head') });
    expect(await deadline(id, 'file')).toMatchObject({ metOn: '2026-11-02', state: 'met' });
    expect(await deadline(id, 'decide')).toMatchObject({ startedOn: '2026-11-02', days: 90 });
  });

  it('市场监管程序规定 §18: the 核查 period is extended once by the head before it ends, never after; 不予立案 ends the case without a penalty', async () => {
    // clue on 2026-10-09: 15 working days end on 2026-10-30 — already passed on 2026-11-02
    const late = await open('2026-10-09');
    const refused = await step('scjg.juzhang', late, 'extend-filing', { reason: '需进一步核查' });
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('EXTENSION_NOT_ALLOWED');
    expect(refused.json().error.message).toMatch(/届满后不能再批准延长/);
    // clue on 2026-10-26: running until 2026-11-16; extended by 15 working days from the original end → 2026-12-07
    const id = await open('2026-10-26');
    await ok('scjg.juzhang', id, 'extend-filing', { reason: '需调取进货台账' });
    expect(await deadline(id, 'file')).toMatchObject({ dueOn: '2026-12-07', extensions: 1, state: 'running' });
    const twice = await step('scjg.juzhang', id, 'extend-filing', { reason: '再延' });
    expect(errorCode(twice)).toBe('EXTENSION_NOT_ALLOWED');
    await ok('scjg.juzhang', id, 'refuse-filing', { ground: 'no-violation', reason: '经核查，举报所涉酸奶在保质期内。' });
    expect((await caseOf(id)).state.code).toBe('not-filed');
    await ok('scjg.juzhang', id, 'close', { summary: '不予立案，结案。' });
    expect(await publications(id)).toBe(0);
  });
});

describe('行政处罚法 §56: 先行登记保存', () => {
  it('行政处罚法 §56: preserved only on the head\u2019s approval, dealt with within seven working days, the deadline shown', async () => {
    const id = await filed();
    await attachMedia(h, 'scjg.o1', id, 'preserve', 'video');
    const before = await step('scjg.liming', id, 'preserve', { ...two(), items: '过期酸奶 12 盒' });
    expect(before.statusCode).toBe(422);
    expect(before.json().error.message).toMatch(/负责人批准/);
    await ok('scjg.juzhang', id, 'approve-preserve', { items: '过期酸奶 12 盒', reason: '证据可能灭失' });
    await ok('scjg.liming', id, 'preserve', { ...two(), items: '过期酸奶 12 盒' });
    // 2026-11-02 + 7 working days = 2026-11-11
    expect(await deadline(id, 'preservation')).toMatchObject({ dueOn: '2026-11-11', state: 'running' });
    h.clock.set('2026-11-12T02:00:00Z');
    expect((await deadline(id, 'preservation')).state).toBe('overdue');
    await ok('scjg.juzhang', id, 'handle-preserved', { measure: 'release', detail: '已拍照固定，解除先行登记保存。' });
    expect(await deadline(id, 'preservation')).toMatchObject({ state: 'met-late', metOn: '2026-11-12' });
  });
});

describe('行政处罚法 §44, §64: the window runs from the 告知书\u2019s 送达', () => {
  it('行政处罚法 §44: no review before the window passed from the receipt; a 送达 dated before the 告知 or in the future is refused', async () => {
    const id = await investigated('penalty');
    await ok('scjg.liming', id, 'notify', {
      proposedPenalty: '罚款 5000 元',
      sanctions: [{ kind: '罚款', amount: 5000 }],
      proposedFine: 5000,
      hearingRight: true,
    });
    for (const deliveredOn of ['2026-11-01', '2026-11-03']) {
      const bad = await step('scjg.liming', id, 'deliver-notice', { deliveredOn, method: 'direct', recipient: '钱立新' });
      expect(bad.statusCode, deliveredOn).toBe(422);
    }
    const p = await propose(h, 'scjg.liming', id, penaltyProposal(5000));
    expect(p.statusCode, p.body).toBe(201);
    const unserved = await submit(h, 'scjg.liming', id);
    expect(unserved.statusCode).toBe(422);
    expect(unserved.json().error.message).toMatch(/告知书尚未送达/);
    await ok('scjg.wangfang', id, 'deliver-notice', {
      deliveredOn: '2026-11-02',
      method: 'mail',
      recipient: '钱立新',
      mailAddress: '馆陶县陶山街 201 号',
      trackingNumber: '1190012345678',
    });
    const again = await step('scjg.wangfang', id, 'deliver-notice', { deliveredOn: '2026-11-02', method: 'direct', recipient: '钱立新' });
    expect(again.statusCode).toBe(422);
    // received Monday 2026-11-02: five working days to 2026-11-09
    h.clock.set('2026-11-09T02:00:00Z');
    const open = await submit(h, 'scjg.liming', id);
    expect(open.statusCode).toBe(422);
    expect(open.json().error.message).toMatch(/2026-11-09 届满/);
    h.clock.set('2026-11-10T02:00:00Z');
    expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  });
});

describe('行政处罚法 §57: endings that are not penalties', () => {
  it('行政处罚法 §57(二): 不予行政处罚 with its legal ground, its own 决定书, delivered, closed, never published', async () => {
    const id = await investigated('no-penalty');
    // the penalty decision cannot carry it: decisionType is a penalty only
    const wrong = await step('scjg.juzhang', id, 'decide', {
      decisionType: 'no-penalty',
      facts: 'f',
      legalBasis: 'b',
      penalty: '不予处罚',
    });
    expect(wrong.statusCode).toBeGreaterThanOrEqual(400);
    await ok('scjg.juzhang', id, 'decide-no-penalty', {
      ground: 'first',
      facts: '当事人初次违法，货值 72 元，已下架销毁。',
      legalBasis: '《中华人民共和国行政处罚法》第三十三条第一款',
    });
    expect((await caseOf(id)).state.code).toBe('no-penalty');
    const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${id}/documents`, { kind: 'no-penalty-decision' });
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.json().title).toBe('不予行政处罚决定书');
    const penaltyDoc = await as('scjg.liming', 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
    expect(penaltyDoc.statusCode).toBe(409);
    await ok('scjg.liming', id, 'deliver-no-penalty', { deliveredOn: '2026-11-02', method: 'direct', recipient: '钱立新' });
    await ok('scjg.juzhang', id, 'close', { summary: '不予行政处罚，结案。' });
    expect(await publications(id)).toBe(0);
  });

  it('行政处罚法 §27, §57(四): 移送司法机关 by the head, with a 移送书; no 行政处罚决定书 and no CF_* publication', async () => {
    const id = await investigated('transfer');
    const byOfficer = await step('scjg.liming', id, 'transfer', {
      kind: 'judicial',
      receiver: '馆陶县公安局',
      reason: 'r',
      materials: 'm',
    });
    expect(byOfficer.statusCode).toBe(403);
    await ok('scjg.juzhang', id, 'transfer', {
      kind: 'judicial',
      receiver: '馆陶县公安局',
      reason: '货值金额五万元以上，涉嫌生产、销售不符合安全标准的食品罪。',
      materials: '移送审批表、涉案物品清单、检验报告、询问笔录',
    });
    const c = await caseOf(id);
    expect(c.state.code).toBe('transferred');
    expect(c.deadlines.find((d: { code: string }) => d.code === 'decide')).toMatchObject({ metOn: '2026-11-02' });
    const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${id}/documents`, { kind: 'case-transfer' });
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.json().title).toBe('涉嫌犯罪案件移送书');
    expect((await as('scjg.liming', 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' })).statusCode).toBe(409);
    await ok('scjg.juzhang', id, 'close', { summary: '已移送公安机关，结案。' });
    expect(await publications(id)).toBe(0);
  });
});
