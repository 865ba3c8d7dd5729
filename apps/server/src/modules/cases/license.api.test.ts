import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';

/**
 * 行政许可 over the API (issue 18 item 5): the twenty working days of 《行政许可法》第四十二条 from the
 * 受理日期, the head's ten-day extension before (not after) the end, and the §45 pause.
 */

let h: Harness;
beforeAll(async () => {
  // Wednesday 2026-04-01, 10:00 Beijing
  h = await createHarness({ now: '2026-04-01T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);
const step = (username: string, id: string, code: string, inputs: Record<string, unknown>) =>
  as(username, 'POST', `/api/v1/cases/${id}/steps`, { step: code, inputs });
const ok = async (username: string, id: string, code: string, inputs: Record<string, unknown>) => {
  const r = await step(username, id, code, inputs);
  expect(r.statusCode, `${code}: ${r.body}`).toBe(200);
};
const decision = async (id: string) =>
  (await as('scjg.liming', 'GET', `/api/v1/cases/${id}`)).json().deadlines.find((d: { code: string }) => d.code === 'decision');
const at = (day: string) => h.clock.set(`${day}T02:00:00Z`);

async function accepted(): Promise<string> {
  at('2026-04-01');
  const res = await as('scjg.liming', 'POST', '/api/v1/cases', {
    procedure: 'license',
    title: '食品经营许可（新办）',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1')],
    inputs: { item: '食品经营许可', appliedOn: '2026-04-01', materials: '申请书、营业执照' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await ok('scjg.liming', id, 'accept', { acceptedOn: '2026-04-01', note: '材料齐全，予以受理。' });
  return id;
}

describe('行政许可法 §42, §45 over the API', () => {
  it('行政许可法 §42: 20 working days from the 受理日期 2026-04-01 end on 2026-04-30 (across 清明节)', async () => {
    const id = await accepted();
    expect(await decision(id)).toMatchObject({ startedOn: '2026-04-01', dueOn: '2026-04-30', state: 'running', unit: 'working' });
    const future = await step('scjg.liming', await accepted(), 'extend-decision', { reason: 'x' });
    expect(errorCode(future)).toBe('FORBIDDEN_ROLE');
  });

  it('行政许可法 §45: an expert review from 04-13 to 04-20 is not counted; §42: the head extends once, from that end (→ 2026-05-25)', async () => {
    const id = await accepted();
    at('2026-04-13');
    await ok('scjg.liming', id, 'suspend-count', { cause: 'expert-review', detail: '组织专家评审', notifiedOn: '2026-04-13' });
    at('2026-04-15');
    expect((await decision(id)).state).toBe('paused');
    at('2026-04-20');
    await ok('scjg.liming', id, 'resume-count', { result: '专家评审意见：符合条件' });
    expect(await decision(id)).toMatchObject({ dueOn: '2026-05-11', state: 'running' });
    at('2026-05-06');
    await ok('scjg.juzhang', id, 'extend-decision', { reason: '需补充审查经营场所' });
    expect(await decision(id)).toMatchObject({ dueOn: '2026-05-25', extended: true });
    const again = await step('scjg.juzhang', id, 'extend-decision', { reason: '再延' });
    expect(again.statusCode).toBe(422);
    expect(errorCode(again)).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('行政许可法 §42: after the twenty days have ended the extension is refused (422), the case overdue', async () => {
    const id = await accepted();
    at('2026-05-06');
    const late = await step('scjg.juzhang', id, 'extend-decision', { reason: '情况复杂' });
    expect(late.statusCode, late.body).toBe(422);
    expect(errorCode(late)).toBe('EXTENSION_NOT_ALLOWED');
    expect((await decision(id)).state).toBe('overdue');
  });
});
