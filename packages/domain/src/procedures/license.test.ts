import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './deadlines.ts';
import { getProcedure } from './registry.ts';
import { A, calendar, codeOf, makeCase, take } from './test-factories.ts';
import type { CaseView } from './engine.ts';
import type { ProcedureDef } from './types.ts';

/**
 * 行政许可 time limits from the law's text (issue 18 item 5): 《行政许可法》第三十二条 (受理, and the
 * application deemed accepted when the five days pass), 第四十二条 (twenty days from 受理, ten more
 * with the head's approval), 第四十五条 (听证、检验、检测、专家评审 … not counted), with the
 * 2024–2026 holiday calendar.
 */

const def: ProcedureDef = getProcedure('license')!;

function received(on: string): CaseView {
  return makeCase(def, { officers: makeCase(def).officers.slice(0, 1), steps: [{ code: 'open', on, actorId: 'o1', inputs: {} }] });
}

function accepted(on: string, acceptedOn = on): CaseView {
  return take(def, received(on), A.o1, 'accept', { acceptedOn }, on);
}

const decision = (c: CaseView, today: string) => computeDeadlines(def, c, calendar, today).find((d) => d.code === 'decision')!;

describe('行政许可法 §42: twenty working days from 受理', () => {
  it('行政许可法 §42: 20 working days from the 受理日期, across 2025 国庆节 and its make-up Sundays/Saturdays', () => {
    // from 2025-09-22: 09-23..26, 09-28 (调休), 09-29, 09-30, 10-09, 10-10, 10-11 (调休), 10-13..17, 10-20..24
    expect(decision(accepted('2025-09-22'), '2025-09-23')).toMatchObject({
      startedOn: '2025-09-22',
      dueOn: '2025-10-24',
      unit: 'working',
      days: 20,
      state: 'running',
      maxExtensions: 1,
    });
    expect(decision(accepted('2025-09-22'), '2025-10-27').state).toBe('overdue');
  });

  it('行政许可法 §32: not decided within five days, the application counts as accepted from the day the materials came in', () => {
    // 受理 recorded on 2025-10-09, after the five working days: the 受理日期 entered is the day of receipt
    const late = take(def, received('2025-09-22'), A.o1, 'accept', { acceptedOn: '2025-09-22' }, '2025-10-09');
    expect(decision(late, '2025-10-10')).toMatchObject({ startedOn: '2025-09-22', dueOn: '2025-10-24' });
    const acceptance = computeDeadlines(def, late, calendar, '2025-10-10').find((d) => d.code === 'acceptance')!;
    expect(acceptance.state).toBe('met-late');
  });

  it('行政许可法 §32: the 受理日期 lies between the receipt of the materials (or of the 补正) and today', () => {
    const c = received('2025-09-22');
    expect(codeOf(() => take(def, c, A.o1, 'accept', { acceptedOn: '2025-09-19' }, '2025-09-23'))).toBe('STEP_GUARD_FAILED');
    expect(codeOf(() => take(def, c, A.o1, 'accept', { acceptedOn: '2025-09-24' }, '2025-09-23'))).toBe('STEP_GUARD_FAILED');
    expect(codeOf(() => take(def, c, A.o1, 'accept', {}, '2025-09-23'))).toBe('STEP_INPUT_MISSING');
    let s = take(def, c, A.o1, 'request-supplement', { missing: '缺少平面图' }, '2025-09-23');
    s = take(def, s, A.o1, 'resubmit', { materials: '平面图' }, '2025-09-26');
    expect(codeOf(() => take(def, s, A.o1, 'accept', { acceptedOn: '2025-09-22' }, '2025-09-26'))).toBe('STEP_GUARD_FAILED');
    // after 补正 the five days of §32 run again from the completed materials
    const again = computeDeadlines(def, s, calendar, '2025-09-26').find((d) => d.code === 'acceptance-supplemented')!;
    expect(again).toMatchObject({ startedOn: '2025-09-26', dueOn: '2025-10-10' });
    expect(decision(take(def, s, A.o1, 'accept', { acceptedOn: '2025-09-26' }, '2025-09-26'), '2025-09-26').startedOn).toBe('2025-09-26');
  });
});

