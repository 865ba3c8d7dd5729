import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/calendar.ts';
import { BUILTIN_CALENDAR_YEARS } from '../calendar/holidays-data.ts';
import { PACK_CF_2021 } from '../rules/packs.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { listUpdateDue } from './list-updates.ts';

const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);

describe('R-PUB-1 list updates', () => {
  it('R-PUB-1: a change is reflected within 20 working days, counted over 国庆 with its 调休 Saturday', () => {
    expect(listUpdateDue('2026-09-25', calendar)).toBe('2026-10-29');
  });

  it('R-PUB-1: the limit is the one of the pack in force on the day of the change', () => {
    const limits = { ...PACK_CF_2021.limits, 'lists.reflectChange': { ...PACK_CF_2021.limits['lists.reflectChange'], days: 10 } };
    const stricter: RulePack = { ...PACK_CF_2021, id: 'test-2026', effectiveFrom: '2026-10-01', limits };
    const packs = [{ ...PACK_CF_2021, effectiveTo: '2026-09-30' }, stricter];
    expect(listUpdateDue('2026-09-25', calendar, packs)).toBe('2026-10-29');
    expect(listUpdateDue('2026-10-08', calendar, packs)).toBe(calendar.addWorkingDays('2026-10-08', 10));
    expect(() => listUpdateDue('2017-06-01', calendar)).toThrow('没有生效的规则包');
  });
});
