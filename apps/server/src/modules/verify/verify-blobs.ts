import { createHash, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@sanxiang/domain';
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
export async function verifyEvidenceFiles(db: Kysely<Database>, blobsRoot: string, f: Findings): Promise<number> {
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

/**
 * Every document: its row agrees with the entry that issued it, the content hash is the hash of
 * the model in the entry, the seal verifies with the agency's seal key, and both files are intact.
 */
export async function verifyDocuments(db: Kysely<Database>, blobsRoot: string, sealKey: (agencyId: string) => KeyObject, f: Findings): Promise<number> {
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .leftJoin('case_events as e', (j) => j.onRef('e.case_id', '=', 'd.case_id').onRef('e.seq', '=', 'd.event_seq'))
    .select(['d.id', 'd.agency_id', 'd.title', 'd.content_sha256', 'd.pdf_sha256', 'd.docx_sha256', 'c.number', 'e.inputs', 'e.kind'])
    .execute();
  for (const r of rows) {
    const where = `案件 ${r.number} 的文书「${r.title}」（documents.id=${r.id}）`;
    const e = r.kind === 'case.document' ? (r.inputs as { documentId?: string; contentSha256: string; pdfSha256: string; pdfSm3: string; docxSha256: string; docxSm3: string; seal: { signature: string }; model: unknown }) : null;
    if (!e || e.documentId !== r.id) {
      f.add('document-unbound', where, `${where}没有对应的记录条目：登记信息被伪造或条目被删除`);
      continue;
    }
    if (e.contentSha256 !== r.content_sha256 || e.pdfSha256 !== r.pdf_sha256 || e.docxSha256 !== r.docx_sha256) f.add('document-row', where, `${where}的登记摘要与记录条目不符`);
    if (createHash('sha256').update(canonicalJson(e.model)).digest('hex') !== e.contentSha256) f.add('document-content', where, `${where}的内容与其内容哈希不符`);
    if (!verify(null, Buffer.from(e.contentSha256, 'hex'), sealKey(r.agency_id), Buffer.from(e.seal.signature, 'base64'))) f.add('document-seal', where, `${where}的电子签章无效`);
    for (const [label, sha, sm3] of [['PDF', e.pdfSha256, e.pdfSm3], ['Word', e.docxSha256, e.docxSm3]] as const) {
      const file = blobPath(blobsRoot, sha);
      if (!existsSync(file)) {
        f.add('blob-missing', where, `${where}的 ${label} 文件（${sha}）不在存储中：文件被删除`);
        continue;
      }
      const d = await digestFile(file);
      if (d.sha256 !== sha || d.sm3 !== sm3) f.add('blob-altered', `${where}：${file}`, `${where}的 ${label} 文件已被改动（SHA-256/SM3 与签发时不符）：${file}`);
    }
  }
  return rows.length;
}
