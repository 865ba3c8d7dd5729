import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { attachMedia } from '../../test/evidence.ts';
import { recordTimes } from '../../test/record-times.ts';
import { deliverAlertWebhooks } from './alert.webhook.ts';
import { COMPANY_A, demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';

/** Qualifications over time (R-X-1) and the weak-link alerts (R-X-3, R-REC-8) over HTTP on a real database. */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-12-07T02:00:00Z' });
});
afterAll(async () => h?.close());

const day = (d: string) => h.clock.set(`${d}T02:00:00Z`);

async function openCase(officers: string[]) {
  return h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers.map((k) => h.user(k)),
    inputs: { source: 'inspection', clueOn: '2026-12-04', summary: '检查发现过期食品。' },
  });
}

async function certOf(userKey: string) {
  const user = (await h.request(await h.token('scjg.admin'), 'GET', `/api/v1/users/${h.user(userKey)}`)).json();
  return user.certificates[0] as { id: string; number: string; status: string; statusName: string };
}

async function candidate(userKey: string) {
  const r = await h.request(
    await h.token('scjg.liming'),
    'GET',
    `/api/v1/officer-candidates?field=${encodeURIComponent('市场监管')}&regionCode=130433100`,
  );
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().officers ?? r.json()).find((o: { userId: string }) => o.userId === h.user(userKey)) as {
    eligible: boolean;
    reason?: string;
  };
}

