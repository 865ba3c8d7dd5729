import { readFile } from 'node:fs/promises';
import {
  checkPublishedDraw,
  drawEventLeafHash,
  parseCheckpointBody,
  parseVerifierKey,
  verifyConsistency,
  verifyInclusion,
  verifyNote,
  type NoteVerifier,
  type PublishedDraw,
} from '@sanxiang/domain';
import { sm2Verifier } from '../adapters/keys/sm2-note.ts';
import { UsageError } from './args.ts';

/**
 * `sanxiang draw verify <url-or-file>` (R-X-2): re-derives a published 双随机 draw from its record
 * alone — the frozen lists' hash against the commitment, the seed against the agency's signed
 * checkpoint (consistency proof) with the commitment's entry inside the seed's tree (inclusion
 * proof, so it was written before the seed existed), and the draw itself re-run from the lists and
 * the seed. Needs no database; for a URL it fetches the log's keys from the same site.
 */
interface SeedEvidence {
  checkpoint: string;
  checkpointSize: number;
  consistency: string[];
  commitmentLeaf: { index: number; body: string; proof: string[] };
  vkeys: string[];
}

export interface DrawRecordFile extends PublishedDraw {
  id: string;
  agency: { name: string; creditCode: string };
  seedEvidence: SeedEvidence | null;
}

export interface DrawVerifyReport {
  lines: string[];
  problems: string[];
}

const hex = (s: string) => Buffer.from(s, 'hex');

function verifiersOf(vkeys: readonly string[]): NoteVerifier[] {
  return vkeys.flatMap((k) => {
    try {
      return [sm2Verifier(k) ?? parseVerifierKey(k)];
    } catch {
      return [];
    }
  });
}

/** Checks a published draw record; `trustedKeys` are the log's keys from an independent source (else the record's own). */
export function verifyDrawRecord(r: DrawRecordFile, trustedKeys?: readonly string[]): DrawVerifyReport {
  const lines: string[] = [];
  const problems = checkPublishedDraw(r);
  const p = r.input?.plan;
  if (p) {
    lines.push(`执法机关：${r.agency?.name ?? ''}（${p.agency}）`);
    lines.push(`抽查事项：${p.item.code} ${p.item.name}；计划检查日期 ${p.plannedOn}`);
    lines.push(
      `名录库：检查对象 ${r.input.targets.length} 户，执法检查人员 ${r.input.inspectors.length} 名，回避关系 ${r.input.conflicts.length} 对`,
    );
  }
  lines.push(`承诺哈希：${r.commitmentHash}`);
  if (!r.seed) {
    lines.push(`种子尚未产生：须待账本 ${r.commitment?.seedSource.origin} 达到 ${r.commitment?.seedSource.treeSize} 条`);
    return { lines, problems };
  }
  lines.push(`种子：${r.seed}`);
  const e = r.seedEvidence;
  const size = r.commitment.seedSource.treeSize;
  if (!e) problems.push('缺少种子的凭据（检查点与证明）');
  else {
    const keys = trustedKeys ?? e.vkeys;
    if (trustedKeys && trustedKeys.join('\n') !== e.vkeys.join('\n')) problems.push('记录所附的账本公钥与账本公布的公钥不一致');
    try {
      const opened = verifyNote(e.checkpoint, verifiersOf(keys));
      const cp = parseCheckpointBody(opened.body);
      lines.push(`检查点：${cp.origin} 第 ${cp.size} 条，签名有效（${opened.verified.map((v) => v.algorithm).join('、')}）`);
      if (cp.origin !== r.commitment.seedSource.origin)
        problems.push(`检查点属于账本 ${cp.origin}，不是承诺中的 ${r.commitment.seedSource.origin}`);
      if (cp.size !== e.checkpointSize || cp.size < size) problems.push(`检查点的条数 ${cp.size} 小于种子所在的 ${size} 条`);
      else if (!verifyConsistency(size, cp.size, e.consistency.map(hex), hex(r.seed), cp.root))
        problems.push(`一致性证明不成立：种子不是该账本第 ${size} 条时的根哈希`);
      else lines.push(`种子 = 账本第 ${size} 条时的根哈希：一致性证明成立`);
    } catch (err) {
      problems.push(`检查点签名无效：${err instanceof Error ? err.message : String(err)}`);
    }
    const leaf = e.commitmentLeaf;
    let body: { type?: string; kind?: string; planId?: string; commitmentHash?: string } = {};
    try {
      body = JSON.parse(leaf.body) as typeof body;
    } catch {
      problems.push('承诺的账本条目不是有效的 JSON');
    }
    if (body.type !== 'draw' || body.kind !== 'committed' || body.planId !== r.id || body.commitmentHash !== r.commitmentHash)
      problems.push('账本中的承诺条目与本次抽查的承诺不符');
    else if (!(leaf.index < size) || !verifyInclusion(drawEventLeafHash(leaf.body), leaf.index, size, leaf.proof.map(hex), hex(r.seed)))
      problems.push(`承诺条目不在种子所在的前 ${size} 条之中：不能证明承诺早于种子`);
    else lines.push(`承诺记于账本第 ${leaf.index + 1} 条，早于种子（前 ${size} 条）：包含证明成立`);
  }
  if (r.result && !problems.some((x) => x.includes('重新抽取'))) {
    lines.push(`重新抽取：${r.result.sampleSize} 户（共 ${r.result.populationSize} 户），与公布结果一致`);
    for (const [i, t] of r.result.targets.entries()) lines.push(`  ${i + 1}. ${t.name}（${t.code}）：${t.inspectors.join('、')}`);
  }
  return { lines, problems };
}

/** Reads the record from a URL (and the log's keys from the same site) or a file, and prints the report in Chinese. */
export async function drawVerifyCommand(source: string | undefined): Promise<DrawVerifyReport> {
  if (!source) throw new UsageError('用法：sanxiang draw verify <公示数据的网址或文件>');
  let record: DrawRecordFile;
  let keys: string[] | undefined;
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new UsageError(`无法读取 ${source}：HTTP ${res.status}`);
    record = (await res.json()) as DrawRecordFile;
    const keysUrl = new URL(`/ledger/${encodeURIComponent(record.agency?.creditCode ?? '')}/keys`, source);
    const k = await fetch(keysUrl);
    if (k.ok) keys = ((await k.json()) as { verifierKeys: string[] }).verifierKeys;
  } else {
    try {
      record = JSON.parse(await readFile(source, 'utf8')) as DrawRecordFile;
    } catch (e) {
      throw new UsageError(`无法读取文件 ${source}：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const report = verifyDrawRecord(record, keys);
  if (!keys && record.seedEvidence) report.lines.push('注意：账本公钥取自记录本身；请与执法机关在「执法记录账本」页面公布的公钥核对。');
  return report;
}

export function printDrawReport(r: DrawVerifyReport): void {
  for (const l of r.lines) process.stdout.write(`${l}\n`);
  if (r.problems.length) {
    process.stdout.write(`核验未通过（${r.problems.length} 项）：\n`);
    for (const p of r.problems) process.stdout.write(`  ✗ ${p}\n`);
  } else process.stdout.write('核验通过：名录库与承诺一致，种子有据，抽取结果可由公开数据重现。\n');
}
