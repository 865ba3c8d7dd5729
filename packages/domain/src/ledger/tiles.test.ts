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
    for (const bad of ['tile/0/1234067', 'tile/01/000', 'tile/0/x000/001', 'tile/0/000.p/256', 'tile/0/000.p/0', 'tile/0/001/002', '../tile/0/000']) {
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
      expect(consistencyProof(reader, Math.ceil(size / 3), size).map(hex)).toEqual(consistencyProof(tree, Math.ceil(size / 3), size).map(hex));
    }
    expect(tilesOf(70_000).filter((t) => t.level === 1)).toEqual([{ level: 1, index: 0, width: 256 }, { level: 1, index: 1, width: 17 }]);
  });
});
