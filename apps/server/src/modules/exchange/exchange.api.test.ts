import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { createKysely } from '../../db/database.ts';
import { deliverPending, MAX_ATTEMPTS } from './outbox.ts';

/**
 * Data exchange (R-PUB-8, R-X-6): another agency's case system pushes decisions in with its key
 * (checked item by item, all-or-nothing, personal data redacted on arrival); this product pushes
 * its own publications upward through an outbox — here to a second Sanxiang — with retries,
 * order kept per decision, no duplicates, and a dead letter after the last attempt.
 */
let upper: Harness;
let upperUrl = '';
let upperKey = '';
let lower: Harness;
let flaky: ReturnType<typeof createServer>;
let flakyUrl = '';
let failuresLeft = 0;

beforeAll(async () => {
  upper = await createHarness({ now: '2026-09-25T02:00:00Z' });
  upperUrl = await upper.app.listen({ port: 0, host: '127.0.0.1' });
  // the upper platform registers the lower one's 市场监管局 system
  const reg = await upper.request(await upper.token('sfj.admin'), 'POST', '/api/v1/exchange/systems', {
    agencyId: upper.agency('scjg'),
    name: '馆陶县市场监管局办案系统',
  });
  expect(reg.statusCode, reg.body).toBe(201);
  upperKey = reg.json().key;
  // a proxy in front of the upper platform that fails when told to
  flaky = createServer((req, res) => {
    if (failuresLeft > 0) {
      failuresLeft--;
      res.statusCode = 503;
      return res.end('维护中');
    }
    const target = new URL(req.url ?? '/', upperUrl);
    const p = httpRequest(target, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    req.pipe(p);
  });
  await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
  flakyUrl = `http://127.0.0.1:${(flaky.address() as { port: number }).port}`;
  lower = await createHarness({ now: '2026-09-25T02:00:00Z', upstream: { url: flakyUrl, key: upperKey } });
});
afterAll(async () => {
  flaky?.close();
  await lower?.close();
  await upper?.close();
});

const credit = async (h: Harness, key: string) =>
  (await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency(key)).executeTakeFirstOrThrow()).credit_code;
const push = (key: string | null, decisions: unknown[]) =>
  upper.request(null, 'POST', '/api/v1/ingest/decisions', { decisions }, key ? { authorization: `Bearer ${key}` } : {});

async function penaltyRecord(doc: string, over: Record<string, string | null> = {}) {
  const c = await credit(upper, 'scjg');
  return {
    fieldSet: 'penalty',
    fields: {
      CF_XDR_MC: '邯郸市永安食品厂',
      CF_XDR_SHXYM: '91130433MA0A1B2C3A',
      CF_WSH: doc,
      CF_WFXW: '生产不合格食品',
      CF_CFLB: '罚款',
      CF_NR: '罚款人民币20000元',
      CF_NR_FK: '2',
      CF_JDRQ: '2026-09-20',
      CF_CFJG: '馆陶县市场监督管理局',
      CF_CFJGDM: c,
      CF_SY: '经查，当事人生产的面包菌落总数不合格。举报人王小红（身份证号130433199001011234，电话13812345678）反映情况属实。',
      CF_YJ: '《中华人民共和国食品安全法》第一百二十四条',
      ...over,
    },
    fullText: '馆陶县市场监督管理局\n行政处罚决定书\n当事人：邯郸市永安食品厂\n举报人王小红，手机13812345678。',
  };
}

