import { systemClock } from '../../apps/server/src/adapters/clock.ts';
import { takeStep, type CaseDeps } from '../../apps/server/src/modules/cases/case.service.ts';
import { readCaseForStep, type SqlPool } from '../../apps/server/src/modules/cases/case.repository.ts';
import { loadInChild } from './load-child.ts';
import { stepServer } from './step-setup.ts';
import { databaseCpuMeter, fmt } from './stats.ts';

/**
 * The parts of a step transition's CPU, each measured alone (PARTS_CONCURRENCY at once, 16 by
 * default; 1 makes every operation pay the event loop's wake-up): the whole step over HTTP; `takeStep` called directly (the
 * service without Fastify); `takeStep` with its two statements answered from memory (the engine,
 * deadlines, canonical JSON and hashing alone); the read alone; a named `SELECT 1` (what any
 * statement costs the driver and PostgreSQL). Server and PostgreSQL CPU per operation.
 * Usage: node --import tsx bench/lib/step-parts.ts postgres://postgres@127.0.0.1:55433/postgres
 */
const admin = process.argv[2] ?? process.env['PROFILE_PG_URL'];
if (!admin) throw new Error('usage: step-parts.ts <postgres url of a server to create a database on>');
const N = Number(process.env['PARTS_CASES'] ?? 320);
/** workers running at once (1: each operation alone, paying the event loop's wake-up every time) */
const C = Number(process.env['PARTS_CONCURRENCY'] ?? 16);

/** Runs `work(i)` for i in [0, n) on C workers. */
async function spread(n: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: C }, async () => {
      for (let i = next++; i < n; i = next++) await work(i);
    }),
  );
}

const s = await stepServer(admin);
const lines: string[] = [];
async function part(name: string, ops: number, run: () => Promise<void>) {
  const pg0 = await databaseCpuMeter(s.pids);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const pgMs = await pg0.stop();
  lines.push(
    `${name.padEnd(44)} server ${fmt((c.user + c.system) / 1000 / ops, 3)} ms (user ${fmt(c.user / 1000 / ops, 3)})  PostgreSQL ${fmt(
      pgMs / ops,
      3,
    )} ms  wall ${fmt(ms / ops, 3)} ms`,
  );
}
try {
  const o1 = (await s.sessions.resolve(s.tokens.o1))!;
  const o2 = (await s.sessions.resolve(s.tokens.o2))!;
  const actorOf = (token: string) => (token === s.tokens.o1 ? o1 : o2);
  const deps: CaseDeps = { ...s.links, db: s.db, pool: s.pool, clock: systemClock, calendar: () => s.calendar.current() };

  // warm-up: JIT, prepared statements
  const warm = await s.openCases(60);
  await loadInChild({ baseUrl: s.base, concurrency: 1, durationMs: 60_000, items: warm.slice(0, 30).map(s.walk) });
  for (const id of warm.slice(30))
    for (const [token, step, inputs] of s.steps()) await takeStep(deps, actorOf(token), id, { step, inputs });

  const httpCases = await s.openCases(N);
  await part(`whole step over HTTP (${C} clients)`, N * 5, async () => {
    const r = await loadInChild({ baseUrl: s.base, concurrency: C, durationMs: 600_000, items: httpCases.map(s.walk) });
    if (r.errors) throw new Error(r.firstError ?? 'errors');
  });

  const directCases = await s.openCases(N);
  await part('takeStep called directly', N * 5, async () => {
    await spread(N, async (i) => {
      for (const [token, step, inputs] of s.steps()) await takeStep(deps, actorOf(token), directCases[i]!, { step, inputs });
    });
  });

  // the rows the read returns before each of the five steps, replayed from memory
  const probe = (await s.openCases(1))[0]!;
  const rows: unknown[] = [];
  for (const [token, step, inputs] of s.steps()) {
    rows.push(await readCaseForStep(s.pool, probe, [...o1.visibleAgencyIds]));
    await takeStep(deps, actorOf(token), probe, { step, inputs });
  }
  let next = 0;
  const memory: SqlPool = {
    query: async (q) =>
      q.name === 'case_for_step' ? { rows: [structuredClone(rows[next++ % 5])], rowCount: 1 } : { rows: [], rowCount: 1 },
  };
  const memDeps = { ...deps, pool: memory };
  const M = N * 4;
  await part('takeStep, both statements from memory', M * 5, async () => {
    for (let i = 0; i < M; i++)
      for (const [token, step, inputs] of s.steps()) await takeStep(memDeps, actorOf(token), probe, { step, inputs });
  });

  // the same server built on the in-memory statements: Fastify, hooks, validation and serialisation
  // around the service, without sockets (app.inject)
  const { buildApp } = await import('../../apps/server/src/app.ts');
  const { FsBlobStore } = await import('../../apps/server/src/adapters/blobs/fs-blob-store.ts');
  const { openKeyStore } = await import('../../apps/server/src/adapters/keys/key-store.ts');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/sx-parts-`);
  const mem = await buildApp({
    db: s.db,
    pool: memory,
    clock: systemClock,
    databaseKind: 'external',
    keys: openKeyStore({ keysDir: `${dir}/keys` }),
    dataDir: dir,
    blobs: FsBlobStore.inDataDir(dir),
  });
  const injectStep = async () => {
    for (const [token, step, inputs] of s.steps()) {
      const r = await mem.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${probe}/steps`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ step, inputs }),
      });
      if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
    }
  };
  for (let i = 0; i < 200; i++) await injectStep();
  await part('the step route by inject, statements from memory', M * 5, async () => {
    for (let i = 0; i < M; i++) await injectStep();
  });
  // PARTS_PROFILE=<file>: a V8 CPU profile of the inject loop alone (one process, no sockets)
  if (process.env['PARTS_PROFILE']) {
    const { Session } = await import('node:inspector/promises');
    const { writeFileSync } = await import('node:fs');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < M; i++) await injectStep();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env['PARTS_PROFILE'], JSON.stringify(profile));
    session.disconnect();
  }
  const Fastify = (await import('fastify')).default;
  const bare = Fastify();
  bare.post('/x/:id', async () => ({ ok: true }));
  await bare.ready();
  const injectBare = async () => {
    for (const [token, step, inputs] of s.steps()) {
      await bare.inject({
        method: 'POST',
        url: `/x/${probe}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ step, inputs }),
      });
    }
  };
  for (let i = 0; i < 200; i++) await injectBare();
  await part('a bare Fastify route by inject, same body', M * 5, async () => {
    for (let i = 0; i < M; i++) await injectBare();
  });
  await mem.app.close();

  await part('the read alone (readCaseForStep)', M, async () => {
    await spread(M, async (i) => void (await readCaseForStep(s.pool, directCases[i % N]!, [...o1.visibleAgencyIds])));
  });
  await part('a named SELECT 1', M, async () => {
    await spread(M, async () => void (await s.pool.query({ name: 'parts_select_1', text: 'SELECT 1' })));
  });
  for (const l of lines) console.log(l);
} finally {
  await s.close(process.env['PROFILE_KEEP'] === '1');
}
process.exit(0);
