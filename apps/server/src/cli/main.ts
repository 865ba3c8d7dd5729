import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_CALENDAR_YEARS, DomainError, WorkingCalendar, isDomainError, type Role } from '@sanxiang/domain';
import { systemClock } from '../adapters/clock.ts';
import { parse, UsageError } from './args.ts';
import { dataDir, open, openBlobs, openKeys } from './runtime.ts';
import { BlobConfigError } from '../adapters/blobs/blob-config.ts';
import type { DatabaseHandle } from '../db/database.ts';

// Each command loads what it needs when it runs (dynamic imports below): a command started from a
// shell or a script should not first load the demo, the verifier, the backup and the redaction
// engine it does not use (≈ 1–3 s each through the TypeScript loader).
const calendarService = async () => (await import('../modules/calendar/calendar.service.ts')).CalendarService;

const HELP = `用法：sanxiang <命令> [选项]

命令：
  serve [--port N] [--host H] [--data DIR] [--demo|--no-demo]
                                   启动服务（默认嵌入式数据库，首次启动载入演示数据）
  migrate [--data DIR]             执行数据库迁移
  demo [--data DIR]                创建数据目录并载入演示数据
  calendar add-workdays DATE N     DATE 之后第 N 个工作日（输出 ISO 日期）
  calendar due-date DATE N [--unit working|natural]
                                   期限届满日（工作日或自然日）
  calendar list [--data DIR]       已载入的年度节假日安排
  calendar import FILE [--data DIR]
                                   导入一个年度的节假日安排（JSON 或 CSV）
  region add CODE 名称 --level province|city|county|township [--parent CODE]
                                   新增行政区划
  agency add --name 名称 --credit-code 代码 --region CODE --short 简称 [--kind enforcement|justice]
             [--fields 类别,…] [--kinds 行政处罚,…] [--parent 上级机关] [--template 编号规则]
                                   设立机关（执法主体或司法行政部门）
  unit add --agency 机关 --name 名称 --kind handling|legal|office|leadership
                                   设立内设机构
  user add --agency 机关 --username U --name 姓名 --roles officer,head [--password P] [--unit 机构] [--post 职务] [--data DIR]
                                   新增用户（密码也可由环境变量 SANXIANG_PASSWORD 提供）
  verify [--data DIR] [--json]     离线核验全部执法记录：哈希链、账本、检查点签名、音像记录原件
  verify 案卷包                    核验导出的案卷包（无需数据库）
  draw verify 网址或文件           核验公布的双随机抽查或案卷评查抽取：名单与承诺、种子凭据，并按公开算法重新抽取（无需数据库）
  backup 目标目录 [--data DIR]     备份数据库、音像记录与文书、签名密钥（服务运行中也可备份；再次备份到同一目录时只复制新增文件）
  restore 备份目录 [--data DIR]    从备份恢复到新的空数据目录（或空的外部数据库），逐一核对 SHA-256
  redact [--report]                从标准输入读取决定书全文，输出按默认脱敏规则处理后的公开文本；
                                   --report 另向标准错误输出隐去了哪些信息、依据哪条规则（无需数据库）
  help                             显示本帮助

环境变量：DATABASE_URL（使用外部 PostgreSQL）、SANXIANG_DATA（数据目录）、PORT、HOST、
          SANXIANG_BLOBS=s3 与 SANXIANG_S3_*（音像记录与文书存入 S3 兼容对象存储，默认存于数据目录）
`;

