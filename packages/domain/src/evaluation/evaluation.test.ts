import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { commitmentHash } from '../draw/draw.ts';
import {
  DEFAULT_EVALUATION_STANDARD as STD,
  agencyResult,
  evaluationStandardProblems,
  maxTotal,
  scoreCaseFile,
  type ItemScore,
} from './evaluation-standard.ts';
import {
  checkPublishedEvaluation,
  drawEvaluationSample,
  evaluationCommitment,
  evaluationInputHash,
  evaluationProblems,
  type EvaluationInput,
} from './evaluation-sample.ts';

const SEED = 'a1'.repeat(32);
const files = (prefix: string, n: number, archivedOn = '2026-06-15') =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`,
    number: `馆${prefix}罚〔2026〕${i + 1}号`,
    archivedOn,
  }));
const input = (): EvaluationInput => ({
  plan: {
    justice: '11130433MB0000001X',
    title: '2026 年上半年行政处罚案卷评查',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    sample: { kind: 'ratio', percent: 20 },
    standard: { version: 0, hash: 'x'.repeat(64) },
  },
  agencies: [
    { agency: '11130433MB0000003X', name: '馆陶县综合行政执法局', caseFiles: files('bbbb', 12) },
    { agency: '11130433MB0000002X', name: '馆陶县市场监督管理局', caseFiles: files('aaaa', 7) },
  ],
});
const full = (): ItemScore[] => STD.items.map((i) => ({ code: i.code, points: i.points, finding: '' }));

describe('R-REC-8 案卷评查标准', () => {
  it('R-REC-8: the default standard is 100 points in the five groups, valid', () => {
    expect(maxTotal(STD)).toBe(100);
    expect(new Set(STD.items.map((i) => i.group))).toEqual(
      new Set(['completeness', 'timeliness', 'legal-basis', 'discretion', 'documents']),
    );
    expect(evaluationStandardProblems(STD)).toEqual([]);
  });

  it('R-REC-8: a standard with duplicate codes, zero points or crossed thresholds is refused with paths', () => {
    const bad = {
      items: [STD.items[0]!, { ...STD.items[1]!, code: 'C1' }, { ...STD.items[2]!, points: 0 }],
      grades: { excellent: 50, good: 60, pass: 10 },
    };
    const p = evaluationStandardProblems(bad);
    expect(p.map((x) => x.path)).toEqual(['items/1/code', 'items/2/points', 'grades']);
  });

  it('R-REC-8: total is the sum, grade by threshold; a lost point needs a finding; a veto item at 0 fails the file', () => {
    expect(scoreCaseFile(STD, full())).toMatchObject({ total: 100, max: 100, grade: 'excellent', vetoed: [] });
    const s = full().map((x) =>
      x.code === 'C2'
        ? { ...x, points: 4, finding: '主要事实仅有当事人陈述' }
        : x.code === 'W1'
          ? { ...x, points: 7.5, finding: '决定书缺少履行方式' }
          : x,
    );
    // 100 − 8 − 2.5 = 89.5: 良好, not 优秀
    expect(scoreCaseFile(STD, s)).toMatchObject({ total: 89.5, grade: 'good' });
    const veto = full().map((x) => (x.code === 'C1' ? { ...x, points: 0, finding: '超越职权' } : x));
    expect(scoreCaseFile(STD, veto)).toMatchObject({ total: 92, grade: 'fail', vetoed: ['C1'] });
    const low = full().map((x) => (['C2', 'L1', 'D1'].includes(x.code) ? { ...x, points: 0, finding: '问题' } : x));
    expect(scoreCaseFile(STD, low)).toMatchObject({ total: 66, grade: 'pass' });
    expect(agencyResult(STD.grades, [89.5, 66, 100])).toEqual({ mean: 85.2, grade: 'good' });
    expect(agencyResult(STD.grades, [])).toBeNull();
  });

  it('R-REC-8: missing, out-of-range, quarter points, unknown items and silent deductions are refused', () => {
    const cases: [ItemScore[], string][] = [
      [full().slice(1), '尚未评分'],
      [full().map((x) => (x.code === 'T1' ? { ...x, points: 6 } : x)), '0 至 5 分'],
      [full().map((x) => (x.code === 'T1' ? { ...x, points: 4.25, finding: '迟' } : x)), '0.5 分'],
      [[...full(), { code: 'Z9', points: 1, finding: '' }], '没有编号为「Z9」'],
      [full().map((x) => (x.code === 'T1' ? { ...x, points: 3, finding: '  ' } : x)), '须写明问题描述'],
    ];
    for (const [scores, text] of cases) {
      const e = (() => {
        try {
          scoreCaseFile(STD, scores);
        } catch (err) {
          return err;
        }
      })();
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      expect((e as DomainError).message).toContain(text);
    }
  });
});

describe('R-REC-8 案卷评查 sample (verifiable like R-X-2)', () => {
  it('R-REC-8: the same list and seed give the same sample, whatever the order the list was given in', () => {
    const a = drawEvaluationSample(input(), SEED);
    const shuffled = input();
    shuffled.agencies.reverse();
    shuffled.agencies[0]!.caseFiles.reverse();
    expect(drawEvaluationSample(shuffled, SEED)).toEqual(a);
    expect(evaluationInputHash(shuffled)).toBe(evaluationInputHash(input()));
    // ratio 20 %, rounded up: 7 → 2, 12 → 3; agencies in 统一社会信用代码 order
    expect(a.agencies.map((x) => [x.agency, x.populationSize, x.sampleSize])).toEqual([
      ['11130433MB0000002X', 7, 2],
      ['11130433MB0000003X', 12, 3],
    ]);
    const other = drawEvaluationSample(input(), 'b2'.repeat(32));
    expect(other).not.toEqual(a);
  });

  it("R-REC-8: the sample is drawn only from each agency's own listed files, without repeats", () => {
    for (let s = 0; s < 40; s++) {
      const seed = s.toString(16).padStart(2, '0').repeat(32);
      const r = drawEvaluationSample({ ...input(), plan: { ...input().plan, sample: { kind: 'count', count: 5 } } }, seed);
      for (const a of r.agencies) {
        const own = new Set(
          input()
            .agencies.find((x) => x.agency === a.agency)!
            .caseFiles.map((f) => f.id),
        );
        expect(a.caseFiles.every((f) => own.has(f.id))).toBe(true);
        expect(new Set(a.caseFiles.map((f) => f.id)).size).toBe(5);
      }
    }
  });

  it('R-REC-8: every file of an agency can be drawn (no file is favoured by the order)', () => {
    const seen = new Map<string, number>();
    for (let s = 0; s < 300; s++) {
      const seed = (s * 7919).toString(16).padStart(64, '0');
      for (const f of drawEvaluationSample({ ...input(), plan: { ...input().plan, sample: { kind: 'count', count: 1 } } }, seed)
        .agencies[0]!.caseFiles)
        seen.set(f.id, (seen.get(f.id) ?? 0) + 1);
    }
    expect(seen.size).toBe(7);
    for (const n of seen.values()) expect(n).toBeGreaterThan(15);
  });

  it('R-REC-8: a file archived outside the period, a duplicate or a bad sample is refused before the commitment', () => {
    const i = input();
    i.agencies[0]!.caseFiles.push({ ...files('cccc', 1, '2026-07-01')[0]! });
    i.agencies[1]!.caseFiles.push({ ...i.agencies[0]!.caseFiles[0]! });
    i.plan.sample = { kind: 'ratio', percent: 0 };
    const msgs = evaluationProblems(i).map((p) => p.message);
    expect(msgs.some((m) => m.includes('不在评查期间'))).toBe(true);
    expect(msgs.some((m) => m.includes('重复'))).toBe(true);
    expect(msgs.some((m) => m.includes('抽取比例'))).toBe(true);
    expect(() => drawEvaluationSample(i, SEED)).toThrow(DomainError);
  });

  it('R-REC-8: a published round re-derives; a changed list, seed or result is caught', () => {
    const seedSource = { kind: 'ledger-root' as const, origin: 'sanxiang.example/log/x', treeSize: 9 };
    const commitment = evaluationCommitment(input(), seedSource);
    const pub = {
      format: 'sanxiang-evaluation/1' as const,
      input: input(),
      commitment,
      commitmentHash: commitmentHash(commitment),
      seed: SEED,
      result: drawEvaluationSample(input(), SEED),
    };
    expect(checkPublishedEvaluation(pub)).toEqual([]);
    const listChanged = structuredClone(pub);
    listChanged.input.agencies[0]!.caseFiles.pop();
    expect(checkPublishedEvaluation(listChanged).join()).toContain('承诺中的');
    const reseeded = { ...structuredClone(pub), seed: 'c3'.repeat(32) };
    expect(checkPublishedEvaluation(reseeded).join()).toContain('与公布结果不符');
    const swapped = structuredClone(pub);
    swapped.result.agencies[1]!.caseFiles[0] = { id: 'x', number: '馆bbbb罚〔2026〕99号' };
    expect(checkPublishedEvaluation(swapped).join()).toContain('馆陶县综合行政执法局');
  });
});