describe("R-PUB-8 push-in from another agency's system", () => {
  it('R-X-6: registering a system needs an administrator of the agency or the 司法局; the key is shown once and only its hash is kept', async () => {
    const officer = await upper.request(await upper.token('scjg.liming'), 'POST', '/api/v1/exchange/systems', {
      agencyId: upper.agency('scjg'),
      name: '某系统',
    });
    expect(officer.statusCode).toBe(403);
    const other = await upper.request(await upper.token('zhzf.admin'), 'POST', '/api/v1/exchange/systems', {
      agencyId: upper.agency('scjg'),
      name: '某系统',
    });
    expect(other.statusCode).toBe(404);
    expect(upperKey).toMatch(/^sx_sys_/);
    const stored = await upper.tdb.db.selectFrom('exchange_systems').select('key_sha256').execute();
    expect(stored.some((s) => s.key_sha256 === upperKey)).toBe(false);
  });

  it('R-X-6: no key, a wrong key → 401; an invalid batch → 422 naming every bad item, nothing stored', async () => {
    expect(errorCode(await push(null, [await penaltyRecord('馆市监罚〔2026〕101号')]))).toBe('UNAUTHENTICATED');
    expect((await push('sx_sys_wrong', [await penaltyRecord('馆市监罚〔2026〕101号')])).statusCode).toBe(401);
    const bad = await push(upperKey, [
      await penaltyRecord('馆市监罚〔2026〕101号'),
      await penaltyRecord('馆市监罚〔2026〕102号', { CF_JDRQ: '2026-02-30', CF_XDR_SHXYM: '91130433MA0A1B2C3B' }),
      await penaltyRecord('馆市监罚〔2026〕103号', { CF_CFJGDM: '11130433MB0000009X', CF_NR: null }),
    ]);
    expect(bad.statusCode).toBe(422);
    expect(errorCode(bad)).toBe('PUSH_INVALID');
    const problems = bad.json().error.details.problems as { item: number; field: string; message: string }[];
    expect(problems.map((p) => [p.item, p.field])).toEqual([
      [1, 'CF_JDRQ'],
      [1, 'CF_XDR_SHXYM'],
      [2, 'CF_NR'],
      [2, 'CF_CFJGDM'],
    ]);
    expect(problems[0]!.message).toMatch(/^第 2 条：/);
    expect(await upper.tdb.db.selectFrom('public_decisions').select('id').execute()).toEqual([]);
  });

  it('R-PUB-4: a valid push is stored with personal data masked, searchable and shown with its source; a re-push is idempotent, a change is a correction, a withdrawal comes down', async () => {
    const ok = await push(upperKey, [await penaltyRecord('馆市监罚〔2026〕101号')]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ stored: 1, unchanged: 0 });
    const row = await upper.tdb.db.selectFrom('public_decisions').selectAll().executeTakeFirstOrThrow();
    expect(row.source).toBe('馆陶县市场监管局办案系统');
    expect(row.fields['CF_SY']).not.toContain('130433199001011234');
    expect(row.fields['CF_SY']).not.toContain('13812345678');
    expect(row.body).not.toContain('13812345678');
    expect(row.fields['CF_SY']).toContain('王某某');
    const found = await upper.request(null, 'GET', `/api/v1/public/decisions?q=${encodeURIComponent('菌落总数')}`);
    expect(found.json().items.map((i: { docNumber: string }) => i.docNumber)).toEqual(['馆市监罚〔2026〕101号']);
    const page = await upper.request(null, 'GET', found.json().items[0].url);
    expect(page.body).toContain('数据来源：馆陶县市场监管局办案系统');

    expect((await push(upperKey, [await penaltyRecord('馆市监罚〔2026〕101号')])).json()).toMatchObject({ stored: 0, unchanged: 1 });
    const changed = await push(upperKey, [await penaltyRecord('馆市监罚〔2026〕101号', { CF_NR: '罚款人民币15000元', CF_NR_FK: '1.5' })]);
    expect(changed.json().items[0].version).toBe(2);
    expect(await upper.tdb.db.selectFrom('public_decisions').select(['status', 'version']).executeTakeFirstOrThrow()).toEqual({
      status: 'corrected',
      version: 2,
    });
    const withdrawn = await push(upperKey, [
      {
        ...(await penaltyRecord('馆市监罚〔2026〕101号', { CF_NR: '罚款人民币15000元', CF_NR_FK: '1.5' })),
        status: 'withdrawn',
        reason: '行政复议决定撤销',
      },
    ]);
    expect(withdrawn.statusCode).toBe(200);
    const gone = await upper.request(null, 'GET', `/api/v1/public/decisions?q=${encodeURIComponent('菌落总数')}`);
    expect(gone.json().items).toEqual([]);
  });
});

