import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../people/party.ts';
import { DomainError } from '../errors.ts';
import { applyRedactions, checkPublished, redact } from './engine.ts';
import type { RedactionResult } from './types.ts';

/**
 * R-PUB-4 properties over random decision-like texts: the engine is deterministic, changes nothing
 * outside the spans it reports, is idempotent, and what it reports re-derives the published text.
 * Planted personal numbers never survive; planted 执法证号 always do.
 */

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

const idNumber = fc
  .tuple(
    fc.constantFrom('130433', '410901', '320509', '110105'),
    fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }),
    digits(3),
  )
  .map(([region, d, seq]) => {
    const first17 = region + d.toISOString().slice(0, 10).replaceAll('-', '') + seq;
    return first17 + idNumberCheckChar(first17);
  });

const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).map(([a, b]) => a + b);
const certificate = fc.tuple(fc.constantFrom('130433', '410901', '1304332'), digits(5)).map(([a, b]) => a + b);

function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}
const card = fc.tuple(fc.constantFrom('622202', '621700', '622848'), digits(12)).map(([a, b]) => luhnComplete(a + b));

/** A piece of a decision: plain words, or a planted value whose fate is known. */
type Piece = { text: string; secret?: string; publicValue?: string };
const word = fc.constantFrom(
  '经查，',
  '当事人',
  '于2025年3月5日',
  '在馆陶县',
  '销售过期食品',
  '。',
  '\n',
  '\n\n',
  '，',
  '本局',
  '执法人员李明',
  '罚款人民币5000元',
  '馆市监处罚〔2025〕12号',
  '《中华人民共和国食品安全法》第三十四条',
  '有限公司',
  '证人',
  '举报人',
  '王五',
  '张建国',
  '欧阳晓峰',
  '住址：',
  '河北省邯郸市馆陶县馆陶镇幸福街18号',
  '法定代表人：王德胜',
  '冀D12345',
  '0310-7221234',
  '1234',
  '某',
  '＊',
  'ABC',
  ' ',
  '　',
  '（',
  '）',
);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: word.map((text) => ({ text })) },
  { weight: 1, arbitrary: idNumber.map((id) => ({ text: `，身份证号码：${id}，`, secret: id })) },
  { weight: 1, arbitrary: mobile.map((m) => ({ text: `，联系电话：${m}。`, secret: m })) },
  { weight: 1, arbitrary: card.map((c) => ({ text: `，卡号${c}。`, secret: c })) },
  { weight: 1, arbitrary: certificate.map((c) => ({ text: `执法人员赵强（执法证号：${c}）`, publicValue: c })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((text) => ({ text })) },
);
const document = fc.array(piece, { maxLength: 40 });

function assertConsistent(original: string, r: RedactionResult) {
  let pos = 0;
  let out = 0;
  for (const x of r.redactions) {
    expect(x.start).toBeGreaterThanOrEqual(pos);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.length).toBe(x.end - x.start);
    const between = original.slice(pos, x.start);
    expect(r.text.slice(out, out + between.length)).toBe(between);
    out += between.length + x.replacement.length;
    pos = x.end;
  }
  expect(r.text.slice(out)).toBe(original.slice(pos));
  expect(applyRedactions(original, r.redactions)).toBe(r.text);
}

describe('R-PUB-4 redaction properties', () => {
  it('deterministic, unchanged outside reported spans, idempotent, re-derivable', () => {
    fc.assert(
      fc.property(document, (pieces) => {
        const text = pieces.map((p) => p.text).join('');
        const r = redact(text);
        expect(redact(text)).toEqual(r);
        assertConsistent(text, r);
        expect(redact(r.text).text).toBe(r.text);
        expect(checkPublished(text, r.text).ok).toBe(true);
      }),
      {
        numRuns: 400,
        examples: [
          [[{ text: '冀D12345' }, { text: '欧阳晓峰' }, { text: '（' }]],
          // a name read into a plate that is masked after the first pass (found on 2026-12-07): 2026.5 reads no name there either
          [[{ text: '住址：' }, { text: '王五' }, { text: '冀D12345' }]],
          // a fixed line right after a plate and a space: hidden in the first pass as in the second (found on 2026-12-07)
          [[{ text: '冀D12345' }, { text: ' ' }, { text: '0310-7221234' }]],
        ],
      },
    );
  });

  it('planted ID numbers, phones and cards never survive; planted 执法证号 always do', () => {
    fc.assert(
      fc.property(document, (pieces) => {
        const text = pieces.map((p) => p.text).join('');
        const r = redact(text);
        for (const p of pieces) {
          if (p.secret) expect(r.text).not.toContain(p.secret);
          if (p.publicValue) expect(r.text).toContain(`执法证号：${p.publicValue}）`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any string: no crash, and the same guarantees', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = redact(text);
        assertConsistent(text, r);
        expect(redact(r.text).text).toBe(r.text);
      }),
      { numRuns: 300 },
    );
  });

  it('a manual mark is either applied (its text gone, the rest unchanged) or refused as over-redaction', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.map((p) => p.text).join('');
        if (text.length < 2) return;
        const start = a % (text.length - 1);
        const end = start + 1 + (b % (text.length - start));
        const surrogate = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!);
        if (surrogate(start) || surrogate(end)) return;
        try {
          const r = redact(text, { marks: [{ start, end, reason: '商业秘密' }] });
          assertConsistent(text, r);
          expect(r.redactions.some((x) => x.rule === 'manual' && x.start <= start && x.end >= end)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).code).toBe('REDACTION_OVERREACH');
        }
      }),
      { numRuns: 300 },
    );
  });
});
