import { chmodSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { runDemoCases } from '../../test/demo-cases.ts';
import type { FsBlobStore } from '../../adapters/blobs/fs-blob-store.ts';
import { verifyStore } from './verify-store.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { publishDemoDecisions } from '../../demo/demo-publications.ts';

let h: Harness;
const blobPath = (sha256: string) => (h.blobs as FsBlobStore).pathOf(sha256);
const run = () => verifyStore({ db: h.tdb.db, keys: h.keys, blobs: h.blobs, witnessPrefix: 'sanxiang.local/witness' });

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  await runDemoCases(h);
  const cal = new CalendarService(h.tdb.db);
  await cal.load();
  await publishDemoDecisions(h.demoStore(), h.clock, () => cal.current(), h.org);
  await h.request(
    await h.token('sfj.jiandu'),
    'GET',
    `/api/v1/party-records?creditCode=${COMPANY_A.creditCode}&reason=${encodeURIComponent('专项检查')}`,
  );
  await h.ledger.checkpointAll();
});
afterAll(async () => h?.close());

async function withTriggersOff(fn: () => Promise<void>) {
  await sql`ALTER TABLE case_events DISABLE TRIGGER USER; ALTER TABLE ledger_leaves DISABLE TRIGGER USER; ALTER TABLE ledger_checkpoints DISABLE TRIGGER USER;
            ALTER TABLE access_events DISABLE TRIGGER USER; ALTER TABLE evidence DISABLE TRIGGER USER;
            ALTER TABLE publication_versions DISABLE TRIGGER USER; ALTER TABLE publication_events DISABLE TRIGGER USER`.execute(h.tdb.db);
  try {
    await fn();
  } finally {
    await sql`ALTER TABLE case_events ENABLE TRIGGER USER; ALTER TABLE ledger_leaves ENABLE TRIGGER USER; ALTER TABLE ledger_checkpoints ENABLE TRIGGER USER;
              ALTER TABLE access_events ENABLE TRIGGER USER; ALTER TABLE evidence ENABLE TRIGGER USER;
              ALTER TABLE publication_versions ENABLE TRIGGER USER; ALTER TABLE publication_events ENABLE TRIGGER USER`.execute(h.tdb.db);
  }
}

