import { createHash, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@sanxiang/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { BlobNotFoundError, isSha256Hex, type BlobStore } from '../../adapters/blobs/blob-store.ts';
import { digestReadable, type Digests } from '../../adapters/blobs/digest-stream.ts';
import type { Findings } from './verify-report.ts';
import { caseLogEntries, caseSummaries } from '../cases/case.reads.ts';
import { evidenceRegistrationsSubquery } from '../evidence/evidence.queries.ts';
import { documentRegistrationsSubquery } from '../documents/document.queries.ts';

/** A blob's digests as read back from the store now; absent, or unreadable with the reason. */
type Readback = { digests: Digests } | { missing: true } | { unreadable: string };

/**
 * Reads blobs back from whichever store is configured (folder or S3) and recomputes SHA-256 and
 * SM3 in one pass, once per blob: the same demo photo or document may be bound more than once.
 */
export class BlobReader {
  private readonly done = new Map<string, Promise<Readback>>();

  constructor(readonly blobs: BlobStore) {}

  read(sha256: string, sizeHint?: number): Promise<Readback> {
    let r = this.done.get(sha256);
    if (!r) {
      r = this.digest(sha256, sizeHint);
      this.done.set(sha256, r);
    }
    return r;
  }

  has(sha256: string): boolean {
    return this.done.has(sha256);
  }

  /** the blob's place in the store, for messages (an address mangled in the database is shown as it is) */
  where(sha256: string): string {
    return isSha256Hex(sha256) ? this.blobs.where(sha256) : sha256;
  }

  private async digest(sha256: string, sizeHint?: number): Promise<Readback> {
    if (!isSha256Hex(sha256)) return { unreadable: '内容地址格式错误' };
    try {
      return { digests: await digestReadable(await this.blobs.open(sha256), sizeHint === undefined ? {} : { sizeHint }) };
    } catch (e) {
      if (e instanceof BlobNotFoundError) return { missing: true };
      return { unreadable: e instanceof Error ? e.message : String(e) };
    }
  }
}

/**
 * Every evidence file: its row agrees with the ledger entry that bound it (the entry is what was
 * signed), and the stored file still has both digests and its size.
 */
export async function verifyEvidenceFiles(db: Kysely<Database>, reader: BlobReader, f: Findings): Promise<number> {
  const rows = await db
    .selectFrom(evidenceRegistrationsSubquery(db).as('v'))
    .innerJoin(caseSummaries(db).as('c'), 'c.id', 'v.case_id')
    .leftJoin(caseLogEntries(db).as('e'), (j) => j.onRef('e.case_id', '=', 'v.case_id').onRef('e.seq', '=', 'v.event_seq'))
    .select(['v.id', 'v.filename', 'v.sha256', 'v.sm3', 'v.size', 'c.number', 'e.inputs', 'e.kind'])
    .execute();
  for (const r of rows) {
    const where = `案件 ${r.number} 的音像记录「${r.filename}」（evidence.id=${r.id}）`;
    const bound = r.kind === 'case.evidence' ? (r.inputs as { evidenceId?: string; sha256?: string; sm3?: string; size?: number }) : null;
    if (!bound || bound.evidenceId !== r.id) {
      f.add('evidence-unbound', where, `${where}没有对应的记录条目：登记信息被伪造或条目被删除`);
      continue;
    }
    if (bound.sha256 !== r.sha256 || bound.sm3 !== r.sm3 || bound.size !== r.size)
      f.add('evidence-row', where, `${where}的登记摘要与记录条目不符：登记信息被改动`);
    const sha = bound.sha256 ?? r.sha256;
    const file = reader.where(sha);
    const back = await reader.read(sha, bound.size);
    if ('missing' in back) f.add('blob-missing', where, `${where}的原件（${sha}）不在存储中：文件被删除`);
    else if ('unreadable' in back) f.add('blob-unreadable', `${where}：${file}`, `${where}的原件无法读取（${back.unreadable}）：${file}`);
    else if (back.digests.sha256 !== bound.sha256 || back.digests.sm3 !== bound.sm3 || back.digests.size !== bound.size) {
      f.add('blob-altered', `${where}：${file}`, `${where}的原件内容已被改动（SHA-256/SM3 与入库时不符）：${file}`);
    }
  }
  return rows.length;
}

/**
 * Every document: its row agrees with the entry that issued it, the content hash is the hash of
 * the model in the entry, the seal verifies with the agency's seal key, and both files are intact.
 */
export async function verifyDocuments(
  db: Kysely<Database>,
  reader: BlobReader,
  sealKey: (agencyId: string) => KeyObject,
  f: Findings,
): Promise<number> {
  const rows = await db
    .selectFrom(documentRegistrationsSubquery(db).as('d'))
    .innerJoin(caseSummaries(db).as('c'), 'c.id', 'd.case_id')
    .leftJoin(caseLogEntries(db).as('e'), (j) => j.onRef('e.case_id', '=', 'd.case_id').onRef('e.seq', '=', 'd.event_seq'))
    // the entry that recorded the PDF and Word, made after filing (issue 20); none for older documents
    .leftJoin(caseLogEntries(db).as('fe'), (j) => j.onRef('fe.case_id', '=', 'd.case_id').onRef('fe.seq', '=', 'd.files_seq'))
    .select([
      'd.id',
      'd.agency_id',
      'd.title',
      'd.content_sha256',
      'd.pdf_sha256',
      'd.docx_sha256',
      'd.files_seq',
      'c.number',
      'e.inputs',
      'e.kind',
      'fe.inputs as files_inputs',
      'fe.kind as files_kind',
    ])
    .execute();
  for (const r of rows) {
    const where = `案件 ${r.number} 的文书「${r.title}」（documents.id=${r.id}）`;
    type Files = { documentId?: string; pdfSha256?: string; pdfSm3?: string; docxSha256?: string; docxSm3?: string };
    const e =
      r.kind === 'case.document'
        ? (r.inputs as Files & {
            documentId?: string;
            contentSha256: string;
            seal: { signature: string };
            model: unknown;
          })
        : null;
    if (!e || e.documentId !== r.id) {
      f.add('document-unbound', where, `${where}没有对应的记录条目：登记信息被伪造或条目被删除`);
      continue;
    }
    // the files' digests: in their own entry since issue 20, in the document's entry before
    const files: Files | null = r.files_seq === null ? e : r.files_kind === 'case.document.rendered' ? (r.files_inputs as Files) : null;
    if (r.files_seq !== null && (!files || files.documentId !== r.id)) {
      f.add('document-unbound', where, `${where}的文件登记没有对应的记录条目：登记信息被伪造或条目被删除`);
      continue;
    }
    const unrendered = r.files_seq === null && e.pdfSha256 === undefined && r.pdf_sha256 === null && r.docx_sha256 === null;
    if (e.contentSha256 !== r.content_sha256 || (!unrendered && (files?.pdfSha256 !== r.pdf_sha256 || files?.docxSha256 !== r.docx_sha256)))
      f.add('document-row', where, `${where}的登记摘要与记录条目不符`);
    if (createHash('sha256').update(canonicalJson(e.model)).digest('hex') !== e.contentSha256)
      f.add('document-content', where, `${where}的内容与其内容哈希不符`);
    if (!verify(null, Buffer.from(e.contentSha256, 'hex'), sealKey(r.agency_id), Buffer.from(e.seal.signature, 'base64')))
      f.add('document-seal', where, `${where}的电子签章无效`);
    // filed but not yet rendered (the renderer runs after filing): nothing to read yet
    if (!files?.pdfSha256 || !files.docxSha256) continue;
    for (const [label, sha, sm3] of [
      ['PDF', files.pdfSha256, files.pdfSm3],
      ['Word', files.docxSha256, files.docxSm3],
    ] as const) {
      const file = reader.where(sha);
      const back = await reader.read(sha);
      if ('missing' in back) f.add('blob-missing', where, `${where}的 ${label} 文件（${sha}）不在存储中：文件被删除`);
      else if ('unreadable' in back)
        f.add('blob-unreadable', `${where}：${file}`, `${where}的 ${label} 文件无法读取（${back.unreadable}）：${file}`);
      else if (back.digests.sha256 !== sha || back.digests.sm3 !== sm3)
        f.add('blob-altered', `${where}：${file}`, `${where}的 ${label} 文件已被改动（SHA-256/SM3 与签发时不符）：${file}`);
    }
  }
  return rows.length;
}

/**
 * Every other blob in the store (documents prepared but never filed, files of removed uploads):
 * nothing records its SM3, but its name is its SHA-256, so its bytes must still hash to its name.
 */
export async function verifyOtherBlobs(reader: BlobReader, f: Findings): Promise<{ blobs: number; others: number }> {
  let blobs = 0;
  let others = 0;
  for await (const b of reader.blobs.list()) {
    blobs++;
    if (reader.has(b.sha256)) continue;
    others++;
    const file = reader.where(b.sha256);
    const back = await reader.read(b.sha256, b.size);
    if ('unreadable' in back) f.add('blob-unreadable', file, `存储中的文件无法读取（${back.unreadable}）：${file}`);
    else if ('digests' in back && (back.digests.sha256 !== b.sha256 || back.digests.size !== b.size)) {
      f.add('blob-altered', file, `存储中的文件内容与其 SHA-256 名称不符（文件已被改动）：${file}`);
    }
  }
  return { blobs, others };
}
