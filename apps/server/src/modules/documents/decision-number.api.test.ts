import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { decideAsProposed, examinedLicence } from '../../test/decisions.ts';

/**
 * Issue 20 item 2: the published 决定书 carry their own 文书编号 (the 处罚 series of 行政处罚决定书),
 * like every served document, and the 公示 (R-PUB-3) takes its 文号 from the 决定书 as served, so
 * the record, the published full text and the 决定书 show one number.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

/** A 一般程序 case of 市场监管局 decided after a passed review (no 决定书 issued yet). */
async function decidedCase(): Promise<{ id: string; number: string }> {
  h.clock.set('2026-09-25T02:00:00Z');
  const id = await readyPenaltyCase(h);
  h.clock.set('2026-09-28T02:00:00Z');
  expect((await propose(h, 'scjg.liming', id, penaltyProposal(5000))).statusCode).toBe(201);
  expect((await submit(h, 'scjg.liming', id)).statusCode).toBe(201);
  expect((await opinion(h, 'scjg.chenjing', id, 'agree')).statusCode).toBe(201);
  const d = await as('scjg.juzhang', 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} });
  expect(d.statusCode, d.body).toBe(200);
  const c = await as('scjg.liming', 'GET', `/api/v1/cases/${id}`);
  return { id, number: c.json().number as string };
}

