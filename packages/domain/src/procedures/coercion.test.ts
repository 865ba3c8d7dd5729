import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './deadlines.ts';
import { availableSteps } from './engine.ts';
import { getProcedure } from './registry.ts';
import { A, PACKS, calendar, codeOf, makeCase, recordTimes, take, two } from './test-factories.ts';
import type { CaseView } from './engine.ts';
import type { ProcedureDef } from './types.ts';

/**
 * 行政强制（查封扣押）from the law's text (issue 18 items 5, 8, 9): 《行政强制法》第十八条、第十九条、
 * 第二十四条、第二十五条、第二十八条, with the 2024–2026 holiday calendar.
 */

const def: ProcedureDef = getProcedure('coercion-seizure')!;
/** What the officers record on the day `on` they impose the measure (the 现场笔录's times included). */
const seized = (on: string) => ({ ...two, place: '仓库', items: '冻品 20 箱', partyPresent: true, ...recordTimes(on, '14:00', '15:10') });

function opened(on: string): CaseView {
  return makeCase(def, { steps: [{ code: 'open', on, actorId: 'o1', inputs: {} }] });
}

function imposed(on: string): CaseView {
  const c = take(def, opened(on), A.head, 'approve', {}, on);
  return take(def, c, A.o1, 'impose', seized(on), on);
}

function emergency(on: string): CaseView {
  return take(def, opened(on), A.o1, 'impose-emergency', { urgency: '当事人正在转移涉案冻品', ...seized(on) }, on);
}

const deadline = (c: CaseView, code: string, today: string) => computeDeadlines(def, c, calendar, today).find((d) => d.code === code);

