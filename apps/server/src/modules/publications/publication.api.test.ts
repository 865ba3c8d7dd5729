import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar, checkPublished, DEFAULT_REDACTION_RULES } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { runDemoCases } from '../../test/demo-cases.ts';
import { loadCaseFacts, redactionContext } from './publication.source.ts';
import { sweepPublications } from './publication.service.ts';

/**
 * 事后公开 end to end (R-PUB-3 … R-PUB-5): a decision creates its publication record with its
 * legal deadline on the working-day calendar; the 公示管理员 previews, publishes (full text of the
 * 决定书, redacted by recorded rules and marks only), corrects and withdraws; overdue items are
 * flagged to the agency and the 司法局; every act is a ledger entry; the read model follows.
 */
let h: Harness;
const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

/** A 一般程序 case of 市场监管局 decided on 2026-09-28 (Monday before 国庆) after a passed review. */
async function decidedCase(fine = 5000): Promise<string> {
  h.clock.set('2026-09-25T02:00:00Z');
  const id = await readyPenaltyCase(h, { notifiedFine: fine });
  h.clock.set('2026-09-28T02:00:00Z');
  expect((await propose(h, 'scjg.liming', id, penaltyProposal(fine))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
  const d = await as('scjg.juzhang', 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} });
  expect(d.statusCode, d.body).toBe(200);
  return id;
}

async function publicationOf(caseId: string) {
  const r = await as('scjg.gongshi', 'GET', '/api/v1/publications');
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items.find((i: { caseId: string }) => i.caseId === caseId);
}

