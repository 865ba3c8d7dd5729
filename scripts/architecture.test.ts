import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_OWNERS, ownerDir } from '../apps/server/src/db/owners.ts';

/** ARCHITECTURE.md finds a requirement, a table or a folder in one hop: it must say all of them, and say them right. */

const repo = path.resolve(import.meta.dirname, '..');
const doc = readFileSync(path.join(repo, 'ARCHITECTURE.md'), 'utf8');
const section = (title: string) => {
  const start = doc.indexOf(`## ${title}`);
  expect(start, `ARCHITECTURE.md has a section "${title}"`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 3);
  return doc.slice(start, end < 0 ? undefined : end);
};
const folders = (dir: string) => readdirSync(path.join(repo, dir)).filter((n) => statSync(path.join(repo, dir, n)).isDirectory());

/** The requirement IDs of DOMAIN.md (../shared/DOMAIN.md, outside this repository), in its order. */
const REQUIREMENTS = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `R-PUB-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `R-REC-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `R-REV-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `R-X-${n}`),
];

describe('ARCHITECTURE.md', () => {
  it('says where every requirement of DOMAIN.md lives, each in a row of its own', () => {
    const rows = section('Where the requirements live')
      .split('\n')
      .filter((l) => l.startsWith('| R-'));
    for (const id of REQUIREMENTS)
      expect(
        rows.some((r) => new RegExp(`^\\| [^|]*\\b${id}\\b`).test(r)),
        id,
      ).toBe(true);
  });

  it('names the owner of every table, as db/owners.ts does', () => {
    const rows = section('Tables and their owners')
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    const listed = new Map<string, string>();
    for (const r of rows) {
      const [owner, tables] = r
        .split('|')
        .slice(1, 3)
        .map((c) => c.trim());
      for (const t of tables!.matchAll(/`(\w+)`/g)) listed.set(t[1]!, owner!.replace(/`/g, '').replace(/\/$/, ''));
    }
    for (const [table, owner] of Object.entries(TABLE_OWNERS)) expect(listed.get(table), table).toBe(ownerDir(owner));
    expect([...listed.keys()].sort()).toEqual(Object.keys(TABLE_OWNERS).sort());
  });

  it('lists every folder of the domain package and every server module in the tree', () => {
    for (const f of folders('packages/domain/src')) expect(doc, `domain/${f}`).toMatch(new RegExp(`\\n  ${f}/(\\s|$)`));
    for (const m of folders('apps/server/src/modules')) expect(doc, `modules/${m}`).toMatch(new RegExp(`\\n    ${m}/(\\s|$)`));
  });
});
