import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { GENESIS_HASH } from '@sanxiang/domain';
import { systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { loadDemoOrg } from '../apps/server/src/demo/demo-org.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { LedgerService } from '../apps/server/src/modules/ledger/ledger.service.ts';
import { sealEntry } from '../apps/server/src/modules/cases/case-log.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { verifyStore } from '../apps/server/src/modules/verify/verify-store.ts';
import { embeddedTarget, externalTarget } from './lib/targets.ts';
import { fmt } from './lib/stats.ts';

/**
 * The ledger at 1,000,000 entries (R-REC-4): sequencing throughput (appends/s, batched), inclusion
 * proof time, and a full `verify` of every hash, the tree and the checkpoint. Each figure is
 * printed with the plain-database baseline measured in the same run.
 */
const N = Number(process.env['BENCH_LEDGER_ENTRIES'] ?? 1_000_000);
const PER_CASE = 100;
const BATCH_CASES = 100;

export async function main(): Promise<string[]> {
  const target = (await externalTarget()) ?? (await embeddedTarget());
  const pool = createPool(target.url, 8);
  const db = createKysely(pool);
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-ledger-bench-'));
  const lines: string[] = [];
  try {
    await migrateToLatest(db);
    const org = await loadDemoOrg(db, systemClock);
    const agencyId = org.agencies.get('scjg')!;
    const actorId = org.users.get('scjg.o1')!;
    const keys = openKeyStore({ keysDir: path.join(dir, 'keys') });
    const ledger = new LedgerService(
      { db, keys, clock: systemClock },
      { logPrefix: 'bench.local/log', witnessPrefix: 'bench.local/witness' },
    );
    const agency = await db.selectFrom('agencies').select(['region_code']).where('id', '=', agencyId).executeTakeFirstOrThrow();
    const partyId = randomUUID();
    await db
      .insertInto('parties')
      .values({
        id: partyId,
        agency_id: agencyId,
        kind: 'org',
        name: '基准测试当事人',
        credit_code: null,
        id_number: null,
        legal_rep: null,
      })
      .execute();

    // 1,000,000 chained case events over 10,000 cases, written in bulk (the insert trigger queues each for the ledger)
    const t0 = performance.now();
    const cases = N / PER_CASE;
    for (let c0 = 0; c0 < cases; c0 += BATCH_CASES) {
      const ids: string[] = [];
      const cols = {
        case: [] as string[],
        seq: [] as number[],
        step: [] as string[],
        at: [] as string[],
        inputs: [] as string[],
        prev: [] as Buffer[],
        hash: [] as Buffer[],
        body: [] as string[],
      };
      const last: { id: string; seq: number; hash: Buffer }[] = [];
      for (let c = c0; c < Math.min(cases, c0 + BATCH_CASES); c++) {
        const id = randomUUID();
        ids.push(id);
        let prev: Buffer = GENESIS_HASH;
        for (let s = 1; s <= PER_CASE; s++) {
          const at = new Date(Date.UTC(2026, 0, 1) + c * 60_000 + s * 1000);
          const inputs = { note: '基准测试记录', case: c, step: s };
          const { hash, text } = sealEntry(
            { caseId: id, seq: s - 1, hash: prev },
            { kind: 'case.step', transition: { step: 'inspect', from: null, to: null }, actorId, at, data: inputs },
          );
          cols.case.push(id);
          cols.seq.push(s);
          cols.step.push('inspect');
          cols.at.push(at.toISOString());
          cols.inputs.push(JSON.stringify(inputs));
          cols.prev.push(prev);
          cols.hash.push(hash);
          cols.body.push(text);
          prev = hash;
        }
        last.push({ id, seq: PER_CASE, hash: prev });
      }
      await sql`INSERT INTO cases (id, agency_id, procedure_code, procedure_version, rule_pack_id, rule_pack_version, number, number_word, number_year, number_seq, title, field, region_code, party_id, state, last_event_seq, last_event_hash, opened_by, opened_at, updated_at)
        SELECT id, ${agencyId}::uuid, 'penalty-general', '1', 'cf-2021', '1', 'BENCH-' || n, '罚', 2026, n, '基准测试案件', '市场监管', ${agency.region_code}, ${partyId}::uuid, 'investigating', s, h, ${actorId}::uuid, now(), now()
        FROM unnest(${last.map((l) => l.id)}::uuid[], ${last.map((_, i) => c0 + i + 1)}::int[], ${last.map((l) => l.seq)}::int[], ${last.map((l) => l.hash)}::bytea[]) AS t(id, n, s, h)`.execute(
        db,
      );
      await sql`INSERT INTO case_events (agency_id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash, body)
        SELECT ${agencyId}::uuid, c, s, 'case.step', st, NULL, NULL, ${actorId}::uuid, a, i, p, h, b
        FROM unnest(${cols.case}::uuid[], ${cols.seq}::int[], ${cols.step}::text[], ${cols.at}::timestamptz[], ${cols.inputs}::jsonb[], ${cols.prev}::bytea[], ${cols.hash}::bytea[], ${cols.body}::text[]) AS t(c, s, st, a, i, p, h, b)`.execute(
        db,
      );
    }
    const written = (performance.now() - t0) / 1000;
    lines.push(`setup: ${fmt(N, 0)} chained case events over ${fmt(cases, 0)} cases written in ${fmt(written, 1)} s [${target.kind}]`);

    // appends: the sequencer turns queued entries into leaves and tiles, 50,000 per transaction
    const t1 = performance.now();
    const seq = await ledger.sequence(agencyId);
    const seqSecs = (performance.now() - t1) / 1000;
    await sql`CREATE TABLE bench_copy AS SELECT * FROM ledger_leaves WITH NO DATA`.execute(db);
    const t2 = performance.now();
    await sql`INSERT INTO bench_copy SELECT * FROM ledger_leaves`.execute(db);
    const copySecs = (performance.now() - t2) / 1000;
    const appendRate = seq.appended / seqSecs;
    lines.push(
      `ledger appends (batched sequencing into leaves + tiles + root): ${fmt(appendRate, 0)}/s (${fmt(seq.appended, 0)} in ${fmt(seqSecs, 1)} s)`,
      `  baseline: plain INSERT … SELECT of the same ${fmt(seq.appended, 0)} leaf rows: ${fmt(seq.appended / copySecs, 0)}/s   ratio ${fmt(appendRate / (seq.appended / copySecs), 2)}   target >= 20,000/s: ${appendRate >= 20_000 ? 'met' : 'NOT met'}`,
    );
    await ledger.sign(agencyId);

    // inclusion proofs at 1,000,000 entries, from the tile store (full tiles cached after first use)
    const size = seq.size;
    const cold0 = performance.now();
    await ledger.inclusion(agencyId, Math.floor(size / 3), size);
    const cold = performance.now() - cold0;
    // steady state: every tile read once (4,000 tiles, 32 MiB, kept in memory); the cold figure above is the first proof
    for (let i = 0; i < size; i += 256) await ledger.inclusion(agencyId, i, size);
    const times: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = performance.now();
      await ledger.inclusion(agencyId, Math.floor(Math.random() * size), size);
      times.push(performance.now() - a);
    }
    times.sort((x, y) => x - y);
    const mean = times.reduce((x, y) => x + y, 0) / times.length;
    const p99 = times[Math.floor(times.length * 0.99)]!;
    const pk0 = performance.now();
    for (let i = 0; i < 2000; i++)
      await db
        .selectFrom('ledger_leaves')
        .select('leaf_hash')
        .where('agency_id', '=', agencyId)
        .where('idx', '=', Math.floor(Math.random() * size))
        .executeTakeFirst();
    const pk = (performance.now() - pk0) / 2000;
    lines.push(
      `inclusion proof at ${fmt(size, 0)} entries, tiles in memory: mean ${fmt(mean * 1000, 0)} µs, p99 ${fmt(p99 * 1000, 0)} µs (first proof, tiles read from the database: ${fmt(cold, 2)} ms)`,
      `  baseline: one primary-key SELECT of a leaf: ${fmt(pk * 1000, 0)} µs   ratio ${fmt(mean / pk, 2)}   target < 1 ms: ${p99 < 1 ? 'met' : 'NOT met'}`,
    );

    // full verify: every event hash and chain, every leaf against its event, the tree, tiles, checkpoint signatures
    const v0 = performance.now();
    const report = await verifyStore({
      db,
      keys,
      blobs: FsBlobStore.inDataDir(dir),
      witnessPrefix: 'bench.local/witness',
      parallel: { url: target.url, workers: 2 },
    });
    const verifySecs = (performance.now() - v0) / 1000;
    const r0 = performance.now();
    let after = 0;
    let read = 0;
    for (;;) {
      const rows = await sql<{
        id: number;
      }>`SELECT id, case_id, seq, kind, step, from_state, to_state, actor_id, at, inputs, prev_hash, hash FROM case_events WHERE id > ${after} ORDER BY id LIMIT 20000`.execute(
        db,
      );
      if (rows.rows.length === 0) break;
      read += rows.rows.length;
      after = rows.rows[rows.rows.length - 1]!.id;
    }
    const readSecs = (performance.now() - r0) / 1000;
    lines.push(
      `full verify of ${fmt(read, 0)} entries: ${fmt(verifySecs, 1)} s, ${report.problems.length} problems (chains checked inside the database over 2 connections, beside the tree, tiles and signatures)`,
      `  baseline: reading the same rows in 20,000-row pages: ${fmt(readSecs, 1)} s   ratio ${fmt(verifySecs / readSecs, 2)}   target < 15 s: ${verifySecs < 15 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await db.destroy();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
