import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { COMPANY_A } from '../demo/demo-cases.ts';
import { DEMO_PASSWORD } from '../demo/demo-org.ts';
import { recordTimes } from '../test/record-times.ts';

/**
 * Crash proof (issue 17): `sanxiang serve` on one data folder is killed with SIGKILL at random
 * moments while staff open cases and take steps, documents are issued, evidence is uploaded over
 * tus in chunks and checkpoints are signed; after each kill the server is started again on the same
 * folder (the embedded PostgreSQL it started survives the kill and is stopped and restarted by the
 * next start, apps/server/src/adapters/db/embedded.ts). Then: `sanxiang verify --json` passes; every
 * write the client saw acknowledged (2xx) is there — the step's event, the document with both its
 * files, the uploaded evidence with its hash, the checkpoint's size; nothing half-done is visible —
 * each case's version is its last event, its record's chain is intact, every listed document and
 * evidence item can be downloaded with the hash it states; and an upload cut by the kill resumes
 * (HEAD, then PATCH from the server's offset) to the file's SHA-256. The kills are placed by a
 * seeded generator: CRASH_SEED=<the printed seed> repeats a run; CRASH_CYCLES (default 3) sets
 * how many. In the external run (DATABASE_URL) the database is a fresh one on that server.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/sanxiang.mjs');
const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 3);
const SEED = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 1e9));
const TITLE = '断电测试案件';
const UPLOAD_SIZE = 3 * 1024 * 1024;
const CHUNK = 256 * 1024;

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}
const fmt = (ms: number) => ms.toFixed(0);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let dir: string;
let data: string;
let tdb: TestDatabase | null = null;
let env: NodeJS.ProcessEnv;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sanxiang-crash-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as another user when we are root
  data = path.join(dir, 'data');
  // one client drives the server as fast as it answers: no per-client budgets (http/rate-limit.ts)
  env = { ...process.env, SANXIANG_DATA: data, SANXIANG_RATE_SEARCH: 'off', SANXIANG_RATE_PUBLIC: 'off', SANXIANG_RATE_STAFF: 'off' };
  delete env['DATABASE_URL'];
  if (process.env['DATABASE_URL']) {
    tdb = await createTestDatabase(2);
    env['DATABASE_URL'] = tdb.url;
  }
});

afterAll(async () => {
  // every process this test started: servers still running, then the cluster a killed one left
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all([...children].map((c) => exited(c)));
  await stopOrphanPostgres();
  await tdb?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function exited(c: ChildProcess): Promise<void> {
  return c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', () => r()));
}

/** The embedded cluster left running by a killed server: stopped (fast shutdown) and waited for. */
async function stopOrphanPostgres(): Promise<void> {
  const pidFile = path.join(data, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!pid || !alive()) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
}

interface Server {
  child: ChildProcess;
  base: string;
  out: () => string;
}

/** `sanxiang serve --port 0` on the data folder; resolves when it prints its addresses. */
function serve(opts: { demo?: boolean } = {}): { ready: Promise<Server>; child: ChildProcess } {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...(opts.demo && tdb ? ['--demo'] : [])], { env });
  children.add(child);
  const began = performance.now();
  let out = '';
  const ready = new Promise<Server>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += `[${(performance.now() - began).toFixed(0)} ms] ${d.toString()}`;
      const m = /接口地址\s+(http:\/\/[\d.:]+)\/api\/v1\//.exec(out);
      if (m && out.includes('Ctrl+C')) {
        child.off('exit', onExit);
        resolve({ child, base: m[1]!, out: () => out });
      }
    };
    const onExit = (code: number | null, signal: string | null) => reject(new Error(`serve exited ${code ?? signal}:\n${out}`));
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += `[${(performance.now() - began).toFixed(0)} ms] ${d.toString()}`));
    child.on('exit', onExit);
  });
  return { ready, child };
}

async function kill(c: ChildProcess): Promise<void> {
  c.kill('SIGKILL');
  await exited(c);
}

