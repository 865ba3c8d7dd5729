import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, type Harness } from '../../test/harness.ts';
import { rerunMigrations } from '../../test/rerun-migrations.ts';
import { decisionKey, upsertPublicDecision, type PublicDecision } from '../../modules/publications/public-decision.ts';

/**
 * Migration 0052 (issue 23, issue 22 point 5) on a database that already holds decisions, as an
 * upgrade meets it: the search table is filled with exactly the live decisions, in date order,
 * each with its laws and articles parsed from 处罚依据 and its filter tokens beside its bigrams.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
});
afterAll(async () => h?.close());

function decision(
  i: number,
  o: { basis?: string; status?: PublicDecision['status']; fine?: number; region?: string; decidedOn: string },
): PublicDecision {
  const docNumber = `馆市监罚〔2026〕${i}号`;
  const creditCode = '11130433MB0000001X';
  return {
    id: randomUUID(),
    key: decisionKey(creditCode, docNumber),
    source: 'local',
    agency: { id: null, name: '馆陶县市场监督管理局', creditCode, regionCode: o.region ?? null },
    kind: '行政处罚',
    docNumber,
    title: `第${i}号案 行政处罚决定`,
    partyName: `商户${i}`,
    partyCreditCode: null,
    violation: '销售过期食品',
    facts: '当事人销售超过保质期的酸奶。',
    conclusion: '罚款',
    fineAmount: o.fine ?? null,
    decidedOn: o.decidedOn,
    publishedAt: new Date('2026-10-01T00:00:00Z'),
    publicUntil: null,
    status: o.status ?? 'published',
    statusReason: null,
    statusAt: null,
    version: 1,
    history: [],
    fieldSet: 'penalty',
    fields: o.basis ? { CF_YJ: o.basis } : {},
    body: null,
  };
}

describe('migration 0052: the search table from the decisions already published', () => {
  it('holds the live decisions in date order with their laws, articles and tokens', async () => {
    const db = h.tdb.db;
    const rows = [
      decision(1, {
        decidedOn: '2026-03-01',
        basis: '依据《中华人民共和国食品安全法》第一百二十四条第一款第（二）项、第一百二十六条和《中华人民共和国行政处罚法》第二十八条',
        fine: 12_000,
        region: '130433',
      }),
      decision(2, { decidedOn: '2025-01-01', status: 'withdrawn', basis: '《中华人民共和国广告法》第五十五条' }),
      decision(3, { decidedOn: '2024-06-30', status: 'corrected' }),
      decision(4, { decidedOn: '2026-01-15', fine: 500, region: '130433101' }),
    ];
    for (const r of rows) await upsertPublicDecision(db, r, new Date('2026-10-01T00:00:00Z'));
    // the database as it was before 0052: no search table, the bigram index on the read model
    await sql`DROP TABLE search_entries; DROP FUNCTION search_entries_upsert, search_entries_remove CASCADE;
              DROP FUNCTION search_law_refs, search_tokens;
              CREATE INDEX public_decisions_bigrams ON public_decisions USING gin (bigrams) WHERE status IN ('published', 'corrected')`.execute(
      db,
    );
    expect(await rerunMigrations(db, ['0052_search_entries', '0053_drop_public_bigram_index'])).toEqual([
      '0052_search_entries',
      '0053_drop_public_bigram_index',
    ]);
    const got = (
      await sql<{ id: string; decided_on: string; law_refs: string[]; keys: string[] }>`
        SELECT id, decided_on::text, law_refs, keys FROM search_entries ORDER BY ctid`.execute(db)
    ).rows;
    // the withdrawn one left out; the physical order is the date order
    expect(got.map((g) => g.id)).toEqual([rows[2]!.id, rows[3]!.id, rows[0]!.id]);
    expect(got[2]!.law_refs).toEqual([
      '行政处罚法',
      '行政处罚法第二十八条',
      '食品安全法',
      '食品安全法第一百二十六条',
      '食品安全法第一百二十四条',
    ]);
    const tokens = (g: { keys: string[] }) => g.keys.filter((k) => k.length > 2).sort();
    expect(tokens(got[2]!)).toEqual([
      'f:1',
      'f:1000',
      'f:10000',
      'g:100000',
      'g:1000000',
      'l:行政处罚法',
      'l:行政处罚法第二十八条',
      'l:食品安全法',
      'l:食品安全法第一百二十六条',
      'l:食品安全法第一百二十四条',
      'r:130000',
      'r:130400',
      'r:130433',
      'v:销售过期食品',
    ]);
    expect(tokens(got[1]!)).toEqual([
      'f:1',
      'g:1000',
      'g:10000',
      'g:100000',
      'g:1000000',
      'r:130000',
      'r:130400',
      'r:130433',
      'r:130433101',
      'v:销售过期食品',
    ]);
    expect(tokens(got[0]!)).toEqual(['v:销售过期食品']);
    expect(got[0]!.keys).toContain('酸奶');
    const index = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'public_decisions_bigrams'`.execute(
      db,
    );
    expect(index.rows[0]!.n).toBe(0);
  });
});
