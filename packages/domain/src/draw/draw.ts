import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { effectiveStatus, type CertificateStatus } from '../people/certificate.ts';
import { DrawStream, drawFirst } from './draw-random.ts';

/**
 * 双随机、一公开 (R-X-2, R-PUB-6): the draw as a pure function of published data. The agency
 * freezes its 检查对象名录库, its 执法检查人员名录库 (with each certificate's 执法类别 and validity),
 * the 回避 pairs and the plan, and publishes a commitment — the SHA-256 of those frozen inputs and
 * of the seed's source — before the seed exists. The seed is the root hash of the agency's ledger
 * at a tree size not reached when the commitment was made. Anyone can then re-run `runDraw` on
 * the published inputs and seed and must get the published result (docs/draw.md).
 */
export const DRAW_FORMAT = 'sanxiang-draw/1';

/** 检查对象 as drawn: identified by 统一社会信用代码 (or registration number). */
export interface DrawTarget {
  code: string;
  name: string;
  /** 对象类别 (e.g. 食品经营者): a plan may draw from one category only */
  category: string;
}

/** 执法检查人员 as drawn: the certificate's facts on the day the lists were frozen. */
export interface DrawInspector {
  certificate: string;
  name: string;
  /** 执法类别 on the certificate */
  fields: string[];
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
  /**
   * The certificate's dated limits (暂扣, 吊销, 年检未通过 from a date, R-X-1), published without their
   * reasons: a certificate valid when the lists were frozen but suspended from a day before the
   * planned date is not drawn. Absent (as in draws published before it) when there are none, so
   * those inputs hash as they did.
   */
  restrictions?: DrawRestriction[] | undefined;
}

export interface DrawRestriction {
  kind: 'suspended' | 'revoked' | 'inspection-failed';
  from: string;
  /** exclusive; null while it lasts */
  to: string | null;
}

/** 回避: this inspector is never drawn for this target (the reason is kept by the agency, not published). */
export interface DrawConflict {
  certificate: string;
  target: string;
}

export type DrawSample = { kind: 'count'; count: number } | { kind: 'ratio'; percent: number };

export interface DrawPlan {
  /** the agency's 统一社会信用代码 */
  agency: string;
  /** the 随机抽查事项清单 item */
  item: { code: string; name: string };
  /** 执法类别 an inspector's certificate must cover */
  field: string;
  /** draw only targets of this category; null: the whole 名录库 */
  targetCategory: string | null;
  sample: DrawSample;
  inspectorsPerTarget: number;
  periodFrom: string;
  periodTo: string;
  /** 计划检查日期: certificates must be valid on it */
  plannedOn: string;
}

export interface DrawInput {
  plan: DrawPlan;
  targets: DrawTarget[];
  inspectors: DrawInspector[];
  conflicts: DrawConflict[];
}

/** Where the seed will come from: the root hash of the log `origin` at `treeSize` leaves. */
export interface SeedSource {
  kind: 'ledger-root';
  origin: string;
  treeSize: number;
}

export interface DrawCommitment {
  format: typeof DRAW_FORMAT;
  inputHash: string;
  seedSource: SeedSource;
}

export interface DrawnTarget {
  code: string;
  name: string;
  /** certificate numbers, in the order drawn */
  inspectors: string[];
}

