import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, accessHash, eventHash, type EventBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { accessBodyOfRow } from '../access/access.service.ts';
import type { Findings } from './verify-report.ts';

const BATCH = 20_000;

/**
 * Every case's event chain: each entry's hash recomputed from its content and previous hash,
 * sequence numbers without gaps, and the case row's last entry matching the chain's end.
 */
export const UUID_MIN = '00000000-0000-0000-0000-000000000000';
export const UUID_MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** The cases whose ids lie in [lo, hi] (a range, so that parallel workers share the work without overlap). */
export async function verifyCaseChains(db: Kysely<Database>, f: Findings, lo = UUID_MIN, hi = UUID_MAX): Promise<{ cases: number; events: number }> {
  const cases = new Map<string, { number: string; lastSeq: number; lastHash: Buffer }>();
  for (const c of await db.selectFrom('cases').select(['id', 'number', 'last_event_seq', 'last_event_hash']).where('id', '>=', lo).where('id', '<=', hi).execute()) {
    cases.set(c.id, { number: c.number, lastSeq: c.last_event_seq, lastHash: c.last_event_hash });
  }
  let events = 0;
  let cur: { caseId: string; seq: number; hash: Buffer } | null = null;
  const finish = (c: { caseId: string; seq: number; hash: Buffer }) => {
    const k = cases.get(c.caseId);
    if (!k) return f.add('event-orphan', `case_events.case_id=${c.caseId}`, `记录所属案件 ${c.caseId} 不存在`);
    if (k.lastSeq !== c.seq || !k.lastHash.equals(c.hash)) {
      f.add('chain-end', `案件 ${k.number}`, `案件 ${k.number} 应有 ${k.lastSeq} 条记录，链上最后一条是第 ${c.seq} 条：记录被删除或改动`);
    }
    k.lastSeq = -1; // seen
  };
  let after: { caseId: string; seq: number } = { caseId: lo, seq: 0 };
  for (;;) {
    // `at` as epoch milliseconds: the same instant the writer's Date had (entries are written with
    // millisecond times), without parsing a timestamp string per row
    const rows = (
      await sql<{ id: number; case_id: string; seq: number; kind: string; step: string | null; from_state: string | null; to_state: string | null; actor_id: string; at_ms: number; inputs: unknown; prev_hash: Buffer; hash: Buffer }>`
        SELECT id, case_id, seq, kind, step, from_state, to_state, actor_id, floor(extract(epoch FROM at) * 1000)::bigint AS at_ms, inputs, prev_hash, hash
          FROM case_events
         WHERE (case_id, seq) > (${after.caseId}::uuid, ${after.seq}) AND case_id <= ${hi}::uuid
         ORDER BY case_id, seq LIMIT ${BATCH}`.execute(db)
    ).rows;
    if (rows.length === 0) break;
    for (const r of rows) {
      events++;
      const number = cases.get(r.case_id)?.number ?? r.case_id;
      if (!cur || cur.caseId !== r.case_id) {
        if (cur) finish(cur);
        cur = { caseId: r.case_id, seq: 0, hash: GENESIS_HASH };
      }
      const where = () => `案件 ${number} 第 ${r.seq} 条记录（case_events.id=${r.id}）`;
      if (r.seq !== cur.seq + 1) f.add('chain-gap', where(), `${where()}之前缺少第 ${cur.seq + 1}–${r.seq - 1} 条记录：记录被删除`);
      else if (!r.prev_hash.equals(cur.hash)) f.add('chain-break', where(), `${where()}的前序哈希与上一条不符：其间记录被删除或改动`);
      const body: EventBody = { caseId: r.case_id, seq: r.seq, kind: r.kind, step: r.step, fromState: r.from_state, toState: r.to_state, actorId: r.actor_id, at: new Date(r.at_ms).toISOString(), inputs: r.inputs };
      if (!eventHash(body, r.prev_hash).equals(r.hash)) f.add('event-hash', where(), `${where()}的内容与其哈希不符：该记录被改动`);
      cur = { caseId: r.case_id, seq: r.seq, hash: r.hash };
    }
    const last = rows[rows.length - 1]!;
    after = { caseId: last.case_id, seq: last.seq };
  }
  if (cur) finish(cur);
  for (const [, k] of cases) if (k.lastSeq > 0) f.add('chain-missing', `案件 ${k.number}`, `案件 ${k.number} 的全部 ${k.lastSeq} 条记录都不存在：记录被删除`);
  return { cases: cases.size, events };
}

export async function verifyAccessLog(db: Kysely<Database>, f: Findings): Promise<number> {
  let after = 0;
  let n = 0;
  for (;;) {
    const rows = await db.selectFrom('access_events').selectAll().where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return n;
    for (const r of rows) {
      n++;
      if (!accessHash(accessBodyOfRow(r)).equals(r.hash)) f.add('access-hash', `access_events.id=${r.id}`, `调阅记录 ${r.id}（${r.at.toISOString()}）的内容与其哈希不符：该记录被改动`);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The chain check split over worker threads by case-id range: hashing a million entries is CPU
 * work, and each worker reads its own range on its own connection.
 */
export async function verifyCaseChainsParallel(url: string, f: Findings, workers: number): Promise<{ cases: number; events: number }> {
  const { Worker } = await import('node:worker_threads');
  const bounds: string[] = [];
  for (let i = 0; i <= workers; i++) {
    const v = Math.min(0xffffffff, Math.round((i * 0x100000000) / workers));
    bounds.push(i === workers ? UUID_MAX : `${v.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`);
  }
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      // ranges are closed at both ends; the next range starts just above this one's end
      const lo = bounds[i]!;
      const hi = i === workers - 1 ? UUID_MAX : prevUuid(bounds[i + 1]!);
      return new Promise<{ cases: number; events: number; problems: Findings['problems'] }>((resolve, reject) => {
        const w = new Worker(new URL('./verify-chains.worker.mjs', import.meta.url), { workerData: { url, lo, hi }, execArgv: [] });
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => code !== 0 && reject(new Error(`verify worker exited ${code}`)));
      });
    }),
  );
  let cases = 0;
  let events = 0;
  for (const p of parts) {
    cases += p.cases;
    events += p.events;
    for (const x of p.problems) f.add(x.kind, x.where, x.message);
  }
  return { cases, events };
}

function prevUuid(u: string): string {
  const hex = u.replace(/-/g, '');
  const n = (BigInt(`0x${hex}`) - 1n).toString(16).padStart(32, '0');
  return `${n.slice(0, 8)}-${n.slice(8, 12)}-${n.slice(12, 16)}-${n.slice(16, 20)}-${n.slice(20)}`;
}
