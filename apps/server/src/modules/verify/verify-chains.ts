import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, accessHash, eventHash } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { eventBodyOfRow } from '../ledger/event-log.ts';
import { accessBodyOfRow } from '../access/access.service.ts';
import type { Findings } from './verify-report.ts';

const BATCH = 20_000;

/**
 * Every case's event chain: each entry's hash recomputed from its content and previous hash,
 * sequence numbers without gaps, and the case row's last entry matching the chain's end.
 */
export async function verifyCaseChains(db: Kysely<Database>, f: Findings): Promise<{ cases: number; events: number }> {
  const cases = new Map<string, { number: string; lastSeq: number; lastHash: Buffer }>();
  for (const c of await db.selectFrom('cases').select(['id', 'number', 'last_event_seq', 'last_event_hash']).execute()) {
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
  let after: { caseId: string; seq: number } = { caseId: '00000000-0000-0000-0000-000000000000', seq: 0 };
  for (;;) {
    const rows = await db
      .selectFrom('case_events')
      .select(['id', 'case_id', 'seq', 'kind', 'step', 'from_state', 'to_state', 'actor_id', 'at', 'inputs', 'prev_hash', 'hash'])
      // a row comparison, so the (case_id, seq) index serves the page directly
      .where(sql<boolean>`(case_id, seq) > (${after.caseId}::uuid, ${after.seq})`)
      .orderBy('case_id')
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      events++;
      const number = cases.get(r.case_id)?.number ?? r.case_id;
      if (!cur || cur.caseId !== r.case_id) {
        if (cur) finish(cur);
        cur = { caseId: r.case_id, seq: 0, hash: GENESIS_HASH };
      }
      const where = `案件 ${number} 第 ${r.seq} 条记录（case_events.id=${r.id}）`;
      if (r.seq !== cur.seq + 1) f.add('chain-gap', where, `${where}之前缺少第 ${cur.seq + 1}–${r.seq - 1} 条记录：记录被删除`);
      else if (!r.prev_hash.equals(cur.hash)) f.add('chain-break', where, `${where}的前序哈希与上一条不符：其间记录被删除或改动`);
      if (!eventHash(eventBodyOfRow(r), r.prev_hash).equals(r.hash)) f.add('event-hash', where, `${where}的内容与其哈希不符：该记录被改动`);
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
