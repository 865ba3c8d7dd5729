import { describe, expect, it } from 'vitest';
import { PACK_CF_2017, PACK_CF_2021 } from '../rules/packs.ts';
import { PROCEDURES, getProcedure } from './registry.ts';
import { partyWindowActsIn, partyWindowNotice, partyWindowOf, partyWindowState } from './party-window.ts';
import { calendar } from './test-factories.ts';
import type { TakenStep } from './case-view.ts';

const g = getProcedure('penalty-general')!;
const opened: TakenStep = { code: 'open', on: '2026-09-01', actorId: 'o1', inputs: {} };
const notice: TakenStep = { code: 'notify', on: '2026-09-29', actorId: 'o1', inputs: { hearingRight: true } };
const served = (on: string, method = 'direct'): TakenStep => ({
  code: 'deliver-notice',
  on,
  actorId: 'o2',
  inputs: { deliveredOn: on, method, recipient: '钱立新' },
});

describe('the party’s 陈述申辩 window, read from the procedure', () => {
  it('§64(1): opened by the 告知 and lasting the pack’s hearing-request limit, as the engine’s party steps enforce it', () => {
    expect(partyWindowOf(g)).toEqual({ opens: 'notify', limit: 'penalty.hearingRequestWindow', delivery: 'deliver-notice' });
    const guards = g.steps.filter((s) => s.partyMay).flatMap((s) => (s.guards ?? []).filter((x) => x.type === 'withinWindow'));
    expect(guards.length).toBeGreaterThanOrEqual(3);
    for (const x of guards) expect(x).toMatchObject({ step: 'notify', limit: 'penalty.hearingRequestWindow', delivery: 'deliver-notice' });
    for (const p of PROCEDURES.filter((p) => p.code !== g.code)) expect(partyWindowOf(p), p.code).toBeNull();
  });

  it('§64(1), §85: five working days under the 2021 law (three under the 2017 text), counted over 国庆', () => {
    // §44: "自收到本告知书之日起": before the 送达 is recorded the window has not begun
    expect(partyWindowState(g, [opened, notice], PACK_CF_2021, calendar, '2026-10-20')).toEqual({
      receivedOn: null,
      until: null,
      open: true,
      workingDaysLeft: null,
    });
    const steps = [opened, notice, served('2026-09-29')];
    expect(partyWindowNotice(g, steps)).toBe(notice);
    expect(partyWindowState(g, steps, PACK_CF_2021, calendar, '2026-09-29')).toEqual({
      receivedOn: '2026-09-29',
      until: '2026-10-12',
      open: true,
      workingDaysLeft: 6,
    });
    expect(partyWindowState(g, steps, PACK_CF_2021, calendar, '2026-10-01')).toEqual({
      receivedOn: '2026-09-29',
      until: '2026-10-12',
      open: true,
      workingDaysLeft: 4,
    });
    expect(partyWindowState(g, steps, PACK_CF_2021, calendar, '2026-10-12')).toEqual({
      receivedOn: '2026-09-29',
      until: '2026-10-12',
      open: true,
      workingDaysLeft: 1,
    });
    expect(partyWindowState(g, steps, PACK_CF_2021, calendar, '2026-10-13')).toEqual({
      receivedOn: '2026-09-29',
      until: '2026-10-12',
      open: false,
      workingDaysLeft: 0,
    });
    expect(partyWindowState(g, steps, PACK_CF_2017, calendar, '2026-09-29')).toEqual({
      receivedOn: '2026-09-29',
      until: '2026-10-09',
      open: true,
      workingDaysLeft: 4,
    });
  });

  it('no window before the notice; the latest notice counts; the party acts only in the states its window steps start from', () => {
    expect(partyWindowState(g, [opened], PACK_CF_2021, calendar, '2026-09-29')).toBeNull();
    const again: TakenStep = { ...notice, on: '2026-10-20' };
    expect(partyWindowNotice(g, [opened, notice, again])).toBe(again);
    // the first notice's 送达 does not serve the new one
    expect(partyWindowState(g, [opened, notice, served('2026-09-29'), again], PACK_CF_2021, calendar, '2026-10-20')?.until).toBeNull();
    expect(partyWindowState(g, [opened, notice, again, served('2026-10-20')], PACK_CF_2021, calendar, '2026-10-20')?.until).toBe(
      '2026-10-27',
    );
    // 公告送达 on 2026-10-20: received 30 days later (民事诉讼法 §95), 2026-11-19; five working days to 2026-11-26
    expect(partyWindowState(g, [opened, notice, again, served('2026-10-20', 'notice')], PACK_CF_2021, calendar, '2026-10-21')).toEqual({
      receivedOn: '2026-11-19',
      until: '2026-11-26',
      open: true,
      workingDaysLeft: 5,
    });
    expect(partyWindowActsIn(g, 'notified')).toBe(true);
    expect(['investigating', 'hearing-requested', 'in-review', 'decided'].some((s) => partyWindowActsIn(g, s))).toBe(false);
  });
});
