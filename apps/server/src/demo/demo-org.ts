import type { Kysely } from 'kysely';
import { DEFAULT_REVIEW_CATALOG, creditCodeCheckChar, type Role } from '@sanxiang/domain';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../adapters/clock.ts';
import { addAgency, addRegion, addUnit } from '../modules/org/org.service.ts';
import { createUser, issueCertificate, setCertificateStatus } from '../modules/people/people.service.ts';
import { hashPassword } from '../modules/people/password.ts';
import { appendCatalogVersion } from '../modules/review/review-catalog.service.ts';
import { appendBenchmarksVersion } from '../modules/discretion/discretion.service.ts';
import { appendVersion } from '../modules/agency-versions/agency-versions.ts';
import { SCJG_BENCHMARKS, ZHZF_BENCHMARKS } from './demo-benchmarks.ts';

/** The demo county: 河北省邯郸市馆陶县, its 司法局, two agencies and a subordinate 市场监管所. */

export const DEMO_PASSWORD = 'Sanxiang@2026';

export function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}

const REGIONS = [
  { code: '130000', name: '河北省', level: 'province', parentCode: null },
  { code: '130400', name: '邯郸市', level: 'city', parentCode: '130000' },
  { code: '130433', name: '馆陶县', level: 'county', parentCode: '130400' },
  { code: '130432', name: '广平县', level: 'county', parentCode: '130400' },
  { code: '130433100', name: '馆陶镇', level: 'township', parentCode: '130433' },
  { code: '130433101', name: '房寨镇', level: 'township', parentCode: '130433' },
  { code: '130433102', name: '柴堡镇', level: 'township', parentCode: '130433' },
  { code: '130433103', name: '魏僧寨镇', level: 'township', parentCode: '130433' },
  { code: '130433200', name: '寿山寺乡', level: 'township', parentCode: '130433' },
  { code: '130433201', name: '王桥乡', level: 'township', parentCode: '130433' },
  { code: '130433202', name: '路桥乡', level: 'township', parentCode: '130433' },
  { code: '130433203', name: '南徐村乡', level: 'township', parentCode: '130433' },
  { code: '130432100', name: '广平镇', level: 'township', parentCode: '130432' },
] as const;

export interface DemoUser {
  key: string;
  username: string;
  name: string;
  post: string;
  roles: Role[];
  unit: string;
  legal?: boolean;
  reviewer?: boolean;
  /** certificate: status and validity */
  cert?: { number: string; fields: string[]; regions: string[]; validTo?: string; status?: 'suspended' | 'revoked' };
}

export interface DemoAgency {
  key: string;
  name: string;
  creditCode: string;
  kind: 'enforcement' | 'justice';
  region: string;
  parent?: string;
  fields: string[];
  kinds: string[];
  short: string;
  legalBasis: string;
  address: string;
  phone: string;
  units: { name: string; kind: 'handling' | 'legal' | 'office' | 'leadership' }[];
  users: DemoUser[];
}

