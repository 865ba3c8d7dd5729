import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { systemClock } from '../../apps/server/src/adapters/clock.ts';
import { createPool } from '../../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../../apps/server/src/db/database.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { buildApp, caseEngineLinks, type AppDeps } from '../../apps/server/src/app.ts';
import { FsBlobStore } from '../../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { openKeyStore } from '../../apps/server/src/adapters/keys/key-store.ts';
import { DEMO_AGENCIES, DEMO_PASSWORD, loadDemoOrg, type DemoOrg } from '../../apps/server/src/demo/demo-org.ts';
import { COMPANY_A } from '../../apps/server/src/demo/demo-cases.ts';
import { recordTimes } from '../../apps/server/src/test/record-times.ts';
import type { LoadRequest } from './load-generator.ts';

type DbOf = ReturnType<typeof createKysely>;

/** The demo organisation's ids when it is already in the database, else null. */
async function demoOrgIn(db: DbOf): Promise<DemoOrg | null> {
  const agencies = new Map<string, string>();
  const users = new Map<string, string>();
  for (const a of DEMO_AGENCIES) {
    const row = await sql<{ id: string }>`SELECT id FROM agencies WHERE credit_code = ${a.creditCode}`.execute(db);
    if (!row.rows[0]) return null;
    agencies.set(a.key, row.rows[0].id);
    for (const x of a.users) {
      const user = await sql<{ id: string }>`SELECT id FROM users WHERE username = ${x.username}`.execute(db);
      users.set(x.key, user.rows[0]!.id);
    }
  }
  return { agencies, users };
}

/**
 * The step walk of `npm run bench -- transitions` on a fresh database of a given server, for the
 * profiling scripts (step-profile.ts, step-parts.ts): the demo organisation, the server as deployed
 * (background ledger work on), two officers signed in, and the five steps 调查取证 … 告知, 放弃.
 */
export async function stepServer(adminUrl: string, opts: { databaseUrl?: string; app?: (db: DbOf) => Partial<AppDeps> } = {}) {
  const name = `sx_profile_${process.pid}`;
  const u = new URL(opts.databaseUrl ?? adminUrl);
  if (!opts.databaseUrl) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    u.pathname = `/${name}`;
  }
  const pool = createPool(u.toString(), 20);
  const db = createKysely(pool);
  await migrateToLatest(db);
  // a database given (the abuse bench's, with its public records) may hold the demo organisation from an earlier run
  const org = (await demoOrgIn(db)) ?? (await loadDemoOrg(db, systemClock));
  const agency = org.agencies.get('scjg')!;
  const adminUser = org.users.get('scjg.admin')!;
  await sql`INSERT INTO recording_rules (agency_id, procedure_code, step_code, level, what, updated_by, updated_at)
            VALUES (${agency}, 'penalty-general', 'inspect', 'none', '', ${adminUser}, now()) ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO case_file_standards (agency_id, procedure_code, items, updated_by, updated_at)
            VALUES (${agency}, 'penalty-general', '[]'::jsonb, ${adminUser}, now()) ON CONFLICT DO NOTHING`.execute(db);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sx-profile-data-'));
  const built = await buildApp({
    db,
    pool,
    clock: systemClock,
    databaseKind: 'external',
    // a database kept between runs keeps its ledger's checkpoints: the same signing seed every run (derived from its address)
    keys: openKeyStore({
      keysDir: path.join(dataDir, 'keys'),
      seed: opts.databaseUrl ? createHash('sha256').update(opts.databaseUrl).digest('hex') : undefined,
    }),
    dataDir,
    blobs: FsBlobStore.inDataDir(dataDir),
    backgroundWork: true,
    ...(opts.app ? opts.app(db) : {}),
  });
  const base = await built.app.listen({ port: 0, host: '127.0.0.1' });
  const login = async (username: string) => {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return ((await r.json()) as { token: string }).token;
  };
  const o1 = await login('scjg.liming');
  const o2 = await login('scjg.wangfang');
  const head = await login('scjg.juzhang');
  const officers = [org.users.get('scjg.o1')!, org.users.get('scjg.o2')!];
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const openBody = {
    procedure: 'penalty-general',
    title: '基准测试案件',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers,
    inputs: { source: 'inspection', clueOn: today, summary: '基准测试。' },
  };
  const openCases = async (needed: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < needed; i += 16) {
      const rs = await Promise.all(
        Array.from({ length: Math.min(16, needed - i) }, () =>
          fetch(`${base}/api/v1/cases`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${o1}` },
            body: JSON.stringify(openBody),
          }),
        ),
      );
      for (const r of rs) {
        if (r.status !== 201) throw new Error(`open failed: ${r.status} ${await r.text()}`);
        ids.push(((await r.json()) as { id: string }).id);
      }
    }
    return ids;
  };
  const two = { officers };
  /** the six steps of one case, from the head's 立案: [token, step, inputs] */
  const steps = (): [string, string, Record<string, unknown>][] => [
    [head, 'approve-filing', { opinion: '同意立案。' }],
    [o1, 'inspect', { ...two, place: '惠民超市', ...recordTimes(new Date(), 40, 60), findings: '发现过期酸奶。' }],
    [o2, 'inquire', { ...two, person: '钱立新', ...recordTimes(new Date(), 30, 10), summary: '承认销售过期食品。' }],
    [
      o1,
      'conclude-investigation',
      {
        facts: '销售过期食品。',
        evidence: '笔录、照片',
        violatedProvision: '食品安全法第三十四条第（十）项',
        legalBasis: '食品安全法第一百二十四条',
        proposal: 'penalty',
      },
    ],
    [o1, 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
    [o1, 'waive', { statement: '当事人放弃陈述申辩和听证。' }],
  ];
  const walk = (id: string): LoadRequest[] =>
    steps().map(([token, step, inputs]) => ({
      method: 'POST',
      path: `/api/v1/cases/${id}/steps`,
      token,
      body: { step, inputs },
      expect: 200,
    }));
  /** this database's backends and the cluster's background processes (what the bench's PostgreSQL meter counts) */
  const pids = async () =>
    (
      await pool.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR (datname IS NULL AND backend_type <> 'client backend')`,
      )
    ).rows.map((r) => r.pid);
  const close = async (keep: boolean) => {
    await built.app.close();
    await db.destroy();
    if (keep || opts.databaseUrl) return console.log(`kept ${u.toString()}`);
    const d = new pg.Client({ connectionString: adminUrl });
    await d.connect();
    await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await d.end();
  };
  return {
    ...built,
    db,
    pool,
    base,
    url: u.toString(),
    org,
    tokens: { o1, o2 },
    openCases,
    steps,
    walk,
    pids,
    close,
    links: caseEngineLinks,
  };
}
