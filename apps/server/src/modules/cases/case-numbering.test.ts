import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { nextCaseSeq } from './case.repository.ts';

/** R-REC-5: numbers are unique and gap-free per agency, kind word and year, even when opened at once. */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-05-11T02:00:00Z' });
});
afterAll(async () => h?.close());

function body(h: Harness, officers: [string, string], procedure = 'penalty-general') {
  return {
    procedure,
    title: '并发立案',
    field: officers[0].startsWith('zhzf') ? '城市管理' : '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers.map((k) => h.user(k)),
    inputs: { source: 'inspection', clueOn: '2026-05-10', summary: '并发测试。' },
  };
}

function seqOf(number: string): number {
  const m = /〕(\d+)号$/.exec(number);
  if (!m) throw new Error(`unexpected number ${number}`);
  return Number(m[1]);
}

describe('R-REC-5 case numbering', () => {
  it('60 concurrent openings in two agencies give two gap-free series', async () => {
    const a = await h.token('scjg.liming');
    const b = await h.token('zhzf.zhoujie');
    const results = await Promise.all([
      ...Array.from({ length: 40 }, () => h.request(a, 'POST', '/api/v1/cases', body(h, ['scjg.o1', 'scjg.o2']))),
      ...Array.from({ length: 20 }, () => h.request(b, 'POST', '/api/v1/cases', body(h, ['zhzf.o1', 'zhzf.o2']))),
    ]);
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const numbers = results.map((r) => r.json().number as string);
    const scjg = numbers
      .filter((n) => n.startsWith('馆市监罚〔2026〕'))
      .map(seqOf)
      .sort((x, y) => x - y);
    const zhzf = numbers
      .filter((n) => n.startsWith('馆综执罚〔2026〕'))
      .map(seqOf)
      .sort((x, y) => x - y);
    expect(scjg).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(zhzf).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(60);
  });

  it('a rolled-back opening leaves no gap', async () => {
    const agency = h.agency('scjg');
    await expect(
      h.tdb.db.transaction().execute(async (tx) => {
        const seq = await nextCaseSeq(tx, agency, '罚', 2026);
        expect(seq).toBe(41);
        throw new Error('abort after taking a number');
      }),
    ).rejects.toThrow('abort');
    const next = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', body(h, ['scjg.o1', 'scjg.o2']));
    expect(next.json().number).toBe('馆市监罚〔2026〕41号');
  });

  it('a new year starts a new series', async () => {
    const saved = h.clock.now();
    h.clock.set('2026-12-31T16:30:00Z'); // 2027-01-01 00:30 in Beijing
    try {
      await h.tdb.db.updateTable('certificates').set({ valid_to: '2028-12-31' }).execute();
      const r = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
        ...body(h, ['scjg.o1', 'scjg.o2']),
        inputs: { source: 'inspection', clueOn: '2026-12-31', summary: '跨年立案。' },
      });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json().number).toBe('馆市监罚〔2027〕1号');
    } finally {
      h.clock.set(saved);
    }
  });
});
