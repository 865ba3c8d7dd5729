import { sql, type Kysely } from 'kysely';
import {
  EMPTY_ROOT,
  TILE_WIDTH,
  TileNodeSource,
  appendTiles,
  parseCheckpointBody,
  rootOf,
  verifyNote,
  type NoteVerifier,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { Findings } from './verify-report.ts';
import { entryHashesSubquery } from '../cases/case.reads.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import {
  agencyLeavesSubquery,
  checkpointsOfAgency,
  cosignaturesOfAgency,
  leafHashPage,
  logHeadsSubquery,
  notInLedger,
  storedTilesOfAgency,
} from '../ledger/ledger.queries.ts';
import { accessEntryHashesSubquery } from '../access/access.queries.ts';
import { publicationActHashesSubquery } from '../publications/publication.records.ts';
import { drawEventHashesSubquery } from '../draw/draw.queries.ts';
import { evaluationEventHashesSubquery } from '../evaluation/evaluation.queries.ts';
import { complaintEventHashesSubquery } from '../complaints/complaint.queries.ts';

const BATCH = 50_000;

export interface LedgerVerifyOptions {
  keys: KeyStore;
  /** witness keys (cosignature/v1) whose cosignatures are checked */
  witnessVerifiers: NoteVerifier[];
}

/** The tables whose rows are the ledger's leaves, by the leaf's source name. */
const SOURCE_TABLES: Readonly<Record<string, string>> = {
  case_event: 'case_events',
  access: 'access_events',
  publication: 'publication_events',
  draw: 'draw_events',
  evaluation: 'evaluation_events',
  complaint: 'complaint_events',
};

/**
 * One agency's log: every leaf equals the hash of the entry it stands for, the tree rebuilt from
 * the leaves gives the stored tiles, the log's root and every checkpoint's root, every
 * checkpoint is signed by the agency's keys (Ed25519 and SM2) and every cosignature verifies.
 */
