import type { Kysely } from 'kysely';
import { parseVerifierKey, type NoteVerifier } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { Findings, type VerifyReport } from './verify-report.ts';
import { justiceAgencies } from '../org/org.queries.ts';
import { verifyAccessLog, verifyCaseChains, verifyCaseChainsParallel } from './verify-chains.ts';
import { verifyAgencyLedger, verifyAllEntriesLogged } from './verify-ledger.ts';
import { BlobReader, verifyDocuments, verifyEvidenceFiles, verifyOtherBlobs } from './verify-blobs.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { createPublicKey } from 'node:crypto';
import { verifyPublications } from './verify-publications.ts';
import { agenciesWithLog } from '../ledger/ledger.queries.ts';

export interface StoreVerifyDeps {
  db: Kysely<Database>;
  keys: KeyStore;
  /** the configured blob store (a folder or an S3 bucket): every blob in it is read back */
  blobs: BlobStore;
  /** key names of the local witnesses' cosignatures: `<prefix>/<统一社会信用代码>` */
  witnessPrefix: string;
  /** cosignature keys of witnesses on other instances */
  remoteWitnessKeys?: string[];
  /** with a connection string, the hash chains are checked over this many connections at once (case-id ranges) */
  parallel?: { url: string; workers: number };
}

/**
 * `sanxiang verify`: the whole store checked offline, from the database and the files alone (R-REC-4):
 * hash chains, the access log, every agency's tree, tiles, checkpoint signatures and cosignatures,
 * every evidence file's and document's digests, and every blob in the configured store (folder or
 * S3) read back. Each problem names the row or file.
 */
export async function verifyStore(deps: StoreVerifyDeps, progress: (line: string) => void = () => {}): Promise<VerifyReport> {
  const f = new Findings();
  // The hash chains (database work, over several connections when possible) run beside the rest, which is
  // mostly the database's work: the two cores are both busy.
  progress('核验案件记录的哈希链、调阅记录与账本…');
  const chainsP =
    deps.parallel && deps.parallel.workers > 1
      ? verifyCaseChainsParallel(deps.parallel.url, f, deps.parallel.workers)
      : verifyCaseChains(deps.db, f);
  chainsP.catch(() => undefined);
  const loggedP = verifyAllEntriesLogged(deps.db, f);
  loggedP.catch(() => undefined);
  const access = await verifyAccessLog(deps.db, f);
  const published = await verifyPublications(deps.db, f);
  const justice = await justiceAgencies(deps.db);
  const witnessVerifiers: NoteVerifier[] = [
    ...justice.map((j) => parseVerifierKey(deps.keys.witnessCosigner(j.id, `${deps.witnessPrefix}/${j.credit_code}`).vkey)),
    ...(deps.remoteWitnessKeys ?? []).map(parseVerifierKey),
  ];
  const ledgers: string[] = [];
  for (const agencyId of await agenciesWithLog(deps.db)) {
    const r = await verifyAgencyLedger(deps.db, agencyId, { keys: deps.keys, witnessVerifiers }, f);
    if (r)
      ledgers.push(
        `${r.name} 账本 ${r.leaves} 条，检查点 ${r.checkpoints} 个（Ed25519 与 SM2 签名已验证），见证副署 ${r.cosigned} 个已验证`,
      );
  }
  progress('核验音像记录原件与执法文书…');
  const reader = new BlobReader(deps.blobs);
  const evidence = await verifyEvidenceFiles(deps.db, reader, f);
  const docs = await verifyDocuments(deps.db, reader, (agencyId) => createPublicKey(deps.keys.sealKey(agencyId).key), f);
  const stored = await verifyOtherBlobs(reader, f);
  const chains = await chainsP;
  await loggedP;
  f.ok(`案件 ${chains.cases} 件，记录 ${chains.events} 条：已逐条重算哈希并核对链接`);
  f.ok(`调阅记录 ${access} 条：已逐条重算哈希`);
  f.ok(`公示操作 ${published.acts} 项：已逐条重算哈希；公示版本 ${published.versions} 个：已由原文、规则与人工标注重新生成并核对`);
  for (const line of ledgers) f.ok(line);
  f.ok(`音像记录原件 ${evidence} 个：已重算 SHA-256 与 SM3`);
  f.ok(`执法文书 ${docs} 份：内容哈希、电子签章、PDF 与 Word 文件均已核验`);
  f.ok(
    `文件存储 ${deps.blobs.location} 中的文件 ${stored.blobs} 个：均已读回并重算摘要（其中未被记录引用的 ${stored.others} 个核对了 SHA-256 名称）`,
  );
  return f.report();
}
