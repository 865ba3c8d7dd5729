import { readFile } from 'node:fs/promises';
import {
  EVALUATION_FORMAT,
  checkPublishedDraw,
  checkPublishedEvaluation,
  evaluationEventLeafHash,
  drawEventLeafHash,
  parseCheckpointBody,
  parseVerifierKey,
  verifyConsistency,
  verifyInclusion,
  verifyNote,
  type NoteVerifier,
  type PublishedDraw,
  type PublishedEvaluation,
} from '@sanxiang/domain';
import { sm2Verifier } from '../adapters/keys/sm2-note.ts';
import { UsageError } from './args.ts';

/**
 * `sanxiang draw verify <url-or-file>` (R-X-2, R-REC-8): re-derives a published 双随机 draw — or a
 * 案卷评查 round's sample, drawn the same way on the same kind of seed — from its record
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
  /** what a clean check means, for this kind of record */
  passed?: string;
}

/** A published 案卷评查 round (R-REC-8): the same evidence, a list of archived case files instead of 名录库. */
export interface EvaluationRecordFile extends PublishedEvaluation {
  id: string;
  justice: { name: string; creditCode: string };
  ledgerAgency: { name: string; creditCode: string };
  seedEvidence: SeedEvidence | null;
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

/**
 * The seed's evidence, the same for every record drawn on a ledger root (双随机 plans, 案卷评查
 * rounds): the checkpoint signed by the log's keys, the consistency proof from the seed's tree to
 * it, and the commitment's leaf — the record's own — inside the seed's tree, so it came first.
 */
export function checkSeedEvidence(
  e: SeedEvidence | null,
  seed: string,
  source: { origin: string; treeSize: number },
  leafKind: { hash: (body: string) => Buffer; matches: (body: Record<string, unknown>) => boolean },
  trustedKeys: readonly string[] | undefined,
  lines: string[],
  problems: string[],
): void {
  const size = source.treeSize;
  if (!e) {
    problems.push('缺少种子的凭据（检查点与证明）');
    return;
  }
  const keys = trustedKeys ?? e.vkeys;
  if (trustedKeys && trustedKeys.join('\n') !== e.vkeys.join('\n')) problems.push('记录所附的账本公钥与账本公布的公钥不一致');
  try {
    const opened = verifyNote(e.checkpoint, verifiersOf(keys));
    const cp = parseCheckpointBody(opened.body);
    lines.push(`检查点：${cp.origin} 第 ${cp.size} 条，签名有效（${opened.verified.map((v) => v.algorithm).join('、')}）`);
    if (cp.origin !== source.origin) problems.push(`检查点属于账本 ${cp.origin}，不是承诺中的 ${source.origin}`);
    if (cp.size !== e.checkpointSize || cp.size < size) problems.push(`检查点的条数 ${cp.size} 小于种子所在的 ${size} 条`);
    else if (!verifyConsistency(size, cp.size, e.consistency.map(hex), hex(seed), cp.root))
      problems.push(`一致性证明不成立：种子不是该账本第 ${size} 条时的根哈希`);
    else lines.push(`种子 = 账本第 ${size} 条时的根哈希：一致性证明成立`);
  } catch (err) {
    problems.push(`检查点签名无效：${err instanceof Error ? err.message : String(err)}`);
  }
  const leaf = e.commitmentLeaf;
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(leaf.body) as Record<string, unknown>;
  } catch {
    problems.push('承诺的账本条目不是有效的 JSON');
  }
  if (!leafKind.matches(body)) problems.push('账本中的承诺条目与本次抽查的承诺不符');
  else if (!(leaf.index < size) || !verifyInclusion(leafKind.hash(leaf.body), leaf.index, size, leaf.proof.map(hex), hex(seed)))
    problems.push(`承诺条目不在种子所在的前 ${size} 条之中：不能证明承诺早于种子`);
  else lines.push(`承诺记于账本第 ${leaf.index + 1} 条，早于种子（前 ${size} 条）：包含证明成立`);
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
  checkSeedEvidence(
    r.seedEvidence,
    r.seed,
    r.commitment.seedSource,
    {
      hash: drawEventLeafHash,
      matches: (b) => b['type'] === 'draw' && b['kind'] === 'committed' && b['planId'] === r.id && b['commitmentHash'] === r.commitmentHash,
    },
    trustedKeys,
    lines,
    problems,
  );
  if (r.result && !problems.some((x) => x.includes('重新抽取'))) {
    lines.push(`重新抽取：${r.result.sampleSize} 户（共 ${r.result.populationSize} 户），与公布结果一致`);
    for (const [i, t] of r.result.targets.entries()) lines.push(`  ${i + 1}. ${t.name}（${t.code}）：${t.inspectors.join('、')}`);
  }
  return { lines, problems };
}