describe("行政许可法 §42: ten more working days with the head's approval, from the original end, before it", () => {
  it('行政许可法 §42: the head extends by 10 working days from the original end (2025-10-24 → 2025-11-07)', () => {
    const c = take(def, accepted('2025-09-22'), A.head, 'extend-decision', { reason: '需要现场核查多处经营场所' }, '2025-10-20');
    expect(decision(c, '2025-10-27')).toMatchObject({ dueOn: '2025-11-07', extensions: 1, extended: true, state: 'running' });
  });

  it('行政许可法 §42: only the head (本行政机关负责人) approves the extension', () => {
    expect(codeOf(() => take(def, accepted('2025-09-22'), A.o1, 'extend-decision', { reason: 'x' }, '2025-10-20'))).toBe('FORBIDDEN_ROLE');
  });

  it('行政许可法 §42: once only, and never after the twenty days have ended', () => {
    const c = accepted('2025-09-22');
    expect(codeOf(() => take(def, c, A.head, 'extend-decision', { reason: 'x' }, '2025-10-24'))).toBe('none');
    expect(codeOf(() => take(def, c, A.head, 'extend-decision', { reason: 'x' }, '2025-10-27'))).toBe('EXTENSION_NOT_ALLOWED');
    const once = take(def, c, A.head, 'extend-decision', { reason: 'x' }, '2025-10-20');
    expect(codeOf(() => take(def, once, A.head, 'extend-decision', { reason: 'y' }, '2025-10-22'))).toBe('EXTENSION_NOT_ALLOWED');
  });
});

describe('行政许可法 §45: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审 time is not counted', () => {
  // from 2026-04-01: 04-02, 04-03, (清明 04-04..06), 04-07..10, 04-13..17, 04-20..24, 04-27..30 → 2026-04-30
  it('行政许可法 §42: without a pause, 20 working days from 2026-04-01 end on 2026-04-30 (across 清明节)', () => {
    expect(decision(accepted('2026-04-01'), '2026-04-02').dueOn).toBe('2026-04-30');
  });

  it('行政许可法 §45: an expert review from 04-13 to 04-20 (5 working days) moves the end past 劳动节 to 2026-05-11', () => {
    let c = take(
      def,
      accepted('2026-04-01'),
      A.o1,
      'suspend-count',
      { cause: 'expert-review', detail: '组织专家评审', notifiedOn: '2026-04-13' },
      '2026-04-13',
    );
    expect(decision(c, '2026-04-16')).toMatchObject({ state: 'paused', pausedDays: 3 });
    c = take(def, c, A.o1, 'resume-count', { result: '专家评审意见：符合条件' }, '2026-04-20');
    // 20 + 5 working days: 05-01..05 off, 05-06, 05-07, 05-08, 05-09 (调休), 05-11
    expect(decision(c, '2026-04-21')).toMatchObject({ state: 'running', pausedDays: 5, dueOn: '2026-05-11' });
  });

  it('行政许可法 §45: a hearing (听证) pauses the count as well; an extension then counts from the paused end', () => {
    let c = take(
      def,
      accepted('2026-04-01'),
      A.o1,
      'suspend-count',
      { cause: 'hearing', detail: '依申请举行听证', notifiedOn: '2026-04-13' },
      '2026-04-13',
    );
    c = take(def, c, A.o1, 'resume-count', { result: '听证结束' }, '2026-04-20');
    c = take(def, c, A.head, 'extend-decision', { reason: '听证后需补充审查' }, '2026-05-06');
    // 2026-05-11 + 10 working days: 05-12..15, 05-18..22, 05-25 → 2026-05-25
    expect(decision(c, '2026-05-12')).toMatchObject({ dueOn: '2026-05-25', extensions: 1 });
  });

  it('行政许可法 §45: the applicant is told in writing (日期 recorded), and a count not suspended cannot be resumed', () => {
    const c = accepted('2026-04-01');
    expect(codeOf(() => take(def, c, A.o1, 'resume-count', { result: 'x' }, '2026-04-13'))).toBe('STEP_GUARD_FAILED');
    expect(codeOf(() => take(def, c, A.o1, 'suspend-count', { cause: 'testing', detail: '送检' }, '2026-04-13'))).toBe(
      'STEP_INPUT_MISSING',
    );
    expect(def.steps.find((s) => s.code === 'suspend-count')!.documents).toContain('许可期限中止计算告知书');
  });
});
