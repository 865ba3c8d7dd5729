import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from './embedded.ts';

/** The embedded PostgreSQL after its owner was killed (issue 17, item 11): the next process stops the orphan and owns a new cluster. */

const dir = mkdtempSync(path.join(tmpdir(), 'sx-embedded-'));
// PostgreSQL runs as its own user when the tests run as root: it must pass through the temporary folder
chmodSync(dir, 0o755);
const data = path.join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function select1(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL ownership', () => {
  it('a cluster whose owner was killed with SIGKILL is stopped and started again by the next process, which owns and stops it', async () => {
    const script = path.join(dir, 'owner.mts');
    writeFileSync(
      script,
      `import { openEmbedded } from ${JSON.stringify(path.resolve(import.meta.dirname, 'embedded.ts'))};\n` +
        `const h = await openEmbedded(${JSON.stringify(data)});\nconsole.log('up ' + h.owned);\nsetInterval(() => {}, 1000);\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => resolve(b.toString()));
      child.once('exit', (code) => reject(new Error(`owner exited ${code}`)));
    });
    expect(line.trim()).toBe('up true');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // the orphan still runs: before, the next process attached to it without owning it
    expect(existsSync(path.join(data, 'pg', 'postmaster.pid'))).toBe(true);

    const h = await openEmbedded(data);
    expect(h.owned).toBe(true);
    expect(await select1(h.url)).toBe(1);
    // while it runs, another process (the CLI) attaches and does not own it
    const other = await openEmbedded(data);
    expect(other.owned).toBe(false);
    await other.stop();
    expect(await select1(h.url)).toBe(1);
    await h.stop();
    expect(existsSync(path.join(data, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(data, 'pg-owner.pid'))).toBe(false);
  }, 120_000);
});
