import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, accessHash, eventHash, type EventBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { accessBodyOfRow } from '../access/access.service.ts';
import { accessEntriesAfter } from '../access/access.queries.ts';
import type { Findings } from './verify-report.ts';
import { caseLogEntries, caseSummaries, chainHeadsInRange } from '../cases/case.reads.ts';
import { createPool } from '../../adapters/db/pool.ts';
import { createKysely } from '../../db/database.ts';

const BATCH = 20_000;
const LEAF_PREFIX = Buffer.from([0]);

/**
 * Every case's event chain: each entry's hash recomputed from its content and previous hash,
 * sequence numbers without gaps, and the case row's last entry matching the chain's end.
 */
export const UUID_MIN = '00000000-0000-0000-0000-000000000000';
export const UUID_MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * The cases whose ids lie in [lo, hi] (a range, so that parallel workers share the work without
 * overlap). Entries carrying their canonical text (all written since migration 0012) are checked
 * inside the database: SHA-256 of the text against the stored hash, the text against the columns
 * the product reads, and each entry's link to the one before it. Only problems come back, plus
 * the older entries without a text, whose hashes are recomputed here.
 */
export async function verifyCaseChains(
  db: Kysely<Database>,
  f: Findings,
  lo = UUID_MIN,
  hi = UUID_MAX,
): Promise<{ cases: number; events: number }> {
  const cases = new Map<string, { number: string; lastSeq: number; lastHash: Buffer }>();
  for (const c of await chainHeadsInRange(db, lo, hi)) {
    cases.set(c.id, { number: c.number, lastSeq: c.last_event_seq, lastHash: c.last_event_hash });
  }
  const numberOf = (caseId: string) => cases.get(caseId)?.number ?? caseId;
  const where = (r: { case_id: string; seq: number; id: string | number }) =>
    `案件 ${numberOf(r.case_id)} 第 ${r.seq} 条记录（case_events.id=${r.id}）`;

  const inDatabase = (checkText: boolean) =>
    sql<{ id: string; case_id: string; seq: number; lag_seq: number | null; link_ok: boolean; content_ok: boolean | null }>`
    SELECT id, case_id, seq, lag_seq, link_ok, content_ok FROM (
      SELECT e.id, e.case_id, e.seq,
             lag(e.seq) OVER w AS lag_seq,
             e.prev_hash = coalesce(lag(e.hash) OVER w, ${GENESIS_HASH}) AS link_ok,
             CASE WHEN e.body IS NULL OR NOT ${checkText} THEN NULL ELSE
               sha256(${LEAF_PREFIX} || e.prev_hash || convert_to(e.body, 'UTF8')) = e.hash
               -- the text says what the columns say (parsed once; the instant to the millisecond, as written)
               AND e.body::jsonb = jsonb_build_object('actorId', e.actor_id, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'caseId', e.case_id,
                                                      'fromState', e.from_state, 'inputs', e.inputs, 'kind', e.kind, 'seq', e.seq, 'step', e.step, 'toState', e.to_state)
             END AS content_ok
        FROM ${caseLogEntries(db).as('e')}
       WHERE e.case_id BETWEEN ${lo}::uuid AND ${hi}::uuid
      WINDOW w AS (PARTITION BY e.case_id ORDER BY e.seq)
    ) x
    WHERE content_ok IS NOT TRUE OR NOT link_ok OR seq <> coalesce(lag_seq, 0) + 1
    ORDER BY case_id, seq`.execute(db);
  let flagged;
  try {
    flagged = await inDatabase(true);
  } catch (e) {
    // a text that is not JSON at all (hashes forged to match it): check every entry of the range from its columns
    if ((e as { code?: string }).code !== '22P02') throw e;
    flagged = await inDatabase(false);
  }
  const legacy: string[] = [];
  for (const r of flagged.rows) {
    const expected = (r.lag_seq ?? 0) + 1;
    if (r.seq !== expected) f.add('chain-gap', where(r), `${where(r)}之前缺少第 ${expected}–${r.seq - 1} 条记录：记录被删除`);
    else if (!r.link_ok) f.add('chain-break', where(r), `${where(r)}的前序哈希与上一条不符：其间记录被删除或改动`);
    if (r.content_ok === false) f.add('event-hash', where(r), `${where(r)}的内容与其哈希不符：该记录被改动`);
    if (r.content_ok === null) legacy.push(r.id);
  }
  // entries from before migration 0012: the hash recomputed from the columns, as they were written
  for (let i = 0; i < legacy.length; i += BATCH) {
    const rows = (
      await sql<{
        id: string;
        case_id: string;
        seq: number;
        kind: string;
        step: string | null;
        from_state: string | null;
        to_state: string | null;
        actor_id: string;
        at_ms: number;
        inputs: unknown;
        prev_hash: Buffer;
        hash: Buffer;
      }>`
        SELECT id, case_id, seq, kind, step, from_state, to_state, actor_id, floor(extract(epoch FROM at) * 1000)::bigint AS at_ms, inputs, prev_hash, hash
          FROM ${caseLogEntries(db).as('e')} WHERE id = ANY(${legacy.slice(i, i + BATCH)}::bigint[])`.execute(db)
    ).rows;
    for (const r of rows) {
      const body: EventBody = {
        caseId: r.case_id,
        seq: r.seq,
        kind: r.kind,
        step: r.step,
        fromState: r.from_state,
        toState: r.to_state,
        actorId: r.actor_id,
        at: new Date(Number(r.at_ms)).toISOString(),
        inputs: r.inputs,
      };
      if (!eventHash(body, r.prev_hash).equals(r.hash)) f.add('event-hash', where(r), `${where(r)}的内容与其哈希不符：该记录被改动`);
    }
  }
  // each case's row names its last entry: a chain cut at its end is caught here
  const ends = await sql<{ case_id: string; seq: number | null; hash: Buffer | null; events: number }>`
    SELECT c.id AS case_id, l.seq, l.hash, coalesce(n.events, 0)::int AS events FROM ${caseSummaries(db).as('c')}
      LEFT JOIN LATERAL (SELECT seq, hash FROM ${caseLogEntries(db).as('e')} WHERE e.case_id = c.id ORDER BY seq DESC LIMIT 1) l ON true
      LEFT JOIN LATERAL (SELECT count(*) AS events FROM ${caseLogEntries(db).as('e')} WHERE e.case_id = c.id) n ON true
     WHERE c.id BETWEEN ${lo}::uuid AND ${hi}::uuid`.execute(db);
  let events = 0;
  for (const e of ends.rows) {
    events += e.events;
    const k = cases.get(e.case_id);
    if (!k) continue;
    if (e.seq === null) {
      if (k.lastSeq > 0) f.add('chain-missing', `案件 ${k.number}`, `案件 ${k.number} 的全部 ${k.lastSeq} 条记录都不存在：记录被删除`);
    } else if (k.lastSeq !== e.seq || !e.hash || !k.lastHash.equals(e.hash)) {
      f.add('chain-end', `案件 ${k.number}`, `案件 ${k.number} 应有 ${k.lastSeq} 条记录，链上最后一条是第 ${e.seq} 条：记录被删除或改动`);
    }
  }
  // entries whose case row is gone
  const orphans = await sql<{ case_id: string; n: number }>`
    SELECT e.case_id, count(*)::int AS n FROM ${caseLogEntries(db).as('e')}
     WHERE e.case_id BETWEEN ${lo}::uuid AND ${hi}::uuid AND NOT EXISTS (SELECT 1 FROM ${caseSummaries(db).as('c')} WHERE c.id = e.case_id)
     GROUP BY e.case_id`.execute(db);
  for (const o of orphans.rows) {
    f.add('event-orphan', `case_events.case_id=${o.case_id}`, `记录所属案件 ${o.case_id} 不存在`);
    events += o.n;
  }
  return { cases: cases.size, events };
}

