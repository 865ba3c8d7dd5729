import { describe, expect, it } from 'vitest';
import { MemoryTree, consistencyProof, inclusionProof, leafHash, rootOf } from './merkle.ts';
import { TileNodeSource, encodeIndex, entriesPath, parseTilePath, tileData, tilePath, tilesOf } from './tiles.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('R-REC-4 C2SP tlog-tiles', () => {
  it('encodes tile paths as the spec does', () => {
    expect(encodeIndex(1234067)).toBe('x001/x234/067');
    expect(encodeIndex(0)).toBe('000');
    expect(tilePath(0, 1234067)).toBe('tile/0/x001/x234/067');
    expect(tilePath(2, 5, 17)).toBe('tile/2/005.p/17');
    expect(entriesPath(1000, 3)).toBe('tile/entries/x001/000.p/3');
    expect(parseTilePath('tile/0/x001/x234/067')).toEqual({ level: 0, index: 1234067, width: 256 });
    expect(parseTilePath('tile/2/005.p/17')).toEqual({ level: 2, index: 5, width: 17 });
    for (const bad of [
      'tile/0/1234067',
      'tile/01/000',
      'tile/0/x000/001',
      'tile/0/000.p/256',
      'tile/0/000.p/0',
      'tile/0/001/002',
      '../tile/0/000',
    ]) {
      expect(parseTilePath(bad), bad).toBeNull();
    }
  });

  it('a verifier reading only tiles gets the same roots and proofs as the log', () => {
    const tree = new MemoryTree();
    for (let i = 0; i < 70_000; i++) tree.append(leafHash(Buffer.from(`事件 ${i}`)));
    for (const size of [1, 255, 256, 257, 65_535, 65_536, 70_000]) {
      const tiles = new Map(tilesOf(size).map((t) => [`${t.level}/${t.index}/${t.width}`, tileData(tree, t.level, t.index, t.width)]));
      const reader = new TileNodeSource(size, (l, i, w) => {
        const t = tiles.get(`${l}/${i}/${w}`);
        if (!t) throw new Error(`tile ${l}/${i}/${w} not published`);
        return t;
      });
      expect(hex(rootOf(reader, size)), String(size)).toBe(hex(tree.root(size)));
      for (const i of [0, Math.floor(size / 2), size - 1]) {
        expect(inclusionProof(reader, i, size).map(hex)).toEqual(inclusionProof(tree, i, size).map(hex));
      }
      expect(consistencyProof(reader, Math.ceil(size / 3), size).map(hex)).toEqual(
        consistencyProof(tree, Math.ceil(size / 3), size).map(hex),
      );
    }
    expect(tilesOf(70_000).filter((t) => t.level === 1)).toEqual([
      { level: 1, index: 0, width: 256 },
      { level: 1, index: 1, width: 17 },
    ]);
  });
});

describe('R-REC-4 growing the tiles in batches gives the tiles of the whole tree', () => {
  it('appends batches of many sizes across tile and level boundaries', async () => {
    const { appendTiles, tilesOf, tileData } = await import('./tiles.ts');
    const { MemoryTree, leafHash } = await import('./merkle.ts');
    const total = 256 * 256 + 700;
    const leaves = Array.from({ length: total }, (_, i) => leafHash(Buffer.from(`e${i}`)));
    const stored = new Map<string, Buffer>();
    let size = 0;
    const batches = [1, 2, 253, 1, 300, 65_000, 1, 255, 256, 257, 10];
    for (const n of [...batches, total]) {
      const take = Math.min(n, total - size);
      if (take <= 0) break;
      const writes = appendTiles(
        size,
        (level) => {
          const count = Math.floor(size / 256 ** level);
          return count % 256 ? (stored.get(`${level}/${Math.floor(count / 256)}`) ?? null) : null;
        },
        leaves.slice(size, size + take),
      );
      for (const w of writes) stored.set(`${w.level}/${w.index}`, w.data);
      size += take;
    }
    expect(size).toBe(total);
    const tree = new MemoryTree();
    for (const l of leaves) tree.append(l);
    for (const t of tilesOf(total))
      expect(stored.get(`${t.level}/${t.index}`)?.equals(tileData(tree, t.level, t.index, t.width))).toBe(true);
    expect(stored.size).toBe(tilesOf(total).length);
  });
});
