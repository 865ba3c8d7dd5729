import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import {
  REVOKED_DECISION,
  REVOKED_NOTIFY,
  WIRE_DECISION,
  WIRE_NOTIFY,
  partyClient,
  publishedPenalty,
  type PublishedPenalty,
} from '../../test/credit-repair.ts';
import { demoPhoto } from '../../demo/demo-media.ts';

/**
 * Issue 22 point 2, 信用修复 online (R-PUB-5: early stop after 信用修复; 市场监督管理行政处罚信息公示规定
 * §14, 信用修复管理办法 §6): the party applies in the 当事人专区, the agency decides within its limit,
 * 准予 ends the publication through the publications module's stop, recorded in the ledger and shown
 * on the party's profile; an excluded penalty or a too-early application is refused with nothing stored.
 */
let h: Harness;
let wire: PublishedPenalty;
let revoked: PublishedPenalty;
const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);

beforeAll(async () => {
  // a Monday in March: six months public ends in September, inside the built-in calendar
  h = await createHarness({ now: '2026-03-02T02:00:00Z' });
  wire = await publishedPenalty(h, {
    title: '销售不合格电线电缆案',
    decision: WIRE_DECISION,
    sanctions: ['罚款', '没收违法所得'],
    notify: WIRE_NOTIFY,
  });
  revoked = await publishedPenalty(h, {
    title: '以不合格产品冒充合格产品案',
    decision: REVOKED_DECISION,
    sanctions: ['罚款', '没收违法所得', '吊销许可证件'],
    notify: REVOKED_NOTIFY,
    collective: true,
  });
}, 120_000);
afterAll(async () => h?.close());

const as = async (user: string, method: 'GET' | 'POST', url: string, body?: unknown) => h.request(await h.token(user), method, url, body);

const FORM = {
  applicantRole: 'legal-representative',
  applicantName: '钱立新',
  contact: '0310-5512345',
  reasons: '已于 2026 年 3 月缴清罚没款 5300 元，不合格电线电缆已全部召回销毁，并建立了进货查验制度。',
  commitment: 'yes',
};