/** Checks a published 案卷评查 round: list and plan against the commitment, the seed's evidence, the sample re-drawn. */
export function verifyEvaluationRecord(r: EvaluationRecordFile, trustedKeys?: readonly string[]): DrawVerifyReport {
  const lines: string[] = [];
  const problems = checkPublishedEvaluation(r);
  const passed = '核验通过：案卷名单与承诺一致，种子有据，抽中的案卷可由公开数据重现。';
  const p = r.input?.plan;
  if (p) {
    lines.push(`组织机关：${r.justice?.name ?? ''}（${p.justice}）`);
    lines.push(`案卷评查：${p.title}；评查期间 ${p.periodFrom} 至 ${p.periodTo}`);
    lines.push(
      `案卷名单：${r.input.agencies.length} 个机关，共 ${r.input.agencies.reduce((n, a) => n + a.caseFiles.length, 0)} 份归档案卷`,
    );
  }
  lines.push(`承诺哈希：${r.commitmentHash}`);
  if (!r.seed) {
    lines.push(`种子尚未产生：须待账本 ${r.commitment?.seedSource.origin} 达到 ${r.commitment?.seedSource.treeSize} 条`);
    return { lines, problems, passed };
  }
  lines.push(`种子：${r.seed}`);
  checkSeedEvidence(
    r.seedEvidence,
    r.seed,
    r.commitment.seedSource,
    {
      hash: evaluationEventLeafHash,
      matches: (b) =>
        b['type'] === 'evaluation' && b['kind'] === 'committed' && b['roundId'] === r.id && b['commitmentHash'] === r.commitmentHash,
    },
    trustedKeys,
    lines,
    problems,
  );
  if (r.result && !problems.some((x) => x.includes('重新抽取'))) {
    lines.push('重新抽取：与公布结果一致');
    for (const a of r.result.agencies) {
      const name = r.input.agencies.find((x) => x.agency === a.agency)?.name ?? a.agency;
      lines.push(`  ${name}：${a.sampleSize} 份（共 ${a.populationSize} 份）${a.caseFiles.map((f) => f.number).join('、')}`);
    }
  }
  return { lines, problems, passed };
}

/** Reads the record from a URL (and the log's keys from the same site) or a file, and prints the report in Chinese. */
export async function drawVerifyCommand(source: string | undefined): Promise<DrawVerifyReport> {
  if (!source) throw new UsageError('用法：sanxiang draw verify <公示数据的网址或文件>');
  let record: DrawRecordFile | EvaluationRecordFile;
  let keys: string[] | undefined;
  // one command for every record drawn on a ledger root: the record's format says which it is
  const logOwner = (r: typeof record) =>
    r.format === EVALUATION_FORMAT ? (r as EvaluationRecordFile).ledgerAgency : (r as DrawRecordFile).agency;
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new UsageError(`无法读取 ${source}：HTTP ${res.status}`);
    record = (await res.json()) as DrawRecordFile | EvaluationRecordFile;
    const keysUrl = new URL(`/ledger/${encodeURIComponent(logOwner(record)?.creditCode ?? '')}/keys`, source);
    const k = await fetch(keysUrl);
    if (k.ok) keys = ((await k.json()) as { verifierKeys: string[] }).verifierKeys;
  } else {
    try {
      record = JSON.parse(await readFile(source, 'utf8')) as DrawRecordFile | EvaluationRecordFile;
    } catch (e) {
      throw new UsageError(`无法读取文件 ${source}：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const report =
    record.format === EVALUATION_FORMAT
      ? verifyEvaluationRecord(record as EvaluationRecordFile, keys)
      : verifyDrawRecord(record as DrawRecordFile, keys);
  if (!keys && record.seedEvidence) report.lines.push('注意：账本公钥取自记录本身；请与执法机关在「执法记录账本」页面公布的公钥核对。');
  return report;
}

export function printDrawReport(r: DrawVerifyReport): void {
  for (const l of r.lines) process.stdout.write(`${l}\n`);
  if (r.problems.length) {
    process.stdout.write(`核验未通过（${r.problems.length} 项）：\n`);
    for (const p of r.problems) process.stdout.write(`  ✗ ${p}\n`);
  } else process.stdout.write(`${r.passed ?? '核验通过：名录库与承诺一致，种子有据，抽取结果可由公开数据重现。'}\n`);
}