describe('R-REC-4 sanxiang verify: the whole store checked offline', () => {
  it('finds an untouched store intact: chains, access log, trees, signatures, cosignatures and evidence files', async () => {
    const r = await run();
    expect(r.problems).toEqual([]);
    const text = r.checked.join('\n');
    expect(text).toMatch(/执法文书 \d+ 份/);
    expect(text).toMatch(/案件 9 件，记录 \d+ 条/);
    expect(text).toMatch(/馆陶县市场监督管理局 账本 \d+ 条，检查点 1 个（Ed25519 与 SM2 签名已验证），见证副署 1 个已验证/);
    expect(text).toMatch(/音像记录原件 \d+ 个/);
    expect(text).toMatch(/公示操作 \d+ 项：已逐条重算哈希；公示版本 [1-9]\d* 个：已由原文、规则与人工标注重新生成并核对/);
  });

  it('checks the hash chains over two connections at once with the same result', async () => {
    const r = await verifyStore({
      db: h.tdb.db,
      keys: h.keys,
      blobs: h.blobs,
      witnessPrefix: 'sanxiang.local/witness',
      parallel: { url: h.tdb.url, workers: 2 },
    });
    expect(r.problems).toEqual([]);
    expect(r.checked[0]).toEqual((await run()).checked[0]);
  });

  it('catches and pinpoints every kind of tampering with rows and files', async () => {
    const cases = await h.tdb.db.selectFrom('cases').select(['id', 'number']).orderBy('number').execute();
    const [a, b, c, d] = [cases[0]!, cases[1]!, cases[2]!, cases[3]!];
    const evidence = await h.tdb.db.selectFrom('evidence').selectAll().orderBy('recorded_at').execute();
    // three evidence files with different contents (demo photos repeat across cases)
    const distinct = [...new Map(evidence.map((e) => [e.sha256, e])).values()];
    const [e1, e2, e3] = [distinct[0]!, distinct[1]!, distinct[2]!];
    const access = await h.tdb.db.selectFrom('access_events').select('id').executeTakeFirstOrThrow();
    const version = await h.tdb.db
      .selectFrom('publication_versions as v')
      .innerJoin('publications as p', 'p.id', 'v.publication_id')
      .select(['p.id', 'p.doc_number'])
      .executeTakeFirstOrThrow();
    const shown = await h.tdb.db
      .selectFrom('public_decisions')
      .select(['id', 'doc_number'])
      .where('id', '!=', version.id)
      .executeTakeFirstOrThrow();
    const act = await h.tdb.db
      .selectFrom('publication_events')
      .select(['id', 'publication_id'])
      .where('kind', '=', 'published')
      .executeTakeFirstOrThrow();
    const victim = await h.tdb.db
      .selectFrom('case_events')
      .select(['id', 'seq', 'kind'])
      .where('case_id', '=', b.id)
      .where('kind', '=', 'case.step')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await withTriggersOff(async () => {
      await sql`UPDATE case_events SET inputs = inputs || '{"findings":"改过的记录"}'::jsonb WHERE case_id = ${a.id} AND seq = 2`.execute(
        h.tdb.db,
      );
      await sql`DELETE FROM case_events WHERE id = ${victim.id}`.execute(h.tdb.db);
      // an entry without its stored text (as written before migration 0012) is checked from its columns
      await sql`UPDATE case_events SET body = NULL, inputs = inputs || '{"added":1}'::jsonb WHERE case_id = ${c.id} AND seq = 2`.execute(
        h.tdb.db,
      );
      // a stored text that is not JSON, its hash forged to match: the database check falls back to the columns
      await sql`UPDATE case_events SET body = 'forged', hash = sha256('\\x00'::bytea || prev_hash || convert_to('forged', 'UTF8')) WHERE case_id = ${d.id} AND seq = 1`.execute(
        h.tdb.db,
      );
      await sql`UPDATE access_events SET reason = '无' WHERE id = ${access.id}`.execute(h.tdb.db);
      // a published text edited by hand, and the portal's copy with it; an act's record changed
      await sql`UPDATE publication_versions SET published_text = coalesce(published_text, '') || '（补充）' WHERE publication_id = ${version.id}`.execute(
        h.tdb.db,
      );
      await sql`UPDATE public_decisions SET body = coalesce(body, '') || '（补充）' WHERE id = ${version.id}`.execute(h.tdb.db);
      await sql`UPDATE public_decisions SET body = '全文' WHERE id = ${shown.id}`.execute(h.tdb.db);
      await sql`UPDATE publication_events SET details = details || '{"tampered":1}'::jsonb WHERE id = ${act.id}`.execute(h.tdb.db);
      await sql`UPDATE evidence SET sha256 = ${'0'.repeat(64)} WHERE id = ${e3.id}`.execute(h.tdb.db);
      await sql`UPDATE ledger_checkpoints SET note = replace(note, E'\\n\\n', E'\\nextra\\n\\n')`.execute(h.tdb.db);
    });
    const altered = blobPath(e1.sha256);
    chmodSync(altered, 0o644);
    const bytes = readFileSync(altered);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(altered, bytes);
    rmSync(blobPath(e2.sha256));

    const r = await run();
    const viaWorkers = await verifyStore({
      db: h.tdb.db,
      keys: h.keys,
      blobs: h.blobs,
      witnessPrefix: 'sanxiang.local/witness',
      parallel: { url: h.tdb.url, workers: 2 },
    });
    expect(new Set(viaWorkers.problems.map((p) => p.message))).toEqual(new Set(r.problems.map((p) => p.message)));
    const find = (kind: string, text: string) => r.problems.find((p) => p.kind === kind && p.message.includes(text));
    expect(find('event-hash', `案件 ${a.number} 第 2 条记录`), JSON.stringify(r.problems, null, 1)).toBeTruthy();
    expect(find('event-hash', `案件 ${c.number} 第 2 条记录`)).toBeTruthy();
    expect(find('event-hash', `案件 ${d.number} 第 1 条记录`)).toBeTruthy();
    expect(find('chain-break', `案件 ${d.number} 第 2 条记录`)).toBeTruthy();
    expect(find('chain-gap', `案件 ${b.number} 第 ${victim.seq + 1} 条记录`)).toBeTruthy();
    expect(find('leaf-source-missing', `case_events.id=${victim.id}`)).toBeTruthy();
    expect(find('access-hash', `调阅记录 ${access.id}`)).toBeTruthy();
    expect(find('publication-text', `公示 ${version.doc_number} 第 1 版`)).toBeTruthy();
    expect(find('publication-view', shown.doc_number)).toBeTruthy();
    expect(find('publication-act', `公示记录 ${act.publication_id}`)).toBeTruthy();
    expect(find('blob-altered', altered)).toBeTruthy();
    expect(find('blob-missing', e2.sha256)).toBeTruthy();
    expect(find('evidence-row', `evidence.id=${e3.id}`)).toBeTruthy();
    expect(find('checkpoint-signature', '检查点')).toBeTruthy();
    // nothing else is blamed: every problem comes from one of the edits above
    const kinds = new Set(r.problems.map((p) => p.kind));
    const expected = [
      'access-hash',
      'blob-altered',
      'blob-missing',
      'chain-gap',
      'checkpoint-signature',
      'event-hash',
      'chain-break',
      'evidence-row',
      'leaf-mismatch',
      'leaf-source-missing',
      'publication-act',
      'publication-text',
      'publication-view',
    ];
    expect([...kinds].sort()).toEqual(expected.sort());
  });
});