const counts = async () => ({
  applications: Number(
    (
      await h.tdb.db
        .selectFrom('credit_repair_applications')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  acts: Number(
    (
      await h.tdb.db
        .selectFrom('publication_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

const pdf = Buffer.from('%PDF-1.4\n% 缴款凭证\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('issue 22 point 2: 信用修复 online', () => {
  it('R-PUB-5 信用修复: the 当事人专区 says whether each published decision may be repaired, with the rule and article', async () => {
    const party = partyClient(h);
    await party.signIn(wire.number, wire.code);
    const page = await party.get('/party/credit-repair');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('不能申请信用修复');
    expect(page.body).toContain('须公示满六个月方可提前停止公示');
    expect(page.body).toContain('《市场监督管理行政处罚信息公示规定》第十四条第二款，《市场监督管理信用修复管理办法》第六条');
    const own = partyClient(h);
    await own.signIn(revoked.number, revoked.code);
    const other = await own.get('/party/credit-repair');
    expect(other.body).toContain('受到吊销许可证件行政处罚的，不得提前停止公示');
    expect(other.body).toContain('第十四条第三款');
    // another party's decision is not there for it
    expect(other.body).not.toContain(wire.pubId);
    expect((await own.get(`/party/credit-repair/${wire.pubId}`)).statusCode).toBe(404);
  });

  it('R-PUB-5 信用修复: too early (信用修复管理办法 §6, six months) and an excluded penalty (公示规定 §14 三款) are refused — 422 with the rule, nothing stored', async () => {
    h.clock.set('2026-03-20T02:00:00Z');
    const before = await counts();
    const party = partyClient(h);
    await party.signIn(wire.number, wire.code);
    const early = await party.apply(wire.pubId, { ...FORM, csrf: await party.csrf() });
    expect(early.statusCode, early.body).toBe(422);
    expect(errorCode(early)).toBe('CREDIT_REPAIR_REFUSED');
    expect(early.json().error.details.condition).toBe('minimum-period');
    expect(early.json().error.message).toContain('《市场监督管理信用修复管理办法》第六条');

    h.clock.set('2026-09-14T02:00:00Z');
    const excluded = partyClient(h);
    await excluded.signIn(revoked.number, revoked.code);
    const r = await excluded.apply(revoked.pubId, { ...FORM, csrf: await excluded.csrf() }, [
      { name: '缴款凭证.pdf', type: 'application/pdf', bytes: pdf },
    ]);
    expect(r.statusCode, r.body).toBe(422);
    expect(errorCode(r)).toBe('CREDIT_REPAIR_REFUSED');
    expect(r.json().error.details).toMatchObject({
      condition: 'excluded-sanction',
      basis: '《市场监督管理行政处罚信息公示规定》第十四条第三款',
    });
    expect(r.json().error.message).toContain('受到吊销许可证件行政处罚的，不得提前停止公示');
    // the browser's form gets the same refusal on the page
    const page = await excluded.apply(revoked.pubId, { ...FORM, csrf: await excluded.csrf() }, [], false);
    expect(page.statusCode).toBe(422);
    expect(page.body).toContain('role="alert"');
    expect(page.body).toContain('第十四条第三款');
    expect(await counts()).toEqual(before);
    // and its file was not kept either
    expect(await h.blobs.has(createHash('sha256').update(pdf).digest('hex'))).toBe(false);
  });

  it('another party cannot apply for a decision that is not its own (404); bad input is 4xx with a Chinese message and changes nothing', async () => {
    const before = await counts();
    const other = partyClient(h);
    await other.signIn(revoked.number, revoked.code);
    const foreign = await other.apply(wire.pubId, { ...FORM, csrf: await other.csrf() });
    expect(foreign.statusCode).toBe(404);
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    const party = partyClient(h);
    await party.signIn(wire.number, wire.code);
    const csrf = await party.csrf();
    const cases: [Record<string, string>, { name: string; type: string; bytes: Buffer }[], number, string, string][] = [
      [{ ...FORM, csrf, commitment: '' }, [], 400, 'VALIDATION_FAILED', '守信承诺书'],
      [{ ...FORM, csrf, reasons: '已整改' }, [], 400, 'VALIDATION_FAILED', '申请理由'],
      [{ ...FORM, csrf, applicantRole: 'boss' }, [], 400, 'VALIDATION_FAILED', '申请人身份'],
      [{ ...FORM, csrf, contact: 'call me' }, [], 400, 'VALIDATION_FAILED', '联系电话'],
      [
        { ...FORM, csrf },
        [{ name: 'run.exe', type: 'application/x-msdownload', bytes: Buffer.from('MZ') }],
        400,
        'VALIDATION_FAILED',
        'PDF、JPEG 或 PNG',
      ],
    ];
    for (const [fields, files, status, code, words] of cases) {
      const r = await party.apply(wire.pubId, fields, files);
      expect(r.statusCode, r.body).toBe(status);
      expect(errorCode(r)).toBe(code);
      expect(r.json().error.message).toContain(words);
    }
    // a form without the session's token, a malformed body, an unknown id
    const noToken = await party.apply(wire.pubId, { ...FORM, csrf: 'x' }, [], false);
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain('页面已过期');
    const malformed = await h.app.inject({
      method: 'POST',
      url: `/party/credit-repair/${wire.pubId}`,
      payload: 'not multipart',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz', cookie: party.cookie },
    });
    expect(malformed.statusCode).toBe(403);
    expect((await party.apply('not-a-uuid', { ...FORM, csrf })).statusCode).toBe(404);
    // without a session
    const anon = partyClient(h);
    expect((await anon.apply(wire.pubId, FORM)).statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });

  let first: string;
  it('R-PUB-5 信用修复: six months public, the application is received with its number, its files and a due date of 15 working days, 临期 for the 公示管理员 (R-X-3); 不予 records the reason in the ledger', async () => {
    const party = partyClient(h);
    await party.signIn(wire.number, wire.code);
    const photo = demoPhoto(7);
    const r = await party.apply(wire.pubId, { ...FORM, csrf: await party.csrf() }, [
      { name: '缴款凭证.pdf', type: 'application/pdf', bytes: pdf },
      { name: photo.filename, type: photo.mediaType, bytes: photo.bytes },
    ]);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().number).toMatch(/^XF2026-\d{5}$/);
    expect(r.json().dueOn).toBe(calendar.addWorkingDays('2026-09-14', 15));
    first = r.json().id;
    // a second one while it is pending is refused
    const again = await party.apply(wire.pubId, { ...FORM, csrf: await party.csrf() });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('CREDIT_REPAIR_STATE');

    const list = await as('scjg.gongshi', 'GET', '/api/v1/credit-repair/applications?state=pending');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: first, docNumber: expect.any(String), state: 'pending', dueOn: r.json().dueOn, overdue: false }),
    ]);
    const detail = (await as('scjg.gongshi', 'GET', `/api/v1/credit-repair/applications/${first}`)).json();
    expect(detail.attachments.map((a: { name: string }) => a.name)).toEqual(['缴款凭证.pdf', photo.filename]);
    expect(detail.publication.eligibility.eligible).toBe(true);
    expect(detail.publication.performance).toBe('paid');
    expect(detail.rules.decisionLimit).toMatchObject({ days: 15, unit: 'working' });
    const file = await as('scjg.gongshi', 'GET', `/api/v1/credit-repair/applications/${first}/attachments/0`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // another agency does not see it; an officer of the agency may read but not decide
    expect((await as('zhzf.gongshi', 'GET', `/api/v1/credit-repair/applications/${first}`)).statusCode).toBe(404);
    expect((await as('zhzf.gongshi', 'GET', '/api/v1/credit-repair/applications')).json().items).toEqual([]);
    const byOfficer = await as('scjg.liming', 'POST', `/api/v1/credit-repair/applications/${first}/decision`, {
      decision: 'refuse',
      reason: '材料不全。',
    });
    expect(byOfficer.statusCode).toBe(403);
    expect(errorCode(byOfficer)).toBe('FORBIDDEN_ROLE');
    const noReason = await as('scjg.gongshi', 'POST', `/api/v1/credit-repair/applications/${first}/decision`, {
      decision: 'refuse',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);

    // R-X-3 执法监督预警: three working days before its limit the application is 临期 for the 公示管理员
    const repairAlerts = () =>
      h.tdb.db
        .selectFrom('alerts')
        .select(['rule', 'title', 'detail', 'closed_at'])
        .where('subject', 'like', `publication:${wire.pubId}:repair:%`)
        .execute();
    await h.alertsSettled();
    expect(await repairAlerts()).toEqual([]);
    h.clock.set(`${calendar.addWorkingDays('2026-09-14', 13)}T02:00:00Z`);
    await h.alertsSettled();
    expect(await repairAlerts()).toEqual([
      expect.objectContaining({ rule: 'publication-due-soon', title: `${wire.number} 的信用修复决定临期`, closed_at: null }),
    ]);
    expect((await repairAlerts())[0]!.detail).toContain(`信用修复申请 ${r.json().number} 应于 ${r.json().dueOn} 前作出决定`);

    const refused = await as('scjg.gongshi', 'POST', `/api/v1/credit-repair/applications/${first}/decision`, {
      decision: 'refuse',
      reason: '未提交整改情况的证明材料，不能认定已经主动消除危害后果和不良影响。',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ state: 'refused', decision: { reason: expect.stringContaining('未提交整改情况') } });
    const twice = await as('scjg.gongshi', 'POST', `/api/v1/credit-repair/applications/${first}/decision`, {
      decision: 'grant',
      reason: '同意。',
    });
    expect(twice.statusCode).toBe(409);
    expect(errorCode(twice)).toBe('CREDIT_REPAIR_STATE');
    // decided: the alert closes
    await h.alertsSettled();
    expect((await repairAlerts())[0]!.closed_at).not.toBeNull();
    const acts = await h.tdb.db
      .selectFrom('publication_events')
      .select(['kind', 'details'])
      .where('publication_id', '=', wire.pubId)
      .orderBy('seq')
      .execute();
    expect(acts.map((a) => a.kind).slice(-2)).toEqual(['repair-applied', 'repair-refused']);
    // the party sees the outcome and its reason (signed in again: a session lasts two hours)
    await party.signIn(wire.number, wire.code);
    const page = await party.get('/party/credit-repair');
    expect(page.body).toContain('不予信用修复');
    expect(page.body).toContain('未提交整改情况');
  });

  it('R-PUB-5 信用修复: 准予 ends the publication early through the stop, the ledger holds the application, the decision and the stop, the profile shows 已修复', async () => {
    const party = partyClient(h);
    await party.signIn(wire.number, wire.code);
    const r = await party.apply(wire.pubId, {
      ...FORM,
      csrf: await party.csrf(),
      reasons: '已缴清罚没款，已召回销毁全部不合格产品，整改报告经执法机关现场核查。',
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    // the 公示管理员 must confirm what the platform cannot see (§14 (二), (四)): without it the grant changes nothing
    const unconfirmed = await as('scjg.gongshi', 'POST', `/api/v1/credit-repair/applications/${id}/decision`, {
      decision: 'grant',
      reason: '符合条件。',
      confirmed: { harmRemoved: true },
    });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.details.condition).toBe('not-listed');
    expect((await as('scjg.gongshi', 'GET', `/api/v1/credit-repair/applications/${id}`)).json().state).toBe('pending');

    h.clock.set('2026-10-12T02:00:00Z');
    const granted = await as('scjg.gongshi', 'POST', `/api/v1/credit-repair/applications/${id}/decision`, {
      decision: 'grant',
      reason: '当事人已履行处罚决定，已消除不良影响，未列入经营异常名录和严重违法失信名单。',
      confirmed: { harmRemoved: true, notListed: true },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ state: 'granted', publication: { state: 'stopped' } });
    const pub = await as('scjg.gongshi', 'GET', `/api/v1/publications/${wire.pubId}`);
    expect(pub.json().state).toBe('stopped');
    const stop = pub.json().events.at(-1);
    expect(stop).toMatchObject({
      kind: 'stopped',
      details: { application: { id, number: r.json().number }, repairDecision: `信用修复申请${r.json().number}准予` },
    });

    // every act is a leaf of the agency's transparency log
    const events = await h.tdb.db
      .selectFrom('publication_events')
      .select(['id', 'kind'])
      .where('publication_id', '=', wire.pubId)
      .where('kind', 'in', ['repair-applied', 'repair-refused', 'stopped'])
      .execute();
    expect(events.map((e) => e.kind).sort()).toEqual(['repair-applied', 'repair-applied', 'repair-refused', 'stopped']);
    await h.ledger.sequence(h.agency('scjg'));
    const leaves = await h.tdb.db
      .selectFrom('ledger_leaves')
      .select('source_id')
      .where('source', '=', 'publication')
      .where(
        'source_id',
        'in',
        events.map((e) => Number(e.id)),
      )
      .execute();
    expect(leaves).toHaveLength(4);

    // the party's public profile: 已修复, with the date and the decision; its JSON says the same
    const credit = (
      await h.tdb.db.selectFrom('public_decisions').select('party_credit_code').where('id', '=', wire.pubId).executeTakeFirstOrThrow()
    ).party_credit_code!;
    const profile = await h.request(null, 'GET', `/parties/${credit}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('已修复');
    expect(profile.body).toContain(`2026-10-12 信用修复后提前停止公示：准予信用修复`);
    expect(profile.body).toContain(`信用修复申请${r.json().number}准予`);
    const json = (await h.request(null, 'GET', `/api/v1/public/parties/${credit}`)).json();
    const d = json.decisions.find((x: { docNumber: string }) => x.docNumber === granted.json().docNumber);
    expect(d).toMatchObject({
      state: 'repaired',
      stateName: '已修复',
      endedOn: '2026-10-12',
      reason: expect.stringContaining(r.json().number),
    });

    // and in the 当事人专区
    await party.signIn(wire.number, wire.code);
    const page = await party.get('/party/credit-repair');
    expect(page.body).toContain('准予信用修复，已停止公示');
    expect(page.body).toContain('已提前停止公示（已修复）');
  });
});
