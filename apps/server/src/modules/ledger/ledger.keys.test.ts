import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyStore } from '../../adapters/keys/key-store.ts';
import { COMPANY_A } from '../../demo/demo-scenario-parties.ts';
import { createHarness, type Harness } from '../../test/harness.ts';
import { LedgerService } from './ledger.service.ts';

/**
 * R-REC-4, scale-out (docs/deploy.md): every instance of a deployment signs with the same seed. A
 * second ledger service on the same database with a seed of its own (an instance started with a
 * data folder of its own) is refused at start-up and refuses to sign, so the append-only table of
 * checkpoints never holds one that the log's verifiers reject.
 */
let h: Harness;
let otherKeys: string;
let agencyId: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  otherKeys = mkdtempSync(path.join(tmpdir(), 'sx-other-keys-'));
  agencyId = h.agency('scjg');
});
afterAll(async () => {
  await h?.close();
  rmSync(otherKeys, { recursive: true, force: true });
});

async function openCase(): Promise<void> {
  const r = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
    procedure: 'inspection',
    title: '日常巡查',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'routine', subject: '食品销售者进货查验记录', basis: '《中华人民共和国食品安全法》第五十三条' },
  });
  expect(r.statusCode, r.body).toBe(201);
}

const checkpoints = async () =>
  (await h.tdb.db.selectFrom('ledger_checkpoints').select('size').where('agency_id', '=', agencyId).orderBy('size').execute()).map((c) =>
    Number(c.size),
  );

describe('R-REC-4 one log, one signing key', () => {
  it('a ledger service holding another seed is refused at start-up and cannot sign; the right one signs on', async () => {
    await openCase();
    await h.ledger.checkpointAll();
    const before = await checkpoints();
    expect(before.length).toBeGreaterThan(0);
    await expect(h.ledger.checkKeys()).resolves.toBeUndefined();

    const stranger = new LedgerService(
      { db: h.tdb.db, keys: openKeyStore({ keysDir: path.join(otherKeys, 'keys') }), clock: h.clock },
      { logPrefix: 'sanxiang.local/log', witnessPrefix: 'sanxiang.local/witness' },
    );
    await expect(stranger.checkKeys()).rejects.toMatchObject({ code: 'LEDGER_INCONSISTENT', message: expect.stringContaining('签名密钥') });

    // the log grows; the stranger may sequence it, but not sign it
    await openCase();
    await stranger.sequence(agencyId);
    await expect(stranger.sign(agencyId)).rejects.toMatchObject({ code: 'LEDGER_INCONSISTENT' });
    expect(await checkpoints()).toEqual(before);

    const signed = await h.ledger.sign(agencyId);
    expect(signed.signed).toBe(true);
    expect(await checkpoints()).toEqual([...before, signed.size]);
  });
});
