import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { decideAsProposed, examinedLicence, publishCase } from '../../test/decisions.ts';
import { sql } from 'kysely';
import { verifyStore } from '../verify/verify-store.ts';

/**
 * 投诉举报 (R-X-4) over HTTP: filed on the portal with an attachment (a plain multipart form),
 * received by the agency with its answer limit and a tracking code; bad filings change nothing;
 * staff see their agency's, the 司法局 its region's (read only, its 调阅 logged); reminders near the
 * limit and when overdue feed the alerts and end with the answer; the code shows progress and the
 * answer and nothing of anyone's personal data (R-X-5 scope, R-PUB-4 no personal data in public).
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
});
afterAll(async () => h?.close());

// the smallest valid PNG (1×1)
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NAME = '王秀英';
const PHONE = '13912345678';

const as = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => h.request(await h.token(u), method, url, body);

/** The form page's token and cookie, as a browser keeps them. */
async function openForm(query = ''): Promise<{ csrf: string; cookie: string; html: string }> {
  const res = await h.app.inject({ method: 'GET', url: `/complaints${query}` });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const csrf = /name="csrf" value="([^"]+)"/.exec(res.body)![1]!;
  return { csrf, cookie, html: res.body };
}

async function post(
  fields: Record<string, string>,
  files: { name: string; type: string; bytes: Buffer }[] = [],
  form?: { csrf: string; cookie: string },
) {
  const f = form ?? (await openForm());
  const fd = new FormData();
  fd.append('csrf', f.csrf);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const file of files) fd.append('attachments', new Blob([file.bytes], { type: file.type }), file.name);
  const req = new Request('http://localhost/complaints', { method: 'POST', body: fd });
  const payload = Buffer.from(await req.arrayBuffer());
  return h.app.inject({
    method: 'POST',
    url: '/complaints',
    headers: { 'content-type': req.headers.get('content-type')!, cookie: f.cookie },
    payload,
  });
}

const filing = (agency: string, over: Record<string, string> = {}) => ({
  agencyId: h.agency(agency),
  kind: 'complaint',
  subjectRef: '馆市监罚〔2026〕3号',
  facts: '2026年11月10日执法人员在我店检查时未出示执法证件，并当场扣押了货物，没有开具清单。',
  request: '请依法调查并答复。',
  name: NAME,
  phone: PHONE,
  ...over,
});

const codeOf = (html: string) => /id="code">([0-9A-Z-]{19})</.exec(html)?.[1];
const track = (code: string) =>
  h.app.inject({
    method: 'POST',
    url: '/complaints/track',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `code=${encodeURIComponent(code)}`,
  });
