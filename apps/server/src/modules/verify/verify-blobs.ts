import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { blobPath } from '../../adapters/blobs/folder-blob-store.ts';
import type { Findings } from './verify-report.ts';

/** SHA-256 and SM3 of a file in one streaming pass. */
export async function digestFile(file: string): Promise<{ sha256: string; sm3: string; size: number }> {
  const a = createHash('sha256');
  const b = createHash('sm3');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    a.update(chunk as Buffer);
    b.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: a.digest('hex'), sm3: b.digest('hex'), size };
}

/**
 * Every evidence file: its row agrees with the ledger entry that bound it (the entry is what was
 * signed), and the stored file still has both digests and its size.
 */
export async function verifyBlobStore(db: Kysely<Database>, blobsRoot: string, f: Findings): Promise<number> {
  const rows = await db
    .selectFrom('evidence as v')
    .innerJoin('cases as c', 'c.id', 'v.case_id')
    .leftJoin('case_events as e', (j) => j.onRef('e.case_id', '=', 'v.case_id').onRef('e.seq', '=', 'v.event_seq'))
    .select(['v.id', 'v.filename', 'v.sha256', 'v.sm3', 'v.size', 'c.number', 'e.inputs', 'e.kind'])
    .execute();
  for (const r of rows) {
    const where = `案件 ${r.number} 的音像记录「${r.filename}」（evidence.id=${r.id}）`;
    const bound = r.kind === 'case.evidence' ? (r.inputs as { evidenceId?: string; sha256?: string; sm3?: string; size?: number }) : null;
    if (!bound || bound.evidenceId !== r.id) {
      f.add('evidence-unbound', where, `${where}没有对应的记录条目：登记信息被伪造或条目被删除`);
      continue;
    }
    if (bound.sha256 !== r.sha256 || bound.sm3 !== r.sm3 || bound.size !== r.size) f.add('evidence-row', where, `${where}的登记摘要与记录条目不符：登记信息被改动`);
    const file = blobPath(blobsRoot, bound.sha256 ?? r.sha256);
    if (!existsSync(file)) {
      f.add('blob-missing', where, `${where}的原件（${bound.sha256}）不在存储中：文件被删除`);
      continue;
    }
    const d = await digestFile(file);
    if (d.sha256 !== bound.sha256 || d.sm3 !== bound.sm3 || d.size !== bound.size) f.add('blob-altered', `${where}：${file}`, `${where}的原件内容已被改动（SHA-256/SM3 与入库时不符）：${file}`);
  }
  return rows.length;
}