function verify(): { ok: boolean; problems: unknown[]; checked: string[]; raw: string } {
  const r = spawnSync(process.execPath, [BIN, 'verify', '--json'], { env, encoding: 'utf8', timeout: 180_000 });
  let report: { ok: boolean; problems: unknown[]; checked: string[] };
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`verify answered no report (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return { ...report, raw: r.stdout + r.stderr };
}

/** What the client saw acknowledged, across all cycles. */
interface Acked {
  cases: Set<string>;
  steps: { caseId: string; step: string; version: number }[];
  documents: { caseId: string; id: string; pdfSha256: string; docxSha256: string }[];
  evidence: { caseId: string; id: string; sha256: string }[];
  checkpoints: Map<string, number>;
}

/** An evidence upload in progress over cycles: the bytes, where it lives, the offset last acknowledged. */
interface Upload {
  caseId: string;
  bytes: Buffer;
  url: string | null;
  acked: number;
  finished: boolean;
}

class Client {
  tokens = new Map<string, string>();
  constructor(public base: string) {}

  async call(token: string | null, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    return fetch(`${this.base}${url}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? null : Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
  }

  async signIn(username: string): Promise<string> {
    const r = await this.call(null, 'POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${await r.text()}`);
    const token = ((await r.json()) as { token: string }).token;
    this.tokens.set(username, token);
    return token;
  }

  async json<T>(token: string, url: string): Promise<T> {
    const r = await this.call(token, 'GET', url);
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }

  async bytes(token: string, url: string): Promise<Buffer> {
    const r = await this.call(token, 'GET', url);
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${await r.text()}`);
    return Buffer.from(await r.arrayBuffer());
  }
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
function uploadMetadata(caseId: string, step: string | null, filename: string): string {
  const m: Record<string, string> = {
    caseId,
    ...(step ? { step } : {}),
    filename,
    filetype: 'video/mp4',
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    capturedPlace: '馆陶县惠民超市',
    capturedBy: '李明',
    provesWhat: '货架上的过期酸奶',
  };
  return Object.entries(m)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');
}

/**
 * A case's walk: the 现场检查's recording, documents and steps of 一般程序 up to the party's waiver —
 * the head's 立案 approval before the investigation ends, the 告知书's 送达 before the waiver. `dated`
 * names an input that takes the day the step is taken.
 */
type WalkItem =
  | { kind: 'upload' }
  | { kind: 'document'; document: string }
  | {
      kind: 'step';
      step: string;
      by: 'liming' | 'wangfang' | 'juzhang';
      officers?: boolean;
      dated?: string;
      /** a 笔录: the real start and end, just before the step is taken (R-REC-2) */
      timed?: boolean;
      inputs: Record<string, unknown>;
    };
const WALK: WalkItem[] = [
  { kind: 'upload' },
  { kind: 'step', step: 'inspect', by: 'liming', officers: true, timed: true, inputs: { place: '惠民超市', findings: '发现过期酸奶。' } },
  {
    kind: 'step',
    step: 'inquire',
    by: 'wangfang',
    officers: true,
    timed: true,
    inputs: { person: '钱立新', summary: '承认销售过期食品。' },
  },
  { kind: 'document', document: 'case-filing-approval' },
  { kind: 'step', step: 'approve-filing', by: 'juzhang', inputs: { opinion: '经核查，符合立案条件，同意立案。' } },
  {
    kind: 'step',
    step: 'conclude-investigation',
    by: 'liming',
    inputs: {
      facts: '销售过期食品。',
      evidence: '笔录、录像',
      violatedProvision: '食品安全法第三十四条第（十）项',
      legalBasis: '食品安全法第一百二十四条',
      proposal: 'penalty',
    },
  },
  { kind: 'step', step: 'notify', by: 'liming', inputs: { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true } },
  { kind: 'document', document: 'penalty-notice' },
  { kind: 'step', step: 'deliver-notice', by: 'liming', dated: 'deliveredOn', inputs: { method: 'direct', recipient: '钱立新' } },
  { kind: 'step', step: 'waive', by: 'liming', inputs: { statement: '当事人放弃陈述申辩和听证。' } },
];

/** Where a walk stands after a kill: after the last step its record holds (a cut document or upload is made again). */
function resume(events: { kind: string; step: string | null }[]): number {
  const taken = new Set(events.filter((e) => e.kind === 'case.step').map((e) => e.step));
  let next = 0;
  WALK.forEach((item, i) => {
    if (item.kind === 'step' && taken.has(item.step)) next = i + 1;
  });
  return next;
}

/** a cycle takes 10–20 s on a quiet machine; a shared one may take three times as long */
const SLOW = Math.max(900_000, CYCLES * 60_000);

describe('crash-restart cycles (issue 17)', () => {
  it(
    `SIGKILL during steps, documents, uploads and checkpoint signing loses no acknowledged write and shows no half state (${CYCLES} cycles, seed ${SEED})`,
    async () => {
      console.log(`crash test: seed ${SEED} (CRASH_SEED=${SEED} repeats it), ${CYCLES} cycles, ${tdb ? 'external' : 'embedded'} database`);
      const r = rng(SEED);
      const acked: Acked = { cases: new Set(), steps: [], documents: [], evidence: [], checkpoints: new Map() };
      const killsByPhase: Record<string, number> = {};
      let uploadsResumed = 0;
      let server = await serve({ demo: true }).ready;
      let t0 = performance.now();
      let me: { liming: string; wangfang: string; agencyId: string } | null = null;
      const pending: Upload[] = [];
      const walks: { caseId: string; next: number; busy: boolean }[] = [];

      for (let cycle = 0; cycle <= CYCLES; cycle++) {
        const client = new Client(server.base);
        const liming = await client.signIn('scjg.liming');
        const wangfang = await client.signIn('scjg.wangfang');
        const juzhang = await client.signIn('scjg.juzhang');
        const admin = await client.signIn('scjg.admin');
        if (!me) {
          const a = await client.json<{ user: { userId: string; agencyId: string } }>(liming, '/api/v1/auth/me');
          const b = await client.json<{ user: { userId: string } }>(wangfang, '/api/v1/auth/me');
          me = { liming: a.user.userId, wangfang: b.user.userId, agencyId: a.user.agencyId };
        }
        const ids = me;

        // ── after a restart: everything acknowledged is there, nothing half-done is visible ──
        if (cycle > 0) {
          const tv = performance.now();
          const report = verify();
          const verifyMs = performance.now() - tv;
          expect(report.ok, `cycle ${cycle}: verify\n${report.raw}`).toBe(true);
          expect(report.problems).toEqual([]);
          const t1 = performance.now();
          const logs = await checkState(client, liming, acked, cycle).catch((e: unknown) => {
            // the server's own account of a failure (LOG=1 makes it log each error with its stack)
            const errors = server
              .out()
              .split('\n')
              .filter((l) => /"level":50|Error/.test(l));
            throw new Error(`${e instanceof Error ? e.message : String(e)}\n${errors.slice(-5).join('\n').slice(0, 4000)}`);
          });
          for (const w of walks) w.next = resume(logs.get(w.caseId) ?? []);
          console.log(
            `cycle ${cycle}/${CYCLES}: restart and sign-in ${fmt(t1 - t0 - verifyMs)} ms, verify ${fmt(verifyMs)} ms, checks ${fmt(performance.now() - t1)} ms`,
          );
          // uploads cut by the kill resume from the server's offset, which holds every acknowledged byte
          for (const u of pending.filter((p) => !p.finished && p.url)) {
            const head = await client.call(liming, 'HEAD', u.url!, undefined, { 'tus-resumable': '1.0.0' });
            // 404: the upload had finished, was stored and bound and its tus record removed before
            // the kill — only its answer was lost
            expect([200, 404], `cycle ${cycle}: HEAD ${u.url}`).toContain(head.status);
            const offset = head.status === 404 ? u.bytes.length : Number(head.headers.get('upload-offset'));
            expect(offset, `cycle ${cycle}: the server's offset holds the acknowledged bytes`).toBeGreaterThanOrEqual(u.acked);
            expect(offset).toBeLessThanOrEqual(u.bytes.length);
            if (offset === u.bytes.length) {
              // the last PATCH was cut after the bytes arrived: the HEAD has stored and bound it
              const list = await client.json<{ id: string; sha256: string }[]>(liming, `/api/v1/cases/${u.caseId}/evidence`);
              const found = list.filter((e) => e.sha256 === sha256(u.bytes));
              expect(found, `cycle ${cycle}: a finished upload is bound once`).toHaveLength(1);
              acked.evidence.push({ caseId: u.caseId, id: found[0]!.id, sha256: sha256(u.bytes) });
              u.finished = true;
            }
            u.acked = offset;
            uploadsResumed++;
          }
        }
        if (cycle === CYCLES) break;

        // ── traffic until the kill ──
        let killed = false;
        const inFlight = new Map<number, string>();
        let nextCall = 0;
        /** runs one request of `phase`; false when the server is gone (the write was not acknowledged) */
        // the kill comes after a random number of acknowledged writes and a random moment more, so
        // that it lands among steps, documents, uploads and checkpoints however fast the machine is
        // (checkpoints, acknowledged every few hundred milliseconds, are not counted); every third
        // cycle waits for a document, the slowest write, so that some are acknowledged too
        const waitFor = cycle % 3 === 2 ? 'document' : null;
        const killAfter = waitFor ? 1 : 2 + r(8);
        let ackedNow = 0;
        let onAck = (_phase: string) => {};
        const enough = new Promise<void>(
          (res) => (onAck = (phase) => phase !== 'checkpoint' && (!waitFor || phase === waitFor) && ++ackedNow >= killAfter && res()),
        );
        const attempt = async <T>(phase: string, fn: () => Promise<T>): Promise<T | null> => {
          if (killed) return null;
          const n = nextCall++;
          inFlight.set(n, phase);
          try {
            const result = await fn();
            onAck(phase);
            return result;
          } catch (e) {
            if (killed) return null;
            throw e;
          } finally {
            inFlight.delete(n);
          }
        };
        const expectStatus = async (res: Response, status: number, what: string) => {
          if (res.status !== status) throw new Error(`${what}: ${res.status} ${await res.text()}`);
          return res;
        };

        const walkCases = async () => {
          const two = { officers: [ids.liming, ids.wangfang] };
          const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
          while (!killed) {
            // a walk left unfinished by an earlier kill continues where its record says it stands
            let w = walks.find((x) => !x.busy && x.next < WALK.length);
            if (!w) {
              const opened = await attempt('step', async () => {
                const res = await client.call(liming, 'POST', '/api/v1/cases', {
                  procedure: 'penalty-general',
                  title: `${TITLE} ${cycle}`,
                  field: '市场监管',
                  regionCode: '130433100',
                  party: COMPANY_A,
                  officerIds: two.officers,
                  inputs: { source: 'inspection', clueOn: today, summary: '断电测试。' },
                });
                return ((await (await expectStatus(res, 201, 'open')).json()) as { id: string }).id;
              });
              if (!opened) return;
              acked.cases.add(opened);
              w = { caseId: opened, next: 0, busy: false };
              walks.push(w);
            }
            w.busy = true;
            const caseId = w.caseId;
            const item = WALK[w.next]!;
            let done: boolean;
            if (item.kind === 'upload') {
              // the 现场检查's recording, in one PATCH (the long uploads run beside)
              const video = randomBytes(64 * 1024 + r(64 * 1024));
              const bound = await attempt('upload', async () => {
                const created = await client.call(liming, 'POST', '/api/v1/uploads', undefined, {
                  'tus-resumable': '1.0.0',
                  'upload-length': String(video.length),
                  'upload-metadata': uploadMetadata(caseId, 'inspect', '现场检查.mp4'),
                });
                await expectStatus(created, 201, 'upload create');
                const res = await client.call(liming, 'PATCH', created.headers.get('location')!, video, {
                  'tus-resumable': '1.0.0',
                  'content-type': 'application/offset+octet-stream',
                  'upload-offset': '0',
                });
                await expectStatus(res, 204, 'upload');
                expect(res.headers.get('evidence-sha256')).toBe(sha256(video));
                return res.headers.get('evidence-id')!;
              });
              if (bound) acked.evidence.push({ caseId, id: bound, sha256: sha256(video) });
              done = bound !== null;
            } else if (item.kind === 'document') {
              const d = await attempt('document', async () => {
                const res = await client.call(liming, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: item.document });
                return (await (await expectStatus(res, 201, `document ${item.document}`)).json()) as {
                  id: string;
                  pdfSha256: string;
                  docxSha256: string;
                };
              });
              if (d) acked.documents.push({ caseId, id: d.id, pdfSha256: d.pdfSha256, docxSha256: d.docxSha256 });
              done = d !== null;
            } else {
              const token = { liming, wangfang, juzhang }[item.by];
              const inputs = {
                ...(item.officers ? two : {}),
                ...(item.timed ? recordTimes(new Date()) : {}),
                ...item.inputs,
                ...(item.dated ? { [item.dated]: today } : {}),
              };
              const s = await attempt('step', async () => {
                const res = await client.call(token, 'POST', `/api/v1/cases/${caseId}/steps`, { step: item.step, inputs });
                return (await (await expectStatus(res, 200, `step ${item.step}`)).json()) as { version: number };
              });
              if (s) acked.steps.push({ caseId, step: item.step, version: s.version });
              done = s !== null;
            }
            w.busy = false;
            if (!done) return;
            w.next++;
          }
        };

        const longUploads = async () => {
          while (!killed) {
            let u = pending.find((p) => !p.finished);
            if (!u) {
              const caseId = [...acked.cases][0];
              if (!caseId) {
                await new Promise((res) => setTimeout(res, 20));
                continue;
              }
              u = { caseId, bytes: randomBytes(UPLOAD_SIZE), url: null, acked: 0, finished: false };
              pending.push(u);
            }
            const up = u;
            if (!up.url) {
              const url = await attempt('upload', async () => {
                const res = await client.call(liming, 'POST', '/api/v1/uploads', undefined, {
                  'tus-resumable': '1.0.0',
                  'upload-length': String(up.bytes.length),
                  'upload-metadata': uploadMetadata(up.caseId, null, `执法记录仪-${pending.length}.mp4`),
                });
                return (await expectStatus(res, 201, 'upload create')).headers.get('location')!;
              });
              if (!url) return;
              up.url = url;
            }
            const from = up.acked;
            const part = up.bytes.subarray(from, Math.min(up.bytes.length, from + CHUNK));
            const res = await attempt('upload', async () => {
              const res = await client.call(liming, 'PATCH', up.url!, part, {
                'tus-resumable': '1.0.0',
                'content-type': 'application/offset+octet-stream',
                'upload-offset': String(from),
              });
              await expectStatus(res, 204, 'upload PATCH');
              return res;
            });
            if (!res) return;
            up.acked = Number(res.headers.get('upload-offset'));
            expect(up.acked).toBe(from + part.length);
            if (up.acked === up.bytes.length) {
              expect(res.headers.get('evidence-sha256')).toBe(sha256(up.bytes));
              acked.evidence.push({ caseId: up.caseId, id: res.headers.get('evidence-id')!, sha256: sha256(up.bytes) });
              up.finished = true;
            }
          }
        };

        const checkpoints = async () => {
          while (!killed) {
            const cp = await attempt('checkpoint', async () => {
              const res = await client.call(admin, 'POST', `/api/v1/agencies/${ids.agencyId}/ledger/checkpoint`, {});
              return (await (await expectStatus(res, 200, 'checkpoint')).json()) as { size: number };
            });
            if (!cp) return;
            acked.checkpoints.set(ids.agencyId, Math.max(acked.checkpoints.get(ids.agencyId) ?? 0, cp.size));
            await new Promise((res) => setTimeout(res, r(300)));
          }
        };

        const traffic = Promise.all([walkCases(), walkCases(), longUploads(), checkpoints()]);
        const delay = r(400);
        const failed = await Promise.race([
          enough.then(() => new Promise<null>((res) => setTimeout(() => res(null), delay))),
          traffic.then(
            () => new Error('traffic stopped before the kill'),
            (e: unknown) => e,
          ),
        ]);
        if (failed) throw failed;
        const phases = new Set(inFlight.values());
        killed = true;
        await kill(server.child);
        for (const p of phases.size ? phases : ['idle']) killsByPhase[p] = (killsByPhase[p] ?? 0) + 1;
        await traffic;

        // now and then the restart itself is killed (during migrations, the orphan's stop, the first checkpoint)
        if (r(4) === 0) {
          const again = serve();
          await new Promise((res) => setTimeout(res, 200 + r(2500)));
          await kill(again.child);
          await again.ready.catch(() => undefined);
          killsByPhase['start'] = (killsByPhase['start'] ?? 0) + 1;
        }
        t0 = performance.now();
        server = await serve().ready;
      }

      // a clean stop at the end (the server stops the cluster it started)
      server.child.kill('SIGINT');
      await exited(server.child);
      expect(server.child.exitCode, server.out()).toBe(0);
      const finished = pending.filter((p) => p.finished).length;
      console.log(
        `crash test: seed ${SEED}, ${CYCLES} kills; requests in flight at the kills by phase ${JSON.stringify(killsByPhase)}; acknowledged and found after restart: ` +
          `${acked.cases.size} cases, ${acked.steps.length} steps, ${acked.documents.length} documents, ${acked.evidence.length} evidence items, ` +
          `checkpoints up to ${[...acked.checkpoints.values()].join(', ')}; long uploads: ${finished} finished (${uploadsResumed} resumptions after a kill)`,
      );
      expect(acked.steps.length).toBeGreaterThan(0);
    },
    SLOW,
  );
});