describe('行政强制法 §25: 查封扣押期限 30 日, one extension of at most 30 日, approved by the head before expiry', () => {
  it('行政强制法 §25: 30 days from the day of imposition; an end on a holiday (2025 国庆节) moves to the next working day', () => {
    // 2025-09-02 + 30 days = 2025-10-02, inside 国庆节、中秋节 (10-01 to 10-08): due 2025-10-09
    const d = deadline(imposed('2025-09-02'), 'measure', '2025-09-10')!;
    expect(d).toMatchObject({ startedOn: '2025-09-02', dueOn: '2025-10-09', state: 'running', extensions: 0, maxExtensions: 1 });
    expect(deadline(imposed('2025-09-02'), 'measure', '2025-10-10')!.state).toBe('overdue');
  });

  it('行政强制法 §25: the extension counts 30 days from the ORIGINAL end (10-02), not from the holiday-shifted 10-09', () => {
    const c = take(def, imposed('2025-09-02'), A.head, 'extend', { reason: '涉案冻品需检验，情况复杂' }, '2025-09-30');
    // 2025-10-02 + 30 = 2025-11-01 (Saturday) → 2025-11-03; compounded it would be 11-08 → 11-10
    expect(deadline(c, 'measure', '2025-10-20')).toMatchObject({ dueOn: '2025-11-03', extended: true, extensions: 1, state: 'running' });
  });

  it('行政强制法 §25: an extension is decided before expiry — refused once the period has ended', () => {
    const c = imposed('2025-09-02');
    expect(codeOf(() => take(def, c, A.head, 'extend', { reason: '情况复杂' }, '2025-10-09'))).toBe('none');
    expect(codeOf(() => take(def, c, A.head, 'extend', { reason: '情况复杂' }, '2025-10-10'))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('行政强制法 §25: the period may be extended once only', () => {
    const c = take(def, imposed('2025-09-02'), A.head, 'extend', { reason: '情况复杂' }, '2025-09-30');
    expect(codeOf(() => take(def, c, A.head, 'extend', { reason: '仍需检验' }, '2025-10-20'))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('行政强制法 §25: 延长 is approved by the head (行政机关负责人) in the system, not by an officer', () => {
    expect(codeOf(() => take(def, imposed('2025-09-02'), A.o1, 'extend', { reason: '情况复杂' }, '2025-09-30'))).toBe('FORBIDDEN_ROLE');
  });

  it('行政强制法 §25: no extension before the measure is imposed or after it was lifted', () => {
    const approved = take(def, opened('2025-09-02'), A.head, 'approve', {}, '2025-09-02');
    expect(codeOf(() => take(def, approved, A.head, 'extend', { reason: 'x' }, '2025-09-03'))).toBe('STEP_ORDER');
    const released = take(
      def,
      imposed('2025-09-02'),
      A.o1,
      'release',
      { ...two, reason: 'no-violation', returned: '冻品 20 箱' },
      '2025-09-05',
    );
    expect(codeOf(() => take(def, released, A.head, 'extend', { reason: 'x' }, '2025-09-06'))).toBe('STEP_ORDER');
    expect(deadline(released, 'measure', '2025-09-06')).toMatchObject({ state: 'met', metOn: '2025-09-05' });
  });
});

describe('行政强制法 §19: 情况紧急，当场实施, report to the head within 24 hours, approve after the fact or release at once', () => {
  it('行政强制法 §19: officers impose on the spot before any approval, with full recording and the 现场笔录', () => {
    const step = def.steps.find((s) => s.code === 'impose-emergency')!;
    expect(step.from).toEqual(['pending-approval']);
    expect(step.recordings).toContainEqual({ level: 'full-process', what: '查封扣押财产' });
    expect(step.documents).toContain('现场笔录');
    const c = emergency('2026-02-13');
    expect(c.state).toBe('emergency-imposed');
    // nothing else may happen to the measure before the head has it reported: only the report or a release
    expect(availableSteps(def, c, A.o1).map((s) => s.code)).toEqual(expect.arrayContaining(['report-emergency', 'release']));
    expect(codeOf(() => take(def, c, A.head, 'approve-emergency', {}, '2026-02-13'))).toBe('STEP_ORDER');
    expect(codeOf(() => take(def, c, A.head, 'dispose', { disposal: 'confiscate', decision: '没收' }, '2026-02-13'))).toBe('STEP_ORDER');
  });

  it('行政强制法 §19: the report is due within 24 hours — tracked to the next day (2026-02-14, a 春节调休 working Saturday)', () => {
    const c = emergency('2026-02-13');
    expect(deadline(c, 'emergency-report', '2026-02-13')).toMatchObject({ dueOn: '2026-02-14', state: 'running' });
    expect(deadline(c, 'emergency-report', '2026-02-15')!.state).toBe('overdue');
    // §19's 二十四小时 are not moved by 春节: imposed on Saturday 2026-02-14, the report is due on 02-15, not on 02-24
    const onHoliday = emergency('2026-02-14');
    expect(deadline(onHoliday, 'emergency-report', '2026-02-14')).toMatchObject({ dueOn: '2026-02-15' });
    expect(deadline(onHoliday, 'emergency-report', '2026-02-16')!.state).toBe('overdue');
    const onTime = take(def, c, A.o1, 'report-emergency', { report: '已当场扣押冻品 20 箱' }, '2026-02-14');
    expect(deadline(onTime, 'emergency-report', '2026-02-14')!.state).toBe('met');
    const late = take(def, c, A.o1, 'report-emergency', { report: '已当场扣押冻品 20 箱' }, '2026-02-24');
    expect(deadline(late, 'emergency-report', '2026-02-24')!.state).toBe('met-late');
  });

  it('行政强制法 §19: the head approves after the fact (补办批准) as an act in the system — an officer cannot', () => {
    const reported = take(def, emergency('2026-02-13'), A.o1, 'report-emergency', { report: '报告' }, '2026-02-13');
    expect(codeOf(() => take(def, reported, A.o1, 'approve-emergency', {}, '2026-02-13'))).toBe('FORBIDDEN_ROLE');
    const approved = take(def, reported, A.head, 'approve-emergency', { opinion: '同意' }, '2026-02-13');
    expect(approved.state).toBe('emergency-approved');
    expect(approved.steps.at(-1)).toMatchObject({ code: 'approve-emergency', actorId: 'h1' });
    // the measure's 30 days run from the day it was imposed on the spot: 2026-03-15 (Sunday) → 03-16
    expect(deadline(approved, 'measure-emergency', '2026-02-20')).toMatchObject({ startedOn: '2026-02-13', dueOn: '2026-03-16' });
    // one extension, from the original end 03-15: 2026-04-14
    const extended = take(def, approved, A.head, 'extend-emergency', { reason: '情况复杂' }, '2026-03-10');
    expect(deadline(extended, 'measure-emergency', '2026-03-20')).toMatchObject({ dueOn: '2026-04-14', extensions: 1 });
    expect(codeOf(() => take(def, approved, A.head, 'extend-emergency', { reason: 'x' }, '2026-03-17'))).toBe('EXTENSION_NOT_ALLOWED');
    // then the 处理决定 (after its own legal review where the catalog requires it)
    expect(take(def, extended, A.head, 'dispose', { disposal: 'confiscate', decision: '依法没收' }, '2026-03-20').state).toBe('disposed');
  });

  it('行政强制法 §19: a head who finds the measure should not have been taken orders it lifted at once; officers release and return', () => {
    const reported = take(def, emergency('2026-02-13'), A.o1, 'report-emergency', { report: '报告' }, '2026-02-13');
    const ordered = take(def, reported, A.head, 'order-release', { reason: '涉案财物与违法行为无关' }, '2026-02-13');
    expect(ordered.state).toBe('release-ordered');
    expect(codeOf(() => take(def, ordered, A.head, 'approve-emergency', {}, '2026-02-13'))).toBe('STEP_ORDER');
    expect(codeOf(() => take(def, ordered, A.head, 'dispose', { disposal: 'confiscate', decision: 'x' }, '2026-02-13'))).toBe('STEP_ORDER');
    const released = take(def, ordered, A.o1, 'release', { ...two, reason: 'not-approved', returned: '冻品 20 箱' }, '2026-02-13');
    expect(released.state).toBe('released');
    expect(deadline(released, 'measure-emergency', '2026-02-14')).toMatchObject({ state: 'met', metOn: '2026-02-13' });
  });
});

describe('行政强制法 §18, §28: who acts, the witness, release', () => {
  it('行政强制法 §18(九): a party absent needs a witness, on the planned and on the emergency path', () => {
    const absent = { ...seized('2026-03-02'), partyPresent: false };
    const approved = take(def, opened('2026-03-02'), A.head, 'approve', {}, '2026-03-02');
    expect(codeOf(() => take(def, approved, A.o1, 'impose', absent, '2026-03-02'))).toBe('STEP_GUARD_FAILED');
    expect(take(def, approved, A.o1, 'impose', { ...absent, witness: '村委会主任赵某' }, '2026-03-02').state).toBe('imposed');
    const e = opened('2026-03-02');
    expect(codeOf(() => take(def, e, A.o1, 'impose-emergency', { urgency: '转移财物', ...absent }, '2026-03-02'))).toBe(
      'STEP_GUARD_FAILED',
    );
    for (const code of ['impose', 'impose-emergency']) {
      const g = def.steps.find((s) => s.code === code)!.guards!.find((x) => x.type === 'requiredWhen')!;
      expect((g as { reason: string }).reason).toContain('第十八条第（九）项');
    }
  });

  it("行政强制法 §18(一), issue 18 item 8: approvals and extensions are the head's acts, with no typed approver names", () => {
    for (const code of ['approve', 'reject', 'approve-emergency', 'order-release', 'extend', 'extend-emergency']) {
      const s = def.steps.find((x) => x.code === code)!;
      expect(s.roles, code).toEqual(['head']);
    }
    const typedName = /批准人|审批人|负责人姓名|签字人|approver/i;
    for (const s of [def.open, ...def.steps]) for (const i of s.inputs) expect(`${i.name} ${i.label}`, s.code).not.toMatch(typedName);
    expect(codeOf(() => take(def, opened('2026-03-02'), A.o1, 'approve', {}, '2026-03-02'))).toBe('FORBIDDEN_ROLE');
  });

  it('行政强制法 §28: 解除 → 立即退还, in the same act; no invented later limit', () => {
    for (const pack of Object.values(PACKS)) expect(Object.keys(pack.limits)).not.toContain('coercion.handleAfterRelease');
    const release = def.steps.find((s) => s.code === 'release')!;
    expect(release.inputs.map((i) => i.name)).toContain('returned');
    // a measure in force may be lifted from any of its states
    expect([...release.from].sort()).toEqual([
      'emergency-approved',
      'emergency-imposed',
      'emergency-reported',
      'imposed',
      'release-ordered',
    ]);
    expect(def.deadlines.some((d) => d.from === 'release')).toBe(false);
  });
});
