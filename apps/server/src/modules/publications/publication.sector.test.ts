import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { penaltyProposal, readyPenaltyCase } from '../../test/review.ts';
import { decideAsProposed, examinedLicence, publishedCitySeizure } from '../../test/decisions.ts';

/**
 * Issue 18 item 10, end to end: 公示 by the sector's own rules (市场监督管理行政处罚信息公示规定 for
 * 市场监管) and the national 双公示 data standard — a 警告 only is not published (§2), the 决定书
 * says it will be (§8), 变更 / 确认无效 take a decision down (行政处罚法 §48, §11), 处罚有效期 is filled,
 * and a refusal of a licence is never pushed upward as a 行政许可 record.
 */
let h: Harness;
beforeAll(async () => {
  // an upper platform that never answers: the outbox keeps what would be pushed
  h = await createHarness({ now: '2026-09-25T02:00:00Z', upstream: { url: 'http://127.0.0.1:9', key: 'k' } });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

const passAndTake = (caseId: string, proposal: Record<string, unknown>, flags: Record<string, boolean> = {}) =>
  decideAsProposed(h, caseId, proposal, flags);

async function publicationsOf(caseId: string) {
  const r = await as('scjg.gongshi', 'GET', '/api/v1/publications');
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items.filter((i: { caseId: string }) => i.caseId === caseId);
}

async function decisionText(caseId: string): Promise<string> {
  const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
  expect(doc.statusCode, doc.body).toBe(201);
  const row = await h.tdb.db
    .selectFrom('case_events')
    .select('inputs')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'case.document')
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return JSON.stringify(row.inputs);
}

const NOTICE = '本行政处罚决定信息将依照《市场监督管理行政处罚信息公示规定》通过国家企业信用信息公示系统向社会公示。';

describe('issue 18 item 10: 公示 by the 市场监管 rules and the 双公示 standard', () => {
  it('市场监管公示规定 §2: a 行政处罚 of 警告 only gets no publication record; its 决定书 does not announce one (§8)', async () => {
    const id = await readyPenaltyCase(h, { notifiedFine: 5000 });
    const warning = penaltyProposal(0);
    const decision = { ...warning.decision, penalty: '警告', fineAmount: 0 };
    await passAndTake(id, { ...warning, decision, sanctions: ['警告'] });
    expect(await publicationsOf(id)).toEqual([]);
    // the sweep does not create it either
    const { sweepPublications } = await import('./publication.service.ts');
    const { BUILTIN_CALENDAR_YEARS, WorkingCalendar } = await import('@sanxiang/domain');
    const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
    await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => calendar });
    expect(await publicationsOf(id)).toEqual([]);
    expect(await decisionText(id)).not.toContain(NOTICE);
  });

  let finedPub: string;
  it('市场监管公示规定 §8: a fine is published, its 决定书 tells the party so; 处罚有效期 (CF_YXQ) is filled on publication', async () => {
    const id = await readyPenaltyCase(h, { notifiedFine: 5000 });
    await passAndTake(id, penaltyProposal(5000));
    const [p] = await publicationsOf(id);
    expect(p).toMatchObject({ kind: '行政处罚', state: 'pending' });
    expect(await decisionText(id)).toContain(NOTICE);
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(r.statusCode, r.body).toBe(200);
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(pub.fields['CF_GSJZQ']).toBe(r.json().publicUntil);
    expect(pub.fields['CF_YXQ']).toBe(r.json().publicUntil);
    expect(pub.body).toContain(NOTICE);
    finedPub = p.id;
  });

  it('市场监管公示规定 §14: the record says whether 信用修复后提前停止公示 applies — a 市场监管 行政处罚 yes, with its basis', async () => {
    const r = await as('scjg.gongshi', 'GET', `/api/v1/publications/${finedPub}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().earlyStop).toEqual({ allowed: true, basis: '《市场监督管理行政处罚信息公示规定》第十四条', reason: null });
  });

  it('双公示 data standard: the record pushed upward writes its dates YYYY/MM/DD; the portal keeps YYYY-MM-DD', async () => {
    const pub = await h.tdb.db.selectFrom('public_decisions').select('fields').where('id', '=', finedPub).executeTakeFirstOrThrow();
    const kept = pub.fields as Record<string, string | null>;
    expect(kept['CF_JDRQ']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [m] = await h.tdb.db.selectFrom('outbox').select('payload').where('publication_id', '=', finedPub).orderBy('id').execute();
    const sent = (m!.payload as { decisions: { fields: Record<string, string | null> }[] }).decisions[0]!.fields;
    for (const code of ['CF_JDRQ', 'CF_YXQ', 'CF_GSJZQ']) expect(sent[code], code).toBe(kept[code]!.replaceAll('-', '/'));
    expect(sent['CF_JDRQ']).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    // everything else goes out as kept
    expect({ ...sent, CF_JDRQ: null, CF_YXQ: null, CF_GSJZQ: null }).toEqual({ ...kept, CF_JDRQ: null, CF_YXQ: null, CF_GSJZQ: null });
  });

  it('市场监管公示规定 §2 一款: a 简易程序 decision of 市场监管 gets no publication record; under the national default (城市管理) it does', async () => {
    const { demoScenarios } = await import('../../demo/demo-scenarios.ts');
    const { runScenario } = await import('../../demo/demo-cases.ts');
    const { sweepPublications } = await import('./publication.service.ts');
    const { BUILTIN_CALENDAR_YEARS, WorkingCalendar } = await import('@sanxiang/domain');
    const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);
    const simple = demoScenarios((k) => h.user(k), '2026-09-25').find((s) => s.procedure === 'penalty-simple')!;
    // opened, told and fined on the spot: the decision is taken
    const decided = { ...simple, steps: simple.steps.slice(0, simple.steps.findIndex((x) => x.step === 'decide-on-spot') + 1) };
    const market = await runScenario(h.demoStore(), () => calendar, h.org, decided);
    const swapped = JSON.stringify(decided)
      .replaceAll(h.user('scjg.o1'), h.user('zhzf.o1'))
      .replaceAll(h.user('scjg.o2'), h.user('zhzf.o2'))
      .replaceAll('"scjg.', '"zhzf.');
    const city = await runScenario(h.demoStore(), () => calendar, h.org, {
      ...(JSON.parse(swapped) as typeof decided),
      agency: 'zhzf',
      field: '城市管理',
      title: '占道经营案',
    });
    await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => calendar });
    const rows = await h.tdb.db
      .selectFrom('publications')
      .select(['case_id', 'kind', 'procedure_code'])
      .where('case_id', 'in', [market, city])
      .execute();
    expect(rows).toEqual([{ case_id: city, kind: '行政处罚', procedure_code: 'penalty-simple' }]);
  });

  it('行政处罚法 §48 二款, 市场监管公示规定 §11: a decision 变更 by a 复议 decision comes down within 3 working days', async () => {
    const g = await as('scjg.juzhang', 'POST', `/api/v1/publications/${finedPub}/withdrawal-ground`, {
      ground: 'changed',
      groundOn: '2026-09-25',
      reason: '行政复议决定变更罚款数额',
    });
    expect(g.statusCode, g.body).toBe(200);
    expect(g.json()).toMatchObject({ state: 'withdrawal-pending' });
    const w = await as('scjg.gongshi', 'POST', `/api/v1/publications/${finedPub}/withdrawal`, {});
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().events.at(-1)).toMatchObject({ kind: 'withdrawn', details: { groundName: '被依法变更' } });
    const bad = await as('scjg.juzhang', 'POST', `/api/v1/publications/${finedPub}/withdrawal-ground`, {
      ground: 'disliked',
      groundOn: '2026-09-25',
      reason: '不喜欢',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('双公示 standard: a 不予许可 is published as an 执法决定 (ZF_*) and pushed upward so, never as a 行政许可 (XK_*) record', async () => {
    const id = await examinedLicence(h, '经营场所与住宅未有效隔离。');
    await passAndTake(
      id,
      { step: 'deny', decision: { reason: '经营场所与住宅未有效隔离，不符合食品经营许可条件。' } },
      { publicInterest: true },
    );
    const [p] = await publicationsOf(id);
    expect(p).toMatchObject({ kind: '行政许可', state: 'pending' });
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${p.id}/publish`, {});
    expect(r.statusCode, r.body).toBe(200);
    // §14 speaks of 行政处罚 information only: a 不予许可 is public until its term ends
    expect(r.json().earlyStop).toMatchObject({ allowed: false, basis: null, reason: expect.stringContaining('只适用于行政处罚信息') });
    const pub = await h.tdb.db.selectFrom('public_decisions').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(pub.field_set).toBe('general');
    expect(pub.fields).toMatchObject({ ZF_LB: '行政许可', ZF_SX: '食品经营许可', ZF_JL: expect.stringContaining('不予许可') });
    expect(Object.keys(pub.fields).filter((k) => k.startsWith('XK_'))).toEqual([]);
    const out = await h.tdb.db.selectFrom('outbox').select('payload').where('publication_id', '=', p.id).execute();
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) {
      const d = (m.payload as { decisions: { fieldSet: string; fields: Record<string, unknown> }[] }).decisions[0]!;
      expect(d.fieldSet).toBe('general');
      expect(Object.keys(d.fields).filter((k) => k.startsWith('XK_'))).toEqual([]);
    }
  });

  it("市场监管公示规定 §14 is 市场监管's own: outside it (城市管理, national default) a publication is not stopped early", async () => {
    // the 综合执法局's 公示管理员 (demo: zhzf.gongshi)
    const { pubId } = await publishedCitySeizure(h);
    // the publisher is not offered what the rules do not allow (the workbench shows no stop button)
    const detail = await as('zhzf.gongshi', 'GET', `/api/v1/publications/${pubId}`);
    expect(detail.json().earlyStop).toEqual({
      allowed: false,
      basis: null,
      reason: '本领域的公示规定没有信用修复后提前停止公示的规定，公示至公示期满',
    });
    const stop = await as('zhzf.gongshi', 'POST', `/api/v1/publications/${pubId}/stop`, {
      reason: '当事人已完成信用修复',
      repairDecision: '冀信修〔2026〕3号',
    });
    expect(stop.statusCode, stop.body).toBe(409);
    expect(errorCode(stop)).toBe('PUBLICATION_STATE');
    expect((await as('zhzf.gongshi', 'GET', `/api/v1/publications/${pubId}`)).json().state).toBe('published');
  });
});
