import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { rendersSettled } from '../documents/document.render.ts';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A, PERSON_A } from '../../demo/demo-cases.ts';
import type { PartyInput } from '@sanxiang/domain';
import { notifiedCase as notified } from '../../test/party.ts';
import { deliverNotice } from '../../test/filing.ts';

let h: Harness;
const notifiedCase = (party: PartyInput, hearingRight: boolean) => notified(h, party, hearingRight);

/** A browser without JavaScript: a cookie jar and urlencoded forms. */
function partyBrowser() {
  let cookie = '';
  const remember = (r: LightMyRequestResponse) => {
    const set = r.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('sx_party=')) cookie = pair === 'sx_party=' ? '' : pair;
    }
    return r;
  };
  return {
    get: async (url: string) => remember(await h.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })),
    post: async (url: string, form: Record<string, string>) =>
      remember(
        await h.app.inject({
          method: 'POST',
          url,
          payload: new URLSearchParams(form).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        }),
      ),
    csrf: async () =>
      /name="csrf" value="([^"]+)"/.exec((await h.app.inject({ method: 'GET', url: '/party/case', headers: { cookie } })).body)?.[1] ?? '',
    get signedIn() {
      return cookie !== '';
    },
  };
}

// documents' files are entered after filing: counts of entries are taken once the renders are done
const events = async (caseId: string) => {
  await rendersSettled();
  return (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/events`)).json();
};

beforeAll(async () => {
  // 2026-09-30, the day before 国庆: 5 working days from a 送达 that day end on 10/13 (10/1–10/7 off, 10/10 a make-up Saturday)
  h = await createHarness({ now: '2026-09-30T02:00:00Z' });
});
afterAll(async () => h?.close());

describe('当事人专区: the party acts on its case online with the code on its 告知书', () => {
  let first: Awaited<ReturnType<typeof notifiedCase>>;
  const party = partyBrowser();

  it('the 告知书 carries a one-time access code; only its hash is stored', async () => {
    first = await notifiedCase(COMPANY_A, true);
    // 行政处罚法 §44–45, §63–64: the party's window runs from the 送达 of the 告知书, here handed over the same day
    await deliverNotice(h, first.id);
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(first.doc.partyAccess.url).toMatch(/\/party$/);
    const row = await h.tdb.db.selectFrom('party_access').selectAll().where('case_id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.document_id).toBe(first.doc.id);
    expect(JSON.stringify(row)).not.toContain(first.code.replace(/-/g, ''));
    // the code is part of the sealed document itself (paper and electronic the same)
    const ev = await events(first.id);
    const filed = ev.events.find(
      (e: { kind: string; inputs: { documentId?: string } }) => e.kind === 'case.document' && e.inputs.documentId === first.doc.id,
    );
    expect(JSON.stringify(filed.inputs.model)).toContain(first.code);
    // the list of documents does not hand it out again
    expect((await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${first.id}/documents`)).body).not.toContain(first.code);
  });

  it('refuses wrong codes and wrong case numbers with a Chinese message, and accepts the code as people type it', async () => {
    expect((await party.get('/party')).body).toContain('<label for="code">访问码</label>');
    const wrong = await party.post('/party/sign-in', { caseNumber: first.number, code: 'AAAA-BBBB-CCCC' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('案件编号或访问码不正确');
    expect(wrong.body).toContain('role="alert"');
    const otherNumber = await party.post('/party/sign-in', { caseNumber: `${first.number}0`, code: first.code });
    expect(otherNumber.statusCode).toBe(401);
    expect(party.signedIn).toBe(false);
    // half-width brackets, lower case, no dashes, O for 0
    const typed = first.number.replace('〔', '[').replace('〕', ']');
    const ok = await party.post('/party/sign-in', {
      caseNumber: ` ${typed} `,
      code: first.code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o'),
    });
    expect(ok.statusCode, ok.body).toBe(303);
    expect(ok.headers['location']).toBe('/party/case');
    expect(String(ok.headers['set-cookie'])).toMatch(/sx_party=.+; Path=\/party; HttpOnly; SameSite=Strict/);
    const page = await party.get('/party/case');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    for (const s of [first.number, '销售过期食品案', '罚款 5000 元', '2026年10月13日', '听证申请', '同意电子送达', '行政处罚告知书'])
      expect(page.body).toContain(s);
    // the sign-in is in the access log, by the agency's party channel, with its reason (R-REC-7)
    const log = (await h.request(await h.token('scjg.juzhang'), 'GET', `/api/v1/access-log?caseId=${first.id}`)).json();
    expect(log).toContainEqual(
      expect.objectContaining({
        targetKind: 'party-portal',
        actorName: '当事人（网上办理）',
        reason: '当事人凭告知书访问码登录当事人专区',
      }),
    );
  });

  it('states a defence and asks for a hearing; both are steps in the case record, in the ledger', async () => {
    const noToken = await party.post('/party/statement', { statement: '我方已全部下架。' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain('页面已过期');
    const csrf = await party.csrf();
    const empty = await party.post('/party/statement', { csrf, statement: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请填写陈述、申辩意见');
    const said = await party.post('/party/statement', { csrf, statement: '过期酸奶系供货商配送延误所致，我方已全部下架，请求从轻处罚。' });
    expect(said.statusCode, said.body).toBe(303);
    expect((await party.get(said.headers['location'] as string)).body).toContain('您的陈述、申辩意见已提交');
    const unconfirmed = await party.post('/party/hearing', { csrf });
    expect(unconfirmed.statusCode).toBe(400);
    expect((await party.post('/party/hearing', { csrf, confirm: 'yes' })).statusCode).toBe(303);

    const ev = await events(first.id);
    expect(ev.chainIntact).toBe(true);
    const steps = ev.events.filter((e: { kind: string }) => e.kind === 'case.step');
    const defence = steps.find((e: { step: string }) => e.step === 'party-defence');
    expect(defence.actorName).toBe('当事人（网上办理）');
    expect(defence.inputs.statement).toContain('供货商配送延误');
    expect(defence.inputs.onlineParty.name).toBe(COMPANY_A.name);
    const hearing = steps.find((e: { step: string }) => e.step === 'request-hearing');
    expect(hearing.inputs.requestedOn).toBe('2026-09-30'); // the server's day, not the form's
    expect(hearing.toState).toBe('hearing-requested');
    const page = (await party.get('/party/case')).body;
    expect(page).toContain('您已于 2026年9月30日 申请听证');
    expect(page).toContain('（网上提交）');
    // §64: the lead time and the article come from the case's rule pack (2021: 七日, 第六十四条)
    expect(page).toContain('执法机关将在举行听证的七日前通知您');
    expect(page).toContain('申辩和质证（《中华人民共和国行政处罚法》第六十四条）');
    // the officer's 复核 of the online statement is still owed before review: the pre-check says so
    const c = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${first.id}`)).json();
    expect(c.state.code).toBe('hearing-requested');
  });

  it('consents to electronic delivery; contact details are checked', async () => {
    const csrf = await party.csrf();
    const bad = await party.post('/party/consent', { csrf, confirm: 'yes', contact: '不是号码' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('请填写正确的手机号码或电子邮箱');
    expect((await party.post('/party/consent', { csrf, confirm: 'yes', contact: '13931000000' })).statusCode).toBe(303);
    const ev = await events(first.id);
    const consent = ev.events.find((e: { step: string }) => e.step === 'consent-e-delivery');
    expect(consent.inputs).toMatchObject({ address: '行政执法公示平台当事人专区', contact: '13931000000' });
    expect((await party.get('/party/case')).body).toContain('您已于 2026年9月30日 同意以本专区作为电子送达地址');
  });

  it('downloads the documents served to it, each download logged; nothing of other cases', async () => {
    const pdf = await party.get(`/party/documents/${first.doc.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const listed = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${first.id}/documents`)).json() as {
      id: string;
      pdfSha256: string;
    }[];
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(listed.find((d) => d.id === first.doc.id)!.pdfSha256);
    const log = (await h.request(await h.token('scjg.juzhang'), 'GET', `/api/v1/access-log?caseId=${first.id}`)).json();
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'download',
        targetKind: 'document-pdf',
        targetId: first.doc.id,
        reason: '当事人下载向其送达的文书',
      }),
    );
    // an internal document of the same case and any document of another case stay out of reach
    const t = await h.token('scjg.liming');
    const internal = (await h.request(t, 'POST', `/api/v1/cases/${first.id}/documents`, { kind: 'case-filing-approval' })).json();
    expect((await party.get(`/party/documents/${internal.id}/pdf`)).statusCode).toBe(404);
    expect((await party.get('/party/documents/not-a-document/pdf')).statusCode).toBe(404);
    expect((await party.get(`/party/documents/${first.doc.id}/exe`)).statusCode).toBe(404);
    expect((await partyBrowser().get(`/party/documents/${first.doc.id}/pdf`)).statusCode).toBe(401);
  });

  it('outside the window, or without a hearing right, the party is refused and nothing changes', async () => {
    const second = await notifiedCase(PERSON_A, false);
    await deliverNotice(h, second.id);
    const p2 = partyBrowser();
    expect((await p2.post('/party/sign-in', { caseNumber: second.number, code: second.code })).statusCode).toBe(303);
    let csrf = await p2.csrf();
    const noRight = await p2.post('/party/hearing', { csrf, confirm: 'yes' });
    expect(noRight.statusCode).toBe(422);
    expect(noRight.body).toContain('未告知听证权利');
    const before = (await events(second.id)).events.length;
    h.clock.set('2026-10-14T02:00:00Z');
    csrf = await p2.csrf(); // sessions last two hours: sign in again on the later day
    expect(csrf).toBe('');
    expect((await p2.post('/party/sign-in', { caseNumber: second.number, code: second.code })).statusCode).toBe(303);
    csrf = await p2.csrf();
    const page = (await p2.get('/party/case')).body;
    expect(page).toContain('期限已于 2026年10月13日 届满');
    expect(page).not.toContain('提交陈述、申辩意见</button>');
    const late = await p2.post('/party/statement', { csrf, statement: '迟到的意见' });
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain('陈述、申辩期限已过');
    expect((await events(second.id)).events.length).toBe(before); // refused acts leave no entry
  });

  it('a new 告知书 adds a code and leaves the earlier one working: nothing is voided silently', async () => {
    h.clock.set('2026-10-14T03:00:00Z');
    const t = await h.token('scjg.liming');
    const p1 = partyBrowser();
    expect((await p1.post('/party/sign-in', { caseNumber: first.number, code: first.code })).statusCode).toBe(303);
    const again = (await h.request(t, 'POST', `/api/v1/cases/${first.id}/documents`, { kind: 'penalty-notice' })).json();
    expect(again.partyAccess.code).not.toBe(first.code);
    // the party signed in with the first code stays signed in, and both codes open the case
    expect((await p1.get('/party/case')).statusCode).toBe(200);
    expect((await partyBrowser().post('/party/sign-in', { caseNumber: first.number, code: first.code })).statusCode).toBe(303);
    expect((await partyBrowser().post('/party/sign-in', { caseNumber: first.number, code: again.partyAccess.code })).statusCode).toBe(303);
    const codes = (await h.request(t, 'GET', `/api/v1/cases/${first.id}/party-access`)).json();
    expect(codes.map((c: { documentId: string; voidedAt: string | null }) => [c.documentId, c.voidedAt])).toEqual([
      [first.doc.id, null],
      [again.id, null],
    ]);
    expect(JSON.stringify(codes)).not.toContain(first.code);
    expect(codes[0]).toMatchObject({ documentTitle: '行政处罚告知书', issuedBy: '李明', openSessions: 2 });
    second = { code: again.partyAccess.code, docId: again.id };
  });

  let second: { code: string; docId: string };
  it('voiding a code is an explicit act with a reason, entered in the case log; its sessions end and it opens nothing more', async () => {
    h.clock.set('2026-10-14T04:00:00Z');
    const t = await h.token('scjg.liming');
    const p1 = partyBrowser();
    expect((await p1.post('/party/sign-in', { caseNumber: first.number, code: first.code })).statusCode).toBe(303);
    const codes = (await h.request(t, 'GET', `/api/v1/cases/${first.id}/party-access`)).json();
    const target = codes.find((c: { documentId: string }) => c.documentId === first.doc.id).id as string;
    const url = `/api/v1/cases/${first.id}/party-access/${target}/void`;
    const before = (await events(first.id)).events.length;
    // refused, and nothing changed: no reason; a role that may not void; another agency's staff (404)
    const noReason = await h.request(t, 'POST', url, { reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toBe('请说明作废访问码的理由');
    const publisher = await h.request(await h.token('scjg.gongshi'), 'POST', url, { reason: '误发' });
    expect(publisher.statusCode).toBe(403);
    expect(publisher.json().error.message).toBe('只有办案机关的执法人员或负责人可以作废当事人专区访问码');
    const outsider = await h.request(await h.token('zhzf.zhoujie'), 'POST', url, { reason: '误发' });
    expect(outsider.statusCode).toBe(404);
    expect((await events(first.id)).events.length).toBe(before);
    expect((await p1.get('/party/case')).statusCode).toBe(200);
    // voided by the handling officer, with the reason
    const res = await h.request(t, 'POST', url, { reason: '告知书送达地址有误，已重新制作送达' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: target, voidedBy: '李明', voidReason: '告知书送达地址有误，已重新制作送达', openSessions: 0 });
    expect(res.json().voidedAt).toBe('2026-10-14T04:00:00.000Z');
    const log = (await events(first.id)).events;
    expect(log.length).toBe(before + 1);
    expect(log.at(-1)).toMatchObject({
      kind: 'party.access-voided',
      inputs: { accessId: target, documentId: first.doc.id, reason: '告知书送达地址有误，已重新制作送达' },
    });
    // the voided code's session ended and the code opens nothing; the other code still works
    expect((await p1.get('/party/case')).statusCode).toBe(303);
    expect((await partyBrowser().post('/party/sign-in', { caseNumber: first.number, code: first.code })).statusCode).toBe(401);
    expect((await partyBrowser().post('/party/sign-in', { caseNumber: first.number, code: second.code })).statusCode).toBe(303);
    // voiding it again is a conflict, and changes nothing
    const twice = await h.request(t, 'POST', url, { reason: '再次作废' });
    expect(twice.statusCode).toBe(409);
    expect((await events(first.id)).events.length).toBe(before + 1);
  });

  it('guessing is limited per case number, and the party channel is no account anyone can use', async () => {
    const p = partyBrowser();
    const second = await h.tdb.db.selectFrom('cases').select('number').orderBy('opened_at', 'desc').executeTakeFirstOrThrow();
    for (let i = 0; i < 5; i++)
      expect((await p.post('/party/sign-in', { caseNumber: second.number, code: `ZZZZ-ZZZZ-ZZZ${i}` })).statusCode).toBe(401);
    const blocked = await p.post('/party/sign-in', { caseNumber: second.number, code: 'ZZZZ-ZZZZ-ZZZZ' });
    expect(blocked.statusCode).toBe(429);
    // slowed, not locked: the wait doubles with each further failure (auth/sign-in-throttle.ts)
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.body).toContain('访问码错误次数过多，请 1 秒后再试');
    const channel = await h.tdb.db
      .selectFrom('users')
      .select(['username', 'disabled', 'roles'])
      .where('kind', '=', 'party-channel')
      .executeTakeFirstOrThrow();
    expect(channel).toMatchObject({ disabled: true, roles: [] });
    const login = await h.request(null, 'POST', '/api/v1/auth/login', { username: channel.username, password: '!party-channel' });
    expect([400, 401]).toContain(login.statusCode); // refused by the username rule or by the password
    expect(login.headers['set-cookie']).toBeUndefined();
    const users = (await h.request(await h.token('scjg.admin'), 'GET', `/api/v1/users?agencyId=${h.agency('scjg')}`)).json();
    expect(users.map((u: { username: string }) => u.username)).not.toContain(channel.username);
    // a form of another media type is refused with a machine-readable error
    const json = await h.app.inject({
      method: 'POST',
      url: '/party/sign-in',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBe(415);
    expect(errorCode(json)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
