import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKeyStore } from './key-store.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One process opening the key store in `keysDir` at the moment `at` (all children at once): prints the public seal key it derives. */
function openInChild(keysDir: string, at: number): Promise<string> {
  const script = `import { openKeyStore } from ${JSON.stringify(path.resolve(import.meta.dirname, 'key-store.ts'))};
while (Date.now() < ${at});
process.stdout.write(openKeyStore({ keysDir: ${JSON.stringify(keysDir)} }).sealKey('00000000-0000-4000-8000-000000000000').publicKey.toString('hex'));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
  });
}

describe('the signing seed (issue 17, scale-out)', () => {
  it('instances starting at once on one empty, shared keys folder all end up with the same seed, and leave no temporary files', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'sx-keys-'));
      dirs.push(dir);
      // started together, the children load their code, then open the store in the same millisecond
      const at = Date.now() + 6_000;
      const keys = await Promise.all(Array.from({ length: 6 }, () => openInChild(dir, at)));
      expect(new Set(keys).size, keys.join('\n')).toBe(1);
      expect(openKeyStore({ keysDir: dir }).sealKey('00000000-0000-4000-8000-000000000000').publicKey.toString('hex')).toBe(keys[0]);
      expect(readdirSync(dir).sort()).toEqual(['signed', 'signing-seed']);
    }
  });
});
