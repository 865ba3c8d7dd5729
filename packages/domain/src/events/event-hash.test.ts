import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, eventHash, verifyChain, type EventBody } from './event-hash.ts';

function chain(n: number) {
  const out: { body: EventBody; prevHash: Uint8Array; hash: Buffer }[] = [];
  let prev: Uint8Array = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const body: EventBody = {
      caseId: 'c1',
      seq: i,
      kind: 'case.step',
      step: `s${i}`,
      fromState: 'a',
      toState: 'b',
      actorId: 'u1',
      at: `2026-01-0${i}T00:00:00.000Z`,
      inputs: { n: i, text: '现场检查' },
    };
    const hash = eventHash(body, prev);
    out.push({ body, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('R-REC-4 case event chain', () => {
  it('canonical JSON sorts keys and is stable across key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: '二', c: null }] })).toBe('{"a":[1,{"c":null,"d":"二"}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });

  it('a leaf hash is domain-separated (0x00 prefix) SHA-256', () => {
    const [e] = chain(1);
    expect(e!.hash).toHaveLength(32);
    expect(e!.hash.equals(eventHash(e!.body, GENESIS_HASH))).toBe(true);
  });

  it('an intact chain verifies; an edited, removed or reordered entry is named', () => {
    expect(verifyChain(chain(5))).toEqual([]);
    const edited = chain(5);
    edited[2]!.body.inputs = { n: 3, text: '篡改' };
    expect(verifyChain(edited)).toContainEqual({ seq: 3, problem: 'hash-mismatch' });
    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyChain(removed)).toEqual(
      expect.arrayContaining([
        { seq: 3, problem: 'seq-gap' },
        { seq: 3, problem: 'prev-mismatch' },
      ]),
    );
  });
});