export async function verifyAccessLog(db: Kysely<Database>, f: Findings): Promise<number> {
  let after = 0;
  let n = 0;
  for (;;) {
    const rows = await accessEntriesAfter(db, after, BATCH);
    if (rows.length === 0) return n;
    for (const r of rows) {
      n++;
      if (!accessHash(accessBodyOfRow(r)).equals(r.hash))
        f.add('access-hash', `access_events.id=${r.id}`, `调阅记录 ${r.id}（${r.at.toISOString()}）的内容与其哈希不符：该记录被改动`);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The chain check split by case-id range over several connections at once: the hashing and
 * comparing happen inside the database, so each range keeps one database backend (one core) busy.
 */
export async function verifyCaseChainsParallel(url: string, f: Findings, workers: number): Promise<{ cases: number; events: number }> {
  const pool = createPool(url, workers);
  const db = createKysely(pool);
  try {
    const bounds: string[] = [];
    for (let i = 0; i <= workers; i++) {
      const v = Math.min(0xffffffff, Math.round((i * 0x100000000) / workers));
      bounds.push(i === workers ? UUID_MAX : `${v.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`);
    }
    // ranges are closed at both ends; the next range starts just above this one's end
    const parts = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        verifyCaseChains(db, f, bounds[i]!, i === workers - 1 ? UUID_MAX : prevUuid(bounds[i + 1]!)),
      ),
    );
    return parts.reduce((a, p) => ({ cases: a.cases + p.cases, events: a.events + p.events }), { cases: 0, events: 0 });
  } finally {
    await db.destroy();
  }
}

function prevUuid(u: string): string {
  const hex = u.replace(/-/g, '');
  const n = (BigInt(`0x${hex}`) - 1n).toString(16).padStart(32, '0');
  return `${n.slice(0, 8)}-${n.slice(8, 12)}-${n.slice(12, 16)}-${n.slice(16, 20)}-${n.slice(20)}`;
}
