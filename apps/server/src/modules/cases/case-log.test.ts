import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, verifyChain } from '@sanxiang/domain';
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
    inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
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

  it('appends arriving together are written in one statement, each with its own guard: the current ones are written, a stale one and the loser of two after one head are not', async () => {
    // more cases, each at its head, so that concurrent appends meet in one group
    const ids = [caseId];
    for (let i = 0; i < 5; i++) {
      const res = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
        procedure: 'penalty-general',
        title: `并发记录测试案 ${i}`,
        field: '市场监管',
        regionCode: '130433100',
        party: COMPANY_A,
        officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
        inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const heads = await h.tdb.db
      .selectFrom('cases')
      .select(['id', 'agency_id', 'version', 'last_event_seq', 'last_event_hash', 'state'])
      .where('id', 'in', ids)
      .execute();
    const at = h.clock.now();
    const append = (c: (typeof heads)[number], version: number, place: string) =>
      appendEntryGuarded(
        h.tdb.pool,
        { caseId: c.id, agencyId: c.agency_id, seq: c.last_event_seq, hash: c.last_event_hash },
        version,
        { kind: 'case.step', actorId: h.user('scjg.o1'), at, transition: { step: 'inspect', from: c.state, to: c.state }, data: { place } },
        { state: c.state, terminal: false, nextDueOn: '2026-09-01' },
      );
    const [a, b, ...rest] = heads;
    // the first two go out at once, each alone; the rest, arriving meanwhile, as one group
    const results = await Promise.all([
      ...rest.map((c) => append(c, c.version, '并发')),
      append(a!, a!.version, '第一份'),
      append(a!, a!.version, '第二份'), // the same head of the same case: only one of the two is written
      append(b!, b!.version - 1, '过期的版本'), // stale: not written
    ]);
    expect(results.slice(0, 4)).toEqual(rest.map(() => true));
    expect(results.slice(4, 6).filter(Boolean)).toHaveLength(1);
    expect(results[6]).toBe(false);
    for (const c of heads) {
      const rows = await h.tdb.db
        .selectFrom('case_events')
        .select(['case_id', 'seq', 'kind', 'step', 'from_state', 'to_state', 'actor_id', 'at', 'inputs', 'prev_hash', 'hash', 'body'])
        .where('case_id', '=', c.id)
        .orderBy('seq')
        .execute();
      const after = await h.tdb.db.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      const expected = c.id === b!.id ? c.last_event_seq : c.last_event_seq + 1;
      expect([after.last_event_seq, after.version, rows.length]).toEqual([expected, expected, expected]);
      expect(after.last_event_hash.equals(rows.at(-1)!.hash)).toBe(true);
      if (c.id !== b!.id) {
        expect(after.next_due_on).toBe('2026-09-01');
        // what the group wrote is what one append writes: the stored body is the canonical text of the columns
        expect(rows.at(-1)!.body).toBe(canonicalJson(eventBodyOfRow(rows.at(-1)!)));
      }
      expect(verifyChain(rows.map((r) => ({ body: eventBodyOfRow(r), prevHash: r.prev_hash, hash: r.hash })))).toEqual([]);
    }
  });

  it('an append the database refuses fails alone: the others of its group are written', async () => {
    const heads = await h.tdb.db
      .selectFrom('cases')
      .select(['id', 'agency_id', 'version', 'last_event_seq', 'last_event_hash', 'state'])
      .orderBy('id')
      .limit(5)
      .execute();
    const append = (c: (typeof heads)[number], actorId: string) =>
      appendEntryGuarded(
        h.tdb.pool,
        { caseId: c.id, agencyId: c.agency_id, seq: c.last_event_seq, hash: c.last_event_hash },
        c.version,
        {
          kind: 'case.step',
          actorId,
          at: h.clock.now(),
          transition: { step: 'inspect', from: c.state, to: c.state },
          data: { place: '测试' },
        },
        { state: c.state, terminal: false, nextDueOn: null },
      );
    const nobody = '00000000-0000-4000-8000-000000000000'; // no such user: the foreign key refuses the entry
    // the first two go out alone; the refused one (fourth) is in the group of the last three
    const results = await Promise.allSettled(heads.map((c, i) => append(c, i === 3 ? nobody : h.user('scjg.o1'))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<boolean>).value)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const after = await h.tdb.db
      .selectFrom('cases')
      .select(['id', 'version'])
      .where(
        'id',
        'in',
        heads.map((c) => c.id),
      )
      .execute();
    for (const c of heads) expect(after.find((a) => a.id === c.id)!.version).toBe(c.id === heads[3]!.id ? c.version : c.version + 1);
  });
});
