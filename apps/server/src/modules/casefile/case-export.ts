import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { DomainError, parseVerifierKey } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { tarStream, type TarSource } from '../../adapters/archive/tar.ts';
import { eventBodyOfRow } from '../cases/case-log.ts';
import { caseEntryCount, caseLogEntries, caseSummaries } from '../cases/case.reads.ts';
import type { LedgerService } from '../ledger/ledger.service.ts';
import { agencyIdentitiesSubquery, justiceAgencies } from '../org/org.queries.ts';
import { leafIndexesOfSourceSubquery } from '../ledger/ledger.queries.ts';
import { documentsOfCase } from '../documents/document.queries.ts';
import { caseDocumentsRendered } from '../documents/document.render.ts';
import { evidenceOfCase } from '../evidence/evidence.queries.ts';

/**
 * The exported 案卷 (R-REC-6): a tar package that proves itself on a machine with no database —
 * every record entry of the case with its inclusion proof against a signed, cosigned checkpoint,
 * the evidence files and documents, and the public keys to check them with.
 */
export const PACKAGE_FORMAT = 'sanxiang-case-file/v1';

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  case: { id: string; number: string; title: string; agency: string; agencyCreditCode: string; archivedAt: string | null };
  exportedAt: string;
  log: { origin: string; treeSize: number; checkpoint: string; verifierKeys: string[]; witnessKeys: string[]; sealPublicKey: string };
  entries: { seq: number; leafIndex: number; prevHash: string; hash: string; body: unknown; proof: string[] }[];
  files: {
    path: string;
    sha256: string;
    sm3: string;
    size: number;
    role: 'evidence' | 'document-pdf' | 'document-docx';
    ref: string;
    name: string;
  }[];
}

export interface ExportDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: KeyStore;
  blobs: BlobStore;
  ledger: LedgerService;
  witnessPrefix: string;
}

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'audio/wav': 'wav',
  'video/x-msvideo': 'avi',
  'video/mp4': 'mp4',
  'audio/mpeg': 'mp3',
};