describe('R-PUB-3 事后公开: the publication record of a decision', () => {
  let caseId: string;
  let pubId: string;

  it('R-PUB-3, 市场监管公示规定 §9: a 市场监管 行政处罚 decision creates a pending record due in 7 working days, the stricter of 118号 and §9 (20) (2026-09-28 → 2026-10-13 across 国庆)', async () => {
    caseId = await decidedCase();
    const p = await publicationOf(caseId);
    expect(p).toMatchObject({
      kind: '行政处罚',
      state: 'pending',
      decidedOn: '2026-09-28',
      dueOn: '2026-10-13',
      fullText: true,
      overdue: false,
      version: 0,
      url: null,
    });
    pubId = p.id;
    // the creation is the record's first ledger entry, with its legal basis
    const ev = await h.tdb.db.selectFrom('publication_events').selectAll().where('publication_id', '=', pubId).execute();
    expect(ev.map((e) => e.kind)).toEqual(['created']);
    expect(ev[0]!.details).toMatchObject({
      dueOn: '2026-10-13',
      limit: '7个工作日',
      basis: expect.stringContaining('指导意见'),
    });
  });

  it("R-PUB-3: only the agency's 公示管理员 publishes; the 一般程序 决定书 must exist first (full text)", async () => {
    const officer = await as('scjg.liming', 'POST', `/api/v1/publications/${pubId}/publish`, {});
    expect(officer.statusCode).toBe(403);
    expect(errorCode(officer)).toBe('FORBIDDEN_ROLE');
    const other = await as('zhzf.admin', 'POST', `/api/v1/publications/${pubId}/publish`, {});
    expect(other.statusCode).toBe(404);
    const early = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {});
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('PUBLICATION_TEXT_MISSING');
    expect((await publicationOf(caseId)).state).toBe('pending');
    const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    expect(doc.statusCode, doc.body).toBe(201);
  });

  it('R-PUB-4: the publisher previews original and redacted side by side; over-redaction is refused, a trade-secret mark is recorded', async () => {
    const why = `?reason=${encodeURIComponent('公示前核对脱敏结果')}`;
    const pre = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/preview${why}`, {});
    expect(pre.statusCode, pre.body).toBe(200);
    const p = pre.json();
    expect(p.original).toContain('行政处罚决定书');
    expect(p.original).toContain('馆陶县市场监督管理局');
    expect(p.fields.find((f: { code: string }) => f.code === 'CF_WSH').published).toBe(p.docNumber);
    const page = await h.request(await h.token('scjg.gongshi'), 'GET', `/api/v1/publications/${pubId}/preview${why}`, undefined, {
      accept: 'text/html',
    });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('原文（内部）');
    expect(page.body).toContain('公示文本');
    // hiding the 文号 is over-redaction
    const at = (p.original as string).indexOf(p.docNumber);
    const over = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {
      marks: [{ start: at, end: at + p.docNumber.length, reason: '商业秘密' }],
    });
    expect(over.statusCode).toBe(422);
    expect(errorCode(over)).toBe('REDACTION_OVERREACH');
    // a trade secret in the text is hidden by a recorded mark
    const secret = (p.original as string).indexOf('过期');
    const ok = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {
      marks: [{ start: secret, end: secret + 2, reason: '商业秘密' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const r = ok.json();
    expect(r).toMatchObject({ state: 'published', version: 1, publishedOn: '2026-09-28' });
    const v = r.versions[0];
    expect(v.marks.body).toEqual([{ start: secret, end: secret + 2, reason: '商业秘密' }]);
    expect(v.publishedText).not.toBe(p.original);
  });

  it('R-REC-7: the unredacted original is shown only to the publisher and head of the deciding agency, with a stated reason, and every view is logged', async () => {
    const url = `/api/v1/publications/${pubId}/preview`;
    const logged = async () =>
      (await h.tdb.db.selectFrom('access_events').select(['target_kind', 'reason']).where('target_id', '=', pubId).execute()).filter(
        (e) => e.target_kind === 'publication-preview',
      );
    const before = (await logged()).length;
    // other roles of the agency, and the 司法局, never see the full 身份证号码 and phone numbers this way
    for (const who of ['scjg.liming', 'scjg.chenjing', 'scjg.admin', 'sfj.jiandu']) {
      const r = await as(who, 'POST', `${url}?reason=${encodeURIComponent('看看')}`, {});
      expect(r.statusCode, `${who}: ${r.body}`).toBe(403);
      expect(errorCode(r)).toBe('FORBIDDEN_ROLE');
    }
    const noReason = await as('scjg.gongshi', 'POST', url, {});
    expect(noReason.statusCode).toBe(400);
    expect(errorCode(noReason)).toBe('ACCESS_REASON_REQUIRED');
    expect((await as('scjg.gongshi', 'GET', url)).statusCode).toBe(400);
    expect((await logged()).length).toBe(before);
    const ok = await as('scjg.juzhang', 'POST', `${url}?reason=${encodeURIComponent('复核公示内容')}`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await logged()).map((e) => e.reason)).toContain('复核公示内容');
    expect((await logged()).length).toBe(before + 1);
  });

  it('R-PUB-5: the published text equals the served 决定书 except for the recorded redactions, re-derivable by anyone holding the record', async () => {
    const v = await h.tdb.db.selectFrom('publication_versions').selectAll().where('publication_id', '=', pubId).executeTakeFirstOrThrow();
    const facts = (await loadCaseFacts(h.tdb.db, caseId))!;
    const marks = (v.marks as { body: [] }).body;
    expect(
      checkPublished(v.original_text!, v.published_text!, { rules: DEFAULT_REDACTION_RULES, marks, context: redactionContext(facts) }).ok,
    ).toBe(true);
    expect(
      checkPublished(v.original_text!, `${v.published_text!}。`, {
        rules: DEFAULT_REDACTION_RULES,
        marks,
        context: redactionContext(facts),
      }).ok,
    ).toBe(false);
    for (const keep of ['馆陶县市场监督管理局', '李明', '13043301000101'])
      if (v.original_text!.includes(keep)) expect(v.published_text).toContain(keep);
    // the portal's read model carries exactly that text and the 双公示 items
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    expect(pub).toMatchObject({ status: 'published', body: v.published_text, kind: '行政处罚', decided_on: '2026-09-28', source: 'local' });
    expect(pub.fields).toMatchObject({ CF_NR_FK: '0.5', CF_GSJZQ: '2026-12-28', CF_CFJG: '馆陶县市场监督管理局' });
    expect(pub.key).toBe(`${pub.agency_credit_code}/${pub.doc_number}`);
    // found by any passage of its text, and shown at its permanent URL
    const hit = await h.request(null, 'GET', `/api/v1/public/decisions?q=${encodeURIComponent(pub.doc_number)}`);
    expect(hit.json().items.map((i: { id: string }) => i.id)).toEqual([pubId]);
    const page = await h.request(null, 'GET', hit.json().items[0].url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('决定书全文');
  });

  it('R-PUB-5: a correction publishes version 2 with its reason; the old version stays on record', async () => {
    h.clock.set('2026-10-09T02:00:00Z');
    const bad = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/corrections`, { reason: '' });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    const forbidden = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/corrections`, {
      reason: '更正文号',
      fieldCorrections: { CF_WSH: 'x' },
    });
    expect(forbidden.statusCode).toBe(400);
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/corrections`, {
      reason: '违法行为类型表述不准确',
      foundOn: '2026-10-09',
      fieldCorrections: { CF_WFXW: '销售超过保质期的食品' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [1, '审核通过，予以公示'],
      [2, '违法行为类型表述不准确'],
    ]);
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    expect(pub.status).toBe('corrected');
    expect(pub.fields['CF_WFXW']).toBe('销售超过保质期的食品');
    expect((pub.history as { act: string }[]).map((x) => x.act)).toEqual(['公示', '更正']);
  });

  it('R-PUB-5: a 撤销 decision comes down within 3 working days; late takedown is flagged to the agency and the 司法局', async () => {
    const officer = await as('scjg.liming', 'POST', `/api/v1/publications/${pubId}/withdrawal-ground`, {
      ground: 'revoked',
      groundOn: '2026-10-09',
      reason: '行政复议决定撤销',
    });
    expect(officer.statusCode).toBe(403);
    const g = await as('scjg.juzhang', 'POST', `/api/v1/publications/${pubId}/withdrawal-ground`, {
      ground: 'revoked',
      groundOn: '2026-10-09',
      reason: '馆陶县人民政府行政复议决定撤销该处罚决定',
    });
    expect(g.statusCode, g.body).toBe(200);
    expect(g.json()).toMatchObject({ state: 'withdrawal-pending', withdrawalDueOn: '2026-10-13' }); // 10/10 is a make-up working day
    h.clock.set('2026-10-14T02:00:00Z');
    for (const user of ['scjg.gongshi', 'sfj.jiandu']) {
      const list = await as(user, 'GET', '/api/v1/publications?overdue=true');
      expect(list.json().items.map((i: { id: string; overdue: boolean }) => [i.id, i.overdue])).toContainEqual([pubId, true]);
    }
    const w = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/withdrawal`, {});
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().state).toBe('withdrawn');
    expect(w.json().events.at(-1)).toMatchObject({ kind: 'withdrawn', details: { late: true, dueOn: '2026-10-13', groundName: '被撤销' } });
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', pubId).executeTakeFirstOrThrow();
    expect(pub).toMatchObject({ status: 'withdrawn', body: null });
    expect(pub.status_reason).toContain('行政复议决定撤销');
    const again = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish`, {});
    expect(errorCode(again)).toBe('PUBLICATION_STATE');
    // the public page stays at its permanent URL and says why it came down; search no longer finds it
    const page = await h.request(null, 'GET', `/decisions/${pub.agency_credit_code}/${encodeURIComponent(pub.doc_number)}`);
    expect(page.body).toContain('本决定已撤下');
    const found = await h.request(null, 'GET', `/api/v1/public/decisions?docNumber=${encodeURIComponent(pub.doc_number)}`);
    expect(found.json().items).toEqual([]);
  });

  it('R-PUB-5: every act is an append-only entry hashed into the agency ledger', async () => {
    const kinds = (
      await h.tdb.db.selectFrom('publication_events').select('kind').where('publication_id', '=', pubId).orderBy('seq').execute()
    ).map((e) => e.kind);
    expect(kinds).toEqual(['created', 'published', 'corrected', 'ground-recorded', 'withdrawn']);
    await h.ledger.sequence(h.agency('scjg'));
    const leaves = await h.tdb.db.selectFrom('ledger_leaves').select('source').where('source', '=', 'publication').execute();
    expect(leaves.length).toBeGreaterThanOrEqual(5);
    await expect(
      sql`UPDATE publication_versions SET published_text = 'x' WHERE publication_id = ${pubId}`.execute(h.tdb.db),
    ).rejects.toThrow();
    await expect(sql`DELETE FROM publication_events WHERE publication_id = ${pubId}`.execute(h.tdb.db)).rejects.toThrow();
  });
});