export async function verifyAgencyLedger(db: Kysely<Database>, agencyId: string, opts: LedgerVerifyOptions, f: Findings) {
  const log = await db
    .selectFrom(logHeadsSubquery(db).as('l'))
    .innerJoin(agencyNamesSubquery(db).as('a'), 'a.id', 'l.agency_id')
    .select(['l.origin', 'l.size', 'l.root', 'a.name'])
    .where('l.agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const where = (s: string) => `${log.name} 账本 ${s}`;
  const computed = new Map<string, Buffer>();
  let size = 0;
  // each leaf against the entry it stands for: one join in the database, returning only disagreements
  const mismatchesP = sql<{ idx: number; source: string; source_id: number; src_hash: Buffer | null }>`
    SELECT l.idx, l.source, l.source_id, coalesce(e.hash, a.hash, p.hash, d.hash, v.hash, x.hash) AS src_hash
      FROM ${agencyLeavesSubquery(db, agencyId).as('l')}
      LEFT JOIN ${entryHashesSubquery(db).as('e')} ON l.source = 'case_event' AND e.id = l.source_id
      LEFT JOIN ${accessEntryHashesSubquery(db).as('a')} ON l.source = 'access' AND a.id = l.source_id
      LEFT JOIN ${publicationActHashesSubquery(db).as('p')} ON l.source = 'publication' AND p.id = l.source_id
      LEFT JOIN ${drawEventHashesSubquery(db).as('d')} ON l.source = 'draw' AND d.id = l.source_id
      LEFT JOIN ${evaluationEventHashesSubquery(db).as('v')} ON l.source = 'evaluation' AND v.id = l.source_id
      LEFT JOIN ${complaintEventHashesSubquery(db).as('x')} ON l.source = 'complaint' AND x.id = l.source_id
     WHERE (coalesce(e.hash, a.hash, p.hash, d.hash, v.hash, x.hash) IS NULL OR coalesce(e.hash, a.hash, p.hash, d.hash, v.hash, x.hash) <> l.leaf_hash)
     ORDER BY l.idx LIMIT 1000`.execute(db);
  mismatchesP.catch(() => undefined); // awaited below, after the tree is rebuilt beside it
  const reportMismatches = async () => {
    for (const r of (await mismatchesP).rows) {
      const table = SOURCE_TABLES[r.source] ?? r.source;
      if (!r.src_hash)
        f.add(
          'leaf-source-missing',
          where(`第 ${r.idx} 条`),
          where(`第 ${r.idx} 条所记录的 ${table}.id=${r.source_id} 已不存在：记录被删除`),
        );
      else
        f.add(
          'leaf-mismatch',
          where(`第 ${r.idx} 条`),
          where(`第 ${r.idx} 条与 ${table}.id=${r.source_id} 的哈希不符：该记录或账本条目被改动`),
        );
    }
  };
  // the tree, rebuilt from the leaves in order
  for (;;) {
    // a page of leaves as one byte string (one value to decode instead of 50,000 rows)
    const { n, first, last, hashes } = await leafHashPage(db, agencyId, size, BATCH);
    if (!n || !hashes) break;
    if (first !== size || last !== size + n - 1 || hashes.length !== n * 32) {
      const missing = first !== size ? size : size + 1;
      f.add('leaf-gap', where(`第 ${missing} 条`), where(`第 ${size} 条之后的条目不连续：账本条目被删除`));
      await reportMismatches();
      return;
    }
    const leaves: Buffer[] = [];
    for (let i = 0; i < n; i++) leaves.push(hashes.subarray(i * 32, i * 32 + 32));
    const partial = (level: number) => {
      const count = Math.floor(size / 2 ** (8 * level));
      return count % TILE_WIDTH ? (computed.get(`${level}/${Math.floor(count / TILE_WIDTH)}`) ?? null) : null;
    };
    for (const w of appendTiles(size, partial, leaves)) computed.set(`${w.level}/${w.index}`, w.data);
    size += n;
  }
  await reportMismatches();
  const src = (n: number) => new TileNodeSource(n, (l, i, w) => computed.get(`${l}/${i}`)!.subarray(0, w * 32));
  const rootAt = (n: number) => (n === 0 ? Buffer.from(EMPTY_ROOT) : Buffer.from(rootOf(src(n), n)));

  // stored tiles are what verifiers download: each must match the rebuilt tree
  const stored = await storedTilesOfAgency(db, agencyId);
  for (const t of stored) {
    const want = computed.get(`${t.level}/${t.idx}`);
    if (!want || want.length < t.width * 32 || !want.subarray(0, t.width * 32).equals(t.data))
      f.add('tile-mismatch', where(`瓦片 ${t.level}/${t.idx}`), where(`瓦片 ${t.level}/${t.idx} 与由条目重算的结果不符`));
  }
  if (log.size !== size || !rootAt(size).equals(log.root))
    f.add('log-root', where('树根'), where(`记载的树（${log.size} 条）与由条目重算的树（${size} 条）不符`));

  const verifiers = opts.keys.logVerifiers(agencyId, log.origin);
  const checkpoints = await checkpointsOfAgency(db, agencyId);
  const cosigs = await cosignaturesOfAgency(db, agencyId);
  let cosigned = 0;
  for (const cp of checkpoints) {
    const w = where(`第 ${cp.size} 号检查点`);
    try {
      const opened = verifyNote(cp.note, verifiers);
      const algs = new Set(opened.verified.map((v) => v.algorithm));
      if (!algs.has('Ed25519') || !algs.has('SM2-SM3')) f.add('checkpoint-signature', w, `${w}缺少 Ed25519 或 SM2 签名`);
      const body = parseCheckpointBody(opened.body);
      if (body.origin !== log.origin || body.size !== cp.size || !Buffer.from(body.root).equals(cp.root))
        f.add('checkpoint-row', w, `${w}的签名内容与数据库记载不符`);
      if (cp.size > size) f.add('checkpoint-beyond', w, `${w}签署了 ${cp.size} 条，账本只有 ${size} 条：账本条目被删除`);
      else if (!rootAt(cp.size).equals(Buffer.from(body.root)))
        f.add('checkpoint-root', w, `${w}签署的根哈希与由条目重算的不符：其前 ${cp.size} 条中有条目被改动`);
      for (const c of cosigs.filter((x) => x.size === cp.size)) {
        const wv = opts.witnessVerifiers.filter((v) => v.name === c.witness);
        if (wv.length === 0) continue;
        try {
          verifyNote(`${opened.body}\n${c.line}`, wv);
          cosigned++;
        } catch {
          f.add('cosignature', w, `${w}的见证副署（${c.witness}）无效`);
        }
      }
    } catch (e) {
      f.add('checkpoint-signature', w, `${w}的签名无效：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { name: log.name, leaves: size, checkpoints: checkpoints.length, cosigned };
}

/** Entries written but neither sequenced nor queued: they were slipped past the ledger. */
export async function verifyAllEntriesLogged(db: Kysely<Database>, f: Findings): Promise<void> {
  const rows = await sql<{ source: string; id: number }>`
    SELECT 'case_event' AS source, e.id FROM ${entryHashesSubquery(db).as('e')}
     WHERE ${notInLedger('case_event', 'e.id')}
    UNION ALL
    SELECT 'access', a.id FROM ${accessEntryHashesSubquery(db).as('a')} WHERE ${notInLedger('access', 'a.id')}
    UNION ALL
    SELECT 'publication', x.id FROM ${publicationActHashesSubquery(db).as('x')} WHERE ${notInLedger('publication', 'x.id')}
    UNION ALL
    SELECT 'draw', d.id FROM ${drawEventHashesSubquery(db).as('d')} WHERE ${notInLedger('draw', 'd.id')}
    UNION ALL
    SELECT 'evaluation', v.id FROM ${evaluationEventHashesSubquery(db).as('v')} WHERE ${notInLedger('evaluation', 'v.id')}
    UNION ALL
    SELECT 'complaint', c.id FROM ${complaintEventHashesSubquery(db).as('c')} WHERE ${notInLedger('complaint', 'c.id')}
    LIMIT 1000`.execute(db);
  for (const r of rows.rows) {
    const table = SOURCE_TABLES[r.source] ?? r.source;
    f.add('not-in-ledger', `${table}.id=${r.id}`, `${table}.id=${r.id} 不在账本中：该记录绕过账本写入`);
  }
}