async function alertsOf(username: string, query = '') {
  await h.alertsSettled();
  const r = await h.request(await h.token(username), 'GET', `/api/v1/alerts${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as {
    total: number;
    unread: number;
    items: {
      id: string;
      rule: string;
      title: string;
      detail: string;
      assigneeText: string;
      caseId: string | null;
      closedAt: string | null;
    }[];
  };
}

describe('R-X-1 qualifications over time', () => {
  it('a suspension recorded for a later day lets the officer act until that day, and is refused from it, with the reason', async () => {
    day('2026-12-07');
    const admin = await h.token('scjg.admin');
    const cert = await certOf('scjg.o2');
    const s = await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/status`, {
      status: 'suspended',
      reason: '涉嫌违法执法，停职审查',
      effectiveOn: '2026-12-08',
    });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ status: 'valid', planned: { status: 'suspended', from: '2026-12-08' } });
    const backdated = await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/status`, {
      status: 'revoked',
      reason: '补录',
      effectiveOn: '2026-12-01',
    });
    expect(errorCode(backdated)).toBe('VALIDATION_FAILED');

    expect((await openCase(['scjg.o1', 'scjg.o2'])).statusCode).toBe(201);
    expect((await candidate('scjg.o2')).eligible).toBe(true);
    const portalBefore = (await h.request(null, 'GET', `/api/v1/public/officers/${cert.number}`)).json();
    expect(portalBefore.status).toBe('valid');

    day('2026-12-08');
    const refused = await openCase(['scjg.o1', 'scjg.o2']);
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('OFFICER_NOT_QUALIFIED');
    expect(refused.json().error.message).toBe(
      `王芳：执法证（${cert.number}）状态为「暂扣」（自 2026-12-08 起，理由：涉嫌违法执法，停职审查）`,
    );
    expect((await candidate('scjg.o2')).eligible).toBe(false);
    const portal = (await h.request(null, 'GET', `/api/v1/public/officers/${cert.number}`)).json();
    expect(portal).toMatchObject({ status: 'suspended', statusName: '暂扣', statusSince: '2026-12-08' });
    const page = await h.request(null, 'GET', `/officers/${cert.number}`);
    expect(page.body).toContain('自 2026-12-08 起已被暂扣');

    const back = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/certificates/${cert.id}/status`, {
      status: 'valid',
      reason: '审查结束，恢复执法资格',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await openCase(['scjg.o1', 'scjg.o2'])).statusCode).toBe(201);
    const history = (await h.request(await h.token('scjg.admin'), 'GET', `/api/v1/certificates/${cert.id}/events`)).json() as {
      kindName: string;
      effectiveOn: string;
      actor: string;
      reason: string;
    }[];
    expect(history.map((e) => [e.kindName, e.effectiveOn, e.actor])).toEqual([
      ['核发', '2024-01-01', '系统'],
      ['暂扣', '2026-12-08', '郭鹏'],
      ['恢复', '2026-12-08', '郭鹏'],
    ]);
  });

  it('年检 cannot pass short of 40 学时; a failed 年检 stops the officer from its day until a later one passes', async () => {
    day('2026-12-08');
    const admin = await h.token('scjg.admin');
    const cert = await certOf('scjg.o5');
    const train = async (hours: number, completedOn: string) =>
      h.request(await h.token('scjg.admin'), 'POST', `/api/v1/users/${h.user('scjg.o5')}/training`, {
        hours,
        course: '行政处罚法专题培训',
        completedOn,
      });
    const t = await train(32, '2026-06-15');
    expect(t.statusCode, t.body).toBe(201);
    expect(t.json()).toMatchObject({ year: 2026, total: 32, shortfall: '年度培训 32 学时，不足 40 学时' });
    expect(errorCode(await train(8, '2027-01-02'))).toBe('VALIDATION_FAILED');

    const pass = await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/inspections`, { year: 2026, passed: true, reason: '' });
    expect(pass.statusCode).toBe(422);
    expect(errorCode(pass)).toBe('TRAINING_INSUFFICIENT');
    expect(pass.json().error.message).toBe('2026 年度培训 32 学时，不足 40 学时，不能通过年检');

    const fail = await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/inspections`, {
      year: 2026,
      passed: false,
      on: '2026-12-09',
      reason: '培训学时不足',
    });
    expect(fail.statusCode, fail.body).toBe(200);
    expect((await openCase(['scjg.o1', 'scjg.o5'])).statusCode).toBe(201);

    day('2026-12-09');
    const refused = await openCase(['scjg.o1', 'scjg.o5']);
    expect(errorCode(refused)).toBe('OFFICER_NOT_QUALIFIED');
    expect(refused.json().error.message).toContain('状态为「年检未通过」（自 2026-12-09 起，理由：2026 年度年检不合格：培训学时不足）');

    expect((await train(8, '2026-12-09')).json().total).toBe(40);
    const passed = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/certificates/${cert.id}/inspections`, {
      year: 2026,
      passed: true,
      reason: '补训后年检合格',
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json().status).toBe('valid');
    expect((await openCase(['scjg.o1', 'scjg.o5'])).statusCode).toBe(201);

    const overview = (await h.request(await h.token('scjg.admin'), 'GET', '/api/v1/qualifications?year=2026')).json();
    const o5 = overview.officers.find((o: { userId: string }) => o.userId === h.user('scjg.o5'));
    expect(o5).toMatchObject({ trainingHours: 40, trainingShort: false, certificate: { status: 'valid' } });
    const other = await h.request(await h.token('zhzf.admin'), 'POST', `/api/v1/certificates/${cert.id}/inspections`, {
      year: 2026,
      passed: false,
      reason: '越权',
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('R-X-3 alerts open while their condition holds and close when it ends', () => {
  it('a certificate near its end is alerted to the administrator and the holder, and closes on renewal', async () => {
    day('2026-12-09');
    const admin = await h.token('scjg.admin');
    const cert = await certOf('scjg.o4'); // ended 2026-06-30
    const r = await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/renewal`, {
      validTo: '2026-12-31',
      reason: '临时延期至年底',
    });
    expect(r.statusCode, r.body).toBe(200);
    let list = await alertsOf('scjg.admin');
    const a = list.items.find((x) => x.rule === 'certificate-expiring' && x.title.startsWith('刘洋'));
    expect(a, JSON.stringify(list.items)).toMatchObject({
      title: '刘洋 的执法证 22 日后到期',
      assigneeText: '系统管理员 郭鹏；持证人 刘洋',
    });
    // the holder sees it too: it names him
    expect((await alertsOf('scjg.liuyang')).items.some((x) => x.id === a!.id)).toBe(true);
    await h.request(admin, 'POST', `/api/v1/certificates/${cert.id}/renewal`, { validTo: '2031-12-31', reason: '换发新证' });
    list = await alertsOf('scjg.admin', '?status=closed');
    expect(list.items.find((x) => x.id === a!.id)?.closedAt).toBeTruthy();
  });

  it('R-REC-8 a step refused for missing recordings is recorded and alerted to the officers until it is taken', async () => {
    const opened = await openCase(['scjg.o1', 'scjg.o2']);
    const id = opened.json().id as string;
    const token = await h.token('scjg.liming');
    const INSPECT = {
      step: 'inspect',
      inputs: {
        officers: [h.user('scjg.o1'), h.user('scjg.o2')],
        place: '惠民超市',
        ...recordTimes(h.clock.now()),
        findings: '发现过期酸奶 12 盒。',
      },
    };
    const refused = await h.request(token, 'POST', `/api/v1/cases/${id}/steps`, INSPECT);
    expect(errorCode(refused)).toBe('RECORDING_MISSING');
    const refusals = await h.tdb.db.selectFrom('step_refusals').selectAll().where('case_id', '=', id).execute();
    expect(refusals.map((r) => [r.step, r.code, r.actor_id])).toEqual([['inspect', 'RECORDING_MISSING', h.user('scjg.o1')]]);
    const mine = await alertsOf('scjg.liming');
    const a = mine.items.find((x) => x.rule === 'recording-refused' && x.caseId === id);
    expect(a).toMatchObject({ assigneeText: '承办人 李明、王芳' });
    expect(a!.title).toContain('「现场检查」缺少音像记录被拒绝 1 次');
    // the 司法局 sees it in its region; another agency's head does not
    expect((await alertsOf('sfj.jiandu')).items.some((x) => x.id === a!.id)).toBe(true);
    expect((await alertsOf('zhzf.juzhang')).items.some((x) => x.id === a!.id)).toBe(false);

    await attachMedia(h, 'scjg.o1', id, 'inspect');
    const taken = await h.request(token, 'POST', `/api/v1/cases/${id}/steps`, INSPECT);
    expect(taken.statusCode, taken.body).toBe(200);
    const after = await alertsOf('scjg.liming', '?status=all');
    expect(after.items.find((x) => x.id === a!.id)?.closedAt).toBeTruthy();
  });
});