export interface DrawResult {
  populationSize: number;
  sampleSize: number;
  eligibleInspectors: number;
  targets: DrawnTarget[];
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The inputs in their one canonical form: lists sorted (targets by code, inspectors by
 * certificate, conflicts by certificate then target), duplicates of a conflict removed, fields
 * sorted. The order rows were typed in never changes the draw.
 */
export function normaliseDrawInput(input: DrawInput): DrawInput {
  const conflicts = new Map<string, DrawConflict>();
  for (const c of input.conflicts) conflicts.set(`${c.certificate}\u0000${c.target}`, { certificate: c.certificate, target: c.target });
  return {
    plan: {
      agency: input.plan.agency,
      item: { code: input.plan.item.code, name: input.plan.item.name },
      field: input.plan.field,
      targetCategory: input.plan.targetCategory,
      sample:
        input.plan.sample.kind === 'count'
          ? { kind: 'count', count: input.plan.sample.count }
          : { kind: 'ratio', percent: input.plan.sample.percent },
      inspectorsPerTarget: input.plan.inspectorsPerTarget,
      periodFrom: input.plan.periodFrom,
      periodTo: input.plan.periodTo,
      plannedOn: input.plan.plannedOn,
    },
    targets: input.targets.map((t) => ({ code: t.code, name: t.name, category: t.category })).sort((a, b) => byCode(a.code, b.code)),
    inspectors: input.inspectors
      .map((i) => ({
        certificate: i.certificate,
        name: i.name,
        fields: [...i.fields].sort(byCode),
        validFrom: i.validFrom,
        validTo: i.validTo,
        status: i.status,
        ...(i.restrictions?.length
          ? {
              restrictions: i.restrictions
                .map((r) => ({ kind: r.kind, from: r.from, to: r.to ?? null }))
                .sort((a, b) => byCode(a.from, b.from) || byCode(a.kind, b.kind) || byCode(a.to ?? '', b.to ?? '')),
            }
          : {}),
      }))
      .sort((a, b) => byCode(a.certificate, b.certificate)),
    conflicts: [...conflicts.values()].sort((a, b) => byCode(a.certificate, b.certificate) || byCode(a.target, b.target)),
  };
}

/** SHA-256 (hex) of the canonical JSON of the normalised inputs. */
export function drawInputHash(input: DrawInput): string {
  return sha256Hex(canonicalJson(normaliseDrawInput(input)));
}

export function drawCommitment(input: DrawInput, seedSource: SeedSource): DrawCommitment {
  return { format: DRAW_FORMAT, inputHash: drawInputHash(input), seedSource: { ...seedSource } };
}

/**
 * SHA-256 (hex) of a commitment's canonical JSON: the one value published before the seed. The
 * same for every format that draws from the ledger (双随机 plans, 案卷评查 rounds).
 */
export function commitmentHash(c: { format: string; inputHash: string; seedSource: SeedSource }): string {
  return sha256Hex(canonicalJson(c));
}

/** How many targets a plan draws from a population of n. Ratios round up (a 3 % draw from 10 is 1). */
export function sampleSize(sample: DrawSample, n: number): number {
  if (sample.kind === 'count') return Math.min(sample.count, n);
  // basis points, so that 2.5 % is exact integer arithmetic
  const bp = Math.round(sample.percent * 100);
  return Math.min(n, Math.ceil((n * bp) / 10_000));
}

/** The targets a plan draws from, in canonical order. */
export function population(input: DrawInput): DrawTarget[] {
  const n = normaliseDrawInput(input);
  return n.targets.filter((t) => n.plan.targetCategory === null || t.category === n.plan.targetCategory);
}

/** Why an inspector may not be drawn under the plan (certificate on the planned date, 执法类别); null when eligible. */
export function inspectorProblem(i: DrawInspector, plan: Pick<DrawPlan, 'field' | 'plannedOn'>): string | null {
  const restrictions = i.restrictions?.map((r) => ({ ...r, reason: '' }));
  const st = effectiveStatus({ ...i, number: i.certificate, regions: [], restrictions }, plan.plannedOn);
  if (st !== 'valid') {
    const why = {
      expired: '已过期',
      'not-yet-valid': '尚未生效',
      suspended: '被暂扣',
      revoked: '被吊销',
      'inspection-failed': '年检未通过',
      valid: '',
    }[st];
    return `执法证（${i.certificate}）在计划检查日期 ${plan.plannedOn} ${why}`;
  }
  if (!i.fields.includes(plan.field)) return `执法证（${i.certificate}）的执法类别不含「${plan.field}」`;
  return null;
}

export interface DrawProblem {
  code: 'plan' | 'population' | 'staffing';
  message: string;
  target?: string;
}

/** Checks done before committing: a plan that could fail to staff a drawn target is refused, so every draw completes. */
export function drawProblems(input: DrawInput): DrawProblem[] {
  const n = normaliseDrawInput(input);
  const p = n.plan;
  const out: DrawProblem[] = [];
  // 行政处罚法 §42 / R-X-1: inspections are made by at least two officers
  if (!Number.isInteger(p.inspectorsPerTarget) || p.inspectorsPerTarget < 2 || p.inspectorsPerTarget > 10)
    out.push({ code: 'plan', message: '每个检查对象须抽取 2 至 10 名执法检查人员' });
  if (p.sample.kind === 'count' && (!Number.isInteger(p.sample.count) || p.sample.count < 1))
    out.push({ code: 'plan', message: '抽取户数须为正整数' });
  if (
    p.sample.kind === 'ratio' &&
    !(p.sample.percent > 0 && p.sample.percent <= 100 && Math.round(p.sample.percent * 100) === p.sample.percent * 100)
  )
    out.push({ code: 'plan', message: '抽查比例须大于 0、不超过 100%，最多两位小数' });
  if (!(p.periodFrom <= p.plannedOn && p.plannedOn <= p.periodTo)) out.push({ code: 'plan', message: '计划检查日期须在抽查期间内' });
  const pop = population(n);
  if (pop.length === 0)
    out.push({
      code: 'population',
      message: p.targetCategory ? `检查对象名录库中没有类别为「${p.targetCategory}」的对象` : '检查对象名录库为空',
    });
  const eligible = n.inspectors.filter((i) => !inspectorProblem(i, p));
  const conflicts = new Set(n.conflicts.map((c) => `${c.certificate}\u0000${c.target}`));
  for (const t of pop) {
    const free = eligible.filter((i) => !conflicts.has(`${i.certificate}\u0000${t.code}`)).length;
    if (free < p.inspectorsPerTarget)
      out.push({
        code: 'staffing',
        target: t.code,
        message: `检查对象「${t.name}」（${t.code}）在回避后只有 ${free} 名有效执法检查人员，少于每户 ${p.inspectorsPerTarget} 名`,
      });
  }
  return out;
}

/** The seed as bytes: the hex of a ledger root (32 bytes). */
export function seedBytes(seedHex: string): Buffer {
  if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new DomainError('VALIDATION_FAILED', '种子应为 64 位十六进制的 SHA-256 哈希');
  return Buffer.from(seedHex, 'hex');
}

/**
 * The draw. On the canonical inputs and one stream over the seed:
 * 1. the population (targets of the plan's category, by code) is shuffled by Fisher–Yates and
 *    the first `sampleSize` targets are drawn, in that order;
 * 2. for each drawn target in turn, the eligible inspectors (certificate valid on the planned date
 *    and covering the plan's 执法类别, by certificate number) minus those in a 回避 pair with the
 *    target are shuffled the same way and the first `inspectorsPerTarget` are drawn.
 */
export function runDraw(input: DrawInput, seedHex: string): DrawResult {
  const problems = drawProblems(input);
  if (problems.length) throw new DomainError('DRAW_INFEASIBLE', problems.map((p) => p.message).join('；'), { problems });
  const n = normaliseDrawInput(input);
  const stream = new DrawStream(seedBytes(seedHex));
  const pop = population(n);
  const k = sampleSize(n.plan.sample, pop.length);
  const drawn = drawFirst(pop, k, stream);
  const eligible = n.inspectors.filter((i) => !inspectorProblem(i, n.plan));
  const conflicts = new Set(n.conflicts.map((c) => `${c.certificate}\u0000${c.target}`));
  return {
    populationSize: pop.length,
    sampleSize: k,
    eligibleInspectors: eligible.length,
    targets: drawn.map((t) => ({
      code: t.code,
      name: t.name,
      inspectors: drawFirst(
        eligible.filter((i) => !conflicts.has(`${i.certificate}\u0000${t.code}`)),
        n.plan.inspectorsPerTarget,
        stream,
      ).map((i) => i.certificate),
    })),
  };
}

/** SHA-256 (hex) of the result's canonical JSON, published with it. */
export function drawResultHash(r: DrawResult): string {
  return sha256Hex(canonicalJson(r));
}

/** What is published after the draw: everything an outsider needs to re-run it. */
export interface PublishedDraw {
  format: typeof DRAW_FORMAT;
  input: DrawInput;
  commitment: DrawCommitment;
  commitmentHash: string;
  seed: string | null;
  result: DrawResult | null;
}

/**
 * What every published committed draw (双随机 here, 案卷评查 in evaluation/) is checked for before its
 * own result is compared: the format, the hash of the published lists against the commitment, the
 * commitment's own hash, and — once the seed is out — a result that re-derives from the lists and the
 * seed. Returns the findings in Chinese and the re-derived result (null when there is nothing to compare).
 */
export function recheckPublished<R>(p: {
  format: unknown;
  expectedFormat: string;
  /** how the findings name the lists: [full name, short name], e.g. ['案卷名单', '名单'] */
  lists: [string, string];
  inputHash: () => string;
  commitment: { inputHash: string } & Parameters<typeof commitmentHash>[0];
  commitmentHash: string;
  seed: string | null;
  result: R | null;
  rerun: (seed: string) => R;
}): { findings: string[]; again: R | null } {
  const out: string[] = [];
  if (p.format !== p.expectedFormat) return { findings: [`不认识的格式「${String(p.format)}」，应为 ${p.expectedFormat}`], again: null };
  const inputHash = p.inputHash();
  if (inputHash !== p.commitment.inputHash)
    out.push(`${p.lists[0]}与方案的哈希 ${inputHash} 与承诺中的 ${p.commitment.inputHash} 不符：公布的${p.lists[1]}或方案被改动`);
  const ch = commitmentHash(p.commitment);
  if (ch !== p.commitmentHash) out.push(`承诺哈希 ${ch} 与公布的 ${p.commitmentHash} 不符`);
  if (p.seed === null) {
    if (p.result) out.push('种子尚未公布，却公布了抽取结果');
    return { findings: out, again: null };
  }
  if (!p.result) return { findings: [...out, '种子已公布，但没有抽取结果'], again: null };
  try {
    return { findings: out, again: p.rerun(p.seed) };
  } catch (e) {
    return { findings: [...out, `无法按公布的数据重新抽取：${e instanceof Error ? e.message : String(e)}`], again: null };
  }
}

/**
 * Re-derives a published draw: the inputs' hash, the commitment's hash, and (when the seed is
 * out) the result. Returns the findings in Chinese; an empty list means it checks out. The seed's
 * own evidence (the signed checkpoint and consistency proof) is checked by the caller, who holds
 * the log's key.
 */
export function checkPublishedDraw(d: PublishedDraw): string[] {
  const { findings: out, again } = recheckPublished({
    format: d.format,
    expectedFormat: DRAW_FORMAT,
    lists: ['名录库', '名录库'],
    inputHash: () => drawInputHash(d.input),
    commitment: d.commitment,
    commitmentHash: d.commitmentHash,
    seed: d.seed,
    result: d.result,
    rerun: (seed) => runDraw(d.input, seed),
  });
  if (!again || !d.result) return out;
  if (canonicalJson(again) !== canonicalJson(d.result)) {
    const diff = again.targets.findIndex(
      (t, i) => t.code !== d.result!.targets[i]?.code || t.inspectors.join() !== d.result!.targets[i]?.inspectors.join(),
    );
    out.push(
      diff >= 0
        ? `重新抽取的第 ${diff + 1} 户（${again.targets[diff]!.name}，${again.targets[diff]!.inspectors.join('、')}）与公布结果不符`
        : '重新抽取的结果与公布结果不符',
    );
  }
  return out;
}

/** An act on a plan (commitment, draw) as a leaf of the agency's ledger. */
export interface DrawEventBody {
  type: 'draw';
  kind: 'committed' | 'drawn';
  planId: string;
  /** the agency's 统一社会信用代码 */
  agency: string;
  commitmentHash: string;
  at: string;
  details: Record<string, unknown>;
}

/**
 * The ledger leaf hash of an act entered by a module of its own (draw, 案卷评查): SHA-256(0x00 ‖ tag ‖
 * canonical JSON text). The tag separates the kinds, so one act's text never stands for another's.
 */
export function taggedLeafHash(tag: string, canonicalBody: string): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(Buffer.from(tag, 'utf8'))
    .update(Buffer.from(canonicalBody, 'utf8'))
    .digest();
}

/** The ledger leaf hash of a draw act from its canonical JSON text: SHA-256(0x00 ‖ "sanxiang/draw/v1\n" ‖ text). */
export function drawEventLeafHash(canonicalBody: string): Buffer {
  return taggedLeafHash('sanxiang/draw/v1\n', canonicalBody);
}
