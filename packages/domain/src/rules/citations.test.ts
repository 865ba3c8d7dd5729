import { describe, expect, it } from 'vitest';
import { chineseNumeral, citeLaw } from './citations.ts';
import { PACK_CF_2017, PACK_CF_2021, RULE_PACKS } from './packs.ts';
import { citeProvision, rulePackInForce, type ProvisionKey } from './rule-pack.ts';

describe('citations built from data', () => {
  it('writes numbers as laws write them', () => {
    const cases: [number, string][] = [
      [0, '零'],
      [5, '五'],
      [10, '十'],
      [12, '十二'],
      [20, '二十'],
      [57, '五十七'],
      [100, '一百'],
      [105, '一百零五'],
      [110, '一百一十'],
      [115, '一百一十五'],
      [200, '二百'],
      [1000, '一千'],
      [1005, '一千零五'],
      [1050, '一千零五十'],
      [3000, '三千'],
      [10_000, '一万'],
      [10_015, '一万零一十五'],
      [100_000, '十万'],
      [120_000, '十二万'],
      [1_000_500, '一百万零五百'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n), String(n)).toBe(text);
    expect([1.5, -1, 1e9].map(chineseNumeral)).toEqual(['1.5', '-1', '1000000000']);
  });

  it('cites articles, paragraphs, items and superseded editions', () => {
    expect(citeLaw('penalty', 57)).toBe('《中华人民共和国行政处罚法》第五十七条');
    expect(citeLaw('penalty', [44, 45])).toBe('《中华人民共和国行政处罚法》第四十四条、第四十五条');
    expect(citeLaw('penalty', { article: 58, paragraph: 1, item: 1 })).toBe('《中华人民共和国行政处罚法》第五十八条第一款第（一）项');
    expect(citeLaw('penalty', 42, { edition: '2017' })).toBe('《中华人民共和国行政处罚法》（2017）第四十二条');
    expect(citeLaw('coercion', 25)).toBe('《中华人民共和国行政强制法》第二十五条');
    expect(citeLaw('marketPenaltyProcedure', 64)).toBe('《市场监督管理行政处罚程序规定》第六十四条');
  });

  it('§57 集体讨论, §64 听证 and §61 送达 are cited as the edition in force numbers them', () => {
    const cite = (date: string, key: ProvisionKey) => citeProvision(rulePackInForce(RULE_PACKS, date), key);
    expect(cite('2026-09-01', 'penalty.collectiveDiscussion')).toBe('《中华人民共和国行政处罚法》第五十七条');
    expect(cite('2021-07-14', 'penalty.collectiveDiscussion')).toBe('《中华人民共和国行政处罚法》（2017）第三十八条');
    expect(cite('2026-09-01', 'penalty.hearing')).toBe('《中华人民共和国行政处罚法》第六十四条');
    expect(cite('2020-01-01', 'penalty.hearing')).toBe('《中华人民共和国行政处罚法》（2017）第四十二条');
    expect(cite('2026-09-01', 'penalty.electronicDelivery')).toBe('《中华人民共和国行政处罚法》第六十一条');
  });

  it('every pack names every provision with a name and a citation', () => {
    const keys = Object.keys(PACK_CF_2021.provisions).sort();
    for (const pack of RULE_PACKS) {
      expect(Object.keys(pack.provisions).sort(), pack.id).toEqual(keys);
      for (const [key, p] of Object.entries(pack.provisions)) {
        expect(p.name.length, key).toBeGreaterThan(0);
        expect(p.basis, key).toMatch(/^《[^》]+》(（\d{4}）)?第[一二三四五六七八九十百]+条/);
      }
    }
  });

  it('R-PUB-1: 事前公开 lists reflect a change within 20 working days, a limit of every pack citing the seeds’ plan', () => {
    for (const pack of [PACK_CF_2017, PACK_CF_2021]) {
      expect(pack.limits['lists.reflectChange']).toMatchObject({ days: 20, unit: 'working', name: '事前公开信息更新期限' });
      expect(pack.limits['lists.reflectChange'].basis).toContain('濮市监〔2019〕203号');
    }
  });

  it('R-PUB-5: the 2017 pack’s 20-working-day withdrawal cites the plan that sets it (国办发〔2018〕118号 says only 及时)', () => {
    expect(PACK_CF_2017.limits['publication.withdraw']).toMatchObject({ days: 20, unit: 'working' });
    expect(PACK_CF_2017.limits['publication.withdraw'].basis).toContain('濮市监〔2019〕203号');
    expect(PACK_CF_2021.limits['publication.withdraw']).toMatchObject({
      days: 3,
      unit: 'working',
      basis: '《中华人民共和国行政处罚法》第四十八条',
    });
  });
});
