import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../test/harness.ts';
import { penaltyCaseBody } from '../test/filing.ts';

/**
 * The staff API's writes are worked on a few at a time, the rest in arrival order (issue 20 item 7);
 * a queue beyond its bound is told 503 SERVER_BUSY at once and nothing is written for it.
 */
const openBody = (h: Harness) => penaltyCaseBody(h, '2026-07-31');

async function caseCount(h: Harness): Promise<number> {
  return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM cases`.execute(h.tdb.db)).rows[0]!.n;
}

describe('bounded concurrency of the staff API writes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ now: '2026-08-03T02:00:00Z', admission: { limit: 2, maxQueue: 1000 } });
  });
  afterAll(async () => h?.close());

  it('twelve cases opened at once: every one is answered 201, never more than two worked on at a time', async () => {
    const token = await h.token('scjg.liming');
    const before = await caseCount(h);
    const answers = await Promise.all(Array.from({ length: 12 }, () => h.request(token, 'POST', '/api/v1/cases', openBody(h))));
    for (const a of answers) expect(a.statusCode, a.body).toBe(201);
    expect(new Set(answers.map((a) => a.json().number)).size).toBe(12);
    expect(await caseCount(h)).toBe(before + 12);
    expect(h.admission.maxActive).toBe(2);
    expect(h.admission.active).toBe(0);
    expect(h.admission.waiting).toBe(0);
  });

  it('over real connections too (the queued requests wait on open sockets): twelve at once, all answered', async () => {
    const token = await h.token('scjg.liming');
    const base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const before = await caseCount(h);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${base}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(openBody(h)),
          signal: AbortSignal.timeout(30_000),
        }),
      ),
    );
    for (const a of answers) expect(a.status, await a.text()).toBe(201);
    expect(await caseCount(h)).toBe(before + 12);
    expect(h.admission.maxActive).toBe(2);
    expect(h.admission.active).toBe(0);
  });

  it('reads are not counted: a worklist read while the writes are taken is answered', async () => {
    const token = await h.token('scjg.liming');
    const max = h.admission.maxActive;
    const reads = await Promise.all(Array.from({ length: 6 }, () => h.request(token, 'GET', '/api/v1/cases')));
    for (const r of reads) expect(r.statusCode, r.body).toBe(200);
    expect(h.admission.maxActive).toBe(max);
    expect(h.admission.active).toBe(0);
  });
});

describe('a full queue', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ now: '2026-08-03T02:00:00Z', admission: { limit: 1, maxQueue: 1 } });
  });
  afterAll(async () => h?.close());

  it('is answered 503 SERVER_BUSY with Retry-After and a Chinese message; nothing is written for those refused', async () => {
    const token = await h.token('scjg.liming');
    const before = await caseCount(h);
    const answers = await Promise.all(Array.from({ length: 5 }, () => h.request(token, 'POST', '/api/v1/cases', openBody(h))));
    const created = answers.filter((a) => a.statusCode === 201);
    const busy = answers.filter((a) => a.statusCode === 503);
    expect(created.length + busy.length, answers.map((a) => a.body).join('\n')).toBe(5);
    // one worked on, one waiting; the rest refused at once
    expect(created.length).toBe(2);
    for (const b of busy) {
      expect(b.headers['retry-after']).toBe('5');
      expect(b.json()).toEqual({ error: { code: 'SERVER_BUSY', message: '服务器正忙，请稍后再试' } });
    }
    expect(await caseCount(h)).toBe(before + 2);
    expect(h.admission.refused).toBe(3);
    // and the server goes on: the next write is taken
    const after = await h.request(token, 'POST', '/api/v1/cases', openBody(h));
    expect(after.statusCode, after.body).toBe(201);
  });
});