const count = async (table: 'complaints' | 'complaint_attachments' | 'complaint_events') =>
  Number(
    (
      await h.tdb.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let code = '';
let complaintId = '';

describe('R-X-4 filing on the portal', () => {
  it('files a complaint with a photo: 201, the code shown once, received with the 15-working-day limit, in the ledger', async () => {
    const res = await post(filing('scjg'), [{ name: '现场照片.png', type: 'image/png', bytes: PNG }]);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    code = codeOf(res.body)!;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(res.body).toContain('查询码只显示这一次');
    expect(res.headers['cache-control']).toBe('no-store');
    const row = await h.tdb.db.selectFrom('complaints').selectAll().executeTakeFirstOrThrow();
    complaintId = row.id;
    expect(row.agency_id).toBe(h.agency('scjg'));
    expect(row.state).toBe('received');
    expect(row.name).toBe(NAME);
    // 2026-11-16 (Mon) + 15 working days = 2026-12-07
    expect(row.due_on).toBe('2026-12-07');
    // the code itself is stored nowhere
    expect(JSON.stringify(row)).not.toContain(code.replace(/-/g, ''));
    const att = await h.tdb.db.selectFrom('complaint_attachments').selectAll().execute();
    expect(att).toEqual([expect.objectContaining({ seq: 1, filename: '现场照片.png', media_type: 'image/png', size: PNG.length })]);
    expect(await h.blobs.has(att[0]!.sha256)).toBe(true);
    const ev = await h.tdb.db.selectFrom('complaint_events').selectAll().execute();
    expect(ev.map((e) => e.kind)).toEqual(['received']);
    // the ledger entry names ids and digests, never the complainant
    expect(ev[0]!.body).not.toContain(NAME);
    expect(ev[0]!.body).not.toContain(PHONE);
    const queued = await h.tdb.db.selectFrom('ledger_pending').select(['source', 'source_id']).where('source', '=', 'complaint').execute();
    expect(queued).toEqual([{ source: 'complaint', source_id: Number(ev[0]!.id) }]);
  });

  it('a decision page link preselects the agency and 文号; the form has every field labelled', async () => {
    const agency = await h.tdb.db
      .selectFrom('agencies')
      .select(['id', 'credit_code'])
      .where('id', '=', h.agency('zhzf'))
      .executeTakeFirstOrThrow();
    const { html } = await openForm(`?agency=${agency.credit_code}&ref=${encodeURIComponent('馆综执罚〔2026〕7号<script>')}`);
    expect(html).toContain(`<option value="${agency.id}" selected>`);
    expect(html).toContain('馆综执罚〔2026〕7号&#60;script&#62;');
    expect(html).not.toContain('<script>');
    for (const id of ['agencyId', 'subjectRef', 'facts', 'request', 'name', 'phone', 'attachments'])
      expect(html).toContain(`<label for="${id}"`);
  });

  it('a published decision links to the form for a complaint about it (对此执法行为投诉), agency and 文号 filled in', async () => {
    // the licence helper's application dates are September's
    h.clock.set('2026-09-25T02:00:00Z');
    try {
      const caseId = await examinedLicence(h, '经审查，符合食品经营许可条件。');
      await decideAsProposed(h, caseId, { step: 'grant', decision: { licenceNumber: 'JY1130433009', scope: '预包装食品销售' } });
      await publishCase(h, caseId);
    } finally {
      h.clock.set('2026-11-16T02:00:00Z');
    }
    const d = await h.tdb.db.selectFrom('public_decisions').select(['agency_credit_code', 'doc_number']).executeTakeFirstOrThrow();
    const page = await h.app.inject({ method: 'GET', url: `/decisions/${d.agency_credit_code}/${encodeURIComponent(d.doc_number)}` });
    expect(page.statusCode).toBe(200);
    const href = /<a href="([^"]+)">对此执法行为投诉<\/a>/.exec(page.body)?.[1]?.replace(/&#38;/g, '&');
    expect(href).toBe(`/complaints?agency=${d.agency_credit_code}&ref=${encodeURIComponent(d.doc_number)}`);
    const { html } = await openForm(href!.slice('/complaints'.length));
    expect(html).toContain(`<option value="${h.agency('scjg')}" selected>`);
    expect(html).toContain(`value="${d.doc_number}"`);
  });

  it('bad filings change nothing: each answered 4xx with the field and a Chinese message', async () => {
    const before = await Promise.all([count('complaints'), count('complaint_attachments'), count('complaint_events')]);
    const cases: [string, Awaited<ReturnType<typeof post>>, number, string][] = [
      ['no facts', await post(filing('scjg', { facts: '' })), 400, '请写明事实和理由'],
      ['投诉 without name', await post(filing('scjg', { name: '' })), 400, '投诉须填写姓名或者名称'],
      ['bad phone', await post(filing('scjg', { phone: '12345' })), 400, '联系电话格式不正确'],
      ['no agency', await post(filing('scjg', { agencyId: '' })), 400, '请选择被投诉举报的执法机关'],
      [
        'a 司法局 is not an enforcement agency',
        await post(filing('scjg', { agencyId: h.agency('sfj') })),
        400,
        '请选择被投诉举报的执法机关',
      ],
      [
        'a text file named .png',
        await post(filing('scjg'), [{ name: 'x.png', type: 'image/png', bytes: Buffer.from('not an image at all') }]),
        400,
        '不是照片',
      ],
      [
        'too many files',
        await post(
          filing('scjg'),
          Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, type: 'image/png', bytes: PNG })),
        ),
        400,
        '附件最多 5 个',
      ],
      [
        'a token from another form',
        await post(filing('scjg'), [], { csrf: 'forged-token-forged-token', cookie: 'sx_cform=other' }),
        403,
        '页面已过期',
      ],
    ];
    for (const [what, res, status, message] of cases) {
      expect(res.statusCode, what).toBe(status);
      expect(res.body, what).toContain(message);
      expect(res.body, what).toContain('role="alert"');
    }
    // what was typed comes back (escaped), so the person corrects rather than retypes
    expect(cases[0]![1].body).toContain(PHONE);
    const cross = await (async () => {
      const f = await openForm();
      const fd = new FormData();
      fd.append('csrf', f.csrf);
      for (const [k, v] of Object.entries(filing('scjg'))) fd.append(k, v);
      const req = new Request('http://localhost/complaints', { method: 'POST', body: fd });
      return h.app.inject({
        method: 'POST',
        url: '/complaints',
        headers: { 'content-type': req.headers.get('content-type')!, cookie: f.cookie, 'sec-fetch-site': 'cross-site' },
        payload: Buffer.from(await req.arrayBuffer()),
      });
    })();
    expect(cross.statusCode).toBe(403);
    expect(cross.body).toContain('请求来自其他网站');
    const after = await Promise.all([count('complaints'), count('complaint_attachments'), count('complaint_events')]);
    expect(after).toEqual(before);
  });

  it('an anonymous 举报 needs no name or phone', async () => {
    const res = await post(filing('zhzf', { kind: 'report', name: '', phone: '' }));
    expect(res.statusCode).toBe(201);
    expect(res.body).toContain('您的举报已提交');
  });
});

