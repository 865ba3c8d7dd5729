import { expect } from 'vitest';
import type { PartyInput } from '@sanxiang/domain';
import type { Harness } from './harness.ts';
import { attachMedia } from './evidence.ts';
import { approveFiling } from './filing.ts';
import { recordTimes } from './record-times.ts';

/** A penalty case up to the 告知 (on the harness's day), and its 行政处罚告知书 with the access code. */
export async function notifiedCase(h: Harness, party: PartyInput, hearingRight: boolean) {
  const t = await h.token('scjg.liming');
  const id = (
    await h.request(t, 'POST', '/api/v1/cases', {
      procedure: 'penalty-general',
      title: '销售过期食品案',
      field: '市场监管',
      regionCode: '130433100',
      party,
      officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
      inputs: { source: 'inspection', clueOn: '2026-09-28', summary: '检查发现过期食品。' },
    })
  ).json().id as string;
  await approveFiling(h, id);
  const two = { officers: [h.user('scjg.o1'), h.user('scjg.o2')] };
  await attachMedia(h, 'scjg.o1', id, 'inspect');
  for (const [step, inputs] of [
    ['inspect', { ...two, place: '惠民超市', ...recordTimes(h.clock.now()), findings: '发现过期酸奶 12 盒。' }],
    [
      'conclude-investigation',
      {
        facts: '销售超过保质期的酸奶 12 盒。',
        evidence: '现场检查笔录、照片',
        violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
        proposal: 'penalty',
      },
    ],
    ['notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight }],
  ] as const) {
    const r = await h.request(t, 'POST', `/api/v1/cases/${id}/steps`, { step, inputs });
    expect(r.statusCode, r.body).toBe(200);
  }
  const notice = await h.request(t, 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-notice' });
  expect(notice.statusCode, notice.body).toBe(201);
  const doc = notice.json();
  const number = (await h.request(t, 'GET', `/api/v1/cases/${id}`)).json().number as string;
  return { id, number, doc, code: doc.partyAccess?.code as string };
}