/** Opens the database (embedded in the data folder, or DATABASE_URL), runs fn, and always closes it. */
async function withDatabase<T>(data: string | undefined, poolSize: number, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await open(data, { poolSize });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Calendar for CLI calculations: built-in years, plus imported ones when a database is at hand. */
async function cliCalendar(data: string | undefined): Promise<{ calendar: WorkingCalendar; close: () => Promise<void> }> {
  const hasDb = process.env['DATABASE_URL'] || data !== undefined || existsSync(path.join(dataDir(data), 'pg', 'PG_VERSION'));
  if (!hasDb) return { calendar: new WorkingCalendar(BUILTIN_CALENDAR_YEARS), close: async () => {} };
  const handle = await open(data, { poolSize: 2 });
  const service = new (await calendarService())(handle.db);
  await service.load();
  return { calendar: service.current(), close: () => handle.close() };
}

function requireDate(s: string | undefined): string {
  if (
    !s ||
    !/^\d{4}-\d{2}-\d{2}$/.test(s) ||
    Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ||
    new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s
  ) {
    throw new UsageError(`日期应为 YYYY-MM-DD 格式的有效日期：${s ?? '（缺少）'}`);
  }
  return s;
}

function requireCount(s: string | undefined): number {
  const n = Number(s);
  if (s === undefined || !/^\d+$/.test(s) || n > 3650) throw new UsageError(`天数应为 0–3650 的整数：${s ?? '（缺少）'}`);
  return n;
}

async function calendarCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { data: { type: 'string' as const }, unit: { type: 'string' as const } });
  const [sub, a, b] = positionals;
  if (sub === 'add-workdays' || sub === 'due-date') {
    const date = requireDate(a);
    const n = requireCount(b);
    const unit = sub === 'add-workdays' ? 'working' : (values.unit ?? 'working');
    if (unit !== 'working' && unit !== 'natural') throw new UsageError('--unit 应为 working 或 natural');
    const { calendar, close } = await cliCalendar(values.data);
    try {
      process.stdout.write(`${calendar.dueDate(date, { days: n, unit })}\n`);
    } finally {
      await close();
    }
    return;
  }
  if (sub === 'list') {
    await withDatabase(values.data, 2, async (handle) => {
      const service = new (await calendarService())(handle.db);
      await service.load();
      for (const y of service.years()) process.stdout.write(`${y.year}\t${y.origin === 'builtin' ? '内置' : '导入'}\t${y.source}\n`);
      const w = service.current().nextYearMissingWarning(new Date().toISOString().slice(0, 10));
      if (w) process.stderr.write(`提醒：${w}\n`);
    });
    return;
  }
  if (sub === 'import') {
    if (!a) throw new UsageError('请指定要导入的文件');
    if (!existsSync(a)) throw new UsageError(`文件不存在：${a}`);
    const text = readFileSync(a, 'utf8');
    await withDatabase(values.data, 2, async (handle) => {
      const service = new (await calendarService())(handle.db);
      await service.load();
      const y = await service.importYear(null, text);
      process.stdout.write(
        `已导入 ${y.year} 年节假日安排（${y.source}）：放假 ${y.holidays.length} 天，调休上班 ${y.workdays.length} 天。\n`,
      );
    });
    return;
  }
  throw new UsageError(`未知的 calendar 子命令：${sub ?? '（缺少）'}`);
}

