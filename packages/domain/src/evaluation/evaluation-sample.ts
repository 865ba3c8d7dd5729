import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { DrawStream, drawFirst } from '../draw/draw-random.ts';
import { recheckPublished, sampleSize, seedBytes, taggedLeafHash, type DrawSample, type SeedSource } from '../draw/draw.ts';

/**
 * 案卷评查 sample (R-REC-8): which archived case files of each agency the 司法局 scores in a round,
 * drawn exactly as a 双随机 draw is (R-X-2, docs/draw.md): the published list — every case file
 * each agency archived in the period, by id and 案号 only, no party data — and the round's plan
 * are hashed into a commitment entered in a ledger before the seed exists; the seed is that
 * ledger's root at a later size; the sample is a pure function of list and seed, so anyone
 * re-derives it. The random numbers are the draw's (same stream, same rejection sampling, same
 * Fisher–Yates); only the inputs differ.
 */
export const EVALUATION_FORMAT = 'sanxiang-evaluation/1';

export interface EvaluationCaseFile {
  /** the case's id (a UUID: stable, carries no personal data) */
  id: string;
  /** 案号 */
  number: string;
  /** 归档日期 (China date) */
  archivedOn: string;
}

export interface EvaluationAgencyFiles {
  /** the agency's 统一社会信用代码 */
  agency: string;
  name: string;
  caseFiles: EvaluationCaseFile[];
}

export interface EvaluationPlan {
  /** the 司法局's 统一社会信用代码 */
  justice: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  /** per agency: a count, or a percentage of its archived files (rounded up) */
  sample: DrawSample;
  /** the 评查标准 the files are scored by */
  standard: { version: number; hash: string };
}

export interface EvaluationInput {
  plan: EvaluationPlan;
  agencies: EvaluationAgencyFiles[];
}

export interface EvaluationCommitment {
  format: typeof EVALUATION_FORMAT;
  inputHash: string;
  seedSource: SeedSource;
}

