import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { EMPTY_ROOT, parseCheckpointBody, splitNote, verifyConsistency } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';

/**
 * R-REC-4: an administrator with full control of the database rewrites an agency's history
 * (deletes a record and rebuilds the ledger without it). The signer refuses to sign the new
 * tree; with the signer's memory destroyed too, the 司法局 witness refuses to cosign, and anyone
 * holding the old checkpoint can show that no consistency proof exists.
 */
let h: Harness;
let cal: CalendarService;
let agencyId: string;
let credit: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  cal = new CalendarService(h.tdb.db);
  await cal.load();
  for (const s of demoScenarios((k) => h.user(k), '2026-11-16').filter((s) => s.agency === 'scjg'))
    await runScenario(h.demoStore(), () => cal.current(), h.org, s);
  agencyId = h.agency('scjg');
  credit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', agencyId).executeTakeFirstOrThrow()).credit_code;
});
afterAll(async () => h?.close());

async function rewriteHistoryWithout(eventId: number) {
  await sql`
    ALTER TABLE case_events DISABLE TRIGGER USER;
    ALTER TABLE ledger_leaves DISABLE TRIGGER USER;
    ALTER TABLE ledger_checkpoints DISABLE TRIGGER USER;
  `.execute(h.tdb.db);
  try {
    await sql`DELETE FROM case_events WHERE id = ${eventId}`.execute(h.tdb.db);
    await sql`DELETE FROM ledger_leaves WHERE agency_id = ${agencyId}`.execute(h.tdb.db);
    await sql`DELETE FROM ledger_tiles WHERE agency_id = ${agencyId}`.execute(h.tdb.db);
    await sql`DELETE FROM ledger_cosignatures WHERE agency_id = ${agencyId}`.execute(h.tdb.db);
    await sql`DELETE FROM ledger_checkpoints WHERE agency_id = ${agencyId}`.execute(h.tdb.db);
    await sql`UPDATE ledger_logs SET size = 0, root = ${Buffer.from(EMPTY_ROOT)} WHERE agency_id = ${agencyId}`.execute(h.tdb.db);
    await sql`INSERT INTO ledger_pending (agency_id, leaf_hash, source, source_id)
      SELECT agency_id, hash, 'case_event', id FROM case_events WHERE agency_id = ${agencyId} ORDER BY id`.execute(h.tdb.db);
  } finally {
    await sql`
      ALTER TABLE case_events ENABLE TRIGGER USER;
      ALTER TABLE ledger_leaves ENABLE TRIGGER USER;
      ALTER TABLE ledger_checkpoints ENABLE TRIGGER USER;
    `.execute(h.tdb.db);
  }
}

describe('R-REC-4 the witness endpoint follows C2SP tlog-witness', () => {
  it('answers malformed, unknown, unsigned and stale requests with 400, 404, 403 and 409', async () => {
    const sfj = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('sfj')).executeTakeFirstOrThrow())
      .credit_code;
    const post = (body: string) =>
      h.app.inject({ method: 'POST', url: `/witness/${sfj}/add-checkpoint`, payload: body, headers: { 'content-type': 'text/plain' } });
    await h.ledger.checkpoint(agencyId);
    const note = (await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body;
    const signedOnly = note
      .split('\n')
      .filter((l) => !l.includes('witness'))
      .join('\n');
    expect((await post('garbage')).statusCode).toBe(400);
    expect((await post(`old 0\n\n${signedOnly.replace(/^[^\n]+/, 'unknown.example/log')}`)).statusCode).toBe(404);
    const tampered = signedOnly.replace(/\n(\d+)\n/, (_m, n) => `\n${Number(n) + 1}\n`);
    expect((await post(`old 0\n\n${tampered}`)).statusCode).toBe(403);
    const stale = await post(`old 0\n\n${signedOnly}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('text/x.tlog.size');
    expect(stale.body).toMatch(/^\d+\n$/);
    const size = parseCheckpointBody(splitNote(note).body).size;
    const again = await post(`old ${size}\n\n${signedOnly}`);
    expect(again.statusCode).toBe(200);
    expect(again.body).toMatch(/^— sanxiang\.local\/witness\/\S+ [A-Za-z0-9+/=]+\n$/);
    expect((await post(`old ${size + 5}\n\n${signedOnly}`)).statusCode).toBe(400);
    // an enforcement agency is not a witness
    expect(
      (await h.app.inject({ method: 'POST', url: `/witness/${credit}/add-checkpoint`, payload: `old 0\n\n${signedOnly}` })).statusCode,
    ).toBe(404);
  });
});

describe('R-REC-4 rewriting history in the database is exposed', () => {
  it('the signer refuses, the witness refuses, and the old checkpoint cannot be extended to the new tree', async () => {
    const first = await h.ledger.checkpoint(agencyId);
    expect(first.witnesses[0]?.status).toBe(200);
    const oldCp = parseCheckpointBody(splitNote(first.note).body);
    const victim = await h.tdb.db
      .selectFrom('case_events')
      .select('id')
      .where('agency_id', '=', agencyId)
      .orderBy('id')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();

    await rewriteHistoryWithout(Number(victim.id));
    // more work after the rewrite, so the new tree is larger than the old one
    for (const s of demoScenarios((k) => h.user(k), '2026-11-16')
      .filter((s) => s.agency === 'scjg')
      .slice(0, 2))
      await runScenario(h.demoStore(), () => cal.current(), h.org, s);

    const refused = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/agencies/${agencyId}/ledger/checkpoint`, {});
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('LEDGER_INCONSISTENT');
    expect(refused.json().error.message).toContain('拒绝签名');

    // the administrator also destroys the signer's memory in the key folder: the signature comes, the witness refuses
    rmSync(path.join(h.dataDir, 'keys', 'signed', `${agencyId}.txt`));
    const second = await h.ledger.checkpoint(agencyId);
    expect(second.signed).toBe(true);
    const newCp = parseCheckpointBody(splitNote(second.note).body);
    expect(newCp.size).toBeGreaterThan(oldCp.size);
    expect(second.witnesses).toEqual([expect.objectContaining({ status: 422, message: expect.stringContaining('一致性证明不成立') })]);
    const refusals = await h.tdb.db.selectFrom('witness_refusals').selectAll().execute();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ old_size: oldCp.size, reason: 'consistency proof does not verify' });
    // nothing the log can serve makes the old checkpoint a prefix of the new one
    const proof = await h.ledger.consistency(agencyId, oldCp.size, newCp.size);
    expect(verifyConsistency(oldCp.size, newCp.size, proof, oldCp.root, newCp.root)).toBe(false);
    // the public page shows the new checkpoint without a cosignature
    const latest = await h.ledger.latestCheckpoint(agencyId);
    expect(latest?.cosignatures).toEqual([]);
  });
});