describe('R-PUB-3 overdue publication and automatic publication', () => {
  it('R-PUB-3: a record not published by its 7th working day (the stricter of 118号 and 公示规定 §9) is flagged overdue to the agency and to the 司法局, and publishing it late is recorded as late', async () => {
    const caseId = await decidedCase(3000);
    const p = await publicationOf(caseId);
    // 2026-10-13 is the 7th working day (10-01…10-08 off): on that day, in China, not yet overdue
    h.clock.set('2026-10-13T15:00:00Z');
    expect((await publicationOf(caseId)).overdue).toBe(false);
    // the next China day it is, although §9's 20 working days would run to 10-30
    h.clock.set('2026-10-14T02:00:00Z');
    const sfj = await as('sfj.jiandu', 'GET', '/api/v1/publications?overdue=true');
    expect(sfj.json().items.find((i: { id: string }) => i.id === p.id)).toMatchObject({
      overdue: true,
      dueOn: '2026-10-13',
      agency: { name: '馆陶县市场监督管理局' },
    });
    await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().events.at(-1).details).toMatchObject({ late: true });
    // a 3,000-yuan fine is published for 3 months
    expect(r.json().publicUntil).toBe('2027-01-14');
    const after = await as('sfj.jiandu', 'GET', '/api/v1/publications');
    expect(after.json().items.find((i: { id: string }) => i.id === p.id)).toMatchObject({ overdue: false, publishedLate: true });
  });

  it('R-PUB-3: with automatic publication the record goes out when its 决定书 is issued; it expires at its 公示截止期', async () => {
    const officer = await as('scjg.liming', 'PUT', `/api/v1/agencies/${h.agency('scjg')}/publication-settings`, { autoPublish: true });
    expect(officer.statusCode).toBe(403);
    expect(
      (await as('scjg.admin', 'PUT', `/api/v1/agencies/${h.agency('scjg')}/publication-settings`, { autoPublish: true })).statusCode,
    ).toBe(200);
    const caseId = await decidedCase(2000);
    expect((await publicationOf(caseId)).state).toBe('pending');
    await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    const p = await publicationOf(caseId);
    expect(p).toMatchObject({ state: 'published', publicUntil: '2026-12-28' });
    const detail = (await as('scjg.gongshi', 'GET', `/api/v1/publications/${p.id}`)).json();
    expect(detail.versions[0]).toMatchObject({ approvedBy: '系统（自动公示）', reason: '自动公示' });

    h.clock.set('2026-12-29T02:00:00Z');
    const swept = await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => calendar });
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect((await publicationOf(caseId)).state).toBe('expired');
    expect((await h.tdb.db.selectFrom('public_decisions').select('status').where('id', '=', p.id).executeTakeFirstOrThrow()).status).toBe(
      'expired',
    );
    await as('scjg.admin', 'PUT', `/api/v1/agencies/${h.agency('scjg')}/publication-settings`, { autoPublish: false });
  });
});

