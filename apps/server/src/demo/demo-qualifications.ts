import type { Kysely } from 'kysely';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { createUser, issueCertificate } from '../modules/people/people.service.ts';
import { recordInspection, recordTraining } from '../modules/people/qualification.service.ts';
import { recordOutcome } from '../modules/outcomes/outcome.service.ts';
import { recordRefusal } from '../modules/alerts/alert.service.ts';
import { sweepAlerts } from '../modules/alerts/alert.sweep.ts';
import { DEMO_PASSWORD, type DemoOrg } from './demo-org.ts';
import { latestCertificateId } from '../modules/people/people.alert-facts.ts';
import { unitByName } from '../modules/org/org.queries.ts';
import { firstCaseOf } from '../modules/cases/case.alert-facts.ts';

/**
 * 执法资格 and 执法监督预警 in the demo (issue 21): training hours of the year (one officer short of
 * 40 学时), last year's 年检, a newly appointed officer whose certificate ends within 30 days, a
 * decision 撤销 by 行政复议, a step refused for missing recordings — and the alerts they raise.
 */
export async function loadDemoQualifications(
  deps: { db: Kysely<Database>; clock: Clock; calendar: () => WorkingCalendar },
  org: DemoOrg,
): Promise<void> {
  const { db, clock } = deps;
  const today = chinaDate(clock.now());
  const year = Number(today.slice(0, 4));
  const day = (d: number) => new Date(Date.parse(`${today}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
  const u = (k: string) => org.users.get(k)!;
  const inYear = (y: number, md: string) => {
    const d = `${y}${md}`;
    return d > today ? today : d;
  };
  const hours: [string, number, string, string][] = [
    ['scjg.o1', 24, '行政处罚法专题培训（线上）', '-04-18'],
    ['scjg.o1', 20, '市场监管执法实务培训', '-09-12'],
    ['scjg.o2', 16, '行政处罚法专题培训（线上）', '-04-18'],
    ['scjg.o2', 12, '食品安全抽检业务培训', '-07-03'],
    ['scjg.o5', 40, '新任执法人员岗前培训', '-03-20'],
    ['zhzf.o1', 42, '城市管理综合执法培训', '-05-10'],
    ['zhzf.o2', 30, '城市管理综合执法培训', '-05-10'],
  ];
  for (const [k, h, course, md] of hours) {
    await recordTraining({ db, clock }, null, u(k), { hours: h, course, completedOn: inYear(year, md) });
    // last year's hours and 年检: passed by everyone here
    await recordTraining({ db, clock }, null, u(k), { hours: 42, course: '年度岗位培训', completedOn: `${year - 1}-11-20` });
  }
  const certOf = async (userId: string) => (await latestCertificateId(db, userId))!;
  for (const k of ['scjg.o1', 'scjg.o2', 'scjg.o5', 'zhzf.o1', 'zhzf.o2']) {
    await recordInspection({ db, clock }, null, await certOf(u(k)), { year: year - 1, passed: true, reason: '年检合格' });
  }
  // a newly appointed officer whose provisional certificate ends within 30 days
  const scjg = org.agencies.get('scjg')!;
  const unit = await unitByName(db, scjg, '综合执法大队');
  const newcomer = await createUser({ db, clock }, null, {
    agencyId: scjg,
    unitId: unit?.id ?? null,
    username: 'scjg.chenggang',
    displayName: '程刚',
    post: '执法队员',
    roles: ['officer'],
    password: DEMO_PASSWORD,
  });
  org.users.set('scjg.o6', newcomer);
  await issueCertificate({ db, clock }, null, newcomer, {
    number: '13043301000106',
    fields: ['市场监管'],
    regions: ['130433'],
    validFrom: `${year - 1}-01-01`,
    validTo: day(20),
    issuedBy: '邯郸市人民政府（临时证）',
  });
  await recordTraining({ db, clock }, null, newcomer, { hours: 24, course: '新任执法人员岗前培训', completedOn: inYear(year, '-02-10') });

  // a decided case of 馆陶县市场监督管理局: its decision 撤销 by 行政复议
  const decided = await firstCaseOf(db, scjg, 'penalty-general', { terminal: true });
  if (decided) {
    const head = await loadActor(db, u('scjg.head'));
    await recordOutcome({ db, clock }, head, decided.id, {
      channel: 'reconsideration',
      body: '馆陶县人民政府',
      decidedOn: day(-5),
      result: 'revoked',
      document: `馆政复决字〔${year}〕7号`,
      note: '认定事实的证据不足，撤销原处罚决定，责令重新作出。',
    });
  }
  // an open case where 现场检查 was tried without its photos
  const open = await firstCaseOf(db, scjg, 'penalty-general', { terminal: false });
  if (open) {
    await recordRefusal(db, {
      caseId: open.id,
      actorId: u('scjg.o1'),
      step: 'inspect',
      code: 'RECORDING_MISSING',
      message: '「现场检查」须音像记录（现场检查），尚未上传该环节的照片、录音或录像',
      at: clock.now(),
    });
  }
  await sweepAlerts(deps);
}