export interface EvaluationSampleResult {
  agencies: { agency: string; populationSize: number; sampleSize: number; caseFiles: { id: string; number: string }[] }[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The one canonical form: agencies by 统一社会信用代码, each agency's files by id. Typing order never changes the sample. */
export function normaliseEvaluationInput(input: EvaluationInput): EvaluationInput {
  const p = input.plan;
  return {
    plan: {
      justice: p.justice,
      title: p.title,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      sample: p.sample.kind === 'count' ? { kind: 'count', count: p.sample.count } : { kind: 'ratio', percent: p.sample.percent },
      standard: { version: p.standard.version, hash: p.standard.hash },
    },
    agencies: input.agencies
      .map((a) => ({
        agency: a.agency,
        name: a.name,
        caseFiles: a.caseFiles.map((f) => ({ id: f.id, number: f.number, archivedOn: f.archivedOn })).sort((x, y) => cmp(x.id, y.id)),
      }))
      .sort((x, y) => cmp(x.agency, y.agency)),
  };
}

export function evaluationInputHash(input: EvaluationInput): string {
  return sha256Hex(canonicalJson(normaliseEvaluationInput(input)));
}

export function evaluationCommitment(input: EvaluationInput, seedSource: SeedSource): EvaluationCommitment {
  return { format: EVALUATION_FORMAT, inputHash: evaluationInputHash(input), seedSource: { ...seedSource } };
}

/** Checks before committing: a plan that is wrong, or a list with a file outside the period or twice, is refused. */
export function evaluationProblems(input: EvaluationInput): { path: string; message: string }[] {
  const n = normaliseEvaluationInput(input);
  const p = n.plan;
  const out: { path: string; message: string }[] = [];
  if (p.sample.kind === 'count' && !(Number.isInteger(p.sample.count) && p.sample.count >= 1 && p.sample.count <= 100))
    out.push({ path: 'sample/count', message: '每个机关抽取的案卷数须为 1 至 100 的整数' });
  if (
    p.sample.kind === 'ratio' &&
    !(p.sample.percent > 0 && p.sample.percent <= 100 && Math.round(p.sample.percent * 100) === p.sample.percent * 100)
  )
    out.push({ path: 'sample/percent', message: '抽取比例须大于 0、不超过 100%，最多两位小数' });
  if (!(p.periodFrom <= p.periodTo)) out.push({ path: 'periodTo', message: '评查期间的开始日期不能晚于结束日期' });
  if (!n.agencies.length) out.push({ path: 'agencyIds', message: '至少须选择一个被评查机关' });
  const agencies = new Set<string>();
  const ids = new Set<string>();
  for (const a of n.agencies) {
    if (agencies.has(a.agency)) out.push({ path: 'agencyIds', message: `机关「${a.name}」重复` });
    agencies.add(a.agency);
    for (const f of a.caseFiles) {
      if (ids.has(f.id)) out.push({ path: 'agencies', message: `案卷 ${f.number} 在名单中重复` });
      ids.add(f.id);
      if (!(p.periodFrom <= f.archivedOn && f.archivedOn <= p.periodTo))
        out.push({
          path: 'agencies',
          message: `案卷 ${f.number} 的归档日期 ${f.archivedOn} 不在评查期间 ${p.periodFrom} 至 ${p.periodTo} 内`,
        });
    }
  }
  return out;
}

/**
 * The sample. One stream over the seed; for each agency in canonical order, its files (by id) are
 * shuffled by Fisher–Yates and the first `sampleSize` taken, in that order. An agency that
 * archived nothing in the period has an empty sample.
 */
export function drawEvaluationSample(input: EvaluationInput, seedHex: string): EvaluationSampleResult {
  const problems = evaluationProblems(input);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.map((x) => x.message).join('；'), { problems });
  const n = normaliseEvaluationInput(input);
  const stream = new DrawStream(seedBytes(seedHex));
  return {
    agencies: n.agencies.map((a) => {
      const k = sampleSize(n.plan.sample, a.caseFiles.length);
      return {
        agency: a.agency,
        populationSize: a.caseFiles.length,
        sampleSize: k,
        caseFiles: drawFirst(a.caseFiles, k, stream).map((f) => ({ id: f.id, number: f.number })),
      };
    }),
  };
}

export function evaluationResultHash(r: EvaluationSampleResult): string {
  return sha256Hex(canonicalJson(r));
}

/** What is published: everything an outsider needs to re-derive the sample. */
export interface PublishedEvaluation {
  format: typeof EVALUATION_FORMAT;
  input: EvaluationInput;
  commitment: EvaluationCommitment;
  commitmentHash: string;
  seed: string | null;
  result: EvaluationSampleResult | null;
}

/** Re-derives a published round's sample (the seed's own evidence is checked by the caller). Findings in Chinese; empty = it checks out. */
export function checkPublishedEvaluation(d: PublishedEvaluation): string[] {
  const { findings: out, again } = recheckPublished({
    format: d.format,
    expectedFormat: EVALUATION_FORMAT,
    lists: ['案卷名单', '名单'],
    inputHash: () => evaluationInputHash(d.input),
    commitment: d.commitment,
    commitmentHash: d.commitmentHash,
    seed: d.seed,
    result: d.result,
    rerun: (seed) => drawEvaluationSample(d.input, seed),
  });
  if (!again || !d.result) return out;
  for (const [i, a] of again.agencies.entries()) {
    const pub = d.result.agencies[i];
    if (!pub || pub.agency !== a.agency || canonicalJson(pub) !== canonicalJson(a)) {
      const name = d.input.agencies.find((x) => x.agency === a.agency)?.name ?? a.agency;
      out.push(`重新抽取的「${name}」案卷（${a.caseFiles.map((f) => f.number).join('、') || '无'}）与公布结果不符`);
    }
  }
  if (d.result.agencies.length !== again.agencies.length) out.push('公布结果中的机关数与名单不符');
  return out;
}

/** An act on a round (commitment, draw) as a ledger leaf. */
export interface EvaluationEventBody {
  type: 'evaluation';
  kind: 'committed' | 'drawn';
  roundId: string;
  /** the 司法局's 统一社会信用代码 */
  justice: string;
  commitmentHash: string;
  at: string;
  details: Record<string, unknown>;
}

export const EVALUATION_LEAF_TAG = 'sanxiang/evaluation/v1\n';

/** SHA-256(0x00 ‖ "sanxiang/evaluation/v1\n" ‖ text): the leaf of a round's act. */
export function evaluationEventLeafHash(canonicalBody: string): Buffer {
  return taggedLeafHash(EVALUATION_LEAF_TAG, canonicalBody);
}