describe('R-PUB-5 提前停止公示 after 信用修复 (市场监管公示规定 §14)', () => {
  const stop = async (id: string, body: Record<string, unknown> = {}) =>
    as('scjg.gongshi', 'POST', `/api/v1/publications/${id}/stop`, {
      reason: '当事人已完成信用修复',
      repairDecision: '馆市监信修〔2027〕1号',
      ...body,
    });
  const unmet = (r: { json(): { error: { details: { unmet: { condition: string }[] } } } }) =>
    r.json().error.details.unmet.map((u) => u.condition);
  const confirmed = { harmRemoved: true, notListed: true };

  it('市场监管公示规定 §13, §14: a 3-month record (a 较低数额罚款 only) is never stopped early — it ends by itself', async () => {
    const caseId = await decidedCase(1000);
    await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    const p = await publicationOf(caseId);
    expect((await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {})).statusCode).toBe(200);
    const r = await stop(p.id, { confirmed });
    expect(r.statusCode, r.body).toBe(409);
    expect(errorCode(r)).toBe('PUBLICATION_STATE');
    expect(r.json().error.details.condition).toBe('short-period');
    expect(r.json().error.message).toContain('公示期为三个月');
  });

  it('市场监管公示规定 §14 一款, 信用修复管理办法 §6: a year public in the 食品 area, 自觉履行 on record, the rest confirmed — each unmet condition named', async () => {
    // 罚款 and 没收违法所得 to a company: the 3-year record of §13
    h.clock.set('2026-09-25T02:00:00Z');
    const caseId = await readyPenaltyCase(h, { notifiedConfiscation: 300 });
    h.clock.set('2026-09-28T02:00:00Z');
    const decision = {
      decisionType: 'penalty',
      facts: '销售过期食品。',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      penalty: '罚款 5000 元，没收违法所得 300 元',
      fineAmount: 5000,
      confiscation: 300,
    };
    expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000, { decision }))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
    expect((await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} })).statusCode).toBe(200);
    await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    const p = await publicationOf(caseId);
    const published = await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publicUntil).toBe('2029-09-28');

    // at once: nothing is met
    const first = await stop(p.id);
    expect(first.statusCode, first.body).toBe(409);
    expect(first.json().error.details).toMatchObject({
      condition: 'minimum-period',
      basis: expect.stringContaining('信用修复管理办法》第六条'),
    });
    expect(unmet(first)).toEqual(['minimum-period', 'performed', 'harm-removed', 'not-listed']);
    expect(first.json().error.message).toContain('食品领域行政处罚信息须公示满一年');

    // delivered and paid of the party's own accord (行政处罚法 §66)
    h.clock.set('2026-09-29T02:00:00Z');
    const delivered = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'deliver',
      inputs: { deliveredOn: '2026-09-29', method: 'direct', recipient: '钱立新' },
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    h.clock.set('2026-10-09T02:00:00Z');
    const paid = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
      step: 'execute',
      inputs: { performance: 'paid', paidAmount: 5300 },
    });
    expect(paid.statusCode, paid.body).toBe(200);

    // one day short of a year
    h.clock.set('2027-09-27T02:00:00Z');
    expect(unmet(await stop(p.id, { confirmed }))).toEqual(['minimum-period']);
    h.clock.set('2027-09-28T02:00:00Z');
    const notListed = await stop(p.id, { confirmed: { harmRemoved: true } });
    expect(notListed.statusCode).toBe(409);
    expect(notListed.json().error.details.condition).toBe('not-listed');
    expect(notListed.json().error.message).toContain('经营异常名录和严重违法失信名单');
    expect((await publicationOf(caseId)).state).toBe('published');

    const ok = await stop(p.id, { confirmed });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('stopped');
    expect(ok.json().events.at(-1)).toMatchObject({
      kind: 'stopped',
      details: { repairDecision: '馆市监信修〔2027〕1号', conditions: { performance: 'paid', shortPeriod: false, confirmed } },
    });
    expect((await h.tdb.db.selectFrom('public_decisions').select('status').where('id', '=', p.id).executeTakeFirstOrThrow()).status).toBe(
      'stopped',
    );
  });
});

describe('R-PUB-3 every kind of decision gets its record', () => {
  it('R-PUB-3: the demo cases (处罚, 强制, 检查) each get a record with their own deadline and 双公示 field set', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    await runDemoCases(h);
    await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => calendar });
    const rows = await h.tdb.db
      .selectFrom('publications')
      .select(['kind', 'procedure_code', 'step_code', 'decided_on', 'due_on', 'draft'])
      .execute();
    const kinds = new Set(rows.map((r) => r.kind));
    for (const k of ['行政处罚', '行政强制', '行政检查']) expect(kinds, k).toContain(k);
    for (const r of rows) {
      const fieldSet = (r.draft as { fieldSet: string }).fieldSet;
      expect(fieldSet).toBe(r.kind === '行政处罚' ? 'penalty' : r.kind === '行政许可' ? 'license' : 'general');
      expect(r.due_on > r.decided_on).toBe(true);
    }
  });
});