const SJ = ['市场监管'];
const ALL = ['130433'];

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    key: 'sfj',
    name: '馆陶县司法局',
    creditCode: creditCode('11130433000013101'),
    kind: 'justice',
    region: '130433',
    fields: [],
    kinds: [],
    short: '馆司',
    legalBasis: '《中华人民共和国行政处罚法》《河北省行政执法监督条例》',
    address: '馆陶县陶山街 18 号',
    phone: '0310-7721001',
    units: [
      { name: '局领导', kind: 'leadership' },
      { name: '行政执法协调监督股', kind: 'office' },
    ],
    users: [
      {
        key: 'sfj.supervisor',
        username: 'sfj.jiandu',
        name: '周文涛',
        post: '行政执法协调监督股股长',
        roles: ['supervisor'],
        unit: '行政执法协调监督股',
      },
      {
        key: 'sfj.admin',
        username: 'sfj.admin',
        name: '韩雪',
        post: '系统管理员',
        roles: ['admin', 'supervisor'],
        unit: '行政执法协调监督股',
      },
    ],
  },
  {
    key: 'scjg',
    name: '馆陶县市场监督管理局',
    creditCode: creditCode('11130433000013102'),
    kind: 'enforcement',
    region: '130433',
    fields: SJ,
    kinds: ['行政处罚', '行政强制', '行政检查', '行政许可'],
    short: '馆市监',
    legalBasis: '《中华人民共和国行政处罚法》《市场监督管理行政处罚程序规定》《中华人民共和国食品安全法》',
    address: '馆陶县陶山街 66 号',
    phone: '0310-7722315',
    units: [
      { name: '局领导', kind: 'leadership' },
      { name: '综合执法大队', kind: 'handling' },
      { name: '登记注册科', kind: 'handling' },
      { name: '法制科', kind: 'legal' },
      { name: '办公室', kind: 'office' },
    ],
    users: [
      { key: 'scjg.admin', username: 'scjg.admin', name: '郭鹏', post: '系统管理员', roles: ['admin'], unit: '办公室' },
      { key: 'scjg.head', username: 'scjg.juzhang', name: '张建国', post: '局长', roles: ['head'], unit: '局领导' },
      {
        key: 'scjg.o1',
        username: 'scjg.liming',
        name: '李明',
        post: '综合执法大队队长',
        roles: ['officer'],
        unit: '综合执法大队',
        cert: { number: '13043301000101', fields: SJ, regions: ALL },
      },
      {
        key: 'scjg.o2',
        username: 'scjg.wangfang',
        name: '王芳',
        post: '执法队员',
        roles: ['officer'],
        unit: '综合执法大队',
        cert: { number: '13043301000102', fields: SJ, regions: ALL },
      },
      {
        key: 'scjg.o3',
        username: 'scjg.zhaoqiang',
        name: '赵强',
        post: '执法队员',
        roles: ['officer'],
        unit: '综合执法大队',
        cert: { number: '13043301000103', fields: SJ, regions: ALL, status: 'suspended' },
      },
      {
        key: 'scjg.o4',
        username: 'scjg.liuyang',
        name: '刘洋',
        post: '执法队员',
        roles: ['officer'],
        unit: '综合执法大队',
        cert: { number: '13043301000104', fields: SJ, regions: ALL, validTo: '2026-06-30' },
      },
      {
        key: 'scjg.o5',
        username: 'scjg.sunhao',
        name: '孙浩',
        post: '登记注册科科员',
        roles: ['officer'],
        unit: '登记注册科',
        cert: { number: '13043301000105', fields: SJ, regions: ALL },
      },
      {
        key: 'scjg.reviewer',
        username: 'scjg.chenjing',
        name: '陈静',
        post: '法制科科长',
        roles: ['reviewer'],
        unit: '法制科',
        legal: true,
        reviewer: true,
      },
      { key: 'scjg.publisher', username: 'scjg.gongshi', name: '孙丽', post: '公示管理员', roles: ['publisher'], unit: '办公室' },
    ],
  },
  {
    key: 'scjgs',
    name: '馆陶县市场监督管理局馆陶镇市场监督管理所',
    creditCode: creditCode('11130433000013103'),
    kind: 'enforcement',
    region: '130433100',
    parent: 'scjg',
    fields: SJ,
    kinds: ['行政处罚', '行政检查'],
    short: '馆市监馆陶所',
    legalBasis: '《中华人民共和国行政处罚法》《市场监督管理行政处罚程序规定》',
    address: '馆陶镇兴华路 9 号',
    phone: '0310-7723011',
    units: [
      { name: '所领导', kind: 'leadership' },
      { name: '执法组', kind: 'handling' },
    ],
    users: [
      { key: 'scjgs.head', username: 'scjgs.suozhang', name: '马德华', post: '所长', roles: ['head'], unit: '所领导' },
      {
        key: 'scjgs.o1',
        username: 'scjgs.yangli',
        name: '杨丽',
        post: '执法人员',
        roles: ['officer'],
        unit: '执法组',
        cert: { number: '13043301000201', fields: SJ, regions: ['130433100'] },
      },
      {
        key: 'scjgs.o2',
        username: 'scjgs.huangwei',
        name: '黄伟',
        post: '执法人员',
        roles: ['officer'],
        unit: '执法组',
        cert: { number: '13043301000202', fields: SJ, regions: ['130433100'] },
      },
    ],
  },
  {
    key: 'zhzf',
    name: '馆陶县综合行政执法局',
    creditCode: creditCode('11130433000013104'),
    kind: 'enforcement',
    region: '130433',
    fields: ['城市管理', '综合执法'],
    kinds: ['行政处罚', '行政强制', '行政检查'],
    short: '馆综执',
    legalBasis: '《中华人民共和国行政处罚法》《城市市容和环境卫生管理条例》',
    address: '馆陶县平安大街 120 号',
    phone: '0310-7725110',
    units: [
      { name: '局领导', kind: 'leadership' },
      { name: '执法一中队', kind: 'handling' },
      { name: '法规科', kind: 'legal' },
      { name: '办公室', kind: 'office' },
    ],
    users: [
      { key: 'zhzf.admin', username: 'zhzf.admin', name: '冯敏', post: '系统管理员', roles: ['admin'], unit: '办公室' },
      { key: 'zhzf.head', username: 'zhzf.juzhang', name: '吴海军', post: '局长', roles: ['head'], unit: '局领导' },
      { key: 'zhzf.publisher', username: 'zhzf.gongshi', name: '郑丽', post: '公示管理员', roles: ['publisher'], unit: '办公室' },
      {
        key: 'zhzf.o1',
        username: 'zhzf.zhoujie',
        name: '周杰',
        post: '一中队中队长',
        roles: ['officer'],
        unit: '执法一中队',
        cert: { number: '13043302000101', fields: ['城市管理', '综合执法'], regions: ALL },
      },
      {
        key: 'zhzf.o2',
        username: 'zhzf.xuna',
        name: '徐娜',
        post: '执法队员',
        roles: ['officer'],
        unit: '执法一中队',
        cert: { number: '13043302000102', fields: ['城市管理', '综合执法'], regions: ALL },
      },
      {
        key: 'zhzf.reviewer',
        username: 'zhzf.gaoyan',
        name: '高艳',
        post: '法规科科长',
        roles: ['reviewer'],
        unit: '法规科',
        legal: true,
        reviewer: true,
      },
    ],
  },
];

