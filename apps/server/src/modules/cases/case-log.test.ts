import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '@sanxiang/domain';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { appendEntry, appendEntryGuarded, eventBodyOfRow, sealEntry } from './case-log.ts';

/** The case log, the one writer of case_events and of the chain head on the case row (R-REC-2). */

let h: Harness;
let caseId: string;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
  const res = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '案卷记录测试案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。', approvedBy: '张建国' },
  });
  expect(res.statusCode, res.body).toBe(201);
  caseId = res.json().id;
});
afterAll(async () => h?.close());

const head = async () => {
  const c = await h.tdb.db
    .selectFrom('cases')
    .select(['agency_id', 'version', 'last_event_seq', 'last_event_hash', 'state'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { caseId, agencyId: c.agency_id, seq: c.last_event_seq, hash: c.last_event_hash, version: c.version, state: c.state };
};

const entries = () =>
  h.tdb.db
    .selectFrom('case_events')
    .select(['case_id', 'seq', 'kind', 'step', 'from_state', 'to_state', 'actor_id', 'at', 'inputs', 'prev_hash', 'hash', 'body'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();

describe('the case log', () => {
  it('R-REC-2: opening writes entry 1 from the genesis hash, and the case row points at it with version 1', async () => {
    const c = await head();
    const rows = await entries();
    expect(rows.map((r) => r.kind)).toEqual(['case.opened']);
    expect(c.seq).toBe(1);
    expect(c.version).toBe(1);
    expect(c.hash.equals(rows[0]!.hash)).toBe(true);
  });

  it('R-REC-2: an appended entry chains to the head, stores the canonical body it was hashed over, and advances head and version together', async () => {
    const before = await head();
    const at = h.clock.now();
    const data = { round: 1, reason: '测试：承办人不同意审核意见' };
    await h.tdb.db.transaction().execute(async (tx) => {
      await tx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
      await appendEntry(tx, before, { kind: 'review.disagreed', actorId: h.user('scjg.o1'), at, data });
    });
    const after = await head();
    const rows = await entries();
    const last = rows.at(-1)!;
    expect(last.seq).toBe(before.seq + 1);
    expect(last.prev_hash.equals(before.hash)).toBe(true);
    expect(after.seq).toBe(last.seq);
    expect(after.hash.equals(last.hash)).toBe(true);
    expect(after.version).toBe(after.seq);
    expect(last.body).toBe(sealEntry(before, { kind: 'review.disagreed', actorId: h.user('scjg.o1'), at, data }).text);
    expect(verifyChain(rows.map((r) => ({ body: eventBodyOfRow(r), prevHash: r.prev_hash, hash: r.hash })))).toEqual([]);
  });

  it("refuses an append after a head that is no longer the case's, and writes nothing", async () => {
    const stale = await head();
    await h.tdb.db.transaction().execute(async (tx) => {
      await appendEntry(tx, stale, {
        kind: 'review.disagreed',
        actorId: h.user('scjg.o1'),
        at: h.clock.now(),
        data: { round: 1, reason: '第一次' },
      });
    });
    const count = (await entries()).length;
    await expect(
      h.tdb.db.transaction().execute(async (tx) => {
        await appendEntry(tx, stale, {
          kind: 'review.disagreed',
          actorId: h.user('scjg.o1'),
          at: h.clock.now(),
          data: { round: 1, reason: '第二次' },
        });
      }),
    ).rejects.toThrow(/chain moved|duplicate key/); // the (case, seq) key refuses it first
    expect((await entries()).length).toBe(count);
  });

  it('the guarded append (a step over HTTP) writes nothing when the version read is stale, and moves state, head and version when it is current', async () => {
    const c = await head();
    const entry = {
      kind: 'case.step' as const,
      actorId: h.user('scjg.o1'),
      at: h.clock.now(),
      transition: { step: 'inspect', from: c.state, to: c.state },
      data: { place: '测试' },
    };
    const change = { state: c.state, terminal: false, nextDueOn: null };
    expect(await appendEntryGuarded(h.tdb.pool, c, c.version - 1, entry, change)).toBe(false);
    expect((await head()).seq).toBe(c.seq);
    expect(await appendEntryGuarded(h.tdb.pool, c, c.version, entry, change)).toBe(true);
    const after = await head();
    expect([after.seq, after.version]).toEqual([c.seq + 1, c.version + 1]);
    const rows = await entries();
    expect(verifyChain(rows.map((r) => ({ body: eventBodyOfRow(r), prevHash: r.prev_hash, hash: r.hash })))).toEqual([]);
  });
});
