import { chinaDateTime } from '@sanxiang/domain';

/**
 * The real start and end a 笔录 states (R-REC-2, required): `minutes` long, ending `before` minutes
 * before `now` (the harness clock), as Beijing wall-clock moments — with the harness's default
 * clock (10:00 Beijing) an interview 09:10–09:50 that morning.
 */
export function recordTimes(now: Date, minutes = 40, before = 10): { startedAt: string; endedAt: string } {
  const at = (ms: number) => {
    const { date, time } = chinaDateTime(new Date(ms));
    return `${date}T${time.slice(0, 5)}`;
  };
  const end = now.getTime() - before * 60_000;
  return { startedAt: at(end - minutes * 60_000), endedAt: at(end) };
}
