import { nodeHash, type Hash, type NodeSource } from './merkle.ts';

/**
 * C2SP tlog-tiles: the tree served as static files so that verifiers need no special API.
 * A tile at level L, index N holds up to 256 hashes of tree level 8·L, nodes [256·N, 256·N + W);
 * a partial tile (W < 256) is served at `tile/<L>/<N>.p/<W>`. N is written in 3-digit path
 * elements, all but the last prefixed with `x` (1234067 → x001/x234/067).
 */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 1 << TILE_HEIGHT;

export function encodeIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`bad tile index ${n}`);
  const groups: string[] = [];
  let rest = n;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

export function tilePath(level: number, index: number, width = TILE_WIDTH): string {
  if (!Number.isInteger(level) || level < 0 || level > 63) throw new RangeError(`bad tile level ${level}`);
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`bad tile width ${width}`);
  return `tile/${level}/${encodeIndex(index)}${width < TILE_WIDTH ? `.p/${width}` : ''}`;
}

export function entriesPath(index: number, width = TILE_WIDTH): string {
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`bad bundle width ${width}`);
  return `tile/entries/${encodeIndex(index)}${width < TILE_WIDTH ? `.p/${width}` : ''}`;
}

/** Parses `tile/<L>/<N>[.p/<W>]` strictly (what a static server must answer); null when malformed. */
export function parseTilePath(path: string): { level: number; index: number; width: number } | null {
  const m = /^tile\/(0|[1-9]\d?)\/((?:x\d{3}\/)*\d{3})(?:\.p\/([1-9]\d{0,2}))?$/.exec(path);
  if (!m) return null;
  const level = Number(m[1]);
  const groups = m[2]!.split('/').map((g) => g.replace(/^x/, ''));
  if (groups.length > 1 && groups[0] === '000') return null; // no leading zero groups
  const index = groups.reduce((acc, g) => acc * 1000 + Number(g), 0);
  const width = m[3] ? Number(m[3]) : TILE_WIDTH;
  if (level > 63 || width > TILE_WIDTH || (m[3] && width === TILE_WIDTH)) return null;
  return { level, index, width };
}

/** Number of nodes at tree level `h` in a tree of `size` leaves (complete subtrees only). */
function nodesAt(size: number, h: number): number {
  return Math.floor(size / 2 ** h);
}

/** The tiles a tree of `size` leaves publishes: full tiles and, at each level, the last partial one. */
export function tilesOf(size: number): { level: number; index: number; width: number }[] {
  const out: { level: number; index: number; width: number }[] = [];
  for (let level = 0; ; level++) {
    const n = nodesAt(size, TILE_HEIGHT * level);
    if (n === 0) break;
    for (let index = 0; index * TILE_WIDTH < n; index++) out.push({ level, index, width: Math.min(TILE_WIDTH, n - index * TILE_WIDTH) });
  }
  return out;
}

/** The bytes of one tile: its hashes concatenated. */
export function tileData(src: NodeSource, level: number, index: number, width: number): Buffer {
  const h = TILE_HEIGHT * level;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < width; i++) parts.push(src.node(h, index * TILE_WIDTH + i));
  return Buffer.concat(parts);
}

/** A tile with its internal levels worked out: rows[k][j] is the node k levels above the tile's base. */
export interface ExpandedTile {
  width: number;
  rows: Hash[][];
}

export function expandTile(bytes: Uint8Array, width: number): ExpandedTile {
  const rows: Hash[][] = [[]];
  for (let i = 0; i < width; i++) rows[0]!.push(bytes.subarray(i * 32, i * 32 + 32));
  for (let k = 1; k < TILE_HEIGHT; k++) {
    const below = rows[k - 1]!;
    const row: Hash[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) row.push(nodeHash(below[i]!, below[i + 1]!));
    rows.push(row);
  }
  return { width, rows };
}

