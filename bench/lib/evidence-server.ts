import { systemClock } from '../../apps/server/src/adapters/clock.ts';
import { createPool } from '../../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../../apps/server/src/db/database.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { buildApp } from '../../apps/server/src/app.ts';
import { openKeyStore } from '../../apps/server/src/adapters/keys/key-store.ts';
import { FsBlobStore } from '../../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { DEMO_PASSWORD, loadDemoOrg } from '../../apps/server/src/demo/demo-org.ts';
import { COMPANY_A } from '../../apps/server/src/demo/demo-cases.ts';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';

/** The server side of the evidence benchmark, in its own process so that its peak memory is its own. */
const url = process.env['TARGET_URL']!;
const dataDir = process.env['DATA_DIR']!;
const pool = createPool(url, 4);
const db = createKysely(pool);
await migrateToLatest(db);
const org = await loadDemoOrg(db, systemClock);
const { app } = await buildApp({
  db,
  pool,
  clock: systemClock,
  databaseKind: 'external',
  keys: openKeyStore({ keysDir: path.join(dataDir, 'keys') }),
  dataDir,
  blobs: FsBlobStore.inDataDir(dataDir),
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'scjg.liming', password: DEMO_PASSWORD },
});
const token = (login.json() as { token: string }).token;
const opened = await app.inject({
  method: 'POST',
  url: '/api/v1/cases',
  headers: { authorization: `Bearer ${token}` },
  payload: {
    procedure: 'penalty-general',
    title: '基准测试案件',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [org.users.get('scjg.o1'), org.users.get('scjg.o2')],
    inputs: { source: 'inspection', clueOn: new Date().toISOString().slice(0, 10), summary: '基准测试。' },
  },
});
const caseId = (opened.json() as { id: string }).id;
global.gc?.();
const readyMaxRssKiB = process.resourceUsage().maxRSS;
// Start the peak over for the upload (Linux: writing 5 to clear_refs resets VmHWM), so that the
// memory the file needs is told apart from the start-up's (migrations, the demo organisation with
// its scrypt password hashes of 32 MiB each).
let hwmReset = false;
try {
  writeFileSync('/proc/self/clear_refs', '5');
  hwmReset = true;
} catch {
  // not Linux, or not allowed: only the whole process's peak is known
}
const hwmKiB = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
const mem = process.memoryUsage();
const cpuAtReady = process.cpuUsage();
process.send!({
  base,
  token,
  caseId,
  readyRssKiB: Math.round(mem.rss / 1024),
  readyMaxRssKiB,
  readyHeapKiB: Math.round(mem.heapUsed / 1024),
  readyExternalKiB: Math.round(mem.external / 1024),
});
process.on('message', async (m) => {
  if (m === 'rss') {
    const cpu = process.cpuUsage(cpuAtReady); // all of the process's threads (the SM3 worker too)
    process.send!({
      maxRssKiB: process.resourceUsage().maxRSS,
      uploadPeakKiB: hwmReset ? hwmKiB() : null,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
    });
  }
  if (m === 'stop') {
    await app.close();
    await db.destroy();
    process.exit(0);
  }
});