describe('R-X-4 handling, R-X-5 scope', () => {
  it("staff list their agency's complaints with due dates; others' are 404; the 司法局 reads its region's with figures and a stated reason", async () => {
    const mine = (await as('scjg.liming', 'GET', '/api/v1/complaints')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([complaintId]);
    expect(mine.items[0]).toMatchObject({ kindName: '投诉', stateName: '已受理', dueOn: '2026-12-07', dueState: 'normal' });
    // the list carries no personal data
    expect(JSON.stringify(mine)).not.toContain(NAME);
    const other = await as('zhzf.zhoujie', 'GET', `/api/v1/complaints/${complaintId}`);
    expect(other.statusCode).toBe(404);
    expect(errorCode(other)).toBe('NOT_FOUND');
    const zhList = (await as('zhzf.zhoujie', 'GET', '/api/v1/complaints')).json();
    expect(zhList.items.every((i: { agencyId: string }) => i.agencyId === h.agency('zhzf'))).toBe(true);

    const sfj = (await as('sfj.jiandu', 'GET', '/api/v1/complaints')).json();
    expect(new Set(sfj.items.map((i: { agencyName: string }) => i.agencyName))).toEqual(
      new Set(['馆陶县市场监督管理局', '馆陶县综合行政执法局']),
    );
    expect(sfj.figures.find((f: { agencyId: string }) => f.agencyId === h.agency('scjg'))).toMatchObject({ total: 1, open: 1, overdue: 0 });
    const noReason = await as('sfj.jiandu', 'GET', `/api/v1/complaints/${complaintId}`);
    expect(noReason.statusCode).toBe(400);
    expect(errorCode(noReason)).toBe('ACCESS_REASON_REQUIRED');
    const read = await as('sfj.jiandu', 'GET', `/api/v1/complaints/${complaintId}?reason=${encodeURIComponent('投诉举报办理监督')}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ name: NAME, phone: PHONE, can: { assign: false, answer: false, transfer: false } });
    const logged = await h.tdb.db
      .selectFrom('access_events')
      .select(['reason', 'target_kind'])
      .where('target_id', '=', complaintId)
      .where('actor_id', '=', h.user('sfj.supervisor'))
      .execute();
    expect(logged).toEqual([{ reason: '投诉举报办理监督', target_kind: 'complaint' }]);
    const act = await as('sfj.jiandu', 'POST', `/api/v1/complaints/${complaintId}/answer`, { answer: '司法局不能代为答复此事。' });
    expect(act.statusCode).toBe(403);
    expect(errorCode(act)).toBe('FORBIDDEN_ROLE');
  });

  it('the attachment downloads for staff, logged; an officer not assigned cannot answer; the head assigns', async () => {
    const dl = await as('scjg.liming', 'GET', `/api/v1/complaints/${complaintId}/attachments/1`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    const notYet = await as('scjg.liming', 'POST', `/api/v1/complaints/${complaintId}/answer`, { answer: '经查，执法人员已出示证件。' });
    expect(notYet.statusCode).toBe(409);
    expect(errorCode(notYet)).toBe('COMPLAINT_STATE');
    const byOfficer = await as('scjg.liming', 'POST', `/api/v1/complaints/${complaintId}/assign`, { handlerId: h.user('scjg.o1') });
    expect(byOfficer.statusCode).toBe(403);
    const wrongHandler = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${complaintId}/assign`, { handlerId: h.user('zhzf.o1') });
    expect(wrongHandler.statusCode).toBe(400);
    expect(wrongHandler.json().error).toMatchObject({ code: 'COMPLAINT_INVALID', details: { path: 'handlerId' } });
    const ok = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${complaintId}/assign`, { handlerId: h.user('scjg.o1') });
    expect(ok.statusCode).toBe(200);
    const list = (await as('scjg.liming', 'GET', '/api/v1/complaints')).json();
    expect(list.items[0]).toMatchObject({ stateName: '办理中', handlerName: '李明', mine: true });
    const work = (await as('scjg.liming', 'GET', '/api/v1/worklist')).json();
    expect(work.items.find((i: { kind: string }) => i.kind === 'complaint')).toMatchObject({
      target: { kind: 'complaint', id: complaintId },
    });
  });
});

describe('R-X-4 limit and reminders', () => {
  it("the limit is the agency's; near it and past it alerts open for the handler, the head and the 司法局; the answer ends them", async () => {
    const bad = await as('scjg.juzhang', 'PUT', `/api/v1/agencies/${h.agency('scjg')}/complaint-settings`, { answerDays: 0 });
    expect(bad.statusCode).toBe(400);
    const set = await as('scjg.juzhang', 'PUT', `/api/v1/agencies/${h.agency('scjg')}/complaint-settings`, { answerDays: 3 });
    expect(set.json()).toEqual({ answerDays: 3 });
    const res = await post(filing('scjg', { facts: '执法人员在检查中索要财物，请求调查处理此事。' }));
    expect(res.statusCode).toBe(201);
    const c = await h.tdb.db
      .selectFrom('complaints')
      .select(['id', 'due_on'])
      .where('facts', 'like', '%索要财物%')
      .executeTakeFirstOrThrow();
    expect(c.due_on).toBe('2026-11-19');
    await h.alertsSettled();
    const alertsOf = async (u: string) =>
      (
        (await as(u, 'GET', '/api/v1/alerts?status=all&limit=200')).json().items as {
          rule: string;
          title: string;
          closedAt: string | null;
          dueOn: string;
        }[]
      ).filter((a) => a.rule.startsWith('complaint-'));
    expect((await alertsOf('scjg.juzhang')).map((a) => [a.rule, a.dueOn, a.closedAt])).toEqual([
      ['complaint-due-soon', '2026-11-19', null],
    ]);
    // 2026-11-20: past the limit
    h.clock.set('2026-11-20T02:00:00Z');
    await h.alertsSettled();
    const open = (await alertsOf('sfj.jiandu')).filter((a) => !a.closedAt);
    expect(open.map((a) => a.rule)).toEqual(['complaint-overdue']);
    expect(open[0]!.title).toContain('答复逾期');
    const list = (await as('scjg.juzhang', 'GET', '/api/v1/complaints')).json();
    expect(list.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ dueState: 'overdue' });
    // the head answers directly
    const ans = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${c.id}/answer`, {
      answer: '经调查，未发现索要财物的情况，已约谈涉事执法人员。',
    });
    expect(ans.statusCode).toBe(200);
    await h.alertsSettled();
    expect((await alertsOf('scjg.juzhang')).filter((a) => !a.closedAt)).toEqual([]);
    const again = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${c.id}/answer`, { answer: '再答复一次试试看。' });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('COMPLAINT_STATE');
  });
});

describe('R-X-4 the code shows the outcome and nothing else', () => {
  it('the handler answers; the code shows the state, the date and the answer, never names, phones, facts or files', async () => {
    const short = await as('scjg.liming', 'POST', `/api/v1/complaints/${complaintId}/answer`, { answer: '好' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'COMPLAINT_INVALID', message: '请填写答复内容（不少于 5 个字）' });
    const before = await track(code);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('办理中');
    const ok = await as('scjg.liming', 'POST', `/api/v1/complaints/${complaintId}/answer`, {
      answer: '经核查，执法人员当日出示了执法证件，扣押物品已补开清单并送达。',
    });
    expect(ok.statusCode).toBe(200);
    const res = await track(code.toLowerCase().replace(/-/g, ' '));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('已答复');
    expect(res.body).toContain('扣押物品已补开清单并送达');
    expect(res.body).toContain('2026年11月20日');
    for (const secret of [NAME, PHONE, '没有开具清单', '现场照片']) expect(res.body).not.toContain(secret);
    const wrong = await track('AAAA-BBBB-CCCC-DDDD');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('没有与该查询码对应的投诉举报');
    expect(wrong.body).not.toContain('已答复');
  });

  it('transfer: the head sends a complaint to the agency with jurisdiction; it leaves one list for the other; the code says 已转办', async () => {
    const res = await post(filing('scjg', { facts: '道路两侧违规占道经营的处罚不属于市场监管，请转交城管处理。' }));
    const c2 = codeOf(res.body)!;
    const row = await h.tdb.db.selectFrom('complaints').select('id').where('facts', 'like', '%占道经营%').executeTakeFirstOrThrow();
    const noNote = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${row.id}/transfer`, { agencyId: h.agency('zhzf'), note: '' });
    expect(noNote.statusCode).toBe(400);
    const t = await as('scjg.juzhang', 'POST', `/api/v1/complaints/${row.id}/transfer`, {
      agencyId: h.agency('zhzf'),
      note: '占道经营属综合行政执法局管辖',
    });
    expect(t.statusCode).toBe(200);
    expect((await as('scjg.liming', 'GET', `/api/v1/complaints/${row.id}`)).statusCode).toBe(404);
    const zh = (await as('zhzf.juzhang', 'GET', `/api/v1/complaints/${row.id}`)).json();
    expect(zh).toMatchObject({
      agencyName: '馆陶县综合行政执法局',
      filedAgencyName: '馆陶县市场监督管理局',
      stateName: '已转办',
      transferred: true,
    });
    expect(zh.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'transferred-out', 'transferred-in']);
    const page = await track(c2);
    expect(page.body).toContain('已转办');
    expect(page.body).toContain('馆陶县综合行政执法局');
    // each agency's ledger got its half of the move
    const ev = await h.tdb.db
      .selectFrom('complaint_events')
      .select(['kind', 'agency_id'])
      .where('complaint_id', '=', row.id)
      .orderBy('id')
      .execute();
    expect(ev.map((e) => [e.kind, e.agency_id])).toEqual([
      ['received', h.agency('scjg')],
      ['transferred-out', h.agency('scjg')],
      ['transferred-in', h.agency('zhzf')],
    ]);
  });

  it('R-PUB-4: no public page, feed or JSON carries a complainant', async () => {
    for (const url of ['/', '/search', '/open-data', '/sitemap', '/api/v1/public/decisions', '/complaints', '/complaints/track']) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(400);
      expect(res.body, url).not.toContain(NAME);
      expect(res.body, url).not.toContain(PHONE);
    }
    const home = await h.app.inject({ method: 'GET', url: '/' });
    expect(home.body).toContain('href="/complaints"');
  });
});