async function userCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    data: { type: 'string' as const },
    agency: { type: 'string' as const },
    username: { type: 'string' as const },
    name: { type: 'string' as const },
    roles: { type: 'string' as const },
    password: { type: 'string' as const },
    unit: { type: 'string' as const },
    post: { type: 'string' as const },
  });
  if (positionals[0] !== 'add') throw new UsageError(`未知的 user 子命令：${positionals[0] ?? '（缺少）'}`);
  const { ROLES, createUser } = await import('../modules/people/people.service.ts');
  const { findAgency } = await import('../modules/org/org.service.ts');
  const { unitByName } = await import('../modules/org/org.queries.ts');
  const missing = (['agency', 'username', 'name', 'roles'] as const).filter((k) => !values[k]);
  if (missing.length) throw new UsageError(`缺少选项：${missing.map((m) => `--${m}`).join('、')}`);
  const roles = values
    .roles!.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new UsageError(`未知角色：${unknown.join('、')}（可选：${ROLES.join(', ')}）`);
  const password = values.password ?? process.env['SANXIANG_PASSWORD'];
  if (!password) throw new UsageError('请用 --password 或环境变量 SANXIANG_PASSWORD 提供密码');
  await withDatabase(values.data, 2, async (handle) => {
    const agency = await findAgency(handle.db, values.agency!);
    if (!agency) throw new DomainError('NOT_FOUND', `机关不存在：${values.agency}`);
    let unitId: string | null = null;
    if (values.unit) {
      const unit = await unitByName(handle.db, agency.id, values.unit);
      if (!unit) throw new DomainError('NOT_FOUND', `${agency.name}没有机构「${values.unit}」`);
      unitId = unit.id;
    }
    const id = await createUser({ db: handle.db, clock: systemClock }, null, {
      agencyId: agency.id,
      unitId,
      username: values.username!,
      displayName: values.name!,
      post: values.post,
      roles: roles as Role[],
      password,
    });
    process.stdout.write(`已创建用户 ${values.username}（${values.name}，${agency.name}），ID ${id}\n`);
  });
}

const LEVELS = ['province', 'city', 'county', 'township'] as const;
const UNIT_KINDS = ['handling', 'legal', 'office', 'leadership'] as const;

