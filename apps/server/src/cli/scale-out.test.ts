import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ROOT, checkpointBody, nodeHash, verifyNote } from '@sanxiang/domain';
import { systemClock } from '../adapters/clock.ts';
import { openKeyStore } from '../adapters/keys/key-store.ts';
import { DEMO_PASSWORD, loadDemoOrg, type DemoOrg } from '../demo/demo-org.ts';
import { demoPhoto } from '../demo/demo-media.ts';
import { COMPANY_A } from '../demo/demo-scenario-parties.ts';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { CalendarService } from '../modules/calendar/calendar.service.ts';
import { recordTimes } from '../test/record-times.ts';

/**
 * Scale-out (issue 17, docs/deploy.md): two `sanxiang serve` processes on ONE PostgreSQL database,
 * sharing one data folder for the signing keys, the blobs and unfinished uploads, as two app
 * instances behind a load balancer would. Staff drive both at once over HTTP: cases of one agency
 * opened on both, evidence uploaded on one and finished on the other, the same decision and the same
 * publication sent to both instances at the same moment, checkpoints asked of both while their own
 * ledger workers sequence and sign. Then: case numbers unique and gap-free (R-REC-5), one ledger
 * order holding every entry once (R-REC-4), one publication per decision published once (R-PUB-3),
 * and checkpoints that were signed one after another, each extending the one before.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/sanxiang.mjs');
const CASES = 12;

let tdb: TestDatabase;
let org: DemoOrg;
let dir: string;
let otherDir: string;
let env: NodeJS.ProcessEnv;
const children: ChildProcess[] = [];

interface Instance {
  name: string;
  base: string;
  stop(): Promise<number | null>;
}

beforeAll(async () => {
  tdb = await createTestDatabase(4);
  org = await loadDemoOrg(tdb.db, systemClock);
  // deadlines of decisions taken in December reach into the next year: its holidays are imported
  // (as the 司法局 does each year) before the instances start, since each loads the calendar at start
  const next = new Date().getUTCFullYear() + 1;
  if (!new CalendarService(tdb.db).current().knownYears().includes(next))
    await new CalendarService(tdb.db).importYear(null, `# year=${next} source=测试用放假安排\n${next}-01-01,holiday,元旦\n`);
  dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-scale-'));
  otherDir = mkdtempSync(path.join(tmpdir(), 'sanxiang-scale-other-'));
  // the test drives both instances as fast as they answer, from one address: no per-client budgets (http/rate-limit.ts)
  env = {
    ...process.env,
    DATABASE_URL: tdb.url,
    SANXIANG_DATA: dir,
    DB_POOL_SIZE: '6',
    SANXIANG_RATE_SEARCH: 'off',
    SANXIANG_RATE_PUBLIC: 'off',
    SANXIANG_RATE_STAFF: 'off',
  };
  delete env['SANXIANG_SIGNING_SEED'];
  delete env['SANXIANG_BLOBS'];
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await tdb?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (otherDir) rmSync(otherDir, { recursive: true, force: true });
});

function serve(name: string, extra: NodeJS.ProcessEnv = {}): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-demo'], { env: { ...env, ...extra } });
    children.push(child);
    let out = '';
    const onExit = (code: number | null) => reject(new Error(`serve ${name} exited ${code}:\n${out}`));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /执法工作台\s+(http:\/\/\S+)\/workbench\//.exec(out);
      if (m && out.includes('Ctrl+C')) {
        child.off('exit', onExit);
        child.stdout!.removeAllListeners('data');
        resolve({
          name,
          base: m[1]!,
          stop: () =>
            new Promise((res) => {
              if (child.exitCode !== null) return res(child.exitCode);
              child.on('exit', (code) => res(code));
              child.kill('SIGINT');
            }),
        });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', onExit);
  });
}

interface Reply {
  status: number;
  body: string;
  headers: Headers;
  /** the body as JSON (replies of many shapes, read field by field) */
  json(): any;
}

async function call(
  at: Instance,
  token: string | null,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${at.base}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
  });
  const text = method === 'HEAD' ? '' : await res.text();
  return { status: res.status, body: text, headers: res.headers, json: () => JSON.parse(text) };
}

async function login(at: Instance, username: string): Promise<string> {
  const r = await call(at, null, 'POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
  expect(r.status, r.body).toBe(200);
  return r.json().token as string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** Root of the first `size` leaf hashes (RFC 6962 MTH), computed here without the ledger's code. */
function mth(leaves: Buffer[], start: number, end: number): Buffer {
  const n = end - start;
  if (n === 0) return Buffer.from(EMPTY_ROOT);
  if (n === 1) return leaves[start]!;
  let k = 1;
  while (k * 2 < n) k *= 2;
  return Buffer.from(nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end)));
}

