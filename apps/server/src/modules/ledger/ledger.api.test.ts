import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  MemoryTree,
  TileNodeSource,
  parseCheckpointBody,
  parseVerifierKey,
  rootOf,
  splitNote,
  tilePath,
  tilesOf,
  verifyConsistency,
  verifyInclusion,
  verifyNote,
} from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { sm2Verifier } from '../../adapters/keys/sm2-note.ts';

let h: Harness;
let credit: string;
let agencyId: string;
let sfjCredit: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  for (const s of demoScenarios((k) => h.user(k), '2026-11-16')) await runScenario(h.demoStore(), () => cal.current(), h.org, s);
  agencyId = h.agency('scjg');
  credit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', agencyId).executeTakeFirstOrThrow()).credit_code;
  sfjCredit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('sfj')).executeTakeFirstOrThrow())
    .credit_code;
});
afterAll(async () => h?.close());

async function eventHashesInLeafOrder(agency: string): Promise<Buffer[]> {
  const rows = await h.tdb.db
    .selectFrom('ledger_leaves')
    .innerJoin('case_events', 'case_events.id', 'ledger_leaves.source_id')
    .select(['ledger_leaves.idx', 'case_events.hash', 'ledger_leaves.leaf_hash'])
    .where('ledger_leaves.agency_id', '=', agency)
    .orderBy('ledger_leaves.idx')
    .execute();
  rows.forEach((r, i) => {
    expect(r.idx).toBe(i);
    expect(r.leaf_hash.equals(r.hash)).toBe(true);
  });
  return rows.map((r) => r.hash);
}

