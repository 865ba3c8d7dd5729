import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { runDemoCases } from '../../test/demo-cases.ts';
import { SCJG_BENCHMARKS } from '../../demo/demo-benchmarks.ts';
import { SUBMISSION, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';

/** 行政处罚裁量基准 and 类案推送 over the API (R-REV-10), with the demo's decided cases as the agency's practice. */

let h: Harness;
let archived: string;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  archived = (await runDemoCases(h)).find((c) => c.scenario.title === '销售过期食品案')!.id;
});
afterAll(async () => h?.close());

const expired = (fine: number, grade: string | null, reasoning = '') =>
  penaltyProposal(fine, {
    discretion: { violation: 'food-expired-small', grade, baseAmount: 96, reasoning },
    decision: { ...penaltyProposal(fine).decision, facts: '当事人在超市销售超过保质期的酸奶。' },
  });

describe('R-REV-10 discretion benchmarks', () => {
  it('are kept per agency, versioned, inherited by a 派出机构, and refused whole when invalid', async () => {
    const scjg = h.agency('scjg');
    const got = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/agencies/${scjg}/discretion-benchmarks`)).json();
    expect(got).toMatchObject({ version: 1, inheritedFrom: null });
    expect(got.benchmarks.map((b: { id: string }) => b.id)).toEqual(['food-expired-small', 'food-expired-large']);
    const sub = (
      await h.request(await h.token('scjgs.yangli'), 'GET', `/api/v1/agencies/${h.agency('scjgs')}/discretion-benchmarks`)
    ).json();
    expect(sub).toMatchObject({ version: 1, inheritedFrom: scjg });

    const reviewer = await h.token('scjg.chenjing');
    const bad = await h.request(reviewer, 'PUT', `/api/v1/agencies/${scjg}/discretion-benchmarks`, {
      benchmarks: [
        {
          ...SCJG_BENCHMARKS[0],
          grades: [{ grade: '一般处罚', circumstances: '无', fine: { kind: 'amount', min: 9000, max: 100 }, sanctions: [] }],
        },
      ],
      note: '错误',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.json().error.message).toContain('下限 ≤ 上限');
    const officer = await h.request(await h.token('scjg.liming'), 'PUT', `/api/v1/agencies/${scjg}/discretion-benchmarks`, {
      benchmarks: SCJG_BENCHMARKS,
      note: 'x',
    });
    expect(officer.statusCode).toBe(403);
    expect((await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/agencies/${scjg}/discretion-benchmarks`)).json().version).toBe(1);
  });

  it('shows the ranges and articles of a violation, judges a fine, and pushes similar decided cases', async () => {
    const r = await h.request(
      await h.token('scjg.liming'),
      'GET',
      `/api/v1/agencies/${h.agency('scjg')}/discretion-benchmarks/food-expired-small?fine=70000&facts=${encodeURIComponent('当事人销售超过保质期的酸奶')}`,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().benchmark.penaltyArticle).toContain('第一百二十四条');
    expect(r.json().verdict).toMatchObject({ inRange: true, grade: '一般处罚' });
    expect(r.json().verdict.ranges).toHaveLength(5);
    expect(r.json().similar[0]).toMatchObject({ caseId: archived, sameViolation: true, fineAmount: 50000, grade: '从轻处罚' });
    const unknown = await h.request(
      await h.token('scjg.liming'),
      'GET',
      `/api/v1/agencies/${h.agency('scjg')}/discretion-benchmarks/no-such-thing`,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('a proposal outside its range is flagged, needs a written reason, and the reviewer sees both', async () => {
    const id = await readyPenaltyCase(h, { notifiedFine: 60000 });
    const unknown = await propose(
      h,
      'scjg.liming',
      id,
      penaltyProposal(30000, { discretion: { violation: 'no-such-thing', grade: null, baseAmount: null, reasoning: '' } }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('food-expired-small');

    const p = await propose(h, 'scjg.liming', id, expired(30000, '一般处罚'));
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json().discretion).toMatchObject({ inRange: false, reasonRequired: true, version: 1 });
    expect(p.json().discretion.message).toContain('不在「一般处罚」的幅度内');
    // 类案推送 with the proposal: the demo's decided case of the same violation, never the case itself
    expect(p.json().discretion.similar.map((s: { caseId: string }) => s.caseId)).toContain(archived);
    expect(p.json().discretion.similar.map((s: { caseId: string }) => s.caseId)).not.toContain(id);

    const noReason = await submit(h, 'scjg.liming', id, SUBMISSION);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.missing).toContain('超出裁量基准的书面理由');
    const ok = await submit(h, 'scjg.liming', id, {
      ...SUBMISSION,
      discretionReasoning: '当事人为残疾人个体经营者，经营困难，主动退货并赔偿消费者，依法减轻处罚。',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const f = ok
      .json()
      .findings.find((x: { point: string; message: string }) => x.point === 'discretion' && x.message.includes('裁量基准'));
    expect(f).toMatchObject({ ok: true });
    expect(f.message).toContain('承办人已说明理由');
    const review = (await h.request(await h.token('scjg.chenjing'), 'GET', `/api/v1/cases/${id}/review`)).json();
    expect(review.rounds[0].materials.discretion.reasoning).toContain('减轻处罚');
    expect(review.rounds[0].materials.discretion.benchmark.inRange).toBe(false);
    expect(review.proposals[0].discretion.violation.id).toBe('food-expired-small');
  });

  it('a proposal within its range needs no reason beyond the usual', async () => {
    const id = await readyPenaltyCase(h, { notifiedFine: 60000 });
    const p = await propose(h, 'scjg.liming', id, expired(55000, '从轻处罚', '主动下架召回。'));
    expect(p.json().discretion).toMatchObject({ inRange: true, reasonRequired: false, grade: '从轻处罚' });
    expect((await submit(h, 'scjg.liming', id, SUBMISSION)).statusCode).toBe(201);
  });
});