describe('scale-out: two app instances on one PostgreSQL (issue 17)', () => {
  it('R-REC-5, R-REC-4, R-PUB-3: concurrent work through both instances keeps numbers gap-free, one ledger order, one publication per decision and one signer at a time', async () => {
    // one after the other: the first start may build the workbench
    const A = await serve('A');
    const B = await serve('B');
    const both = [A, B] as const;
    const agency = org.agencies.get('scjg')!;
    const officers = [org.users.get('scjg.o1')!, org.users.get('scjg.o2')!];
    // each instance has its own sessions' tokens, though a session is in the database and valid on both
    const officerOn = new Map<Instance, string>([
      [A, await login(A, 'scjg.liming')],
      [B, await login(B, 'scjg.wangfang')],
    ]);
    const publisherOn = new Map<Instance, string>([
      [A, await login(A, 'scjg.gongshi')],
      [B, await login(B, 'scjg.gongshi')],
    ]);
    // a session made on A is accepted by B
    expect((await call(B, officerOn.get(A)!, 'GET', '/api/v1/cases?limit=1')).status).toBe(200);

    // checkpoints asked of both instances again and again while the load runs (their workers sign as well)
    let loadDone = false;
    const checkpointReplies: Reply[] = [];
    const checkpointing = (async () => {
      while (!loadDone) {
        // three at a time on each instance: signers meet whenever the log has grown
        const rs = await Promise.all(
          [A, B, A, B, A, B].map((at) => call(at, officerOn.get(at)!, 'POST', `/api/v1/agencies/${agency}/ledger/checkpoint`)),
        );
        checkpointReplies.push(...rs);
      }
    })();

    const flow = async (i: number) => {
      const home = i % 2 ? A : B;
      const other = home === A ? B : A;
      const opened = await call(home, officerOn.get(home)!, 'POST', '/api/v1/cases', {
        procedure: 'inspection',
        title: `并发检查 ${i}`,
        field: '市场监管',
        regionCode: '130433100',
        party: COMPANY_A,
        officerIds: officers,
        inputs: { source: 'routine', subject: '食品销售者进货查验记录', basis: '《中华人民共和国食品安全法》第五十三条' },
      });
      expect(opened.status, opened.body).toBe(201);
      const caseId = opened.json().id as string;

      // the recording of the inspection: created on one instance, its bytes sent to the other
      // (the data folder holding unfinished uploads is shared); for some, half on each
      const photo = demoPhoto(1000 + i).bytes;
      const metadata = Object.entries({
        caseId,
        step: 'inspect',
        filename: `现场照片-${i}.png`,
        filetype: 'image/png',
        capturedAt: new Date(Date.now() - 60_000).toISOString(),
        capturedPlace: '馆陶县惠民超市',
        capturedBy: '李明',
        provesWhat: '进货查验记录',
      })
        .map(([k, v]) => `${k} ${b64(v)}`)
        .join(',');
      const tus = { 'tus-resumable': '1.0.0' };
      const created = await call(home, officerOn.get(home)!, 'POST', '/api/v1/uploads', undefined, {
        ...tus,
        'upload-length': String(photo.length),
        'upload-metadata': metadata,
      });
      expect(created.status, created.body).toBe(201);
      const uploadUrl = new URL(created.headers.get('location')!, home.base).pathname;
      // the upload belongs to the user who created it, on whichever instance
      const uploader = officerOn.get(home)!;
      const patch = (at: Instance, from: number, to: number) =>
        call(at, uploader, 'PATCH', uploadUrl, photo.subarray(from, to), {
          ...tus,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(from),
        });
      let finished: Reply;
      if (i < 4) {
        const half = Math.floor(photo.length / 2);
        expect((await patch(home, 0, half)).status).toBe(204);
        const head = await call(other, uploader, 'HEAD', uploadUrl, undefined, tus);
        expect(head.status).toBe(200);
        expect(head.headers.get('upload-offset')).toBe(String(half));
        finished = await patch(other, half, photo.length);
      } else {
        finished = await patch(other, 0, photo.length);
      }
      expect(finished.status, finished.body).toBe(204);
      const sha256 = createHash('sha256').update(photo).digest('hex');
      expect(finished.headers.get('evidence-sha256')).toBe(sha256);
      // stored by one instance, served by the other from the shared store
      const download = await fetch(
        `${home.base}/api/v1/evidence/${finished.headers.get('evidence-id')}/content?reason=${encodeURIComponent('核对')}`,
        {
          headers: { authorization: `Bearer ${officerOn.get(home)!}` },
        },
      );
      expect(download.status).toBe(200);
      expect(
        createHash('sha256')
          .update(Buffer.from(await download.arrayBuffer()))
          .digest('hex'),
      ).toBe(sha256);

      const inspected = await call(other, officerOn.get(other)!, 'POST', `/api/v1/cases/${caseId}/steps`, {
        step: 'inspect',
        inputs: { officers, place: '惠民超市', ...recordTimes(new Date()), findings: `第 ${i} 次检查：进货查验记录不全。` },
      });
      expect(inspected.status, inspected.body).toBe(200);

      // the same decision sent to both instances at once: one takes it, the other is refused
      const concluded = await Promise.all(
        both.map((at) =>
          call(at, officerOn.get(at)!, 'POST', `/api/v1/cases/${caseId}/steps`, {
            step: 'conclude',
            inputs: { result: 'ok', conclusion: '未发现问题。' },
          }),
        ),
      );
      expect(concluded.map((r) => r.status).sort(), concluded.map((r) => r.body).join('\n')).toEqual([200, 409]);

      // its publication record (created after the step by the instance that took it)
      let pub: { id: string; state: string } | undefined;
      for (let tries = 0; !pub && tries < 200; tries++) {
        const list = await call(other, publisherOn.get(other)!, 'GET', `/api/v1/publications?limit=200`);
        expect(list.status, list.body).toBe(200);
        pub = (list.json().items as { caseId: string; id: string; state: string }[]).find((p) => p.caseId === caseId);
        if (!pub) await new Promise((r) => setTimeout(r, 50));
      }
      expect(pub, `no publication for case ${i}`).toBeDefined();
      // the 公示管理员 presses 公示 on both instances at once: published once
      const published = await Promise.all(
        both.map((at) => call(at, publisherOn.get(at)!, 'POST', `/api/v1/publications/${pub!.id}/publish`, {})),
      );
      expect(published.map((r) => r.status).sort(), published.map((r) => r.body).join('\n')).toEqual([200, 409]);
      return { caseId, number: opened.json().number as string };
    };

    let opened: { caseId: string; number: string }[];
    try {
      opened = await Promise.all(Array.from({ length: CASES }, (_, i) => flow(i)));
    } finally {
      loadDone = true;
      await checkpointing;
    }
    // the last word: everything queued is sequenced and signed, by both (the second finds nothing new)
    for (const at of both) {
      const r = await call(at, officerOn.get(at)!, 'POST', `/api/v1/agencies/${agency}/ledger/checkpoint`);
      checkpointReplies.push(r);
    }
    expect(checkpointReplies.length).toBeGreaterThan(4);
    // several of the requests signed (the log grew between rounds), the others found it signed
    const signedHere = checkpointReplies.filter((r) => r.status === 200 && r.json().signed === true).length;
    expect(signedHere).toBeGreaterThan(1);
    for (const r of checkpointReplies) expect(r.status, r.body).toBe(200);

    // a third instance started by mistake with a data folder of its own (so a signing seed of its
    // own) stops at start, before it could seal a document or sign a checkpoint with another key
    await expect(serve('C', { SANXIANG_DATA: otherDir })).rejects.toThrow(/exited 1:[\s\S]*签名密钥/);

    expect(await A.stop()).toBe(0);
    expect(await B.stop()).toBe(0);
    const db = tdb.db;

    // R-REC-5: unique and gap-free per agency, kind word and year
    const cases = await db
      .selectFrom('cases')
      .select(['id', 'number', 'number_word', 'number_year', 'number_seq'])
      .where('agency_id', '=', agency)
      .execute();
    expect(cases).toHaveLength(CASES);
    expect(new Set(cases.map((c) => c.number)).size).toBe(CASES);
    expect(cases.map((c) => c.number).sort()).toEqual(opened.map((o) => o.number).sort());
    const series = new Map<string, number[]>();
    for (const c of cases)
      series.set(`${c.number_word}/${c.number_year}`, [...(series.get(`${c.number_word}/${c.number_year}`) ?? []), c.number_seq]);
    for (const seqs of series.values()) expect(seqs.sort((a, b) => a - b)).toEqual(seqs.map((_, k) => k + 1));

    // R-REC-4: one order — every log's leaves are 0..size-1, each entry once, nothing left queued
    expect(Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_pending`.execute(db)).rows[0]!.n)).toBe(0);
    const logs = await db.selectFrom('ledger_logs').select(['agency_id', 'origin', 'size', 'root']).execute();
    expect(logs.some((l) => l.agency_id === agency)).toBe(true);
    const keys = openKeyStore({ keysDir: path.join(dir, 'keys') });
    for (const log of logs) {
      const leaves = await db
        .selectFrom('ledger_leaves')
        .select(['idx', 'leaf_hash', 'source', 'source_id'])
        .where('agency_id', '=', log.agency_id)
        .orderBy('idx')
        .execute();
      expect(leaves.map((l) => Number(l.idx))).toEqual(leaves.map((_, k) => k));
      expect(leaves).toHaveLength(log.size);
      expect(new Set(leaves.map((l) => `${l.source}/${l.source_id}`)).size).toBe(leaves.length);
      const hashes = leaves.map((l) => l.leaf_hash);
      expect(mth(hashes, 0, hashes.length).equals(log.root)).toBe(true);

      // one signer at a time: in the order they were signed, sizes strictly grow, and each
      // checkpoint's root is the root of that many leaves of this one order (so each extends the one before)
      const cps = await sql<{ size: number; root: Buffer; note: string }>`
          SELECT size, root, note FROM ledger_checkpoints WHERE agency_id = ${log.agency_id} ORDER BY signed_at, size`.execute(db);
      const sizes = cps.rows.map((c) => Number(c.size));
      expect(sizes, `checkpoints of ${log.origin} in signing order`).toEqual([...sizes].sort((a, b) => a - b));
      expect(new Set(sizes).size).toBe(sizes.length);
      const verifiers = keys.logVerifiers(log.agency_id, log.origin);
      for (const cp of cps.rows) {
        expect(mth(hashes, 0, Number(cp.size)).equals(cp.root), `checkpoint ${cp.size} of ${log.origin}`).toBe(true);
        expect(cp.note.startsWith(checkpointBody({ origin: log.origin, size: Number(cp.size), root: cp.root }))).toBe(true);
        verifyNote(cp.note, verifiers);
      }
      // the signer's own memory (in the shared keys folder) holds the largest of them
      const last = [...cps.rows].sort((a, b) => Number(a.size) - Number(b.size)).at(-1);
      if (last) expect(keys.lastSigned(log.agency_id)).toEqual({ size: Number(last.size), root: last.root });
    }
    // every case event, access entry and publication act of the agency is a leaf exactly once
    const entries = await sql<{ source: string; n: number; leaves: number }>`
        SELECT s.source, count(*)::int AS n, count(l.idx)::int AS leaves FROM (
          SELECT 'case_event' AS source, id, agency_id FROM case_events
          UNION ALL SELECT 'publication', id, agency_id FROM publication_events
        ) s LEFT JOIN ledger_leaves l ON l.source = s.source AND l.source_id = s.id AND l.agency_id = s.agency_id
        GROUP BY s.source`.execute(db);
    for (const e of entries.rows) expect(e.leaves, e.source).toBe(e.n);
    const leafCount = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_leaves`.execute(db)).rows[0]!.n;
    expect(leafCount).toBe(logs.reduce((s, l) => s + Number(l.size), 0));

    // R-PUB-3: one publication per decision, published once, one public record
    const pubs = await sql<{ case_id: string; records: number; published: number; public_rows: number }>`
        SELECT p.case_id, count(DISTINCT p.id)::int AS records,
               count(e.id) FILTER (WHERE e.kind = 'published')::int AS published,
               (SELECT count(*)::int FROM public_decisions d WHERE d.id = ANY (array_agg(DISTINCT p.id))) AS public_rows
          FROM publications p LEFT JOIN publication_events e ON e.publication_id = p.id
         WHERE p.agency_id = ${agency} GROUP BY p.case_id`.execute(db);
    expect(pubs.rows).toHaveLength(CASES);
    for (const p of pubs.rows) expect(p).toMatchObject({ records: 1, published: 1, public_rows: 1 });
    // one decision per case, whichever instance took it
    const decisions = await db
      .selectFrom('case_events')
      .select(({ fn }) => ['case_id', fn.countAll<number>().as('n')])
      .where('agency_id', '=', agency)
      .where('step', '=', 'conclude')
      .groupBy('case_id')
      .execute();
    expect(decisions.map((d) => Number(d.n))).toEqual(Array(CASES).fill(1));

    // and the offline verification of the whole store accepts it
    const verify = spawnSync(process.execPath, [BIN, 'verify', '--json'], { env, encoding: 'utf8', timeout: 180_000 });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect((JSON.parse(verify.stdout) as { ok: boolean }).ok).toBe(true);
  }, 240_000);
});