/** Setting up an installation without the demo: regions, agencies, units (the operator acts, no session). */
async function orgCommand(kind: 'region' | 'agency' | 'unit', args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    data: { type: 'string' as const },
    level: { type: 'string' as const },
    parent: { type: 'string' as const },
    name: { type: 'string' as const },
    'credit-code': { type: 'string' as const },
    region: { type: 'string' as const },
    short: { type: 'string' as const },
    kind: { type: 'string' as const },
    fields: { type: 'string' as const },
    kinds: { type: 'string' as const },
    template: { type: 'string' as const },
    agency: { type: 'string' as const },
  });
  if (positionals[0] !== 'add') throw new UsageError(`未知的 ${kind} 子命令：${positionals[0] ?? '（缺少）'}`);
  const { addAgency, addRegion, addUnit, findAgency } = await import('../modules/org/org.service.ts');
  const { regionExists } = await import('../modules/org/org.queries.ts');
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  if (kind === 'region') {
    const [, code, name] = positionals;
    if (!code || !/^\d{6}(\d{3})?$/.test(code) || !name) throw new UsageError('用法：region add 6 或 9 位区划代码 名称 --level …');
    if (!values.level || !(LEVELS as readonly string[]).includes(values.level)) throw new UsageError(`--level 应为 ${LEVELS.join('、')}`);
    await withDatabase(values.data, 2, async (handle) => {
      if (values.parent) {
        if (!(await regionExists(handle.db, values.parent))) throw new DomainError('NOT_FOUND', `上级区划不存在：${values.parent}`);
      }
      await addRegion(handle.db, { code, name, level: values.level as (typeof LEVELS)[number], parentCode: values.parent ?? null });
      process.stdout.write(`已新增行政区划 ${code} ${name}\n`);
    });
    return;
  }
  if (kind === 'agency') {
    const missing = (['name', 'credit-code', 'region', 'short'] as const).filter((k) => !values[k]);
    if (missing.length) throw new UsageError(`缺少选项：${missing.map((m) => `--${m}`).join('、')}`);
    const agencyKind = values.kind ?? 'enforcement';
    if (agencyKind !== 'enforcement' && agencyKind !== 'justice') throw new UsageError('--kind 应为 enforcement 或 justice');
    await withDatabase(values.data, 2, async (handle) => {
      if (!(await regionExists(handle.db, values.region!)))
        throw new DomainError('NOT_FOUND', `行政区划不存在：${values.region}（可先用 region add 新增）`);
      const parent = values.parent ? await findAgency(handle.db, values.parent) : undefined;
      if (values.parent && !parent) throw new DomainError('NOT_FOUND', `上级机关不存在：${values.parent}`);
      const id = await addAgency(handle.db, {
        name: values.name!,
        creditCode: values['credit-code']!,
        kind: agencyKind,
        regionCode: values.region!,
        parentId: parent?.id ?? null,
        fields: list(values.fields),
        procedureKinds: list(values.kinds),
        shortName: values.short!,
        ...(values.template ? { numberTemplate: values.template } : {}),
      });
      process.stdout.write(`已设立机关 ${values.name}，ID ${id}\n`);
    });
    return;
  }
  if (!values.agency || !values.name || !values.kind)
    throw new UsageError('用法：unit add --agency 机关 --name 名称 --kind handling|legal|office|leadership');
  if (!(UNIT_KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind 应为 ${UNIT_KINDS.join('、')}`);
  const { agency: agencyRef, name: unitName, kind: unitKind } = values;
  await withDatabase(values.data, 2, async (handle) => {
    const agency = await findAgency(handle.db, agencyRef);
    if (!agency) throw new DomainError('NOT_FOUND', `机关不存在：${agencyRef}`);
    const id = await addUnit(handle.db, agency.id, unitName, unitKind as (typeof UNIT_KINDS)[number]);
    process.stdout.write(`已在${agency.name}设立${unitName}，ID ${id}\n`);
  });
}

/** `sanxiang verify` of the database and the configured blob store (folder or S3). */
async function verifyConfiguredStore(data: string | undefined, json: boolean) {
  const { verifyStore } = await import('../modules/verify/verify-store.ts');
  const blobs = await openBlobs(data);
  return withDatabase(data, 4, (handle) =>
    verifyStore(
      {
        db: handle.db,
        keys: openKeys(data),
        blobs,
        witnessPrefix: process.env['SANXIANG_WITNESS_PREFIX'] ?? 'sanxiang.local/witness',
        remoteWitnessKeys: (process.env['SANXIANG_WITNESSES'] ?? '')
          .split(';')
          .map((e) => e.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
        parallel: { url: handle.url, workers: 2 },
      },
      json ? undefined : (line) => process.stderr.write(`${line}\n`),
    ),
  );
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parse(rest, {
        port: { type: 'string' as const },
        host: { type: 'string' as const },
        data: { type: 'string' as const },
        demo: { type: 'boolean' as const },
        'no-demo': { type: 'boolean' as const },
      });
      // loaded only for `serve`: the other commands need not load the whole server (portal, QR codes, documents …)
      const { serve } = await import('./serve.ts');
      await serve({ port: values.port, host: values.host, data: values.data, demo: values.demo, noDemo: values['no-demo'] });
      return;
    }
    case 'migrate': {
      const { values } = parse(rest, { data: { type: 'string' as const } });
      const { migrateToLatest } = await import('../db/migrate.ts');
      await withDatabase(values.data, 2, async (handle) => {
        const done = await migrateToLatest(handle.db);
        process.stdout.write(done.length ? `已执行迁移：${done.join('、')}\n` : '数据库已是最新结构。\n');
      });
      return;
    }
    case 'verify': {
      const { values, positionals } = parse(rest, { data: { type: 'string' as const }, json: { type: 'boolean' as const } });
      if (positionals.length > 1) throw new UsageError('用法：sanxiang verify [案卷包] [--data DIR] [--json]');
      const { printVerifyReport, verifyPackageCommand } = await import('./verify-command.ts');
      const report = positionals[0]
        ? await verifyPackageCommand(positionals[0])
        : await verifyConfiguredStore(values.data, values.json === true);
      printVerifyReport(report, values.json === true);
      if (report.problems.length > 0) throw new ProblemsFound();
      return;
    }
    case 'draw': {
      const [sub, ...args] = rest;
      const { positionals } = parse(args, {});
      if (sub !== 'verify' || positionals.length !== 1) throw new UsageError('用法：sanxiang draw verify <公示数据的网址或文件>');
      const { drawVerifyCommand, printDrawReport } = await import('./draw-command.ts');
      const report = await drawVerifyCommand(positionals[0]);
      printDrawReport(report);
      if (report.problems.length > 0) throw new ProblemsFound();
      return;
    }
    case 'demo': {
      const { values } = parse(rest, { data: { type: 'string' as const } });
      const { demoLogins, DEMO_PASSWORD, isEmpty, loadDemo } = await import('../demo/load-demo.ts');
      const { DEMO_AGENCIES } = await import('../demo/demo-org.ts');
      const CalendarService = await calendarService();
      const blobs = await openBlobs(values.data);
      await withDatabase(values.data, 4, async (handle) => {
        if (!(await isEmpty(handle.db))) throw new DomainError('CONFLICT', '该数据库已有数据，演示数据只能载入空数据库');
        const service = new CalendarService(handle.db);
        await service.load();
        const r = await loadDemo({ db: handle.db, pool: handle.pool, blobs, keys: openKeys(values.data) }, systemClock, () =>
          service.current(),
        );
        process.stdout.write(
          `已在 ${handle.embedded ? dataDir(values.data) : '外部数据库'} 载入演示数据：${DEMO_AGENCIES.length} 个机关，${r.cases} 件案件。\n演示账号（密码均为 ${DEMO_PASSWORD}）：\n`,
        );
        for (const l of demoLogins()) process.stdout.write(`  ${l.username.padEnd(16)} ${l.name}  ${l.roles}  ${l.agency}\n`);
      });
      return;
    }
    case 'backup':
    case 'restore': {
      const { values, positionals } = parse(rest, { data: { type: 'string' as const } });
      if (positionals.length > 1)
        throw new UsageError(`用法：sanxiang ${command} ${command === 'backup' ? '目标目录' : '备份目录'} [--data DIR]`);
      const { backupCommand, restoreCommand } = await import('./backup-command.ts');
      if (command === 'backup') await backupCommand(positionals[0], values.data);
      else await restoreCommand(positionals[0], values.data, { isEmpty: (await import('../demo/load-demo.ts')).isEmpty });
      return;
    }
    case 'redact': {
      const { values, positionals } = parse(rest, { report: { type: 'boolean' as const } });
      if (positionals.length) throw new UsageError('用法：sanxiang redact [--report] < 决定书.txt');
      const { redactCommand } = await import('./redact-command.ts');
      await redactCommand(values.report === true);
      return;
    }
    case 'calendar':
      return calendarCommand(rest);
    case 'user':
      return userCommand(rest);
    case 'region':
    case 'agency':
    case 'unit':
      return orgCommand(command, rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return;
    default:
      throw new UsageError(`未知命令：${command}`);
  }
}

/** `verify` found tampering: the report is printed; the exit status says so. */
class ProblemsFound extends Error {}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof ProblemsFound) process.exit(1);
  if (e instanceof UsageError) {
    process.stderr.write(`错误：${e.message}\n\n${HELP}`);
    process.exit(2);
  }
  if (e instanceof BlobConfigError) {
    process.stderr.write(`错误：文件存储配置有误（见 README「配置」）：\n${e.problems.map((p) => `  - ${p}\n`).join('')}`);
    process.exit(1);
  }
  if (isDomainError(e)) {
    process.stderr.write(`错误：${e.message}（${e.code}）\n`);
    const problems = (e.details?.['problems'] as { line?: number; message: string }[] | undefined) ?? [];
    for (const p of problems)
      process.stderr.write(typeof p === 'string' ? `  - ${p}\n` : `  - ${p.line ? `第 ${p.line} 行：` : ''}${p.message}\n`);
    process.exit(1);
  }
  if ((e as { code?: string }).code === '23505') {
    process.stderr.write(`错误：与已有记录重复（${(e as { detail?: string }).detail ?? ''}）\n`);
    process.exit(1);
  }
  process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