/**
 * A NodeSource over tiles, as a verifier has it: nodes at levels between the stored ones are
 * re-hashed from the tile below. `tile` returns the tile's bytes (the widest the tree has).
 * Expanded tiles may be kept in a shared `memo` (the tree only grows, so a tile's first W hashes
 * and everything above them never change), which makes repeated proofs cost no hashing.
 */
export class TileNodeSource implements NodeSource {
  constructor(
    private readonly size: number,
    private readonly tile: (level: number, index: number, width: number) => Uint8Array,
    private readonly memo: Map<string, ExpandedTile> = new Map(),
  ) {}

  private expanded(level: number, index: number): ExpandedTile {
    const key = `${level}/${index}`;
    const n = nodesAt(this.size, TILE_HEIGHT * level);
    const width = Math.min(TILE_WIDTH, n - index * TILE_WIDTH);
    if (width <= 0) throw new RangeError(`tile ${level}/${index} is beyond a tree of ${this.size}`);
    const hit = this.memo.get(key);
    if (hit && hit.width >= width) return hit;
    const bytes = this.tile(level, index, width);
    if (bytes.length !== width * 32) throw new Error(`tile ${level}/${index} has ${bytes.length} bytes, expected ${width * 32}`);
    const t = expandTile(bytes, width);
    this.memo.set(key, t);
    return t;
  }

  node(level: number, index: number): Hash {
    if (index >= nodesAt(this.size, level)) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    const tileLevel = Math.floor(level / TILE_HEIGHT);
    const sub = level - TILE_HEIGHT * tileLevel;
    // the 2^sub stored hashes under this node lie in one tile, because sub < 8 and they are aligned
    const first = index * 2 ** sub;
    const t = this.expanded(tileLevel, Math.floor(first / TILE_WIDTH));
    const h = t.rows[sub]![(first % TILE_WIDTH) >> sub];
    if (!h) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return h;
  }
}

export interface TileWrite {
  level: number;
  index: number;
  width: number;
  data: Buffer;
}

/** Root of a full tile: its 256 hashes folded pairwise, i.e. the node 8 levels up. */
export function tileRoot(data: Uint8Array): Hash {
  let row: Hash[] = [];
  for (let i = 0; i < data.length; i += 32) row.push(data.subarray(i, i + 32));
  while (row.length > 1) {
    const next: Hash[] = [];
    for (let i = 0; i < row.length; i += 2) next.push(nodeHash(row[i]!, row[i + 1]!));
    row = next;
  }
  return row[0]!;
}

/**
 * The tiles that change when `leaves` (leaf hashes) are appended to a tree of `oldSize` leaves.
 * `partial(level)` gives the current last, partial tile of a level (null when that level has
 * none). A tile that fills up contributes its root to the level above, as in the tree itself.
 */
export function appendTiles(oldSize: number, partial: (level: number) => Uint8Array | null, leaves: readonly Uint8Array[]): TileWrite[] {
  const out: TileWrite[] = [];
  let newNodes: readonly Uint8Array[] = leaves;
  for (let level = 0; newNodes.length > 0; level++) {
    const oldCount = nodesAt(oldSize, TILE_HEIGHT * level);
    const first = Math.floor(oldCount / TILE_WIDTH);
    const have = oldCount % TILE_WIDTH;
    const existing = have ? partial(level) : null;
    if (have && (!existing || existing.length !== have * 32)) {
      throw new Error(`tile ${level}/${first} should hold ${have} hashes, found ${existing ? existing.length / 32 : 0}`);
    }
    const all = Buffer.concat([existing ?? Buffer.alloc(0), ...newNodes]);
    const next: Hash[] = [];
    for (let at = 0; at < all.length; at += TILE_WIDTH * 32) {
      const data = all.subarray(at, Math.min(all.length, at + TILE_WIDTH * 32));
      const width = data.length / 32;
      out.push({ level, index: first + at / (TILE_WIDTH * 32), width, data: Buffer.from(data) });
      if (width === TILE_WIDTH) next.push(tileRoot(data));
    }
    newNodes = next;
  }
  return out;
}