async function issue(caseId: string, kind: string): Promise<{ id: string; number: string | null }> {
  const r = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function publicationOf(caseId: string) {
  const r = await as('scjg.gongshi', 'GET', '/api/v1/publications');
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items.find((i: { caseId: string }) => i.caseId === caseId) as { id: string; docNumber: string; state: string };
}

describe('issue 20 item 2, R-PUB-3: the 行政处罚决定书 is numbered in its own series and the 公示 carries its number', () => {
  let first: { id: string; number: string };
  let second: { id: string; number: string };
  let decisions: { number: string | null }[];

  it('two cases’ 决定书 are 处罚 numbers 1 and 2 of the year, independent of the 告知书 series and of the 案号', async () => {
    first = await decidedCase();
    second = await decidedCase();
    // a 行政处罚告知书 in between is numbered in the 罚告 series, not the 决定书's
    const notice = await issue(first.id, 'penalty-notice');
    expect(notice.number).toMatch(/^馆市监罚告〔2026〕\d+号$/);

    decisions = [await issue(second.id, 'penalty-decision'), await issue(first.id, 'penalty-decision')];
    expect(decisions.map((d) => d.number)).toEqual(['馆市监处罚〔2026〕1号', '馆市监处罚〔2026〕2号']);
    // the case numbers are another series (罚): a 决定书 never carries its case's 案号
    expect(first.number).toMatch(/^馆市监罚〔2026〕\d+号$/);
    expect(decisions.map((d) => d.number)).not.toContain(first.number);
    expect(decisions.map((d) => d.number)).not.toContain(second.number);
    // the 卷内文件目录 and the filed model name the 决定书 by its own number
    const docs = (await as('scjg.liming', 'GET', `/api/v1/cases/${first.id}/documents`)).json() as { kind: string; number: string }[];
    expect(docs.find((d) => d.kind === 'penalty-decision')?.number).toBe('馆市监处罚〔2026〕2号');
  });

  it('R-PUB-3: the publication record’s 文号 (CF_WSH) is the 决定书’s number, and the published full text shows it', async () => {
    const p = await publicationOf(first.id);
    // made with the decision step, before the 决定书: it took the 决定书’s number once it was issued
    expect(p.docNumber).toBe('馆市监处罚〔2026〕2号');
    const why = `?reason=${encodeURIComponent('公示前核对')}`;
    const pre = (await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/preview${why}`, {})).json();
    expect(pre.docNumber).toBe('馆市监处罚〔2026〕2号');
    expect(pre.fields.find((f: { code: string }) => f.code === 'CF_WSH').original).toBe('馆市监处罚〔2026〕2号');
    expect(pre.original).toContain('馆市监处罚〔2026〕2号');
    expect(pre.original).not.toContain(first.number);

    const ok = await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().docNumber).toBe('馆市监处罚〔2026〕2号');
    expect(ok.json().versions[0].publishedText).toContain('馆市监处罚〔2026〕2号');
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(pub.doc_number).toBe('馆市监处罚〔2026〕2号');
    expect((pub.fields as Record<string, string>)['CF_WSH']).toBe('馆市监处罚〔2026〕2号');
    // the ledger's publication act seals the 文号 it went public under
    const act = await h.tdb.db
      .selectFrom('publication_events')
      .select('details')
      .where('publication_id', '=', p.id)
      .where('kind', '=', 'published')
      .executeTakeFirstOrThrow();
    expect(act.details).toMatchObject({ docNumber: '馆市监处罚〔2026〕2号' });
    expect(pub.body).toContain('馆市监处罚〔2026〕2号');
    // the portal finds it by the 决定书’s number
    const page = await h.request(null, 'GET', `/decisions/${pub.agency_credit_code}/${encodeURIComponent('馆市监处罚〔2026〕2号')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('馆市监处罚〔2026〕2号');
  });

  it('a decision with no 决定书 issued keeps the 案号 until it is issued', async () => {
    const third = await decidedCase();
    expect((await publicationOf(third.id)).docNumber).toBe(third.number);
    const d = await issue(third.id, 'penalty-decision');
    expect(d.number).toBe('馆市监处罚〔2026〕3号');
    expect((await publicationOf(third.id)).docNumber).toBe('馆市监处罚〔2026〕3号');
  });

  it('the system administrator sets the word of the 决定书 series; the next 决定书 and its 公示 carry it', async () => {
    const url = `/api/v1/agencies/${h.agency('scjg')}/document-numbering`;
    const before = (await as('scjg.admin', 'GET', url)).json() as { kinds: { kind: string; word: string; nextNumber: string }[] };
    expect(before.kinds.find((k) => k.kind === 'penalty-decision')).toMatchObject({
      word: '处罚',
      defaultWord: '处罚',
      nextNumber: '馆市监处罚〔2026〕4号',
    });
    for (const [kind, word] of [
      ['on-spot-penalty-decision', '当罚'],
      ['license-grant-decision', '许准'],
      ['license-denial-decision', '许不'],
    ])
      expect(before.kinds.find((k) => k.kind === kind)).toMatchObject({ word });

    // not the word of a 案号 (a 决定书 numbered like a case), nor one another kind keeps (one series for two kinds)
    for (const [word, says] of [
      ['罚', '是案件编号的代字'],
      ['罚告', '行政处罚告知书、行政处罚决定书的文书代字都是「罚告」'],
    ]) {
      const bad = await as('scjg.admin', 'PUT', url, { words: { 'penalty-decision': word } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toContain(says);
    }
    expect((await as('scjg.admin', 'GET', url)).json()).toEqual(before);

    const set = await as('scjg.admin', 'PUT', url, { words: { 'penalty-decision': '罚决' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().kinds.find((k: { kind: string }) => k.kind === 'penalty-decision')).toMatchObject({
      word: '罚决',
      defaultWord: '处罚',
      nextNumber: '馆市监罚决〔2026〕1号',
    });
    const fourth = await decidedCase();
    expect((await issue(fourth.id, 'penalty-decision')).number).toBe('馆市监罚决〔2026〕1号');
    expect((await publicationOf(fourth.id)).docNumber).toBe('馆市监罚决〔2026〕1号');
    // documents already issued keep their number
    const docs = (await as('scjg.liming', 'GET', `/api/v1/cases/${first.id}/documents`)).json() as { kind: string; number: string }[];
    expect(docs.find((d) => d.kind === 'penalty-decision')?.number).toBe('馆市监处罚〔2026〕2号');
  });

  it('R-PUB-3: an automatic publication of a 准予许可 waits for its 准予行政许可决定书 and goes out under its 许准 number (XK_WSH)', async () => {
    const settings = `/api/v1/agencies/${h.agency('scjg')}/publication-settings`;
    expect((await as('scjg.admin', 'PUT', settings, { autoPublish: true })).statusCode).toBe(200);
    h.clock.set('2026-09-25T02:00:00Z');
    const id = await examinedLicence(h, '经审查，符合食品经营许可条件。');
    await decideAsProposed(h, id, { step: 'grant', decision: { licenceNumber: 'JY1130433009', scope: '预包装食品销售' } });
    // no 决定书 yet: the record stays in the publisher's queue rather than go out under the 案号
    expect(await publicationOf(id)).toMatchObject({ state: 'pending' });
    const d = await issue(id, 'license-grant-decision');
    expect(d.number).toBe('馆市监许准〔2026〕1号');
    const p = await publicationOf(id);
    expect(p).toMatchObject({ state: 'published', docNumber: '馆市监许准〔2026〕1号' });
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(pub.doc_number).toBe('馆市监许准〔2026〕1号');
    expect((pub.fields as Record<string, string>)['XK_WSH']).toBe('馆市监许准〔2026〕1号');
    expect((await as('scjg.admin', 'PUT', settings, { autoPublish: false })).statusCode).toBe(200);
  });
});