describe('R-X-3 decisions corrected by 复议 or 诉讼, and the signed webhook', () => {
  let server: Server;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let url = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        // the gateway is down for the first message, then up
        res.statusCode = received.length === 1 ? 503 : 200;
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('an outcome 撤销 opens an alert for the heads, pushed signed to the gateway and retried after a failure; 整改 closes it', async () => {
    const secret = 'gateway-secret-0123456789';
    const admin = await h.token('scjg.admin');
    const settings = await h.request(admin, 'PUT', `/api/v1/agencies/${h.agency('scjg')}/alert-settings`, {
      returnRate: 0.3,
      minReviews: 5,
      webhookUrl: url,
      webhookSecret: secret,
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ webhookUrl: url, hasSecret: true });
    expect(JSON.stringify(settings.json())).not.toContain(secret);
    const noSecret = await h.request(await h.token('zhzf.admin'), 'PUT', `/api/v1/agencies/${h.agency('zhzf')}/alert-settings`, {
      returnRate: 0.3,
      minReviews: 5,
      webhookUrl: url,
    });
    expect(errorCode(noSecret)).toBe('VALIDATION_FAILED');

    // 复议/诉讼 act on a decision: a case without one is refused, and so is an outcome dated before it
    const head = await h.token('scjg.juzhang');
    const open = (await openCase(['scjg.o1', 'scjg.o2'])).json().id as string;
    const undecided = await h.request(head, 'POST', `/api/v1/cases/${open}/outcomes`, {
      channel: 'reconsideration',
      body: '馆陶县人民政府',
      decidedOn: '2026-12-07',
      result: 'revoked',
      document: '馆政复决字〔2026〕2号',
    });
    expect(undecided.statusCode, undecided.body).toBe(409);
    expect(errorCode(undecided)).toBe('CASE_NOT_DECIDED');
    expect(undecided.json().error.message).toContain('尚未作出执法决定');
    const cal = new CalendarService(h.tdb.db);
    await cal.load();
    const scenario = demoScenarios((k) => h.user(k), '2026-12-07').find((s) => s.title === '销售过期食品案')!;
    const id = await runScenario(h.demoStore(), () => cal.current(), h.org, scenario);
    const decidedOn = scenario.steps.find((s) => s.step === 'decide')!.on;
    const early = await h.request(head, 'POST', `/api/v1/cases/${id}/outcomes`, {
      channel: 'litigation',
      body: '馆陶县人民法院',
      decidedOn: '2026-01-05',
      result: 'revoked',
      document: '（2026）冀0433行初1号',
    });
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().error.message).toContain(`不能早于本案决定日期（${decidedOn}）`);
    expect((await h.request(head, 'GET', `/api/v1/cases/${id}/outcomes`)).json()).toEqual([]);
    const officerTry = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/outcomes`, {
      channel: 'reconsideration',
      body: '馆陶县人民政府',
      decidedOn: '2026-12-08',
      result: 'revoked',
      document: '馆政复决字〔2026〕3号',
    });
    expect(officerTry.statusCode).toBe(403);
    const rec = await h.request(head, 'POST', `/api/v1/cases/${id}/outcomes`, {
      channel: 'reconsideration',
      body: '馆陶县人民政府',
      decidedOn: '2026-12-08',
      result: 'revoked',
      document: '馆政复决字〔2026〕3号',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const outcomeId = rec.json()[0].id as string;
    const heads = await alertsOf('scjg.juzhang');
    const a = heads.items.find((x) => x.rule === 'decision-corrected' && x.caseId === id)!;
    expect(a).toMatchObject({ assigneeText: '机关负责人 张建国' });
    expect(a.title).toContain('的决定经行政复议被撤销');
    expect(heads.unread).toBeGreaterThan(0);
    const read = await h.request(head, 'POST', '/api/v1/alerts/read', { all: true });
    expect(read.json().unread).toBe(0);

    // the outbox: first attempt fails (503), is recorded and retried after its back-off
    const first = await deliverAlertWebhooks({ db: h.tdb.db, clock: h.clock });
    expect(first.retried).toBeGreaterThanOrEqual(1);
    const due = await deliverAlertWebhooks({ db: h.tdb.db, clock: h.clock });
    expect(due.delivered + due.retried).toBe(0);
    h.clock.set(new Date(h.clock.now().getTime() + 31_000));
    const second = await deliverAlertWebhooks({ db: h.tdb.db, clock: h.clock });
    expect(second.delivered).toBeGreaterThanOrEqual(1);
    const msg = received.find((m) => JSON.parse(m.body).alert.id === a.id && received.indexOf(m) > 0)!;
    expect(msg, JSON.stringify(received.map((m) => m.body.slice(0, 80)))).toBeTruthy();
    const ts = String(msg.headers['x-sanxiang-timestamp']);
    expect(msg.headers['x-sanxiang-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ts}.${msg.body}`).digest('hex')}`);
    expect(JSON.parse(msg.body)).toMatchObject({
      event: 'alert.opened',
      alert: { rule: 'decision-corrected', agency: { name: '馆陶县市场监督管理局' } },
    });
    const deliveries = (await h.request(admin, 'GET', `/api/v1/agencies/${h.agency('scjg')}/alert-deliveries`)).json() as {
      state: string;
      tries: { status: number | null }[];
    }[];
    expect(deliveries.some((d) => d.state === 'delivered' && d.tries.map((t) => t.status).join(',') === '503,200')).toBe(true);

    const fix = await h.request(head, 'POST', `/api/v1/cases/${id}/outcomes/${outcomeId}/rectification`, {
      note: '已重新调查并作出决定，相关人员已约谈。',
    });
    expect(fix.statusCode, fix.body).toBe(200);
    const closed = await alertsOf('scjg.juzhang', '?status=closed');
    expect(closed.items.find((x) => x.id === a.id)?.closedAt).toBeTruthy();
    await deliverAlertWebhooks({ db: h.tdb.db, clock: h.clock });
    expect(received.some((m) => JSON.parse(m.body).event === 'alert.closed' && JSON.parse(m.body).alert.id === a.id)).toBe(true);
  });
});
