import { describe, expect, it } from 'vitest';
import { SearchGate, searchGateFromEnv, searchGateOptions, type Permit, type SearchGateOptions } from './search.gate.ts';

/** A gate on a clock the test moves (ms). */
function gate(over: Partial<SearchGateOptions> = {}) {
  const clock = { t: 0 };
  const g = new SearchGate({ ...searchGateOptions(4), maxWaitMs: 60_000, ...over, now: () => clock.t });
  return { g, clock };
}

/** An address in good standing: it searched, and the standing time has passed. */
async function established(g: SearchGate, clock: { t: number }, address: string) {
  (await g.acquire(address))!.release();
  clock.t += 10_000;
  expect(g.inStanding(address)).toBe(true);
}

const settled = async <T>(p: Promise<T>) => {
  const mark = Symbol('pending');
  return Promise.race([p, new Promise<typeof mark>((res) => setImmediate(() => res(mark)))]).then((v) => (v === mark ? 'pending' : v));
};

describe('issue 23: the public search gate — addresses in good standing ahead of newcomers', () => {
  it('newcomers hold at most their share of the permits; an address in good standing takes a free one at once', async () => {
    const { g, clock } = gate();
    await established(g, clock, '10.0.0.1');
    const a = await g.acquire('10.6.0.1');
    const b = await g.acquire('10.6.0.2');
    expect(a && b).toBeTruthy();
    // a third newcomer waits: half of the four permits are the newcomers' at most
    const c = g.acquire('10.6.0.3');
    expect(await settled(c)).toBe('pending');
    expect(g.load).toMatchObject({ running: 2, runningNewcomers: 2, waiting: 1 });
    // the citizen who has been searching is not queued behind them
    const mine = await settled(g.acquire('10.0.0.1'));
    expect(mine).not.toBe('pending');
    expect(g.load).toMatchObject({ running: 3, runningNewcomers: 2 });
    a!.release();
    const third = (await c) as Permit;
    expect(third).toBeTruthy();
    // the citizen's first search was a newcomer's too
    expect(g.stats.admitted).toEqual({ standing: 1, newcomer: 4 });
    for (const p of [b!, third, mine as Permit]) p.release();
    expect(g.load).toMatchObject({ running: 0, runningNewcomers: 0, waiting: 0 });
  });

  it('a freed permit goes to a waiting address in good standing before a waiting newcomer; a permit released twice counts once', async () => {
    const { g, clock } = gate({ permits: 2, newcomerPermits: 1 });
    await established(g, clock, '10.0.0.1');
    await established(g, clock, '10.0.0.2');
    const n1 = (await g.acquire('10.6.0.1'))!;
    const s1 = (await g.acquire('10.0.0.1'))!;
    const newcomer = g.acquire('10.6.0.2');
    const citizen = g.acquire('10.0.0.2');
    expect(await settled(newcomer)).toBe('pending');
    expect(await settled(citizen)).toBe('pending');
    // the newcomer asked first, the citizen gets the permit
    s1.release();
    s1.release();
    const c = (await citizen)!;
    expect(await settled(newcomer)).toBe('pending');
    expect(g.load).toMatchObject({ running: 2, waiting: 1 });
    // the newcomers' share is free again only when their own permit comes back
    c.release();
    expect(await settled(newcomer)).toBe('pending');
    n1.release();
    (await newcomer)!.release();
    expect(g.load).toMatchObject({ running: 0, runningNewcomers: 0, waiting: 0 });
  });

  it('a search that waits longer than maxWaitMs, or finds maxQueue waiting, is answered busy (null) and leaves no trace', async () => {
    const { g } = gate({ permits: 1, newcomerPermits: 1, maxWaitMs: 30, maxQueue: 2 });
    const held = (await g.acquire('10.6.0.1'))!;
    const w1 = g.acquire('10.6.0.2');
    const w2 = g.acquire('10.6.0.3');
    // the queue is full: the next is answered at once
    expect(await settled(g.acquire('10.6.0.4'))).toBeNull();
    expect(await w1).toBeNull();
    expect(await w2).toBeNull();
    expect(g.stats.busy).toBe(3);
    expect(g.load).toMatchObject({ running: 1, waiting: 0 });
    held.release();
    expect(await g.acquire('10.6.0.5')).toBeTruthy();
  });

  it('standing comes standingAfterMs after the first search, and a refusal by the rate limit takes it away for a minute', async () => {
    const { g, clock } = gate();
    expect(g.inStanding('10.0.0.1')).toBe(false);
    (await g.acquire('10.0.0.1'))!.release();
    clock.t += 9_999;
    expect(g.inStanding('10.0.0.1')).toBe(false);
    clock.t += 1;
    expect(g.inStanding('10.0.0.1')).toBe(true);
    g.demote('10.0.0.1');
    expect(g.inStanding('10.0.0.1')).toBe(false);
    clock.t += 59_999;
    expect(g.inStanding('10.0.0.1')).toBe(false);
    clock.t += 1;
    expect(g.inStanding('10.0.0.1')).toBe(true);
    // an address refused before it ever searched is a newcomer too
    g.demote('10.6.6.6');
    clock.t += 30_000;
    expect(g.inStanding('10.6.6.6')).toBe(false);
  });

  it('remembers at most maxAddresses: a flood of new addresses forgets the ones that searched least recently, not a citizen still searching', async () => {
    const { g, clock } = gate({ maxAddresses: 100 });
    await established(g, clock, '10.0.0.1');
    await established(g, clock, '10.0.0.2');
    for (let i = 0; i < 500; i++) {
      (await g.acquire(`10.100.${i >> 8}.${i & 255}`))!.release();
      // 10.0.0.1 keeps searching, 10.0.0.2 stopped
      if (i % 50 === 0) (await g.acquire('10.0.0.1'))!.release();
    }
    expect(g.load.addresses).toBe(100);
    expect(g.inStanding('10.0.0.1')).toBe(true);
    expect(g.inStanding('10.0.0.2')).toBe(false);
  });

  it('SANXIANG_SEARCH_GATE: half the public pool for newcomers and 1 s by default, "off", or "<permits>/<ms>"; a wrong value is refused in Chinese', () => {
    expect(searchGateFromEnv({}, 4)).toMatchObject({ permits: 4, newcomerPermits: 2, maxWaitMs: 1000, maxQueue: 32 });
    expect(searchGateFromEnv({}, 1)).toMatchObject({ permits: 1, newcomerPermits: 1 });
    expect(searchGateFromEnv({ SANXIANG_SEARCH_GATE: 'off' }, 4)).toBe(false);
    expect(searchGateFromEnv({ SANXIANG_SEARCH_GATE: ' 1 / 500 ' }, 4)).toMatchObject({ newcomerPermits: 1, maxWaitMs: 500 });
    for (const bad of ['5/1000', '0/1000', '2', '2/0', 'two/1000'])
      expect(() => searchGateFromEnv({ SANXIANG_SEARCH_GATE: bad }, 4), bad).toThrow(/SANXIANG_SEARCH_GATE 应写作/);
  });
});
