import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { StatementGroups } from './statement-groups.ts';
import { readCaseForStep } from './case.repository.ts';

/** Statements of the step path sent in groups: each caller keeps its own answer, and a refusal reaches only its own caller. */

describe('statement groups', () => {
  const runner = (log: number[][]) =>
    new StatementGroups<number, number>({
      one: async (x) => {
        log.push([x]);
        if (x < 0) throw new Error(`refused ${x}`);
        return x * 10;
      },
      group: async (xs) => {
        log.push(xs);
        if (xs.some((x) => x < 0)) throw new Error('one row refused');
        return xs.map((x) => x * 10);
      },
      inFlight: 1,
      max: 3,
    });

  it('a call on a quiet runner goes out at once, alone; calls arriving meanwhile go out together, at most `max` at a time, each with its own answer', async () => {
    const log: number[][] = [];
    const g = runner(log);
    expect(await Promise.all([1, 2, 3, 4, 5].map((x) => g.call(x)))).toEqual([10, 20, 30, 40, 50]);
    expect(log).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('a group whose statement fails is run again call by call: only the refused call fails', async () => {
    const log: number[][] = [];
    const g = runner(log);
    const r = await Promise.allSettled([1, 2, -3, 4].map((x) => g.call(x)));
    expect(r.map((x) => (x.status === 'fulfilled' ? x.value : (x.reason as Error).message))).toEqual([10, 20, 'refused -3', 40]);
    expect(log).toEqual([[1], [2, -3, 4], [2], [-3], [4]]);
  });
});

describe('the step read in groups', () => {
  let h: Harness;
  const ids: string[] = [];
  beforeAll(async () => {
    h = await createHarness({ now: '2026-08-03T02:00:00Z' });
    for (let i = 0; i < 3; i++) {
      const res = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
        procedure: 'penalty-general',
        title: `分组读取测试案 ${i}`,
        field: '市场监管',
        regionCode: '130433100',
        party: COMPANY_A,
        officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
        inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
  });
  afterAll(async () => h?.close());

  it("R-X-5: reads that go out together answer each caller as a read alone does: its case when its scope holds the case's agency, none outside it or for an unknown id", async () => {
    const own = [h.agency('scjg')];
    const other = [h.agency('zhzf')];
    const unknown = '00000000-0000-4000-8000-000000000000';
    const calls: [string, string[]][] = [
      [ids[0]!, own],
      [ids[1]!, own], // the first two go out alone (two statements at a time), the rest as one group
      [ids[2]!, own],
      [ids[2]!, other],
      [ids[0]!.toUpperCase(), own],
      [unknown, own],
      [ids[1]!, []],
    ];
    const together = await Promise.all(calls.map(([id, visible]) => readCaseForStep(h.tdb.pool, id, visible)));
    const alone: unknown[] = [];
    for (const [id, visible] of calls) alone.push(await readCaseForStep(h.tdb.pool, id, visible));
    expect(together).toEqual(alone);
    expect(together.map((r) => r?.id ?? null)).toEqual([ids[0], ids[1], ids[2], null, ids[0], null, null]);
    // a case just opened waits for the head's 立案 (市场监管 rules §20)
    expect(together[2]).toMatchObject({ state: 'filing', party_kind: 'org', officers: [{ lead: true }, { lead: false }] });
  });
});
