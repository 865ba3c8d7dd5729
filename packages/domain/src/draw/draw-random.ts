import { createHash } from 'node:crypto';

/**
 * The draw's random numbers (R-X-2): a SHA-256 counter-mode stream over the seed, so that anyone
 * holding the seed gets the same numbers in any language. Block i (i = 0, 1, 2 …) is
 *
 *   SHA-256( "sanxiang-draw/1" ‖ 0x00 ‖ seed bytes ‖ i as 8-byte big-endian )
 *
 * and the stream is the blocks' bytes in order, read 4 bytes at a time as big-endian unsigned
 * 32-bit integers. docs/draw.md describes the same thing for outsiders.
 */
export const DRAW_STREAM_TAG = 'sanxiang-draw/1';

export class DrawStream {
  private block = Buffer.alloc(0);
  private offset = 0;
  private counter = 0n;
  /** how many 32-bit words were read (for tests and for the record) */
  words = 0;

  constructor(private readonly seed: Uint8Array) {
    if (seed.length === 0) throw new Error('DrawStream: empty seed');
  }

  private refill(): void {
    const n = Buffer.alloc(8);
    n.writeBigUInt64BE(this.counter++);
    this.block = createHash('sha256')
      .update(DRAW_STREAM_TAG, 'utf8')
      .update(Buffer.from([0]))
      .update(this.seed)
      .update(n)
      .digest();
    this.offset = 0;
  }

  nextUint32(): number {
    if (this.offset + 4 > this.block.length) this.refill();
    const v = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    this.words++;
    return v;
  }

  /**
   * A uniform integer in [0, n), n ≥ 1. Rejection sampling: words at or above the largest multiple
   * of n below 2^32 are thrown away and the next word read, so no value is favoured (plain
   * `word % n` would favour the small values whenever n does not divide 2^32).
   */
  uniform(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new Error(`DrawStream.uniform: bad bound ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const w = this.nextUint32();
      if (w < limit) return w % n;
    }
  }
}

/**
 * The first `k` items of a Fisher–Yates shuffle of `items` (a copy; the input is not changed):
 * for i = 0 … k−1, swap item i with item i + uniform(n − i). Every ordered choice of k items is
 * equally likely.
 */
export function drawFirst<T>(items: readonly T[], k: number, stream: DrawStream): T[] {
  const a = [...items];
  const take = Math.min(k, a.length);
  for (let i = 0; i < take; i++) {
    const j = i + stream.uniform(a.length - i);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a.slice(0, take);
}
