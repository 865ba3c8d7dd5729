import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointBody, signNote } from '@sanxiang/domain';
import { createHarness, type Harness } from '../../test/harness.ts';
import { runDemoCases } from '../../test/demo-cases.ts';

/**
 * Issue 5 point 11: the ledger page publishes each agency's latest checkpoint with instructions and
 * a downloadable verifier. The downloaded script, run with plain Node against a listening server,
 * checks the signature, recomputes the root from the public tiles, and later checks consistency
 * with a saved checkpoint — and fails on a forged or inconsistent one.
 */
const run = promisify(execFile);
let h: Harness;
let base = '';
let dir = '';
let script = '';
let credit = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(path.join(tmpdir(), 'sx-verifier-'));
  credit = (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow())
    .credit_code;
  await runDemoCases(h, (s) => s.agency === 'scjg');
  await h.ledger.checkpointAll();
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const verify = async (...args: string[]) => {
  try {
    const r = await run(process.execPath, [script, base, credit, ...args], { cwd: dir });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout + x.stderr };
  }
};

describe('issue 5 point 11: the ledger page and its downloadable verifier', () => {
  it('the page shows each checkpoint with instructions and links the verifier, which downloads as a file', async () => {
    const page = await h.request(null, 'GET', '/ledger');
    expect(page.statusCode).toBe(200);
    for (const text of ['怎样自己核验', '/ledger/verifier.mjs', '--save', '--since', '馆陶县市场监督管理局', '司法局副署'])
      expect(page.body).toContain(text);
    expect(page.body).not.toMatch(/<script/i);
    const file = await h.request(null, 'GET', '/ledger/verifier.mjs');
    expect(file.headers['content-disposition']).toContain('attachment');
    script = path.join(dir, 'sanxiang-ledger-verify.mjs');
    writeFileSync(script, file.body);
  });

  it('verifies the signature and the root from the public tiles, and saves the checkpoint', async () => {
    const r = await verify('--save', 'cp-1.txt');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('✓ 最新检查点签名有效');
    expect(r.out).toContain('✓ 由公开的哈希瓦片重算树根，与检查点一致');
    expect(readFileSync(path.join(dir, 'cp-1.txt'), 'utf8')).toMatch(/^sanxiang\.local\/log\//);
  });

  it('later: the grown ledger is consistent with the saved checkpoint', async () => {
    await runDemoCases(h, (s) => s.agency === 'scjg');
    await h.ledger.checkpointAll();
    const r = await verify('--since', 'cp-1.txt');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/✓ 与保存的检查点（\d+ 条）一致/);
  });

  it('fails on a forged checkpoint file and on a validly signed but inconsistent one', async () => {
    const saved = readFileSync(path.join(dir, 'cp-1.txt'), 'utf8');
    const [origin, size] = saved.split('\n');
    writeFileSync(
      path.join(dir, 'forged.txt'),
      saved.replace(/^(.*\n\d+\n)(.)/, (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`),
    );
    const forged = await verify('--since', 'forged.txt');
    expect(forged.code).toBe(1);
    expect(forged.out).toContain('没有');
    // a history the agency's key signed but that the ledger does not extend (what a rewrite would leave)
    const other = signNote(
      checkpointBody({ origin: origin!, size: Number(size), root: Buffer.alloc(32, 7) }),
      h.keys.logSigners(h.agency('scjg'), origin!),
    );
    writeFileSync(path.join(dir, 'other.txt'), other);
    const inconsistent = await verify('--since', 'other.txt');
    expect(inconsistent.code, inconsistent.out).toBe(1);
    expect(inconsistent.out).toContain('不一致');
  });
});

describe('the verifier on a large tree served as static tiles', () => {
  it('recomputes the root of 70,001 leaves from tiles of levels 0–2 (full and partial) and checks consistency from 300 to 70,001', async () => {
    const { createServer } = await import('node:http');
    const { generateKeyPairSync } = await import('node:crypto');
    const { MemoryTree, leafHash, tilesOf, tilePath, tileData, ed25519Signer, consistencyProof } = await import('@sanxiang/domain');
    const tree = new MemoryTree();
    for (let i = 0; i < 70_001; i++) tree.append(leafHash(Buffer.from(`entry ${i}`)));
    const origin = 'example.test/log/91130433MA0000000X';
    const signer = ed25519Signer(origin, generateKeyPairSync('ed25519').privateKey);
    const note = (size: number) => signNote(checkpointBody({ origin, size, root: Buffer.from(tree.root(size)) }), [signer]);
    const tiles = new Map(tilesOf(70_001).map((t) => [tilePath(t.level, t.index, t.width), tileData(tree, t.level, t.index, t.width)]));
    const prefix = '/ledger/91130433MA0000000X';
    const server = createServer((req, res) => {
      const url = req.url ?? '';
      if (url === `${prefix}/keys`) return res.end(JSON.stringify({ verifierKeys: [signer.vkey] }));
      if (url === `${prefix}/checkpoint`) return res.end(note(70_001));
      if (url.startsWith(`${prefix}/tile/`) && tiles.has(url.slice(prefix.length + 1)))
        return res.end(tiles.get(url.slice(prefix.length + 1)));
      const m = /proof\/consistency\?old=(\d+)&size=(\d+)$/.exec(url);
      if (m)
        return res.end(
          JSON.stringify({ proof: consistencyProof(tree, Number(m[1]), Number(m[2])).map((x) => Buffer.from(x).toString('base64')) }),
        );
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    writeFileSync(path.join(dir, 'small.txt'), note(300));
    try {
      const r = await run(process.execPath, [script, `http://127.0.0.1:${port}`, '91130433MA0000000X', '--since', 'small.txt'], {
        cwd: dir,
      });
      expect(r.stdout).toContain('✓ 由公开的哈希瓦片重算树根，与检查点一致');
      expect(r.stdout).toContain('✓ 与保存的检查点（300 条）一致');
      expect([...tiles.keys()].some((k) => k.startsWith('tile/2/'))).toBe(true);
    } finally {
      server.close();
    }
  });
});