/** A penalty case of the lower platform taken to its decision and published: its publication record. */
async function publishedPenalty(fine: number): Promise<{ id: string; docNumber: string }> {
  const id = await readyPenaltyCase(lower);
  await propose(lower, 'scjg.liming', id, penaltyProposal(fine));
  await submit(lower, 'scjg.liming', id);
  await opinion(lower, 'scjg.chenjing', id, 'agree');
  expect(
    (await lower.request(await lower.token('scjg.juzhang'), 'POST', `/api/v1/cases/${id}/steps`, { step: 'decide', inputs: {} }))
      .statusCode,
  ).toBe(200);
  await lower.request(await lower.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/documents`, { kind: 'penalty-decision' });
  const pub = (await lower.request(await lower.token('scjg.gongshi'), 'GET', '/api/v1/publications'))
    .json()
    .items.find((p: { caseId: string }) => p.caseId === id);
  const published = await lower.request(await lower.token('scjg.gongshi'), 'POST', `/api/v1/publications/${pub.id}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
  return pub;
}

describe('R-X-6 the upward outbox', () => {
  it('R-X-6: a publication is queued in its own transaction, retried with back-off while the upper platform fails, delivered once, and a revoked key ends in a dead letter', async () => {
    lower.clock.set('2026-09-28T02:00:00Z');
    const pub = await publishedPenalty(5000);
    // the upper platform checks decision dates against its own clock
    upper.clock.set('2026-09-29T02:00:00Z');

    failuresLeft = 2;
    const deps = { db: lower.tdb.db, clock: lower.clock };
    const upstream = { url: flakyUrl, key: upperKey };
    expect(await deliverPending(deps, upstream)).toEqual({ delivered: 0, retried: 1, dead: 0 });
    // not due again before its back-off (30 s, then 60 s)
    expect(await deliverPending(deps, upstream)).toEqual({ delivered: 0, retried: 0, dead: 0 });
    lower.clock.set('2026-09-28T02:00:31Z');
    expect((await deliverPending(deps, upstream)).retried).toBe(1);
    lower.clock.set('2026-09-28T02:02:00Z');
    expect(await deliverPending(deps, upstream)).toEqual({ delivered: 1, retried: 0, dead: 0 });
    const status = (await lower.request(await lower.token('scjg.admin'), 'GET', '/api/v1/exchange/outbox')).json();
    expect(status[0]).toMatchObject({ act: 'publish', state: 'delivered', attempts: 3 });
    const there = await upper.tdb.db
      .selectFrom('public_decisions')
      .select(['doc_number', 'version', 'source', 'body'])
      .where('doc_number', '=', pub.docNumber)
      .execute();
    expect(there).toHaveLength(1);
    expect(there[0]).toMatchObject({ version: 1, source: '馆陶县市场监管局办案系统' });
    expect(there[0]!.body).toContain('行政处罚决定书');

    // a correction follows; the upper platform revokes the key: after the last attempt it is a dead letter
    await lower.request(await lower.token('scjg.gongshi'), 'POST', `/api/v1/publications/${pub.id}/corrections`, {
      reason: '违法行为类型表述不准确',
      fieldCorrections: { CF_WFXW: '销售超过保质期的食品' },
    });
    const sys = (await upper.request(await upper.token('sfj.admin'), 'GET', '/api/v1/exchange/systems')).json()[0];
    expect((await upper.request(await upper.token('sfj.admin'), 'POST', `/api/v1/exchange/systems/${sys.id}/revocation`)).statusCode).toBe(
      204,
    );
    let dead = 0;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      lower.clock.set(new Date(lower.clock.now().getTime() + 3_600_000));
      dead += (await deliverPending(deps, upstream)).dead;
    }
    expect(dead).toBe(1);
    const after = (await lower.request(await lower.token('scjg.admin'), 'GET', '/api/v1/exchange/outbox')).json();
    expect(after[0]).toMatchObject({ act: 'correct', state: 'failed', attempts: MAX_ATTEMPTS });
    expect(after[0].last_error).toContain('401');
  });
  it('R-X-6: a message survives a relay process killed in the middle of delivery and is delivered once afterwards', async () => {
    const pub = await publishedPenalty(3000);
    const pending = async () =>
      lower.tdb.db.selectFrom('outbox').select(['id', 'attempts', 'delivered_at', 'dead']).where('publication_id', '=', pub.id).execute();
    expect(await pending()).toMatchObject([{ attempts: 0, delivered_at: null, dead: false }]);

    // a relay in its own "process" (its own connections) reaches an upper platform that never answers …
    const held: ServerResponse[] = [];
    let arrived!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    const hang = createServer((req, res) => {
      req.socket.on('error', () => undefined);
      held.push(res);
      arrived();
    });
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const hangUrl = `http://127.0.0.1:${(hang.address() as { port: number }).port}`;
    const relayPool = new pg.Pool({ connectionString: lower.tdb.url, max: 2, application_name: 'sx_killed_relay' });
    // the killed connections report their end to the pool; that is the point here, not a failure
    relayPool.on('error', () => undefined);
    relayPool.on('connect', (c) => c.on('error', () => undefined));
    const relay = deliverPending({ db: createKysely(relayPool), clock: lower.clock }, { url: hangUrl, key: upperKey }).then(
      () => 'finished',
      () => 'killed',
    );
    await reached;
    // … and is killed: its connections end, its transaction rolls back
    await lower.tdb.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sx_killed_relay'`);
    hang.closeAllConnections();
    hang.close();
    expect(await relay).toBe('killed');
    await relayPool.end().catch(() => undefined);
    expect(await pending()).toMatchObject([{ attempts: 0, delivered_at: null, dead: false }]);

    // a new relay, with fresh connections and a new key from the upper platform, delivers it once
    const reg = await upper.request(await upper.token('sfj.admin'), 'POST', '/api/v1/exchange/systems', {
      agencyId: upper.agency('scjg'),
      name: '馆陶县市场监管局办案系统（新密钥）',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const freshPool = new pg.Pool({ connectionString: lower.tdb.url, max: 2 });
    const fresh = { db: createKysely(freshPool), clock: lower.clock };
    expect(await deliverPending(fresh, { url: upperUrl, key: reg.json().key })).toEqual({ delivered: 1, retried: 0, dead: 0 });
    expect(await deliverPending(fresh, { url: upperUrl, key: reg.json().key })).toEqual({ delivered: 0, retried: 0, dead: 0 });
    await fresh.db.destroy();
    expect(await pending()).toMatchObject([{ attempts: 1, dead: false }]);
    expect(await upper.tdb.db.selectFrom('public_decisions').select('id').where('doc_number', '=', pub.docNumber).execute()).toHaveLength(
      1,
    );
  });
});