export async function buildCaseFilePackage(
  deps: ExportDeps,
  caseId: string,
  now: Date,
): Promise<{ filename: string; manifest: PackageManifest; stream: Readable }> {
  const c = await deps.db
    .selectFrom(caseSummaries(deps.db).as('c'))
    .innerJoin(agencyIdentitiesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .select(['c.id', 'c.number', 'c.title', 'c.agency_id', 'c.archived_at', 'a.name', 'a.credit_code'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  // the package proves inclusion against a checkpoint that covers every entry of the case
  await deps.ledger.checkpoint(c.agency_id);
  const cp = await deps.ledger.latestCheckpoint(c.agency_id);
  if (!cp) throw new DomainError('CONFLICT', '账本尚无检查点，请稍后重试');
  const rows = await deps.db
    .selectFrom(caseLogEntries(deps.db, caseId).as('e'))
    .innerJoin(leafIndexesOfSourceSubquery(deps.db, 'case_event').as('l'), 'l.source_id', 'e.id')
    .select([
      'e.case_id',
      'e.seq',
      'e.kind',
      'e.step',
      'e.from_state',
      'e.to_state',
      'e.actor_id',
      'e.at',
      'e.inputs',
      'e.prev_hash',
      'e.hash',
      'l.idx',
    ])
    .orderBy('e.seq')
    .execute();
  const total = await caseEntryCount(deps.db, caseId);
  if (rows.length !== total || rows.some((r) => r.idx >= cp.size))
    throw new DomainError('CONFLICT', '本案记录尚未全部登记入账本，请稍后重试');
  const entries: PackageManifest['entries'] = [];
  for (const r of rows) {
    const proof = await deps.ledger.inclusion(c.agency_id, r.idx, cp.size);
    entries.push({
      seq: r.seq,
      leafIndex: r.idx,
      prevHash: r.prev_hash.toString('hex'),
      hash: r.hash.toString('hex'),
      body: eventBodyOfRow(r),
      proof: proof.map((p) => p.toString('base64')),
    });
  }
  const files: PackageManifest['files'] = [];
  for (const e of await evidenceOfCase(deps.db, caseId)) {
    // a missing file is reported before the package starts streaming, not as a broken download
    if (!(await deps.blobs.has(e.sha256)))
      throw new DomainError('NOT_FOUND', `音像记录「${e.filename}」的原件不在存储中（请运行 sanxiang verify 核查）`);
    files.push({
      path: `files/evidence-${e.sha256.slice(0, 16)}.${EXT[e.media_type] ?? 'bin'}`,
      sha256: e.sha256,
      sm3: e.sm3,
      size: e.size,
      role: 'evidence',
      ref: e.id,
      name: e.filename,
    });
  }
  // documents filed moments ago are still being rendered: the package holds their files
  await caseDocumentsRendered(deps, caseId);
  for (const d of await documentsOfCase(deps.db, caseId)) {
    for (const [role, sha, fileSm3, ext] of [
      ['document-pdf', d.pdf_sha256!, d.pdf_sm3, 'pdf'],
      ['document-docx', d.docx_sha256!, d.docx_sm3, 'docx'],
    ] as const) {
      // documents issued before issue 20 carry their files' SM3 in their own entry
      const entry = rows.find((r) => r.kind === 'case.document' && (r.inputs as { documentId?: string }).documentId === d.id)?.inputs as
        Record<string, string> | undefined;
      const sm3 = fileSm3 ?? entry?.[role === 'document-pdf' ? 'pdfSm3' : 'docxSm3'] ?? '';
      const stored = await deps.blobs.stat(sha);
      if (!stored)
        throw new DomainError(
          'NOT_FOUND',
          `文书「${d.title}」的 ${ext === 'pdf' ? 'PDF' : 'Word'} 文件不在存储中（请运行 sanxiang verify 核查）`,
        );
      const size = stored.size;
      files.push({
        path: `files/${d.kind}-${sha.slice(0, 16)}.${ext}`,
        sha256: sha,
        sm3,
        size,
        role,
        ref: d.id,
        name: `${d.title}.${ext}`,
      });
    }
  }
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  const justice = await justiceAgencies(deps.db);
  const seal = deps.keys.sealKey(c.agency_id);
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    case: {
      id: c.id,
      number: c.number,
      title: c.title,
      agency: c.name,
      agencyCreditCode: c.credit_code,
      archivedAt: c.archived_at?.toISOString() ?? null,
    },
    exportedAt: now.toISOString(),
    log: {
      origin: cp.origin,
      treeSize: cp.size,
      checkpoint: cp.note,
      verifierKeys: deps.keys.logSigners(c.agency_id, cp.origin).map((s) => s.vkey),
      witnessKeys: justice
        .map((j) => deps.keys.witnessCosigner(j.id, `${deps.witnessPrefix}/${j.credit_code}`).vkey)
        .filter((k) => !!parseVerifierKey(k)),
      sealPublicKey: seal.publicKey.toString('base64'),
    },
    entries,
    files: unique,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const readme = Buffer.from(
    `${c.name} 案卷 ${c.number}（${c.title}）\n\n本包由三项平台导出，可在没有数据库的电脑上核验：\n  npx sanxiang verify 本文件.tar\n\n` +
      `manifest.json 列出本案全部 ${entries.length} 条记录（内容、哈希、在账本中的位置及包含性证明）和 ${unique.length} 个文件（SHA-256 与 SM3）；\n` +
      `checkpoint.txt 是覆盖这些记录的账本检查点（机关 Ed25519 与 SM2 签名、司法局见证副署）。\n` +
      `请将 manifest.json 中的公钥与机关公布的公钥（/ledger/${c.credit_code}/keys）核对。\n`,
    'utf8',
  );
  const sources: TarSource[] = [
    { name: 'manifest.json', size: manifestBytes.length, open: () => manifestBytes },
    { name: 'checkpoint.txt', size: Buffer.byteLength(cp.note), open: () => Buffer.from(cp.note, 'utf8') },
    { name: 'README.txt', size: readme.length, open: () => readme },
  ];
  const blobs = deps.blobs;
  async function* all(): AsyncGenerator<TarSource> {
    for (const s of sources) yield s;
    for (const f of unique) yield { name: f.path, size: f.size, open: () => blobs.open(f.sha256) };
  }
  return { filename: `${c.number}-案卷.tar`, manifest, stream: tarStream(all()) };
}
