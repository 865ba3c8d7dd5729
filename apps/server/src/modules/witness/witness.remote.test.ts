import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { EMPTY_ROOT, parseVerifierKey, verifyNote } from '@sanxiang/domain';
import { createHarness, type Harness } from '../../test/harness.ts';
import { demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { LedgerService } from '../ledger/ledger.service.ts';
import { httpWitness } from './witness.client.ts';
import { trustLog } from './witness.service.ts';

/**
 * R-REC-4: the 司法局 runs its own instance with its own database. The agency's instance reaches
 * it over HTTP (C2SP tlog-witness); what the agency's administrator does to the agency's database
 * cannot touch what the witness has seen.
 */
let agency: Harness;
let justice: Harness;
let ledger: LedgerService;
let agencyId: string;
let witnessName: string;

beforeAll(async () => {
  [agency, justice] = await Promise.all([createHarness({ now: '2026-11-16T02:00:00Z' }), createHarness({ now: '2026-11-16T02:00:00Z' })]);
  const base = await justice.app.listen({ port: 0, host: '127.0.0.1' });
  const sfj = justice.agency('sfj');
  const credit = (await justice.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', sfj).executeTakeFirstOrThrow())
    .credit_code;
  const cosigner = justice.keys.witnessCosigner(sfj, `sanxiang.local/witness/${credit}`);
  witnessName = cosigner.name;
  agencyId = agency.agency('scjg');
  // the agency's instance asks only the remote witness: no 司法局 in its own database takes part
  ledger = new LedgerService(
    { db: agency.tdb.db, keys: agency.keys, clock: agency.clock },
    {
      logPrefix: 'sanxiang.agency/log',
      witnessPrefix: 'sanxiang.agency/witness',
      localWitnesses: false,
      remoteWitnesses: [httpWitness(cosigner.vkey, `${base}/witness/${credit}/add-checkpoint`)],
    },
  );
  const origin = await ledger.origin(agencyId);
  // the 司法局's administrator registers the agency's published keys
  await trustLog(
    { db: justice.tdb.db, clock: justice.clock },
    sfj,
    origin,
    agency.keys.logSigners(agencyId, origin).map((s) => s.vkey),
  );
  const cal = new CalendarService(agency.tdb.db);
  await cal.load();
  for (const s of demoScenarios((k) => agency.user(k), '2026-11-16')
    .filter((x) => x.agency === 'scjg')
    .slice(0, 2))
    await runScenario(agency.demoStore(), () => cal.current(), agency.org, s);
});
afterAll(async () => {
  await agency?.close();
  await justice?.close();
});

describe('R-REC-4 a witness on another instance', () => {
  it('cosigns over HTTP, and refuses a rewritten history it can check against its own record', async () => {
    const first = await ledger.checkpoint(agencyId);
    expect(first.witnesses).toEqual([expect.objectContaining({ witness: witnessName, status: 200 })]);
    const cp = await ledger.latestCheckpoint(agencyId);
    expect(
      verifyNote(cp!.note, [parseVerifierKey(justice.keys.witnessCosigner(justice.agency('sfj'), witnessName).vkey)]).verified[0]
        ?.algorithm,
    ).toBe('cosignature/v1');

    // the agency's administrator rewrites the database and destroys the signer's memory
    const victim = await agency.tdb.db
      .selectFrom('case_events')
      .select('id')
      .where('agency_id', '=', agencyId)
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`ALTER TABLE case_events DISABLE TRIGGER USER; ALTER TABLE ledger_leaves DISABLE TRIGGER USER; ALTER TABLE ledger_checkpoints DISABLE TRIGGER USER`.execute(
      agency.tdb.db,
    );
    await sql`DELETE FROM case_events WHERE id = ${victim.id}`.execute(agency.tdb.db);
    await sql`DELETE FROM ledger_leaves; DELETE FROM ledger_tiles; DELETE FROM ledger_cosignatures; DELETE FROM ledger_checkpoints`.execute(
      agency.tdb.db,
    );
    await sql`UPDATE ledger_logs SET size = 0, root = ${Buffer.from(EMPTY_ROOT)}`.execute(agency.tdb.db);
    await sql`INSERT INTO ledger_pending (agency_id, leaf_hash, source, source_id) SELECT agency_id, hash, 'case_event', id FROM case_events WHERE agency_id = ${agencyId} ORDER BY id`.execute(
      agency.tdb.db,
    );
    await sql`ALTER TABLE case_events ENABLE TRIGGER USER; ALTER TABLE ledger_leaves ENABLE TRIGGER USER; ALTER TABLE ledger_checkpoints ENABLE TRIGGER USER`.execute(
      agency.tdb.db,
    );
    rmSync(path.join(agency.dataDir, 'keys', 'signed', `${agencyId}.txt`));
    const cal = new CalendarService(agency.tdb.db);
    await cal.load();
    for (const s of demoScenarios((k) => agency.user(k), '2026-11-16')
      .filter((x) => x.agency === 'scjg')
      .slice(0, 1))
      await runScenario(agency.demoStore(), () => cal.current(), agency.org, s);

    const second = await ledger.checkpoint(agencyId);
    expect(second.signed).toBe(true);
    // the witness still holds the first size: the log must prove consistency from it, and cannot
    expect(second.witnesses[0]?.status).toBe(422);
    const refusals = await justice.tdb.db.selectFrom('witness_refusals').selectAll().execute();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.reason).toBe('consistency proof does not verify');
    const seen = await justice.tdb.db.selectFrom('witness_logs').select(['size']).executeTakeFirstOrThrow();
    expect(seen.size).toBe(first.size);
  });
});
