import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DrawStream, drawFirst } from './draw-random.ts';
import {
  checkPublishedDraw,
  commitmentHash,
  drawCommitment,
  drawInputHash,
  drawProblems,
  inspectorProblem,
  runDraw,
  sampleSize,
  type DrawInput,
  type PublishedDraw,
} from './draw.ts';
import { validateRosterRows } from './rosters.ts';
import { creditCodeCheckChar } from '../people/party.ts';

const seed = (s: string) => createHash('sha256').update(s).digest('hex');
const credit = (n: number) => {
  const first = `91130100MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first);
};

function input(over: Partial<DrawInput['plan']> = {}, targets = 40, inspectors = 8): DrawInput {
  return {
    plan: {
      agency: credit(999),
      item: { code: 'SJ-001', name: '食品经营者监督检查' },
      field: '市场监管',
      targetCategory: '食品经营者',
      sample: { kind: 'ratio', percent: 10 },
      inspectorsPerTarget: 2,
      periodFrom: '2026-11-01',
      periodTo: '2026-12-31',
      plannedOn: '2026-11-20',
      ...over,
    },
    targets: Array.from({ length: targets }, (_, i) => ({
      code: credit(i + 1),
      name: `对象${i + 1}`,
      category: i % 5 === 4 ? '药品零售' : '食品经营者',
    })),
    inspectors: Array.from({ length: inspectors }, (_, i) => ({
      certificate: `1301000${String(i + 1).padStart(4, '0')}`,
      name: `检查员${i + 1}`,
      fields: ['市场监管'],
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      status: 'valid' as const,
    })),
    conflicts: [],
  };
}

describe('R-X-2 双随机 draw', () => {
  it('R-X-2: same lists and seed give the same result; row order does not matter; another seed gives another result', () => {
    const a = input();
    const r1 = runDraw(a, seed('x'));
    const shuffled: DrawInput = { ...a, targets: [...a.targets].reverse(), inspectors: [...a.inspectors].reverse() };
    expect(runDraw(shuffled, seed('x'))).toEqual(r1);
    expect(drawInputHash(shuffled)).toBe(drawInputHash(a));
    expect(r1.populationSize).toBe(32);
    expect(r1.sampleSize).toBe(4); // 10 % of 32, rounded up
    expect(r1.targets.every((t) => t.inspectors.length === 2 && new Set(t.inspectors).size === 2)).toBe(true);
    expect(runDraw(a, seed('y')).targets.map((t) => t.code)).not.toEqual(r1.targets.map((t) => t.code));
  });

  it('R-X-2: the stream is SHA-256 in counter mode over the seed (documented in docs/draw.md)', () => {
    const s = Buffer.from(seed('x'), 'hex');
    const block0 = createHash('sha256')
      .update('sanxiang-draw/1')
      .update(Buffer.from([0]))
      .update(s)
      .update(Buffer.alloc(8))
      .digest();
    const st = new DrawStream(s);
    expect(st.nextUint32()).toBe(block0.readUInt32BE(0));
    for (let i = 1; i < 8; i++) st.nextUint32();
    const one = Buffer.alloc(8);
    one.writeBigUInt64BE(1n);
    const block1 = createHash('sha256')
      .update('sanxiang-draw/1')
      .update(Buffer.from([0]))
      .update(s)
      .update(one)
      .digest();
    expect(st.nextUint32()).toBe(block1.readUInt32BE(0));
  });

  it('R-X-2 回避: an inspector is never drawn for a target linked to him, over many seeds', () => {
    const a = input({ sample: { kind: 'ratio', percent: 100 } }, 30, 5);
    // inspectors 1–3 are linked to every even target: those get only inspectors 4 and 5
    a.conflicts = a.targets
      .filter((_, i) => i % 2 === 0)
      .flatMap((t) => a.inspectors.slice(0, 3).map((i) => ({ certificate: i.certificate, target: t.code })));
    const banned = new Set(a.conflicts.map((c) => `${c.certificate}|${c.target}`));
    for (let s = 0; s < 300; s++) {
      for (const t of runDraw(a, seed(`s${s}`)).targets) for (const i of t.inspectors) expect(banned.has(`${i}|${t.code}`)).toBe(false);
    }
  });

  it('R-X-1: expired, suspended, not-yet-valid certificates and other 执法类别 are never drawn', () => {
    const a = input({ sample: { kind: 'ratio', percent: 100 } }, 10, 6);
    a.inspectors[0]!.validTo = '2026-11-19'; // expires the day before the planned date
    a.inspectors[1]!.status = 'suspended';
    a.inspectors[2]!.validFrom = '2026-11-21';
    a.inspectors[3]!.fields = ['生态环境'];
    const bad = new Set(a.inspectors.slice(0, 4).map((i) => i.certificate));
    for (let s = 0; s < 100; s++) {
      const r = runDraw(a, seed(`c${s}`));
      expect(r.eligibleInspectors).toBe(2);
      for (const t of r.targets) for (const i of t.inspectors) expect(bad.has(i)).toBe(false);
    }
    // valid through the planned date itself counts
    a.inspectors[0]!.validTo = '2026-11-20';
    expect(runDraw(a, seed('c')).eligibleInspectors).toBe(3);
  });

  it('R-X-1: a certificate suspended, revoked or failing its 年检 from a date up to the planned date is not drawn; one from after it is', () => {
    const a = input({ sample: { kind: 'ratio', percent: 100 } }, 10, 6);
    const plain = drawInputHash(a);
    a.inspectors[0]!.restrictions = [{ kind: 'suspended', from: '2026-11-20', to: null }];
    a.inspectors[1]!.restrictions = [{ kind: 'inspection-failed', from: '2026-03-01', to: null }];
    a.inspectors[2]!.restrictions = [{ kind: 'revoked', from: '2026-11-21', to: null }]; // after the planned date: drawn
    a.inspectors[3]!.restrictions = [{ kind: 'suspended', from: '2026-10-01', to: '2026-11-20' }]; // ended on the day: drawn
    const bad = new Set([a.inspectors[0]!.certificate, a.inspectors[1]!.certificate]);
    for (let s = 0; s < 50; s++) {
      const r = runDraw(a, seed(`r${s}`));
      expect(r.eligibleInspectors).toBe(4);
      for (const t of r.targets) for (const i of t.inspectors) expect(bad.has(i)).toBe(false);
    }
    expect(inspectorProblem(a.inspectors[1]!, a.plan)).toContain('年检未通过');
    // published inputs without restrictions hash as before; with them, the restrictions are part of the commitment
    expect(drawInputHash({ ...a, inspectors: a.inspectors.map((i) => ({ ...i, restrictions: [] })) })).toBe(plain);
    expect(drawInputHash(a)).not.toBe(plain);
  });

  it('R-X-2: a plan that could leave a target without two eligible inspectors after 回避 is refused before commitment', () => {
    const a = input({}, 10, 3);
    a.conflicts = [
      { certificate: a.inspectors[0]!.certificate, target: a.targets[0]!.code },
      { certificate: a.inspectors[1]!.certificate, target: a.targets[0]!.code },
    ];
    const p = drawProblems(a);
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain('对象1');
    expect(p[0]!.message).toContain('只有 1 名');
    expect(() => runDraw(a, seed('x'))).toThrow(/少于每户 2 名/);
    expect(drawProblems(input({ inspectorsPerTarget: 1 }))[0]!.message).toContain('2 至 10 名');
    expect(drawProblems(input({ plannedOn: '2027-01-05' }))[0]!.message).toContain('抽查期间');
  });

  it('sample sizes: counts are capped, ratios round up in exact arithmetic', () => {
    expect(sampleSize({ kind: 'count', count: 50 }, 12)).toBe(12);
    expect(sampleSize({ kind: 'ratio', percent: 3 }, 100)).toBe(3);
    expect(sampleSize({ kind: 'ratio', percent: 2.5 }, 200)).toBe(5);
    expect(sampleSize({ kind: 'ratio', percent: 0.01 }, 10)).toBe(1);
  });

  it('no modulo bias: uniform(n) is flat for an n that does not divide 2^32 (property test, chi-square)', () => {
    // n = 3·2^30 makes plain `word % n` give values below 2^30 twice the weight of the rest
    const n = 3 * 2 ** 30;
    const st = new DrawStream(Buffer.from(seed('bias'), 'hex'));
    let low = 0;
    const draws = 30_000;
    for (let i = 0; i < draws; i++) if (st.uniform(n) < 2 ** 30) low++;
    // unbiased: P(low) = 1/3; biased (modulo): 1/2. 30 000 draws: σ ≈ 82, so 1/3 ± 5σ
    expect(Math.abs(low - draws / 3)).toBeLessThan(410);
    // and about a quarter of the words were rejected (2^32 mod n = 2^30)
    expect(st.words).toBeGreaterThan(draws * 1.2);

    // small n over many seeds: each of the n! orders of drawFirst equally often (chi-square, 5 df)
    const counts = new Map<string, number>();
    const trials = 12_000;
    for (let s = 0; s < trials; s++) {
      const k = drawFirst(['a', 'b', 'c'], 3, new DrawStream(Buffer.from(seed(`p${s}`), 'hex'))).join('');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const e = trials / 6;
    const chi = [...counts.values()].reduce((acc, c) => acc + (c - e) ** 2 / e, 0);
    expect(chi).toBeLessThan(20.5); // p = 0.001 for 5 degrees of freedom
  });

  it('R-X-2: a published draw re-derives; a changed list, commitment or result is found', () => {
    const a = input();
    const commitment = drawCommitment(a, { kind: 'ledger-root', origin: 'sanxiang.example/log/X', treeSize: 120 });
    const s = seed('root');
    const pub: PublishedDraw = {
      format: 'sanxiang-draw/1',
      input: a,
      commitment,
      commitmentHash: commitmentHash(commitment),
      seed: s,
      result: runDraw(a, s),
    };
    expect(checkPublishedDraw(pub)).toEqual([]);
    const tampered = structuredClone(pub);
    tampered.input.targets.pop();
    expect(checkPublishedDraw(tampered).join()).toContain('名录库或方案被改动');
    const moved = structuredClone(pub);
    moved.result!.targets[0]!.inspectors.reverse();
    expect(checkPublishedDraw(moved).join()).toContain('与公布结果不符');
    const seedless = structuredClone(pub);
    seedless.commitment.seedSource.treeSize = 121;
    expect(checkPublishedDraw(seedless).join()).toContain('承诺哈希');
  });

  it('R-X-2 名录库 rows: errors name row and column; credit codes are checked', () => {
    const ok = credit(1);
    const { problems } = validateRosterRows(
      'targets',
      [
        { code: ok, name: '甲', category: '食品经营者' },
        { code: ok.slice(0, 17) + (ok[17] === '0' ? '1' : '0'), name: '乙', category: '食品经营者' },
        { code: credit(3), name: '', category: '食品经营者' },
        { code: ok, name: '丁', category: '食品经营者' },
      ],
      1,
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, '统一社会信用代码'],
      [4, '名称'],
      [5, '统一社会信用代码'],
    ]);
    expect(validateRosterRows('conflicts', []).problems).toEqual([]);
    expect(validateRosterRows('inspectors', []).problems[0]!.message).toBe('执法检查人员名录库不能为空');
    const c = validateRosterRows('conflicts', [{ certificate: '1', target: ok, reason: '同学' }]);
    expect(c.problems[0]!.message).toContain('回避事由');
  });
});