/** Documents and evidence items already downloaded whole after an earlier kill. */
const whole = new Set<string>();

/** Everything acknowledged is there; every case, document and evidence item is whole. */
async function checkState(
  client: Client,
  token: string,
  acked: Acked,
  cycle: number,
): Promise<Map<string, { kind: string; step: string | null; seq: number }[]>> {
  const logs = new Map<string, { kind: string; step: string | null; seq: number }[]>();
  const at = `cycle ${cycle}`;
  // every case of the test, also those whose opening was cut by the kill
  const cases: string[] = [];
  for (let cursor: string | null = null; ;) {
    const page: { items: { id: string }[]; nextCursor: string | null } = await client.json(
      token,
      `/api/v1/cases?q=${encodeURIComponent(TITLE)}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    cases.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  for (const id of acked.cases) expect(cases, `${at}: acknowledged case ${id}`).toContain(id);

  for (const id of cases) {
    const c = await client.json<{ version: number }>(token, `/api/v1/cases/${id}`);
    const log = await client.json<{
      chainIntact: boolean;
      problems: unknown[];
      events: { seq: number; kind: string; step: string | null }[];
    }>(token, `/api/v1/cases/${id}/events`);
    logs.set(id, log.events);
    expect(log.chainIntact, `${at}: case ${id} chain`).toBe(true);
    expect(log.problems).toEqual([]);
    // the case's version is its last event: no step without its event, no event without its step
    expect(c.version, `${at}: case ${id} version against its events`).toBe(log.events.at(-1)!.seq);
    for (const s of acked.steps.filter((x) => x.caseId === id)) {
      const e = log.events.find((x) => x.seq === s.version);
      expect(e, `${at}: step ${s.step} of ${id} acknowledged at version ${s.version}`).toMatchObject({ kind: 'case.step', step: s.step });
    }
    const docs = await client.json<{ id: string; pdfSha256: string; docxSha256: string }[]>(token, `/api/v1/cases/${id}/documents`);
    for (const d of acked.documents.filter((x) => x.caseId === id))
      expect(
        docs.map((x) => x.id),
        `${at}: document ${d.id}`,
      ).toContain(d.id);
    // a document filed just before the crash is rendered after the restart: a download waits for its
    // files, and then the list holds their digests
    const fresh = docs.filter((x) => !whole.has(x.id));
    const bytes = new Map<string, { pdf: string; docx: string }>();
    for (const d of fresh)
      bytes.set(d.id, {
        pdf: sha256(await client.bytes(token, `/api/v1/documents/${d.id}/pdf`)),
        docx: sha256(await client.bytes(token, `/api/v1/documents/${d.id}/docx`)),
      });
    const rendered = await client.json<{ id: string; pdfSha256: string; docxSha256: string }[]>(token, `/api/v1/cases/${id}/documents`);
    for (const d of fresh) {
      const r = rendered.find((x) => x.id === d.id)!;
      expect(bytes.get(d.id)!.pdf, `${at}: document ${d.id} PDF`).toBe(r.pdfSha256);
      expect(bytes.get(d.id)!.docx, `${at}: document ${d.id} Word`).toBe(r.docxSha256);
      whole.add(d.id);
    }
    const evidence = await client.json<{ id: string; sha256: string }[]>(token, `/api/v1/cases/${id}/evidence`);
    for (const e of acked.evidence.filter((x) => x.caseId === id))
      expect(evidence, `${at}: evidence ${e.id}`).toContainEqual(expect.objectContaining({ id: e.id, sha256: e.sha256 }));
    for (const e of evidence.filter((x) => !whole.has(x.id))) {
      expect(sha256(await client.bytes(token, `/api/v1/evidence/${e.id}/content`)), `${at}: evidence ${e.id} content`).toBe(e.sha256);
      whole.add(e.id);
    }
  }
  for (const [agencyId, size] of acked.checkpoints) {
    const res = await client.call(token, 'GET', `/api/v1/agencies/${agencyId}`);
    const credit = ((await res.json()) as { creditCode: string }).creditCode;
    const note = await (await client.call(null, 'GET', `/ledger/${credit}/checkpoint`)).text();
    expect(Number(note.split('\n')[1]), `${at}: the checkpoint acknowledged at size ${size}`).toBeGreaterThanOrEqual(size);
  }
  return logs;
}
