import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 / RFC 9162 §2.1 over the entries of an agency's record ledger
 * (R-REC-4): domain-separated leaf (0x00) and node (0x01) hashes, inclusion and consistency
 * proofs. Proofs read only hashes of complete (perfect) subtrees through a NodeSource, which is
 * what the C2SP tiles store, so a proof costs O(log² n) reads whatever the tree's size.
 */
export type Hash = Uint8Array;

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const EMPTY_ROOT: Hash = createHash('sha256').digest();

export function leafHash(data: Uint8Array): Hash {
  return createHash('sha256').update(LEAF).update(data).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

/** Hashes of complete subtrees: level 0 are leaf hashes; (level, index) covers leaves [index·2^level, (index+1)·2^level). */
export interface NodeSource {
  node(level: number, index: number): Hash;
}

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPow2(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** MTH of leaves [start, end), start aligned as the RFC's recursion always leaves it. */
export function subtreeRoot(src: NodeSource, start: number, end: number): Hash {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (isPow2(n) && start % n === 0) return src.node(Math.log2(n), start / n);
  const k = split(n);
  return nodeHash(subtreeRoot(src, start, start + k), subtreeRoot(src, start + k, end));
}

export function rootOf(src: NodeSource, size: number): Hash {
  return subtreeRoot(src, 0, size);
}

/** RFC 9162 §2.1.3.1: the audit path of leaf m in the tree of the first `size` leaves. */
export function inclusionProof(src: NodeSource, index: number, size: number): Hash[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of size ${size}`);
  const path: Hash[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const n = end - start;
    if (n === 1) return;
    const k = split(n);
    if (m < start + k) {
      walk(m, start, start + k);
      path.push(subtreeRoot(src, start + k, end));
    } else {
      walk(m, start + k, end);
      path.push(subtreeRoot(src, start, start + k));
    }
  };
  walk(index, 0, size);
  return path;
}

/** RFC 9162 §2.1.4.1: the proof that the tree of size `m` is a prefix of the tree of size `n`. */
export function consistencyProof(src: NodeSource, m: number, n: number): Hash[] {
  if (!(m >= 0 && m <= n)) throw new RangeError(`cannot prove ${m} consistent with ${n}`);
  if (m === 0 || m === n) return [];
  const proof: Hash[] = [];
  const sub = (mm: number, start: number, end: number, complete: boolean): void => {
    const len = end - start;
    if (mm === len) {
      if (!complete) proof.push(subtreeRoot(src, start, end));
      return;
    }
    const k = split(len);
    if (mm <= k) {
      sub(mm, start, start + k, complete);
      proof.push(subtreeRoot(src, start + k, end));
    } else {
      sub(mm - k, start + k, end, false);
      proof.push(subtreeRoot(src, start, start + k));
    }
  };
  sub(m, 0, n, true);
  return proof;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(leaf: Hash, index: number, size: number, proof: readonly Hash[], root: Hash): boolean {
  if (!(index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Hash = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/** RFC 9162 §2.1.4.2. */
export function verifyConsistency(m: number, n: number, proof: readonly Hash[], oldRoot: Hash, newRoot: Hash): boolean {
  if (m > n || m < 0) return false;
  if (m === n) return proof.length === 0 && equal(oldRoot, newRoot);
  if (m === 0) return proof.length === 0;
  let path = [...proof];
  if (isPow2(m)) path = [oldRoot, ...path];
  if (path.length === 0) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Hash = path[0]!;
  let sr: Hash = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, oldRoot) && equal(sr, newRoot);
}

/**
 * An in-memory tree that keeps every complete subtree hash, level by level (what tiles hold).
 * Appending is amortised O(1) hashes.
 */
export class MemoryTree implements NodeSource {
  private readonly levels: Hash[][] = [[]];

  get size(): number {
    return this.levels[0]!.length;
  }

  append(leaf: Hash): number {
    const index = this.size;
    this.levels[0]!.push(leaf);
    let level = 0;
    let i = index;
    while (i % 2 === 1) {
      const row = this.levels[level]!;
      const parent = nodeHash(row[i - 1]!, row[i]!);
      level++;
      (this.levels[level] ??= []).push(parent);
      i = Math.floor(i / 2);
    }
    return index;
  }

  node(level: number, index: number): Hash {
    const h = this.levels[level]?.[index];
    if (!h) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return h;
  }

  root(size = this.size): Hash {
    return rootOf(this, size);
  }
}
