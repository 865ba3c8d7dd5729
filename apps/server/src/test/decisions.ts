import { expect } from 'vitest';
import { COMPANY_A } from '../demo/demo-cases.ts';
import type { Harness } from './harness.ts';
import { attachMedia } from './evidence.ts';
import { opinion, propose, submit } from './review.ts';
import { recordTimes } from './record-times.ts';

/** Test helpers for decisions of 市场监管局 taken as proposed and published: licences and the publisher's act. */

const as = async (h: Harness, username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

/** A 食品经营许可 application received 2026-09-24, accepted on the 25th and examined with `examination`. */
export async function examinedLicence(h: Harness, examination: string): Promise<string> {
  const res = await as(h, 'scjg.liming', 'POST', '/api/v1/cases', {
    procedure: 'license',
    title: '食品经营许可（新办）',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1')],
    inputs: { item: '食品经营许可', appliedOn: '2026-09-24', materials: '申请书、营业执照' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await attachMedia(h, 'scjg.o1', id, null);
  for (const [step, inputs] of [
    ['accept', { acceptedOn: '2026-09-25', note: '材料齐全，予以受理。' }],
    ['examine', { opinion: examination }],
  ] as const) {
    const r = await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${id}/steps`, { step, inputs });
    expect(r.statusCode, r.body).toBe(200);
  }
  return id;
}

/** The decision as proposed, reviewed where the catalog asks, then taken by the head (scjg.juzhang). */
export async function decideAsProposed(h: Harness, caseId: string, proposal: Record<string, unknown>, flags: Record<string, boolean> = {}) {
  const p = await propose(h, 'scjg.liming', caseId, { ...proposal, flags });
  expect(p.statusCode, p.body).toBe(201);
  if (p.json().evaluation.required) {
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
  }
  const d = await as(h, 'scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: proposal['step'], inputs: {} });
  expect(d.statusCode, d.body).toBe(200);
}

/** The agency's 公示管理员 (default scjg.gongshi) publishes the case's pending record; its id. */
export async function publishCase(h: Harness, caseId: string, publisher = 'scjg.gongshi'): Promise<string> {
  const list = (await as(h, publisher, 'GET', '/api/v1/publications')).json();
  const id = list.items.find((i: { caseId: string }) => i.caseId === caseId).id as string;
  const r = await as(h, publisher, 'POST', `/api/v1/publications/${id}/publish`, {});
  expect(r.statusCode, r.body).toBe(200);
  return id;
}

/**
 * A 扣押 of the 综合执法局 (城市管理, the national publication rules): approved by its head (the
 * catalog does not send it to review), imposed with its recording, and published by zhzf.gongshi.
 */
export async function publishedCitySeizure(h: Harness): Promise<{ caseId: string; pubId: string }> {
  const res = await as(h, 'zhzf.zhoujie', 'POST', '/api/v1/cases', {
    procedure: 'coercion-seizure',
    title: '占道经营物品扣押',
    field: '城市管理',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('zhzf.o1'), h.user('zhzf.o2')],
    inputs: { reason: '经责令改正后仍占道经营。', legalBasis: '《河北省城市市容和环境卫生条例》第五十二条', property: '三轮车 1 辆' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const caseId = res.json().id as string;
  const p = await propose(h, 'zhzf.zhoujie', caseId, { step: 'approve', decision: { opinion: '同意实施扣押。' }, sanctions: ['扣押'] });
  expect(p.statusCode, p.body).toBe(201);
  expect((await as(h, 'zhzf.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'approve', inputs: {} })).statusCode).toBe(200);
  await attachMedia(h, 'zhzf.o1', caseId, 'impose', 'video');
  const imposed = await as(h, 'zhzf.zhoujie', 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'impose',
    inputs: {
      officers: [h.user('zhzf.o1'), h.user('zhzf.o2')],
      place: '平安大街',
      items: '三轮车 1 辆',
      partyPresent: true,
      ...recordTimes(h.clock.now()),
    },
  });
  expect(imposed.statusCode, imposed.body).toBe(200);
  return { caseId, pubId: await publishCase(h, caseId, 'zhzf.gongshi') };
}