export interface DemoOrg {
  agencies: Map<string, string>;
  users: Map<string, string>;
}

export async function loadDemoOrg(db: Kysely<Database>, clock: Clock): Promise<DemoOrg> {
  for (const r of REGIONS) await addRegion(db, r);
  // every demo account has the same published password: hashed once (see PeopleDeps.hashPassword)
  const demoHash = hashPassword(DEMO_PASSWORD);
  const people = { db, clock, hashPassword: () => demoHash };
  const agencies = new Map<string, string>();
  const users = new Map<string, string>();
  for (const a of DEMO_AGENCIES) {
    const id = await addAgency(db, {
      name: a.name,
      creditCode: a.creditCode,
      kind: a.kind,
      regionCode: a.region,
      parentId: a.parent ? agencies.get(a.parent)! : null,
      fields: a.fields,
      procedureKinds: a.kinds,
      shortName: a.short,
      legalBasis: a.legalBasis,
      address: a.address,
      phone: a.phone,
    });
    agencies.set(a.key, id);
    const units = new Map<string, string>();
    for (const u of a.units) units.set(u.name, await addUnit(db, id, u.name, u.kind));
    for (const u of a.users) {
      const userId = await createUser(people, null, {
        agencyId: id,
        unitId: units.get(u.unit) ?? null,
        username: u.username,
        displayName: u.name,
        post: u.post,
        roles: u.roles,
        password: DEMO_PASSWORD,
        legalQualification: u.legal,
        reviewerQualified: u.reviewer,
      });
      users.set(u.key, userId);
      if (u.cert) {
        const certId = await issueCertificate({ db, clock }, null, userId, {
          number: u.cert.number,
          fields: u.cert.fields,
          regions: u.cert.regions,
          validFrom: '2024-01-01',
          validTo: u.cert.validTo ?? '2028-12-31',
          issuedBy: '邯郸市人民政府',
        });
        if (u.cert.status) {
          await setCertificateStatus({ db, clock }, null, certId, { status: u.cert.status, reason: '年度考核不合格，暂扣执法证' });
        }
      }
    }
  }
  // the 综合执法局 keeps 查封扣押 (often urgent) off its 法制审核目录清单: its own catalog, version 1;
  // the other agencies judge under the default catalog until they save their own.
  await appendCatalogVersion(
    db,
    agencies.get('zhzf')!,
    { ...DEFAULT_REVIEW_CATALOG, rules: DEFAULT_REVIEW_CATALOG.rules.filter((r) => r.id !== 'coercion') },
    '查封、扣押情况紧急的，依法先行实施，不列入本局法制审核目录清单',
    users.get('zhzf.head')!,
    clock.now(),
  );
  // 行政处罚裁量基准 (R-REV-10), version 1 of each enforcement agency that has one
  for (const [agency, by, benchmarks] of [
    ['scjg', 'scjg.reviewer', SCJG_BENCHMARKS],
    ['zhzf', 'zhzf.reviewer', ZHZF_BENCHMARKS],
  ] as const) {
    await appendBenchmarksVersion(
      db,
      agencies.get(agency)!,
      benchmarks,
      '依据省级裁量基准制定，经局务会审议通过',
      users.get(by)!,
      clock.now(),
    );
  }
  // 文书设置: the 决定书 of the 市场监管局 name its 非税收入 account; the 综合执法局 uses the 缴款码
  // (复议机关 and court as derived from the county: neither agency overrides them)
  for (const [agency, by, settings] of [
    [
      'scjg',
      'scjg.admin',
      {
        payment: {
          method: 'account',
          accountName: '馆陶县财政局非税收入汇缴专户',
          bank: '中国农业银行股份有限公司馆陶县支行',
          accountNumber: '50-765001040006188',
          codeChannel: '',
        },
        reviewBody: '',
        court: '',
      },
    ],
    [
      'zhzf',
      'zhzf.admin',
      {
        payment: {
          method: 'code',
          accountName: '',
          bank: '',
          accountNumber: '',
          codeChannel: '河北省非税收入电子缴款平台、代理银行柜台或者手机银行',
        },
        reviewBody: '',
        court: '',
      },
    ],
  ] as const) {
    await appendVersion(
      db,
      'document_settings',
      agencies.get(agency)!,
      settings,
      '按县财政局非税收入收缴管理要求设置',
      users.get(by)!,
      clock.now(),
    );
  }
  return { agencies, users };
}

/** The demo's accounts as `npm start` prints them (agency, username, name, roles in Chinese). */
export function demoLogins(): { agency: string; username: string; name: string; roles: string }[] {
  const roleNames: Record<string, string> = {
    officer: '执法人员',
    reviewer: '法制审核人员',
    head: '机关负责人',
    publisher: '公示管理员',
    supervisor: '监督人员',
    admin: '系统管理员',
  };
  return DEMO_AGENCIES.flatMap((a) =>
    a.users.map((u) => ({ agency: a.name, username: u.username, name: u.name, roles: u.roles.map((r) => roleNames[r] ?? r).join('、') })),
  );
}
