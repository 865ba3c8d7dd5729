import { createHash, createPublicKey, verify } from 'node:crypto';
import { createReadStream, existsSync, openSync, readSync, closeSync } from 'node:fs';
import {
  GENESIS_HASH,
  canonicalJson,
  eventHash,
  parseCheckpointBody,
  parseVerifierKey,
  verifyInclusion,
  verifyNote,
  type EventBody,
} from '@sanxiang/domain';
import { indexTar, type TarIndexEntry } from '../../adapters/archive/tar.ts';
import { sm2Verifier } from '../../adapters/keys/sm2-note.ts';
import { PACKAGE_FORMAT, type PackageManifest } from '../casefile/case-export.ts';
import { Findings, type VerifyReport } from './verify-report.ts';

function readEntry(file: string, e: TarIndexEntry): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(e.size);
    readSync(fd, buf, 0, e.size, e.offset);
    return buf;
  } finally {
    closeSync(fd);
  }
}

async function digestEntry(file: string, e: TarIndexEntry) {
  const a = createHash('sha256');
  const b = createHash('sm3');
  if (e.size > 0) {
    for await (const chunk of createReadStream(file, { start: e.offset, end: e.offset + e.size - 1, highWaterMark: 1 << 20 })) {
      a.update(chunk as Buffer);
      b.update(chunk as Buffer);
    }
  }
  return { sha256: a.digest('hex'), sm3: b.digest('hex') };
}

/**
 * `sanxiang verify PACKAGE`: an exported 案卷 checked with nothing but the package (R-REC-6):
 * the checkpoint's signatures (Ed25519, SM2) and cosignatures, every entry's hash and chain and
 * its inclusion proof against the checkpoint, every file's digests against the entry that bound
 * it, and every document's content hash and seal.
 */