async function keys() {
  const res = await h.request(null, 'GET', `/ledger/${credit}/keys`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { origin: string; verifierKeys: string[]; sm2PublicKeyPem: string };
}

describe('R-REC-4 the agency ledger: a Merkle log over every record entry', () => {
  it('sequences every case event as a leaf, signs with Ed25519 and SM2/SM3, and the 司法局 cosigns', async () => {
    const events = Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM case_events WHERE agency_id = ${agencyId}`.execute(h.tdb.db)).rows[0]!.n,
    );
    expect(events).toBeGreaterThan(10);
    const res = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/agencies/${agencyId}/ledger/checkpoint`, {});
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as { size: number; signed: boolean; witnesses: { witness: string; status: number }[] };
    expect(out.size).toBe(events);
    expect(out.signed).toBe(true);
    expect(out.witnesses).toEqual([expect.objectContaining({ witness: `sanxiang.local/witness/${sfjCredit}`, status: 200 })]);

    const leaves = await eventHashesInLeafOrder(agencyId);
    const tree = new MemoryTree();
    for (const l of leaves) tree.append(l);

    const note = (await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body;
    const k = await keys();
    const verifiers = k.verifierKeys.map((v) => sm2Verifier(v) ?? parseVerifierKey(v));
    const opened = verifyNote(note, verifiers);
    expect(opened.verified.map((v) => v.algorithm).sort()).toEqual(['Ed25519', 'SM2-SM3']);
    const cp = parseCheckpointBody(opened.body);
    expect(cp).toMatchObject({ origin: k.origin, size: events });
    expect(Buffer.from(cp.root).equals(Buffer.from(tree.root()))).toBe(true);

    // the witness's cosignature, checked with its published key
    const sfjKeys = (await h.request(null, 'GET', `/ledger/${sfjCredit}/keys`)).json() as { witnessKey: string };
    const cos = verifyNote(note, [parseVerifierKey(sfjKeys.witnessKey)]);
    expect(cos.verified[0]).toMatchObject({ algorithm: 'cosignature/v1', timestamp: Math.floor(h.clock.now().getTime() / 1000) });
    expect((await h.request(null, 'GET', '/ledger')).body).toContain(`sanxiang.local/witness/${sfjCredit}`);
  });

  it('the SM2 signature verifies with OpenSSL (a standard tool, not our code)', async () => {
    const note = (await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body;
    const k = await keys();
    const sm2Key = k.verifierKeys.map((v) => sm2Verifier(v)).find(Boolean)!;
    const { body, signatures } = splitNote(note);
    const sig = signatures.find((s) => s.keyId.equals(sm2Key.keyId))!;
    const dir = mkdtempSync(path.join(tmpdir(), 'sx-sm2-'));
    try {
      writeFileSync(path.join(dir, 'pub.pem'), k.sm2PublicKeyPem);
      writeFileSync(path.join(dir, 'body.txt'), body);
      writeFileSync(path.join(dir, 'sig.der'), sig.signature);
      const run = (file: string) =>
        execFileSync(
          'openssl',
          [
            'dgst',
            '-sm3',
            '-verify',
            path.join(dir, 'pub.pem'),
            '-sigopt',
            'distid:1234567812345678',
            '-signature',
            path.join(dir, 'sig.der'),
            path.join(dir, file),
          ],
          { encoding: 'utf8' },
        );
      expect(run('body.txt')).toContain('Verified OK');
      writeFileSync(path.join(dir, 'forged.txt'), body.replace(/\n\d+\n/, '\n999\n'));
      expect(() => run('forged.txt')).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('issue 23: tiles and the checkpoint carry an ETag and answer a repeat with 304; a partial tile is revalidated, never kept as final', async () => {
    const cp = parseCheckpointBody(splitNote((await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body).body);
    const t = tilesOf(cp.size)[0]!;
    const url = `/ledger/${credit}/${tilePath(t.level, t.index, t.width)}`;
    const tile = await h.request(null, 'GET', url);
    expect(tile.statusCode).toBe(200);
    // a full tile (width 256) never changes and is kept for a year; this log is smaller, so its tile grows
    expect(tile.headers['cache-control']).toBe(t.width === 256 ? 'public, max-age=31536000, immutable' : 'no-cache');
    const etag = String(tile.headers['etag']);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await h.request(null, 'GET', url, undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const checkpoint = await h.request(null, 'GET', `/ledger/${credit}/checkpoint`);
    expect(checkpoint.headers['cache-control']).toBe('no-cache');
    expect(
      (await h.request(null, 'GET', `/ledger/${credit}/checkpoint`, undefined, { 'if-none-match': String(checkpoint.headers['etag']) }))
        .statusCode,
    ).toBe(304);
  });

  it('serves the tree as C2SP tiles from which a verifier rebuilds the root, and proofs for every entry', async () => {
    const cp = parseCheckpointBody(splitNote((await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body).body);
    const fetched = new Map<string, Buffer>();
    for (const t of tilesOf(cp.size)) {
      const res = await h.request(null, 'GET', `/ledger/${credit}/${tilePath(t.level, t.index, t.width)}`);
      expect(res.statusCode, tilePath(t.level, t.index, t.width)).toBe(200);
      fetched.set(`${t.level}/${t.index}`, res.rawPayload);
    }
    const src = new TileNodeSource(cp.size, (l, i, w) => fetched.get(`${l}/${i}`)!.subarray(0, w * 32));
    expect(Buffer.from(rootOf(src, cp.size)).equals(Buffer.from(cp.root))).toBe(true);
    const leaves = await eventHashesInLeafOrder(agencyId);
    for (let i = 0; i < cp.size; i++) {
      const res = await h.request(null, 'GET', `/api/v1/ledger/${credit}/proof/inclusion?index=${i}&size=${cp.size}`);
      const proof = (res.json() as { proof: string[] }).proof.map((p) => Buffer.from(p, 'base64'));
      expect(verifyInclusion(leaves[i]!, i, cp.size, proof, cp.root)).toBe(true);
    }
    expect((await h.request(null, 'GET', `/ledger/${credit}/tile/0/999`)).statusCode).toBe(404);
    expect((await h.request(null, 'GET', `/ledger/${credit}/tile/entries/000`)).statusCode).toBe(404);
    expect(errorCode(await h.request(null, 'GET', `/api/v1/ledger/${credit}/proof/inclusion?index=5&size=${cp.size + 1}`))).toBe(
      'LEDGER_PROOF_RANGE',
    );
  });

  it('a later checkpoint is provably an extension of an earlier one (consistency proof)', async () => {
    const before = parseCheckpointBody(splitNote((await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body).body);
    const cal = new CalendarService(h.tdb.db);
    await cal.load();
    const more = demoScenarios((k) => h.user(k), '2026-11-16')
      .filter((s) => s.agency === 'scjg')
      .slice(0, 2);
    for (const s of more) await runScenario(h.demoStore(), () => cal.current(), h.org, s);
    await h.ledger.checkpoint(agencyId);
    const after = parseCheckpointBody(splitNote((await h.request(null, 'GET', `/ledger/${credit}/checkpoint`)).body).body);
    expect(after.size).toBeGreaterThan(before.size);
    const res = await h.request(null, 'GET', `/api/v1/ledger/${credit}/proof/consistency?old=${before.size}&size=${after.size}`);
    const proof = (res.json() as { proof: string[] }).proof.map((p) => Buffer.from(p, 'base64'));
    expect(verifyConsistency(before.size, after.size, proof, before.root, after.root)).toBe(true);
    // the witness moved along with it
    const w = await h.tdb.db
      .selectFrom('witness_logs')
      .select(['size'])
      .where('origin', '=', (await keys()).origin)
      .executeTakeFirstOrThrow();
    expect(w.size).toBe(after.size);
  });
});