describe("R-REC-4 the acts on complaints are in the agencies' ledgers", () => {
  it('sequenced and signed, `sanxiang verify` finds them intact; an entry changed behind the trigger is named', async () => {
    await h.ledger.checkpointAll();
    const leaves = await h.tdb.db
      .selectFrom('ledger_leaves')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('source', '=', 'complaint')
      .executeTakeFirstOrThrow();
    expect(Number(leaves.n)).toBe(await count('complaint_events'));
    const verify = () => verifyStore({ db: h.tdb.db, keys: h.keys, blobs: h.blobs, witnessPrefix: 'sanxiang.local/witness' });
    expect((await verify()).problems).toEqual([]);
    const first = await h.tdb.db.selectFrom('complaint_events').select(['id', 'body']).orderBy('id').executeTakeFirstOrThrow();
    await sql`ALTER TABLE complaint_events DISABLE TRIGGER USER`.execute(h.tdb.db);
    try {
      await sql`UPDATE complaint_events SET body = replace(body, '"received"', '"answered"') WHERE id = ${first.id}`.execute(h.tdb.db);
      const r = await verify();
      expect(r.problems.map((p) => p.kind)).toContain('leaf-mismatch');
      expect(JSON.stringify(r.problems)).toContain(`complaint_events.id=${first.id}`);
    } finally {
      await sql`UPDATE complaint_events SET body = ${first.body} WHERE id = ${first.id}`.execute(h.tdb.db);
      await sql`ALTER TABLE complaint_events ENABLE TRIGGER USER`.execute(h.tdb.db);
    }
  });
});