export async function verifyPackage(file: string): Promise<VerifyReport> {
  const f = new Findings();
  if (!existsSync(file)) {
    f.add('package-missing', file, `案卷包不存在：${file}`);
    return f.report();
  }
  let index: TarIndexEntry[];
  try {
    index = indexTar(file);
  } catch {
    f.add('package-format', file, `${file} 不是有效的案卷包（tar）`);
    return f.report();
  }
  const byName = new Map(index.map((e) => [e.name, e]));
  const mEntry = byName.get('manifest.json');
  if (!mEntry) {
    f.add('package-format', file, '案卷包缺少 manifest.json');
    return f.report();
  }
  let m: PackageManifest;
  try {
    m = JSON.parse(readEntry(file, mEntry).toString('utf8')) as PackageManifest;
    if (m.format !== PACKAGE_FORMAT) throw new Error('format');
  } catch {
    f.add('package-format', 'manifest.json', 'manifest.json 无法读取或格式不符');
    return f.report();
  }
  const label = `案卷 ${m.case.number}`;

  // the checkpoint: signed by the agency, cosigned by the 司法局
  let root: Buffer | null = null;
  try {
    const opened = verifyNote(
      m.log.checkpoint,
      m.log.verifierKeys.map((k) => sm2Verifier(k) ?? parseVerifierKey(k)),
    );
    const algs = new Set(opened.verified.map((v) => v.algorithm));
    if (!algs.has('Ed25519') || !algs.has('SM2-SM3')) f.add('checkpoint-signature', 'checkpoint', '检查点缺少 Ed25519 或 SM2 签名');
    const cp = parseCheckpointBody(opened.body);
    if (cp.origin !== m.log.origin || cp.size !== m.log.treeSize) f.add('checkpoint-row', 'checkpoint', '检查点与清单记载的账本不符');
    root = Buffer.from(cp.root);
    const cpFile = byName.get('checkpoint.txt');
    if (!cpFile || readEntry(file, cpFile).toString('utf8') !== m.log.checkpoint)
      f.add('checkpoint-file', 'checkpoint.txt', 'checkpoint.txt 与清单中的检查点不一致');
    let cosigned = 0;
    try {
      cosigned = verifyNote(m.log.checkpoint, m.log.witnessKeys.map(parseVerifierKey)).verified.length;
    } catch (e) {
      if (String(e).includes('does not verify')) f.add('cosignature', 'checkpoint', '检查点的见证副署无效');
    }
    f.ok(`检查点（${m.log.origin}，${cp.size} 条）：Ed25519 与 SM2 签名有效，见证副署 ${cosigned} 个有效`);
  } catch (e) {
    f.add('checkpoint-signature', 'checkpoint', `检查点签名无效：${e instanceof Error ? e.message : String(e)}`);
  }

  // the entries: chain, hashes, inclusion in the signed tree
  let prev: Buffer = GENESIS_HASH;
  let expected = 1;
  const bodies = new Map<string, Record<string, unknown>>();
  for (const e of m.entries) {
    const where = `${label} 第 ${e.seq} 条记录`;
    const hash = Buffer.from(e.hash, 'hex');
    if (e.seq !== expected) f.add('chain-gap', where, `${where}之前缺少第 ${expected} 条记录`);
    if (e.prevHash !== prev.toString('hex')) f.add('chain-break', where, `${where}的前序哈希与上一条不符`);
    if (!eventHash(e.body as EventBody, Buffer.from(e.prevHash, 'hex')).equals(hash))
      f.add('event-hash', where, `${where}的内容与其哈希不符：记录被改动`);
    if (
      root &&
      !verifyInclusion(
        hash,
        e.leafIndex,
        m.log.treeSize,
        e.proof.map((p) => Buffer.from(p, 'base64')),
        root,
      )
    )
      f.add('inclusion', where, `${where}不在已签名的账本中（包含性证明不成立）`);
    const body = e.body as EventBody;
    if (body.kind === 'case.evidence' || body.kind === 'case.document' || body.kind === 'case.document.rendered') {
      const inputs = body.inputs as Record<string, unknown>;
      const ref = String(inputs['evidenceId'] ?? inputs['documentId']);
      // a document's files are recorded in an entry of their own after it (issue 20): read as one with the document's
      bodies.set(ref, body.kind === 'case.document.rendered' ? { ...bodies.get(ref), ...inputs } : inputs);
    }
    prev = hash;
    expected = e.seq + 1;
  }
  f.ok(`${label} 记录 ${m.entries.length} 条：哈希链完整性与账本包含性证明已核验`);

  // the files: digests, bound by their entries; documents' content and seal
  const seal = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(m.log.sealPublicKey, 'base64')]),
    format: 'der',
    type: 'spki',
  });
  for (const fl of m.files) {
    const where = `${label} 的文件「${fl.name}」（${fl.path}）`;
    const t = byName.get(fl.path);
    if (!t) {
      f.add('file-missing', where, `${where}不在包中`);
      continue;
    }
    const d = await digestEntry(file, t);
    if (t.size !== fl.size || d.sha256 !== fl.sha256 || d.sm3 !== fl.sm3)
      f.add('file-altered', where, `${where}已被改动（SHA-256/SM3 与记录不符）`);
    const bound = bodies.get(fl.ref);
    const want = fl.role === 'evidence' ? bound?.['sha256'] : fl.role === 'document-pdf' ? bound?.['pdfSha256'] : bound?.['docxSha256'];
    if (want !== fl.sha256) f.add('file-unbound', where, `${where}与本案记录条目中的摘要不符`);
    if (fl.role === 'document-pdf' && bound) {
      const content = createHash('sha256').update(canonicalJson(bound['model'])).digest('hex');
      if (content !== bound['contentSha256']) f.add('document-content', where, `${where}的内容与其内容哈希不符`);
      const sig = (bound['seal'] as { signature?: string } | undefined)?.signature ?? '';
      if (!verify(null, Buffer.from(String(bound['contentSha256']), 'hex'), seal, Buffer.from(sig, 'base64')))
        f.add('document-seal', where, `${where}的电子签章无效`);
    }
  }
  for (const [ref, inputs] of bodies) {
    const sha = inputs['sha256'] ?? inputs['pdfSha256'];
    if (!m.files.some((x) => x.ref === ref && x.sha256 === sha))
      f.add('file-missing', `${label} ${ref}`, `${label} 记录中的文件（${String(sha)}）不在包中`);
  }
  f.ok(`${label} 文件 ${m.files.length} 个：SHA-256 与 SM3、与记录条目的对应、文书电子签章已核验`);
  return f.report();
}
